"""The command line and the evaluation."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import DATA, DEV, ROOT, SEED, needs_shared
from policyparse import PolicyDocument, evaluate_folder
from policyparse.cli import main
from policyparse.evaluate import Report, Score, below_floors, measures, raised_floors


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
    # items as the gold file writes them (spaces kept); a list never found is one miss, not its count and year
    assert {"document": "a", "what": "item missed (project)", "expected": "없는 항목 하나", "found": None} in misses
    assert [m["what"] for m in misses if m["what"].startswith(("list not found", "declared", "year"))] == [
        "list not found: '3대 핵심과제'"
    ]


FLOORS = ROOT / "tests" / "dev-floors.json"


@needs_shared
def test_dev_corpus_holds_its_floors():
    """The ratchet: no measure of any family falls below the floor recorded in tests/dev-floors.json."""
    report = evaluate_folder(DEV)
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert {"all", "adm", "gov", "ind", "neg", "rel"} <= set(floors)
    assert below_floors(report, floors) == []
    assert report.crashes == 0 and report.spans.right == report.spans.checked


def _report_of(tp: int, fp: int, fn: int) -> Report:
    report = Report(documents=2)
    report.items["project"] = Score(tp=tp, fp=fp, fn=fn)
    part = Report(documents=2)
    part.add(report)
    report.families["syn"] = part
    return report


def test_floors_fail_below_and_raise_without_lowering():
    report = _report_of(tp=3, fp=1, fn=0)  # items F1 6/7 = 0.857
    assert below_floors(report, {"all": {"items_f1": 0.8}, "syn": {"items_f1": 0.85}}) == []
    assert below_floors(report, {"syn": {"items_f1": 0.9}}) == ["syn items_f1: 0.8571 < 0.9"]
    assert below_floors(report, {"xyz": {"items_f1": 0.1}}) == ["xyz: no documents of this family"]
    raised = raised_floors(report, {"all": {"items_f1": 0.95, "quotes_f1": 0.5}})
    assert raised["all"]["items_f1"] == 0.95  # kept: a floor is never lowered
    assert raised["syn"]["items_f1"] == 0.857  # truncated, so the run that earned it passes
    assert raised["all"]["quotes_f1"] == 0.5  # nothing scored this run: the floor stays as it was
    assert below_floors(report, raised) != [] and below_floors(report, raised_floors(report, {})) == []


def test_a_measure_with_nothing_to_score_is_none():
    figures = measures(Report())
    assert figures["items_f1"] is None and figures["quotes_f1"] is None and figures["declared"] is None


def test_eval_cli_checks_and_raises_floors(tmp_path, capsys):
    floors = tmp_path / "floors.json"
    assert main(["eval", str(DATA), "--json", "--floors", str(floors), "--raise-floors"]) == 0
    written = json.loads(floors.read_text(encoding="utf-8"))
    assert written["all"]["items_f1"] == 1.0 and written["syn"]["spans_exact"] == 1.0
    assert main(["eval", str(DATA), "--json", "--floors", str(floors)]) == 0
    written["syn"]["items_f1"] = 1.01
    floors.write_text(json.dumps(written), encoding="utf-8")
    capsys.readouterr()
    assert main(["eval", str(DATA), "--json", "--floors", str(floors)]) == 1
    assert "syn items_f1: 1.0 < 1.01" in capsys.readouterr().err


def test_eval_by_prefix_prints_a_column_per_family(capsys):
    assert main(["eval", str(DATA), "--by-prefix"]) == 0
    out = capsys.readouterr().out
    assert "per family" in out and "syn" in out
    assert main(["eval", str(DATA), "--json", "--by-prefix"]) == 0
    families = json.loads(capsys.readouterr().out)["families"]
    assert families["syn"]["documents"] == len(list(DATA.glob("*.gold.json")))


def test_a_measure_with_nothing_to_score_shows_a_dash_not_a_perfect_score(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("해솔시 새해 발표\n\n시는 새해 계획을 밝혔다.\n", encoding="utf-8")
    gold = {"title": "해솔시 새해 발표", "published": None, "reporter": None, "agency": None, "vision": None,
            "enumerations": [], "quotes": []}  # fmt: skip
    (tmp_path / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 0
    rows = {line.split("│")[1].strip(): line for line in capsys.readouterr().out.splitlines() if line.count("│") > 3}
    assert "1.000" in rows["title"] and "—" in rows["published"] and "1.000" not in rows["items: overall"]
    assert "—" in rows["declared counts"] and "1.000" in rows["exact spans"]
