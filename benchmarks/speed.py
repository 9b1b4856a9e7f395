"""Speed and memory of policyparse on a folder of announcements (default: ../shared/corpus/dev).

Prints: import time over bare Python, model load time, median and p95 parse time
against kiwipiepy tokenizing the same whole documents (and the ratio of medians),
the median with Kiwi's answers memoized (the Python stages' own share),
batch throughput with 1 and 2 workers on a 200-document batch, and peak RSS.

Usage: python benchmarks/speed.py [DIR] [--batch 200] [--repeat 3] [--batch-repeat 3]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "dev"


def import_seconds(repeat: int = 7) -> tuple[float, float]:
    """Median wall time of 'import policyparse' and of bare Python, in fresh interpreters."""

    def run(code: str) -> float:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    return run("import policyparse"), run("pass")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class _Memoized:
    """A Kiwi stand-in that answers each string once: what the parse costs without the model's time."""

    def __init__(self, kiwi: object) -> None:
        self.kiwi, self.seen = kiwi, {}

    def tokenize(self, text: str) -> object:
        if text not in self.seen:
            self.seen[text] = self.kiwi.tokenize(text)  # type: ignore[attr-defined]
        return self.seen[text]


def python_stages_median(texts: list[str], kiwi: object, repeat: int) -> float:
    """Median parse time when Kiwi's answers are already known: the Python stages' share."""
    import policyparse

    parser = policyparse.Parser(kiwi=_Memoized(kiwi))
    for text in texts:
        parser.parse(text)
    times = []
    for _ in range(repeat):
        for text in texts:
            started = time.perf_counter()
            parser.parse(text)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("directory", nargs="?", default=str(DEFAULT))
    ap.add_argument("--batch", type=int, default=200, help="documents in the throughput batch")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the folder for the timings")
    ap.add_argument("--batch-repeat", type=int, default=3, help="runs of the batch for each number of workers")
    ns = ap.parse_args()
    files = sorted(Path(ns.directory).glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt files in {ns.directory}")
    texts = [p.read_text(encoding="utf-8") for p in files]

    with_pkg, bare = import_seconds()
    print(f"import policyparse      {with_pkg - bare:8.3f} s over bare Python ({with_pkg:.3f} s vs {bare:.3f} s)")

    import policyparse
    from policyparse import morph

    started = time.perf_counter()
    kiwi = morph.kiwi()
    print(f"model load (Kiwi())     {time.perf_counter() - started:8.3f} s")
    kiwi.tokenize("워밍업 문장입니다.")
    parser = policyparse.Parser()
    for text in texts:
        parser.parse(text)

    parse_times: list[float] = []
    tokenize_times: list[float] = []
    for _ in range(ns.repeat):
        for text in texts:
            morph.analyse.cache_clear()
            started = time.perf_counter()
            parser.parse(text)
            middle = time.perf_counter()
            kiwi.tokenize(text)
            tokenize_times.append(time.perf_counter() - middle)
            parse_times.append(middle - started)
    med_parse, med_tok = statistics.median(parse_times), statistics.median(tokenize_times)
    med_python = python_stages_median(texts, kiwi, ns.repeat)
    median_chars = statistics.median(map(len, texts))
    print(f"documents               {len(texts):8d} (x{ns.repeat} passes), median {median_chars:.0f} chars")
    print(f"parse      median       {med_parse * 1000:8.2f} ms   p95 {percentile(parse_times, 0.95) * 1000:7.2f} ms")
    print(f"kiwi whole median       {med_tok * 1000:8.2f} ms   p95 {percentile(tokenize_times, 0.95) * 1000:7.2f} ms")
    print(f"ratio of medians        {med_parse / med_tok:8.3f}   (parse / kiwipiepy tokenize of the whole document)")
    share = med_python / med_tok
    print(f"python stages alone     {med_python * 1000:8.2f} ms   = {share:.3f} of the tokenize (Kiwi memoized)")

    batch = [files[i % len(files)] for i in range(ns.batch)]
    started = time.perf_counter()
    with policyparse.Workers(1) as one, policyparse.Workers(2) as two:
        pools = {1: one, 2: two}
        for workers in pools.values():
            list(workers.parse_many(batch[:8], chunksize=4))  # every worker has loaded its model
        print(f"starting 1 + 2 workers   {time.perf_counter() - started:8.2f} s (model loads included)")
        # the machine's speed drifts: alternate the two, several times, and keep each one's best run
        rates: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(ns.batch_repeat):
            for jobs, workers in pools.items():
                began = time.perf_counter()
                results = list(workers.parse_many(batch, chunksize=4))
                rates[jobs].append(len(results) / (time.perf_counter() - began))
    for jobs, runs in rates.items():
        shown = ", ".join(f"{r:.0f}" for r in runs)
        workers = f"{jobs} worker{'s' if jobs > 1 else ' '}"
        print(f"batch {len(batch)} docs, {workers} {max(runs):8.1f} docs/s (best of: {shown})")
    rates = {jobs: max(runs) for jobs, runs in rates.items()}
    print(f"speed-up 2 vs 1 worker  {rates[2] / rates[1]:8.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS (this process) {peak:8.1f} MiB")


if __name__ == "__main__":
    main()
