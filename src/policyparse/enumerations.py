"""Enumerations: labelled lists of policy items, wherever and however the text spells them.

Four shapes are read, each by its own finder:
- bullets inside a paragraph: "11대 대표산업으로 ▲A ▲B … 등을 선정해";
- bullets opening consecutive lines under a heading line;
- prose lists: "A, B, C 등 5대 전략콘텐츠를", "3대 전략으로 A, B, C을 제시했다";
- a label with its members in brackets: "5대 첨단 전략산업(A, B, C)".
A list needs a label (a count such as 'N대', or a policy head noun); items are
never invented, and a list cut by the end of the text keeps its complete items.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import NamedTuple

import regex

from .blocks import LINE_MARKER, marker_kind
from .labels import (
    CLOSING_COUNT,
    COUNT,
    HEAD_NOUNS,
    Label,
    count_of,
    counted_heading,
    describe,
    label_ending_at,
    label_starting_at,
)
from .layout import SENTENCE_END, Line, Page, sentence_ends
from .lexicon import (
    BULLETS,
    LETTER_ORDER,
    MIDDOTS,
    NUMBER_BULLETS,
    ORDINAL_WORD,
    ORDINAL_WORDS,
    PHRASE_QUOTES,
    RELATIVE_YEAR_WORDS,
    RELATIVE_YEARS,
    RESULT_NOUNS,
)
from .models import Block, Diagnostic, Enumeration, Grounded, Item, ListCandidate, PolicyDocument, Span
from .morph import Eojeol, Morph, ends_in_modifier, is_predicate, words_back, words_in
from .spans import TRIM, trim
from .wrapping import hard_wrapped, runs_on

INLINE_BULLETS = BULLETS + NUMBER_BULLETS
# Bullets that mark an item even glued to the word before: "…농작물 육성▷특색 있는 관광", "확보△교통".
GLUED_BULLETS = "▲△▷▶▴▸Δ"
# A bullet inside a paragraph, after a space or an opening bracket: " ▲친환경", "(△ 관광", " ①철저한".
INLINE_MARKER = regex.compile(
    rf"(?:(?<=^|[\s(:,\[“‘'\"]))(?P<m>[{INLINE_BULLETS}])|(?<=[가-힣)])(?P<m>[{GLUED_BULLETS}])(?=\s?[가-힣])", regex.M
)
# An inline number bullet: " 1.힘차게 성장하는 경제 2.지역이 …", " (1) 산업 혁신 (2) …", " 가. 미래 산업도시 나. …",
# " 3. 5大 부조리 근절" (not "6.13", "3.0", "M.AX").
INLINE_NUMBER = regex.compile(
    rf"(?:(?<=^|[\s:;]))(?P<m>\d{{1,2}}[.)]|\(\d{{1,2}}\)|[{LETTER_ORDER}][.)](?=\s))(?=\s\d+\p{{Han}}|\s?[^\d\s.)])",
    regex.M,
)
# An ordinal opening an item in prose: "첫째 산업 혁신, 둘째 …".
ORDINAL = regex.compile(rf"{ORDINAL_WORD}째\s*,?\s*")
# The first ordinal of a prose list, inside the sentence that opens it: "조 시장은 첫째 기업 유치를 …".
FIRST_ORDINAL = regex.compile(r"(?<![가-힣])첫째\s*,?\s*")
# Ordinals numbering items inside a sentence: "방향은 첫째, 기초학력 보장 둘째, 디지털 교육 혁신 …".
INLINE_ORDINAL = regex.compile(rf"(?<=^|[\s:(])(?P<m>{ORDINAL_WORD}째)(?=\s|,|로\s|로,)")
# An item that leads the rest: "스마트시티를 비롯해 …", "스마트시티를 비롯한 …".
INCLUDING = regex.compile(r"(?<=[가-힣)’”])(?:을|를)\s+비롯(?:해서|해|하여|한)\s+$")
# A count that opens a label ahead: "3대 …", "12개 …", "두 가지 …".
COUNT_AHEAD = r"(?:\d{1,3}\s*(?:대|개|가지)|(?:두|세|네|다섯|여섯)\s?(?:가지|개))"
# A list's closer "등" after an item: "관광산업 등", "‘더 좋은 미래 창의도시’등 2015년도",
# "… 등이 포함된 5대 전략산업".
# "… 항공 부품 등을 6대 전략산업으로": 등을 before a counted label closes the list too.
ETC = regex.compile(
    r"(?:(?<=\S)\s+|(?<=[’'”」)]))등"
    rf"(?:의|과|와|(?:을|를)(?=\s(?:중심으로|포함한|비롯한|아우르는|망라한)|\s+{COUNT_AHEAD})|(?:이|가)(?=\s(?:포함된|담긴)))?"
    r"(?=\s)"
)
# A list closed by what it makes up, before the label it names: "미래차, 로봇, 물, 의료|로 구성된| ‘5+1 산업’".
COMPOSED_OF = regex.compile(r"(?<=[가-힣)’”])(?:으로|로)\s+(?:구성된|구성한|이뤄진|이루어진|짜인|짜여진)(?=\s)")
# A label in quotation marks right after a closer: " ‘5+1 산업’을".
QUOTED_LABEL = regex.compile(r"\s*[‘“「]")
# A quoted phrase, and two or more of them side by side at the end of a stretch: "‘A’ ‘B’ ‘C’".
QUOTED_PHRASE = regex.compile(r"‘[^‘’\n]{1,40}’|“[^“”\n]{1,40}”|「[^「」\n]{1,40}」")
QUOTED_RUN = regex.compile(rf"(?:(?:{QUOTED_PHRASE.pattern})\s*){{2,}}$")
# A quoted list closed by a particle before its count label: "‘…’를 5대 핵심공약사업으로", "‘…’의 3대 목표".
QUOTE_CLOSER = regex.compile(r"(?<=[’'”」])(?:을|를|의|이라는|라는)(?=\s)")
# What joins a closed list to the next one: "…산업|과 지역산업인 ▲…", "…|, 그리고 ▲…".
JOINS_NEXT = regex.compile(r"(?:과|와|및|,)\s")
# A head noun used as the sentence's verb after a closer: "등을 |공약|했다", "등을 |약속|했다".
HEAD_AS_VERB = regex.compile(r"(?:을|를)?\s+(?P<head>공약|약속)(?:했|하였|한다|하겠|하며|하고)")
# The quotative at a word's end: "대한민국이라는", "도시라는".
QUOTATIVE_END = regex.compile(r"(?<=[가-힣)’'”])(?:이라는|라는)$")
# A list closed by the quotative before its count label: "활기찬 경제, 균형발전이라는 두 가지 목표를".
QUOTATIVE_COUNT = regex.compile(rf"(?<=[가-힣)])(?:이라는|라는)(?=\s+{COUNT_AHEAD})")
# The join between two counted labels named together: "3대 정책 방향|과 |10대 과제", "4대 전략| 및 |12개 과제".
JOINED_COUNT = regex.compile(rf"(?<=[가-힣])(?:과|와|\s및)\s+(?={COUNT_AHEAD})")
# A second count inside a counted label: "4대 분야| 42개 과제".
SECOND_COUNT = regex.compile(rf"(?<=\S)\s+(?={COUNT_AHEAD}\s?[가-힣])")
# A counted label right after a comma list: "농업 활성화, 관광 진흥 두 가지 목표를".
COUNT_AFTER = regex.compile(rf"(?<=[가-힣)’'”])\s+(?={COUNT_AHEAD}\s?[가-힣])")
# A list closed by a genitive before its count label: "바이오, 모빌리티, 콘텐츠의 3개 산업을".
GENITIVE_COUNT = regex.compile(rf"(?<=[가-힣)])의(?=\s+{COUNT_AHEAD})")
# A list closed by an object particle before the counted label that names it "as" something:
# "…, 시민 복지 강화를 3대 방향으로 제시했다".
OBJECT_COUNT = regex.compile(
    rf"(?<=[가-힣)])(?<!\s등)(?:을|를)(?=\s+(?:[가-힣]{{1,8}}\s)?(?:[가-힣]{{1,8}}의\s+)?{COUNT_AHEAD}\s?[가-힣]{{1,12}}(?:\s[가-힣]{{1,12}}){{0,4}}?(?:으로|로)\s)"
)
# The genre's way of naming a list, right after the closer 등: " 5대 산업을", " 3대 전략으로".
NAMING_COUNT = regex.compile(r"\s*\d{1,2}\s?대\s?[가-힣]")
# What a list is named as after its object particle: a few words ending in a head noun, before (으)로
# (" 기본 방향으로", " 시정목표를 이룰 핵심전략으로"); up to ``words`` words before the head.
def _named_phrase(words: int) -> str:
    return rf"\s+(?:[^\s,.]{{1,12}}\s){{0,{words}}}?[^\s,.]{{0,12}}(?:{HEAD_NOUNS})(?=(?:으로|로)\s)"


# A verb of choosing after the phrase it names the chosen things as: "…으로 제시", "…로 꼽았다".
CHOOSING_VERB = regex.compile(r"(?:으로|로)\s+(?:제시|선정|설정|채택|확정|정했|정하|내세|꼽|도출)")
# A list closed by an object particle (after 등 and a count, or not), then the phrase a verb of choosing
# names it as, counted or not: "…, 산업 기반 확충을 1차 추진전략으로 제시했다", "‘A’, ‘B’를 시정목표를
# 이룰 핵심전략으로 내세웠다", "A·B·C 등을 핵심키워드로 도출", "A·B 등 5개를 시정 운영 방향으로 제시했다".
CHOSEN_AS = regex.compile(
    r"(?<=[가-힣)’'”])(?:\s+등(?:\s*(?P<n>\d{1,3})\s*(?:개|가지|건))?)?(?:을|를)(?=\s)"
    rf"(?P<as>{_named_phrase(6)})(?={CHOOSING_VERB.pattern})"
)
# The phrase a bullet run's last object is named as, right after it: " 기본 방향으로", " 3대 목표로".
NAMED_AS = regex.compile(_named_phrase(2))
# A count that may open a label: "24개 과제", "6대 업무계획" (not "2024년").
COUNT_START = regex.compile(r"(?<![\d.])\d{1,3}\s?(?:대|개|가지)\s?(?=[가-힣])")
# How far back a bullet run without a label looks for the count that names it: the sentences before it
# (three: the count, a sentence about it, and a first run that the next sentence continues).
BORROW_REACH = 400
BORROW_SENTENCES = 3
# An object of its own right before the chosen label: "…를 포함한 규제개혁을| 핵심과제로".
SECOND_OBJECT = regex.compile(r"(?:을|를)\s+\S+$")
# The particle after such a label: "3대 방향으로 ", "3대 전략으로".
AS_PARTICLE = regex.compile(r"(?:으로|로)(?:\s|$)")
# A counted label followed straight by its items: "5개 핵심과제 경제활력 회복, …".
APPOSITIVE_LABEL = regex.compile(
    r"(?<!,\s?)(?<!\d)\d{1,2}\s*(?:대|개|가지)\s+[가-힣]+(?:과제|사업|전략|산업|목표|정책|방침)\s+"
    r"(?=[가-힣])(?!및|과\s|와\s)"
)
# A label with its members in brackets: "5대 첨단 전략산업(인공지능, 반도체, …)", "3대 전략(산업 혁신·인재 양성)".
BRACKET_LIST = regex.compile(rf"(?<=[가-힣])\((?P<inner>[^()\n]{{1,200}}?[,{MIDDOTS}][^()\n]{{1,200}})\)")
# Text that makes a segment a clause rather than an item: a sentence end inside it.
CLAUSE_END = regex.compile(r"[다요][.!?]|[.!?]\s|(?:니다|는데요|했다|한다|이다|겠다)\s")
# A list closed inside a prose item, with the object it names: "방산 등 기존 주력산업을 제외한" (one
# that joins the next item, "금형산업 등 지역연고산업과 연구센터", is cut before: INNER_ETC).
INNER_LIST = regex.compile(r"\s등\s+(?:\S+\s+){0,3}\S+(?:을|를)\s")
# The closer 등 and the name it gives, joined to a next item inside one segment: "금형산업 등 지역연고산업과 …"
# (not "아동·청소년 등 보호 강화", one item).
INNER_ETC = regex.compile(r"\S\s+등\s+\S+(?:과|와)\s+\S")
# The first few words of a stretch: " 양질의 일자리 창출 중심의 산업생태계 ".
FIRST_WORDS = regex.compile(r"\s*(?:\S+\s+){0,5}\S*")
# A colon right before the first bullet: "5대 목표 : 1.…".
COLON_BEFORE = regex.compile(r"[:：;]\s*$")
# A field separator on one line: "… 5.우리 뜻이 통하는 충남 / 권역별 5대 전략 : …".
FIELD_SEPARATOR = regex.compile(r"\s/\s")
# A numbering after a line's bullet: "- 01 의원 청렴성 제고" (the "01 "), "· 가. …".
SECOND_NUMBER = regex.compile(r"\s*(?:\d{1,2}[.)]?|[가-하][.)])\s+")
# A number bullet: "1.", "1)", "(1)".
NUMBER_DOT = regex.compile(rf"\d{{1,2}}[.)]|\(\d{{1,2}}\)|[{LETTER_ORDER}][.)]")
# The ways numbers bullet a list inside a sentence: "1.", "1)", "(1)", and the Korean letters "가.", "가)".
NUMBERINGS = ("N.", "N)", "(N)", "가.", "가)")
# An object particle and a comma inside a bullet's stretch, a clause of the sentence after them up to
# the next bullet: "▲글로벌 30|을, 사회통합의 공동체 형성 전략 부분에서는 ▲경기공동체".
HANDED_ON = regex.compile(r"(?<=[가-힣\d)])(?:을|를),\s+[^,]{0,40}?(?:에서는|에는|으로는|로는)\s*$")
# A joining word left at the end of an item before the next bullet: "…(…)과", "… 및".
JOINER_AT_END = regex.compile(r"(?:(?<=\))|(?<=[가-힣]))(?:와|과|및|그리고)$")
# A particle right after a label: "…목표를", "…산업의", "…분야에".
PARTICLE_CHAR = regex.compile(r"[을를이가은는으로의에와과도]")
# A counted phrase inside an item ("11대 대표산업 집중 육성"): the sentence names plan parts.
COUNTED_PHRASE = regex.compile(r"(?<![\d가-힣(])\d{1,3}\s*(?:대|개|가지)\s+[가-힣]+")
# Runs of white space: "  \n ".
SPACES = regex.compile(r"\s+")
# An item that is only a number, a year or an amount: "2019", "2021년", "3천억 원".
NUMBER_ONLY = regex.compile(r"^[\d.,~\s]+(?:년도?|월|일|억|만|천|조|원|%|명|개)*\s*(?:원)?$")
# An item that ends in an amount or a head count: "국비 100억원", "청년 300명", "18곳".
QUANTITY_END = regex.compile(r"\d[\d,.]*\s*(?:천|만|억|조)?\s*(?:원|명|개소|곳|가구|건|톤|%|㎡|평)$")
MAX_ITEM = 70
# Bulleted items may be longer: the bullets, not the words, say where they end.
MAX_BULLET_ITEM = 120
# A bulleted item that names a part of the plan, not a policy: "…의 3대 목표", "12개 전략 및", "…도정비전과".
PLAN_PART = regex.compile(
    rf"(?:(?<![\d가-힣(])\d{{1,3}}\s*(?:대|개|가지)\s+(?:[가-힣]+\s)?[가-힣]*(?:{HEAD_NOUNS})(?:\s*(?:및|과|와))?"
    rf"|(?:{HEAD_NOUNS})(?:과|와|\s및))$"
)
# Finders whose items are whole lines of the outline, headings that may be sentences ("…키우겠습니다").
STRUCTURAL = frozenset({"outline", "headings"})
# Finders whose items are marked by bullets.
BULLETED = frozenset({"inline", "lines"})
# A slogan's polite ending: "…강남이 선도합니다", "…지키겠습니다!".
POLITE_END = regex.compile(r"(?:습니다|ㅂ니다|니다)[.!]?$")
# Words analysed first when a list's first items are read back from a closer; more only if they all fit.
TRAILING_WORDS = 8
# Cheap tests that spare the morphology where no label can be: a label ends in a head noun
# ("…대표산업", "…추진전략") or carries a count ("5대 …", "두 가지 …") close by.
# A head noun ending the text before a particle: "…대표산업", "…추진과제)".
HEAD_AT_END = regex.compile(rf"(?:{HEAD_NOUNS})\)?\s*$")
# A label's particle before its list, right after the label's head noun (group "p"):
# "대표산업으로 ", "시책은 ", "과제로는 ", "12대 과제에는 ", "5대 전략산업인 ", "전략 : ".
HANDING_ON = r"(?:으로는|로는|에는|으로|로|은|는|이란|인)(?=\s)|\s?[:：](?=\s*\S)"
LABEL_PARTICLE = regex.compile(rf"(?:{HEAD_NOUNS})\)?(?P<p>{HANDING_ON})")
# The same particle or colon right at a label's end: "3대 산업|으로 |수소 육성△…".
LABEL_END_PARTICLE = regex.compile(rf"(?:{HANDING_ON})\s*")
# A count or a head noun within the first words after a closer: "등 5대 …", "등 권역별 관광전략을".
HEAD_AHEAD = regex.compile(
    rf"^\s*(?:이른바|소위|총)?\s*(?:\d|(?:두|세|네|다섯|여섯)\s?가지|(?:\S{{1,12}}\s){{0,3}}\S{{0,12}}(?:{HEAD_NOUNS}))"
)
# How far a prose list may reach from its label or closer.
MAX_SPAN = 1200
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
# A year named relative to the publication, shortly before a label: "올해 추진할 중점 추진사업" (not "내년도 예산").
RELATIVE_YEAR = regex.compile(rf"({RELATIVE_YEARS})(?!도\s*예산)")
# A year, written or relative to the publication, right before a label mentioned elsewhere, or with a noun
# between: "2024년 |5대 역점시책", "2025년 '|3대 전략 9대 과제'", "2025년 시정운영 |5대 방향", "올해 |5대 핵심과제".
YEAR_BEFORE = regex.compile(
    rf"(?:(?P<year>(?:19|20)\d{{2}})\s*년도?|(?<![가-힣])(?P<when>{RELATIVE_YEARS}))\s+(?:[가-힣]{{2,6}}\s+)?[‘'“\"]?$"
)
# Units written apart from their figure, inside an item: "매출액 7조 원", "청년 1천 명".
UNIT_WORDS = frozenset({"원", "명", "개", "곳", "건", "톤", "개소", "가구"})
# Nouns of time that open a sentence's adverbial, never an item: "지난해", "올해", "이날", "상반기".
TIME_WORDS = frozenset(
    """지난해 작년 올해 금년 내년 명년 이번 이날 오늘 최근 현재 향후 그동안 앞으로 당초 지난달 이달
    다음달 상반기 하반기 연내 연말 연초 올 새해""".split()
)
# A heading in brackets: "[5대 추진전략]", "【 3대 목표 】", "< 중점과제 >".
BOXED_HEADING = regex.compile(r"\s*[\[【<〈《]\s*(?P<inner>[^\[\]【】<>〈〉《》\n]{2,40}?)\s*[\]】>〉》]\s*")
# Awards won or given, not policies: "… 등 3개 부문을 수상했다", "3개 부문에서 최우수상을", "4개 분야의 시상".
AWARDED = regex.compile(r"(?:을|를|에서|에|의)?\s*(?:수상|시상|석권|휩쓸|(?:최우수|우수|대)상(?:을|을\s?받|에\s?선정))")
# A copula that joins the next clause at a segment's end: "…, 환경 개선이고", "…, 녹색 전환이며".
JOINING_COPULA = regex.compile(r"(?<=[가-힣])(?:이고|이며)\s*,?\s*$")
# A line that is a field, not an item: "시정비전: 새로운 수원의 탄생".
FIELD_ITEM = regex.compile(r"[^:：\n]{1,12}[:：]")
BARE_BULLETS = frozenset("-•·*○□▲△")
# Finders in the order their readings win when two read the same words.
PRIORITY = {
    "footnote": 0,
    "inline": 0,
    "ordinals": 0,
    "bracket": 1,
    "lines": 2,
    "prose-before": 3,
    "prose-after": 4,
    "outline": 5,
    "headings": 5,
}
BORROWED_RANK = max(PRIORITY.values()) + 1
# A footnote line: "* 1. 함께 돌보는 사회, 2. …", "  * A, B, C".
FOOTNOTE = regex.compile(r"\s*\*(?!\*)\s*")
# A footnote mark right after a word: "4대 전략*과", "6대 산업* 육성".
FOOTNOTE_MARK = regex.compile(r"(?<=[가-힣)])\*(?!\*)")
# How many lines above a footnote its mark may stand.
FOOTNOTE_REACH = 3
# Markers of notes under an outline item, never items themselves: "※ 자세한 내용은 …", "* 2024년 기준".
NOTE_MARKERS = frozenset("*※")
# The longest outline heading that labels the lines under it (a line, not a paragraph).
OUTLINE_HEADING = 80
# Punctuation that ends a heading line but not its label: "1. 우주경제를 가동합니다.", "□ 추진 내용 :".
HEADING_END = ".:： "
# An outline line that is a sentence of the article, not a named item: "… 추진한다.", "… 밝혔다.",
# "… 계획임" (the clipped 음/임 endings of official releases).
SENTENCE_LINE = regex.compile(r"(?:다|[음임함됨])\.?\s*$|[.!?]\s")


@dataclass
class Candidate:
    """A list found by one finder, before clean-up."""

    label: Label
    items: list[tuple[int, int]]
    finder: str
    spoken: bool = False  # found inside quotation marks (FORMAT: not read unless asked)
    borrowed: bool = False  # named by a count in a sentence before the items'

    @property
    def region(self) -> tuple[int, int]:
        return self.items[0][0], self.items[-1][1]


def read_enumerations(doc: PolicyDocument, page: Page) -> None:
    """Find every labelled list in the article and add it to ``doc.enumerations``."""
    text = page.text
    found: list[Candidate] = []
    for ln in _logical_lines(text, page):
        for start, end in _sentences(text, ln):
            found += _inline_bullet_lists(text, page, start, end)
            found += _prose_lists(text, page, start, end)
            found += _bracket_lists(text, page, start, end)
    found += _line_lists(text, page)
    found += _outline_lists(text, page)
    found += _outline_children(text, page, doc.blocks)
    found += _bare_line_lists(text, page)
    found += _footnote_lists(text, page)
    found += _numbered_headings(text, page)
    doc.enumerations = _finish(text, doc, page, found)


def _sentences(text: str, ln: Line) -> list[tuple[int, int]]:
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


def _logical_lines(text: str, page: Page) -> list[Line]:
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


# --- item ends -------------------------------------------------------------------------


@dataclass
class Tail:
    """Where the last item ends, and what closes the list (for a label after it)."""

    end: int
    closer_end: int | None = None  # where a label after the list may start
    closer: str = ""
    cut_off: bool = False  # the text stops inside the item


def _tail(text: str, start: int, limit: int) -> Tail:
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


# --- finders ---------------------------------------------------------------------------


def _inline_bullet_lists(text: str, page: Page, start: int, end: int) -> list[Candidate]:
    """ "11대 대표산업으로 ▲A ▲B ▲C 등을 선정해": bullets inside one sentence."""
    out: list[Candidate] = []
    by_kind: dict[str, list[int]] = {}
    for m in INLINE_MARKER.finditer(text, start, end):
        by_kind.setdefault(marker_kind(m.group("m")), []).append(m.start())
    numbers = [m for m in INLINE_NUMBER.finditer(text, start, end)]
    for kind in NUMBERINGS:
        run = [m for m in numbers if _numbering(m.group("m")) == kind]
        if len(run) >= 2 and [_ordinal_of(m.group("m")) for m in run] == list(range(1, len(run) + 1)):
            by_kind[kind] = [m.start() for m in run]
    ordinals = [m for m in INLINE_ORDINAL.finditer(text, start, end)]
    if len(ordinals) >= 2 and [m.group("m")[:-1] for m in ordinals] == list(ORDINAL_WORDS[: len(ordinals)]):
        by_kind["첫째"] = [m.start() for m in ordinals]
    for kind, positions in by_kind.items():
        if len(positions) < 2:
            continue
        for floor, run in _bullet_runs(text, positions, kind, start):
            if len(run) >= 2 and (found := _bullet_run(text, page, floor, end, run, kind)):
                found.spoken = page.in_speech(positions[0])
                out.append(found)
    return out


def _closed_by_etc(text: str, start: int, limit: int) -> Tail | None:
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


def _bullet_runs(text: str, positions: list[int], kind: str, floor: int) -> list[tuple[int, list[int]]]:
    """Bullets of one sentence split where a list closes before the next bullet: "▲A ▲B 등 4대
    혁신산업과 지역산업인 ▲C ▲D이다" holds two runs, each with its own label. Each run comes with
    where its own label may begin (after the label of the run before it)."""
    runs: list[tuple[int, list[int]]] = [(floor, [])]
    for a, b in itertools.pairwise(positions):
        runs[-1][1].append(a)
        closer = ETC.search(text, a + _marker_width(text, a, kind), b)
        if closer is None or "(" in text[a : closer.start()]:
            continue  # "▲A(…, B 등 7개 축으로 나눈 …)": a closer inside brackets belongs to the item
        label = label_starting_at(text, closer.end(), b)
        if label and label.counted and label.acceptable(text) and JOINS_NEXT.match(text, label.end, b):
            runs.append((label.end, []))
    runs[-1][1].append(positions[-1])
    return runs


def _bullet_run(text: str, page: Page, start: int, end: int, positions: list[int], kind: str) -> Candidate | None:
    """One run of bullets in a sentence, its last item ended by morphology, with the label that names it."""
    items: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(positions):
        items.append(_marker_item(text, a, b, kind))
    last_start = positions[-1] + _marker_width(text, positions[-1], kind)
    limit = _list_limit(text, last_start, end)
    tail = _closed_by_etc(text, last_start, limit) or _tail(text, last_start, limit)
    last = trim(text, last_start, tail.end, TRIM + ",")
    # a field line ("5대 목표 : 1.…", or bullets alone on a line) is complete at its end;
    # a sentence that runs into the end of the text was cut off
    line = page.line_at(start)
    opens_line = not text[page.lines[line].start : positions[0]].strip()
    if not tail.cut_off or opens_line or COLON_BEFORE.search(text, start, positions[0]):
        items.append(last)
    label = None
    if tail.closer in ("등", "의", "count", "라는") and tail.closer_end is not None:
        # "▲A ▲B 등 3대 전략을", "▲A ▲B의 3대 목표", "▲A ▲B 세 가지 핵심 전략을", "▲A ▲B라는 3대 과제":
        # the label follows
        label = label_starting_at(text, tail.closer_end, end)
        if label and (not label.acceptable(text) or (tail.closer in ("count", "라는") and not label.counted)):
            label = None
        if label is not None:
            label = _first_counted(text, label)
        elif tail.closer == "등" and (verb := HEAD_AS_VERB.match(text, tail.closer_end, end)):
            label = describe(text, *verb.span("head"))  # "▷A ▷B 등을 공약했다": the list is what was pledged
    named_as = tail.closer == "object" and tail.closer_end and text[tail.end : tail.closer_end] in ("을", "를")
    if label is None and named_as:
        # "△A △B, △C을 기본 방향으로 …", "▲A ▲B를 목표로 설정": the run is what the phrase names it as
        if named := NAMED_AS.match(text, tail.closer_end, end):
            label = label_ending_at(text, tail.closer_end, named.end())
            if label is not None and not label.acceptable(text):
                label = None
    if label is None:
        label = _label_before(text, start, positions[0])
        if label is not None and not text[positions[0] - 1].isspace() and text[positions[0]] in GLUED_BULLETS:
            # "3대 산업으로 수소 육성△반도체 육성△…": the words before the first glued bullet are an item
            lead = LABEL_END_PARTICLE.match(text, label.end, positions[0])
            first = trim(text, lead.end() if lead else label.end, positions[0])
            if first[0] < first[1] and _short_item(text, *first, bulleted=True):
                items.insert(0, first)
    if label is None and opens_line:
        # "3대 추진전략\n▲A ▲B ▲C": bullets opening a line, named by the line above
        label = _heading_label(text, page, line)
    borrowed = False
    if label is None and kind != "첫째":
        # "…모두 24개 과제를 선정했다. … 선정 내용은 △A △B이다.": named by a count said just before
        label = _label_said_before(text, start, len(items))
        borrowed = label is not None
    if label is None:
        return None
    _declare_from_closer(text, tail, end, label)
    # ordinal words number clauses as often as items: they keep the limits of prose
    return Candidate(label, items, "ordinals" if kind == "첫째" else "inline", borrowed=borrowed)


def _label_said_before(text: str, start: int, items: int) -> Label | None:
    """The last counted label of the two sentences before ``start`` that could name ``items`` bullets
    (its count at least theirs): the genre counts a list, then spells it out in the next sentences."""
    floor = max(0, start - BORROW_REACH)
    bounds = [floor] + [m.end() for m in sentence_ends(text, floor, start) if m.end() < start]
    floor = bounds[-BORROW_SENTENCES] if len(bounds) >= BORROW_SENTENCES else bounds[0]
    found = None
    for m in COUNT_START.finditer(text, floor, start):
        label = label_starting_at(text, m.start(), start)
        if label is not None and label.counted and label.acceptable(text) and (label.declared or 0) >= items:
            found = label
    return found


def _declare_from_closer(text: str, tail: Tail, end: int, label: Label) -> None:
    """A count closing the list declares it when the label has none: "… 4가지를", "… 등 6가지를"."""
    if label.declared is not None or tail.closer_end is None:
        return
    if tail.closer == "count":
        label.declared = count_of(text[tail.closer_end : end])[1]
    elif tail.closer == "등" and (closing := CLOSING_COUNT.match(text, tail.closer_end + 1, end)):
        label.declared = count_of(closing.group(0))[1]


def _number_at(text: str, pos: int) -> str:
    m = NUMBER_DOT.match(text, pos, pos + 4)
    return m.group(0) if m else ""


def _numbering(number: str) -> str:
    """How a number bullet is written: "1." → "N.", "1)" → "N)", "(1)" → "(N)", "나." → "가."."""
    if number[0] in LETTER_ORDER:
        return "가" + number[-1]
    return "(N)" if number.startswith("(") else "N" + number[-1]


def _ordinal_of(number: str) -> int:
    """The place a number bullet gives its item: "3." → 3, "(2)" → 2, "다." → 3, "둘째," → 2 (0: none)."""
    word = number.strip(" ,").removesuffix("째")
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS.index(word) + 1
    if number[0] in LETTER_ORDER:
        return LETTER_ORDER.find(number[0]) + 1
    digits = "".join(ch for ch in number if ch.isdigit())
    return int(digits) if digits else 0


def _marker_width(text: str, pos: int, kind: str) -> int:
    """How many characters the bullet at ``pos`` takes: "▲" 1, "12." 3, "둘째, " 4."""
    if kind in NUMBERINGS:
        return len(_number_at(text, pos))
    if kind == "첫째" and (ordinal := ORDINAL.match(text, pos)):
        return len(ordinal.group(0))
    return 1


def _marker_item(text: str, a: int, b: int, kind: str) -> tuple[int, int]:
    s, e = trim(text, a + _marker_width(text, a, kind), b, TRIM + ",")
    # "‣주력산업 5개 부문(…)과 ‣협력산업": a joining particle before the next bullet
    joiner = JOINER_AT_END.search(text[s:e])
    if joiner and (text[e - len(joiner.group(0)) - 1] == ")" or len(joiner.group(0)) > 1):
        s, e = trim(text, s, e - len(joiner.group(0)), TRIM + ",")
    if handed := HANDED_ON.search(text, s, e):
        # "▲C을, 사회통합 부문에서는 ▲D": the object ends the item, a new clause leads to the next bullet
        s, e = trim(text, s, handed.start())
    return s, e


def _list_limit(text: str, pos: int, end: int) -> int:
    """A list inside a line stops at " / " (a new field on the same line)."""
    m = FIELD_SEPARATOR.search(text, pos, end)
    return m.start() if m else end


def _label_before(text: str, floor: int, pos: int) -> Label | None:
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


def _prose_lists(text: str, page: Page, start: int, end: int) -> list[Candidate]:
    out: list[Candidate] = []
    out += _lists_before_label(text, page, start, end)
    out += _lists_after_label(text, page, start, end)
    return out


def _lists_before_label(text: str, page: Page, start: int, end: int) -> list[Candidate]:
    """ "A, B, C 등 5대 전략콘텐츠를": items first, then 등 (or a quote and particle), then the label."""
    out: list[Candidate] = []
    closers = [(m.start(), m.end(), "등") for m in ETC.finditer(text, start, end)]
    closers += [(m.start(), m.end(), "quote") for m in QUOTE_CLOSER.finditer(text, start, end)]
    closers += [(m.start(), m.end(), "quote") for m in QUOTATIVE_COUNT.finditer(text, start, end)]
    closers += [(m.start(), m.end(), "quote") for m in GENITIVE_COUNT.finditer(text, start, end)]
    closers += [(m.start(), m.end(), "count") for m in COUNT_AFTER.finditer(text, start, end)]
    closers += [(m.start(), m.end(), "object") for m in OBJECT_COUNT.finditer(text, start, end)]
    closers += [(m.start(), m.end(), "composed") for m in COMPOSED_OF.finditer(text, start, end)]
    taken = {c for c, _, how in closers if how == "object"}  # a counted label there is read as such
    if CHOOSING_VERB.search(text, start, end):  # the long pattern only where a verb of choosing stands
        chosen = CHOSEN_AS.finditer(text, start, end)
        closers += [(m.start(), m.start("as"), "chosen") for m in chosen if m.start() not in taken]
    for c_start, c_end, how in sorted(closers):
        if not HEAD_AHEAD.match(text[c_end : c_end + 24]):
            continue
        before = text[max(start, c_start - MAX_SPAN) : c_start]
        # no comma: two items joined by 와/과 only ("A와 B 등 10대 정책을", "A와 B를 주요 시책으로 꼽았다"),
        # or quoted phrases side by side ("‘A’ ‘B’ ‘C’를 3대 방향으로")
        joined = "," not in before and not any(ch in MIDDOTS for ch in before)
        quoted_run = QUOTED_RUN.search(before) if joined else None
        if joined and how not in ("등", "chosen") and quoted_run is None:
            continue
        if how == "chosen":
            # "A, B, C를 (… 달성할) 핵심전략으로 제시했다": the label is the phrase the verb names them as
            named = CHOSEN_AS.match(text, c_start)
            if named is None or SECOND_OBJECT.search(named.group("as")):
                continue  # "A, B를 포함한 규제개혁을 핵심과제로": the verb names another object
            label = label_ending_at(text, c_end, named.end())
            if label is not None and label.declared is None and named.group("n"):
                label.declared = int(named.group("n"))  # "A·B 등 5개를 시정 운영 방향으로": the count closes the list
        else:
            label = label_starting_at(text, c_end, end)
        if label is None or (how in ("quote", "count", "object") and not label.counted):
            continue
        if not (label.names_bullets(text) if how == "chosen" else label.acceptable(text)):
            continue  # chosen as a named thing, a compound 'other' head names a list too ("핵심키워드로 도출")
        if how == "composed" and not (label.counted or QUOTED_LABEL.match(text, c_end)):
            continue
        if how == "object" and not AS_PARTICLE.match(text, label.end):
            continue  # "A, B를 3개 기관이 …": the count names something else
        if not label.counted and text.startswith("의", label.end):
            continue  # "… 등 광산업의 도약": a noun the items belong to, not the list's name
        if how == "count" and not PARTICLE_CHAR.match(text, label.end, label.end + 1):
            continue  # "…, 민선8기 7대 시정목표 선정, …": a counted phrase inside a longer list
        if joined and quoted_run is None and not (label.counted or how == "chosen"):
            continue  # "A와 B 등 관련 사업": a pair under an uncounted name is a phrase, not a list
        if quoted_run is not None:
            run_start = c_start - len(before) + quoted_run.start()
            items = [m.span() for m in QUOTED_PHRASE.finditer(text, run_start, c_start)]
        else:
            items = _items_backward(text, start, c_start, joined=joined)
        if how == "count" and "," not in text[items[0][0] if items else c_start : c_start] and len(items) < 2:
            continue
        label = _first_counted(text, label)
        if label.declared is not None and len(items) > label.declared >= 2:
            # "…비전 아래, A, B, C라는 세 가지 목표": the count says where the list begins
            items = items[-label.declared :]
        if len(items) < 2 or not _phrases(text, items):
            continue
        items = _with_leading_modifier(text, start, items)
        out.append(Candidate(label, items, "prose-after", spoken=page.in_speech(c_start)))
    return out


def _with_leading_modifier(text: str, floor: int, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
    if len(adverb) == 1 and adverb[0].tags == ("MAG",):
        start = adverb_at + adverb[0].start  # "다시 뛰는 금천": the adverb goes with its modifier
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
    """An item that opens with a relative clause: "섬기는 정부", "걷고 싶은 도시"."""
    words = words_in(text, start, end)
    return len(words) > 1 and is_predicate(words[0]) and (ends_in_modifier(words[0]) or _modifies_ahead(words, 0))


def _first_counted(text: str, label: Label) -> Label:
    """ "일자리, 주거, 교육, 문화 4대 분야 42개 과제로": the items are the four 분야, not the tasks."""
    second = SECOND_COUNT.search(text, label.start + 1, label.end) if label.counted else None
    if second is not None:
        first = describe(text, label.start, second.start())
        if first.counted and first.acceptable(text):
            return first
    return label


def _lists_after_label(text: str, page: Page, start: int, end: int) -> list[Candidate]:
    """ "3대 전략으로 A, B, C을 제시했다", "5대 시책은 A, B, C이다", "5개 핵심과제 A, B, C을"."""
    out: list[Candidate] = []
    triggers = [m.span("p") for m in LABEL_PARTICLE.finditer(text, start, end)]
    triggers += [(m.end(), m.end()) for m in APPOSITIVE_LABEL.finditer(text, start, end)]
    for p_start, p_end in triggers:
        if "," not in text[p_end : min(end, p_end + MAX_SPAN)]:
            continue
        label = label_ending_at(text, start, p_start)
        if label is None or not label.acceptable(text):
            continue
        if text[p_start:p_end] in ("에는", "인") and not label.counted:
            # "관광 사업에는 부산, 울산이 참여한다", "핵심산업인 가전, 로봇": what takes part or what
            # a thing is; a counted label ("12대 과제에는", "5대 전략산업인") names its list
            continue
        list_start = p_end
        while list_start < end and text[list_start].isspace():
            list_start += 1
        items, tail = _items_forward(text, list_start, end)
        if len(items) < 2:
            continue
        if tail.closer == "등" and tail.closer_end is not None and NAMING_COUNT.match(text, tail.closer_end):
            continue  # "먹거리 산업으로 A, B 등 5대 산업을": the 'N대' name after the items names the list
        topic = text[p_start:p_end] in ("은", "는")
        _declare_from_closer(text, tail, end, label)
        if topic and not (tail.closer == "copula" or label.declared == len(items) or _quoted(text, list_start)):
            continue
        if not _phrases(text, items):
            continue
        out.append(Candidate(label, items, "prose-before", spoken=page.in_speech(p_start)))
    return out


def _joined_first(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The first item of a comma list split at a joining 와/과 when it is two noun phrases
    ("드론과 반도체, 인공지능"), as the list read backwards splits its first segment."""
    if not _clean_segment(text, start, end):
        return [(start, end)]
    found = _trailing_phrase(text, start, start, end, True)
    if found and len(found) > 1 and found[0][0] == start:
        return found
    return [(start, end)]


