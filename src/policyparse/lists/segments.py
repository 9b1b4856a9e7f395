"""Where an item ends: sentences and joined lines of the page, and the cuts of a run into items —
at commas, 과/와, middots, particles, a clause or a new topic; morphology only where a cut needs it."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import regex

from ..blocks import LINE_MARKER
from ..labels import CLOSING_COUNT, HEAD_NOUNS, count_of, label_starting_at
from ..layout import Line, Page, sentence_ends
from ..lexicon import BULLETS, LETTER_ORDER, MIDDOTS, ORDINAL_WORDS, PHRASE_QUOTES
from ..morph import Eojeol, Morph, ends_in_modifier, is_predicate, words_back, words_in
from ..spans import TRIM, trim
from ..wrapping import hard_wrapped, runs_on
from .patterns import (
    CLAUSE_END,
    COLON_BEFORE,
    ETC,
    MAX_BULLET_ITEM,
    MAX_ITEM,
    MAX_SPAN,
    NUMBERINGS,
    ORDINAL,
    POLITE_END,
)

# Members in brackets closing an item: "특화 분야(|우주·항공·수소|)".
TRAILING_BRACKET = regex.compile(r"\((?P<inner>[^()\n]{1,200})\)\s*$")
# The first ordinal of a prose list, inside the sentence that opens it: "조 시장은 첫째 기업 유치를 …".
FIRST_ORDINAL = regex.compile(r"(?<![가-힣])첫째\s*,?\s*")
# An item that leads the rest: "스마트시티를 비롯해 …", "스마트시티를 비롯한 …".
INCLUDING = regex.compile(r"(?<=[가-힣)’”])(?:을|를)\s+비롯(?:해서|해|하여|한)\s+$")
# The quotative at a word's end: "대한민국이라는", "도시라는".
QUOTATIVE_END = regex.compile(r"(?<=[가-힣)’'”])(?:이라는|라는)$")


# The closer 등 and the name it gives, joined to a next item inside one segment: "금형산업 등 지역연고산업과 …"
# (not "아동·청소년 등 보호 강화", one item).
INNER_ETC = regex.compile(r"\S\s+등\s+\S+(?:과|와)\s+\S")
# The first few words of a stretch: " 양질의 일자리 창출 중심의 산업생태계 ".
FIRST_WORDS = regex.compile(r"\s*(?:\S+\s+){0,5}\S*")
# A field separator on one line: "… 5.우리 뜻이 통하는 충남 / 권역별 5대 전략 : …".
FIELD_SEPARATOR = regex.compile(r"\s/\s")
# A numbering after a line's bullet: "- 01 의원 청렴성 제고" (the "01 "), "· 가. …".
SECOND_NUMBER = regex.compile(r"\s*(?:\d{1,2}[.)]?|[가-하][.)])\s+")
# A number bullet: "1.", "1)", "(1)".
NUMBER_DOT = regex.compile(rf"\d{{1,2}}[.)]|\(\d{{1,2}}\)|[{LETTER_ORDER}][.)]")
# An object particle and a comma inside a bullet's stretch, a clause of the sentence after them up to
# the next bullet: "▲글로벌 30|을, 사회통합의 공동체 형성 전략 부분에서는 ▲경기공동체".
HANDED_ON = regex.compile(r"(?<=[가-힣\d)])(?:을|를),\s+[^,]{0,40}?(?:에서는|에는|으로는|로는)\s*$")
# A joining word left at the end of an item before the next bullet: "…(…)과", "… 및".
JOINER_AT_END = regex.compile(r"(?:(?<=\))|(?<=[가-힣]))(?:와|과|및|그리고)$")
# Words analysed first when a list's first items are read back from a closer; more only if they all fit.
TRAILING_WORDS = 8
# Cheap tests that spare the morphology where no label can be: a label ends in a head noun
# ("…대표산업", "…추진전략") or carries a count ("5대 …", "두 가지 …") close by.
# A head noun ending the text before a particle: "…대표산업", "…추진과제)".
HEAD_AT_END = regex.compile(rf"(?:{HEAD_NOUNS})\)?\s*$")
# Units written apart from their figure, inside an item: "매출액 7조 원", "청년 1천 명".
UNIT_WORDS = frozenset({"원", "명", "개", "곳", "건", "톤", "개소", "가구"})
# Nouns of time that open a sentence's adverbial, never an item: "지난해", "올해", "이날", "상반기".
TIME_WORDS = frozenset(
    """지난해 작년 올해 금년 내년 명년 이번 이날 오늘 최근 현재 향후 그동안 앞으로 당초 지난달 이달
    다음달 상반기 하반기 연내 연말 연초 올 새해""".split()
)
# A copula that joins the next clause at a segment's end: "…, 환경 개선이고", "…, 녹색 전환이며".
JOINING_COPULA = regex.compile(r"(?<=[가-힣])(?:이고|이며)\s*,?\s*$")


def sentences_of(text: str, ln: Line) -> list[tuple[int, int]]:
    """The sentences of a line; an exclamation inside a bulleted item ("△일자리가 넘치는 함평! △…")
    ends no sentence when the next bullet of the run follows it."""
    spans = []
    pos = ln.start
    for m in sentence_ends(text, ln.start, ln.end):
        if text[m.start() - 1] == "!" and _bullets_go_on(text, pos, m.start(), m.end(), ln.end):
            continue
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, ln.end))
    return [(a, b) for a, b in spans if b > a]


def logical_lines(text: str, page: Page) -> list[Line]:
    """Content lines, a line broken inside its sentence joined to the next (a sentence wrapped by the
    page: "4대 정책 ; 1. A, 2. B,\n3. C", "…신산업과 레이저 산업,\n로봇 융합산업, …자원산업의\n5대 신산업을")."""
    lines = [ln for _, ln in page.filled_lines()]
    hard = hard_wrapped(page)
    out: list[Line] = []
    joining = False
    for k, ln in enumerate(lines):
        if joining and out:
            out[-1] = Line(out[-1].start, ln.end, text[out[-1].start : ln.end], out[-1].role)
        else:
            out.append(ln)
        following = lines[k + 1].stripped if k + 1 < len(lines) else ""
        joining = runs_on(ln.stripped, following, hard=hard)
    return out


def _bullets_go_on(text: str, start: int, stop: int, resume: int, end: int) -> bool:
    """Whether a bullet of the sentence so far comes again before the next full stop of the line."""
    period = text.find("다.", resume, end)
    ahead = text[resume : period if period >= 0 else end]
    return any(ch in ahead for ch in set(text[start:stop]) if ch in BULLETS)


@dataclass
class Tail:
    """Where the last item ends, and what closes the list (for a label after it)."""

    end: int
    closer_end: int | None = None  # where a label after the list may start
    closer: str = ""
    cut_off: bool = False  # the text stops inside the item


def tail_of(text: str, start: int, limit: int) -> Tail:
    """Where the item that starts at ``start`` ends, by morphology.

    It ends before 등, before a count ('6가지를'), before a particle that hands the
    sentence on to its predicate ('… 구축을 제시했다'), before a copula ('… 육성이다'),
    or at the end of the sentence.
    """
    limit = min(limit, start + MAX_ITEM + 40)  # an item longer than that is no item
    # most items end within a few words: analyse a short stretch first, the rest only if needed
    short = FIRST_WORDS.match(text, start, limit)
    if short and short.end() < limit and (tail := _tail_in(text, start, short.end(), limit)):
        return tail
    return _tail_in(text, start, limit, limit) or Tail(limit)


def _tail_in(text: str, start: int, stop: int, limit: int) -> Tail | None:
    """The item's end found among the words of ``text[start:stop]`` (the last word needs the next)."""
    window = text[start:stop]
    words = words_in(text, start, stop)
    # the last word's successor lies beyond a short stretch: decide that word in the longer one
    decided = len(words) - 1 if stop < limit else len(words)
    for i, word in enumerate(words[:decided]):
        nxt = words[i + 1] if i + 1 < len(words) else None
        first = word.morphs[0] if word.morphs else None
        if first and first.form == "등" and first.tag == "NNB" and i > 0:
            return Tail(start + words[i - 1].end, start + word.end, "등")
        if i > 0 and (quotative := QUOTATIVE_END.search(window, word.start, word.end)) and nxt is not None:
            if count_of(window[nxt.start : nxt.end + 4])[0]:
                # "… 품격 있는 대한민국이라는 3대 과제": the quotative closes the list before its label
                return Tail(start + quotative.start(), start + word.end, "라는")
        if i > 0 and CLOSING_COUNT.match(window, word.start, word.start + 12):
            return Tail(start + words[i - 1].end, start + word.start, "count")
        cut = _particle_cut(word, nxt, window, i, _modifies_ahead(words, i))
        if cut is not None:
            cut_at, closer = cut
            if closer == "topic" and i > 0 and window[words[i - 1].start : words[i - 1].end].endswith(","):
                # "△…활기찬 도시, 추진전략은 …": a new clause begins after the comma
                return Tail(start + words[i - 1].end - 1, None, "clause")
            return Tail(start + cut_at, start + word.end, closer)
    if stop < limit:
        return None
    # A sentence or paragraph that runs to the very end of the text was cut off, unless it ends a sentence.
    cut_off = not text[limit:].strip() and not text[start:limit].rstrip().endswith((".", "!", "?", "。"))
    return Tail(limit, None, "", cut_off=cut_off)


