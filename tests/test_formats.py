"""HWP 5, HWPX and PDF files: told apart by their bytes, read into one text, refused with a reason.

The synthetic files are built here (tests/synthetic_files.py); the real samples of ../shared/formats
are checked against their manifest when the folder is beside the repository.
"""

from __future__ import annotations

import io
import json
import re
import struct
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import policyparse
from policyparse import Parser, PolicyDocument, PolicyParseError, parse
from policyparse.files import sniff
from policyparse.hwp import paragraph_text
from policyparse.paragraphs import Nested, Paragraph, Table, to_lines
from synthetic_files import RULE, make_hwpx, make_pdf

FORMATS = Path(__file__).resolve().parents[2] / "shared" / "formats"
needs_samples = pytest.mark.skipif(not (FORMATS / "manifest.json").exists(), reason="../shared/formats is absent")
MANIFEST = json.loads((FORMATS / "manifest.json").read_text(encoding="utf-8")) if FORMATS.exists() else []
REASONS = {
    "refuse-distribution": "distribution-protected",
    "refuse-password": "password-protected",
    "refuse-hwp3": "unsupported-format",
    "error-truncated": "truncated",
    "error-not-ole": "damaged",
}
DECOY = "상위 버전의 배포용 문서"

RELEASE = [
    "보도자료",
    "보도일시 | 2031. 4. 7.(월) 10:00",
    "해솔시, 미래 산업 3대 전략 발표",
    "□ 해솔시는 7일 3대 전략으로 ▲수소 경제 ▲반도체 소재 ▲바이오 헬스를 제시했다.",
    " ○ 시는 2035년까지 세 분야에 예산을 집중 투자할 계획이다.",
]


def _fixtures(expect: str | None = None) -> list[dict]:
    return [f for f in MANIFEST if expect is None or f["expect"] == expect]


def _expected_lines(name: str) -> list[str]:
    lines = (FORMATS / f"{name}.expected.txt").read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("# ---"))
    return [line for line in lines[start + 1 :] if line.strip()]


def _squash(text: str, *, pdf: bool) -> str:
    """PDFs compare without whitespace (the reference glues words) and without our cell separators,
    and with a lone U+119E as the middle dot U+318D the reader gives for it (the HWP twin's letter;
    the reference keeps the text map's conjoining form)."""
    if not pdf:
        return " ".join(text.split())
    return re.sub(r"(?<![\u1100-\u115f])\u119e", "\u318d", re.sub(r"[\s|]+", "", text))


def _in_order(lines: list[str], text: str) -> int:
    """How many of ``lines`` stand in ``text`` in their order: the longest run of them, in order,
    each at one of its places. A note that moves to its anchor costs its own lines, not every line
    it jumps over."""
    places = [[m.start() for m in re.finditer(re.escape(line), text)] for line in lines]
    best: dict[int, int] = {}  # a place a line stands at → the longest ordered run ending there
    for spots in places:
        ends = {at: 1 + max((n for end, n in best.items() if end < at), default=0) for at in spots}
        for at, n in ends.items():
            best[at] = max(best.get(at, 0), n)
    return max(best.values(), default=0)


# --- the shared paragraph tree -------------------------------------------------------------------


def test_a_table_row_of_several_cells_is_one_line_and_a_one_cell_box_keeps_its_paragraphs():
    box = Table([[[Paragraph("□ 첫째 항목이다."), Paragraph(" ○ 그 아래 내용이다.")]]])
    grid = Table(
        [[[Paragraph("구분")], [Paragraph("예산")]], [[Paragraph("수소")], [Paragraph("10억"), Paragraph("원")]]]
    )
    note = Nested([Paragraph("각주의 본문이다.")])
    lines = to_lines([Paragraph("본문 문단이다.", [note, box, grid]), Paragraph("   "), Paragraph("끝.")])
    assert lines == ["본문 문단이다.", "각주의 본문이다.", "□ 첫째 항목이다.", " ○ 그 아래 내용이다.",
                     "구분 | 예산", "수소 | 10억 원", "끝."]


def test_a_footnote_inside_a_cell_follows_its_row():
    cell = [Paragraph("경상수입", [Nested([Paragraph("조세수입과 세외수입이다.")])])]
    lines = to_lines([Paragraph("", [Table([[cell, [Paragraph("19")]]])])])
    assert lines == ["경상수입 | 19", "조세수입과 세외수입이다."]


