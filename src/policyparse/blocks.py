"""The bullet hierarchy of the article: each paragraph a Block, nested by marker.

Marker kinds rank in the order the article first uses them (□ then ○ then -
in a typical 보도자료); a paragraph without a marker continues the block above it.
"""

from __future__ import annotations

import regex

from .layout import Page
from .lexicon import BULLETS, NUMBER_BULLETS, ORDINAL_WORD, ROMAN_NUMERALS
from .models import Block, Grounded, PolicyDocument, Span
from .spans import ground

# A marker opening a line: "○ ", "□", "- ", "※", "1.", "2)", "(3)", "Ⅱ.", "가.", "①", "첫째,".
LINE_MARKER = regex.compile(
    rf"^[ \t\u3000]*(?P<marker>[{BULLETS}{NUMBER_BULLETS}]|[-*※ㅇ·•‣]|\d{{1,2}}[.)](?![\d.])|\(\d{{1,2}}\)"
    rf"|[{ROMAN_NUMERALS}]\.?|[가-하][.)](?=\s)"
    rf"|{ORDINAL_WORD}째\s*,?)(?=[ \t\u3000]|[^\s.\d])",
    regex.M,
)


# Numbered markers: "1.", "2)", "(3)".
NUMBER_MARKER = regex.compile(r"\d{1,2}[.)]|\(\d{1,2}\)")
# Hangul-lettered markers: "가.", "나)".
HANGUL_MARKER = regex.compile(r"[가-하][.)]")


def marker_kind(marker: str) -> str:
    """Markers of one family share a kind: every '1.' is 'N.', every '①' is '①', every 'Ⅱ.' is 'Ⅰ'."""
    if NUMBER_MARKER.fullmatch(marker):
        return "N" + marker[-1] if marker[0] != "(" else "(N)"
    if HANGUL_MARKER.fullmatch(marker):
        return "가" + marker[-1]
    if marker and marker[0] in NUMBER_BULLETS:
        return "①"
    if marker and marker[0] in ROMAN_NUMERALS:
        return "Ⅰ"
    if marker.endswith(("째", "째,")) or "째" in marker:
        return "첫째"
    return marker


def split_marker(text: str, start: int, end: int) -> tuple[Grounded | None, int]:
    """The marker opening ``text[start:end]`` (if any) and where the content begins."""
    m = LINE_MARKER.match(text, start, end)
    if not m:
        return None, start
    marker = Grounded(text=m.group("marker"), span=Span(start=m.start("marker"), end=m.end("marker")))
    return marker, m.end()


def read_blocks(doc: PolicyDocument, page: Page) -> None:
    """Turn every article line into a Block and nest them."""
    text = page.text
    ranks: dict[str, int] = {}
    roots: list[Block] = []
    stack: list[tuple[int, Block]] = []
    for _i, ln in page.content_lines():
        if not ln.stripped:
            continue
        marker, content_start = split_marker(text, ln.start, ln.end)
        body = ground(text, content_start, ln.end)
        if body is None:
            continue
        if marker is None:
            block = Block(text=body.text, span=body.span)
            if stack:
                parent = stack[-1][1]
                block.level = parent.level + 1
                parent.children.append(block)
            else:
                roots.append(block)
            continue
        kind = marker_kind(marker.text)
        rank = ranks.setdefault(kind, len(ranks))
        block = Block(text=body.text, span=body.span, marker=marker)
        while stack and stack[-1][0] >= rank:
            stack.pop()
        if stack:
            parent = stack[-1][1]
            block.level = parent.level + 1
            parent.children.append(block)
        else:
            roots.append(block)
        stack.append((rank, block))
    doc.blocks = roots


def walk(blocks: list[Block]) -> list[Block]:
    """Every block in document order, nested ones included."""
    out: list[Block] = []
    for block in blocks:
        out.append(block)
        out.extend(walk(block.children))
    return out
