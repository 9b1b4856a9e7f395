"""PDF files read into the text of each page, one line per paragraph (needs ``policyparse[pdf]``).

What it decides: whether the file has a text layer to read; the order of the text (the content
stream's, which for word-processor output is the document's own — position-sorting interleaves
the columns of a two-column page); where a space stands (from the gap between two glyphs:
justified Hancom lines print no space glyphs); and where a printed line only wraps its paragraph
(it reaches the right margin and the next line goes on at the paragraph's text, not a bullet).
pdfplumber (on pdfminer.six) gives each glyph with its box, in stream order, and finds the
ruled tables, whose cells are read as the word-processor readers write a table. Notes printed
under a short rule at a page's foot follow the paragraph or table row that cites them by a raised
number, where the HWP reader places a footnote's body.
"""

from __future__ import annotations

import io
import logging
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import regex

from .errors import PolicyParseError
from .lexicon import LINE_MARKER
from .morph import parts_words
from .paragraphs import CELL_SEPARATOR, Nested, Paragraph, Table, to_lines

PDF_MAGIC = b"%PDF-"
END_MARKER = b"%%EOF"
MAX_PAGES = 5000

# Glyphs on one printed line: baselines closer than this share of the font size.
SAME_LINE = 0.5
# A gap wider than the line's letter spacing by this share of the font size is a space.
SPACE_GAP = 0.2
# A line's syllable spacing is read from this many gaps between its syllables, or taken as none.
MIN_LETTER_GAPS = 3
# A gap this wide (in font sizes) on one baseline parts two table cells, written as the word
# processors' readers write them.
CELL_GAP = 1.5
# A glyph this far left of the line's end (in font sizes) starts another text run: a new line.
BACKWARDS = 0.5
# A line ending within this many font sizes of the page's right edge reaches the margin.
MARGIN_SLACK = 1.5
# Two lines starting within this share of the font size start in the same column (an indent of one
# space is half a size: a paragraph's first line).
SAME_COLUMN = 0.2
# Lines of one paragraph share their font size, within this share (Hancom shrinks a line to fit).
SAME_SIZE = 0.2
# The next line of a paragraph stands at most this many font sizes lower.
LINE_STEP = 2.2
# Indentation written as one space per this share of the font size (the outline reader reads indents).
INDENT_UNIT = 0.5
MAX_INDENT = 8
# How far apart, in points, two boxes' tops (or bottoms) may be and still stand level
LEVEL = 2.0
# A note's number as Hancom prints it at the page's foot: "1) 경상수입".
NOTE_NUMBER = regex.compile(r"[ \t]*(\d{1,3})\)[ \t]")
# A glyph smaller than this share of its line's first glyph is raised: a note reference.
SUPERSCRIPT = 0.85
# A rule above a page's notes is shorter than this share of the text's width (Hancom: a third), and
# longer than MIN_NOTE_RULE of it; a rule is a line or a rectangle thinner than RULE_THICKNESS points.
NOTE_RULE = 0.5
MIN_NOTE_RULE = 0.1
RULE_THICKNESS = 1.5
# A rule starting within this many points of the text's left margin starts at it.
AT_MARGIN = 3.0
# A vowel jamo that stands alone can only be the letter the author typed, which a PDF's text map
# may give in its conjoining form (NFKC's): the middle dot 'ㆍ' (U+318D) of '수어ㆍ점자' comes out
# as U+119E, where the HWP file of the same page holds U+318D.
LONE_VOWELS = {"\u119e": "\u318d"}
# Bullets that authors also run inside a sentence ("▲ A ▲ B"), so a line opening with one may go on
# a run that wrapped.
INLINE_BULLETS = frozenset("▲△▷▶◇◆■□○●·•")


def is_pdf(data: bytes) -> bool:
    """PDF files start with ``%PDF-`` (readers accept it within the first kilobyte)."""
    return PDF_MAGIC in data[:1024]