def test_a_line_break_before_a_bullet_starts_a_line_and_any_other_break_is_a_space():
    item = Paragraph("ㅇ 정비 사업 : 5억원\n   - 노후 관로 교체\n  연차 추진\n\n- 점검 체계 마련")
    assert to_lines([item]) == ["ㅇ 정비 사업 : 5억원", "   - 노후 관로 교체 연차 추진", "- 점검 체계 마련"]
    row = Table([[[Paragraph("구분")], [Paragraph("정비\n- 교체")]]])
    assert to_lines([Paragraph("", [row])]) == ["구분 | 정비 - 교체"]


def test_an_hwpx_line_break_before_a_bullet_reads_as_the_page_shows_it():
    text = parse(make_hwpx(["□ 추진 과제 : 3억원\n - 하천 정비\n - 수질 관리"])).text
    assert text.splitlines() == ["□ 추진 과제 : 3억원", " - 하천 정비", " - 수질 관리"]


def _units(*parts: str | list[int]) -> bytes:
    """A PARA_TEXT payload: text as UTF-16LE, lists as raw code units."""
    out = b""
    for part in parts:
        out += part.encode("utf-16-le") if isinstance(part, str) else struct.pack(f"<{len(part)}H", *part)
    return out


def test_hwp_paragraph_text_drops_controls_and_keeps_tabs_breaks_and_astral_characters():
    table = [11, 0x6274, 0x206C, 0, 0, 0, 0, 11]  # an extended control: 8 units pointing at a table
    tab = [9, 0, 0, 0, 0, 0, 0, 9]
    payload = _units("□ 목차", tab, "3", table, [10], "둘째 줄", [24], "끝", [30], "\U000f02b1", [13])
    assert paragraph_text(payload) == "□ 목차\t3\n둘째 줄-끝 \U000f02b1"


# --- synthetic HWPX and PDF ----------------------------------------------------------------------


def test_an_hwpx_release_reads_like_its_text():
    doc = parse(make_hwpx(RELEASE))
    assert doc.source.format == "hwpx"
    assert doc.text == "\n".join(RELEASE)
    [strategies] = doc.enumerations
    assert [item.text for item in strategies.items] == ["수소 경제", "반도체 소재", "바이오 헬스"]
    assert doc.published.date.isoformat() == "2031-04-07" and doc.published.time.hour == 10


def test_hwpx_keeps_tabs_tables_and_footnotes_and_drops_section_settings():
    first = [{"text": "목차\t3", "note": ["각주의 본문이다."]}]
    second = [{"text": "", "table": [[["담당 부서"], ["미래산업과"], ["담당자"], ["주무관 김하늘 (031-123-4567)"]]]}]
    doc = parse(make_hwpx(first, second))
    row = "담당 부서 | 미래산업과 | 담당자 | 주무관 김하늘 (031-123-4567)"
    assert doc.text.split("\n") == ["목차\t3", "각주의 본문이다.", row]
    assert doc.department.text == "미래산업과"
    assert doc.contact.text == "031-123-4567"


def test_hwpx_sections_follow_the_spine_or_their_numbers():
    sections = (["첫째 구역이다."], ["둘째 구역이다."], ["셋째 구역이다."])
    for package in (make_hwpx(*sections), make_hwpx(*sections, spine=False, reverse_parts=True)):
        assert parse(package).text == "첫째 구역이다.\n둘째 구역이다.\n셋째 구역이다."


def test_a_pdf_is_read_page_by_page_with_the_span_of_each_page():
    pages = [RELEASE[:3], RELEASE[3:]]
    doc = parse(make_pdf(pages))
    assert doc.source.format == "pdf"
    assert [p.number for p in doc.pages] == [1, 2]
    for page, lines in zip(doc.pages, pages, strict=True):
        assert doc.text[page.span.start : page.span.end] == "\n".join(lines)
    assert [item.text for item in doc.enumerations[0].items] == ["수소 경제", "반도체 소재", "바이오 헬스"]


