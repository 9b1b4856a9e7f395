"""List labels: the noun phrase that names a list ('11대 대표산업', '2024년 중점 추진계획')."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .lexicon import (
    BULLETS,
    ETC_WORD,
    KIND_SUFFIXES,
    NUMBER_BULLETS,
    OTHER_HEADS,
    RELATIVE_YEARS,
    UNCOUNTED_OTHER_HEADS,
)
from .models import Kind
from .morph import NOUN_TAGS, Eojeol, Morph, ends_in_modifier, is_predicate, words_in

# A count that opens a label: "11대", "7개", "5 가지", "세 가지", "5+1", "5韓".
COUNT = regex.compile(
    r"^(?:(?P<n>\d{1,3})\s*(?P<unit>대|개(?!년|월)|가지|건)"
    r"|(?P<word>한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:가지|개(?!년|월))"
    r"|(?P<plus>\d{1,2}\s*\+\s*\d{1,2})|(?P<glyph>\d{1,2})(?=\p{Han}))"
)
# Words that point at a list rather than name it: "다음 3대 전략", "아래 5대 과제", "상기 과제".
DETERMINERS = frozenset({"다음", "아래", "위", "상기", "하기", "해당"})
# A count with the genitive, opening a label: "4개의 과제", "5가지의 방향", "3대의 전략".
COUNT_OF = regex.compile(r"\d{1,3}\s?(?:개|가지|대)의")
# A count closing a list without a noun: "6가지를", "5개를", "3건이".
CLOSING_COUNT = regex.compile(
    r"(?:(?P<n>\d{1,3})\s*(?:개|가지|건)|(?P<word>두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*가지)(?=[을를이가의로]|\s|$)"
)
# A year written in a label: "2024년", "2015년도", "2024 중점과제".
LABEL_YEAR = regex.compile(r"(?P<year>(?:19|20)\d{2})(?:\s*년도?|(?=\s))")
WORD_NUMBERS = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
# Head nouns so generic that, bare, they name no list ("방안으로 …", "목표로 …").
BARE_HEADS = (
    "방안", "정책", "사업", "계획", "과제", "전략", "목표", "방향", "산업", "방침", "프로젝트", "시책",
)  # fmt: skip


def count_of(text: str) -> tuple[bool, int | None]:
    """Whether ``text`` opens with a count, and the number it declares ("5+1" declares none)."""
    m = COUNT.match(text.strip())
    if not m:
        return False, None
    if m.group("n"):
        return True, int(m.group("n"))
    if m.group("word"):
        return True, WORD_NUMBERS[m.group("word")]
    return True, None


def kind_of(label: str) -> Kind:
    """The list's kind, from the head noun that ends its label."""
    head = label.replace(" ", "").rstrip(")")
    for suffix, kind in KIND_SUFFIXES:
        if head.endswith(suffix):
            return kind
    return "other"


# Head nouns that end a label that names a list: "…대표산업", "…추진과제", "…분야".
HEAD_NOUNS = "|".join(sorted({suffix for suffix, _ in KIND_SUFFIXES} | set(OTHER_HEADS), key=len, reverse=True))
# Any head noun, once spaces are removed ("추진 과제" → "추진과제").
HEAD_NOUN = regex.compile(rf"(?:{HEAD_NOUNS})")
# White space, removed before looking for a head noun: " ", "\n".
SPACE = regex.compile(r"\s+")


