"""Hard-wrapped pages: whether a line's sentence goes on in the next line.

Broadcast transcripts, posts copied from print and PDFs break sentences at a fixed width. The list
reader joins such lines before it reads sentences; the headline reader does not take a wrapped
sentence's first line for a headline. Kiwi tells an open last word, and only on pages that may be so.
"""

from __future__ import annotations

import regex

from .blocks import LINE_MARKER
from .layout import Line, Page
from .morph import analyse

# A line that closes its sentence or its heading: "…밝혔다.", "…하겠습니다!", "…행복공동체’", "…(안)".
LINE_CLOSED = regex.compile(r"(?:[.!?…”\"’'」』)\]>]|다)$")
# Last words that leave a sentence open: "…조성 등", "A 및".
OPEN_WORDS = frozenset({"등", "및", "또는", "그리고"})
# Endings that leave a sentence open: a modifier ("성장하는", "위한") or a connective ("하고", "추진해").
OPEN_ENDINGS = frozenset({"ETM", "EC"})
# A particle that leaves its sentence open at the end of a line: "…자원산업의", "…육성과", "…등을".
WRAPPED_END = regex.compile(r"[가-힣](?:과|와|의|을|를|및)$")
# A page is hard-wrapped when at least this share of its (at least this many) prose lines end open.
HARD_WRAP_SHARE = 0.3
HARD_WRAP_MIN_LINES = 6


def hard_wrapped(page: Page) -> bool:
    """Whether the page breaks its sentences at a fixed width; decided once per page."""
    if page.hard_wrapped is None:
        page.hard_wrapped = _hard_wrapped([ln for _, ln in page.filled_lines()])
    return page.hard_wrapped


def open_end(line: str) -> bool:
    """Whether the line's last word leaves its sentence open: a comma, a particle, a modifier or
    connective ending, 등 or 및 ("…기본 전략으로", "…성장하는", "…조성 등"). No Korean sentence ends so."""
    if line.endswith(","):
        return True
    if LINE_CLOSED.search(line):
        return False
    last = line.rsplit(None, 1)[-1]
    if last in OPEN_WORDS:
        return True
    morphs = analyse(last)
    return bool(morphs) and (morphs[-1].tag.startswith("J") or morphs[-1].tag in OPEN_ENDINGS)


def _hard_wrapped(lines: list[Line]) -> bool:
    """Whether the page breaks its sentences at a fixed width (a transcript, a blog copied from print):
    many prose lines end with their sentence open. There a line ending in a noun goes on too."""
    prose = [ln.stripped for ln in lines if not LINE_MARKER.match(ln.stripped) and " " in ln.stripped]
    if len(prose) < HARD_WRAP_MIN_LINES:
        return False
    unclosed = [line for line in prose if not LINE_CLOSED.search(line)]
    if len(unclosed) < HARD_WRAP_SHARE * len(prose):
        return False  # most lines close their sentences: no need to analyse their last words
    open_ends = sum(1 for line in unclosed if open_end(line))
    return open_ends >= HARD_WRAP_SHARE * len(prose)


def runs_on(line: str, following: str, *, hard: bool = False) -> bool:
    """A line broken inside its sentence: it ends in a comma or a particle ("가속기 신산업과 레이저 산업,",
    "… 자원산업의"), as hard-wrapped pages and broadcast transcripts print them; on a hard-wrapped page
    also a prose line that ends in a noun, when the next line is prose too."""
    if line.endswith(","):
        return True
    if hard:
        if open_end(line):
            return True
        return (
            not LINE_CLOSED.search(line)
            and not LINE_MARKER.match(line)
            and " " in line
            and bool(following)
            and not LINE_MARKER.match(following)
        )
    return WRAPPED_END.search(line) is not None and not LINE_MARKER.match(line)