@dataclass
class _Line:
    x0: float
    x1: float
    y: float
    size: float
    text: str  # its glyphs spaced (``_spaced``), once the line's glyphs are all read
    top: float = 0.0  # from the page's top, as pdfplumber places cells
    joined: bool = False
    refs: list[int] = field(default_factory=list)  # note numbers printed raised in it ('경상수입¹⁾')
    raised: str = ""  # the raised digits read so far
    pieces: list[str] = field(default_factory=list)  # its glyphs' text, in order
    gaps: list[float] = field(default_factory=list)  # the gap before each, in font sizes


def read_pdf(data: bytes) -> list[str]:
    """The text of each page, paragraphs on lines of their own; ``PolicyParseError`` when refused."""
    try:
        import pdfplumber  # noqa: F401
    except ImportError:
        raise ImportError(
            "reading PDF files needs pdfplumber: pip install 'policyparse[pdf]' "
            "(from a clone: pip install -e '.[pdf]')",
            name="pdfplumber",
        ) from None
    if END_MARKER not in data[-2048:]:
        raise PolicyParseError("truncated PDF file: its end (%%EOF) is gone", reason="truncated")
    try:
        with _quiet(logging.getLogger("pdfminer")):
            pages = [_page_text(page) for page in _pages(data)]
    except PolicyParseError:
        raise
    except Exception as exc:  # pdfminer raises many types for damaged files
        raise PolicyParseError(f"damaged PDF file: {type(exc).__name__} {exc}".strip(), reason="damaged") from None
    if not any(page.strip() for page in pages):
        raise PolicyParseError(
            "the PDF has no text layer (scanned images?); run OCR on it first", reason="no-text-layer"
        )
    return pages


class _quiet:
    """pdfminer logs what it works around in damaged files; the caller gets an answer or an error."""

    def __init__(self, logger: logging.Logger) -> None:
        self.logger, self.level = logger, logger.level

    def __enter__(self) -> None:
        self.logger.setLevel(logging.CRITICAL + 1)

    def __exit__(self, *exc: object) -> None:
        self.logger.setLevel(self.level)