def _head_before(text: str, pos: int) -> bool:
    return HEAD_AT_END.search(text[max(0, pos - 12) : pos]) is not None


def _quoted(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos] in PHRASE_QUOTES


def _items_forward(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], Tail]:
    """Comma-separated items from ``start``; the last one ends where the sentence takes over."""
    if _quoted(text, start):
        close = text.find(PHRASE_QUOTES[text[start]], start + 1, end)
        if close > 0 and "," in text[start:close]:
            segments = _split(text, start + 1, close, ",")
            return [trim(text, a, b, TRIM + ",") for a, b in segments], Tail(close + 1, close + 1, "quote")
    limit = _list_limit(text, start, min(end, start + MAX_SPAN))
    segments = _split(text, start, limit, ",")
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
        inner = _tail(text, a, b)
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
    tail = _tail(text, last_start, limit)
    if not tail.cut_off or COLON_BEFORE.search(text, max(0, start - 3), start):
        # a field line ("3대 추진전략: A, B, C") is complete at its end; a sentence is cut off
        items.append(trim(text, last_start, tail.end, TRIM + ","))
    return items, tail


# The quotation marks inside which no separator splits, and their closing marks.
SPLIT_QUOTES = {"‘": "’", "“": "”", "「": "」", "『": "』"}


