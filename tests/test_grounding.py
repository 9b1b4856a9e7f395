"""The promise: every value is a slice of doc.text, for every value of every document."""

from __future__ import annotations

import pytest

import policyparse
from conftest import DEV, SEED, synthetic_paths
from policyparse import PolicyDocument


def all_texts() -> list[tuple[str, str]]:
    texts = [(SEED.name, SEED.read_text(encoding="utf-8"))]
    texts += [(p.name, p.read_text(encoding="utf-8")) for p in synthetic_paths()]
    if DEV.is_dir():
        texts += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.txt"))]
    return texts


@pytest.mark.parametrize(("name", "text"), all_texts(), ids=[n for n, _ in all_texts()])
def test_every_value_is_grounded(name, text):
    doc = policyparse.parse(text)
    values = list(doc.grounded_values())
    assert values, f"{name}: no values at all"
    for value in values:
        assert doc.text[value.span.start : value.span.end] == value.text
    assert not any(d.code == "span-mismatch" for d in doc.diagnostics)


@pytest.mark.parametrize(("name", "text"), all_texts()[:6], ids=[n for n, _ in all_texts()[:6]])
def test_json_round_trip(name, text):
    doc = policyparse.parse(text)
    again = PolicyDocument.model_validate_json(doc.model_dump_json())
    assert again == doc
    assert [i.text for i in again.industries] == [i.text for i in doc.industries]


def test_text_is_normalized():
    doc = policyparse.parse("\ufeff광주시는\r\n3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.\r\n")
    assert "\r" not in doc.text and not doc.text.startswith("\ufeff")
    assert [i.text for i in doc.strategies] == ["수소", "반도체", "바이오"]


def _seed_json() -> dict:
    import json

    return json.loads(policyparse.parse(SEED.read_text(encoding="utf-8")).model_dump_json())


@pytest.mark.parametrize(
    ("breaking", "path"),
    [
        (lambda d: d["title"].update(text=d["title"]["text"] + "!"), "title"),
        (lambda d: d["enumerations"][0]["items"][1]["span"].update(start=0), "enumerations[0].items[1]"),
        (
            lambda d: d["enumerations"][0]["items"][0]["detail"].update(text="다른 문단"),
            "enumerations[0].items[0].detail",
        ),
        (lambda d: d["quotes"][0]["speaker"]["span"].update(end=10**7), "quotes[0].speaker"),
        (lambda d: d.update(text=""), "title"),
    ],
    ids=["title text", "item span", "detail text", "speaker past the end", "text cut"],
)
def test_reading_json_back_refuses_a_value_that_is_not_its_span(breaking, path):
    import json

    from pydantic import ValidationError

    data = _seed_json()
    breaking(data)
    with pytest.raises(ValidationError) as raised:
        PolicyDocument.model_validate_json(json.dumps(data, ensure_ascii=False))
    assert f"{path}: " in str(raised.value)
    with pytest.raises(ValidationError):
        PolicyDocument.model_validate(data)


def test_an_inverted_span_is_refused():
    from pydantic import ValidationError

    data = _seed_json()
    data["enumerations"][0]["label"]["span"] = {"start": 20, "end": 10}
    with pytest.raises(ValidationError, match=r"ends before it starts"):
        PolicyDocument.model_validate(data)
    data = _seed_json()
    data["diagnostics"] = [{"code": "count-mismatch", "message": "m", "span": {"start": 0, "end": 10**6}}]
    with pytest.raises(ValidationError, match=r"diagnostics\[0\]: span"):
        PolicyDocument.model_validate(data)


def test_an_intact_document_reads_back_equal():
    data = _seed_json()
    assert PolicyDocument.model_validate(data).model_dump(mode="json") == data