def _pages(data: bytes) -> Iterator[Any]:
    """The file's pages one at a time (a hostile file may claim millions), up to ``MAX_PAGES``."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page
    from pdfplumber.pdf import PDF
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = PDF(io.BytesIO(data), password="")
    except PdfminerException as exc:
        if exc.args and isinstance(exc.args[0], PDFPasswordIncorrect):
            raise PolicyParseError("a password-protected PDF cannot be read", reason="password-protected") from None
        raise
    for number, page in enumerate(PDFPage.create_pages(pdf.doc), 1):
        if number > MAX_PAGES:
            raise PolicyParseError(f"the PDF has more than {MAX_PAGES} pages", reason="too-large")
        yield Page(pdf, page, page_number=number)


def _lines(glyphs: Iterable[dict[str, Any]]) -> list[_Line]:
    """Glyphs gathered into printed lines, in the order the page draws them."""
    lines: list[_Line] = []
    line: _Line | None = None
    for glyph in glyphs:
        text = glyph["text"]
        if text in LONE_VOWELS and not (line is not None and _leads_a_syllable(line.pieces[-1][-1:])):
            text = LONE_VOWELS[text]
        size = glyph["size"] or 1.0
        if (
            line is not None
            and abs(glyph["y0"] - line.y) <= SAME_LINE * max(size, line.size)
            and glyph["x0"] >= line.x1 - BACKWARDS * size
        ):
            line.pieces.append(text)
            line.gaps.append((glyph["x0"] - line.x1) / size)
            line.x1 = max(line.x1, glyph["x1"])
            _read_reference(line, text, size)
            continue
        if text.isspace():
            continue
        line = _Line(glyph["x0"], glyph["x1"], glyph["y0"], size, "", glyph["top"], pieces=[text], gaps=[0.0])
        lines.append(line)
    for line in lines:
        line.text = _spaced(line)
    return lines


def _spaced(line: _Line) -> str:
    """A line's text, with a space where two glyphs stand further apart than its letters do.

    Hancom fits a line by spacing its letters tighter or looser, and prints no space glyph in a
    justified line: between two Hangul syllables a gap is a space when it exceeds the line's own
    syllable spacing (the median gap between them) by ``SPACE_GAP`` ('위한' and '온라인' stand 0.18 of a
    size apart in a line whose syllables overlap by 0.15); next to digits, Latin letters and marks,
    which Hancom does not squeeze alike, the gap itself must exceed it.
    """
    pieces, gaps = line.pieces, line.gaps
    syllables = [gap for k, gap in enumerate(gaps) if k and _syllable(pieces[k - 1]) and _syllable(pieces[k])]
    spacing = statistics.median(syllables) if len(syllables) >= MIN_LETTER_GAPS else 0.0
    out = pieces[0]
    for k in range(1, len(pieces)):
        piece, gap = pieces[k], gaps[k]
        if gap > CELL_GAP and not piece.isspace():
            out = out.rstrip(" ") + CELL_SEPARATOR
        elif not out.endswith(" ") and not piece.isspace():
            squeezed = _syllable(pieces[k - 1]) and _syllable(piece)
            if gap - (spacing if squeezed else 0.0) > SPACE_GAP:
                out += " "
        out += piece
    return out


def _syllable(piece: str) -> bool:
    return len(piece) == 1 and "\uac00" <= piece <= "\ud7a3"


def _read_reference(line: _Line, text: str, size: float) -> None:
    """Note references printed raised and smaller after a word: Hancom numbers notes '1)'."""
    if size >= SUPERSCRIPT * line.size or not (text.isdigit() or text == ")"):
        line.raised = ""
    elif text != ")":
        line.raised += text
    elif line.raised:
        line.refs.append(int(line.raised))
        line.raised = ""


def _leads_a_syllable(ch: str) -> bool:
    """Whether ``ch`` is a leading-consonant jamo, which a conjoining vowel completes."""
    return bool(ch) and ("\u1100" <= ch <= "\u115f" or "\ua960" <= ch <= "\ua97f")


# A cell's or table's box as pdfplumber gives it: x0, top, x1, bottom.
Box = tuple[float, float, float, float]


@dataclass
class _Grid:
    """A ruled table the page draws: its box and its rows of cell boxes (None where a cell spans)."""

    box: Box
    rows: list[list[Box | None]]
    glyphs: list[dict[str, Any]] = field(default_factory=list)

    def holds(self, glyph: dict[str, Any]) -> bool:
        return _inside(glyph, self.box)


def _centre(glyph: dict[str, Any]) -> tuple[float, float]:
    return (glyph["x0"] + glyph["x1"]) / 2, (glyph["top"] + glyph["bottom"]) / 2


def _inside(glyph: dict[str, Any], box: Box) -> bool:
    """Whether the glyph's centre lies in ``box`` (x0, top, x1, bottom, as pdfplumber gives cells)."""
    x, y = _centre(glyph)
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _grids(page: Any) -> list[_Grid]:
    """The page's ruled tables, outermost only: a table drawn inside a cell is that cell's text."""
    found = [(t.bbox, [list(row.cells) for row in t.rows]) for t in page.find_tables()]
    outer = [
        (box, rows)
        for box, rows in found
        if not any(o is not box and _contains(o, box) for o, _ in found)
    ]
    return _side_by_side([_Grid(box, rows) for box, rows in outer])


def _side_by_side(grids: list[_Grid]) -> list[_Grid]:
    """Boxes that stand side by side, top and bottom level and rows level, as one table.

    A word processor draws a table whose cells keep a spacing between them ('2023', '2024', … of a
    timeline, each column a framed box) as separate boxes; its file holds one table, its rows
    running across all of them, and the PDF reads as the file does.
    """
    out: list[_Grid] = []
    for grid in sorted(grids, key=lambda grid: (grid.box[1], grid.box[0])):
        last = out[-1] if out else None
        if last is not None and _level_beside(last, grid):
            box = (last.box[0], min(last.box[1], grid.box[1]), grid.box[2], max(last.box[3], grid.box[3]))
            out[-1] = _Grid(box, [a + b for a, b in zip(last.rows, grid.rows, strict=True)])
        else:
            out.append(grid)
    return out