def test_a_pdf_line_that_only_wraps_its_paragraph_is_joined_back():
    # glyphs are 10 pt wide: the 1st, 3rd and 5th lines end within 15 pt of the right margin
    lines = [
        "  해솔시는 올해 새로 마련한 산업 육성 계획에 따라 수소 경제와 반도",  # an indented first line …
        "체 소재를 함께 키운다.",  # … goes on at the margin, in the middle of a word
        "□ 시는 이어서 ▲수소 경제 ▲반도체 소재 ▲바이오 헬스 ▲미래 차량 ",  # a bullet's line …
        "  ▲우주 항공 등 5대 산업을 선정했다.",  # … goes on past the bullet, its inline run too
        "□ 시는 올해 안에 세부 계획을 세우고 내년부터 사업을 차례로 시작한다",
        "□ 다음 문단은 앞 문단의 마지막 줄 아래에서 새로 시작한다.",  # a bullet starts a paragraph
        "  - 1 -",
    ]
    text = parse(make_pdf([lines])).text
    assert text.split("\n") == [
        "  해솔시는 올해 새로 마련한 산업 육성 계획에 따라 수소 경제와 반도체 소재를 함께 키운다.",
        "□ 시는 이어서 ▲수소 경제 ▲반도체 소재 ▲바이오 헬스 ▲미래 차량 ▲우주 항공 등 5대 산업을 선정했다.",
        "□ 시는 올해 안에 세부 계획을 세우고 내년부터 사업을 차례로 시작한다",
        "□ 다음 문단은 앞 문단의 마지막 줄 아래에서 새로 시작한다.",
        "  - 1 -",
    ]


def test_the_format_comes_from_the_bytes_never_the_name(tmp_path):
    named_wrong = tmp_path / "보도자료.hwp"
    named_wrong.write_bytes(make_hwpx(RELEASE))
    as_text = tmp_path / "release.txt"
    as_text.write_bytes(make_pdf([RELEASE]))
    assert parse(named_wrong).source.format == "hwpx"
    assert parse(as_text).source.format == "pdf"
    assert sniff("보도자료".encode()) is None


def test_a_pdf_without_text_is_refused_as_having_no_text_layer():
    with pytest.raises(PolicyParseError) as caught:
        parse(make_pdf([[], []]))
    assert caught.value.reason == "no-text-layer"


def test_an_encrypted_pdf_is_read_only_when_it_opens_without_a_password():
    import pypdf

    def encrypted(user_password: str) -> bytes:
        writer = pypdf.PdfWriter()
        for page in pypdf.PdfReader(io.BytesIO(make_pdf([["잠긴 문서의 본문이다."]]))).pages:
            writer.add_page(page)
        writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    with pytest.raises(PolicyParseError) as caught:
        parse(encrypted("secret"))
    assert caught.value.reason == "password-protected"
    assert parse(encrypted("")).text == "잠긴 문서의 본문이다."


