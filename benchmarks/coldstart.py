"""The whole cost of a first parse, as a new user's script pays it.

Each run is a fresh interpreter: `import policyparse`, then the first `parse` of the shipped
example (the Kiwi model loads there, then the first analysis), then a second parse of the same
text (what every later document costs). Peak RSS is the process's, and bare Python's is printed
beside it so the package's own share is plain.

    python benchmarks/coldstart.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "examples" / "gj2019-seed.txt"

# One fresh process: seconds for import, first parse, second parse; peak RSS in MiB (Linux: KiB).
CHILD = """
import json, resource, sys, time
from pathlib import Path
started = time.perf_counter()
import policyparse
imported = time.perf_counter()
doc = policyparse.parse(Path(sys.argv[1]))
first = time.perf_counter()
policyparse.parse(doc.text)
second = time.perf_counter()
print(json.dumps({
    "import": imported - started, "first": first - imported, "second": second - first,
    "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""

BARE = "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"


def run_once() -> dict[str, float]:
    """One cold start in a new interpreter, with its wall time from the parent's side."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, str(SEED)], capture_output=True, text=True, check=True)
    figures = json.loads(done.stdout)
    figures["wall"] = time.perf_counter() - started
    return figures


def spread(values: list[float], unit: str, scale: float = 1.0) -> str:
    """Median with the range of the runs."""
    scaled = [v * scale for v in values]
    return f"{statistics.median(scaled):8.2f} {unit}  ({min(scaled):.2f}–{max(scaled):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = [run_once() for _ in range(parser.parse_args().runs)]
    bare = float(subprocess.run([sys.executable, "-c", BARE], capture_output=True, text=True, check=True).stdout)
    print(f"cold start of the first parse, {len(runs)} fresh interpreters (median, range)")
    print(f"import policyparse          {spread([r['import'] for r in runs], 's')}")
    print(f"first parse (model + first) {spread([r['first'] for r in runs], 's')}")
    print(f"second parse                {spread([r['second'] for r in runs], 'ms', 1000)}")
    print(f"process, start to exit      {spread([r['wall'] for r in runs], 's')}")
    print(f"peak RSS                    {spread([r['rss'] for r in runs], 'MiB')}  (bare Python {bare:.0f} MiB)")


if __name__ == "__main__":
    main()