def may_name_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a head noun, without which no label there names a list.

    Every use of a label needs one (``Label.acceptable``, ``names_bullets``, heading lines),
    so this cheap test spares the morphology of stretches that cannot hold a label.
    """
    return HEAD_NOUN.search(SPACE.sub("", text[start:end])) is not None


# Labels are short: no more than this many characters are analysed around one.
WINDOW = 80
# A label has at most five words (six with a word like 이른바 before it): only those are analysed.
LAST_WORDS = regex.compile(r"(?:\S+\s+){0,4}\S*$")
# The first words after a position, read before the rest: " 5대 전략콘텐츠를".
FIRST_FEW_WORDS = regex.compile(r"\s*(?:\S+\s+){0,3}\S*")
# The first few words after a position: " 5대 전략콘텐츠를 고도화해 …".
FIRST_WORDS = regex.compile(r"\s*(?:\S+\s+){0,6}\S*")


@dataclass
class Label:
    """A label's place in the text and what it says."""

    start: int
    end: int
    kind: Kind
    declared: int | None
    counted: bool
    year: int | None
    relative: str | None = None  # 올해 / 내년 written before the label, resolved by the caller

    def acceptable(self, text: str) -> bool:
        """Counted labels and labels with a policy head noun name lists; bare generic nouns do not."""
        phrase = text[self.start : self.end]
        if self.counted:
            if not (any(ch.isalpha() for ch in phrase.split()[-1]) or len(phrase.split()) > 1):
                return False
            # a count names policy items only before a policy noun ("5개 도시" lists places)
            return self.kind != "other" or phrase.replace(" ", "").rstrip(")").endswith(OTHER_HEADS)
        squeezed = phrase.replace(" ", "")
        if self.kind == "other":
            return squeezed.endswith(UNCOUNTED_OTHER_HEADS)
        # an uncounted '시정 목표' names one slogan (the vision), not a list
        return squeezed not in BARE_HEADS and not squeezed.endswith(("비전", "슬로건", "목표", "구호"))

    def names_bullets(self, text: str) -> bool:
        """Before bullets ("시정목표: ① … ② …") an uncounted 목표 names a list; a slogan has no bullets."""
        if self.acceptable(text):
            return True
        squeezed = text[self.start : self.end].replace(" ", "")
        if self.kind == "other":
            # "국정운영의 원칙은 ▲국익 ▲실용": bullets make a list of what a head of kind 'other' names
            return squeezed.endswith(OTHER_HEADS) and squeezed not in OTHER_HEADS
        return self.kind == "goal" and squeezed not in BARE_HEADS


# A word of time that opens a label but is not part of its name: "내년 중점과제", "올해 주요 사업".
RELATIVE_TIME = regex.compile(rf"^(?P<when>{RELATIVE_YEARS}|이번|향후|금번)도?\s+")


# A count after a first noun: "주력산업 5개 부문".
INNER_COUNT = regex.compile(r"\s(\d{1,3})\s*(대|개|가지)\s*\S")
# A count after the head noun, in brackets or not: "추진전략(4개)", "중점과제 (10)", "핵심 추진과제 5개",
# "주요 정책 10선", "도정방침 세가지".
COUNT_AFTER_HEAD = regex.compile(
    r"\s?\((?P<n>\d{1,3})\s*(?:대|개|가지|건)?\)$|\s(?P<n>\d{1,3})\s*(?:개|가지|건|선)$"
    r"|\s(?P<word>두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?가지$"
)
# Words between a closer and its label: "등 이른바 5+1 산업", "등을 중심으로 한 5대 신성장산업".
LEAD_WORDS = regex.compile(
    r"\s*(?:(?:을|를)?\s*(?:중심으로\s?한|중심으로|포함한|비롯한|아우르는|망라한)\s+|(?:이|가)\s*(?:포함된|담긴)\s+)?"
    r"(?:이른바|소위|총|모두|이상)?\s*"
)


def describe(text: str, start: int, end: int) -> Label:
    relative = None
    if m := RELATIVE_TIME.match(text[start:end]):
        relative = m.group("when")
        start += m.end()
    phrase = text[start:end]
    year_match = LABEL_YEAR.match(phrase)
    rest = phrase[year_match.end() :].lstrip() if year_match else phrase
    year = int(year_match.group("year")) if year_match else None
    counted, declared = count_of(rest)
    if not counted:
        # "주력산업 5개 부문": the count may follow a first noun.
        inner = INNER_COUNT.search(phrase)
        if inner:
            counted, declared = True, int(inner.group(1))
    after_head = COUNT_AFTER_HEAD.search(phrase)
    if after_head and not counted:
        n = after_head.group("n")
        counted, declared = True, int(n) if n else WORD_NUMBERS[after_head.group("word")]
    kind = kind_of(phrase[: after_head.start()] if after_head else phrase)
    return Label(start, end, kind, declared, counted, year, relative)


def _number_word(morph: Morph) -> bool:
    """A number word that counts ('세 가지'): Kiwi reads it as a determiner."""
    return morph.tag == "MM" and morph.form in WORD_NUMBERS


