"""Parse time against size for hostile inputs: the time per character must stay flat.

Usage: python benchmarks/hostile.py [--max-scale 16]
Prints, for each kind of input and size, seconds and microseconds per character.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import policyparse

ROOT = Path(__file__).resolve().parents[1]


def inputs(scale: int, article: str) -> dict[str, str]:
    return {
        "one long line": "가나다 라마바 사아자, " * 2000 * scale,
        "inline bullets": "▲항목 " * 2000 * scale + "등 5대 산업을 육성한다.",
        "bulleted lines": "□ 3대 추진전략\n" + "- 항목\n" * 2000 * scale,
        "quotes": "홍길동 시장은 “좋다”고 말했다. " * 1000 * scale,
        "unbalanced marks": "“(‘[" * 5000 * scale,
        "open brackets": "[" * 10000 * scale + " 김민수 기자",
        "etc lists": "가, 나 등 " * 2000 * scale,
        # hundreds of distinct lists, as a long 업무계획 has, with outline sub-items and items that
        # share their first characters (detail linking)
        "many lists": "".join(
            f"시는 {i % 9 + 2}대 전략{i}으로 ▲수소{i} 육성 ▲반도체{i} 강화 ▲바이오{i} 확대를 제시했다.\n"
            f"□ 과제{i} 추진\n - 세부{i} 하나\n - 세부{i} 둘\n수소{i} 육성은 올해 시작한다.\n"
            for i in range(50 * scale)
        ),
        "articles": article * 2 * scale,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-scale", type=int, default=16)
    ns = ap.parse_args()
    article = (ROOT / "examples" / "gj2019-seed.txt").read_text(encoding="utf-8").split("가장 많이 본 뉴스")[0]
    policyparse.parse("시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.")  # load the model outside the timings
    scale = 1
    print(f"{'input':18} {'scale':>5} {'chars':>9} {'seconds':>8} {'us/char':>8}")
    while scale <= ns.max_scale:
        for name, text in inputs(scale, article).items():
            started = time.perf_counter()
            policyparse.parse(text)
            seconds = time.perf_counter() - started
            print(f"{name:18} {scale:>5} {len(text):>9} {seconds:>8.3f} {seconds / len(text) * 1e6:>8.2f}")
        scale *= 4


if __name__ == "__main__":
    main()
