"""What a Python user expects of the objects: short reprs, str of a value, file objects, the
JSON Schema's description of every field, and a refusal of documents of another schema version."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pydantic
import pytest

import policyparse
from policyparse.models import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "gj2019-seed.txt"
RELEASE = ROOT / "examples" / "haesol-2031-release.hwpx"
TEXT = (
    "해솔시, 3대 전략 발표\n\n"
    "해솔시는 2일 ▲첨단 소재 ▲바이오 헬스 ▲물류 등 3대 전략을 추진한다고 밝혔다.\n"
)


def test_the_repr_of_a_document_is_one_short_line_without_its_text(seed_doc):
    shown = repr(seed_doc)
    assert "\n" not in shown and len(shown) < 400
    assert shown.startswith("PolicyDocument(title=")
    assert f"enumerations={len(seed_doc.enumerations)}" in shown
    assert f"{len(seed_doc.text):,} chars" in shown
    assert seed_doc.text[:200] not in shown


def test_the_repr_of_a_list_shows_its_items_as_texts():
    en = policyparse.parse(TEXT).enumerations[0]
    assert repr(en) == (
        "Enumeration(kind='strategy', label='3대 전략', declared=3, year=None, "
        "items=['첨단 소재', '바이오 헬스', '물류'])"
    )


def test_str_of_a_grounded_value_is_its_text():
    doc = policyparse.parse(TEXT)
    item = doc.enumerations[0].items[1]
    assert str(item) == item.text == "바이오 헬스"
    assert f"{doc.title}" == doc.title.text


@pytest.mark.parametrize("mode", ["rb", "r"])
def test_parse_reads_an_open_file(mode):
    kwargs = {} if "b" in mode else {"encoding": "utf-8"}
    with open(SEED, mode, **kwargs) as handle:
        doc = policyparse.parse(handle)
    assert doc.source.name == SEED.name
    assert doc.model_dump(exclude={"source"}) == policyparse.parse(SEED).model_dump(exclude={"source"})


def test_parse_reads_a_file_object_of_a_published_format():
    doc = policyparse.parse(io.BytesIO(RELEASE.read_bytes()))
    assert doc.source.format == "hwpx" and doc.source.name is None
    assert doc.enumerations


def test_a_file_object_that_reads_neither_text_nor_bytes_is_a_type_error():
    class Odd:
        def read(self) -> int:
            return 7

    with pytest.raises(TypeError, match="gave int"):
        policyparse.parse(Odd())  # type: ignore[arg-type]


def test_parse_html_reads_a_path(tmp_path):
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta property='og:title' content='해솔시, 3대 전략 발표'></head><body><article>"
        "<p>해솔시는 2일 ▲첨단 소재 ▲바이오 헬스 ▲물류 등 3대 전략을 추진한다고 밝혔다.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    doc = policyparse.parse_html(page)
    assert doc.source.name == "page.html" and doc.source.format == "html"
    assert doc.title.text == "해솔시, 3대 전략 발표"


def test_a_document_of_another_schema_version_is_refused(seed_doc):
    data = json.loads(seed_doc.model_dump_json())
    assert policyparse.PolicyDocument.model_validate(data).schema_version == SCHEMA_VERSION
    data["schema_version"] = "99"
    with pytest.raises(pydantic.ValidationError, match="schema_version '99'"):
        policyparse.PolicyDocument.model_validate(data)
    with pytest.raises(pydantic.ValidationError):
        policyparse.PolicyDocument.model_validate_json(json.dumps(data))


def test_the_json_schema_names_itself_and_describes_every_field():
    schema = policyparse.PolicyDocument.model_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("urn:policyparse:")
    undocumented = [
        f"{owner}.{name}"
        for owner, node in [("PolicyDocument", schema), *schema["$defs"].items()]
        for name, prop in node.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert undocumented == []
    for model in (policyparse.Explanation, policyparse.Comparison):
        defs = model.model_json_schema()
        assert all(p.get("description") for p in defs["properties"].values())
