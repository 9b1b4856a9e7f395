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
    assert main(["batch", str(folder), "--out", str(out)]) == 1  # a file failed
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


def _folder_of_everything(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / ".cache").mkdir()
    text = "해솔시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.\n"
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.HTML").write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    (folder / "sub" / "c.txt").write_text(text, encoding="utf-8")
    (folder / ".cache" / "d.txt").write_text(text, encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    (folder / "README.md").write_text("# notes\n", encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "a.gold.json").write_text("{}", encoding="utf-8")
    return folder


def test_batch_reads_announcements_only_never_its_own_output_and_subfolders_when_asked(tmp_path, capsys):
    folder = _folder_of_everything(tmp_path)
    out = folder / "results.jsonl"
    for _ in range(2):  # the second run must not read the first run's results
        assert main(["batch", str(folder), "--out", str(out)]) == 0
        assert [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()] == [
            "a.txt",
            "b.HTML",
        ]
    assert main(["batch", str(folder), "--out", str(out), "--recursive"]) == 0
    sources = [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sources == ["a.txt", "b.HTML", "sub/c.txt"]
    assert main(["batch", str(folder), "--out", str(out), "--glob", "*.md"]) == 0  # asked for: read
    assert [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()] == ["README.md"]
    assert main(["batch", str(folder), "--out", str(out), "--glob", "*.png"]) == 1  # read, and failed
    assert [p.name for p in folder.iterdir() if p.name.startswith(".results")] == []  # no temporary left
    capsys.readouterr()


def test_batch_and_html_outputs_that_cannot_be_written_are_one_line_and_status_2(tmp_path, capsys):
    folder = _folder_of_everything(tmp_path)
    assert main(["batch", str(folder), "--out", str(tmp_path / "missing" / "x.jsonl")]) == 2
    assert main([str(folder / "a.txt"), "--html", str(tmp_path / "missing" / "x.html")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("policyparse: cannot write") for line in err)


def test_a_reader_that_stops_early_ends_the_output_quietly():
    done = subprocess.run(
        f"{sys.executable} -m policyparse {SEED} --json | head -1", shell=True, capture_output=True, text=True
    )
    assert done.stdout == "{\n" and "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


@pytest.mark.parametrize(("signal_name", "status"), [("SIGINT", 130), ("SIGTERM", 143)])
def test_an_interrupted_batch_stops_at_once_keeps_its_records_and_leaves_no_worker(tmp_path, signal_name, status):
    import signal
    import time

    folder = tmp_path / "in"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for n in range(3000):
        (folder / f"{n:04d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "results.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    run = subprocess.Popen(
        [sys.executable, "-m", "policyparse", "batch", str(folder), "--out", str(out), "--jobs", "2"],
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not any(p.stat().st_size > 0 for p in tmp_path.glob(".results.jsonl.*.tmp")):
        assert time.monotonic() < deadline and run.poll() is None
        time.sleep(0.05)
    run.send_signal(getattr(signal, signal_name))
    started = time.monotonic()
    err = run.communicate(timeout=60)[1]
    assert time.monotonic() - started < 20  # a hang is what this catches; 0.1 s is usual, CI may be slow
    assert run.returncode == status
    assert err.strip().splitlines() == [f"policyparse batch: interrupted; the records so far are in {out}.partial"]
    assert out.read_text(encoding="utf-8") == "earlier results\n"  # the previous results stand
    records = (tmp_path / "results.jsonl.partial").read_text(encoding="utf-8").splitlines()
    assert records and all(json.loads(line)["document"] for line in records)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    time.sleep(0.5)
    children = subprocess.run(["pgrep", "-f", str(folder)], capture_output=True, text=True).stdout.split()
    assert children == []


TEXT = "해솔시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다."


def _dies_on_poison(monkeypatch):
    """Workers are forked, so they inherit this: a document saying POISON kills its worker outright."""
    import os

    from policyparse.parser import Parser

    real = Parser.parse

    def parse(self, source):  # type: ignore[no-untyped-def]
        if isinstance(source, str) and "POISON" in source:
            os._exit(1)
        return real(self, source)

    monkeypatch.setattr(Parser, "parse", parse)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the test's worker patch needs forked workers")
def test_a_document_that_kills_its_worker_becomes_a_failure_and_the_rest_are_read(monkeypatch):
    _dies_on_poison(monkeypatch)
    inputs = [TEXT] * 9 + ["POISON " + TEXT] + [TEXT] * 9
    results = list(parse_many(inputs, n_jobs=2, chunksize=3))
    assert len(results) == 19
    assert [r.index for r in results if isinstance(r, ParseFailure)] == [9]
    assert results[9].error == "worker died"
    read = [r for i, r in enumerate(results) if i != 9]
    assert all(isinstance(r, PolicyDocument) and len(r.enumerations[0].items) == 3 for r in read)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL of a worker process")
def test_a_worker_killed_from_outside_loses_no_document():
    import os
    import signal

    inputs = [SEED] * 60
    with policyparse.Workers(2) as workers:
        results = []
        for n, result in enumerate(workers.parse_many(inputs, chunksize=2)):
            results.append(result)
            if n == 3:  # what the OOM killer does
                os.kill(next(iter(workers._executor._processes)), signal.SIGKILL)
    assert len(results) == 60
    assert all(isinstance(r, PolicyDocument) and r.enumerations for r in results)


def test_leaving_early_a_failing_input_iterator_and_an_unpicklable_input():
    def inputs():
        yield from [TEXT] * 5
        raise OSError("the archive went away")

    got = []
    with pytest.raises(OSError, match="went away"):
        for result in parse_many(inputs(), n_jobs=2, chunksize=2):
            got.append(result)
    assert len(got) == 5 and all(isinstance(r, PolicyDocument) for r in got)

    class Unpicklable(str):
        def __reduce__(self):  # type: ignore[no-untyped-def]
            raise TypeError("not for sending")

    results = list(parse_many([TEXT, Unpicklable(TEXT), TEXT], n_jobs=2, chunksize=3))
    assert [type(r).__name__ for r in results] == ["PolicyDocument", "ParseFailure", "PolicyDocument"]
    assert "cannot be sent" in results[1].message

    taken = []

    def counted():
        for n in range(400):
            taken.append(n)
            yield TEXT

    with policyparse.Workers(2) as workers:
        stream = workers.parse_many(counted(), chunksize=1)
        first = next(stream)
        stream.close()  # leaving the loop: nothing more is taken or sent, the rest is cancelled
        assert isinstance(first, PolicyDocument)
        assert len(taken) <= 2 * 2 + 1  # the window of chunks in flight, not the 400


def test_read_jsonl_reads_batch_records_and_jsonl_lines_alike(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT + "\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "batch.jsonl"
    assert main(["batch", str(folder), "--out", str(out)]) == 1
    read = list(policyparse.read_jsonl(out))
    assert [type(r).__name__ for r in read] == ["PolicyDocument", "ParseFailure"]
    assert [i.text for i in read[0].enumerations[0].items] == ["수소", "반도체", "바이오"]
    assert main([str(folder / "a.txt"), "--jsonl"]) == 0
    single = tmp_path / "single.jsonl"
    single.write_text(capsys.readouterr().out, encoding="utf-8")
    assert list(policyparse.read_jsonl(single)) == [read[0]]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"nothing": 1}\n', encoding="utf-8")
    with pytest.raises(policyparse.PolicyParseError, match="line 1"):
        list(policyparse.read_jsonl(bad))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL of a worker process")
def test_workers_whose_pool_broke_between_two_batches_read_the_next_one():
    """A worker that dies while nothing is in flight breaks the pool before the next send."""
    import os
    import signal
    import time

    with policyparse.Workers(2) as workers:
        assert len(list(workers.parse_many([TEXT] * 4))) == 4
        os.kill(next(iter(workers._executor._processes)), signal.SIGKILL)
        deadline = time.monotonic() + 30
        while not workers._executor._broken:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        results = list(workers.parse_many([TEXT] * 7, chunksize=2))
    assert len(results) == 7 and all(isinstance(r, PolicyDocument) and r.enumerations for r in results)
