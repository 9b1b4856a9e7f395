"""What makes a suggested (label, run) pair a list, and how strongly: the reasons a pair is no list,
the shape's rank and what `policyparse explain` shows of each pair."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import regex

from ..labels import CATEGORY_NOUNS, HEAD_NOUNS, Label
from ..layout import Page
from ..lexicon import AREA_HEADS, PAGE_FIELDS, PHRASE_QUOTES
from ..models import Grounded, ListCandidate, Span
from ..spans import TRIM, trim
from .patterns import CLAUSE_END, COUNTED_PHRASE, INLINE_BULLETS, MAX_BULLET_ITEM, MAX_ITEM, ORDINAL
from .segments import item_words

# A list closed inside a prose item, with the object it names: "방산 등 기존 주력산업을 제외한" (one
# that joins the next item, "금형산업 등 지역연고산업과 연구센터", is cut before: INNER_ETC).
INNER_LIST = regex.compile(r"\s등\s+(?:\S+\s+){0,3}\S+(?:을|를)\s")
# Runs of white space: "  \n ".
SPACES = regex.compile(r"\s+")
# An item that is only a number, a year or an amount: "2019", "2021년", "3천억 원".
NUMBER_ONLY = regex.compile(r"^[\d.,~\s]+(?:년도?|월|일|억|만|천|조|원|%|명|개)*\s*(?:원)?$")
# An item that ends in an amount or a head count: "국비 100억원", "청년 300명", "18곳".
QUANTITY_END = regex.compile(r"\d[\d,.]*\s*(?:천|만|억|조)?\s*(?:원|명|개소|곳|가구|건|톤|%|㎡|평)$")
# A bulleted item that names a part of the plan, not a policy: "…의 3대 목표", "12개 전략 및", "…도정비전과".
PLAN_PART = regex.compile(
    rf"(?:(?<![\d가-힣(])\d{{1,3}}\s*(?:대|개|가지)\s+(?:[가-힣]+\s)?[가-힣]*(?:{HEAD_NOUNS})(?:\s*(?:및|과|와))?"
    rf"|(?:{HEAD_NOUNS})(?:과|와|\s및))$"
)
# Finders whose items are whole lines of the outline, headings that may be sentences ("…키우겠습니다").
STRUCTURAL = frozenset({"outline", "headings"})
# Finders whose items are marked by bullets.
BULLETED = frozenset({"inline", "lines"})
# Awards won or given, not policies: "… 등 3개 부문을 수상했다", "3개 부문에서 최우수상을", "4개 분야의 시상".
AWARDED = regex.compile(r"(?:을|를|에서|에|의)?\s*(?:수상|시상|석권|휩쓸|(?:최우수|우수|대)상(?:을|을\s?받|에\s?선정))")
# A label that distributes over categories: "복지·문화·환경 등 도정 |분야별| 주요전략들을" — the items
# name the fields, not the strategies ("… 등 권역별 관광전략을" lists strategies: a region is no category).
PER_CATEGORY = regex.compile(rf"(?:{'|'.join(CATEGORY_NOUNS)})별")
# What each piece of evidence weighs when two readings take the same words: selection reads the pairs
# in order of score, and a pair meets only the words that higher pairs left. Set by hand, in the
# order the genre gives them (see ``policyparse explain`` for a document's scores):
# - the shape: bullets and footnote marks say themselves where items are; brackets next; then bulleted
#   lines, prose lists before and after their label, and outline lines and numbered headings last;
SHAPE_WEIGHTS = {
    "footnote": 0.0,
    "inline": 0.0,
    "ordinals": 0.0,
    "bracket": -1.0,
    "lines": -2.0,
    "prose-before": -3.0,
    "prose-after": -4.0,
    "outline": -5.0,
    "headings": -5.0,
}
# - a count said in a sentence before the run names it only where no label stands with its items;
NAMED_BEFORE_WEIGHT = min(SHAPE_WEIGHTS.values()) - 1.0
# - a declared count that the items agree with ("3대 전략" over three items), the strongest signal
#   the genre gives of where a list begins and ends: it outweighs a step or two of shape ("방침으로
#   ‘A, B, C’ 등 3개 방침을" is read by the counted label after the items). On the dev corpus any
#   weight from 1.5 to 6 gives the same readings (0.5 changes none); a count the items do not meet
#   takes nothing away (penalties of 1.5 to 6 changed no reading there either).
COUNT_AGREES_WEIGHT = 3.0


@dataclass
class Candidate:
    """A list found by one finder, before clean-up."""

    label: Label
    items: list[tuple[int, int]]
    finder: str
    spoken: bool = False  # found inside quotation marks (FORMAT: not read unless asked)
    borrowed: bool = False  # named by a count in a sentence before the items'
    group_of: Candidate | None = None  # a named group of that list's members (FORMAT: nested lists)

    @property
    def region(self) -> tuple[int, int]:
        return self.items[0][0], self.items[-1][1]


@dataclass(frozen=True)
class Evidence:
    """What speaks for one (label, run) pair, and its score under the weights above."""

    shape: str
    declared: int | None
    items: int
    counted: bool
    named_before: bool

    @property
    def count_agrees(self) -> bool | None:
        return self.declared == self.items if self.declared is not None else None

    @property
    def score(self) -> float:
        weight = NAMED_BEFORE_WEIGHT if self.named_before else SHAPE_WEIGHTS[self.shape]
        return weight + (COUNT_AGREES_WEIGHT if self.count_agrees else 0.0)

    def shown(self) -> dict[str, int | float | bool | None]:
        """The evidence as ``explain`` prints it."""
        return {
            "declared": self.declared,
            "items": self.items,
            "count agrees": self.count_agrees,
            "counted label": self.counted,
            "named before": self.named_before or None,
            "score": self.score,
        }


def weigh(cand: Candidate, items: list[Cut]) -> Evidence:
    """The evidence for reading ``cand`` with its cleaned ``items`` as a list."""
    label = cand.label
    return Evidence(cand.finder, label.declared, len(items), label.counted, cand.borrowed)


def rejection(text: str, cand: Candidate, items: list[Cut]) -> str | None:
    """Why a suggested list is no list, or None."""
    if len(items) < 2:
        return "fewer than two items"
    if AWARDED.match(text, cand.label.end):
        return "award categories, not policy items"
    if text[cand.label.start : cand.label.end].rstrip().endswith(AREA_HEADS):
        return "the items name places, not policy items"  # "4개 권역(북부, 중부, 청주, 남부)"
    if PER_CATEGORY.search(text, cand.label.start, cand.label.end):
        return "the items name the fields the label is given by, not policy items"
    if sum(i.text.startswith(PAGE_FIELDS) for i in items) >= 2:
        return f"a posting's fields, not policy items: '{items[0].text[:30]}'"  # "담당자 …", "등록일 …"
    if len({squashed(i.text) for i in items}) * 2 <= len(items):
        return f"the same words over and over, not distinct items: '{items[0].text[:30]}'"  # a caption per image
    if cand.finder not in STRUCTURAL:
        return _implausible(text, items, bulleted=cand.finder in BULLETED, targets=cand.label.kind == "goal")
    return None


def record_candidate(page: Page, text: str, cand: Candidate, items: list[Cut], reason: str | None) -> None:
    """Keep the pair, its evidence and the decision on it for ``explain``."""
    if page.trace is None:
        return
    label = cand.label
    page.trace.append(
        ListCandidate(
            shape=cand.finder,
            label=Grounded(text=text[label.start : label.end], span=Span(start=label.start, end=label.end)),
            items=[Grounded(text=i.text, span=Span(start=i.start, end=i.end)) for i in items],
            kept=reason is None,
            reason=reason or "kept",
            evidence=weigh(cand, items).shown(),
        )
    )


class Cut(NamedTuple):
    """An item as cut from the text, before it becomes a model: a tuple, as a long outline suggests
    tens of thousands of them and most candidates are dropped."""

    text: str
    start: int
    end: int


def clean_items(text: str, spans: list[tuple[int, int]]) -> list[Cut]:
    items = []
    for s, e in spans:
        s, e = trim(text, s, e, TRIM + ",;" + INLINE_BULLETS)
        if ordinal := ORDINAL.match(text, s, e):
            s = ordinal.end()
        while e > s and text[e - 1] in ".。":
            e -= 1
        if s < e and text[s] in PHRASE_QUOTES and text[e - 1] == PHRASE_QUOTES[text[s]]:
            s, e = trim(text, s + 1, e - 1)
        if s < e:
            items.append(Cut(text[s:e], s, e))
    return items


def _implausible(text: str, items: list[Cut], *, bulleted: bool = False, targets: bool = False) -> str | None:
    """Why the items are no policy items, or None: items are short noun phrases; one that names
    another counted list means the sentence names plan parts.

    Bullets mark their items themselves: a bulleted item may be longer, may be a slogan in the polite
    style ('▲강남이 선도합니다') and may hold a count of its own ('▲3대 기술 확보'). Goals may be
    figures to reach ('매출액 7조 원, 농가소득 6000만 원대 진입이라는 2대 목표': ``targets``).
    """
    for item in items:
        body = item_words(item.text, bulleted=bulleted)
        if len(item.text) > (MAX_BULLET_ITEM if bulleted else MAX_ITEM):
            return f"an item is too long to be one: '{item.text[:30]}…'"
        if CLAUSE_END.search(body + " "):
            return f"an item is a clause: '{item.text}'"
        if NUMBER_ONLY.match(item.text) or (QUANTITY_END.search(item.text) and not targets):
            return f"an item is a number or an amount: '{item.text}'"  # "2019, 2020, 2021년", "국비 100억원"
        if bulleted and PLAN_PART.search(item.text):
            return f"the bullets name the plan's parts: '{item.text}'"  # "▲…의 3대 목표 ▲12개 전략 및"
        if not bulleted and INNER_LIST.search(item.text):
            return f"an item closes a list of its own: '{item.text}'"
        if not bulleted and COUNTED_PHRASE.search(item.text) and "(" not in item.text:
            return f"the sentence names the plan's parts: '{item.text}'"
    return None


def squashed(s: str) -> str:
    return SPACES.sub("", s)
