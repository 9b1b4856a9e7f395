"""Soak: parse documents over and over and watch the resident memory (it must not grow).

Usage: python benchmarks/soak.py [DIR] [--parses 10000]
Prints RSS every tenth of the run and the growth between the second tenth and the end.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import policyparse

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "dev"


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("directory", nargs="?", default=str(DEFAULT))
    ap.add_argument("--parses", type=int, default=10000)
    ns = ap.parse_args()
    paths = sorted(Path(ns.directory).glob("*.txt")) or [ROOT / "examples" / "gj2019-seed.txt"]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    step = max(1, ns.parses // 10)
    marks = []
    for i in range(ns.parses):
        # vary the text a little so caches see new strings, as an archive would
        text = texts[i % len(texts)] + f"\n(문서 {i})"
        policyparse.parse(text)
        if (i + 1) % step == 0:
            marks.append(rss_mib())
            print(f"{i + 1:>7} parses   RSS {marks[-1]:8.1f} MiB")
    if len(marks) >= 3:
        print(f"growth after warm-up (tenth 2 -> end): {marks[-1] - marks[1]:+.1f} MiB")


if __name__ == "__main__":
    main()
