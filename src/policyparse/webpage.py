"""HTML pages: the article body and declared metadata come from trafilatura (extra ``policyparse[html]``).

``doc.text`` for a page is the article as extracted: its headline, the publication
time and author the page declares (as declared), then the body text. Script and
style content never reaches it. Every span indexes that text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import regex

from .errors import PolicyParseError
from .models import Grounded, PolicyDocument, Published, Span

# How an HTML document opens: "<!DOCTYPE html", "<html", "<head", "<meta charset…".
HTML_START = regex.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)\b", regex.I | regex.S)
# An ISO time as pages declare it: "2021-11-02T10:15:00+09:00", "2021-11-02 10:15".
ISO_TIME = regex.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?")
# "김민수 기자", "김민수 기자 kim@example.com": the name part of a declared author.
AUTHOR_NAME = regex.compile(r"^\s*(?P<name>[^\s,;|@]{2,20}?)\s*(?:기자|특파원|논설위원)?(?:\s|$|[,;|])")
INSTALL_HINT = "reading HTML needs the optional extra: pip install 'policyparse[html]'"


def looks_like_html(text: str) -> bool:
    return HTML_START.match(text[:2000]) is not None


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        if exc.name in ("trafilatura", None):
            raise ImportError(INSTALL_HINT) from None
        raise ImportError(f"trafilatura is installed but cannot be imported ({exc}); {INSTALL_HINT}") from exc
    return trafilatura


@dataclass
class Extracted:
    """What a page yields: the body text and what the page declares about itself."""

    title: str | None
    published: str | None
    author: str | None
    body: str


def extract(html: str) -> Extracted:
    """Body text by trafilatura; og:title, article:published_time and author meta tags first."""
    trafilatura = _trafilatura()
    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    data = found.as_dict() if hasattr(found, "as_dict") else (found or {})
    declared = _declared_meta(html)
    body = (data.get("text") or "").strip()
    if not body:
        raise PolicyParseError("the HTML page has no article text that could be extracted")
    return Extracted(
        title=declared.get("title") or data.get("title"),
        published=declared.get("published") or data.get("date"),
        author=declared.get("author") or data.get("author"),
        body=body,
    )


def _declared_meta(html: str) -> dict[str, str]:
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return {}
    wanted = {
        "title": ("//meta[@property='og:title']/@content",),
        "published": (
            "//meta[@property='article:published_time']/@content",
            "//meta[@name='article:published_time']/@content",
        ),
        "author": ("//meta[@name='author']/@content", "//meta[@property='article:author']/@content"),
    }
    out: dict[str, str] = {}
    for key, paths in wanted.items():
        for path in paths:
            values = [v.strip() for v in tree.xpath(path) if v and v.strip()]
            if values:
                out[key] = " ".join(values[0].split())
                break
    return out


def compose(page: Extracted) -> tuple[str, dict[str, tuple[int, int]]]:
    """The article text: headline, declared time, author, a blank line, then the body.

    Returns the text and where each declared value stands in it.
    """
    body_lines = page.body.split("\n")
    if page.title and body_lines and body_lines[0].strip() == page.title.strip():
        body_lines = body_lines[1:]  # the body opens with the headline: it heads the text once
    lines: list[str] = []
    where: dict[str, tuple[int, int]] = {}
    pos = 0
    for key, value in (("title", page.title), ("published", page.published), ("author", page.author)):
        if value:
            where[key] = (pos, pos + len(value))
            lines.append(value)
            pos += len(value) + 1
    head = "\n".join(lines)
    body = "\n".join(body_lines).strip()
    return head + ("\n\n" if head else "") + body + "\n", where


def apply_declared(doc: PolicyDocument, where: dict[str, tuple[int, int]]) -> None:
    """Declared metadata wins over what the text stages read."""
    text = doc.text
    if "title" in where:
        start, end = where["title"]
        doc.title = Grounded(text=text[start:end], span=Span(start=start, end=end))
    if "published" in where:
        start, end = where["published"]
        m = ISO_TIME.search(text, start, end)
        if m:
            try:
                date = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
                time = dt.time(int(m["H"]), int(m["M"]), int(m["S"] or 0)) if m["H"] else None
            except ValueError:
                date = None
            if date is not None:
                doc.published = Published(
                    text=text[m.start() : m.end()], span=Span(start=m.start(), end=m.end()), date=date, time=time
                )
    if "author" in where:
        start, end = where["author"]
        m = AUTHOR_NAME.match(text, start, end)
        if m:
            doc.reporter = Grounded(text=m["name"], span=Span(start=m.start("name"), end=m.end("name")))
