"""Stable JSON, tables, the notebook view, and comparing plans."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from html.parser import HTMLParser

import pytest

import policyparse
from conftest import DATA, SEED
from policyparse import PolicyDocument, compare, to_records
from policyparse.cli import main

REVISION = DATA / "revision"


def test_schema_version_and_schema_command(capsys, seed_doc):
    assert seed_doc.schema_version == "1"
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "schema_version" in schema["properties"]
    assert PolicyDocument.model_validate_json(seed_doc.model_dump_json()) == seed_doc


def test_jsonl_is_one_line(capsys):
    assert main([str(SEED), "--jsonl"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and PolicyDocument.model_validate_json(out).title is not None


def test_records(seed_doc):
    records = to_records([seed_doc])
    assert len(records) == sum(len(en.items) for en in seed_doc.enumerations)
    first = records[0]
    assert first["agency"] == "광주광역시" and first["published"] == "2019-05-08"
    assert (first["kind"], first["label"], first["declared"], first["item_index"]) == (
        "industry",
        "11대 대표산업",
        11,
        1,
    )
    assert first["item"] == seed_doc.text[first["start"] : first["end"]]
    assert first["detail"].startswith(first["item"])
    # the whole detail paragraph, with its span, not a gist
    assert first["detail"] == seed_doc.text[first["detail_start"] : first["detail_end"]]
    assert first["detail"] == seed_doc.enumerations[0].items[0].detail.text
    assert first["agency_id"] == "광주광역시" and first["spoken"] is False


def test_document_and_quote_tables(seed_doc):
    [row] = to_records(seed_doc, what="documents")
    assert (row["title"], row["agency_id"], row["format"]) == (seed_doc.title.text, "광주광역시", "text")
    assert row["items"] == sum(len(en.items) for en in seed_doc.enumerations)
    assert (row["enumerations"], row["quotes"], row["characters"]) == (4, 1, len(seed_doc.text))
    [quote] = to_records(seed_doc, what="quotes")
    assert (quote["speaker"], quote["named"]) == ("이용섭 시장", True)
    assert quote["quote"] == seed_doc.text[quote["start"] : quote["end"]]
    table = list(csv.DictReader(io.StringIO(policyparse.to_csv(seed_doc, what="quotes"))))
    assert [r["speaker"] for r in table] == ["이용섭 시장"]
    with pytest.raises(ValueError, match="what must be one of"):
        to_records(seed_doc, what="lists")  # type: ignore[arg-type]


def test_dataframe_columns_are_typed(seed_doc, tmp_path):
    pytest.importorskip("pandas")
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.6\n1 0 obj\n<< /Type /Catalog")
    docs = [seed_doc, *policyparse.parse_many([cut])]
    items = policyparse.to_dataframe(docs)
    assert str(items["published"].dtype).startswith("datetime64")
    assert items["published"].iloc[0].date().isoformat() == "2019-05-08"
    for column in ("declared", "year", "start", "end", "detail_start", "item_index"):
        assert str(items[column].dtype) == "Int64", column
    assert items["declared"].iloc[0] == 11 and items["year"].isna().iloc[-1]  # the failure row has none
    documents = policyparse.to_dataframe(docs, what="documents")
    assert len(documents) == 2 and str(documents["items"].dtype) == "Int64"
    assert documents["error"].notna().tolist() == [False, True]
    quotes = policyparse.to_dataframe(docs, what="quotes")
    assert str(quotes["named"].dtype) == "boolean" and quotes["speaker"].iloc[0] == "이용섭 시장"


def test_dataframe_dtypes_do_not_depend_on_the_rows(seed_doc):
    """An empty table, a table of one failure and a full one have the same dtypes: the partitions of a
    Dask table (or Parquet files of separate batches) must agree on them."""
    pytest.importorskip("pandas")
    failure = policyparse.ParseFailure(index=0, source="x.hwp", error="PolicyParseError", message="damaged")
    for what in ("items", "documents", "quotes"):
        full = policyparse.to_dataframe([seed_doc], what=what).dtypes
        assert full.equals(policyparse.to_dataframe([], what=what).dtypes), what
        assert full.equals(policyparse.to_dataframe([failure], what=what).dtypes), what
        assert str(full["source"]) == "string" and str(full["error"]) == "string"
        assert str(full["published"]) == "datetime64[us]"


def test_csv_command(capsys):
    assert main([str(SEED), "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 23 and rows[-1]["label"] == "5대 전략콘텐츠"


def test_dataframe(seed_doc):
    pd = pytest.importorskip("pandas")
    frame = policyparse.to_dataframe([seed_doc, seed_doc])
    assert isinstance(frame, pd.DataFrame) and len(frame) == 46
    assert frame.groupby("kind").size()["industry"] == 22


def test_dataframe_without_pandas_names_the_extra(monkeypatch, seed_doc):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"policyparse\[pandas\]"):
        policyparse.to_dataframe(seed_doc)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.scripts = 0
        self.marks: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag == "mark":
            self.marks.append(dict(attrs)["title"])
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()


def test_notebook_view_highlights_every_value(seed_doc):
    html = seed_doc._repr_html_()
    tags = _Tags()
    tags.feed(html)
    assert tags.stack == [] and tags.scripts == 0
    assert "vision" in tags.marks and "title" in tags.marks and "quotes[0]" in tags.marks
    items = [m for m in tags.marks if m.startswith("enumerations[0].items[") and not m.endswith(".detail")]
    assert len(items) == 11


def test_text_stays_inert_in_html():
    doc = policyparse.parse(
        '시는 <script>alert("x")</script> 3대 전략으로 ▲수소 <b>굵게</b> ▲반도체 ▲바이오를 제시했다. & 끝'
    )
    html = doc._repr_html_()
    tags = _Tags()
    tags.feed(html)
    assert tags.scripts == 0 and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp; 끝" in html


def test_html_page_command(tmp_path):
    out = tmp_path / "view.html"
    assert main([str(SEED), "--html", str(out), "--json"]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert re.search(r'<mark class="pp-item" title="[^"]+" id="pp-item-0-0">친환경자동차산업</mark>', page)


def test_compare_a_plan_revision():
    old = policyparse.parse(REVISION / "busan-2020.txt")
    new = policyparse.parse(REVISION / "busan-2024.txt")
    result = compare(old, new)

    def texts(change: str) -> list[tuple[list[str], list[str]]]:
        return [([g.text for g in c.old], [g.text for g in c.new]) for c in result.of("industry", change)]

    assert texts("kept") == [(["해양관광"], ["해양관광"])]
    assert texts("renamed") == [(["스마트 해운물류"], ["스마트 해운물류 및 항만"]), (["첨단 바이오"], ["바이오헬스"])]
    assert texts("merged") == [(["수소에너지", "해상풍력"], ["수소 및 해상풍력 에너지"])]
    assert texts("removed") == [(["영상콘텐츠"], [])]
    assert texts("added") == [([], ["인공지능"])]
    assert [c.change for c in result.of("strategy")] == ["kept"] * 3
    for change in result.changes:
        assert all(old.text[g.span.start : g.span.end] == g.text for g in change.old)
        assert all(new.text[g.span.start : g.span.end] == g.text for g in change.new)


def test_diff_command(capsys):
    # like diff(1): status 1 when the lists changed, 0 when they are the same
    assert main(["diff", str(REVISION / "busan-2020.txt"), str(REVISION / "busan-2024.txt"), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert {c["change"] for c in data["changes"]} == {"kept", "renamed", "merged", "removed", "added"}
    assert main(["diff", str(REVISION / "busan-2020.txt"), str(REVISION / "busan-2024.txt")]) == 1
    out = capsys.readouterr().out
    assert "merged" in out
    summary = out.strip().splitlines()[-1]
    assert "kept" in summary and "renamed" in summary and "added" in summary
    assert main(["diff", str(REVISION / "busan-2020.txt"), str(REVISION / "busan-2020.txt")]) == 0
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    assert "kept" in summary and "added" not in summary


def test_a_failure_from_parse_many_is_a_row_with_its_error(seed_doc, tmp_path):
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.6\n1 0 obj\n<< /Type /Catalog")
    results = list(policyparse.parse_many([SEED, cut]))
    assert isinstance(results[1], policyparse.ParseFailure)
    records = to_records(results)
    assert len(records) == 24 and records[-1]["source"] == str(cut)
    assert records[-1]["error"].startswith("PolicyParseError: truncated PDF file")
    assert all(r["error"] is None for r in records[:-1])
    assert list(csv.DictReader(io.StringIO(policyparse.to_csv(results))))[-1]["error"] == records[-1]["error"]
    pytest.importorskip("pandas")
    frame = policyparse.to_dataframe(results)
    assert len(frame) == 24 and frame["error"].notna().sum() == 1


def test_version_and_python_dash_m(capsys):
    import subprocess
    import sys

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"policyparse {policyparse.__version__}"
    done = subprocess.run([sys.executable, "-m", "policyparse", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == f"policyparse {policyparse.__version__}"


def test_the_package_says_it_is_typed():
    from importlib.resources import files

    assert files("policyparse").joinpath("py.typed").is_file()


def test_csv_cells_that_start_like_formulas_are_neutralised_unless_asked(tmp_path, capsys):
    text = "=HYPERLINK(\"x\") 해솔시 발표\n\n시는 3대 전략으로 ▲=1+1 ▲@SUM(A1) ▲-2+3 반도체를 제시했다.\n"
    doc = policyparse.parse(text)
    items = [row["item"] for row in csv.DictReader(io.StringIO(policyparse.to_csv(doc)))]
    assert items == ["'=1+1", "'@SUM(A1)", "'-2+3 반도체"]
    raw = [row["item"] for row in csv.DictReader(io.StringIO(policyparse.to_csv(doc, escape_formulas=False)))]
    assert raw == ["=1+1", "@SUM(A1)", "-2+3 반도체"]
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert main([str(path), "--csv"]) == 0
    assert [r["item"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == items
    assert main([str(path), "--csv-raw"]) == 0
    assert [r["item"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == raw


def test_the_tree_view_shows_control_characters_instead_of_sending_them():
    import io as _io

    from rich.console import Console

    text = "해솔시 \x1b]0;title\x07발표 \x1b[2J\n\n시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.\x1b[8m\n"
    doc = policyparse.parse(text)
    out = _io.StringIO()
    Console(file=out, force_terminal=True, width=100).print(doc)
    shown = out.getvalue()
    assert "\x1b]0;" not in shown and "\x1b[2J" not in shown and "\x1b[8m" not in shown
    assert "␛]0;" in shown and "␛[2J" in shown
    assert "\x1b" not in str(doc) and "␛[2J" in str(doc)


def test_str_of_a_document_in_a_notebook_is_not_displayed_as_well(monkeypatch):
    import rich.console
    import rich.jupyter

    shown = []
    monkeypatch.setattr(rich.console, "_is_jupyter", lambda: True)
    monkeypatch.setattr(rich.jupyter, "display", lambda *a, **k: shown.append(a))
    text = str(policyparse.parse("시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다."))
    assert "수소" in text and shown == []


def test_spark_schema_names_every_column_with_its_type():
    schema = policyparse.spark_schema("items")
    columns = [pair.split(" ") for pair in schema.split(", ")]
    assert [c for c, _ in columns] == list(policyparse.tables.COLUMNS["items"])
    types = dict(columns)
    assert (types["published"], types["declared"], types["spoken"], types["item"]) == (
        "timestamp", "bigint", "boolean", "string"
    )
