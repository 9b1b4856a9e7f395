"""Which label names a run: a label before it (a particle, a colon, a heading line, a parent block,
a count said in a sentence before), a counted label inside a heading, a footnote mark."""

from __future__ import annotations

import regex

from ..blocks import LINE_MARKER, marker_kind
from ..labels import CLOSING_COUNT, COUNT, Label, count_of, describe, label_ending_at, label_starting_at
from ..layout import Line, Page, sentence_ends
from ..models import Block
from ..morph import words_in
from ..spans import TRIM, trim
from .patterns import COUNT_AHEAD, COUNTED_PHRASE, MAX_ITEM, NOTE_MARKERS, OUTLINE_HEADING, POLITE_END, SENTENCE_LINE
from .segments import Tail

# The join between two counted labels named together: "3대 정책 방향|과 |10대 과제", "4대 전략| 및 |12개 과제".
JOINED_COUNT = regex.compile(rf"(?<=[가-힣])(?:과|와|\s및)\s+(?={COUNT_AHEAD})")
# A second count inside a counted label: "4대 분야| 42개 과제".
SECOND_COUNT = regex.compile(rf"(?<=\S)\s+(?={COUNT_AHEAD}\s?[가-힣])")
# A count that may open a label: "24개 과제", "6대 업무계획" (not "2024년").
COUNT_START = regex.compile(r"(?<![\d.])\d{1,3}\s?(?:대|개|가지)\s?(?=[가-힣])")
# How far back a bullet run without a label looks for the count that names it: the sentences before it
# (three: the count, a sentence about it, and a first run that the next sentence continues).
BORROW_REACH = 400
BORROW_SENTENCES = 3
# A sentence that announces what follows: "다음과 같은 3대 전략을 발표했다", "…를 제시했다:".
INTRODUCES = regex.compile(r"다음과\s*같|아래와\s*같|[:：]\s*$")
# A heading that announces the lines below: "시의 4대 시정목표는 다음과 같다.", "주요 내용은 아래와 같음".
FOLLOWS = regex.compile(r"(?:은|는|으로|로)?\s*(?:다음|아래)(?:과|와)\s*같(?:다|음|습니다)\.?\s*$")
# A sentence whose object is what the lines below it list: "제주도가 올해 도정 목표를 발표했다.",
# "…4개의 과제를 소개드립니다." (the polite forms of a ministry's own post).
ANNOUNCES = regex.compile(
    r"(?:을|를)\s+(?:발표|제시|선정|확정|공개|마련|수립|채택|소개|보고)"
    r"(?:했다|하였다|했습니다|한다|합니다|드립니다|해\s?드립니다)\.?\s*$"
)
# A heading in brackets: "[5대 추진전략]", "【 3대 목표 】", "< 중점과제 >".
BOXED_HEADING = regex.compile(r"\s*[\[【<〈《]\s*(?P<inner>[^\[\]【】<>〈〉《》\n]{2,40}?)\s*[\]】>〉》]\s*")
# A line that is a field, not an item: "시정비전: 새로운 수원의 탄생".
FIELD_ITEM = regex.compile(r"[^:：\n]{1,12}[:：]")
# A footnote mark right after a word: "4대 전략*과", "6대 산업* 육성".
FOOTNOTE_MARK = regex.compile(r"(?<=[가-힣)])\*(?!\*)")
# Punctuation that ends a heading line but not its label: "1. 우주경제를 가동합니다.", "□ 추진 내용 :".
HEADING_END = ".:： "


def label_said_before(text: str, start: int, items: int, *, widest: bool = False) -> Label | None:
    """The last counted label of the two sentences before ``start`` that could name ``items`` bullets
    (its count at least theirs): the genre counts a list, then spells it out in the next sentences.
    ``widest``: the one with the largest count instead (a total said before the counts of its groups)."""
    floor = max(0, start - BORROW_REACH)
    bounds = [floor] + [m.end() for m in sentence_ends(text, floor, start) if m.end() < start]
    floor = bounds[-BORROW_SENTENCES] if len(bounds) >= BORROW_SENTENCES else bounds[0]
    found = None
    for m in COUNT_START.finditer(text, floor, start):
        label = label_starting_at(text, m.start(), start)
        if label is not None and label.counted and label.acceptable(text) and (label.declared or 0) >= items:
            if not (widest and found is not None and (found.declared or 0) >= (label.declared or 0)):
                found = label
    return found


def declare_from_closer(text: str, tail: Tail, end: int, label: Label) -> None:
    """A count closing the list declares it when the label has none: "… 4가지를", "… 등 6가지를"."""
    if label.declared is not None or tail.closer_end is None:
        return
    if tail.closer == "count":
        label.declared = count_of(text[tail.closer_end : end])[1]
    elif tail.closer == "등" and (closing := CLOSING_COUNT.match(text, tail.closer_end + 1, end)):
        label.declared = count_of(closing.group(0))[1]


def label_before(text: str, floor: int, pos: int) -> Label | None:
    """The nearest label in the sentence before the first bullet."""
    floor = max(floor, pos - 3 * MAX_ITEM)
    words = words_in(text, floor, pos)
    for i in range(len(words) - 1, -1, -1):
        end = floor + words[i].end
        label = label_ending_at(text, floor, end)
        if label is not None and label.names_bullets(text):
            return label
        if len(words) - i > 14:
            break
    return None


