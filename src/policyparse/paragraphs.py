"""Paragraphs of a word-processor file (HWP, HWPX) and the one way they become lines of text.

Both readers build the same small tree — a paragraph, and the tables, notes and boxes
anchored in it — so the two files of one release give the same text, and one place decides
how a table is written as lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import LINE_MARKER

# Between the cells of one table row: visible, and not a character the authors' bullets use.
CELL_SEPARATOR = " | "
# How the readers write a line break typed inside a paragraph (Shift+Enter in Hancom).
LINE_BREAK = "\n"


@dataclass
class Paragraph:
    """One paragraph's own text, and what is anchored in it, in the order the file holds them."""

    text: str
    anchored: list[Table | Nested] = field(default_factory=list)


@dataclass
class Table:
    """Rows of cells; a cell is the paragraphs inside it."""

    rows: list[list[list[Paragraph]]] = field(default_factory=list)


@dataclass
class Nested:
    """Paragraphs that hang off an anchor: a footnote's or endnote's body, a text box, a header."""

    paragraphs: list[Paragraph] = field(default_factory=list)


def to_lines(paragraphs: list[Paragraph]) -> list[str]:
    """One line per paragraph, anchored content right after its anchor, empty paragraphs dropped.

    A table row of several cells is one line, its cells joined by ``CELL_SEPARATOR`` (a cell's
    own paragraphs joined by a space); a row of one cell is a box around ordinary paragraphs,
    so they stay lines of their own and an outline typed inside a box reads as an outline.
    Whatever is anchored inside a cell (a footnote, a nested table) follows the row's line.
    """
    lines: list[str] = []
    for paragraph in paragraphs:
        _emit(paragraph, lines)
    return lines


def _emit(paragraph: Paragraph, lines: list[str]) -> None:
    lines += _printed_lines(paragraph.text)
    for thing in paragraph.anchored:
        if isinstance(thing, Nested):
            for inner in thing.paragraphs:
                _emit(inner, lines)
            continue
        for row in thing.rows:
            cells = [cell for cell in row if any(p.text.strip() or p.anchored for p in cell)]
            if len(cells) <= 1:
                for cell in cells:
                    for inner in cell:
                        _emit(inner, lines)
                continue
            texts = [" ".join(_one_line(p.text) for p in cell if p.text.strip()) for cell in cells]
            line = CELL_SEPARATOR.join(text for text in texts if text)
            if line:
                lines.append(line)
            for cell in cells:
                for inner in cell:
                    _emit(Paragraph("", inner.anchored), lines)


def _printed_lines(text: str) -> list[str]:
    """A paragraph's lines: one, unless a line break inside it opens a bullet.

    Authors type an item's sub-points after a line break ('ㅇ 시스템 개발 : 5억원' ⏎ '- 평가 모형
    개발'): the page shows a bulleted line, so the text does too, as a PDF of the file reads. Any
    other break only wraps the paragraph's text and is a space.
    """
    lines: list[str] = []
    for piece in text.split(LINE_BREAK):
        if not piece.strip():
            continue
        if lines and not LINE_MARKER.match(piece):
            lines[-1] = lines[-1].rstrip() + " " + piece.lstrip()
        else:
            lines.append(piece)
    return [line.rstrip() for line in lines]


def _one_line(text: str) -> str:
    """A paragraph inside a table row, whose cells share one line: its breaks are spaces."""
    return " ".join(piece.strip() for piece in text.split(LINE_BREAK) if piece.strip())
