"""HWPX packages and PDF files built by the tests themselves, so the format readers are tested
without ../shared: a release of our own words, written the way Hancom's writers lay them out."""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
HS = "http://www.hancom.co.kr/hwpml/2011/section"
OPF = "http://www.idpf.org/2007/opf/"

# A paragraph is a string, or a dict: {"text": …, "table": [[cell, …], …], "note": [paragraph, …]}
# where a cell is a list of paragraph strings; "\n" in a text is a line break typed inside it.


def _p(paragraph: str | dict) -> str:
    if isinstance(paragraph, str):
        paragraph = {"text": paragraph}
    runs = []
    text = paragraph.get("text", "")
    inner = "<hp:lineBreak/>".join(
        "<hp:tab/>".join(escape(part) for part in line.split("\t")) for line in text.split("\n")
    )
    runs.append(f'<hp:run charPrIDRef="0"><hp:t>{inner}</hp:t></hp:run>')
    if "table" in paragraph:
        rows = "".join(
            "<hp:tr>"
            + "".join(
                "<hp:tc><hp:subList>" + "".join(_p(p) for p in cell) + "</hp:subList></hp:tc>" for cell in row
            )
            + "</hp:tr>"
            for row in paragraph["table"]
        )
        runs.append(f'<hp:run charPrIDRef="0"><hp:tbl rowCnt="{len(paragraph["table"])}">{rows}</hp:tbl></hp:run>')
    if "note" in paragraph:
        body = "".join(_p(p) for p in paragraph["note"])
        runs.append(f'<hp:run charPrIDRef="0"><hp:ctrl><hp:footNote number="1"><hp:subList>{body}'
                    "</hp:subList></hp:footNote></hp:ctrl></hp:run>")
    return f'<hp:p paraPrIDRef="0">{"".join(runs)}<hp:linesegarray/></hp:p>'


