"""PDF files read into the text of each page, one line per paragraph (needs ``policyparse[pdf]``).

What it decides: whether the file has a text layer to read, the order of the text (the content
stream's, which for word-processor output is the document's own: pypdf keeps it, where
position-sorting readers interleave the columns of a two-column page), and where a printed
line only wraps its paragraph.
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator
from typing import Any

import regex

from .blocks import LINE_MARKER
from .errors import PolicyParseError

PDF_MAGIC = b"%PDF-"
END_MARKER = b"%%EOF"
MAX_PAGES = 5000

# A wrapped line reaches (nearly) the right margin: this share of the page's widest line.
WRAP_WIDTH_SHARE = 0.8
# A line that ends a sentence or a heading's colon ends its paragraph ("…점검했다.", "추진 내용:"), and so does
# a header field ending in a weekday or a time ("배포 2026. 1. 30.(금)", "보도일시 2031. 4. 7. 10:00").
PARAGRAPH_END = regex.compile(
    r"(?:(?:[.!?。:：]|[다요음함임됨][.]?)[”\"’'」』)]*|\([월화수목금토일]\)|(?<!\d)\d{1,2}:\d{2})\s*$"
)
# A printed line narrower than this (in columns, Hangul counting two) is no wrapped body line: an A4
# page of a release holds about 80.
MIN_WRAP_WIDTH = 50
# A page number or running chrome line: "- 4 -", "4 / 35".
PAGE_NUMBER = regex.compile(r"^\s*(?:[-–]\s*\d{1,4}\s*[-–]|\d{1,4}\s*/\s*\d{1,4})\s*$")
# Bullets that authors also run inside a sentence ("▲ A ▲ B", "△A △B").
INLINE_BULLETS = frozenset("▲△▷▶◇◆■□○●·•")
# Characters that take two columns in print: Hangul, CJK, full-width forms.
WIDE = regex.compile(r"[\p{Hangul}\p{Han}\u3000-\u303f\uff00-\uffef]")


def is_pdf(data: bytes) -> bool:
    """PDF files start with ``%PDF-`` (readers accept it within the first kilobyte)."""
    return PDF_MAGIC in data[:1024]


def read_pdf(data: bytes) -> list[str]:
    """The text of each page, paragraphs on lines of their own; ``PolicyParseError`` when refused."""
    try:
        import pypdf
    except ImportError:
        raise ImportError(
            "reading PDF files needs pypdf: pip install 'policyparse[pdf]'", name="pypdf"
        ) from None
    if END_MARKER not in data[-2048:]:
        raise PolicyParseError("truncated PDF file: its end (%%EOF) is gone", reason="truncated")
    try:
        with _quiet(logging.getLogger("pypdf")):
            return _read_pages(pypdf, data)
    except PolicyParseError:
        raise
    except Exception as exc:  # pypdf raises many types for damaged files
        raise PolicyParseError(f"damaged PDF file: {exc}", reason="damaged") from None


@contextlib.contextmanager
def _quiet(logger: logging.Logger) -> Iterator[None]:
    """pypdf logs what it repairs in damaged files; the caller gets an answer or an error instead."""
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read_pages(pypdf: Any, data: bytes) -> list[str]:
    """Each page's text; an encrypted PDF is read only when it opens without a password."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise PolicyParseError("a password-protected PDF cannot be read", reason="password-protected")
    if len(reader.pages) > MAX_PAGES:
        raise PolicyParseError(f"the PDF has more than {MAX_PAGES} pages", reason="too-large")
    pages = [page.extract_text() or "" for page in reader.pages]
    if not any(page.strip() for page in pages):
        raise PolicyParseError(
            "the PDF has no text layer (scanned images?); run OCR on it first", reason="no-text-layer"
        )
    return [_paragraph_lines(page) for page in pages]


def _paragraph_lines(page: str) -> str:
    """A page's printed lines with each wrapped line joined back onto its paragraph.

    A line continues the one above when that one reaches the right margin and ends no sentence,
    and it opens with no indent and no bullet. The join adds nothing: a printed line keeps the
    space it ended with, and Hancom PDFs break lines inside words.
    """
    lines = [line.rstrip("\n") for line in page.split("\n") if line.strip()]
    widest = max((_width(line) for line in lines), default=0)
    out: list[str] = []
    for above, line in zip(["", *lines], lines, strict=False):
        if out and _wraps(above, line, widest):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(line.rstrip() for line in out)


def _wraps(above: str, line: str, widest: int) -> bool:
    """Whether ``line`` continues the printed line ``above`` it.

    A line opening with a bullet starts a paragraph, except when the line above runs the same
    bullets inside its sentence ('… 고려해 ▲ A ▲ B' / '▲ C 등 …'): then the run only wrapped.
    """
    if (
        _width(above.rstrip()) < max(MIN_WRAP_WIDTH, WRAP_WIDTH_SHARE * widest)
        or PARAGRAPH_END.search(above)
        or PAGE_NUMBER.match(above)
        or PAGE_NUMBER.match(line)
        or line[:1].isspace()
    ):
        return False
    marker = LINE_MARKER.match(line)
    return marker is None or _runs_inline(marker.group("marker"), above)


def _runs_inline(marker: str, above: str) -> bool:
    """The bullet appears inside the line above, after some words: an inline run, not a line list."""
    return marker in INLINE_BULLETS and marker in above.lstrip()[1:]


def _width(line: str) -> int:
    return len(line) + len(WIDE.findall(line))