# A clause closed by a bound noun that makes it adverbial: "…이 체결된 만큼", "…할 때", "…한 가운데".
ADVERBIAL_NOUN_END = regex.compile(r"[은는된한할던운인]\s(?:만큼|때|가운데|뒤|후|이후|데|바|탓|덕분|결과)$")
# How many predicates a relative clause inside an item may chain before its modifier: "살고 싶은".
CLAUSE_CHAIN = 3


def _modifies_ahead(words: list[Eojeol], index: int) -> bool:
    """Whether the words after ``words[index]`` are a relative clause on a noun that follows:
    "누구나 |살고 싶은| 농촌", "시민이 |주인 되는| 도시" — the particle before them stays inside the item."""
    complement = False
    for nxt in words[index + 1 : index + 1 + CLAUSE_CHAIN]:
        if not is_predicate(nxt):
            if complement or not nxt.tags or not all(t.startswith("N") for t in nxt.tags):
                return False
            complement = True  # "모두가 |주인| 되는": a bare noun completes 되다 / 아니다
            continue
        if complement and nxt.morphs[0].form not in ("되", "아니"):
            return False  # "콘텐츠를 |집중| 육성할 계획": the sentence's own predicate
        if ends_in_modifier(nxt):
            return True
        if not nxt.tags or nxt.tags[-1] != "EC":
            return False
    return False