def _nominal(word: Eojeol, text: str) -> bool:
    """A word made only of nouns, numbers, symbols and 및 (no particle, no ending)."""
    if not word.morphs:
        return False
    for m in word.morphs:
        tag = m.tag
        if tag in NOUN_TAGS or tag in ("SW", "SSO", "SSC", "SP", "SO", "SE") or m.form == "및" or _number_word(m):
            continue
        return False
    return True


def _strip_particles(word: Eojeol) -> int | None:
    """Offset where a word's trailing particles begin, if the rest is nominal; the appositive
    copula counts as one ("기반산업|인 ▲…": 이/VCP ᆫ/ETM), and so does the plural suffix before them
    ("시책사업|들을": a list's name is its head noun, however many items it holds)."""
    morphs = list(word.morphs)
    cut = len(morphs)
    if cut >= 3 and morphs[-1].tag == "ETM" and morphs[-2].tag == "VCP" and morphs[-1].form in ("ᆫ", "ㄴ", "인"):
        cut -= 2
    while cut > 0 and morphs[cut - 1].tag.startswith("J"):
        cut -= 1
    if 1 < cut < len(morphs) and morphs[cut - 1].tag == "XSN" and morphs[cut - 1].form == "들":
        cut -= 1
    if cut == 0 or cut == len(morphs):
        return None
    for m in morphs[:cut]:
        if not (m.tag in NOUN_TAGS or m.tag in ("SW", "SSO", "SSC") or _number_word(m)):
            return None
    return word.start + morphs[cut].start


def _stacked_genitive(word: Eojeol) -> bool:
    """Whether a word ends in a particle with the genitive on it ('앞으로의', '지역과의', '현장에서의')."""
    tags = [m.tag for m in word.morphs]
    return len(tags) >= 3 and tags[-1] == "JKG" and tags[-2].startswith("J")


def label_ending_at(text: str, floor: int, pos: int, *, particle_required: bool = False) -> Label | None:
    """The label phrase whose last word ends at ``pos`` (its particle, if any, excluded)."""
    floor = max(floor, pos - WINDOW)
    words_before = LAST_WORDS.search(text, floor, pos)
    if words_before:
        floor = words_before.start()
    if not may_name_list(text, floor, pos):
        return None
    window = text[floor:pos]
    words = words_in(text, floor, pos)
    if not words:
        return None
    last = words[-1]
    colon = window[last.start : last.end].endswith((":", "：", ";"))  # "4대 정책 ; 1. …" too
    if colon:
        end = last.end - 1
        while end > last.start and window[end - 1] in " :：;":
            end -= 1
        words = words_in(text, floor, floor + end) if end > last.start else words[:-1]
        if not words:
            return None
        last = words[-1]
        if not _nominal(last, window):
            return None
        label_end = last.end
    else:
        cut = _strip_particles(last)
        if cut is None:
            if particle_required or not _nominal(last, window):
                return None
            label_end = last.end
        else:
            label_end = cut
    start = last.start
    taken = 1
    for word in reversed(words[:-1]):
        if window[word.start : word.end] in DETERMINERS:
            break  # "다음 3대 전략": the determiner points at the list, it is not part of its name
        if COUNT_OF.fullmatch(window, word.start, word.end):
            start = word.start  # "4개의 과제": the count opens the label, with its genitive
            break
        if taken >= 5 or not _nominal(word, window):
            break
        raw = window[word.start : word.end]
        if raw.endswith((",", "·", "|")) or raw in ("및", "등") or raw[0] in BULLETS + NUMBER_BULLETS + "-*※|":
            break  # "소재산업 등 |4대 전략산업": a closer before the label belongs to another list
        start = word.start
        taken += 1
    while (
        start < label_end
        and window[start] in OPENING_MARKS
        and CLOSING_MARKS[window[start]] not in window[start:label_end]
    ):
        start += 1  # '“수소 분야 3대 핵심사업인': a quotation opens before the label, not in it
    start, label_end = _inside_marks(window, start, label_end)  # "‘5대 신산업’으로", "「7대 비전」"
    bare = window[start:label_end].replace(" ", "") in OTHER_HEADS
    owner = [w for w in words[:-1] if w.start < start]
    if bare and owner and owner[-1].morphs and owner[-1].morphs[-1].tag == "JKG" and _owner_noun(owner[-1]):
        start = owner[-1].start  # "국정운영의 원칙": a bare head takes the noun it belongs to
    return describe(text, floor + start, floor + label_end)