def _split(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
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


def _items_backward(text: str, floor: int, end: int, *, joined: bool = False) -> list[tuple[int, int]]:
    """Items of a prose list that ends at ``end``, walking back over comma-separated segments.

    Segments that read as items are taken whole; the first segment that does not
    gives only its trailing noun phrase (or quoted phrase), and the walk stops. ``joined``: the
    list has no comma, its items are joined by 와/과 in one segment.
    """
    segments = _split(text, max(floor, end - MAX_SPAN), end, ",")
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
            return [trim(text, a, b, TRIM + ",") for a, b in _split(text, inner_s, inner_e, ",")]
        if any(ch in MIDDOTS for ch in text[inner_s:inner_e]):
            return [trim(text, a, b) for a, b in _split_any(text, inner_s, inner_e)]
    return items


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
    pieces = [trim(text, a, b) for a, b in _split_any(text, run_start, end)]
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


def _phrases(text: str, items: list[tuple[int, int]]) -> bool:
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


def _split_any(text: str, start: int, end: int) -> list[tuple[int, int]]:
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


def _bracket_lists(text: str, page: Page, start: int, end: int) -> list[Candidate]:
    """ "5대 첨단 전략산업(인공지능, 반도체, …)": a label followed by its members in brackets."""
    out: list[Candidate] = []
    for m in BRACKET_LIST.finditer(text, start, end):
        if not _head_before(text, m.start()):
            continue
        label = label_ending_at(text, start, m.start())
        if label is None or not label.acceptable(text) or label.end != m.start():
            continue
        inner = m.start("inner"), m.end("inner")
        parts = _split(text, *inner, ",") if "," in m.group("inner") else _split_any(text, *inner)
        items = [trim(text, a, b) for a, b in parts]
        if len(items) >= 2:
            out.append(Candidate(label, items, "bracket", spoken=page.in_speech(m.start())))
    return out


def _line_lists(text: str, page: Page) -> list[Candidate]:
    """Consecutive short lines opened by the same bullet, under a heading that names them."""
    out: list[Candidate] = []
    lines = page.filled_lines()
    run: list[tuple[int, int]] = []
    run_kind = None
    run_first = -1

    def flush() -> None:
        if len(run) >= 2:
            label = _heading_label(text, page, run_first, run)
            if label is not None:
                out.append(Candidate(label, list(run), "lines"))

    for idx, ln in lines:
        s = ln.stripped
        if not s:
            continue
        m = LINE_MARKER.match(text, ln.start, ln.end)
        body = text[m.end() : ln.end].strip() if m else ""
        kind = marker_kind(m.group("marker")) if m else None
        if (m and not body) or s in BARE_BULLETS:
            continue  # an empty bullet line separates groups of one list
        short = m and _short_item(text, m.end(), ln.end, bulleted=True)
        if short and kind == run_kind:
            run.append(_line_item(text, m.end(), ln.end))
            continue
        flush()
        run, run_kind, run_first = [], None, -1
        if short:
            run, run_kind, run_first = [_line_item(text, m.end(), ln.end)], kind, idx
    flush()
    return out


def _outline_lists(text: str, page: Page) -> list[Candidate]:
    """Bulleted lines with deeper bullets between them: "□ A\n - a1\n□ B\n - b1" lists A and B.

    In a stretch of bulleted lines the first line's bullet is the outer one; its lines are
    the items when there are two or more and other bullets stand between them.
    """
    out: list[Candidate] = []
    stretch: list[tuple[int, str, int]] = []  # line index, marker kind, where the line's words start

    def flush() -> None:
        if not stretch:
            return
        outer = stretch[0][1]
        tops = [(i, body) for i, kind, body in stretch if kind == outer]
        if 2 <= len(tops) < len(stretch):
            bodies = [(body, page.lines[i].end) for i, body in tops]
            if all(_short_item(text, a, b) for a, b in bodies):
                run = [_line_item(text, a, b) for a, b in bodies]
                label = _heading_label(text, page, tops[0][0], run)
                if label is not None:
                    out.append(Candidate(label, run, "lines"))
        stretch.clear()

    for idx, ln in page.filled_lines():
        m = LINE_MARKER.match(text, ln.start, ln.end)
        if m and text[m.end() : ln.end].strip():
            stretch.append((idx, marker_kind(m.group("marker")), m.end()))
            continue
        flush()
    flush()
    return out


def _outline_children(text: str, page: Page, blocks: list[Block]) -> list[Candidate]:
    """Under a bulleted or numbered heading, two or more sub-items of one marker are a list
    labelled by the heading as printed (FORMAT: nested lists): "1. 우주경제 가동\n· A\n· B".

    Under a heading of results ('주요 정책성과') nothing is a list of policy items, however deep.
    """
    out: list[Candidate] = []

    def visit(block: Block, results: bool) -> None:
        label = _outline_heading(text, block)
        results = results or (label is not None and _names_results(text, label))
        if label is not None and not results and (inner := _counted_inside(text, label, len(block.children))):
            label = inner
        if label is not None and not results and (run := _outline_run(text, block, label.declared)):
            out.append(Candidate(label, run, "outline", spoken=page.in_speech(run[0][0])))
        for child in block.children:
            visit(child, results)

    for block in blocks:
        visit(block, False)
    return out


def _counted_inside(text: str, label: Label, children: int) -> Label | None:
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


def _outline_heading(text: str, block: Block) -> Label | None:
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
        label = _label_before(text, start, follows.start())
        return label if label is not None and label.acceptable(text) else None
    # a sentence is no heading, except a pledge in the polite style ("1. 우주경제를 가동합니다.")
    if SENTENCE_LINE.search(text, start, block.span.end) and not POLITE_END.search(text, start, end):
        return None
    return describe(text, start, end)


def _outline_run(text: str, block: Block, declared: int | None = None) -> list[tuple[int, int]] | None:
    """The sub-items of one marker under ``block`` (notes ※ * aside), if they read as named items.

    Items are short, unless the heading counts them ('8대 핵심과제' over eight numbered lines): then the
    count and the markers say where each ends, and an item may run as long as a bulleted one."""
    kinds = [marker_kind(c.marker.text) for c in block.children if c.marker is not None]
    kinds = [k for k in kinds if k not in NOTE_MARKERS]
    if not kinds:
        return None
    kind = max(set(kinds), key=kinds.count)
    run = [c for c in block.children if c.marker is not None and marker_kind(c.marker.text) == kind]
    if len(run) < 2:
        return None
    if run[-1].span.end >= len(text.rstrip(" \t")) and not text.endswith("\n"):
        run = run[:-1]  # the text stops inside its last line: that item may be cut (FORMAT)
        if len(run) < 2:
            return None
    items = [trim(text, c.span.start, c.span.end, TRIM + ".;,") for c in run]
    longest = MAX_BULLET_ITEM if declared == len(run) else MAX_ITEM
    if any(SENTENCE_LINE.search(text, a, c.span.end) or b - a > longest for (a, b), c in zip(items, run, strict=True)):
        return None  # paragraphs under a heading elaborate it; they name no items
    if any(text[c.span.end - 1] == "," for c in run):
        return None  # lines wrapped inside one sentence
    return items


def _names_results(text: str, label: Label) -> bool:
    return any(noun in text[label.start : label.end] for noun in RESULT_NOUNS)


def _numbered_headings(text: str, page: Page) -> list[Candidate]:
    """Heading lines numbered in sequence with paragraphs between them ("첫째, 해양 신산업을 키우겠습니다."
    then a paragraph, "둘째, …" then a paragraph): the headings are the items of the list that the line
    above the first one names ("… 다음과 같은 정책목표를 가지고 뛰겠습니다.")."""
    out: list[Candidate] = []
    lines = page.filled_lines()
    runs: dict[str, list[tuple[int, int, int]]] = {}  # numbering → (line index, body start, line end)
    for i, ln in lines:
        m = LINE_MARKER.match(text, ln.start, ln.end)
        if m is None:
            continue
        kind = marker_kind(m.group("marker"))
        if kind not in ("첫째", "N.", "N)"):
            continue
        place = _ordinal_of(m.group("marker"))
        run = runs.setdefault(kind, [])
        if place == 1:
            _flush_headings(text, page, run, out)
            run.clear()
        if place == len(run) + 1 and ln.end - m.end() <= OUTLINE_HEADING:
            run.append((i, m.end(), ln.end))
    for run in runs.values():
        _flush_headings(text, page, run, out)
    return out


def _flush_headings(text: str, page: Page, run: list[tuple[int, int, int]], out: list[Candidate]) -> None:
    if len(run) < 2:
        return
    indexes = [i for i, _, _ in run]
    if indexes[-1] - indexes[0] == len(indexes) - 1:
        return  # consecutive lines: the line finders read those
    items = [trim(text, a, b, TRIM + ".!") for _, a, b in run]
    if any(SENTENCE_END.search(text, a, b) for a, b in items):
        return  # a heading is one sentence at most
    label = _heading_label(text, page, indexes[0], items)
    if label is not None:
        out.append(Candidate(label, items, "headings"))


def _footnote_lists(text: str, page: Page) -> list[Candidate]:
    """A footnote spelling out a label marked with '*' above it: "4대 전략*과 …" then
    "* 1. A, 2. B, 3. C" (or "* A, B, C")."""
    out: list[Candidate] = []
    lines = [ln for _, ln in page.filled_lines()]
    for k, ln in enumerate(lines):
        note = FOOTNOTE.match(text, ln.start, ln.end)
        if note is None:
            continue
        label = _marked_label(text, lines[max(0, k - FOOTNOTE_REACH) : k])
        if label is None:
            continue
        body = note.end()
        numbers = [m for m in INLINE_NUMBER.finditer(text, body, ln.end)]
        if len(numbers) >= 2 and [_ordinal_of(m.group("m")) for m in numbers] == list(range(1, len(numbers) + 1)):
            kind = _numbering(numbers[0].group("m"))
            positions = [m.start() for m in numbers]
            items = [_marker_item(text, a, b, kind) for a, b in itertools.pairwise(positions)]
            items.append(trim(text, positions[-1] + _marker_width(text, positions[-1], kind), ln.end, TRIM + ",."))
        else:
            items = [trim(text, a, b, TRIM + ",.") for a, b in _split(text, body, ln.end, ",")]
        if not text[ln.end :].strip() and label.declared != len(items):
            items = items[:-1]  # the text stops inside the note: its last item may be cut (FORMAT)
        if len(items) >= 2:
            out.append(Candidate(label, items, "footnote"))
    return out


def _marked_label(text: str, lines: list[Line]) -> Label | None:
    """The counted label a footnote mark follows in the lines above it: "…4대 전략*과 21대 과제로"."""
    for ln in reversed(lines):
        for star in reversed([m.start() for m in FOOTNOTE_MARK.finditer(text, ln.start, ln.end)]):
            label = label_ending_at(text, ln.start, star)
            if label is not None and label.counted and label.acceptable(text):
                return label
    return None


def _bare_line_lists(text: str, page: Page) -> list[Candidate]:
    """A counted heading alone on its line over exactly that many short lines without bullets:
    "3대 추진전략\n경제 활력 회복\n복지 안전망 강화\n녹색 도시 조성" (bullets lost when the page was copied)."""
    out: list[Candidate] = []
    lines = page.filled_lines()
    for k, (_i, ln) in enumerate(lines):
        label = counted_heading(text, *trim(text, ln.start, ln.end))
        if label is None or label.declared is None:
            continue
        following = lines[k + 1 : k + 2 + label.declared]
        run = [trim(text, x.start, x.end) for _, x in following[: label.declared]]
        if len(run) < label.declared or not all(_bare_item(text, a, b) for a, b in run):
            continue
        after = following[label.declared :]
        if after and _bare_item(text, *trim(text, after[0][1].start, after[0][1].end)):
            continue  # more such lines follow than the heading counts: not its list
        out.append(Candidate(label, run, "lines"))
    return out


def _bare_item(text: str, start: int, end: int) -> bool:
    """A short line without a bullet that reads as an item, not a sentence or another counted heading."""
    return (
        0 < end - start <= 40
        and not LINE_MARKER.match(text, start, end)
        and _short_item(text, start, end)
        and not count_of(text[start:end])[0]
        and text[end - 1] not in ".:："
    )


def _short_item(text: str, start: int, end: int, *, bulleted: bool = False) -> bool:
    """A line's body short enough to be an item, and no clause (a bulleted line may be longer, and
    may be a pledge in the polite style: "1. 미세먼지에 총력 대응합니다.")."""
    body = text[start:end].strip()
    words = _item_words(body, bulleted=bulleted)
    return len(body) <= (MAX_BULLET_ITEM if bulleted else MAX_ITEM) and not CLAUSE_END.search(words + " ")


def _item_words(item: str, *, bulleted: bool) -> str:
    """An item as the clause test reads it: a bulleted one without the polite ending of a slogan or
    pledge ('▲강남이 선도합니다', '1. …를 열어가겠습니다') and without exclamation marks ('▲… 함평!')."""
    return POLITE_END.sub("", item).replace("!", "") if bulleted else item


def _line_item(text: str, start: int, end: int) -> tuple[int, int]:
    """A line's item without a second numbering: "- 01 의원 청렴성 제고" → "의원 청렴성 제고"."""
    m = SECOND_NUMBER.match(text, start, end)
    if m:
        start = m.end()
    return trim(text, start, end, TRIM + ".;,")


def _heading_label(text: str, page: Page, first: int, run: list[tuple[int, int]] | None = None) -> Label | None:
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
            return _label_before(text, start, end)
        fields = run is not None and any(FIELD_ITEM.match(text, a, b) for a, b in run)
        if looked == 1 and not fields and (announced := ANNOUNCES.search(text, start, end)):
            label = label_ending_at(text, start, announced.start())
            if label is not None and label.names_bullets(text) and (label.declared in (None, count)):
                return label
        if looked == 1 and count is not None and COUNTED_PHRASE.search(text, start, end):
            # "□ 또한 6대 중점과제를 선정했다." over six lines: the sentence counts the lines below it
            label = _label_before(text, start, end)
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


# --- finishing -------------------------------------------------------------------------


def _finish(text: str, doc: PolicyDocument, page: Page, found: list[Candidate]) -> list[Enumeration]:
    """Clean items, drop what is not a list, keep one reading of any words (suggestions in the order
    of ``PRIORITY``), merge repeats, and build the models. Each decision is recorded when explaining."""
    if not page.lists_in_speech:
        found = _outside_speech(text, doc, page, found)
    found = _continued(found)
    kept: list[tuple[Candidate, list[Cut]]] = []
    taken = _Taken()
    for cand in sorted(found, key=lambda c: (_rank(c), c.region[0], -len(c.items))):
        items = _clean_items(text, cand.items)
        reason = _rejection(text, cand, items)
        if reason is None and (rival := taken.conflict(cand)) is not None:
            reason = (
                f"its words are read first as the list '{text[rival.label.start : rival.label.end]}' ({rival.finder})"
            )
        _record(page, text, cand, items, reason)
        if reason is None:
            taken.add(cand)
            kept.append((cand, items))
    enumerations: list[Enumeration] = []
    years_named: dict[str, int | None] = {}  # per label phrase: one scan of the text, however often it recurs
    for cand, items in kept:
        label = cand.label
        year = label.year
        if year is None:
            year = _relative_year(text, doc, page, label) or _year_named_elsewhere(text, doc, page, label, years_named)
        enumerations.append(
            Enumeration(
                kind=label.kind,
                label=Grounded(text=text[label.start : label.end], span=Span(start=label.start, end=label.end)),
                declared=label.declared,
                year=year,
                items=_items(items),
                spoken=cand.spoken,
            )
        )
    return _merge_repeats(enumerations, page)


def _rank(cand: Candidate) -> int:
    """Which readings go first: by shape, and a run named from an earlier sentence after every reading
    whose label stands with its items."""
    return BORROWED_RANK if cand.borrowed else PRIORITY[cand.finder]


def _continued(found: list[Candidate]) -> list[Candidate]:
    """Bullet runs of consecutive sentences named by the same count said before them are one list
    continued (FORMAT: "a list continued over the next sentences under one label is one list")."""
    out: list[Candidate] = []
    by_label: dict[tuple[int, int], Candidate] = {}
    for cand in sorted(found, key=lambda c: c.region[0]):
        key = (cand.label.start, cand.label.end)
        if cand.borrowed and (first := by_label.get(key)) is not None and first.finder == cand.finder:
            first.items = first.items + cand.items
            continue
        if cand.borrowed:
            by_label[key] = cand
        out.append(cand)
    return out


SPOKEN = "inside quotation marks: a speaker's words, not the announcement's lists (Parser(lists_in_speech=True))"


def _outside_speech(text: str, doc: PolicyDocument, page: Page, found: list[Candidate]) -> list[Candidate]:
    """The candidates outside speech; a counted list skipped inside speech is said in a diagnostic."""
    said: set[tuple[int, int]] = set()
    for cand in found:
        if not cand.spoken:
            continue
        items = _clean_items(text, cand.items)
        _record(page, text, cand, items, SPOKEN)
        label = cand.label
        if label.declared is None or (label.start, label.end) in said or _rejection(text, cand, items):
            continue
        said.add((label.start, label.end))
        doc.diagnostics.append(
            Diagnostic(
                code="list-in-speech",
                message=f"the list '{text[label.start : label.end]}' ({len(items)} items) stands inside a quotation "
                "and was not read; Parser(lists_in_speech=True) reads such lists, marked spoken",
                span=Span(start=label.start, end=label.end),
            )
        )
    return [cand for cand in found if not cand.spoken]


def _rejection(text: str, cand: Candidate, items: list[Cut]) -> str | None:
    """Why a suggested list is no list, or None."""
    if len(items) < 2:
        return "fewer than two items"
    if AWARDED.match(text, cand.label.end):
        return "award categories, not policy items"
    if len({_squash(i.text) for i in items}) * 2 <= len(items):
        return f"the same words over and over, not distinct items: '{items[0].text[:30]}'"  # a caption per image
    if cand.finder not in STRUCTURAL:
        return _implausible(text, items, bulleted=cand.finder in BULLETED, targets=cand.label.kind == "goal")
    return None


def _record(page: Page, text: str, cand: Candidate, items: list[Cut], reason: str | None) -> None:
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
            evidence={
                "declared": label.declared,
                "items": len(items),
                "count agrees": label.declared == len(items) if label.declared is not None else None,
                "counted label": label.counted,
                "shape rank": _rank(cand),
                "named before": cand.borrowed or None,
            },
        )
    )