def _particle_cut(
    word: Eojeol, nxt: Eojeol | None, window: str, index: int, modifies: bool = False
) -> tuple[int, str] | None:
    """Offset in ``window`` where a particle or copula ends the item, if it does.

    ``modifies``: the next words are a relative clause on a noun of the item, so a subject,
    object or topic particle here belongs to that clause ("누구나 살고 싶은 농촌").
    """
    morphs = word.morphs
    for k, m in enumerate(morphs):
        if m.tag == "VCP" and k > 0:
            following = [x.tag for x in morphs[k + 1 :]]
            if nxt is None and "ETM" not in following:
                return word.start + m.start, "copula"
            if following[:1] == ["EC"] and [x.form for x in morphs[k + 1 : k + 2]] in (["며"], ["고"], ["으며"]):
                # "…, 문화 융성이며 이를 위한 …": the copula joins the next clause; the list ends here
                return word.start + m.start, "copula"
            return None
        if not m.tag.startswith("J") or k == 0:
            continue
        rest_tags = [x.tag for x in morphs[k:]]
        if not all(t.startswith("J") or t.startswith("S") for t in rest_tags):
            continue
        tag = m.tag
        if tag == "JC":
            return None
        if tag == "JKG":
            if nxt is not None and count_of(window[nxt.start : nxt.end])[0]:
                return word.start + m.start, "의"
            return None
        if tag in ("JX", "JKO", "JKS") and modifies:
            return None
        if tag == "JX":
            return word.start + m.start, "topic"
        if nxt is None:
            return word.start + m.start, "end"
        if tag in ("JKO", "JKS"):
            return word.start + m.start, "object"
        if is_predicate(nxt) and not ends_in_modifier(nxt):
            return word.start + m.start, "adverbial"
        return None
    nominalized = [t for t in word.tags if not t.startswith("S")][-1:] == ["ETN"]  # "만들기", "줄이기"
    if index > 0 and nxt is None and is_predicate(word) and not word.tags[0].startswith("N") and not nominalized:
        return word.start, "predicate"
    return None


def closed_by_etc(text: str, start: int, limit: int) -> Tail | None:
    """The last bullet ends at 등 when a label or a count follows it ("▲…공업지역을 복합 공간으로 바꾸는
    사업 등 3대 비전을", "… 등 3가지를"): the closer and what follows outweigh the particles inside the item."""
    closer = ETC.search(text, start, min(limit, start + MAX_BULLET_ITEM))
    if closer is None or "(" in text[start : closer.start()] or not text[start : closer.start()].strip():
        return None
    if _new_topic(text, start, closer.start()):
        return None
    if CLOSING_COUNT.match(text, closer.end() + 1, limit):
        return Tail(closer.start(), closer.end(), "등")  # "▲…거점을 형성해 …하는 전략 등 3가지를"
    label = label_starting_at(text, closer.end(), limit)
    if label is None or not label.acceptable(text):
        return None
    return Tail(closer.start(), closer.end(), "등")


