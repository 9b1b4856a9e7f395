"""PDF files read into the text of each page, one line per paragraph (needs ``policyparse[pdf]``).

What it decides: whether the file has a text layer to read; the order of the text (the content
stream's, which for word-processor output is the document's own — position-sorting interleaves
the columns of a two-column page); where a space stands (from the gap between two glyphs:
justified Hancom lines print no space glyphs); and where a printed line only wraps its paragraph
(it reaches the right margin and the next line goes on at the paragraph's text, not a bullet).
pdfminer.six gives each glyph with its box, in stream order.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .blocks import LINE_MARKER
from .errors import PolicyParseError
from .paragraphs import CELL_SEPARATOR

PDF_MAGIC = b"%PDF-"
END_MARKER = b"%%EOF"
MAX_PAGES = 5000

# Glyphs on one printed line: baselines closer than this share of the font size.
SAME_LINE = 0.5
# A gap wider than this share of the font size between two glyphs is a space.
SPACE_GAP = 0.2
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
    text: str
    joined: bool = False


def read_pdf(data: bytes) -> list[str]:
    """The text of each page, paragraphs on lines of their own; ``PolicyParseError`` when refused."""
    try:
        import pdfminer  # noqa: F401
    except ImportError:
        raise ImportError(
            "reading PDF files needs pdfminer.six: pip install 'policyparse[pdf]' "
            "(from a clone: pip install -e '.[pdf]')",
            name="pdfminer",
        ) from None
    if END_MARKER not in data[-2048:]:
        raise PolicyParseError("truncated PDF file: its end (%%EOF) is gone", reason="truncated")
    try:
        with _quiet(logging.getLogger("pdfminer")):
            pages = [_page_text(lines) for lines in _printed_lines(data)]
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


def _printed_lines(data: bytes) -> Iterator[list[_Line]]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect:
        raise PolicyParseError("a password-protected PDF cannot be read", reason="password-protected") from None
    resources = PDFResourceManager(caching=True)
    device = PDFPageAggregator(resources, laparams=None)  # no layout analysis: glyphs in stream order
    interpreter = PDFPageInterpreter(resources, device)
    for number, page in enumerate(PDFPage.create_pages(document), 1):
        if number > MAX_PAGES:
            raise PolicyParseError(f"the PDF has more than {MAX_PAGES} pages", reason="too-large")
        interpreter.process_page(page)
        yield _lines(_glyphs(device.get_result()))


def _glyphs(container: Any) -> Iterator[Any]:
    from pdfminer.layout import LTChar, LTContainer

    for thing in container:
        if isinstance(thing, LTChar):
            yield thing
        elif isinstance(thing, LTContainer):
            yield from _glyphs(thing)


def _lines(glyphs: Iterator[Any]) -> list[_Line]:
    """Glyphs gathered into printed lines, in the order the page draws them."""
    lines: list[_Line] = []
    line: _Line | None = None
    for glyph in glyphs:
        text = glyph.get_text()
        size = glyph.size or 1.0
        if (
            line is not None
            and abs(glyph.y0 - line.y) <= SAME_LINE * max(size, line.size)
            and glyph.x0 >= line.x1 - BACKWARDS * size
        ):
            gap = glyph.x0 - line.x1
            if gap > CELL_GAP * size and not text.isspace():
                line.text = line.text.rstrip(" ") + CELL_SEPARATOR
            elif gap > SPACE_GAP * size and not line.text.endswith(" ") and not text.isspace():
                line.text += " "
            line.text += text
            line.x1 = max(line.x1, glyph.x1)
            continue
        if text.isspace():
            continue
        line = _Line(glyph.x0, glyph.x1, glyph.y0, size, text)
        lines.append(line)
    return lines


def _page_text(lines: list[_Line]) -> str:
    """The page's lines with each wrapped line joined back onto its paragraph, indents as spaces."""
    if not lines:
        return ""
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    out: list[str] = []
    above: _Line | None = None
    for line in lines:
        text = line.text.rstrip()
        if above is not None and _wraps(above, line, left, right):
            line.joined = True
            out[-1] += (" " if above.text.endswith(" ") else "") + text  # else a word broke at the margin
        else:
            indent = min(MAX_INDENT, round((line.x0 - left) / (INDENT_UNIT * line.size)))
            out.append(" " * indent + text)
        above = line
    return "\n".join(line.rstrip() for line in out)


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
