"""Find the article in the page: lines, page chrome, captions, where the article ends,
and the stretches of direct speech (which no list may come from)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import regex

from .lexicon import LETTER_ORDER, SPEECH_QUOTES

# A line of navigation or sharing chrome: "본문 바로가기", "기사 메일전송", "• 로그인".
CHROME_LINE = regex.compile(
    r"바로\s?가기|로그인|회원가입|메일전송|기사수정|기사보내기|스크랩|구독하기|전체메뉴|전체기사|즐겨찾기"
    r"|시작페이지|글자\s?크기|상태바|공유합니다|페이지 정보|컨텐츠 정보|등록된 댓글|만족하십니까"
    r"|페이스북|카카오스토리|인스타그램|트위터|네이버블로그|^\s*(?:•\s*)?(?:인쇄|닫기|공유|댓글\s*\d*|본문|메뉴|HOME|LIVE|TV|\d+)\s*$"
    r"|사이트 내 전체검색|^\s*(?:•\s*)?(?:비|맑음|흐림|구름\S*)\s+\d+%|^\s*•\s*-?\d+(?:\.\d+)?\s*'?[°']?C\s*$",
    regex.IGNORECASE,
)
# An entry of a table of contents (목차): a heading, a tab or a dot leader, its page number —
# "1. 언어자원 키우기\t 6", "Ⅱ. 추진 과제 ········ 12" — or, as PDFs print a leader on lines of its
# own, a heading and the leader's first dot ("Ⅰ. 2021년 평가 ·"), or its dots alone ("·", "· 31").
TOC_ENTRY = regex.compile(
    r"^(?:.{2,80}?(?:\t[\t ]*|[ \t]*[·.…․‥]{3,}[ \t]*)\d{1,3}|.{2,80}?[ \t][·․‥]|[·.…․‥][·.…․‥ \t]*\d{0,3})[ \t]*$"
)
# Section names of a news site's menu: a line made of these is navigation, "정치 경제 사회 문화".
SECTIONS = frozenset(
    """뉴스 전체 정치 경제 사회 문화 국제 세계 스포츠 연예 오피니언 사설 칼럼 전국 지역 지방 자치 행정 교육
    산업 기업 금융 증권 부동산 IT 과학 생활 건강 라이프 포토 영상 사람 인물 피플 기획 특집 연재 여행 날씨
    이슈 종합 의회 경찰 법원 환경 노동 복지 농업 해양 관광 자치행정 지방자치 경제일반 사회일반 문화일반""".split()
)


# Words of a web page's own furniture, as screen readers and copied pages print them:
# "메인네비게이션", "로고 배경이미지", "화면컨트롤메뉴", "콘텐츠 영역", "정보마당 언론보도", "New Document".
UI_WORD_END = regex.compile(r"(?:메뉴|네비게이션|내비게이션|이미지|영역|컨트롤|로고|아이콘|배너|바로가기)$")
UI_WORDS = frozenset(
    """콘텐츠 컨텐츠 인쇄 목록 본문 메인 상단 하단 배경 로고 검색 닫기 열기 이전 다음 정보마당 언론보도 알림마당
    소통마당 새소식 이웃추가 프로필 new document home""".split()
)


def is_menu(line: str) -> bool:
    """A line of three or more section names and nothing else: "오피니언 정치 경제 사회 문화 스포츠";
    or a line of the page's furniture: "메인네비게이션", "로고 배경이미지", "인쇄 목록"."""
    words = line.replace("|", " ").replace("·", " ").split()
    if len(words) >= 3 and all(w in SECTIONS for w in words):
        return True
    if not words or len(words) > 4:
        return False
    furniture = [bool(UI_WORD_END.search(w)) or w.lower() in UI_WORDS for w in words]
    return all(furniture) and (len(words) >= 2 or bool(UI_WORD_END.search(words[0])))