class _Taken:
    """The item spans of the lists kept so far, sorted, so a new list meets only its neighbours
    (linear in the document, however many lists it holds)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[tuple[int, int, int]] = []  # start, end, index into owners
        self.owners: list[Candidate] = []
        self.longest = 0

    def add(self, cand: Candidate) -> None:
        self.owners.append(cand)
        for s, e in cand.items:
            k = bisect.bisect_left(self.starts, s)
            self.starts.insert(k, s)
            self.spans.insert(k, (s, e, len(self.owners) - 1))
            self.longest = max(self.longest, e - s)

    def conflict(self, cand: Candidate) -> Candidate | None:
        """The first kept list whose items overlap ``cand``'s, unless one lies inside an item of the other."""
        near: set[int] = set()
        for s, e in cand.items:
            k = bisect.bisect_left(self.starts, e)
            while k > 0 and self.spans[k - 1][0] > s - self.longest - 1:
                k -= 1
                ks, ke, owner = self.spans[k]
                if ks < e and s < ke:
                    near.add(owner)
        for owner in sorted(near):
            if _conflicts(cand, self.owners[owner]):
                return self.owners[owner]
        return None


class Cut(NamedTuple):
    """An item as cut from the text, before it becomes a model: a tuple, as a long outline suggests
    tens of thousands of them and most candidates are dropped."""

    text: str
    start: int
    end: int


