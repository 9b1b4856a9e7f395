"""What users actually have: encodings, line ends, NFD Hangul, HTML pages, and bad input."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest

import policyparse
from conftest import DATA, SEED
from policyparse import PolicyParseError
from policyparse.cli import main

HTML = DATA / "html" / "news-page.html"
SAMPLE = (
    "충남도, 새해 도정 방향 공개\n\n"
    "도는 3대 핵심과제로 ① 탄소중립 산업 전환 ② 청년 정착 지원 ③ 섬 지역 교통 개선을 꼽았다.\n"
)


def items(doc: policyparse.PolicyDocument) -> list[str]:
    return [i.text for en in doc.enumerations for i in en.items]


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda s: s.encode("utf-8"), "utf-8"),
        (lambda s: s.encode("cp949"), "cp949"),
        (lambda s: s.encode("euc-kr"), "cp949"),
        (lambda s: "\ufeff".encode() + s.encode("utf-8"), "utf-8-sig"),
        (lambda s: s.encode("utf-16"), "utf-16"),
    ],
    ids=["utf-8", "cp949", "euc-kr", "utf-8 bom", "utf-16 bom"],
)
def test_bytes_in_every_encoding(encode, encoding):
    doc = policyparse.parse(encode(SAMPLE))
    assert doc.source.encoding == encoding
    assert items(doc) == ["탄소중립 산업 전환", "청년 정착 지원", "섬 지역 교통 개선"]


def test_path_records_name_and_encoding(tmp_path):
    path = tmp_path / "보도자료.txt"
    path.write_bytes(SAMPLE.encode("cp949"))
    doc = policyparse.parse(path)
    assert (doc.source.name, doc.source.encoding, doc.source.format) == ("보도자료.txt", "cp949", "text")
    assert len(items(doc)) == 3


def test_crlf_nfd_and_full_width_spaces():
    raw = unicodedata.normalize("NFD", SAMPLE).replace("\n", "\r\n").replace("① ", "①\u3000")
    doc = policyparse.parse(raw)
    assert doc.text == unicodedata.normalize("NFC", doc.text) and "\r" not in doc.text
    assert items(doc) == ["탄소중립 산업 전환", "청년 정착 지원", "섬 지역 교통 개선"]
    assert all(doc.text[v.span.start : v.span.end] == v.text for v in doc.grounded_values())


def test_odd_bullets():
    doc = policyparse.parse("시는 3대 전략산업으로 ▪수소 ▪반도체 ▪바이오를 선정했다.")
    assert items(doc) == ["수소", "반도체", "바이오"]


@pytest.mark.parametrize("text", ["", "   \n\t\u3000\n", b"", b"\xef\xbb\xbf"])
def test_empty_text_is_a_document_with_a_diagnostic(text):
    doc = policyparse.parse(text)
    assert list(doc.grounded_values()) == []
    assert [d.code for d in doc.diagnostics] == ["empty-text"]


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, bytes(1000)])
def test_binary_data_is_a_parse_error(data):
    with pytest.raises(PolicyParseError, match="neither UTF-8 nor CP949"):
        policyparse.parse(data)


def test_wrong_argument_types_and_missing_paths(tmp_path):
    with pytest.raises(TypeError, match="str"):
        policyparse.parse(42)  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        policyparse.parse(tmp_path / "nope.txt")


def test_cli_reads_each_encoding(tmp_path, capsys):
    for encoding in ("utf-8", "cp949", "utf-16"):
        path = tmp_path / f"a-{encoding}.txt"
        path.write_bytes(SAMPLE.encode(encoding))
        assert main([str(path), "--json"]) == 0
        doc = policyparse.PolicyDocument.model_validate_json(capsys.readouterr().out)
        assert len(items(doc)) == 3 and doc.source.name == path.name


def test_cli_bad_files_are_one_line_and_exit_2(tmp_path, capsys):
    binary = tmp_path / "image.png"
    binary.write_bytes(bytes(range(256)) * 8)
    for arg in (str(binary), str(tmp_path)):
        assert main([arg]) == 2
        err = capsys.readouterr().err
        assert err.startswith("policyparse: ") and err.count("\n") == 1


def test_html_page():
    doc = policyparse.parse(HTML)
    assert doc.source.format == "html" and doc.source.name == "news-page.html"
    assert doc.title.text == "대전시, 내년 4대 전략산업 집중 육성"  # og:title, as the page declares it
    assert (doc.published.date.isoformat(), doc.published.time.isoformat()) == ("2021-11-02", "10:15:00")
    assert doc.reporter.text == "김민수"
    assert items(doc) == ["첨단바이오", "우주항공", "나노반도체", "국방산업"]
    assert [(q.speaker.text, q.text) for q in doc.quotes] == [("한지훈 대전시장", "과학도시 대전의 저력을 보여주겠다")]
    for hidden in ("스크립트 텍스트", "스타일 텍스트", "광고", "가장 많이 본", "창원시"):
        assert hidden not in doc.text
    assert all(doc.text[v.span.start : v.span.end] == v.text for v in doc.grounded_values())


def test_html_content_and_parse_html_agree():
    html = HTML.read_text(encoding="utf-8")
    a, b = policyparse.parse(html), policyparse.parse_html(html.encode("utf-8"))
    assert a.text == b.text and items(a) == items(b)


def test_html_without_the_extra_names_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ImportError, match=r"policyparse\[html\]"):
        policyparse.parse_html(HTML.read_text(encoding="utf-8"))


def test_seed_as_bytes_reads_like_text():
    assert items(policyparse.parse(SEED.read_bytes())) == items(policyparse.parse(SEED.read_text(encoding="utf-8")))


def test_lone_surrogates_are_replaced_and_reported():
    doc = policyparse.parse("시는 \ud800 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.")
    assert "\ud800" not in doc.text and "\ufffd" in doc.text
    assert any(d.code == "invalid-characters" for d in doc.diagnostics)
    assert policyparse.PolicyDocument.model_validate_json(doc.model_dump_json()) == doc


def test_a_str_naming_a_file_is_read_as_text_with_a_diagnostic_and_parse_file_reads_the_file(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("해솔시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.\n", encoding="utf-8")
    as_text = policyparse.parse(str(path))
    assert "text-looks-like-a-path" in [d.code for d in as_text.diagnostics]
    assert as_text.text == str(path) and not as_text.enumerations
    read = policyparse.parse_file(str(path))
    assert read.source.name == "release.txt" and len(read.enumerations[0].items) == 3
    assert "text-looks-like-a-path" not in [d.code for d in policyparse.parse("해솔시는 새 계획을 밝혔다.").diagnostics]


def test_parse_many_takes_str_paths_as_paths_and_other_str_as_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("해솔시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.\n", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    results = list(policyparse.parse_many([str(path), "해솔시는 2대 전략으로 ▲수소 ▲반도체를 제시했다.", missing]))
    assert results[0].source.name == "a.txt" and len(results[0].enumerations[0].items) == 3
    assert results[1].source.name is None and len(results[1].enumerations[0].items) == 2
    assert results[2].text == missing  # no such file: a str that names nothing is text


ARTICLE = (
    "해솔시, 미래 산업 3대 전략 발표\n\n"
    "해솔시는 7일 3대 전략으로 ▲수소 경제 ▲반도체 소재 ▲바이오 헬스를 제시했다.\n"
    "□ 수소 경제\n ○ 수소 도시를 만든다.\n"
    "김하늘 시장은 “시민과 함께 미래를 열겠다”고 말했다.\n"
)


@pytest.mark.parametrize(
    "disguise",
    [
        lambda t: t.replace(" ", "\u00a0"),  # every space a no-break space, as copied pages print them
        lambda t: t.replace(" ", "\u3000"),
        lambda t: "\u200b" + t.replace("\n", "\u200b\n"),  # zero-width spaces at line edges
        lambda t: "\n".join(line + "  " for line in t.split("\n")),  # two trailing spaces per line
        lambda t: t.replace("\n\n", "\n-\n").replace("□", "-  \n□"),  # spacer dashes
    ],
)
@pytest.mark.parametrize("article", ["synthetic", "seed"])
def test_unicode_and_trailing_spaces_read_like_plain_spaces_and_values_keep_what_is_printed(disguise, article):
    text = ARTICLE if article == "synthetic" else SEED.read_text(encoding="utf-8")
    plain = policyparse.parse(text)
    odd = policyparse.parse(disguise(text))

    def squash(value: str) -> str:
        return " ".join(value.replace("\u200b", " ").split())

    def reading(doc):  # type: ignore[no-untyped-def]
        lists = [
            (squash(e.label.text), e.declared, [(squash(i.text), i.detail is not None) for i in e.items])
            for e in doc.enumerations
        ]
        quotes = [(squash(q.speaker.text), squash(q.text)) for q in doc.quotes]
        return squash(doc.title.text), lists, quotes

    assert reading(odd) == reading(plain)
    for value in odd.grounded_values():
        assert odd.text[value.span.start : value.span.end] == value.text
    assert "span-mismatch" not in [d.code for d in odd.diagnostics]


def test_a_stray_nul_or_a_sentence_in_another_encoding_does_not_reject_the_file(tmp_path):
    body = "해솔시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.\n" + "시는 올해 계획을 차례로 밝혔다.\n" * 20
    for stray in (b"\x00", "한글 문장입니다.".encode("cp949")):
        path = tmp_path / "a.txt"
        path.write_bytes(body.encode() + stray + body.encode())
        doc = policyparse.parse(path)
        assert [d.code for d in doc.diagnostics if d.code == "invalid-bytes"] == ["invalid-bytes"]
        assert "\ufffd" in doc.text and "\x00" not in doc.text
        assert [i.text for i in doc.enumerations[0].items] == ["수소", "반도체", "바이오"]
    with pytest.raises(PolicyParseError):
        policyparse.parse(bytes(range(256)) * 4)  # mostly not text: still refused


@pytest.mark.skipif(sys.platform.startswith("win"), reason="links, pipes and devices of POSIX systems")
def test_paths_that_are_no_readable_file_are_refused_plainly(tmp_path, capsys):
    import os

    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text("해솔시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.\n", encoding="utf-8")
    for path in (tmp_path / "pipe.txt", Path("/dev/zero"), tmp_path):
        with pytest.raises(PolicyParseError, match="not a regular file"):
            policyparse.parse(path)
    with pytest.raises(PolicyParseError, match=r"cannot read x{20}"):
        policyparse.parse(Path("x" * 5000))
    with pytest.raises(FileNotFoundError):
        policyparse.parse(tmp_path / "broken.txt")
    out = tmp_path / "results.jsonl"
    assert main(["batch", str(tmp_path), "--out", str(out)]) == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    found = [(r["source"], "error" in r) for r in records]
    assert found == [("broken.txt", True), ("loop.txt", True), ("ok.txt", False)]
    assert "3 files, 2 failed" in capsys.readouterr().err


@pytest.mark.parametrize("disguise", [lambda s: unicodedata.normalize("NFD", s), lambda s: "\ufeff" + s + "\n"])
def test_declared_metadata_is_placed_after_it_is_normalized(disguise):
    pytest.importorskip("trafilatura")
    page = HTML.read_text(encoding="utf-8")
    declared = "대전시, 내년 4대 전략산업 집중 육성"
    page = page.replace(f'content="{declared}"', f'content="{disguise(declared)}"', 1)
    assert disguise(declared) in page
    doc = policyparse.parse_html(page)
    assert doc.title.text == declared
    assert (doc.published.date.isoformat(), doc.published.time.isoformat()) == ("2021-11-02", "10:15:00")
    assert all(doc.text[v.span.start : v.span.end] == v.text for v in doc.grounded_values())


def test_nothing_found_only_when_nothing_at_all_was_found():
    nothing = policyparse.parse("바람이 분다 그리고 비가 온다\n")
    assert [d.code for d in nothing.diagnostics] == ["nothing-found"]
    dated = policyparse.parse("바람이 분다\n2024년 3월 4일\n")
    assert dated.published is not None
    assert "nothing-found" not in [d.code for d in dated.diagnostics]


def test_every_diagnostic_code_is_explained_in_the_readme():
    import re

    root = Path(__file__).resolve().parent.parent
    emitted = set()
    for module in (root / "src" / "policyparse").glob("*.py"):
        emitted |= set(re.findall(r'code="([a-z-]+)"', module.read_text(encoding="utf-8")))
    readme = (root / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z-]+)` \|", readme, flags=re.M))
    assert emitted and emitted <= listed, sorted(emitted - listed)


def _page(head: str, article: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">{head}</head><body>'
        '<header><h1 class="logo"><a href="/">해솔일보</a></h1><nav><a href="/">정치</a></nav></header>'
        f'<div class="article">{article}<div class="body">'
        "<p>해솔시는 4일 ▲첨단 소재 ▲바이오 헬스 ▲스마트 물류 등 3대 전략을 발표했다.</p>"
        "<p>시는 2030년까지 일자리 1만 개를 만들 계획이라고 밝혔다. 각 전략에는 세부 사업이 담겼다.</p>"
        "</div></div><footer>Copyright 해솔일보</footer></body></html>"
    )


HEADLINE = "해솔시, 미래 산업 3대 전략 발표"
BYLINE = '<div class="byline">김하늘 기자 | 입력 2024.03.04 10:15</div>'


@pytest.mark.parametrize(
    ("head", "article"),
    [
        (f"<title>{HEADLINE} - 해솔일보</title>", f'<h2 class="headline">{HEADLINE}</h2>{BYLINE}'),
        (f"<title>{HEADLINE} | 해솔일보</title>", BYLINE),  # no heading: the <title> without the site
        ("<title>해솔일보</title>", f'<h3 class="art_tit">{HEADLINE}</h3>{BYLINE}'),
        (f'<meta name="twitter:title" content="{HEADLINE}">', BYLINE),
    ],
)
def test_a_page_without_og_title_is_titled_by_its_headline_not_its_logo(head, article):
    pytest.importorskip("trafilatura")
    doc = policyparse.parse_html(_page(head, article))
    assert doc.title.text == HEADLINE
    assert doc.text[doc.title.span.start : doc.title.span.end] == HEADLINE


def test_a_page_without_a_declared_time_keeps_its_bylines_time():
    pytest.importorskip("trafilatura")
    doc = policyparse.parse_html(_page(f"<title>{HEADLINE} - 해솔일보</title>", BYLINE))
    assert (doc.published.date.isoformat(), doc.published.time.isoformat()) == ("2024-03-04", "10:15:00")
    assert doc.reporter.text == "김하늘"
    assert all(doc.text[v.span.start : v.span.end] == v.text for v in doc.grounded_values())


def test_template_content_never_reaches_the_text():
    pytest.importorskip("trafilatura")
    hidden = "<template><p>템플릿 안의 문장은 화면에 나오지 않는다고 한다.</p></template>"
    doc = policyparse.parse_html(_page(f"<title>{HEADLINE}</title>", BYLINE + hidden))
    assert "템플릿" not in doc.text and items(doc) == ["첨단 소재", "바이오 헬스", "스마트 물류"]


@pytest.mark.parametrize("depth", [300, 10_000])
def test_an_article_nested_in_thousands_of_divs_is_read(depth):
    pytest.importorskip("trafilatura")
    page = _page(f"<title>{HEADLINE}</title>", BYLINE)
    start = page.index('<div class="article">')
    end = page.index("<footer>")
    deep = page[:start] + "<div>" * depth + page[start:end] + "</div>" * depth + page[end:]
    doc = policyparse.parse_html(deep)
    assert items(doc) == ["첨단 소재", "바이오 헬스", "스마트 물류"]
    assert doc.title.text == HEADLINE
    assert all(doc.text[v.span.start : v.span.end] == v.text for v in doc.grounded_values())


def test_wrapper_tags_past_the_depth_limit_are_dropped_and_their_text_kept():
    from policyparse.webpage import MAX_WRAPPER_DEPTH, _flatten_wrappers

    page = "<div>" * (MAX_WRAPPER_DEPTH + 5) + "<p>본문</p>" + "<span>꼬리</span>" + "</div>" * (MAX_WRAPPER_DEPTH + 5)
    flat = _flatten_wrappers(page)
    assert flat.count("<div>") == flat.count("</div>") == MAX_WRAPPER_DEPTH
    assert "<p>본문</p>" in flat and "꼬리" in flat and "<span>" not in flat
    shallow = "<div><span>짧은</span></div>"
    assert _flatten_wrappers(shallow) == shallow


def test_a_text_past_the_parser_s_limit_is_refused_before_any_analysis(monkeypatch):
    from policyparse import parser as stage
    from policyparse.parser import MAX_CHARS

    assert 1_000_000 <= MAX_CHARS <= 10_000_000  # a few million characters by default
    monkeypatch.setattr(stage, "read_page", lambda text: pytest.fail("analysed a text past the limit"))
    small = policyparse.Parser(max_chars=100)
    with pytest.raises(policyparse.PolicyParseError, match=r"max_chars") as refused:
        small.parse("시는 3대 전략을 발표했다. " * 10)
    assert refused.value.reason == "too-large" and "160 characters" in str(refused.value)
    with pytest.raises(policyparse.PolicyParseError, match=r"too-large|max_chars"):
        small.parse(("시는 3대 전략을 발표했다. " * 10).encode("utf-8"))


def test_no_limit_reads_a_long_text_and_the_default_limit_a_normal_one():
    long_text = "".join(f"시는 {i}번째 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.\n" for i in range(10))
    assert len(policyparse.Parser(max_chars=None).parse(long_text).text) == len(long_text)
    assert policyparse.Parser(max_chars=len(long_text)).parse(long_text).enumerations


def test_a_page_past_the_limit_is_refused_before_extraction(monkeypatch):
    from policyparse import parser as stage

    monkeypatch.setattr(stage, "extract", lambda html: pytest.fail("extracted a page past the limit"))
    page = _page(f"<title>{HEADLINE}</title>", BYLINE + "<p>" + "본문 " * 100 + "</p>")
    with pytest.raises(policyparse.PolicyParseError, match=r"the page holds .* characters") as refused:
        policyparse.Parser(max_chars=len(page) - 1).parse_html(page)
    assert refused.value.reason == "too-large"


def test_the_command_line_reports_a_text_past_the_limit_in_one_line(tmp_path, capsys, monkeypatch):
    from policyparse import parser as stage

    monkeypatch.setattr(stage, "_default", None)
    defaults = {**stage.Parser.__init__.__kwdefaults__, "max_chars": 50}
    monkeypatch.setattr(stage.Parser.__init__, "__kwdefaults__", defaults)
    long_file = tmp_path / "long.txt"
    long_file.write_text("시는 3대 전략을 발표했다. " * 10, encoding="utf-8")
    assert main([str(long_file)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("policyparse: ") and err.count("\n") == 1 and "max_chars" in err
