"""The notebook view: a summary table and the text with every extracted value highlighted.

Every piece of document text goes through ``html.escape``; highlights nest and
never cross, so the markup stays well-formed whatever the spans are.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .layout import read_page
from .models import Comparison, Grounded, PolicyDocument
from .normalize import reading_text

COLOURS = {
    "metadata": "#dbeafe",
    "vision": "#dcfce7",
    "label": "#f5d0fe",
    "item": "#fef08a",
    "detail": "#fefce8",
    "quote": "#fed7aa",
    "speaker": "#e9d5ff",
}
# Hangul on every machine: the CJK faces Windows, macOS and Linux ship, before the generic family.
FONTS = '"Noto Sans KR","Noto Sans CJK KR","Malgun Gothic","Apple SD Gothic Neo","Nanum Gothic",sans-serif'
STYLE = (
    f"<style>.pp-doc{{font-family:{FONTS};line-height:1.6}}"
    ".pp-doc table{border-collapse:collapse;margin-bottom:1em}"
    # Jupyter right-aligns table cells: text reads from the left
    ".pp-doc td,.pp-doc th{border:1px solid #ccc;padding:2px 8px;text-align:left!important;vertical-align:top}"
    ".pp-text{white-space:pre-wrap;border:1px solid #ddd;padding:8px;max-height:40em;overflow:auto}"
    ".pp-page .pp-text{max-height:none;overflow:visible}"
    ".pp-doc mark{border-radius:3px;padding:0 1px;color:inherit}"
    ".pp-doc mark.pp-detail{border-left:3px solid #facc15;border-radius:0}"
    ".pp-chrome{color:#9ca3af}"
    ".pp-diagnostic{text-decoration:underline wavy #dc2626}"
    ".pp-doc tr.pp-diag th,.pp-doc tr.pp-diag td{background:#fee2e2}"
    ".pp-link{text-decoration:none;font-size:.75em;vertical-align:super;margin:0 1px}"
    + "".join(f".pp-doc mark.pp-{name}{{background:{colour}}}" for name, colour in COLOURS.items())
    + "</style>"
)


@dataclass(frozen=True)
class Mark:
    """A stretch of the text to wrap: its tag's class and hover title, an id to link to, and a link
    shown where it opens (a detail's way back to its item) or after it closes (an item's to its detail)."""

    start: int
    end: int
    cls: str
    title: str
    tag: str = "mark"
    anchor: str | None = None
    link_before: str = ""
    link_after: str = ""


def _link(target: str, sign: str, title: str) -> str:
    return f'<a class="pp-link" href="#{target}" title="{escape(title)}">{sign}</a>'


def _marks(doc: PolicyDocument) -> list[Mark]:
    """Every value worth highlighting, the details linked to their items, chrome and diagnostics."""
    marks: list[Mark] = []

    def add(value: Grounded | None, cls: str, field: str, **extra: str | None) -> None:
        if value is not None and value.span.end > value.span.start:
            marks.append(Mark(value.span.start, value.span.end, cls, field, **extra))  # type: ignore[arg-type]

    for name in ("title", "subtitle", "published", "reporter", "agency", "department", "contact"):
        add(getattr(doc, name), "metadata", name)
    add(doc.vision, "vision", "vision")
    for k, en in enumerate(doc.enumerations):
        add(en.label, "label", f"enumerations[{k}].label ({en.kind})")
        for n, item in enumerate(en.items):
            item_id, detail_id = f"pp-item-{k}-{n}", f"pp-detail-{k}-{n}"
            detail = item.detail
            add(
                item,
                "item",
                f"enumerations[{k}].items[{n}] — {en.label.text}",
                anchor=item_id,
                link_after=_link(detail_id, "¶", f"the detail of '{item.text}'") if detail else "",
            )
            if detail is not None:
                link = _link(item_id, "↑", f"the item '{item.text}'")
                add(detail, "detail", f"enumerations[{k}].items[{n}].detail", anchor=detail_id, link_before=link)
    for k, quote in enumerate(doc.quotes):
        add(quote, "quote", f"quotes[{k}]")
        add(quote.speaker, "speaker", f"quotes[{k}].speaker")
    for d in doc.diagnostics:
        if d.span is not None and d.span.end > d.span.start:
            marks.append(Mark(d.span.start, d.span.end, "diagnostic", f"{d.code}: {d.message}", tag="span"))
    page = read_page(reading_text(doc.text))
    for ln in page.lines:
        if ln.role != "content" and ln.end > ln.start:
            marks.append(Mark(ln.start, ln.end, "chrome", f"page chrome ({ln.role})", tag="span"))
    return marks


def highlighted_text(doc: PolicyDocument) -> str:
    """The document text as HTML, each value in a <mark> whose title names its field."""
    text = doc.text
    marks = sorted(_marks(doc), key=lambda m: (m.start, -m.end))
    out: list[str] = []
    stack: list[Mark] = []  # the open marks, innermost last
    pos = 0

    def close() -> None:
        nonlocal pos
        mark = stack.pop()
        out.append(escape(text[pos : mark.end]))
        pos = mark.end
        out.append(f"</{mark.tag}>{mark.link_after}")

    for mark in marks:
        while stack and stack[-1].end <= mark.start:
            close()
        if stack and mark.end > stack[-1].end:
            continue  # it would cross an open mark: leave it unmarked rather than break the nesting
        out.append(escape(text[pos : mark.start]))
        anchor = f' id="{mark.anchor}"' if mark.anchor else ""
        out.append(f'{mark.link_before}<{mark.tag} class="pp-{mark.cls}" title="{escape(mark.title)}"{anchor}>')
        pos = mark.start
        stack.append(mark)
    while stack:
        close()
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
    body = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
    body += "".join(
        f'<tr class="pp-diag"><th>diagnostic: {escape(d.code)}</th><td>{escape(d.message)}</td></tr>'
        for d in doc.diagnostics
    )
    return f"<table>{body}</table>"


def legend() -> str:
    marks = [f'<mark class="pp-{name}" title="legend: {name}">{name}</mark>' for name in COLOURS]
    marks.append('<span class="pp-chrome" title="legend: page chrome">page chrome</span>')
    marks.append('<span class="pp-diagnostic" title="legend: diagnostic">diagnostic</span>')
    return " ".join(marks)


def document_html(doc: PolicyDocument) -> str:
    """The view as an HTML fragment (what ``_repr_html_`` returns)."""
    return (
        f'<div class="pp-doc">{STYLE}{summary_table(doc)}<div>{legend()}</div>'
        f'<div class="pp-text">{highlighted_text(doc)}</div></div>'
    )


def standalone_page(doc: PolicyDocument) -> str:
    """The same view as a complete HTML page, the whole text at full height."""
    title = escape(doc.title.text if doc.title else (doc.source.name or "policyparse"))
    return (
        f'<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body class="pp-page">{document_html(doc)}</body></html>\n'
    )


def comparison_html(comparison: Comparison) -> str:
    """A comparison as a table per kind of list: what became of each item (``_repr_html_``)."""
    head = escape(f"{comparison.old_title or 'old'} → {comparison.new_title or 'new'}")
    parts = [f'<div class="pp-doc">{STYLE}<p><b>{head}</b> — {escape(comparison.summary())}</p>']
    for kind in dict.fromkeys(c.kind for c in comparison.changes):
        rows = "".join(
            f"<tr><td>{escape(c.change)}</td><td>{escape(' · '.join(v.text for v in c.old))}</td>"
            f"<td>{escape(' · '.join(v.text for v in c.new))}</td>"
            f"<td>{'' if c.score is None else f'{c.score:.2f}'}</td></tr>"
            for c in comparison.of(kind)
        )
        parts.append(
            f"<table><caption>{escape(kind)}</caption><tr><th>change</th><th>old</th><th>new</th>"
            f"<th>likeness</th></tr>{rows}</table>"
        )
    parts.append("</div>")
    return "".join(parts)
