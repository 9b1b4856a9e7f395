"""Extraction time of the published-file readers (HWP 5, HWPX, PDF) on ../shared/formats.

Prints, per file: its format, size, lines of text, the median time to read its text
(files.read_file: sniff, decompress, walk, lay out) and that time per MB; then the whole
parse (text + every stage) and the time per MB for each format. Refused files show their reason.

Usage: python benchmarks/formats.py [DIR] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from policyparse import Parser, PolicyParseError
from policyparse.files import read_file

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "formats"
SKIP = (".txt", ".json", ".md")


def median_seconds(action, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=5)
    ns = ap.parse_args()
    files = sorted(p for p in ns.folder.iterdir() if p.is_file() and not p.name.endswith(SKIP))
    parser = Parser()
    parser.parse("시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.")  # load Kiwi before timing
    per_format: dict[str, list[tuple[float, float, int]]] = {}
    print(f"{'file':58} {'format':6} {'KB':>7} {'lines':>6} {'read ms':>9} {'ms/MB':>8} {'parse ms':>9}")
    for path in files:
        data = path.read_bytes()
        size_mb = len(data) / 2**20
        try:
            found = read_file(data)
        except PolicyParseError as exc:
            print(f"{path.name:58} {'—':6} {len(data) / 1024:7.0f}  refused: {exc.reason}")
            continue
        if found is None:
            continue
        read = median_seconds(lambda data=data: read_file(data), ns.repeat)
        whole = median_seconds(lambda data=data: parser.parse(data), max(1, ns.repeat // 2))
        lines = found.text.count("\n") + 1
        per_format.setdefault(found.format, []).append((read, whole, len(data)))
        print(
            f"{path.name:58} {found.format:6} {len(data) / 1024:7.0f} {lines:6d} {read * 1000:9.1f}"
            f" {read * 1000 / size_mb:8.1f} {whole * 1000:9.1f}"
        )
    print()
    for fmt, rows in sorted(per_format.items()):
        total_mb = sum(r[2] for r in rows) / 2**20
        read_total = sum(r[0] for r in rows)
        parse_total = sum(r[1] for r in rows)
        print(
            f"{fmt:5} {len(rows)} files, {total_mb:.2f} MB: read {read_total * 1000 / total_mb:.0f} ms/MB,"
            f" whole parse {parse_total * 1000 / total_mb:.0f} ms/MB"
        )


if __name__ == "__main__":
    main()
