"""policyparse.dask on a real two-process LocalCluster: the same readings as parse_many, in order;
a killed worker loses nothing; a document that cannot be read is a row; tables typed as locally."""

from __future__ import annotations

import json
import os
import signal
import time

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import dask
import pandas as pd
from distributed import Client, LocalCluster

import policyparse
import policyparse.dask as on_dask
from conftest import DATA
from policyparse import ParseFailure, PolicyParseError
from policyparse.cli import main
from synthetic_files import make_hwpx


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            yield client


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The synthetic documents, an HWPX release of our own, and two files that cannot be read."""
    root = tmp_path_factory.mktemp("announcements")
    for path in sorted(DATA.glob("*.txt")):
        (root / path.name).write_bytes(path.read_bytes())
    release = make_hwpx(["□ 시는 3대 전략을 추진한다.", "○ 수소 산업 육성", "○ 반도체 인재 양성", "○ 바이오 거점 조성"])
    (root / "release.hwpx").write_bytes(release)
    (root / "damaged.hwp").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    (root / "cut.pdf").write_bytes(b"%PDF-1.6\n1 0 obj\n<< /Type /Catalog")
    return root


def dumped(results):
    return [r.model_dump(mode="json") for r in results]


def test_bag_reads_what_parse_many_reads_in_order(client, folder):
    paths = policyparse.batch.announcement_files(folder)
    bag = on_dask.read_documents(folder, blocksize=3)
    assert bag.npartitions == -(-len(paths) // 3)
    results = bag.compute()
    assert dumped(results) == dumped(policyparse.parse_many(paths))
    failures = [r for r in results if isinstance(r, ParseFailure)]
    assert sorted(f.source for f in failures) == [str(folder / "cut.pdf"), str(folder / "damaged.hwp")]
    assert [r.index for r in failures] == [i for i, p in enumerate(paths) if p.suffix in (".pdf", ".hwp")]
    [release] = [r for r in results if not isinstance(r, ParseFailure) and r.source.format == "hwpx"]
    assert [i.text for i in release.enumerations[0].items] == ["수소 산업 육성", "반도체 인재 양성", "바이오 거점 조성"]
    assert dumped(results) == dumped(on_dask.results_in_order(bag, client))


def test_inputs_are_a_folder_a_glob_a_file_or_paths(folder):
    txts = sorted(folder.glob("*.txt"))
    assert on_dask._paths(str(folder / "*.txt")) == txts
    assert on_dask._paths(folder / "release.hwpx") == [folder / "release.hwpx"]
    assert on_dask._paths(iter(map(str, txts))) == txts
    with pytest.raises(PolicyParseError, match="no announcements in") as error:
        on_dask.read_documents(str(folder / "*.docx"))
    assert error.value.reason == "no-input"
    with pytest.raises(ValueError, match="blocksize"):
        on_dask.read_documents(folder, blocksize=0)
    assert on_dask.read_documents([]).compute() == []


def test_parser_options_reach_the_workers(client, tmp_path):
    spoken = tmp_path / "spoken.txt"
    spoken.write_text("시장은 “3대 전략으로 ▲수소 ▲반도체 ▲바이오를 추진하겠다”고 말했다.", encoding="utf-8")
    [default] = on_dask.read_documents([spoken]).compute()
    [heard] = on_dask.read_documents([spoken], lists_in_speech=True).compute()
    assert default.enumerations == [] and [e.spoken for e in heard.enumerations] == [True]
    assert heard == policyparse.Parser(lists_in_speech=True).parse(spoken)


def test_tables_have_the_local_columns_and_dtypes(client, folder, tmp_path):
    paths = policyparse.batch.announcement_files(folder)
    local_results = list(policyparse.parse_many(paths))
    bag = on_dask.read_documents(paths, blocksize=4)
    for what in ("items", "documents", "quotes"):
        table = on_dask.to_dataframe(bag, what)
        local = policyparse.to_dataframe(local_results, what)
        assert list(table.columns) == list(local.columns) and table.dtypes.equals(local.dtypes)
        pd.testing.assert_frame_equal(table.compute().reset_index(drop=True), local)
        table.to_parquet(tmp_path / what, write_index=False)
        back = pd.read_parquet(tmp_path / what)
        pd.testing.assert_frame_equal(back, local)
    documents = pd.read_parquet(tmp_path / "documents")
    failed = documents[documents["error"].notna()]
    assert sorted(failed["source"]) == [str(folder / "cut.pdf"), str(folder / "damaged.hwp")]
    assert failed["error"].str.startswith("PolicyParseError: ").all()


def test_tables_computed_together_read_each_document_once(folder, monkeypatch):
    calls = []
    monkeypatch.setattr(on_dask, "parse_chunk", lambda jobs, options: calls.append(len(jobs)) or [])
    bag = on_dask.read_documents(folder, blocksize=5)
    tables = on_dask.to_dataframes(bag)
    with dask.config.set(scheduler="sync"):
        dask.compute(*(t.to_parquet(f"memory://policyparse-{w}", compute=False) for w, t in tables.items()))
    assert sum(calls) == len(policyparse.batch.announcement_files(folder)) and len(calls) == bag.npartitions
    with pytest.raises(ValueError, match="what must be one of"):
        on_dask.to_dataframe(bag, "lists")  # type: ignore[arg-type]


def test_warm_parser_loads_the_model_on_every_worker(client):
    client.register_plugin(on_dask.WarmParser())
    loaded = client.run(lambda: (policyparse.morph.is_loaded(), len(policyparse.batch._worker_parsers)))
    assert len(loaded) == 2 and all(model and parsers >= 1 for model, parsers in loaded.values())


def test_batch_command_on_a_cluster_writes_what_the_plain_batch_writes(client, folder, tmp_path, capsys):
    address = client.scheduler.address
    assert main(["batch", str(folder), "--out", str(tmp_path / "plain.jsonl")]) == 1  # two files failed
    assert main(["batch", str(folder), "--out", str(tmp_path / "dask.jsonl"), "--scheduler", address]) == 1
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "plain.jsonl").read_bytes()
    assert capsys.readouterr().err.strip().endswith("files, 2 failed")
    assert main(["batch", str(folder), "--parquet", str(tmp_path / "tables"), "--scheduler", address]) == 1
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == ["documents", "items", "quotes"]
    records = [json.loads(line) for line in (tmp_path / "plain.jsonl").read_text(encoding="utf-8").splitlines()]
    items = pd.read_parquet(tmp_path / "tables" / "items")
    listed = [r["document"] for r in records if "document" in r]
    assert len(items[items["error"].isna()]) == sum(len(e["items"]) for d in listed for e in d["enumerations"])


def test_batch_command_refuses_what_it_cannot_do(folder, tmp_path, capsys):
    out = str(tmp_path / "x.jsonl")
    assert main(["batch", str(folder)]) == 2
    assert "--out FILE (JSON lines) or --parquet DIR" in capsys.readouterr().err
    assert main(["batch", str(folder), "--out", out, "--scheduler", "local:2", "--jobs", "2"]) == 2
    assert "--jobs" in capsys.readouterr().err
    assert main(["batch", str(folder), "--out", out, "--scheduler", "local:none"]) == 2
    assert "say local:N" in capsys.readouterr().err
    assert main(["batch", str(folder), "--out", out, "--scheduler", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err
    assert not (tmp_path / "x.jsonl").exists()


def test_a_killed_worker_loses_no_document(client, folder):
    """SIGKILL one worker mid-run (what the OOM killer does): the nanny starts another, the scheduler
    runs the lost tasks again, and every document comes back, in order."""
    paths = sorted(folder.glob("*.txt")) * 6
    expected = dumped(policyparse.parse_many(paths))
    before = client.run(os.getpid)
    future = client.compute(on_dask.read_documents(paths, blocksize=2))
    deadline = time.monotonic() + 60
    while not any(client.processing().values()) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not future.done()
    os.kill(next(iter(before.values())), signal.SIGKILL)
    assert dumped(future.result(timeout=300)) == expected
    client.wait_for_workers(2, timeout=120)
    after = client.run(os.getpid)
    assert len(set(before.values()) & set(after.values())) == 1  # one worker is new: the kill happened


def test_to_parquet_writes_three_whole_tables_and_counts_failures(client, folder, tmp_path):
    bag = on_dask.read_documents(folder, blocksize=4)
    out = tmp_path / "archive"
    assert on_dask.to_parquet(bag, out) == 2
    local = list(policyparse.parse_many(policyparse.batch.announcement_files(folder)))
    for what in ("items", "documents", "quotes"):
        pd.testing.assert_frame_equal(pd.read_parquet(out / what), policyparse.to_dataframe(local, what))
    (out / "items" / "stale.parquet").write_bytes(b"from an earlier run")
    assert on_dask.to_parquet(on_dask.read_documents(sorted(folder.glob("*.txt"))), out, tables=["items"]) == 0
    assert "stale.parquet" not in {p.name for p in (out / "items").iterdir()}
    assert sorted(p.name for p in out.iterdir()) == ["documents", "items", "quotes"]  # nothing staged is left