def _clean_items(text: str, spans: list[tuple[int, int]]) -> list[Cut]:
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


def _items(cuts: list[Cut]) -> list[Item]:
    return [Item(text=c.text, span=Span(start=c.start, end=c.end)) for c in cuts]


def _implausible(text: str, items: list[Cut], *, bulleted: bool = False, targets: bool = False) -> str | None:
    """Why the items are no policy items, or None: items are short noun phrases; one that names
    another counted list means the sentence names plan parts.

    Bullets mark their items themselves: a bulleted item may be longer, may be a slogan in the polite
    style ('▲강남이 선도합니다') and may hold a count of its own ('▲3대 기술 확보'). Goals may be
    figures to reach ('매출액 7조 원, 농가소득 6000만 원대 진입이라는 2대 목표': ``targets``).
    """
    for item in items:
        body = _item_words(item.text, bulleted=bulleted)
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


def _conflicts(a: Candidate, b: Candidate) -> bool:
    """Two readings of the same words; a list nested inside one item of another is no conflict."""
    for outer, inner in ((a, b), (b, a)):
        first, last = inner.region
        if any(s <= first and last <= e and (s, e) != (first, last) for s, e in outer.items):
            return False
    return any(s1 < e2 and s2 < e1 for s1, e1 in a.items for s2, e2 in b.items)


