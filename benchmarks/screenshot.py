"""A headless-browser screenshot of the HTML view, to see what a reader sees (docs/htmlview.png).

Usage: python benchmarks/screenshot.py [FILE] [--out docs/htmlview.png]
Needs chromium and a CJK font (Debian: apt-get install chromium fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import policyparse
from policyparse.htmlview import standalone_page

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(ROOT / "examples" / "gj2019-seed.txt"))
    ap.add_argument("--out", default=str(ROOT / "docs" / "htmlview.png"))
    ap.add_argument("--size", default="1200,1600", help="window width,height in pixels")
    ns = ap.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        print("no chromium on PATH (Debian: apt-get install chromium fonts-noto-cjk)", file=sys.stderr)
        return 2
    doc = policyparse.parse(Path(ns.file))
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "view.html"
        page.write_text(standalone_page(doc), encoding="utf-8")
        command = [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                   f"--window-size={ns.size}", f"--screenshot={Path(ns.out).resolve()}", page.as_uri()]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        print(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "chromium failed", file=sys.stderr)
        return 1
    print(f"wrote {ns.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
