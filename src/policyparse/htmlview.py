"""The notebook view: a summary table and the text with every extracted value highlighted.

Every piece of document text goes through ``html.escape``; highlights nest and
never cross, so the markup stays well-formed whatever the spans are.
"""

from __future__ import annotations

from html import escape

from .models import Grounded, PolicyDocument

COLOURS = {
    "metadata": "#dbeafe",
    "vision": "#dcfce7",
    "label": "#f5d0fe",
    "item": "#fef08a",
    "quote": "#fed7aa",
    "speaker": "#e9d5ff",
}
STYLE = (
    "<style>.pp-doc{font-family:sans-serif;line-height:1.6}.pp-doc table{border-collapse:collapse;margin-bottom:1em}"
    ".pp-doc td,.pp-doc th{border:1px solid #ccc;padding:2px 8px;text-align:left;vertical-align:top}"
    ".pp-text{white-space:pre-wrap;border:1px solid #ddd;padding:8px;max-height:40em;overflow:auto}"
    ".pp-doc mark{border-radius:3px;padding:0 1px}"
    + "".join(f".pp-{name}{{background:{colour}}}" for name, colour in COLOURS.items())
    + "</style>"
)


def _marks(doc: PolicyDocument) -> list[tuple[int, int, str, str]]:
    """(start, end, class, field) for every value worth highlighting."""
    marks: list[tuple[int, int, str, str]] = []

    def add(value: Grounded | None, cls: str, field: str) -> None:
        if value is not None and value.span.end > value.span.start:
            marks.append((value.span.start, value.span.end, cls, field))

    for name in ("title", "subtitle", "published", "reporter", "agency", "department", "contact"):
        add(getattr(doc, name), "metadata", name)
    add(doc.vision, "vision", "vision")
    for k, en in enumerate(doc.enumerations):
        add(en.label, "label", f"enumerations[{k}].label ({en.kind})")
        for n, item in enumerate(en.items):
            add(item, "item", f"enumerations[{k}].items[{n}] — {en.label.text}")
    for k, quote in enumerate(doc.quotes):
        add(quote, "quote", f"quotes[{k}]")
        add(quote.speaker, "speaker", f"quotes[{k}].speaker")
    return marks


def highlighted_text(doc: PolicyDocument) -> str:
    """The document text as HTML, each value in a <mark> whose title names its field."""
    text = doc.text
    marks = sorted(_marks(doc), key=lambda m: (m[0], -m[1]))
    out: list[str] = []
    stack: list[int] = []  # ends of open marks
    pos = 0
    for start, end, cls, field in marks:
        while stack and stack[-1] <= start:
            out.append(escape(text[pos : stack[-1]]))
            pos = stack.pop()
            out.append("</mark>")
        if stack and end > stack[-1]:
            continue  # it would cross an open mark: leave it unmarked rather than break the nesting
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="pp-{cls}" title="{escape(field)}">')
        pos = start
        stack.append(end)
    while stack:
        out.append(escape(text[pos : stack[-1]]))
        pos = stack.pop()
        out.append("</mark>")
    out.append(escape(text[pos:]))
    return "".join(out)


def summary_table(doc: PolicyDocument) -> str:
    rows = [
        ("title", doc.title.text if doc.title else ""),
        ("published", doc.published.date.isoformat() if doc.published else ""),
        ("agency", doc.agency.text if doc.agency else ""),
        ("reporter", doc.reporter.text if doc.reporter else ""),
        ("department", doc.department.text if doc.department else ""),
        ("contact", doc.contact.text if doc.contact else ""),
        ("vision", doc.vision.text if doc.vision else ""),
    ]
    for en in doc.enumerations:
        count = f"{len(en.items)}" + (f" of {en.declared} declared" if en.declared is not None else "")
        year = f", {en.year}" if en.year is not None else ""
        rows.append((f"{en.kind}: {en.label.text}", f"{count}{year}: " + " · ".join(i.text for i in en.items)))
    for q in doc.quotes:
        rows.append((f"quote: {q.speaker.text if q.speaker else '?'}", q.text))
    for d in doc.diagnostics:
        rows.append((f"diagnostic: {d.code}", d.message))
    body = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
    return f"<table>{body}</table>"


def legend() -> str:
    return " ".join(f'<mark class="pp-{name}" title="legend: {name}">{name}</mark>' for name in COLOURS)


def document_html(doc: PolicyDocument) -> str:
    """The view as an HTML fragment (what ``_repr_html_`` returns)."""
    return (
        f'<div class="pp-doc">{STYLE}{summary_table(doc)}<div>{legend()}</div>'
        f'<div class="pp-text">{highlighted_text(doc)}</div></div>'
    )


def standalone_page(doc: PolicyDocument) -> str:
    """The same view as a complete HTML page."""
    title = escape(doc.title.text if doc.title else (doc.source.name or "policyparse"))
    return (
        f'<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{document_html(doc)}</body></html>\n"
    )