def test_the_command_line_reads_a_published_file_and_names_why_it_refuses_one(tmp_path, capsys):
    from policyparse.cli import main

    path = tmp_path / "release.hwp"  # an HWPX package under an HWP name, as agencies post them
    path.write_bytes(make_hwpx(RELEASE))
    assert main([str(path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["source"]["format"] == "hwpx" and printed["enumerations"][0]["declared"] == 3
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(make_pdf([RELEASE])[:300])
    assert main([str(cut)]) == 2
    err = capsys.readouterr().err.strip()
    assert "truncated" in err and len(err.splitlines()) == 1


def test_a_zip_that_is_not_hwpx_and_a_cut_zip_are_refused():
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(PolicyParseError) as caught:
        parse(other.getvalue())
    assert caught.value.reason == "unsupported-format"
    package = make_hwpx(RELEASE * 50)
    with pytest.raises(PolicyParseError) as caught:
        parse(package[: len(package) // 2])
    assert caught.value.reason == "truncated"


def test_a_legacy_or_mangled_hwp_is_refused_with_its_reason():
    with pytest.raises(PolicyParseError) as caught:
        parse(b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05" + bytes(200))
    assert caught.value.reason == "unsupported-format"
    with pytest.raises(PolicyParseError) as caught:
        parse(b"\xef\xbf\xbd\xef\xbf\xbd\x11\xef\xbf\xbd" + b"x" * 600)
    assert caught.value.reason == "damaged"


def test_a_zip_bomb_stops_at_the_cap(monkeypatch):
    monkeypatch.setattr("policyparse.hwpx.MAX_PACKAGE_BYTES", 50_000)
    with pytest.raises(PolicyParseError) as caught:
        parse(make_hwpx(["가" * 40_000]))
    assert caught.value.reason == "too-large"


def test_a_pdf_over_the_page_cap_is_refused(monkeypatch):
    monkeypatch.setattr("policyparse.pdf.MAX_PAGES", 2)
    with pytest.raises(PolicyParseError) as caught:
        parse(make_pdf([["한 쪽이다."]] * 3))
    assert caught.value.reason == "too-large"


def test_a_dtd_inside_an_hwpx_part_is_refused():
    package = make_hwpx(["본문이다."])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "Contents/section0.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaa">]>', 1)
            dst.writestr(info, data)
    with pytest.raises(PolicyParseError) as caught:
        parse(out.getvalue())
    assert caught.value.reason == "damaged"


def test_without_pdfplumber_a_pdf_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pdfplumber", None)
    with pytest.raises(ImportError, match=r"policyparse\[pdf\]"):
        parse(make_pdf([["본문이다."]]))


def test_the_reason_survives_a_worker_process():
    import pickle

    error = pickle.loads(pickle.dumps(PolicyParseError("잘린 파일", reason="truncated")))
    assert error.reason == "truncated" and str(error) == "잘린 파일"


def test_batch_reads_published_files_like_any_other(tmp_path):
    (tmp_path / "a.hwpx").write_bytes(make_hwpx(RELEASE))
    (tmp_path / "b.pdf").write_bytes(make_pdf([RELEASE]))
    results = list(policyparse.parse_many(sorted(tmp_path.iterdir())))
    assert [r.source.format for r in results] == ["hwpx", "pdf"]
    assert results[0].enumerations[0].model_dump()["items"] == results[1].enumerations[0].model_dump()["items"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_cut_or_bit_flipped_synthetic_file_gives_an_error_or_a_grounded_document(data):
    original = data.draw(st.sampled_from([_SYNTHETIC_HWPX, _SYNTHETIC_PDF]))
    _error_or_grounded(_damaged(data, original, flips=4))


def _damaged(data: st.DataObject, original: bytes, *, flips: int) -> bytes:
    """A copy cut short, or with up to ``flips`` bits flipped."""
    damaged = bytearray(original)
    if data.draw(st.booleans()):
        return bytes(damaged[: data.draw(st.integers(1, len(damaged) - 1))])
    for _ in range(data.draw(st.integers(1, flips))):
        at = data.draw(st.integers(0, len(damaged) - 1))
        damaged[at] ^= 1 << data.draw(st.integers(0, 7))
    return bytes(damaged)


def _error_or_grounded(data: bytes) -> None:
    try:
        doc = Parser().parse(data)
    except PolicyParseError as exc:
        assert exc.reason and str(exc)
        return
    for value in (doc.title, doc.published, doc.agency, doc.department, doc.contact):
        if value is not None:
            assert doc.text[value.span.start : value.span.end] == value.text


_SYNTHETIC_HWPX = make_hwpx(RELEASE, [{"text": "표", "table": [[["가"], ["나"]]], "note": ["각주다."]}])
_SYNTHETIC_PDF = make_pdf([RELEASE[:2], RELEASE[2:]])


# --- the real samples of ../shared/formats ------------------------------------------------------


@needs_samples
@pytest.mark.parametrize("fixture", _fixtures("text"), ids=lambda f: f["file"])
def test_every_readable_sample_gives_its_expected_lines_in_order(fixture):
    doc = parse(FORMATS / fixture["file"])
    pdf = fixture["format"] == "pdf"
    assert doc.source.format == fixture["format"]
    text = _squash(doc.text, pdf=pdf)
    expected = [_squash(line, pdf=pdf) for line in _expected_lines(fixture["file"])]
    assert all(line in text for line in expected)
    # a footnote follows the paragraph or table row citing it (in a table, the row's line): a few lines move
    assert _in_order(expected, text) >= 0.8 * len(expected)
    probes = fixture["probes"]
    for part in probes.get("sections", []) + probes.get("pages", []):
        for line in part["first"] + part["last"]:
            assert _squash(line, pdf=pdf) in text
    for note in probes.get("notes", []):
        for paragraph in note.split(" / "):
            assert _squash(paragraph, pdf=pdf) in text
    if fixture["info"].get("pua_chars", {}).get("supplementary_pua") and not pdf:
        assert any(ord(ch) >= 0xF0000 for ch in doc.text)  # Hancom's private-use characters are kept
    if pdf:
        assert len(doc.pages) == len(probes["pages"])
        assert doc.pages[-1].span.end == len(doc.text)


@needs_samples
@pytest.mark.parametrize("fixture", [f for f in MANIFEST if f["expect"] != "text"], ids=lambda f: f["file"])
def test_every_refused_sample_is_refused_with_its_reason(fixture):
    with pytest.raises(PolicyParseError) as caught:
        parse(FORMATS / fixture["file"])
    assert caught.value.reason == REASONS[fixture["expect"]]
    assert DECOY not in str(caught.value)


@needs_samples
def test_the_distribution_decoy_never_becomes_text():
    data = (FORMATS / "hwp-kwater-press-release-2026-distribution.hwp").read_bytes()
    for reader in (parse, Parser().parse, policyparse.explain):
        with pytest.raises(PolicyParseError, match="distribution"):
            reader(data)


@needs_samples
def test_hwp_and_hwpx_twins_give_the_same_text_and_lists():
    hwp = parse(FORMATS / "hwp-mois-press-release-2025.hwp")
    hwpx = parse(FORMATS / "hwpx-mois-press-release-2025.hwpx")
    assert hwp.text == hwpx.text
    assert [e.model_dump() for e in hwp.enumerations] == [e.model_dump() for e in hwpx.enumerations]
    assert hwp.enumerations and hwp.department.text == hwpx.department.text


def _lists_as_printed(doc: PolicyDocument) -> list[tuple[str, ...]]:
    """Each list's label and items with whitespace removed: a PDF prints no space at some wraps."""
    return [
        tuple("".join(text.split()) for text in [e.label.text if e.label else "", *(i.text for i in e.items)])
        for e in doc.enumerations
    ]


@needs_samples
def test_hwp_and_pdf_twins_give_the_same_lists_but_for_spacing():
    for stem in ("moef-fiscal-stats-2010", "nikl-work-plan-2022"):
        [hwp_file] = FORMATS.glob(f"hwp-{stem}*.hwp")
        hwp = _lists_as_printed(parse(hwp_file))
        pdf = _lists_as_printed(parse(FORMATS / f"pdf-{stem}.pdf"))
        assert len(hwp) == len(pdf)
        # one list of the work plan still differs: its label is drawn as stacked words in a diagram
        # of boxes ('7대' over '추진' over '과제'), which no table or paragraph of the PDF holds
        assert len(set(hwp) - set(pdf)) <= (1 if stem.startswith("nikl") else 0)


@needs_samples
def test_release_header_fields_of_real_files():
    mcst = parse(FORMATS / "hwpx-mcst-press-release-2024.hwpx")
    assert (mcst.published.date.isoformat(), mcst.published.time.isoformat()) == ("2024-01-02", "08:00:00")
    assert mcst.agency.text == "문화체육관광부"
    assert mcst.department is not None and mcst.contact is not None
    assert re.fullmatch(r"0\d{1,2}-\d{3,4}-\d{4}", mcst.contact.text)


@needs_samples
def test_the_section_cap_holds_for_real_hwp(monkeypatch):
    monkeypatch.setattr("policyparse.hwp.MAX_SECTION_BYTES", 10_000)
    with pytest.raises(PolicyParseError) as caught:
        parse(FORMATS / "hwp-mois-press-release-2025.hwp")
    assert caught.value.reason == "too-large"


SMALL_SAMPLES = [
    "hwp-moef-fiscal-stats-2010-footnotes.hwp",
    "hwp-password-12345.hwp",
    "hwpx-gangnam-legislative-notice-2023.hwpx",
    "hwp-nts-tax-ruling-2021-uncompressed.hwp",
]


@needs_samples
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_cut_or_bit_flipped_sample_gives_an_error_or_a_grounded_document(data):
    original = (FORMATS / data.draw(st.sampled_from(SMALL_SAMPLES))).read_bytes()
    _error_or_grounded(_damaged(data, original, flips=8))


def test_a_wide_gap_on_one_pdf_line_parts_two_table_cells():
    doc = parse(make_pdf([["구분\t예산\t인원", "수소 경제 10억 원"]]))
    assert doc.text.split("\n") == ["구분 | 예산 | 인원", "수소 경제 10억 원"]


def _pdf_and_hwpx_text(page: list[str | dict], paragraphs: list[str | dict]) -> tuple[str, str]:
    return parse(make_pdf([page])).text, parse(make_hwpx(paragraphs)).text


def test_a_ruled_pdf_table_reads_as_the_word_processor_file_of_it_does():
    grid = [[["구분"], ["예산"]], [["수소 산업", "육성"], ["10억 원"]], [["반도체 소재"], ["  7억 원"]]]
    before, after = "□ 올해 예산은 다음과 같다.", "□ 시는 내년에 다시 정한다."
    pdf, hwpx = _pdf_and_hwpx_text(
        [before, {"table": grid}, after],
        [before, {"table": [[[line.strip() for line in cell] for cell in row] for row in grid]}, after],
    )
    # a cell's two printed lines are its paragraphs, joined on the row's line as the file's are
    assert pdf.split("\n") == hwpx.split("\n") == [
        before, "구분 | 예산", "수소 산업 육성 | 10억 원", "반도체 소재 | 7억 원", after,
    ]


def test_cells_that_hold_entries_line_by_line_in_one_ruled_row_are_rows_of_their_own():
    # right-aligned figures ('16' over '  1'): short lines of a wide cell do not wrap into each other
    grid = [
        [["구분"], ["정원"], ["현원"]],
        [["행정직", "기술직", "연구직"], ["16", "  1", "  4"], ["15", "  1", "  3"]],
    ]
    text = parse(make_pdf([[{"table": grid}]])).text
    assert text.split("\n") == ["구분 | 정원 | 현원", "행정직 | 16 | 15", "기술직 | 1 | 1", "연구직 | 4 | 3"]


def test_framed_boxes_side_by_side_at_one_height_are_one_table():
    timeline = [[["2031"], ["2032"], ["2033"]], [["◆ 설계", "◆ 부지 확보"], ["◆ 착공"], ["◆ 준공", "◆ 개관"]]]
    text = parse(make_pdf([["□ 추진 일정", {"table": timeline, "boxes": True}]])).text
    assert text.split("\n") == ["□ 추진 일정", "2031 | 2032 | 2033", "◆ 설계 ◆ 부지 확보 | ◆ 착공 | ◆ 준공 ◆ 개관"]


def test_a_pdf_wrap_between_two_words_keeps_the_space_hancom_does_not_print():
    # no space glyph ends the first line; the words on either side of the wrap are two words
    lines = ["□ 시는 올해 새로 마련한 산업 육성 계획에 따라 수소 경제를", "  함께 키운다.", "□ 끝 문단이다."]
    text = parse(make_pdf([lines])).text
    assert text.split("\n") == [
        "□ 시는 올해 새로 마련한 산업 육성 계획에 따라 수소 경제를 함께 키운다.", "□ 끝 문단이다.",
    ]


def test_a_lone_conjoining_vowel_in_a_pdf_is_the_middle_dot_its_file_holds():
    text = parse(make_pdf([["□ 수어\u119e점자 문화를 넓힌다.", "□ 옛 글자 \u1100\u119e 그대로 둔다."]])).text
    assert text.split("\n") == ["□ 수어\u318d점자 문화를 넓힌다.", "□ 옛 글자 \u1100\u119e 그대로 둔다."]


def test_pdf_notes_at_the_foot_of_a_page_follow_the_line_that_cites_them():
    page = [
        "□ 해솔시 재정 현황",
        "경상수입{1)}\t1,200",  # a row of an unruled table citing note 1
        "자본수입{2)}\t35",
        "□ 시는 내년 예산을 다시 짜고 세입과 세출의 항목을 새로 나누어 공개한다.",  # the text's width
        RULE,
        "1) 경상수입",
        "  ․조세수입 : 지방세 포함",
        "2) 자본수입 : 자산 매각수입",
        "3) 이 쪽에서 인용되지 않은 주석",
    ]
    assert parse(make_pdf([page])).text.split("\n") == [
        "□ 해솔시 재정 현황",
        "경상수입1) | 1,200", "1) 경상수입", "  ․조세수입 : 지방세 포함",
        "자본수입2) | 35", "2) 자본수입 : 자산 매각수입",
        "□ 시는 내년 예산을 다시 짜고 세입과 세출의 항목을 새로 나누어 공개한다.",
        "3) 이 쪽에서 인용되지 않은 주석",
    ]


def test_a_short_rule_above_a_table_parts_no_notes_from_the_page():
    page = ["□ 추진 일정은 다음과 같으며 세부 내용은 사업별로 따로 알린다.", RULE, "1) 상반기 설계",
            {"table": [[["구분"], ["예산"]], [["설계"], ["3억 원"]]]}]
    assert parse(make_pdf([page])).text.split("\n") == [
        "□ 추진 일정은 다음과 같으며 세부 내용은 사업별로 따로 알린다.",
        "1) 상반기 설계",
        "구분 | 예산",
        "설계 | 3억 원",
    ]


def test_a_pdf_space_is_a_gap_wider_than_the_lines_own_letter_spacing():
    # the syllables overlap and the words stand only 0.18 of a size apart, with no space glyph
    text = parse(make_pdf([["□ 첫 문단이다.", {"squeezed": "교원 재교육을 위한 온라인 콘텐츠 개발"}]])).text
    assert text.split("\n")[1] == "교원 재교육을 위한 온라인 콘텐츠 개발"
