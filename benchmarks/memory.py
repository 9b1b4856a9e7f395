"""Peak memory per input character for long documents, each parse in a fresh process.

Usage: python benchmarks/memory.py [--sizes 1000000,5000000] [--bound 100]

For each shape and size: seconds, peak RSS, and the bytes per character (and per line) the parse
added over the process after the model loaded. Two bounds are checked at the largest size, and the
script exits with status 1 when one is exceeded: bytes per character for outline lines (the shape of
a long 업무계획 or a bulleted release, ~25 characters a line), and bytes per line for very short
bulleted lines ('- 항목', five characters), the worst case: every line is a paragraph of the outline
(a Block with its marker and spans, kept in the document) whatever its length, so there memory
follows the number of lines, not of characters.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

# One fresh process: the model loaded first, then one parse; RSS in KiB (Linux ru_maxrss).
CHILD = """
import json, resource, sys, time
import policyparse
shape, size = sys.argv[1], int(sys.argv[2])
units = {
    "outline lines": lambda i: f"- 지역 특화 산업 육성 기반 구축 {i}\\n",
    "short bulleted lines": lambda i: "- 항목\\n",
    "prose": lambda i: f"시는 {i}번째 사업으로 지역 산업을 키우고 일자리를 늘리겠다고 밝혔다. ",
}
parts, length, i = ["□ 3대 추진전략\\n"], 0, 0
while length < size:
    part = units[shape](i)
    parts.append(part)
    length += len(part)
    i += 1
text = "".join(parts)
parser = policyparse.Parser(max_chars=None)
parser.parse("시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
parser.parse(text)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"chars": len(text), "lines": text.count("\\n"), "seconds": seconds, "before": before, "peak": peak}))
"""

SHAPES = ("outline lines", "short bulleted lines", "prose")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000000,5000000")
    ap.add_argument("--bound", type=float, default=100.0, help="bytes per character, outline lines")
    ap.add_argument("--line-bound", type=float, default=1500.0, help="bytes per line, short bulleted lines")
    ns = ap.parse_args()
    sizes = [int(s) for s in ns.sizes.split(",")]
    print(f"{'shape':22} {'chars':>9} {'seconds':>8} {'peak MiB':>9} {'B/char':>7} {'B/line':>7}")
    over = None
    over_lines = None
    for shape in SHAPES:
        for size in sizes:
            done = subprocess.run([sys.executable, "-c", CHILD, shape, str(size)], capture_output=True, text=True)
            if done.returncode != 0:
                print(f"{shape:22} {size:>9} failed: {done.stderr.strip().splitlines()[-1]}")
                return 1
            r = json.loads(done.stdout)
            added = (r["peak"] - r["before"]) * 1024
            per_char, per_line = added / r["chars"], added / max(1, r["lines"])
            peak = r["peak"] / 1024
            lines = f"{per_line:>7.0f}" if r["lines"] > 1 else f"{'—':>7}"  # prose is one long line
            print(f"{shape:22} {r['chars']:>9} {r['seconds']:>8.1f} {peak:>9.0f} {per_char:>7.0f} {lines}")
            if shape == "outline lines" and size == max(sizes) and per_char > ns.bound:
                over = per_char
            if shape == "short bulleted lines" and size == max(sizes) and per_line > ns.line_bound:
                over_lines = per_line
    if over is not None:
        print(f"outline lines at {max(sizes):,} characters: {over:.0f} B/char, over the bound of {ns.bound:g}")
    if over_lines is not None:
        print(f"short bulleted lines at {max(sizes):,} characters: {over_lines:.0f} B/line, over {ns.line_bound:g}")
    if over is not None or over_lines is not None:
        return 1
    print(
        f"at {max(sizes):,} characters: outline lines within {ns.bound:g} B/char, "
        f"short bulleted lines within {ns.line_bound:g} B/line"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