# A photo caption or image file: "▲ 사진=광주광역시청", "울산국가공단전경 ©울산광역시", "10-1 보고회.jpg".
CAPTION_LINE = regex.compile(
    r"^\s*[▲△▶]?\s*(?:사진|자료|그래픽|제공|출처)\s*[=:/]|[©ⓒ]\s*\S+\s*$|\.(?:jpe?g|png|gif|webp)\s*$|^\s*\[?사진\]?\s",
    regex.IGNORECASE,
)
# Where the article ends and the rest of the page begins: "가장 많이 본 뉴스", "<저작권자 ⓒ …>".
ARTICLE_END = regex.compile(
    r"^\s*(?:가장\s?많이\s?본|많이\s?본\s?뉴스|지금 인기|인기\s?기사|관련\s?기사|관련\s?자료|관련\s?뉴스"
    r"|이전\s?기사|다음\s?기사|전체\s?댓글|댓글\s*\d|<?\s*저작권자|Copyright|무단\s?전재|\*\s*본 페이지에 대한 저작권"
    r"|담당\s?부서\s*:|#\S)",
    regex.IGNORECASE,
)
# The end of a sentence inside a line: "…발표했다. 이번", "…했다.” 이어" (not a letter bullet: "목표로 가. 미래").
SENTENCE_END = regex.compile(rf"(?<=[가-힣)][.!?])(?<!(?:^|[\s:])[{LETTER_ORDER}]\.)\s+|(?<=[.!?][”\"’'])\s+")
# Where a transcript printed without punctuation ends a sentence: a final ending and a space
# ("…개최됐습니다 이 자리에서", "…제시했다 시는"); read so only in a long line with no full stop at all.
UNPUNCTUATED_END = regex.compile(r"(?<=[가-힣](?:니다|었다|았다|였다|했다|됐다|한다|된다|이다|있다|없다))\s+(?=\S)")
UNPUNCTUATED_LINE = 300  # characters