def _year_named_elsewhere(
    text: str, doc: PolicyDocument, page: Page, label: Label, known: dict[str, int | None]
) -> int | None:
    """The year the article gives the same counted label elsewhere: the lead's "2024년 5대 역점시책을
    발표했다" (or "올해 5대 핵심과제를", resolved against the publication date) for a list labelled
    "5대 역점시책"."""
    if not label.counted:
        return None
    phrase = text[label.start : label.end]
    if phrase in known:
        return known[phrase]
    years = set()
    at = text.find(phrase)
    while at >= 0:
        before = YEAR_BEFORE.search(text, max(0, at - 16), at)
        if before and page.lines[page.line_at(at)].role == "content":
            year = int(before.group("year")) if before.group("year") else _resolved(doc, before.group("when"))
            if year is not None:
                years.add(year)
        at = text.find(phrase, at + 1)
    known[phrase] = years.pop() if len(years) == 1 else None
    return known[phrase]


def _relative_year(text: str, doc: PolicyDocument, page: Page, label: Label) -> int | None:
    """올해/금년/내년 opening the label or shortly before it, resolved against the publication date."""
    if doc.published is None:
        return None
    when = label.relative
    if when is None:
        ln = page.lines[page.line_at(label.start)]
        m = RELATIVE_YEAR.search(text, max(ln.start, label.start - 30), label.start)
        when = m.group(1) if m else None
    return _resolved(doc, when)