def first_counted(text: str, label: Label) -> Label:
    """ "일자리, 주거, 교육, 문화 4대 분야 42개 과제로": the items are the four 분야, not the tasks."""
    second = SECOND_COUNT.search(text, label.start + 1, label.end) if label.counted else None
    if second is not None:
        first = describe(text, label.start, second.start())
        if first.counted and first.acceptable(text):
            return first
    return label


def counted_inside(text: str, label: Label, children: int) -> Label | None:
    """The counted noun phrase a heading names its lines by, when the heading says more around it
    ("◇ … 도약을 위한 8대 핵심과제 중점 추진" over eight lines: the list is '8대 핵심과제'), and its
    count is no more than the lines under the heading (notes among them)."""
    if label.counted and COUNT.match(text[label.start : label.end]):
        return None
    for space in SECOND_COUNT.finditer(text, label.start, label.end):
        inner = label_starting_at(text, space.end(), label.end)
        if inner is not None and inner.counted and inner.declared and 2 <= inner.declared <= children:
            return inner if inner.acceptable(text) else None
    return None


def outline_heading(text: str, block: Block) -> Label | None:
    """The label an outline heading gives the lines under it: the heading line as printed, or the
    label inside a heading that announces them ("주요 과제는 다음과 같음")."""
    if block.marker is None or not block.children or "\n" in block.text:
        return None
    if marker_kind(block.marker.text) in NOTE_MARKERS:
        return None
    start, end = trim(text, block.span.start, block.span.end, TRIM + HEADING_END)
    if not 0 < end - start <= OUTLINE_HEADING or text[end - 1] in ",·" or text[block.span.end - 1] == ",":
        return None  # a line wrapped inside a sentence is no heading
    if follows := FOLLOWS.search(text, start, block.span.end):
        label = label_before(text, start, follows.start())
        return label if label is not None and label.acceptable(text) else None
    # a sentence is no heading, except a pledge in the polite style ("1. 우주경제를 가동합니다.")
    if SENTENCE_LINE.search(text, start, block.span.end) and not POLITE_END.search(text, start, end):
        return None
    return describe(text, start, end)


def marked_label(text: str, lines: list[Line]) -> Label | None:
    """The counted label a footnote mark follows in the lines above it: "…4대 전략*과 21대 과제로"."""
    for ln in reversed(lines):
        for star in reversed([m.start() for m in FOOTNOTE_MARK.finditer(text, ln.start, ln.end)]):
            label = label_ending_at(text, ln.start, star)
            if label is not None and label.counted and label.acceptable(text):
                return label
    return None


def heading_label(text: str, page: Page, first: int, run: list[tuple[int, int]] | None = None) -> Label | None:
    """The label on one of the few lines above a run of bulleted lines (``run``: their items)."""
    count = len(run) if run is not None else None
    looked = 0
    for j in range(first - 1, -1, -1):
        ln = page.lines[j]
        s = ln.stripped
        if not s or (LINE_MARKER.match(s) and not LINE_MARKER.sub("", s, count=1).strip()):
            continue
        if ln.role not in ("content",) or looked >= 2:
            return None
        looked += 1
        m = LINE_MARKER.match(text, ln.start, ln.end)
        start = m.end() if m else ln.start
        end = ln.end
        while end > start and text[end - 1] in " :：\t":
            end -= 1
        if boxed := BOXED_HEADING.fullmatch(text, start, end):
            start, end = boxed.span("inner")
        follows = FOLLOWS.search(text, start, end)
        if follows:
            end = follows.start()
        label = label_ending_at(text, start, end)
        if label is not None and count is not None and label.counted and label.declared != count:
            label = _joined_count(text, start, label, count) or label
        if label is not None and label.acceptable(text) and len(s) <= 40:
            return label
        if label is not None and label.kind != "other" and (label.start, label.end) == trim(text, start, end):
            # a heading line that is only a head noun ("목표", "추진전략") names the lines under it
            return label
        if looked == 1 and (follows or INTRODUCES.search(text, start, ln.end)):
            # "시는 다음과 같은 3대 전략을 발표했다.": the label inside the sentence that introduces the lines
            return label_before(text, start, end)
        fields = run is not None and any(FIELD_ITEM.match(text, a, b) for a, b in run)
        if looked == 1 and not fields and (announced := ANNOUNCES.search(text, start, end)):
            label = label_ending_at(text, start, announced.start())
            if label is not None and label.names_bullets(text) and (label.declared in (None, count)):
                return label
        if looked == 1 and count is not None and COUNTED_PHRASE.search(text, start, end):
            # "□ 또한 6대 중점과제를 선정했다." over six lines: the sentence counts the lines below it
            label = label_before(text, start, end)
            return label if label is not None and label.declared == count else None
        if m:
            return None  # "□ 첨단산업 육성" over "- …" lines: they spell out that item, not a list above it
    return None


def _joined_count(text: str, start: int, label: Label, count: int) -> Label | None:
    """Of two counted lists a heading names together ("3대 정책 방향과 10대 과제", "4대 전략 및 12개
    과제"), the one whose count is the number of lines below it."""
    join = JOINED_COUNT.search(text, max(start, label.start - 4), label.end)
    if join is None or join.end() != label.start:
        return None
    first = label_ending_at(text, start, join.start())
    return first if first is not None and first.counted and first.declared == count else None