def sentence_ends(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """Where sentences end in ``text[start:end]``: at full stops, or, in a long stretch that has none
    (a transcript printed without punctuation), at final endings."""
    if end - start > UNPUNCTUATED_LINE and SENTENCE_END.search(text, start, end) is None:
        return UNPUNCTUATED_END.finditer(text, start, end)
    return SENTENCE_END.finditer(text, start, end)
# A box of other articles' headlines that a page may print above the article.
HEADLINE_BOX = regex.compile(
    r"^\s*(?:가장\s?많이\s?본|많이\s?본\s?뉴스|인기\s?기사|관련\s?기사|최신\s?기사|주요\s?뉴스)"
)
# An entry of a ranked box of headlines: "1 대전시, …", "2. 충남도 …".
NUMBERED_ENTRY = regex.compile(r"^\d{1,2}\.?\s")
# A line opened by a bullet: "- 항목", "▲ …", "1. …" (list items may repeat; they are no captions).
BULLET_START = regex.compile(r"^(?:[-*·•▲△▶▷■□◆◇○●※]|\d{1,2}[.)])")
# How a line of prose ends: "…발표했다.", "…추진함", "…했다.”" (not a headline's quoted
# phrase: "…발표…“청년이 돌아오는 전남”").
PROSE_END = regex.compile(r"(?:[다요함음됨임]\.?|[가-힣)][.!?])[”\"]?\s*$")


def is_prose(line: str) -> bool:
    """A sentence of prose: long enough and ending like Korean prose does.

    A line ending in a quoted '…다' without a full stop is prose only when the whole
    line is the quotation; otherwise it is a headline quoting someone:
    '김두겸 울산시장 "산업수도 위상 되찾겠다"'.
    """
    line = line.strip()
    if len(line) <= 31 or PROSE_END.search(line[-4:]) is None:
        return False
    return not (line[-1] in '”"' and line[-2] not in ".!?" and line[0] not in '“"')


@dataclass(slots=True)
class Line:
    """One line of the text.

    ``role`` is 'content', 'chrome', 'caption', 'repeat' (printed twice in a row:
    a caption or a repeated headline) or 'after' (past the end of the article).
    """

    start: int
    end: int
    text: str
    role: str = "content"

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass(slots=True)
class Speech:
    """A stretch inside double quotation marks; ``closed`` is False when the text cuts it off."""

    open: int
    close: int
    closed: bool


@dataclass
class Page:
    """What the body stage learned about the page; later stages read it."""

    text: str
    lines: list[Line]
    speech: list[Speech] = field(default_factory=list)
    reserved: set[int] = field(default_factory=set)  # lines taken by metadata (title, byline)
    trace: list[Any] | None = None  # when explaining: every list considered and what became of it
    lists_in_speech: bool = False  # read lists inside quotation marks too (Parser(lists_in_speech=True))
    hard_wrapped: bool | None = None  # sentences broken at a fixed width (decided by wrapping.py)

    def __post_init__(self) -> None:
        self._line_starts = [ln.start for ln in self.lines]
        self._speech_opens: list[int] = []
        self._filled: tuple[int, list[tuple[int, Line]]] | None = None

    def set_speech(self, speech: list[Speech]) -> None:
        self.speech = sorted(speech, key=lambda s: s.open)
        self._speech_opens = [s.open for s in self.speech]

    def speech_before(self, pos: int) -> Speech | None:
        """The last stretch of speech that opens before ``pos``."""
        k = bisect.bisect_left(self._speech_opens, pos) - 1
        return self.speech[k] if k >= 0 else None

    def filled_lines(self) -> list[tuple[int, Line]]:
        """The content lines that hold text, with their indexes: built once, as every list finder
        walks them (again if metadata reserved another line since)."""
        if self._filled is None or self._filled[0] != len(self.reserved):
            filled = [(i, ln) for i, ln in self.iter_content_lines() if ln.text and not ln.text.isspace()]
            self._filled = (len(self.reserved), filled)
        return self._filled[1]

    def content_lines(self) -> list[tuple[int, Line]]:
        """Article lines that are not chrome, captions, or metadata."""
        return list(self.iter_content_lines())

    def iter_content_lines(self) -> Iterator[tuple[int, Line]]:
        """The content lines one by one, for a stage that needs only the first few."""
        return ((i, ln) for i, ln in enumerate(self.lines) if ln.role == "content" and i not in self.reserved)

    def in_speech(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks (stretches never overlap)."""
        speech = self.speech_before(pos + 1)
        return speech is not None and speech.open <= pos < speech.close

    def line_at(self, pos: int) -> int:
        """Index of the line holding offset ``pos``."""
        return max(0, bisect.bisect_right(self._line_starts, pos) - 1)


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def read_page(text: str) -> Page:
    """Classify every line and find the stretches of speech."""
    lines = split_lines(text)
    seen_prose = False
    ended = False
    box = False
    previous, previous_index = "", -1
    # the date and byline shapes are metadata's; imported here, not above, as metadata builds on this module
    from .metadata import is_dateline_or_byline

    for i, ln in enumerate(lines):
        s = ln.stripped
        if ended:
            ln.role = "after"
            continue
        if seen_prose and ARTICLE_END.search(s):
            ended = True
            ln.role = "after"
            continue
        if box:
            if is_dateline_or_byline(s):
                # the article's own date line or byline ("입력 2025.01.06", "공주=최민준 기자") ends the box;
                # the line above it, unless it is a numbered entry, is the article's headline
                above = lines[previous_index] if previous_index >= 0 else None
                if above is not None and above.role == "chrome" and not NUMBERED_ENTRY.match(above.stripped):
                    above.role = "content"
                box = False
            elif s and not is_prose(s):
                ln.role = "chrome"
                previous, previous_index = s, i
                continue
            else:
                box = False
        if not seen_prose and HEADLINE_BOX.search(s):
            # "많이 본 뉴스" above the article: its short lines are other articles' headlines
            ln.role, box = "chrome", True
            continue
        if (len(s) < 60 and (CHROME_LINE.search(s) or is_menu(s))) or TOC_ENTRY.match(s):
            ln.role = "chrome"
        elif len(s) < 120 and CAPTION_LINE.search(s):
            ln.role = "caption"
        elif s and s == previous and previous_index >= 0 and not BULLET_START.match(s):
            # A line printed twice in a row is a photo caption or a repeated headline:
            # both copies are page furniture, not article prose.
            ln.role = "repeat"
            if lines[previous_index].role == "content":
                lines[previous_index].role = "repeat"
        if ln.role == "content" and is_prose(s):
            seen_prose = True
        if s:
            previous, previous_index = s, i
    page = Page(text, lines)
    page.set_speech(find_speech(text, lines))
    return page


# A mark that opens direct speech: “ or ", or a ” typed the wrong way round where a quote opens
# (after a space or the line's start, before a word: '”활발한 소통과 …“이라고').
SPEECH_OPENER = regex.compile(
    "[" + "".join(regex.escape(ch) for ch in SPEECH_QUOTES) + "]|(?:(?<=^|[\\s(,])”(?=\\S))", regex.M
)
# An opening mark typed where a quote closes: right after its words, before the reporting ending
# or punctuation ('…주력하겠다“며,', '…보여달라“고 당부했다').
MISTYPED_CLOSER = regex.compile(r"(?<=\S)“(?=[가-힣]{0,3}(?:며|고|라|면서)|[\s,.)]|$)", regex.M)


def find_speech(text: str, lines: list[Line]) -> list[Speech]:
    """Pairs of double quotation marks within each line (a paragraph); an unclosed one runs to the line's end.

    Curly marks typed the wrong way round ('“…“며', '”…“이라고') still pair: authors and CMSs swap
    them often, and a quote whose closer is missed swallows the rest of its paragraph.
    """
    found: list[Speech] = []
    for ln in lines:
        if ln.role not in ("content",):
            continue
        pos = ln.start
        while (m := SPEECH_OPENER.search(text, pos, ln.end)) is not None:
            pos = m.start()
            if text[pos] in "“”":
                proper = text.find("”", pos + 1, ln.end)
                mistyped = MISTYPED_CLOSER.search(text, pos + 1, proper if proper >= 0 else ln.end)
                end = mistyped.start() if mistyped else proper
            else:
                end = text.find(SPEECH_QUOTES[text[pos]], pos + 1, ln.end)
            if end < 0:
                found.append(Speech(pos, ln.end, False))
                break
            found.append(Speech(pos, end + 1, True))
            pos = end + 1
    return found
