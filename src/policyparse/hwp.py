"""HWP 5.x files (an OLE compound file of record streams) read into paragraphs.

What it decides: whether the file may be read at all (a protected, legacy or damaged file is
refused with the reason), and the paragraphs of its ``BodyText`` sections in the order the file
holds them. It never decrypts and never returns a protected document's decoy paragraph.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

from .errors import PolicyParseError
from .paragraphs import LINE_BREAK, Nested, Paragraph, Table

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SIGNATURE = b"HWP Document File"
HWP3_SIGNATURE = b"HWP Document File V3"

# FileHeader property bits (HWP 5.0 format, "FileHeader" stream, offset 36).
COMPRESSED = 1 << 0
PASSWORD = 1 << 1
DISTRIBUTION = 1 << 2
DRM = 1 << 4

# Record tags in BodyText streams.
PARA_HEADER = 66
PARA_TEXT = 67
CTRL_HEADER = 71
LIST_HEADER = 72
TABLE = 77

# Control ids (the first four bytes of a CTRL_HEADER, reversed).
TABLE_CONTROL = "tbl "
NOTE_CONTROLS = frozenset({"fn  ", "en  "})

# Character controls of PARA_TEXT that take one code unit, and what they stand for.
CHAR_CONTROLS = {10: LINE_BREAK, 24: "-", 30: " ", 31: " "}
# Controls that take eight code units (the code, six units of data, the code again).
INLINE_CONTROLS = frozenset({4, 5, 6, 7, 8, 9, 19, 20})
EXTENDED_CONTROLS = frozenset({1, 2, 3, 11, 12, 14, 15, 16, 17, 18, 21, 22, 23})
TAB = 9
PARAGRAPH_END = 13

# Resource limits against hostile files: decompressed bytes of all sections, records of all sections.
MAX_SECTION_BYTES = 256 * 1024 * 1024
MAX_RECORDS = 5_000_000


@dataclass
class _Record:
    tag: int
    level: int
    payload: bytes
    children: list[_Record] = field(default_factory=list)


def read_hwp(data: bytes) -> list[Paragraph]:
    """The paragraphs of an HWP 5.x file, every section in order; ``PolicyParseError`` when refused."""
    import olefile

    try:
        ole = olefile.OleFileIO(data)
    except Exception as exc:  # olefile raises its own and OSError subclasses for damaged headers
        raise PolicyParseError(f"damaged HWP file: not a readable compound file ({exc})", reason="damaged") from None
    with ole:
        flags = _file_header(ole)
        if flags & DISTRIBUTION:
            raise PolicyParseError(
                "a distribution-protected (배포용) HWP document: its author protected the text; it is not read",
                reason="distribution-protected",
            )
        if flags & PASSWORD:
            raise PolicyParseError("a password-protected HWP document cannot be read", reason="password-protected")
        if flags & DRM:
            raise PolicyParseError("a DRM-protected HWP document cannot be read", reason="password-protected")
        paragraphs: list[Paragraph] = []
        budget = _Budget()
        for name in _section_names(ole):
            stream = _read_stream(ole, name)
            if flags & COMPRESSED:
                stream = _inflate(stream, name, budget)
            else:
                budget.spend(len(stream))
            paragraphs.extend(_paragraphs(_tree(_records(stream, name, budget))))
        return paragraphs


class _Budget:
    """Decompressed bytes and records left before a file counts as hostile."""

    def __init__(self) -> None:
        self.bytes = MAX_SECTION_BYTES
        self.records = MAX_RECORDS

    def spend(self, size: int) -> None:
        self.bytes -= size
        if self.bytes < 0:
            raise PolicyParseError(
                f"the HWP sections decompress to more than {MAX_SECTION_BYTES // 2**20} MB", reason="too-large"
            )


def _file_header(ole: object) -> int:
    try:
        header = ole.openstream("FileHeader").read()  # type: ignore[attr-defined]
    except Exception:
        raise PolicyParseError(
            "not an HWP file: the compound file has no FileHeader", reason="unsupported-format"
        ) from None
    if not header.startswith(SIGNATURE) or len(header) < 40:
        raise PolicyParseError("not an HWP file: its FileHeader has no HWP signature", reason="unsupported-format")
    (version,) = struct.unpack_from("<I", header, 32)
    if version >> 24 != 5:
        raise PolicyParseError(f"HWP version {version >> 24}.x is not read (only 5.x)", reason="unsupported-format")
    (flags,) = struct.unpack_from("<I", header, 36)
    return flags


def _section_names(ole: object) -> list[str]:
    sections = []
    for path in ole.listdir():  # type: ignore[attr-defined]
        if len(path) == 2 and path[0] == "BodyText" and path[1].startswith("Section") and path[1][7:].isdigit():
            sections.append((int(path[1][7:]), "/".join(path)))
    if not sections:
        raise PolicyParseError("damaged HWP file: it has no BodyText section", reason="damaged")
    return [name for _number, name in sorted(sections)]


def _read_stream(ole: object, name: str) -> bytes:
    try:
        size = ole.get_size(name)  # type: ignore[attr-defined]
        data = ole.openstream(name).read()  # type: ignore[attr-defined]
    except Exception as exc:
        raise PolicyParseError(f"damaged HWP file: {name} cannot be read ({exc})", reason="damaged") from None
    if len(data) < size:
        raise PolicyParseError(
            f"truncated HWP file: {name} holds {len(data)} of its {size} bytes", reason="truncated"
        )
    return data


def _inflate(data: bytes, name: str, budget: _Budget) -> bytes:
    """Raw deflate, capped; a stream that stops before its end is a truncated file, not a short one."""
    inflater = zlib.decompressobj(-15)
    try:
        out = inflater.decompress(data, budget.bytes + 1)
    except zlib.error as exc:
        raise PolicyParseError(f"damaged HWP file: {name} does not inflate ({exc})", reason="damaged") from None
    budget.spend(len(out))
    if not inflater.eof:
        if inflater.unconsumed_tail:
            budget.spend(budget.bytes + 1)
        raise PolicyParseError(f"truncated HWP file: {name} ends inside its compressed data", reason="truncated")
    return out


def _records(data: bytes, name: str, budget: _Budget) -> list[_Record]:
    records = []
    pos, end = 0, len(data)
    while pos < end:
        if pos + 4 > end:
            raise PolicyParseError(f"truncated HWP file: {name} ends inside a record header", reason="truncated")
        (header,) = struct.unpack_from("<I", data, pos)
        pos += 4
        size = header >> 20
        if size == 0xFFF:
            if pos + 4 > end:
                raise PolicyParseError(f"truncated HWP file: {name} ends inside a record header", reason="truncated")
            (size,) = struct.unpack_from("<I", data, pos)
            pos += 4
        if pos + size > end:
            raise PolicyParseError(f"truncated HWP file: a record of {name} runs past its end", reason="truncated")
        records.append(_Record(header & 0x3FF, (header >> 10) & 0x3FF, data[pos : pos + size]))
        pos += size
        budget.records -= 1
        if budget.records < 0:
            raise PolicyParseError(f"the HWP file holds more than {MAX_RECORDS} records", reason="too-large")
    return records


def _tree(records: list[_Record]) -> list[_Record]:
    """Records nested by level: a record belongs to the nearest record one level up before it."""
    roots: list[_Record] = []
    stack: list[_Record] = []
    for record in records:
        while stack and stack[-1].level >= record.level:
            stack.pop()
        (stack[-1].children if stack else roots).append(record)
        stack.append(record)
    return roots


def _paragraphs(records: list[_Record]) -> list[Paragraph]:
    return [_paragraph(record) for record in records if record.tag == PARA_HEADER]


def _paragraph(record: _Record) -> Paragraph:
    text = ""
    anchored: list[Table | Nested] = []
    for child in record.children:
        if child.tag == PARA_TEXT:
            text = paragraph_text(child.payload)
        elif child.tag == CTRL_HEADER:
            thing = _control(child)
            if thing is not None:
                anchored.append(thing)
    return Paragraph(text, anchored)


def _control(record: _Record) -> Table | Nested | None:
    ident = record.payload[:4][::-1].decode("latin-1")
    lists = _lists(record.children)
    if ident == TABLE_CONTROL:
        rows: dict[int, list[list[Paragraph]]] = {}
        for header, paragraphs in lists:
            row = struct.unpack_from("<H", header.payload, 10)[0] if len(header.payload) >= 12 else 0
            rows.setdefault(row, []).append(paragraphs)
        return Table([rows[row] for row in sorted(rows)])
    paragraphs = [p for _header, ps in lists for p in ps]
    return Nested(paragraphs) if paragraphs else None


def _lists(records: list[_Record]) -> list[tuple[_Record, list[Paragraph]]]:
    """Each LIST_HEADER with the paragraphs after it (a table cell, a note, a text box), found at
    any depth below a control: a text box keeps its list under its shape records."""
    found: list[tuple[_Record, list[Paragraph]]] = []
    for record in records:
        if record.tag == LIST_HEADER:
            found.append((record, []))
        elif record.tag == PARA_HEADER and found:
            found[-1][1].append(_paragraph(record))
        elif record.tag not in (PARA_HEADER, CTRL_HEADER):
            found.extend(_lists(record.children))
    return found


def paragraph_text(payload: bytes) -> str:
    """A PARA_TEXT record as text: eight-unit controls dropped, tab kept, char controls mapped."""
    units = struct.unpack(f"<{len(payload) // 2}H", payload[: len(payload) // 2 * 2])
    out: list[str] = []
    start = i = 0
    n = len(units)
    while i < n:
        unit = units[i]
        if unit >= 32:
            i += 1
            continue
        if start < i:
            out.append(_utf16(units[start:i]))
        if unit in INLINE_CONTROLS or unit in EXTENDED_CONTROLS:
            if unit == TAB:
                out.append("\t")
            i += 8
        elif unit == PARAGRAPH_END:
            i = n
        else:
            out.append(CHAR_CONTROLS.get(unit, ""))
            i += 1
        start = i
    if start < n:
        out.append(_utf16(units[start:n]))
    return "".join(out)


def _utf16(units: tuple[int, ...]) -> str:
    return struct.pack(f"<{len(units)}H", *units).decode("utf-16-le", errors="surrogatepass")
