"""Parse time against size for hostile inputs: linear, held to a bound.

Usage: python benchmarks/hostile.py [--max-scale 64] [--bound 3]

Each shape is built to 1×, 4×, 16× … the size of a real article (the shipped example without its
page chrome) and parsed once; the table prints seconds and µs per character. The bound: at the
largest scale every shape's time per character is at most `--bound` times the real article's
(best of three parses at 1×; at the largest scale each shape's figure is the best of two). The
script exits with status 1 when a shape is over it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import policyparse

ROOT = Path(__file__).resolve().parents[1]


def repeat(unit: Callable[[int], str], size: int) -> str:
    """Units numbered 0, 1, 2 … until the text holds `size` characters."""
    parts, length, i = [], 0, 0
    while length < size:
        part = unit(i)
        parts.append(part)
        length += len(part)
        i += 1
    return "".join(parts)


# Each shape: a unit of text, numbered so that repeated units are distinct where that matters.
SHAPES: dict[str, Callable[[int], str]] = {
    "one long line": lambda i: "가나다 라마바 사아자, ",
    "inline bullets": lambda i: "▲항목 ",
    "bulleted lines": lambda i: "□ 3대 추진전략\n" if i == 0 else "- 항목\n",
    "unbalanced marks": lambda i: "“(‘[",
    "open brackets": lambda i: "[",
    "etc lists": lambda i: "가, 나 등 ",
    # hundreds of distinct lists, as a long 업무계획 has, with outline sub-items
    "many lists": lambda i: (
        f"시는 {i % 9 + 2}대 전략{i}으로 ▲수소{i} 육성 ▲반도체{i} 강화 ▲바이오{i} 확대를 제시했다.\n"
        f"□ 과제{i} 추진\n - 세부{i} 하나\n - 세부{i} 둘\n수소{i} 육성은 올해 시작한다.\n"
    ),
    "many quotes": lambda i: f"홍길동{i % 7} 시장은 “올해는 {i}번째 과제를 마무리하겠다”고 말했다. ",
    "bracket lists": lambda i: (
        f"시는 3대 전략(수소{i}·반도체{i}·바이오{i})과 「2대 목표」(성장{i}, 분배{i})를 내놨다.\n"
    ),
    "interview Q&A": lambda i: (
        f"―올해 {i}번째 3대 과제는 무엇입니까?\n"
        f"“▲청년 일자리{i} ▲돌봄 확대{i} ▲교통 개선{i}입니다. 시민과 함께 하겠습니다.”\n"
    ),
    # items that share their first characters, each with a paragraph that opens with it (detail linking)
    "shared item starts": lambda i: (
        f"시는 3대 사업으로 ▲스마트 항만 구축{i} ▲스마트 항만 운영{i} ▲스마트 항만 연계{i}를 추진한다.\n"
        f"스마트 항만 구축{i}은 내년에 착공한다.\n스마트 항만 운영{i}은 민간이 맡는다.\n"
    ),
    "prose closers": lambda i: f"수소{i}, 반도체{i} 등 3대 산업을 육성한다. ",
    "many lines": lambda i: f"{i}번째 줄의 평범한 문장이다.\n",
}


def timed(text: str, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        policyparse.parse(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-scale", type=int, default=64)
    ap.add_argument("--bound", type=float, default=3.0)
    ns = ap.parse_args()
    article = (ROOT / "examples" / "gj2019-seed.txt").read_text(encoding="utf-8").split("가장 많이 본 뉴스")[0]
    policyparse.parse("시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.")  # load the model outside the timings
    reference = timed(article, runs=3) / len(article) * 1e6
    print(f"real article: {len(article)} chars, {reference:.2f} us/char (best of 3); bound {ns.bound:g}× that")
    print(f"{'input':18} {'scale':>5} {'chars':>9} {'seconds':>8} {'us/char':>8} {'× article':>9}")
    shapes: dict[str, Callable[[int], str]] = {"articles": lambda i: article, **SHAPES}
    over = []
    scale = 1
    while scale <= ns.max_scale:
        for name, unit in shapes.items():
            text = repeat(unit, len(article) * scale)
            largest = scale * 4 > ns.max_scale
            per_char = timed(text, runs=2 if largest else 1) / len(text) * 1e6  # the bound's figure: best of 2
            ratio = per_char / reference
            seconds = per_char * len(text) / 1e6
            print(f"{name:18} {scale:>5} {len(text):>9} {seconds:>8.3f} {per_char:>8.2f} {ratio:>9.2f}")
            if largest and ratio > ns.bound:
                over.append(f"{name} ({ratio:.2f}×)")
        scale *= 4
    if over:
        print(f"over the bound at the largest scale: {', '.join(over)}")
        return 1
    print(f"every shape within {ns.bound:g}× the article's time per character at the largest scale")
    return 0


if __name__ == "__main__":
    sys.exit(main())
