"""The bullet hierarchy of the article: each paragraph a Block, nested by marker.

A deeper indent nests a line under the one above it; at the same indent, marker kinds rank in the
order the article first uses them (□ then ○ then - in a typical 보도자료); a paragraph without a
marker continues the block above it.
"""

from __future__ import annotations

import regex

from .layout import Page
from .lexicon import LINE_MARKER, NUMBER_BULLETS, ROMAN_NUMERALS
from .models import Block, Grounded, PolicyDocument, Span
from .spans import ground

# Dashes that frame a subtitle on both sides: "- 전년 대비 9.2% 증가 -", "― 함께 여는 미래 ―".
FRAMES = frozenset("-―–—")
FRAMED = regex.compile(r"\s[-―–—]\s*$")
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
    stack: list[tuple[int, int, Block]] = []
    for _i, ln in page.content_lines():
        if not ln.stripped:
            continue
        marker, content_start = split_marker(text, ln.start, ln.end)
        if marker is not None and FRAMED.search(text, content_start, ln.end) and marker.text in FRAMES:
            marker, content_start = None, ln.start  # "- 전년 대비 9.2% 증가 -": a framed subtitle, no bullet
        body = ground(text, content_start, ln.end)
        if body is None:
            continue
        if marker is None:
            block = Block(text=body.text, span=body.span)
            while stack and stack[-1][0] > _indent(text, ln.start, body.span.start):
                stack.pop()  # a paragraph left of an indented bullet ends that bullet's block
            if stack:
                parent = stack[-1][2]
                block.level = parent.level + 1
                parent.children.append(block)
            else:
                roots.append(block)
            continue
        kind = marker_kind(marker.text)
        rank = ranks.setdefault(kind, len(ranks))
        indent = _indent(text, ln.start, marker.span.start)
        block = Block(text=body.text, span=body.span, marker=marker)
        while stack and not _holds(stack[-1], indent, rank):
            stack.pop()
        if stack:
            parent = stack[-1][2]
            block.level = parent.level + 1
            parent.children.append(block)
        else:
            roots.append(block)
        stack.append((indent, rank, block))
    doc.blocks = roots


def _indent(text: str, start: int, marker: int) -> int:
    """How far a marker is indented: spaces count one, a tab or an ideographic space two."""
    return sum(2 if ch in "\t\u3000" else 1 for ch in text[start:marker])


def _holds(top: tuple[int, int, Block], indent: int, rank: int) -> bool:
    """Whether the open block ``top`` holds a new marked line: a deeper indent always does, a shallower
    never; at the same indent the marker first used earlier holds the later ones ("□" over "○" over "-")."""
    top_indent, top_rank, _ = top
    if top_indent != indent:
        return top_indent < indent
    return top_rank < rank


def walk(blocks: list[Block]) -> list[Block]:
    """Every block in document order, nested ones included."""
    out: list[Block] = []
    for block in blocks:
        out.append(block)
        out.extend(walk(block.children))
    return out
