"""HWPX files (OWPML, KS X 6101: a zip of XML parts) read into paragraphs.

What it decides: which parts are the sections and in what order (the package's spine, else
``Contents/section<N>.xml`` by number), and the paragraphs of each, with the tables, notes
and boxes anchored in them — the same tree the HWP reader builds, so twins agree.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
import zlib

import regex

from .errors import PolicyParseError
from .paragraphs import LINE_BREAK, Nested, Paragraph, Table

ZIP_MAGIC = b"PK\x03\x04"
MIMETYPE = b"application/hwp+zip"
# A zip's end-of-central-directory record; without it the file's end is gone.
END_OF_DIRECTORY = b"PK\x05\x06"

# Every OWPML namespace lives under this URI ("http://www.hancom.co.kr/hwpml/2011/paragraph").
HANCOM_NS = "http://www.hancom.co.kr/"
OPF_NS = "http://www.idpf.org/2007/opf/"

# "Contents/section12.xml"
SECTION_PART = regex.compile(r"Contents/section(\d{1,6})\.xml")
# A DTD in a part would let entities expand; OWPML never has one ("<!DOCTYPE", "<!ENTITY").
DOCTYPE = regex.compile(rb"<!(?:DOCTYPE|ENTITY)")

# What the mixed-content children of <hp:t> stand for.
INLINE_TEXT = {"tab": "\t", "lineBreak": LINE_BREAK, "nbSpace": " ", "fwSpace": " ", "hyphen": "-"}

# What zipfile raises for a damaged package (bad headers, an unknown or encrypted compression, bad data).
ZIP_ERRORS = (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError, zlib.error)

# Resource limits against zip bombs: bytes of all parts read, and of one part.
MAX_PACKAGE_BYTES = 256 * 1024 * 1024


def is_hwpx(data: bytes) -> bool:
    """A zip whose first entry is the OWPML ``mimetype`` (the convention of every HWPX writer)."""
    return data.startswith(ZIP_MAGIC) and MIMETYPE in data[:128]


def read_hwpx(data: bytes) -> list[Paragraph]:
    """The paragraphs of an HWPX package, every section in spine order; ``PolicyParseError`` when refused."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS:
        if END_OF_DIRECTORY not in data[-66_000:]:
            raise PolicyParseError(
                "truncated HWPX file: the zip's directory at its end is gone", reason="truncated"
            ) from None
        raise PolicyParseError("damaged HWPX file: not a readable zip", reason="damaged") from None
    with package:
        budget = [MAX_PACKAGE_BYTES]
        paragraphs: list[Paragraph] = []
        for name in _section_parts(package, budget):
            root = _xml(package, name, budget)
            for element in root:
                if _local(element) == "p":
                    paragraphs.append(_paragraph(element))
        return paragraphs


def _section_parts(package: zipfile.ZipFile, budget: list[int]) -> list[str]:
    names = set(package.namelist())
    spine: list[str] = []
    if "Contents/content.hpf" in names:
        root = _xml(package, "Contents/content.hpf", budget)
        hrefs = {
            item.get("id"): item.get("href", "")
            for item in root.iter()
            if _local(item) == "item" and item.get("id") is not None
        }
        for ref in root.iter():
            if _local(ref) == "itemref":
                href = hrefs.get(ref.get("idref"), "")
                name = href if href.startswith("Contents/") else f"Contents/{href}"
                if name in names and SECTION_PART.fullmatch(name) and name not in spine:
                    spine.append(name)
    if not spine:
        numbered = [(int(m.group(1)), n) for n in names if (m := SECTION_PART.fullmatch(n))]
        spine = [name for _number, name in sorted(numbered)]
    if not spine:
        raise PolicyParseError("damaged HWPX file: the package has no section part", reason="damaged")
    return spine


def _xml(package: zipfile.ZipFile, name: str, budget: list[int]) -> ET.Element:
    data = _read_capped(package, name, budget)
    if DOCTYPE.search(data[:4096]):
        raise PolicyParseError(f"damaged HWPX file: {name} declares a DTD", reason="damaged")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise PolicyParseError(f"damaged HWPX file: {name} is not well-formed XML ({exc})", reason="damaged") from None


def _read_capped(package: zipfile.ZipFile, name: str, budget: list[int]) -> bytes:
    """A part's bytes, never more than the budget left, whatever its header claims."""
    chunks = []
    try:
        with package.open(name) as part:
            while chunk := part.read(1 << 20):
                budget[0] -= len(chunk)
                if budget[0] < 0:
                    break
                chunks.append(chunk)
    except ZIP_ERRORS as exc:
        raise PolicyParseError(f"damaged HWPX file: {name} cannot be read ({exc})", reason="damaged") from None
    if budget[0] < 0:
        raise PolicyParseError(
            f"the HWPX package decompresses to more than {MAX_PACKAGE_BYTES // 2**20} MB", reason="too-large"
        )
    return b"".join(chunks)


def _local(element: ET.Element) -> str:
    """The element's name without its namespace, for Hancom's namespaces ("" for any other)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    if tag.startswith("{"):
        uri, _, name = tag[1:].partition("}")
        return name if uri.startswith((HANCOM_NS, OPF_NS)) else ""
    return tag


def _paragraph(element: ET.Element) -> Paragraph:
    parts: list[str] = []
    anchored: list[Table | Nested] = []
    for run in element:
        if _local(run) != "run":
            continue
        for child in run:
            name = _local(child)
            if name == "t":
                parts.append(_text(child))
            elif name == "tbl":
                anchored.append(_table(child))
            elif name != "secPr":
                inner = [p for sub in _sublists(child) for p in _sublist_paragraphs(sub)]
                if inner:
                    anchored.append(Nested(inner))
    return Paragraph("".join(parts), anchored)


def _text(element: ET.Element) -> str:
    """``<hp:t>``: its text, its inline children (tab, spaces, hyphen) and every child's tail."""
    parts = [element.text or ""]
    for child in element:
        parts.append(INLINE_TEXT.get(_local(child), ""))
        parts.append(child.tail or "")
    return "".join(parts)


def _table(element: ET.Element) -> Table:
    rows = []
    for row in element:
        if _local(row) != "tr":
            continue
        cells = []
        for cell in row:
            if _local(cell) == "tc":
                cells.append([p for sub in _sublists(cell) for p in _sublist_paragraphs(sub)])
        rows.append(cells)
    return Table(rows)


def _sublists(element: ET.Element) -> list[ET.Element]:
    """The outermost ``<hp:subList>``s below an element (a note's body, a cell, a text box)."""
    found = []
    stack = list(reversed(list(element)))
    while stack:
        node = stack.pop()
        if _local(node) == "subList":
            found.append(node)
        else:
            stack.extend(reversed(list(node)))
    return found


def _sublist_paragraphs(sublist: ET.Element) -> list[Paragraph]:
    return [_paragraph(p) for p in sublist if _local(p) == "p"]
