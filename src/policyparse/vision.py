"""The vision: the one slogan the article names as 비전, 슬로건, 시정구호 or (시정/도정) 목표."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex

from .layout import Page
from .lexicon import VISION_RANK, VISION_WORDS
from .models import Grounded, PolicyDocument
from .spans import ground

# The word that names the slogan, with an optional qualifier: "산업비전", "시정 슬로건", "구정 목표", "업무목표".
KEYWORD = r"(?<![\d대개])(?:[가-힣]{1,4}\s?)?(?P<kw>비전|비젼|슬로건|캐치프레이즈|구호|목표)"
# How far before its keyword a match that opens with KEYWORD may start: a qualifier of four letters and
# a space ("구정 목표"). Such a pattern is tried only at the starts that far before each keyword.
KEYWORD_REACH = 5
# A heading's keyword may stand a bracket and a few spaces further: "[ 도정 비전 ]".
HEADING_REACH = KEYWORD_REACH + 4
# Any of the keywords, to find them in a line: "비전", "목표".
VISION_WORD = regex.compile("|".join(VISION_WORDS))
QUOTED = r"(?P<q>[‘'“\"「『`])(?P<v>[^‘’'“”\"「」『』`\n]{3,80})(?P<qc>[’'”\"」』`])"
# The patterns, each with how far before its keyword a match may start (None: anywhere).
PATTERNS: list[tuple[regex.Pattern[str], int | None]] = [
    # "산업비전을 ‘일자리 중심의 포용적 혁신성장’으로 설정", "시정 목표는 '…'로", "업무목표를 ‘…’에 두고"
    (regex.compile(rf"{KEYWORD}(?:을|를|은|는|으로|로|이|가|인)?\s*(?:[가-힣]+\s)?{QUOTED}"), KEYWORD_REACH),
    # "‘…’이라는 비전으로", "'…'을 비전으로", "‘…’으로 산업비전을", "‘…’ 달성을 목표로", "'…'라는 비전 아래"
    (
        regex.compile(
            rf"{QUOTED}(?:이라는|라는|을|를|으로|로)?\s*(?:달성을\s*|실현을\s*|(?![가-힣]*(?:하고|하며|하여|해서|하면서)\s)[가-힣\d]{{1,6}}\s)?"
            rf"{KEYWORD}(?:으로|로|을|를|과|와|이|가|은|는|\s(?:아래|하에|실현|달성|선포))"
        ),
        None,
    ),
    # "도정비전 : 힘쎈 충남 대한민국의 힘", "[비전] 환동해 중심도시 포항", "【시정 슬로건】 …"
    (
        regex.compile(
            r"(?:(?<![\d대개])(?:[가-힣]{1,4}\s?)?(?P<kw>비전|슬로건|구호)\s*[:：]"
            r"|[\[【<〈]\s{0,3}(?:[가-힣]{1,4}\s?)?(?P<kw>비전|슬로건|구호)\s*[\]】>〉])"
            r"\s*(?P<v>[^\n/|]{3,60}?)\s*(?:$|\n|/)",
            regex.M,
        ),
        HEADING_REACH,
    ),
]


# A heading line that announces the vision: "비전", "도정비전", "시정 슬로건".
VISION_HEADING = regex.compile(r"^(?:[가-힣]{1,4}\s?)?(?:비전|슬로건|구호)$")
# Lines that are headings themselves, not a slogan: "목표", "추진전략", "중점과제".
HEADING_WORDS = ("목표", "비전", "전략", "과제", "방침", "방향", "정책", "사업", "슬로건")
# A count right before the keyword: "5대 목표" names a list.
COUNT_BEFORE = regex.compile(r"\d\s*(?:대|개|가지)\s*[가-힣]*\s?$")


# How far past its line a slogan's sentence may run (hard-wrapped pages break it: "비전으로\n‘…’를").
WRAP = 80


def read_vision(doc: PolicyDocument, page: Page) -> None:
    """The slogan the article names: a 비전 over a 슬로건, 구호 or …목표 (FORMAT), the first of its rank
    in the prose, else in the headline, else under a '비전' heading."""
    text = page.text
    lines = [ln for _, ln in page.content_lines()]
    reserved = [page.lines[i] for i in sorted(page.reserved)]
    for group in (lines, reserved):
        best: tuple[int, int, int] | None = None  # rank, start, end
        for ln in group:
            stop = min(len(text), ln.end + WRAP)
            keywords = [m.start() for m in VISION_WORD.finditer(text, ln.start, stop)]
            if not keywords:
                continue
            for pattern, reach in PATTERNS:
                for m in _matches(pattern, reach, text, ln.start, stop, keywords):
                    if m.start() >= ln.end or _counted_label(text, m.start()) or _names_a_plan(m.group("v")):
                        continue
                    candidate = (VISION_RANK[m.group("kw")], m.start("v"), m.end("v"))
                    if best is None or candidate < best:
                        best = candidate
        if best:
            doc.vision = ground(text, best[1], best[2], " \t.,")
            return
    doc.vision = _under_heading(page)


def _matches(
    pattern: regex.Pattern[str], reach: int | None, text: str, start: int, stop: int, keywords: list[int]
) -> Iterator[regex.Match[str]]:
    """The pattern's matches in ``text[start:stop]``, as ``finditer`` gives them; a pattern whose
    keyword stands at most ``reach`` letters into its match is tried only at the starts that close
    before each keyword (a line of prose has hundreds of letters and a keyword or two)."""
    if reach is None:
        yield from pattern.finditer(text, start, stop)
        return
    pos = start
    for k in keywords:
        for s in range(max(pos, k - reach), k + 1):
            if m := pattern.match(text, s, stop):
                yield m
                pos = m.end()
                break


def _names_a_plan(value: str) -> bool:
    """A quoted title that holds the word itself names the plan, not its slogan: ‘경기비전 2040’."""
    return any(word in value for word in VISION_WORDS)


def _under_heading(page: Page) -> Grounded | None:
    """A page section: a line '비전' (or '도정비전', '슬로건') and the slogan on the next line."""
    lines = [ln for _, ln in page.content_lines() if ln.stripped]
    for heading, line in itertools.pairwise(lines):
        s = line.stripped
        if VISION_HEADING.match(heading.stripped) and 3 <= len(s) <= 40 and not s.endswith((".", ":", "다")):
            if not s.replace(" ", "").endswith(HEADING_WORDS):
                return ground(page.text, line.start, line.end, " \t‘’“”'\"")
    return None


def _counted_label(text: str, pos: int) -> bool:
    """'5대 목표 : …' names a list of goals, not a slogan."""
    return bool(COUNT_BEFORE.search(text[max(0, pos - 8) : pos + 1]))