def _resolved(doc: PolicyDocument, when: str | None) -> int | None:
    """The year 올해/금년/새해 (the publication's) or 내년/명년 (the next) names; None for other words."""
    if doc.published is None or when not in RELATIVE_YEAR_WORDS:
        return None
    return doc.published.date.year + RELATIVE_YEAR_WORDS[when]


# How many earlier lists sharing one item or label a list is compared with (the latest ones).
MERGE_REACH = 16


def _merge_repeats(enumerations: list[Enumeration], page: Page | None = None) -> list[Enumeration]:
    """A list given twice (a summary, then in full) is kept once, with its fullest items.

    Lists are indexed by their items and labels, so each meets only those it shares words with, and of
    those only the latest MERGE_REACH per shared word: a label or item that recurs hundreds of times
    (numbered lists of one 업무계획) would otherwise make every list meet every other.
    """
    out: list[tuple[Enumeration, _Words]] = []
    by_word: dict[str, list[int]] = {}
    for en in enumerations:
        words = _Words.of(en)
        keys = [*words.items, "label:" + en.kind + words.label]
        near = sorted({k for key in keys for k in by_word.get(key, ())[-MERGE_REACH:]})
        same = next((k for k in near if out[k][1].same_list(words)), None)
        if same is None:
            same = len(out)
            out.append((en, words))
        else:
            fuller = _fullness(en) > _fullness(out[same][0])
            _note_merge(page, out[same][0], en, fuller)
            if fuller:
                out[same] = (en, words)
        for key in keys:
            places = by_word.setdefault(key, [])
            if not places or places[-1] != same:
                places.append(same)
    return [en for en, _ in out]


