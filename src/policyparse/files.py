"""Published files (HWP 5, HWPX, PDF) told apart by their first bytes and read into one text.

What it decides: the format of a file from its content, never its name (a ``.hwp`` may be an
HWPX zip, an HWP 3 file or text-mangled bytes); which files are refused; and the text the
rest of the pipeline reads — one line per paragraph, NFC — with each PDF page's span in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .errors import PolicyParseError
from .hwp import HWP3_SIGNATURE, OLE_MAGIC, read_hwp
from .hwpx import ZIP_MAGIC, is_hwpx, read_hwpx
from .normalize import normalize
from .paragraphs import to_lines
from .pdf import is_pdf, read_pdf

FileFormat = Literal["hwp", "hwpx", "pdf"]

# The OLE magic after a text conversion replaced every byte >= 0x80 by U+FFFD (EF BF BD):
# "\ufffd\ufffd\x11\ufffd…" — the 0x11 of the magic survives.
MANGLED_OLE = b"\xef\xbf\xbd\xef\xbf\xbd\x11"


@dataclass
class FileText:
    """A file's text and, for PDF, the ``[start, end)`` of each page in it."""

    format: FileFormat
    text: str
    pages: list[tuple[int, int]] = field(default_factory=list)


def sniff(data: bytes) -> FileFormat | None:
    """The published format the bytes are in, or None for text and web pages.

    Files that look like one of these formats but cannot be read as it are refused here, with
    the reason: an HWP 3 file, an OLE or zip file of another kind, an OLE file mangled into text.
    """
    if data.startswith(OLE_MAGIC):
        return "hwp"
    if data.startswith(HWP3_SIGNATURE):
        raise PolicyParseError(
            "this is an HWP 3.x file, a legacy format policyparse does not read; save it as HWP 5 or HWPX",
            reason="unsupported-format",
        )
    if data.startswith(ZIP_MAGIC):
        if is_hwpx(data):
            return "hwpx"
        raise PolicyParseError(
            "a zip file that is no HWPX package (no 'application/hwp+zip' mimetype entry)",
            reason="unsupported-format",
        )
    if data.startswith(MANGLED_OLE):
        raise PolicyParseError(
            "damaged HWP file: its bytes went through a text conversion (every byte >= 0x80 became U+FFFD)",
            reason="damaged",
        )
    if is_pdf(data):
        return "pdf"
    return None


def read_file(data: bytes) -> FileText | None:
    """The text of an HWP, HWPX or PDF file (None when the bytes are text or a web page)."""
    kind = sniff(data)
    if kind is None:
        return None
    if kind == "pdf":
        texts = [normalize(page) for page in read_pdf(data)]
        pages, start = [], 0
        for page in texts:
            pages.append((start, start + len(page)))
            start += len(page) + 1
        return FileText("pdf", "\n".join(texts), pages)
    paragraphs = read_hwp(data) if kind == "hwp" else read_hwpx(data)
    return FileText(kind, normalize("\n".join(to_lines(paragraphs))))