def _level_beside(left: _Grid, right: _Grid) -> bool:
    """Whether ``right`` stands just beside ``left``, its rows at the heights of ``left``'s rows."""
    if right.box[0] < left.box[2] or len(left.rows) != len(right.rows):
        return False
    if abs(left.box[1] - right.box[1]) > LEVEL or abs(left.box[3] - right.box[3]) > LEVEL:
        return False
    return all(abs(_row_top(a) - _row_top(b)) <= LEVEL for a, b in zip(left.rows, right.rows, strict=True))


def _row_top(row: list[Box | None]) -> float:
    return min(cell[1] for cell in row if cell is not None)


def _contains(outer: Box, inner: Box) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and outer[2] >= inner[2] and outer[3] >= inner[3]


def _page_text(page: Any) -> str:
    """The page's text: its paragraphs, with each wrapped line joined back, indents as spaces, and
    each ruled table where the page draws its first glyph, written as the word-processor readers
    write tables (``paragraphs.to_lines``), so a PDF and its HWP twin read alike."""
    grids = _grids(page)
    runs: list[list[dict[str, Any]] | _Grid] = [[]]
    for glyph in page.chars:
        grid = next((g for g in grids if g.holds(glyph)), None)
        if grid is None:
            run = runs[-1]
            if isinstance(run, _Grid):
                runs.append(run := [])
            run.append(glyph)
            continue
        if not grid.glyphs:
            runs.append(grid)
        grid.glyphs.append(glyph)
    flows = [_lines(run) if isinstance(run, list) else run for run in runs]
    printed = [line for flow in flows if isinstance(flow, list) for line in flow]
    if not printed and not grids:
        return ""
    left = min((line.x0 for line in printed), default=0.0)
    right = max((line.x1 for line in printed), default=0.0)
    rule = _note_rule(page, grids, left, right)
    below = _notes_below(printed, rule)
    if below and rule is not None:
        flows = [[line for line in flow if line.top <= rule] if isinstance(flow, list) else flow for flow in flows]
    paragraphs: list[Paragraph] = []
    holders: list[tuple[Paragraph, list[_Line]]] = []  # each paragraph with the printed lines it holds
    for flow in flows:
        if isinstance(flow, _Grid):
            paragraphs.append(Paragraph("", [_table(flow, holders)]))
            continue
        for text, lines in _paragraphs(flow, left, right):
            paragraphs.append(Paragraph(text))
            holders.append((paragraphs[-1], lines))
    for number, note in _notes(below, left, right):
        anchor = next((p for p, lines in holders if any(number in line.refs for line in lines)), None)
        if number is not None and anchor is not None:
            anchor.anchored.append(Nested(note))  # after the paragraph or table row that cites it
        else:
            paragraphs += note
    return "\n".join(to_lines(paragraphs))


def _note_rule(page: Any, grids: list[_Grid], left: float, right: float) -> float | None:
    """How far down the page the rule over its notes stands: a short horizontal rule starting at the
    text's left margin, below every table, the lowest such (Hancom draws one over the footnotes)."""
    width = right - left
    rules = [
        (edge["x0"], edge["top"], edge["x1"])
        for edge in [*page.lines, *page.rects]
        if edge["bottom"] - edge["top"] < RULE_THICKNESS
    ]
    tops = [
        top
        for x0, top, x1 in rules
        if abs(x0 - left) <= AT_MARGIN
        and MIN_NOTE_RULE * width <= x1 - x0 <= NOTE_RULE * width
        and not any(grid.box[3] + 1 >= top for grid in grids)  # notes stand below every table
    ]
    return max(tops, default=None)