@dataclass(frozen=True)
class _Words:
    """A list's kind, items and label without their spaces: what tells two readings of one list."""

    kind: str
    items: tuple[str, ...]
    label: str

    @classmethod
    def of(cls, en: Enumeration) -> _Words:
        return cls(en.kind, tuple(_squash(i.text) for i in en.items), _squash(en.label.text))

    def same_list(self, other: _Words) -> bool:
        """Most items shared; or, under one label, most items of one inside items of the other
        ("탄소, 수소, …" then "1. 탄소소재 융복합 산업 2. 수소 상용차 산업 …")."""
        if self.kind != other.kind:
            return False
        names_a, names_b = set(self.items), set(other.items)
        enough = max(2, min(len(names_a), len(names_b)) // 2 + 1)
        if len(names_a & names_b) >= enough:
            return True
        if self.label != other.label:
            return False
        short, long = sorted((names_a, names_b), key=len)
        return sum(any(x in y or y in x for y in long) for x in short) >= enough


def _note_merge(page: Page | None, kept: Enumeration, other: Enumeration, fuller: bool) -> None:
    if page is None or page.trace is None:
        return
    dropped, winner = (kept, other) if fuller else (other, kept)
    for record in page.trace:
        if (
            record.kept
            and record.label.span == dropped.label.span
            and [i.span for i in record.items] == [i.span for i in dropped.items]
        ):
            record.kept = False
            record.reason = f"the same list as '{winner.label.text}', which reads it more fully"


def _fullness(en: Enumeration) -> tuple[int, int]:
    """More items, then more words in them."""
    return len(en.items), sum(len(i.text) for i in en.items)


def _squash(s: str) -> str:
    return SPACES.sub("", s)


__all__ = ["describe", "read_enumerations"]