def _new_topic(text: str, start: int, end: int) -> bool:
    """A comma and then a topic ("…도시, 추진전략은 A 등 7개의 전략"): the 등 closes a list of that
    other topic's clause, not the bullet run before the comma."""
    after_comma = False
    for word in words_in(text, start, end):
        raw = text[start + word.start : start + word.end]
        if after_comma and word.morphs and word.morphs[-1].tag == "JX" and word.morphs[-1].form in ("은", "는"):
            return True
        after_comma = raw.endswith(",")
    return False


def _number_at(text: str, pos: int) -> str:
    m = NUMBER_DOT.match(text, pos, pos + 4)
    return m.group(0) if m else ""


def numbering_of(number: str) -> str:
    """How a number bullet is written: "1." → "N.", "1)" → "N)", "(1)" → "(N)", "나." → "가."."""
    if number[0] in LETTER_ORDER:
        return "가" + number[-1]
    return "(N)" if number.startswith("(") else "N" + number[-1]


def ordinal_of(number: str) -> int:
    """The place a number bullet gives its item: "3." → 3, "(2)" → 2, "다." → 3, "둘째," → 2 (0: none)."""
    word = number.strip(" ,").removesuffix("째")
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS.index(word) + 1
    if number[0] in LETTER_ORDER:
        return LETTER_ORDER.find(number[0]) + 1
    digits = "".join(ch for ch in number if ch.isdigit())
    return int(digits) if digits else 0


def marker_width(text: str, pos: int, kind: str) -> int:
    """How many characters the bullet at ``pos`` takes: "▲" 1, "12." 3, "둘째, " 4."""
    if kind in NUMBERINGS:
        return len(_number_at(text, pos))
    if kind == "첫째" and (ordinal := ORDINAL.match(text, pos)):
        return len(ordinal.group(0))
    return 1


def marker_item(text: str, a: int, b: int, kind: str) -> tuple[int, int]:
    s, e = trim(text, a + marker_width(text, a, kind), b, TRIM + ",")
    # "‣주력산업 5개 부문(…)과 ‣협력산업": a joining particle before the next bullet
    joiner = JOINER_AT_END.search(text[s:e])
    if joiner and (text[e - len(joiner.group(0)) - 1] == ")" or len(joiner.group(0)) > 1):
        s, e = trim(text, s, e - len(joiner.group(0)), TRIM + ",")
    if handed := HANDED_ON.search(text, s, e):
        # "▲C을, 사회통합 부문에서는 ▲D": the object ends the item, a new clause leads to the next bullet
        s, e = trim(text, s, handed.start())
    return s, e


def list_limit(text: str, pos: int, end: int) -> int:
    """A list inside a line stops at " / " (a new field on the same line)."""
    m = FIELD_SEPARATOR.search(text, pos, end)
    return m.start() if m else end