def _inside_marks(window: str, start: int, end: int) -> tuple[int, int]:
    """A label wholly inside one pair of quotation marks or brackets is the name within them."""
    if (
        end - start > 2
        and window[start] in OPENING_MARKS
        and window[end - 1] == CLOSING_MARKS[window[start]]
        and CLOSING_MARKS[window[start]] not in window[start + 1 : end - 1]
    ):
        return start + 1, end - 1
    return start, end


def _owner_noun(word: Eojeol) -> bool:
    """A noun with the genitive 의: "국정운영의", "시정의"."""
    return len(word.morphs) >= 2 and all(m.tag in NOUN_TAGS for m in word.morphs[:-1])


# Marks that open a quotation or a title, and the marks that close them: “…”, ‘…’, 「…」, 《…》.
CLOSING_MARKS = {"“": "”", '"': '"', "‘": "’", "'": "'", "「": "」", "『": "』", "《": "》", "〈": "〉", "<": ">"}
OPENING_MARKS = frozenset(CLOSING_MARKS)


# Nouns of category that may follow a label's head without naming another list: "4대 전략산업 분야".
CATEGORY_NOUNS = ("분야", "부문", "영역")
# Wholes made of parts, after a head noun: "등 수소산업 |생태계|를" — the items are its parts, not kinds.
WHOLE_NOUNS = ("생태계", "클러스터")
# A second closer right after a label: "… 신산업 육성| 등을": the phrase is an item of a longer list.
ANOTHER_CLOSER = regex.compile(rf"\s+{ETC_WORD}(?=\s)")
# A word of the label walk that is a closer: "등", "등을", "등의".
SECOND_ETC = regex.compile(ETC_WORD)
# Nouns of place that follow a label and end it: "3대 과제 |아래", "5대 전략 |가운데".
PLACE_NOUNS = ("아래", "가운데")


def _label_words(
    text: str, pos: int, offset: int, limit: int, window: str, *, more: bool
) -> tuple[list[Eojeol], int | None, int | None] | None:
    """The words after a closer, where the label among them ends, and where it last ended in a head noun.

    None when every word read could still belong to the label and ``more`` words follow.
    """
    words = words_in(text, pos + offset, limit)
    end = None
    head_end = None  # where the phrase last ended in a policy head noun ("3대 주력산업| 고도화")
    for i, word in enumerate(words):
        raw = window[offset + word.start : offset + word.end]
        if raw == "및" or SECOND_ETC.fullmatch(raw) or i >= 6 or raw[0] in BULLETS + NUMBER_BULLETS:
            break  # "등 A센터사업 등 특화사업", "등 신산업 육성 등을": a second closer ends the first list's label
        if raw.startswith(PLACE_NOUNS):
            break
        if end is not None and kind_of(window[: offset + end]) != "other":
            head_end = end
        if i == 0 and COUNT_OF.fullmatch(raw):
            end = word.end  # "등 3개의 전략산업을": the count's genitive joins it to the noun it counts
            continue
        cut = _strip_particles(word)
        if cut is not None and _stacked_genitive(word) and i + 1 < len(words):
            continue  # "등 앞으로의 과제도": '…으로의' modifies the noun after it, it names nothing itself
        if cut is not None:
            end = cut
            break
        if not _nominal(word, window[offset:]):
            # "6가지를" analyses as a number, a bound noun and a particle
            break
        end = word.end
        if raw.endswith(","):
            end -= 1  # "등 3대 분야, 6대 역점과제": the comma separates two labels
            break
        if raw.endswith(")"):
            break
    else:
        if more:
            return None
    return words, end, head_end


# A count a few words after a closer, behind a relative clause: "등 시민께 드리는 |5대 약속".
COUNT_BEHIND_CLAUSE = regex.compile(
    r"(?:\s*\S+){1,3}?\s+(?=(?:\d{1,3}\s*(?:대|개|가지)|(?:두|세|네|다섯|여섯)\s?가지)\s?\S)"
)


