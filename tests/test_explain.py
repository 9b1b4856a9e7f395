"""policyparse explain: every list considered, kept or rejected, with the evidence and the reason."""

from __future__ import annotations

import json

import policyparse
from policyparse.cli import main

TEXT = (
    "시, 새해 계획 발표\n\n"
    "시는 3대 전략으로 ▲수소 산업 육성 ▲반도체 강화 ▲바이오 확대를 제시했다. "
    "시는 11대 대표산업 집중 육성, 3대 추진전략 마련 등 2대 과제를 발표했다.\n"
)


def test_explain_keeps_what_parse_reads_and_says_why_the_rest_was_rejected():
    explanation = policyparse.explain(TEXT)
    doc = policyparse.parse(TEXT)
    kept = [(c.label.text, [i.text for i in c.items]) for c in explanation.kept]
    assert kept == [(en.label.text, [i.text for i in en.items]) for en in doc.enumerations]
    assert explanation.document == doc
    rejected = explanation.rejected
    assert rejected and all(c.reason != "kept" for c in rejected)
    assert any("plan" in c.reason for c in rejected)  # a sentence naming the plan's parts
    strategy = explanation.kept[0]
    assert strategy.evidence["declared"] == 3 and strategy.evidence["count agrees"] is True
    for cand in explanation.candidates:
        for value in (cand.label, *cand.items):
            assert doc.text[value.span.start : value.span.end] == value.text


def test_a_repeat_merged_into_the_fuller_reading_is_explained():
    text = "시, 새해 계획 발표\n\n시는 수소, 반도체 등 2대 산업을 키운다.\n2대 산업은 ▲수소 ▲반도체다.\n"
    explanation = policyparse.explain(text)
    assert len(explanation.kept) == len(policyparse.parse(text).enumerations)


def test_parsing_keeps_no_trace():
    parser = policyparse.Parser()
    parser.explain(TEXT)
    assert parser.parse(TEXT) == policyparse.parse(TEXT)


def test_explain_command(capsys, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "kept · inline · 3대 전략" in out and "rejected" in out and "why:" in out
    assert main(["explain", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"shape", "label", "items", "kept", "reason", "evidence"} <= set(data[0])
    assert main(["explain", str(tmp_path / "missing.txt")]) == 2