def with_leading_modifier(text: str, floor: int, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first item of a prose list takes the modifier before it when other items open with one:
    "시는 활기찬 경제, 능동적 복지, 섬기는 행정을" — '활기찬' belongs to the first item."""
    if len(items) < 2:
        return items
    first_start = items[0][0]
    before = words_back(text, floor, first_start, 1)
    words = words_in(text, before, first_start)
    if len(words) != 1 or not (is_predicate(words[0]) and ends_in_modifier(words[0])):
        return items
    clauses = any(_opens_with_subject_clause(text, a, b) for a, b in items[1:])
    if not clauses and not any(_opens_with_modifier(text, a, b) for a, b in items[1:]):
        return items
    start = before + words[0].start
    adverb_at = words_back(text, floor, start, 1)
    adverb = words_in(text, adverb_at, start)
    if len(adverb) == 1 and (adverb[0].tags == ("MAG",) or adverb[0].tags[-1:] == ("ETN",)):
        # "다시 뛰는 금천", "살기 좋은 농촌": the adverb, or the nominalized verb, goes with its modifier
        start = adverb_at + adverb[0].start
    elif len(adverb) == 1 and _subject(adverb[0]) and clauses:
        # "모두가 행복한 복지, 희망이 넘치는 농촌의 6대 목표": parallel items, each with its clause's subject
        start = adverb_at + adverb[0].start
    return [(start, items[0][1]), *items[1:]]


def _subject(word: Eojeol) -> bool:
    return len(word.morphs) > 1 and word.morphs[-1].tag == "JKS"


def _opens_with_subject_clause(text: str, start: int, end: int) -> bool:
    """An item that opens with a relative clause and its subject: "희망이 넘치는 농촌"."""
    words = words_in(text, start, end)
    return len(words) > 2 and _subject(words[0]) and is_predicate(words[1]) and ends_in_modifier(words[1])


def _opens_with_modifier(text: str, start: int, end: int) -> bool:
    """An item that opens with a relative clause: "섬기는 정부", "걷고 싶은 도시", "걷기 편한 골목"."""
    words = words_in(text, start, end)
    if len(words) > 2 and _complement(words[0]):
        words = words[1:]  # the modifier's complement before it: "걷기 |편한| 골목"
    return len(words) > 1 and is_predicate(words[0]) and (ends_in_modifier(words[0]) or _modifies_ahead(words, 0))


def _joined_first(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The first item of a comma list split at a joining 와/과 when it is two noun phrases
    ("드론과 반도체, 인공지능"), as the list read backwards splits its first segment."""
    if not _clean_segment(text, start, end):
        return [(start, end)]
    found = _trailing_phrase(text, start, start, end, True)
    if found and len(found) > 1 and found[0][0] == start:
        return found
    return [(start, end)]


def head_before(text: str, pos: int) -> bool:
    return HEAD_AT_END.search(text[max(0, pos - 12) : pos]) is not None


def in_quotes(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos] in PHRASE_QUOTES


def items_forward(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], Tail]:
    """Comma-separated items from ``start``; the last one ends where the sentence takes over."""
    if in_quotes(text, start):
        close = text.find(PHRASE_QUOTES[text[start]], start + 1, end)
        if close > 0 and "," in text[start:close]:
            segments = split_at(text, start + 1, close, ",")
            return [trim(text, a, b, TRIM + ",") for a, b in segments], Tail(close + 1, close + 1, "quote")
    limit = list_limit(text, start, min(end, start + MAX_SPAN))
    segments = split_at(text, start, limit, ",")
    for k, (a, b) in enumerate(segments[:-1]):
        if copula := JOINING_COPULA.search(text, a, b):
            # "A, B, C이고, 5대 과제는 …": the copula ends this list; a new clause follows
            items = [trim(text, x, y, TRIM + ",") for x, y in segments[:k]] + [trim(text, a, copula.start())]
            return (items, Tail(copula.start(), None, "copula")) if len(items) >= 2 else ([], Tail(start))
    if len(segments) < 2:
        return [], Tail(start)
    clean = [_clean_segment(text, *trim(text, x, y)) for x, y in segments[:-1]]
    if not clean[0]:
        return [], Tail(start)  # "‘협약’이 체결된 만큼, …": the sentence's own clause, not a first item
    for k, (a, b) in enumerate(segments[1:-1], start=1):
        if not all(clean[:k]):
            break
        inner = tail_of(text, a, b)
        if (
            inner.closer in ("object", "adverbial", "copula")
            and inner.closer_end
            and text[inner.closer_end : b].strip()
        ):
            # "A, B, C로 정했으며, 각 …": the sentence's predicate follows inside this segment; the list ends here
            items = [trim(text, x, y, TRIM + ",") for x, y in segments[:k]] + [trim(text, a, inner.end)]
            return items, inner
    items = [trim(text, a, b, TRIM + ",") for a, b in segments[:-1]]
    items[:1] = _joined_first(text, *items[0])
    last_start = segments[-1][0]
    tail = tail_of(text, last_start, limit)
    if not tail.cut_off or COLON_BEFORE.search(text, max(0, start - 3), start):
        # a field line ("3대 추진전략: A, B, C") is complete at its end; a sentence is cut off
        items.append(trim(text, last_start, tail.end, TRIM + ","))
    return items, tail


# The quotation marks inside which no separator splits, and their closing marks.
SPLIT_QUOTES = {"‘": "’", "“": "”", "「": "」", "『": "』"}