def _after_relative_clause(text: str, pos: int, offset: int, limit: int) -> int:
    """Where a count begins behind a relative clause or a genitive that opens the label ("국민께 드리는
    5대 약속", "구정의 5대 비전"): they describe the list, the label is the counted phrase. ``offset``
    when there is none."""
    if COUNT.match(text[pos + offset : limit]):
        return offset  # "등 6대 프로젝트의 35개 세부사업": the first count is the list's
    m = COUNT_BEHIND_CLAUSE.match(text, pos + offset, limit)
    if m is None or may_name_list(text, pos + offset, m.end()):
        return offset  # "등 기존 주력산업을 제외한 10개 산업군": the clause holds the list's own label
    words = words_in(text, pos + offset, m.end())
    if not words:
        return offset
    last = words[-1]
    if (is_predicate(last) and ends_in_modifier(last)) or (last.morphs and last.morphs[-1].tag == "JKG"):
        return m.end() - pos
    return offset


def label_starting_at(text: str, pos: int, limit: int) -> Label | None:
    """The label phrase after a list's closer: "등 5대 전략콘텐츠를", "의 9개 산업을",
    "등 국민께 드리는 5대 약속과" (the counted phrase behind a relative clause)."""
    limit = min(limit, pos + WINDOW)
    words_after = FIRST_WORDS.match(text, pos, limit)
    if words_after:
        limit = words_after.end()
    if not may_name_list(text, pos, limit):
        return None
    window = text[pos:limit]
    skip = LEAD_WORDS.match(window)
    offset = skip.end() if skip else 0
    offset = _after_relative_clause(text, pos, offset, limit)
    begin = offset
    count = COUNT.match(window, offset)
    if count and count.group("word"):
        # "두 가지 목표": the number word is a determiner to Kiwi; take the count as it is written
        offset = count.end()
    # most labels end by their second or third word: analyse a few words first, all only if needed
    near = FIRST_FEW_WORDS.match(text, pos + offset, limit)
    near_end = near.end() if near else limit
    read = _label_words(text, pos, offset, near_end, window, more=near_end < limit) or _label_words(
        text, pos, offset, limit, window, more=False
    )
    if read is None:
        return None
    words, end, head_end = read
    if not words or end is None:
        return None
    start = begin if begin < offset else offset + words[0].start
    start, stop = _inside_marks(window, start, offset + end)  # "등 ‘5+1 산업’을"
    label = describe(text, pos + start, pos + stop)
    if head_end is not None and label.kind == "other":
        inner = describe(text, pos + start, pos + offset + head_end)
        after = text[inner.end : label.end]
        generic = after.replace(" ", "").endswith(CATEGORY_NOUNS)
        of_parts = after.strip().startswith(WHOLE_NOUNS)
        inside_another = ANOTHER_CLOSER.match(text, label.end) is not None
        if inner.acceptable(text) and (
            (label.counted and not label.acceptable(text)) or generic or not (of_parts or inside_another)
        ):
            # the list is named by its last policy head: "방산, 원전, 수소 등 3대 주력산업 고도화에",
            # "종자, 식품 등 기존 그린바이오산업 기반을", "… 등 신성장산업 특구도시로"; a category noun after
            # it adds nothing ("… 등 4대 전략산업 분야의"). Not where the items are the parts of a whole
            # ("수소전기차, 수소충전소 등 수소산업 생태계를") or the phrase is one item of a longer list
            # ("… 등 첨단 에너지 신산업 육성 등을")
            label = inner
    return label


# The longest line that is only a counted heading: "3대 추진전략", "주력산업 5개 부문".
HEADING_LENGTH = 24


def counted_heading(text: str, start: int, end: int) -> Label | None:
    """A line that is only a counted label, "3대 추진전략" or "5대 도정목표": what its next lines may list."""
    phrase = text[start:end]
    if len(phrase) > HEADING_LENGTH or not count_of(phrase)[0] or not may_name_list(text, start, end):
        return None
    label = describe(text, start, end)
    if label.declared is None or label.declared < 2 or not label.acceptable(text):
        return None
    return label