def _section(paragraphs: list[str | dict]) -> bytes:
    settings = (
        '<hp:p><hp:run charPrIDRef="0"><hp:secPr><hp:footNotePr><hp:autoNumFormat type="DIGIT"/>'
        "</hp:footNotePr></hp:secPr></hp:run></hp:p>"
    )
    body = settings + "".join(_p(p) for p in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="{HS}" xmlns:hp="{HP}">{body}</hs:sec>').encode()


def make_hwpx(*sections: list[str | dict], spine: bool = True, reverse_parts: bool = False) -> bytes:
    """An HWPX package: mimetype first and stored, one section part per argument, a content.hpf spine."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/hwp+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("version.xml", '<?xml version="1.0"?><hv:HCFVersion xmlns:hv="x" xmlVersion="1.5"/>')
        names = [f"Contents/section{i}.xml" for i in range(len(sections))]
        order = list(reversed(range(len(sections)))) if reverse_parts else range(len(sections))
        for i in order:
            z.writestr(names[i], _section(sections[i]))
        if spine:
            items = "".join(f'<opf:item id="section{i}" href="{n}" media-type="application/xml"/>'
                            for i, n in enumerate(names))
            refs = "".join(f'<opf:itemref idref="section{i}"/>' for i in range(len(sections)))
            z.writestr(
                "Contents/content.hpf",
                f'<?xml version="1.0"?><opf:package xmlns:opf="{OPF}"><opf:manifest>{items}</opf:manifest>'
                f"<opf:spine>{refs}</opf:spine></opf:package>",
            )
    return out.getvalue()


# A PDF page entry is a line of text, {"squeezed": text} for a justified line with no space glyphs,
# RULE, or a ruled table: {"table": [[cell, …], …]} where a cell is
# the lines printed in it; with "boxes": True each column is a framed box of its own, a gap apart,
# as a word processor draws a table whose cells keep a spacing.
RULE = {"rule": True}  # a page entry: the rule over the notes at a page's foot
RAISED = re.compile(r"\{([^}]*)\}")
COLUMN = 150  # points from one table column (or tab stop) to the next
LEADING = 14  # points from one printed line to the next


def make_pdf(pages: list[list[str | dict]], *, width_chars: int = 40) -> bytes:
    """A PDF whose pages print these lines, top to bottom, in a Type0 font with a ToUnicode map
    (as Hancom PDF writes Korean), no font program embedded: text extraction needs none. Every
    glyph is one size wide (10 pt), so lines of equal length reach the same right margin; a
    table's cells are ruled with rectangles, as Hancom draws them."""
    printed = [line for page in pages for entry in page for line in _entry_lines(entry)]
    chars = sorted({ch for line in printed for ch in line if ch != "\t"})
    cid = {ch: i + 1 for i, ch in enumerate(chars)}
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def show(text: str, x: float, y: float) -> str:
        # leading spaces become an indent of half a size each, as writers position indented lines;
        # text in braces is printed raised and smaller, as a note's reference ('경상수입{1)}')
        drawn = text.lstrip(" ")
        x += 5 * (len(text) - len(drawn))
        ops = []
        for n, part in enumerate(RAISED.split(drawn)):
            size, rise = (7, 3) if n % 2 else (10, 0)
            codes = "".join(f"{cid[ch]:04X}" for ch in part)
            ops.append(f"/F1 {size} Tf 1 0 0 1 {x} {y + rise} Tm <{codes}> Tj")
            x += size * len(part)
        return "\n".join(ops)

    bfchar = "".join(f"<{cid[ch]:04X}> <{ord(ch):04X}>\n" for ch in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchar}endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    tounicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    descriptor = add(b"<< /Type /FontDescriptor /FontName /Synthetic /Flags 4 /FontBBox [0 0 1000 1000] "
                     b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
    cidfont = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Synthetic /CIDSystemInfo "
                  b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R "
                  b"/DW 1000 >>" % descriptor)
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /Synthetic /Encoding /Identity-H "
               b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cidfont, tounicode))
    pages_id = len(objects) + 2 * len(pages) + 1
    page_ids = []
    for page in pages:
        ops, rules = ["BT", "/F1 10 Tf"], []
        y = 800.0
        for entry in page:
            if entry == RULE:  # a short rule at the left margin, as Hancom draws over a page's notes
                rules.append(f"47 {y + 5} 120 0.5 re f")
                y -= LEADING
                continue
            if "squeezed" in entry:
                # a justified line as Hancom fits it: syllables overlap by 1.5 pt, no space glyph
                # between words, only a gap 0.18 of a size wide
                x = 50.0
                for ch in entry["squeezed"]:
                    if ch == " ":
                        x += 3.3
                        continue
                    ops.append(f"1 0 0 1 {x:.2f} {y} Tm <{cid[ch]:04X}> Tj")
                    x += 10 - 1.5
                y -= LEADING
                continue
            if isinstance(entry, str):
                # parts between tabs are table cells without rules, each at its own column
                for column, part in enumerate(entry.split("\t")):
                    ops.append(show(part, 50 + COLUMN * column, y))
                y -= LEADING
                continue
            gap = 10 if entry.get("boxes") else 0
            for row in entry["table"]:
                height = LEADING * max(len(cell) for cell in row) + 6
                for column, cell in enumerate(row):
                    x = 50 + COLUMN * column
                    rules.append(f"{x - 3} {y - height + 10} {COLUMN - gap} {height} re S")
                    for n, line in enumerate(cell):
                        ops.append(show(line, x, y - LEADING * n))
                y -= height
        ops.append("ET")
        stream = "\n".join(ops + rules).encode()
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)))
    kids = " ".join(f"{i} 0 R" for i in page_ids).encode()
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = io.BytesIO()
    out.write(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref))
    return out.getvalue()


def _entry_lines(entry: str | dict) -> list[str]:
    if isinstance(entry, str):
        return ["".join(RAISED.split(entry))]
    if entry == RULE:
        return []
    if "squeezed" in entry:
        return [entry["squeezed"].replace(" ", "")]
    return [line for row in entry["table"] for cell in row for line in cell]
