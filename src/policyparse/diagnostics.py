"""Grounding and diagnostics: values cut from the document text, and what a reader should check
(a declared count the items do not meet, a value that does not match its span)."""

from __future__ import annotations

from .layout import Page
from .models import Diagnostic, PolicyDocument


def cut_from_text(doc: PolicyDocument, page: Page) -> None:
    """Every value as ``doc.text`` prints it at its span.

    The stages read a copy of the text whose space-like characters (no-break, ideographic,
    zero-width spaces) are plain spaces, one for one; a value keeps the characters printed.
    """
    if page.text is doc.text:
        return
    for value in doc.grounded_values():
        value.text = doc.text[value.span.start : value.span.end]


def check_document(doc: PolicyDocument, page: Page) -> None:
    for en in doc.enumerations:
        if en.declared is not None and en.declared != len(en.items):
            doc.diagnostics.append(
                Diagnostic(
                    code="count-mismatch",
                    message=f"'{en.label.text}' declares {en.declared} items; {len(en.items)} found",
                    span=en.label.span,
                )
            )
    bad = [v for v in doc.grounded_values() if doc.text[v.span.start : v.span.end] != v.text]
    for value in bad:
        doc.diagnostics.append(
            Diagnostic(code="span-mismatch", message=f"value {value.text!r} does not match its span", span=value.span)
        )
    fields = (doc.title, doc.subtitle, doc.published, doc.reporter, doc.agency, doc.vision, doc.department, doc.contact)
    if not doc.enumerations and not doc.quotes and all(value is None for value in fields):
        doc.diagnostics.append(
            Diagnostic(code="nothing-found", message="no field, list or quote was found: is this an announcement?")
        )