def split_at(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """Split on ``sep`` outside brackets and quotation marks; a mark that opens a quotation closed
    only after ``end`` (the speech a list stands in: '“올해 A, B 등 …') quotes nothing here."""
    segments = []
    depth = 0
    quote: str | None = None
    pos = start
    for i in range(start, end):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = None
            continue
        if ch in SPLIT_QUOTES and text.find(SPLIT_QUOTES[ch], i + 1, end) >= 0:
            quote = SPLIT_QUOTES[ch]
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch == sep and depth == 0:
            segments.append((pos, i))
            pos = i + 1
    segments.append((pos, end))
    return [(a, b) for a, b in segments if text[a:b].strip()]


def items_backward(text: str, floor: int, end: int, *, joined: bool = False) -> list[tuple[int, int]]:
    """Items of a prose list that ends at ``end``, walking back over comma-separated segments.

    Segments that read as items are taken whole; the first segment that does not
    gives only its trailing noun phrase (or quoted phrase), and the walk stops. ``joined``: the
    list has no comma, its items are joined by 와/과 in one segment.
    """
    segments = split_at(text, max(floor, end - MAX_SPAN), end, ",")
    if not segments:
        return []
    items: list[tuple[int, int]] = []
    for k in range(len(segments) - 1, -1, -1):
        a, b = trim(text, *segments[k])
        if k > 0 and _clean_segment(text, a, b):
            items.insert(0, (a, b))
            continue
        opening = FIRST_ORDINAL.search(text, a, b)
        if opening and items and ORDINAL.match(text, items[0][0]):
            # "첫째 A, 둘째 B, 셋째 C": the first item is all that follows 첫째
            items.insert(0, trim(text, opening.end(), b))
            break
        if len(segments) == 1 and (dotted := _middot_run(text, a, b)) is not None:
            items = dotted  # "경제도약·혁신성장·삶의 질·스마트 등을": the run from its first joined word
            break
        heads = _first_items(text, a, b, split_joined=len(segments) > 1 or joined)
        if heads and (leading := INCLUDING.search(text, a, heads[0][0])):
            # "스마트시티를 비롯해 수소도시, …": the item before 비롯해 leads the list
            heads[:0] = _first_items(text, a, leading.start(), split_joined=False)
        items[:0] = heads
        break
    if len(items) == 1:
        s, e = items[0]
        inner_s, inner_e = s, e
        if text[s] in PHRASE_QUOTES and text[e - 1] == PHRASE_QUOTES[text[s]]:
            inner_s, inner_e = s + 1, e - 1
        if inner_s > s and "," in text[inner_s:inner_e]:
            # "‘에너지, 바이오, 관광’ 등 3대 산업": the whole list inside one pair of quotes
            return [trim(text, a, b, TRIM + ",") for a, b in split_at(text, inner_s, inner_e, ",")]
        if any(ch in MIDDOTS for ch in text[inner_s:inner_e]):
            return [trim(text, a, b) for a, b in split_any(text, inner_s, inner_e)]
    return items


def middots_to_count(text: str, floor: int, end: int, count: int) -> list[tuple[int, int]] | None:
    """The items of a list closed at ``end`` cut at its middots, when exactly ``count`` - 1 middots
    stand in ``text[floor:end]`` and the count says how many items there are: then a comma inside
    the run belongs to an item ("…·스마트도시·새로운 10년, 대약진 기반 구축 등 5개를"). The first
    item is the trailing phrase before the first middot. None when the middots do not meet the count.
    """
    dots = [i for i in range(floor, end) if text[i] in MIDDOTS]
    if count < 2 or len(dots) != count - 1:
        return None
    bounds = [floor, *dots, end]
    pieces = [trim(text, a + (k > 0), b, TRIM + ",") for k, (a, b) in enumerate(itertools.pairwise(bounds))]
    head = _first_items(text, *pieces[0], split_joined=False)
    if not head or any(a >= b for a, b in pieces[1:]):
        return None
    return [(head[-1][0], pieces[0][1]), *pieces[1:]]


def bracket_groups(
    text: str, items: list[tuple[int, int]], count: int
) -> list[tuple[tuple[int, int], list[tuple[int, int]]]] | None:
    """Each item's name and the members it holds in brackets at its end, when the members make up
    ``count`` together and the items do not: "10개 산업군을 △특화 분야(우주·항공·수소) △확장 분야(인공지능·
    로봇) …" lists the ten members, in named groups. None unless every item ends in such a bracket."""
    groups: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    for a, b in items:
        inner = TRAILING_BRACKET.search(text, a, b)
        if inner is None:
            return None
        members = [trim(text, s, e) for s, e in split_any(text, *inner.span("inner"))]
        groups.append((trim(text, a, inner.start()), members))
    members = [m for _, group in groups for m in group]
    if len(members) != count or any(s >= e for s, e in [*members, *(name for name, _ in groups)]):
        return None
    return groups


def _middot_run(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Items joined by middots in a stretch that holds no comma, from the word holding the first middot
    (an item may hold a space: "삶의 질"); None when no middot joins two words here."""
    first = next((i for i in range(start, end) if text[i] in MIDDOTS), None)
    if first is None:
        return None
    space = max(text.rfind(" ", start, first), text.rfind("\n", start, first))
    run_start = space + 1 if space >= 0 else start
    if "," in text[run_start:end] or any(ch in PHRASE_QUOTES for ch in text[run_start:end]):
        return None  # "“…문·예·체 교육, …”": the middots join the words of one quoted item
    pieces = [trim(text, a, b) for a, b in split_any(text, run_start, end)]
    if len(pieces) < 2 or not all(a < b and _clean_segment(text, a, b) for a, b in pieces[1:]):
        return None  # "검토·분석한 후": middots join the predicates of a clause
    if head := _first_items(text, *pieces[0], split_joined=False):
        pieces[0] = (head[-1][0], pieces[0][1])
    return pieces


def _clean_segment(text: str, start: int, end: int) -> bool:
    """A segment that reads as one item: a quoted phrase, or a short phrase with no clause in it."""
    seg = text[start:end]
    if not seg or len(seg) > MAX_ITEM:
        return False
    if ADVERBIAL_NOUN_END.search(seg):
        return False  # "…협약이 체결된 만큼": an adverbial clause, not an item
    if INNER_ETC.search(seg):
        return False  # "금형산업 등 지역연고산업과 연구센터": another list closes inside the segment
    if seg[0] in PHRASE_QUOTES and seg[-1] == PHRASE_QUOTES[seg[0]]:
        return True
    words = words_in(text, start, end)
    if not words:
        return False
    if words[0].tags and words[0].tags[0] in ("MAJ", "MAG", "IC") and words[0].morphs[0].form != "및":
        return False
    for i, word in enumerate(words):
        for t in word.tags:
            if t.startswith("J") and t not in ("JKG", "JC") and not _modifies_ahead(words, i):
                return False
            if t.startswith("E") and t not in ("ETM", "ETN") and not (t == "EC" and _modifies_ahead(words, i)):
                return False
    return True


def all_phrases(text: str, items: list[tuple[int, int]]) -> bool:
    """Prose list items are phrases, not clauses: no connective ending ('…구축하고', '…설립해'),
    unless it opens a relative clause on a noun of the item ('살고 싶은 도시', '더불어 잘사는 경제')."""
    for a, b in items:
        if text[a:b][:1] in PHRASE_QUOTES:
            continue
        words = words_in(text, a, b)
        for i, word in enumerate(words):
            endings = [m for m in _last_conjunct(word) if m.tag.startswith("E")]
            if endings and endings[-1].tag in ("EC", "EF") and endings[-1].form != "게":
                if endings[-1].tag == "EC" and _modifies_ahead(words, i):
                    continue
                return False
    return True


def split_any(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for i in range(start, end):
        if text[i] in MIDDOTS:
            out.append((pos, i))
            pos = i + 1
    out.append((pos, end))
    return out


def _first_items(text: str, floor: int, end: int, *, split_joined: bool = True) -> list[tuple[int, int]]:
    """The trailing noun phrase of ``text[floor:end]``, split at a joining 와/과 ("미래차와 로봇")."""
    window = text[floor:end]
    closing = window.rstrip()[-1:] if window.strip() else ""
    opener = next((o for o, c in PHRASE_QUOTES.items() if c == closing and o != c), None) or (
        closing if closing in "'\"" else None
    )
    if opener is not None:
        open_at = window.rfind(opener, 0, len(window.rstrip()) - 1)
        if open_at >= 0:
            return [trim(text, floor + open_at, floor + len(window.rstrip()))]
    if closing == ")" and (open_at := window.rfind("(")) > 0 and window[open_at - 1] != " ":
        # "수소도시(2025년 완공)": the bracket belongs to the noun before it
        found = _first_items(text, floor, floor + open_at, split_joined=split_joined)
        if found and found[-1][1] == floor + open_at:
            return [*found[:-1], (found[-1][0], floor + len(window.rstrip()))]
        return found
    # the phrase is read from its last word back and is short: analyse the last words first
    near = words_back(text, floor, end, TRAILING_WORDS)
    found = _trailing_phrase(text, floor, near, end, split_joined)
    if found is None:
        found = _trailing_phrase(text, floor, floor, end, split_joined) or []
    return found


def _trailing_phrase(text: str, floor: int, start: int, end: int, split_joined: bool) -> list[tuple[int, int]] | None:
    """The trailing items among the words of ``text[start:end]``; None if they may reach before ``start``."""
    window = text[floor:end]
    shift = start - floor
    words = words_in(text, start, end)
    items: list[tuple[int, int]] = []
    item_end = len(window.rstrip())
    item_start = None
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        w_start = shift + word.start
        raw = window[w_start : shift + word.end]
        if _item_word(word, raw):
            item_start = w_start
            if len(words) - k > 6:
                break
            continue
        if split_joined and item_start is not None and _modifies_after_join(words, k):
            item_start = w_start  # "좋은 농촌과 |든든한| 공동체": the joined item's own modifier
            continue
        if split_joined and word.morphs and word.morphs[-1].tag == "JC" and item_start is not None:
            if k > 0 and window[shift + words[k - 1].start : shift + words[k - 1].end] == "등":
                break  # "A, B 등 지역연고산업과 C": the joined noun names the list before, not an item
            items.append((floor + item_start, floor + item_end))
            item_end = w_start + word.morphs[-1].start
            item_start = w_start
            continue
        break
    else:
        if start > floor:
            return None
    if item_start is None:
        return []
    items.append((floor + item_start, floor + item_end))
    return [trim(text, a, b) for a, b in reversed(items)]


def _modifies_after_join(words: list[Eojeol], k: int) -> bool:
    """Word ``k`` modifies the noun after it and follows a joining 와/과, right before it or before
    its complement: "살기 좋은 농촌과 |든든한| 공동체", "하천과 걷기 |편한| 골목". The first item's
    own modifier is read by ``with_leading_modifier``."""
    word = words[k]
    if k == 0 or not (is_predicate(word) and ends_in_modifier(word)):
        return False
    before = words[k - 1]
    if k > 1 and _complement(before):
        before = words[k - 2]  # "하천과 걷기 |편한| 골목": a complement of the modifier between
    return bool(before.morphs) and before.morphs[-1].tag == "JC"


def _complement(word: Eojeol) -> bool:
    """A bare noun or a nominalized verb that a modifier after it takes: "|걷기| 편한", "|살기| 좋은"."""
    return bool(word.tags) and (word.tags[-1] == "ETN" or word.tags == ("NNG",))


def _last_conjunct(word: Eojeol) -> tuple[Morph, ...]:
    """The morphemes after a word's last middot: "나노·반도체" → 반도체.

    Kiwi may misread nouns joined by middots before the last one ("나/VV 노/EC"); what
    the word is in a sentence shows in its last conjunct.
    """
    joints = [k for k, m in enumerate(word.morphs) if m.form in MIDDOTS]
    return word.morphs[joints[-1] + 1 :] if joints and joints[-1] > 0 else word.morphs


def _nominalized(tags: tuple[str, ...]) -> tuple[str, ...]:
    """Tags with a nominalized predicate read as the noun it makes: "나눔" (나누/VV ㅁ/ETN) → NNG."""
    if "ETN" not in tags:
        return tags
    out: list[str] = []
    for tag in tags:
        if tag == "ETN" and out and out[-1].split("-")[0] in ("VV", "VA", "XSV", "XSA"):
            out[-1] = "NNG"
        elif tag != "ETN":
            out.append(tag)
    return tuple(out)


def _item_word(word: Eojeol, raw: str) -> bool:
    """A word that can stand inside an item: nouns, symbols, quotes, '및' — no particle, no time."""
    if raw in ("및",) or raw in UNIT_WORDS:
        return True  # "및"; a unit after a figure: "매출액 7조 |원|"
    if raw in TIME_WORDS:
        return False  # "시는 지난해 A, B, C 등": the time of the sentence, not part of its first item
    tags = _nominalized(tuple(m.tag for m in _last_conjunct(word)))
    if not tags:
        return False
    if "SN" in tags and any(t in ("NNB", "XSN") for t in tags):
        return False
    return all(
        t in ("NNG", "NNP", "NR", "SL", "SH", "SN", "XSN", "XPN", "SW", "SSO", "SSC", "SP", "SO", "NNB") for t in tags
    ) and not (len(tags) == 1 and tags[0] == "NNB")


def bare_item(text: str, start: int, end: int) -> bool:
    """A short line without a bullet that reads as an item, not a sentence or another counted heading."""
    return (
        0 < end - start <= 40
        and not LINE_MARKER.match(text, start, end)
        and short_item(text, start, end)
        and not count_of(text[start:end])[0]
        and text[end - 1] not in ".:："
    )


def short_item(text: str, start: int, end: int, *, bulleted: bool = False) -> bool:
    """A line's body short enough to be an item, and no clause (a bulleted line may be longer, and
    may be a pledge in the polite style: "1. 미세먼지에 총력 대응합니다.")."""
    body = text[start:end].strip()
    words = item_words(body, bulleted=bulleted)
    return len(body) <= (MAX_BULLET_ITEM if bulleted else MAX_ITEM) and not CLAUSE_END.search(words + " ")


def item_words(item: str, *, bulleted: bool) -> str:
    """An item as the clause test reads it: a bulleted one without the polite ending of a slogan or
    pledge ('▲강남이 선도합니다', '1. …를 열어가겠습니다') and without exclamation marks ('▲… 함평!')."""
    return POLITE_END.sub("", item).replace("!", "") if bulleted else item


def line_item(text: str, start: int, end: int) -> tuple[int, int]:
    """A line's item without a second numbering: "- 01 의원 청렴성 제고" → "의원 청렴성 제고"."""
    m = SECOND_NUMBER.match(text, start, end)
    if m:
        start = m.end()
    return trim(text, start, end, TRIM + ".;,")
