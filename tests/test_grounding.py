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
