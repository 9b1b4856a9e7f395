"""Many documents: order kept, failures in place, the same readings as one at a time."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import policyparse
from conftest import DATA, DEV, SEED, needs_shared
from policyparse import ParseFailure, PolicyDocument, parse_many
from policyparse.cli import main


def inputs(tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 4)
    return [
        SEED,
        *sorted(DATA.glob("*.txt")),
        bad,
        tmp_path / "missing.txt",
        "시는 ▲수소 ▲반도체 등 2대 산업을 키운다.",
    ]


def check(results, items):
    assert len(results) == len(items)
    for item, result in zip(items, results, strict=True):
        if isinstance(item, str) or (item.exists() and item.name != "binary.txt"):
            assert result == policyparse.parse(item)
    failures = [r for r in results if isinstance(r, ParseFailure)]
    assert [(f.error, f.index) for f in failures] == [
        ("PolicyParseError", len(items) - 3),
        ("FileNotFoundError", len(items) - 2),
    ]


def test_in_process(tmp_path):
    items = inputs(tmp_path)
    check(list(parse_many(items)), items)


def test_two_workers_keep_order(tmp_path):
    items = inputs(tmp_path)
    check(list(parse_many(items, n_jobs=2, chunksize=2)), items)


def test_selective_morphology_reads_like_whole_documents():
    whole = policyparse.Parser(whole_document=True)
    for path in [SEED, *sorted(DATA.glob("*.txt"))]:
        text = path.read_text(encoding="utf-8")
        assert policyparse.parse(text) == whole.parse(text), path.name


def test_batch_cli(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(DATA.glob("*.txt")):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "results.jsonl"
    assert main(["batch", str(folder), "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [rec["source"] for rec in lines] == sorted(p.name for p in folder.iterdir())
    broken = next(rec for rec in lines if rec["source"] == "broken.txt")
    assert broken["error"]["error"] == "PolicyParseError"
    docs = [PolicyDocument.model_validate(rec["document"]) for rec in lines if "document" in rec]
    assert len(docs) == len(lines) - 1 and all(doc.text for doc in docs)
    assert "1 failed" in capsys.readouterr().err


@needs_shared
def test_selective_morphology_reads_like_whole_documents_on_the_dev_corpus():
    whole = policyparse.Parser(whole_document=True)
    for path in sorted(DEV.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert policyparse.parse(text) == whole.parse(text), path.name


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked only on Linux")
def test_a_script_without_a_main_guard_runs_parse_many_with_workers(tmp_path):
    """The README's many-documents block, saved as a script, ran its workers without end."""
    (tmp_path / "a.txt").write_text("해솔시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.\n", encoding="utf-8")
    script = tmp_path / "run.py"
    script.write_text(
        "from pathlib import Path\nimport policyparse\n"
        f"paths = sorted(Path({str(tmp_path)!r}).glob('*.txt'))\n"
        "docs = list(policyparse.parse_many(paths * 3, n_jobs=2))\n"
        "print(len(docs), sum(len(d.enumerations) for d in docs))\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["3", "3"]
    assert "bootstrapping" not in done.stderr
