"""HTML pages: the article body and declared metadata come from trafilatura (extra ``policyparse[html]``).

``doc.text`` for a page is the article as extracted: its headline, the publication
time and author the page declares (as declared), then the body text. Script and
style content never reaches it. Every span indexes that text.
"""

from __future__ import annotations

import copy
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
AUTHOR_NAME = regex.compile(r"\s*(?P<name>[^\s,;|@]{2,20}?)\s*(?:기자|특파원|논설위원)?(?:\s|$|[,;|])")
INSTALL_HINT = (
    "reading HTML needs the optional extra: pip install 'policyparse[html]' (from a clone: pip install -e '.[html]')"
)
# How a page's <title> parts the headline from the site's name: "헤드라인 - 해솔일보", "헤드라인 | 해솔일보",
# "헤드라인 :: 해솔일보", "해솔일보 < 경제 < 헤드라인".
TITLE_PARTS = regex.compile(r"\s+(?:[-|–—:<>]|::|ㅣ)\s+")
# Where an article's headline stands when the page declares none: schema.org's headline, the headings
# inside the article (never a masthead's logo), headings whose class names a title.
HEADLINE_PATHS = (
    "//*[@itemprop='headline']",
    "//article//h1", "//article//h2",
    "//h1[contains(@class,'tit') or contains(@class,'headline') or contains(@class,'subject')]",
    "//h2[contains(@class,'tit') or contains(@class,'headline') or contains(@class,'subject')]",
    "//h3[contains(@class,'tit') or contains(@class,'headline') or contains(@class,'subject')]",
)  # fmt: skip
# The opening or closing tag of a layout wrapper, which carries no text of its own: "<div class='x'>", "</span>".
WRAPPER_TAG = regex.compile(r"<(/?)(div|span|section|font|center)\b[^<>]*>", regex.I)
# Wrappers kept around the article: real pages nest some tens; libxml2 stops reading at 255 levels.
MAX_WRAPPER_DEPTH = 100
# A time of day: "10:15".
CLOCK = regex.compile(r"\d{1,2}:\d{2}")
# Headings that are the site's own name or menu, wherever they stand.
MASTHEAD = ("logo", "brand", "site", "gnb", "nav", "header", "masthead")


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
    tree = _page_tree(_flatten_wrappers(html))
    declared = _declared_meta(copy.deepcopy(tree)) if tree is not None else {}
    found = trafilatura.bare_extraction(
        tree if tree is not None else html, with_metadata=True, include_comments=False, include_tables=True
    )
    data = found.as_dict() if hasattr(found, "as_dict") else (found or {})
    body = (data.get("text") or "").strip()
    if not body:
        raise PolicyParseError("the HTML page has no article text that could be extracted")
    published = declared.get("published")
    if published is None and data.get("date"):
        # no declared time: the byline's date and time as printed ("입력 2024.03.04 10:15"), which the
        # metadata stage reads with its time, rather than the bare date trafilatura gives
        published = _printed_time(declared.get("byline times", ""), data["date"]) or data.get("date")
    return Extracted(
        title=declared.get("title") or data.get("title"),
        published=published,
        author=declared.get("author") or data.get("author"),
        body=body,
    )


def _flatten_wrappers(html: str) -> str:
    """The page without the wrapper tags nested past MAX_WRAPPER_DEPTH (text kept), so that an article
    inside thousands of <div>s is read instead of cut off where the HTML parser stops descending."""
    open_tags: dict[str, list[bool]] = {}  # per wrapper name, whether each open one was dropped
    depth, last, kept = 0, 0, []
    for tag in WRAPPER_TAG.finditer(html):
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if tag.group(0).endswith("/>"):
            continue
        opened = open_tags.setdefault(name, [])
        if not closing:
            dropped = depth >= MAX_WRAPPER_DEPTH
            opened.append(dropped)
            depth += not dropped
        elif opened:
            dropped = opened.pop()
            depth -= not dropped
        else:
            continue
        if dropped:
            kept.append(html[last : tag.start()])
            last = tag.end()
    if not kept:
        return html
    kept.append(html[last:])
    return "".join(kept)


def _page_tree(html: str) -> Any:
    """The page as one lxml tree, without <template> content (inert markup, never shown to a reader)."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html, parser=lxml_html.HTMLParser(huge_tree=True, remove_comments=True))
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None
    for template in tree.xpath("//template"):
        template.drop_tree()
    return tree


def _declared_meta(tree: Any) -> dict[str, str]:
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
    if "title" not in out and (headline := _headline(tree)) is not None:
        out["title"] = headline
    if "published" not in out:
        out["byline times"] = "\n".join(_times_printed(tree))
    return out


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _headline(tree: Any) -> str | None:
    """A page's headline when it declares none: twitter:title, the article's heading that the
    <title> holds, the <title> without the site's name, the article's own heading."""
    twitter = [v for v in tree.xpath("//meta[@name='twitter:title']/@content") if v.strip()]
    if twitter:
        return _one_line(twitter[0])
    headings = []
    for path in HEADLINE_PATHS:
        for element in tree.xpath(path):
            text = _one_line(element.text_content())
            if text and not _in_masthead(element):
                headings.append(text)
    titles = [_one_line(t.text_content()) for t in tree.xpath("//head/title")]
    title = titles[0] if titles and titles[0] else None
    if title:
        for heading in headings:
            if len(heading) >= 4 and heading in title:
                return heading  # the page's <title> is this headline and the site's name
        parts = [p for p in TITLE_PARTS.split(title) if p.strip()]
        best = max(parts, key=len) if parts else title  # the site's name is the shorter part
        if not (headings and best in _site_names(tree)):
            return best
    return headings[0] if headings else None


def _site_names(tree: Any) -> set[str]:
    """What the masthead prints: the site's name, a <title> that holds nothing else."""
    names = set()
    for element in tree.xpath("//header//*|//*[contains(@class,'logo')]|//*[contains(@id,'logo')]"):
        if text := _one_line(element.text_content()):
            names.add(text)
    return names


def _in_masthead(element: Any) -> bool:
    """Whether a heading belongs to the page's masthead or menu (a logo in an <h1>)."""
    while element is not None:
        names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if element.tag in ("header", "nav") or any(word in names for word in MASTHEAD):
            return True
        element = element.getparent()
    return False


def _times_printed(tree: Any) -> list[str]:
    """The dates printed with a time in the page's visible text ("입력 2024.03.04 10:15"), in order."""
    from .metadata import DATE_IN_LINE

    for hidden in tree.xpath("//script|//style|//template|//noscript"):
        hidden.drop_tree()
    found = (_one_line(m.group(0)) for m in DATE_IN_LINE.finditer(tree.text_content()))
    return [printed for printed in found if CLOCK.search(printed)]


def _printed_time(printed: str, date: str) -> str | None:
    """The first printed date and time on the day the page is dated ("2024-03-04")."""
    day = ISO_TIME.match(date)
    if day is None:
        return None
    wanted = (int(day["y"]), int(day["m"]), int(day["d"]))
    for line in printed.splitlines():
        numbers = [int(n) for n in regex.findall(r"\d+", line)[:3]]
        if tuple(numbers) == wanted:
            return line
    return None


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