def _notes_below(printed: list[_Line], rule: float | None) -> list[_Line]:
    """The lines under the notes' rule, if they print no larger than the body (the median size of the
    lines above it): larger lines under a rule are body text."""
    if rule is None:
        return []
    below = [line for line in printed if line.top > rule]
    above = sorted(line.size for line in printed if line.top <= rule)
    if below and above and max(line.size for line in below) <= above[len(above) // 2]:
        return below
    return []


def _notes(lines: list[_Line], left: float, right: float) -> list[tuple[int | None, list[Paragraph]]]:
    """The notes under the rule, each from its number ('1) 경상수입') to the next; what stands before
    the first number is notes of no number, which stay at the page's foot."""
    notes: list[tuple[int | None, list[Paragraph]]] = []
    for text, _ in _paragraphs(lines, left, right):
        numbered = NOTE_NUMBER.match(text)
        if numbered or not notes:
            notes.append((int(numbered.group(1)) if numbered else None, []))
        notes[-1][1].append(Paragraph(text))
    return notes


def _paragraphs(lines: list[_Line], left: float, right: float) -> list[tuple[str, list[_Line]]]:
    """Printed lines as paragraphs, each with the lines it holds: a line that only wraps goes on
    the one above, indents as spaces."""
    out: list[tuple[str, list[_Line]]] = []
    above: _Line | None = None
    for line in lines:
        line.joined = False
    for line in lines:
        text = line.text.rstrip()
        if above is not None and _wraps(above, line, left, right):
            line.joined = True
            before, held = out[-1]
            out[-1] = (before + _join(before, text, spaced=above.text.endswith(" ")), [*held, line])
        else:
            indent = min(MAX_INDENT, round((line.x0 - left) / (INDENT_UNIT * line.size)))
            out.append((" " * indent + text, [line]))
        above = line
    return out


def _join(before: str, after: str, *, spaced: bool) -> str:
    """What goes on a paragraph at a wrap: the next line, after a space when a space ends the line
    above or, Hancom printing none at a wrap, when the words on either side of it are two words."""
    last, first = before.split()[-1:], after.split()[:1]
    if spaced or (last and first and parts_words(last[0], first[0])):
        return " " + after
    return after  # a word broke at the margin


def _table(grid: _Grid, holders: list[tuple[Paragraph, list[_Line]]]) -> Table:
    """A ruled table's rows of cells, each cell's glyphs read as paragraphs within the cell.

    Rules a table prints are not all the rows its author made: a cell that spans several ruled rows
    may hold one line per row ('낙동강사업처' over '건설관리부' beside two rows of names), and a ruled
    row may hold unruled rows, its cells' lines standing side by side line for line ('경상수입 19,124'
    over '자본수입 35'). Lines that stand so are rows of their own, as the word processor has them;
    other lines of a cell are its paragraphs.
    """
    cells = [cell for row in grid.rows for cell in row if cell is not None]
    held: dict[Box, list[dict[str, Any]]] = {cell: [] for cell in cells}
    for glyph in grid.glyphs:
        homes = [cell for cell in cells if _inside(glyph, cell)]
        # the innermost cell holds the glyph (pdfplumber's cells overlap where rules stop short); a
        # glyph on a rule belongs to the cell nearest it: no text is lost
        home = min(homes, key=_area) if homes else min(cells, key=lambda cell: _distance(glyph, cell))
        held[home].append(glyph)
    tops = [_row_top(row) for row in grid.rows if any(row)]
    placed: list[list[_Cell]] = [[] for _ in tops]
    for row in grid.rows:
        for cell in row:
            if cell is None:
                continue
            lines = _lines(held[cell])
            first = _row_of(cell[1] + 0.5, tops)
            rows_of_lines = {_row_of(line.top, tops) for line in lines}
            if len(rows_of_lines) > 1:  # one line per ruled row: each goes to its row
                for r in sorted(rows_of_lines):
                    placed[r].append(_Cell(cell, [line for line in lines if _row_of(line.top, tops) == r]))
            else:
                placed[first].append(_Cell(cell, lines))
    rows: list[list[list[Paragraph]]] = []
    for entries in placed:
        entries.sort(key=lambda entry: entry.box[0])
        for sub_row in _unruled_rows(entries):
            row: list[list[Paragraph]] = []
            for cell in sub_row:
                row.append([])
                for text, lines in cell.paragraphs():
                    row[-1].append(Paragraph(text))
                    holders.append((row[-1][-1], lines))
            rows.append(row)
    return Table(rows)


@dataclass
class _Cell:
    """A table cell's box and the printed lines it holds (or those of one of its rows)."""

    box: Box
    lines: list[_Line]

    def paragraphs(self) -> list[tuple[str, list[_Line]]]:
        """The cell's lines as paragraphs, the cell's own edges as margins: a short line does not
        reach the margin however its lines align (right-aligned figures '16' over '1' are two)."""
        left = min([self.box[0], *(line.x0 for line in self.lines)])
        right = max([self.box[2], *(line.x1 for line in self.lines)])
        return _paragraphs(self.lines, left, right)


def _row_of(top: float, tops: list[float]) -> int:
    """The ruled row a line or cell starting at ``top`` stands in."""
    row = 0
    for i, row_top in enumerate(tops):
        if top >= row_top - 0.5:
            row = i
    return row


def _unruled_rows(cells: list[_Cell]) -> list[list[_Cell]]:
    """A ruled row's cells, split into the rows their lines stand in when the cells hold entries
    line by line: two or more cells hold several lines, no line goes on the one above (wrapped
    text flows through a cell), and no cell's line stands between the lines of the others (a
    label centred beside two-line headings: "구 분" beside "일반 / 회계"). A cell whose lines open
    with bullets holds an outline ('◆ 설계' over '◆ 부지 확보' in a timeline), not entries."""
    if sum(len(cell.lines) >= 2 for cell in cells) < 2:
        return [cells]
    if any(len(cell.paragraphs()) < len(cell.lines) or _outline(cell.lines) for cell in cells):
        return [cells]
    levels: list[float] = []  # the tops of the row's lines, one per printed line of the row
    for line in sorted((line for cell in cells for line in cell.lines), key=lambda line: line.top):
        if not levels or line.top - levels[-1] > SAME_LINE * line.size:
            levels.append(line.top)
    out: list[list[_Cell]] = [[_Cell(cell.box, []) for cell in cells] for _ in levels]
    for c, cell in enumerate(cells):
        for line in cell.lines:
            level = max(i for i, top in enumerate(levels) if line.top >= top - SAME_LINE * line.size)
            out[level][c].lines.append(line)
    if any(sum(bool(cell.lines) for cell in row) < 2 for row in out):
        return [cells]  # a line alone at its level stands between rows, or a cell's text runs on
    return out


def _outline(lines: list[_Line]) -> bool:
    return sum(LINE_MARKER.match(line.text) is not None for line in lines) >= 2


def _area(box: Box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _distance(glyph: dict[str, Any], cell: Box) -> float:
    x, y = _centre(glyph)
    return max(cell[0] - x, 0.0, x - cell[2]) + max(cell[1] - y, 0.0, y - cell[3])


def _wraps(above: _Line, line: _Line, left: float, right: float) -> bool:
    """Whether ``line`` goes on the paragraph of the printed line ``above`` it.

    The line above reaches the right margin, the next stands one line lower in the same size,
    and it starts where a paragraph's text goes on: left of the line above (an unbulleted
    paragraph's first line is indented), right of it (past a bullet: a hanging indent), or where
    the line above stood when that one was itself a continuation. A line opening with a bullet
    starts a paragraph, unless the line above runs the same bullets inside its sentence.
    """
    size = above.size
    if (
        above.x1 < right - MARGIN_SLACK * size
        or abs(line.size - size) > SAME_SIZE * size
        or not 0.8 * size <= above.y - line.y <= LINE_STEP * size
        or above.x1 - above.x0 < 0.5 * (right - left)
    ):
        return False
    level = abs(line.x0 - above.x0) <= SAME_COLUMN * size
    if level and not above.joined:
        return False
    marker = LINE_MARKER.match(line.text)
    if marker is None:
        return True
    bullet = marker.group("marker")
    return bullet in INLINE_BULLETS and bullet in above.text.lstrip()[1:]
