"""The command line and the evaluation."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import DATA, DEV, ROOT, SEED, needs_shared
from policyparse import PolicyDocument, evaluate_folder
from policyparse.cli import main


def test_view(capsys):
    assert main([str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "11대 대표산업" in out and "이용섭 시장" in out and "일자리 중심의 포용적 혁신성장" in out


def test_json_round_trips(capsys):
    assert main([str(SEED), "--json"]) == 0
    out = capsys.readouterr().out
    doc = PolicyDocument.model_validate_json(out)
    assert len(doc.industries) == 11
    assert PolicyDocument.model_validate_json(doc.model_dump_json()) == doc


def test_schema(capsys):
    assert main(["--schema", str(SEED)]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "PolicyDocument" and "enumerations" in schema["properties"]


def test_missing_file_is_one_line_and_exit_2(capsys, tmp_path):
    assert main([str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.txt" in err


def test_stdin():
    out = subprocess.run(
        [sys.executable, "-m", "policyparse.cli", "-", "--json"],
        input=SEED.read_bytes(),
        capture_output=True,
        check=True,
        cwd=ROOT,
    ).stdout
    assert len(PolicyDocument.model_validate_json(out).industries) == 11


def test_eval_on_synthetic_gold(capsys):
    report = evaluate_folder(DATA)
    assert report.documents == len(list(DATA.glob("*.gold.json")))
    assert report.crashes == 0 and report.misses == []
    assert main(["eval", str(DATA), "--json", "--min-f1", "0.99"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["items_overall"]["f1"] == 1.0


def test_eval_fails_below_min_f1(tmp_path, capsys):
    text = (DATA / "syn-ministry-prose.txt").read_text(encoding="utf-8")
    gold = json.loads((DATA / "syn-ministry-prose.gold.json").read_text(encoding="utf-8"))
    gold["enumerations"][0]["items"] = ["없는 항목 하나", "없는 항목 둘"]
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(tmp_path), "--json", "--show", "--min-f1", "0.95"]) == 1
    misses = json.loads(capsys.readouterr().out)["misses"]
    assert {"document": "a", "what": "item missed (project)", "expected": "없는항목하나", "found": None} in misses


@needs_shared
def test_dev_corpus_meets_the_targets():
    report = evaluate_folder(DEV)
    assert report.crashes == 0
    assert report.items_overall.f1 >= 0.95
    for name, score in report.fields.items():
        assert score.f1 >= 0.9, name
    assert report.spans.right == report.spans.checked
