"""Throughput of policyparse.dask on a LocalCluster of 1 and 2 worker processes against parse_many
with 1 and 2 processes, on the same documents (the dev corpus cycled to --docs, else tests/data).

The four ways run in turn, --repeat rounds, and the median counts. Every run starts warm (workers
up, the model loaded) and ends with every document back in the caller, in order, as parse_many
gives them; then each cluster writes the three tables as Parquet once (nothing through the
caller). Dask's overhead per document is its one-worker time less parse_many's one-process time
in the same round, as a share of a parse. Targets (issue 15): two workers >= 1.6x one worker's
throughput, overhead < 10 % of a parse; exit status 1 when missed.

    python benchmarks/dask_cluster.py [--docs 2000] [--blocksize 32] [--repeat 3]

(Not named dask.py: run as a script, that name would stand in for the dask package itself.)
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from distributed import Client

import policyparse
import policyparse.dask as on_dask

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SPEEDUP_TARGET, OVERHEAD_TARGET = 1.6, 0.10


def documents(count: int) -> tuple[list[Path], str]:
    folder = CORPUS if CORPUS.is_dir() else ROOT / "tests" / "data"
    found = sorted(folder.glob("*.txt"))
    return list(itertools.islice(itertools.cycle(found), count)), f"{len(found)} files of {folder}"


def timed(read: Callable[[], list[object]], count: int) -> float:
    start = time.perf_counter()
    results = read()
    elapsed = time.perf_counter() - start
    assert len(results) == count
    return elapsed


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=2000)
    p.add_argument("--blocksize", type=int, default=on_dask.DOCUMENTS_PER_PARTITION)
    p.add_argument("--repeat", type=int, default=3, help="rounds of the four ways; the median counts")
    ns = p.parse_args()
    paths, origin = documents(ns.docs)
    print(f"{len(paths)} documents ({origin}), {sum(p.stat().st_size for p in paths) / 1e6:.1f} MB, "
          f"blocksize {ns.blocksize}, {ns.repeat} rounds")
    with contextlib.ExitStack() as stack:
        # every way up and warm at once, then run in turn, round after round: this machine's speed
        # drifts by tens of percent over minutes, so only figures taken side by side compare
        pool = stack.enter_context(policyparse.Workers(2))
        clients = {}
        for workers in (1, 2):
            cluster = stack.enter_context(on_dask.local_cluster(workers))
            clients[workers] = stack.enter_context(Client(cluster, set_as_default=False))
            clients[workers].register_plugin(on_dask.WarmParser())
        policyparse.parse(paths[0])
        list(pool.parse_many(paths[:8]))
        bag = on_dask.read_documents(paths, blocksize=ns.blocksize)
        ways: dict[str, Callable[[], list[object]]] = {
            "parse_many, 1 process": lambda: list(policyparse.parse_many(paths)),
            "parse_many, 2 processes": lambda: list(pool.parse_many(paths, chunksize=8)),
            "dask, 1 worker": lambda: list(on_dask.results_in_order(bag, clients[1])),
            "dask, 2 workers": lambda: list(on_dask.results_in_order(bag, clients[2])),
        }
        rounds = [{name: timed(read, len(paths)) for name, read in ways.items()} for _ in range(ns.repeat)]
        with tempfile.TemporaryDirectory() as out:
            for workers, client in clients.items():
                tables = on_dask.to_dataframes(bag)
                writes = [t.to_parquet(Path(out) / f"{w}-{workers}", compute=False) for w, t in tables.items()]
                start = time.perf_counter()
                client.compute(writes, sync=True)
                parquet = time.perf_counter() - start
                print(f"dask, {workers} worker(s), three tables to Parquet: {parquet:.1f} s, "
                      f"{len(paths) / parquet:.1f} docs/s")
    for name in ways:
        seconds = statistics.median(r[name] for r in rounds)
        rate, each = len(paths) / seconds, 1000 * seconds / len(paths)
        spread = ", ".join(f"{r[name]:.1f}" for r in rounds)
        print(f"{name:<26} {seconds:7.1f} s  {rate:6.1f} docs/s  {each:6.1f} ms/doc   (rounds: {spread} s)")
    overhead = statistics.median((r["dask, 1 worker"] - r["parse_many, 1 process"]) / len(paths) for r in rounds)
    share = statistics.median(r["dask, 1 worker"] / r["parse_many, 1 process"] - 1 for r in rounds)
    speedup = statistics.median(r["dask, 1 worker"] / r["dask, 2 workers"] for r in rounds)
    local = statistics.median(r["parse_many, 1 process"] / r["parse_many, 2 processes"] for r in rounds)
    print(f"dask overhead per document (1 worker against 1 process, same round): {1000 * overhead:.2f} ms = "
          f"{share:.1%} of a parse (target < {OVERHEAD_TARGET:.0%})")
    print(f"2 workers / 1 worker throughput: {speedup:.2f}x (target >= {SPEEDUP_TARGET}x); "
          f"parse_many 2/1: {local:.2f}x")
    return 0 if speedup >= SPEEDUP_TARGET and share < OVERHEAD_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
