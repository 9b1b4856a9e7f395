"""Metadata of the article: title, subtitle, publication date, reporter, agency.

Each field tries its sources in order (labelled lines, then page structure) and
stays None rather than guessing from page chrome.
"""

from __future__ import annotations

import datetime as dt

import regex

from .labels import counted_heading
from .layout import Line, Page, is_prose
from .lexicon import (
    ABBREVIATED_BODIES,
    ABBREVIATION_IDS,
    BODY_SUFFIXES,
    CANDIDACY,
    CENTRAL_BODIES,
    CITY_BASES,
    COUNTY_BASES,
    DISTRICT_BASES,
    FULL_NAMES,
    NATIONAL_BODY_PREFIXES,
    NATIONAL_BODY_SUFFIXES,
    NUMBER_BULLETS,
    PAGE_FIELDS,
    PUBLIC_BODY_SUFFIXES,
    REGION_IDS,
    REGIONS_FULL,
    REGIONS_SHORT,
    ROMAN_NUMERALS,
)
from .models import Grounded, PolicyDocument, Published, Span
from .release_fields import read_release_fields
from .spans import ground
from .vision import VISION_HEADING
from .wrapping import hard_wrapped, open_end

# A date as outlets print it: "2019-05-08", "2019.05.08", "2019년 5월 8일", "2018/09/18".
DATE = r"(?P<y>(?:19|20)\d{2})\s*(?:[-./]|년\s*)\s*(?P<m>\d{1,2})\s*(?:[-./]|월\s*)\s*(?P<d>\d{1,2})(?!\d)\s*일?"
# A short date with a two-digit year, only after a label: "작성일 22-07-19".
SHORT_DATE = r"(?P<yy>\d{2})[-./](?P<m2>\d{2})[-./](?P<d2>\d{2})(?!\d)"
# An optional weekday and time after the date: "14:36:38", "[10:33]", "(15:44)", "(화) 09:00", "화요일",
# "오후 2:31", "14시 30분", "T09:00:00+09:00".
TIME = (
    r"(?:\.?\s*\([월화수목금토일]\)|\s*[월화수목금토일]요일)?"
    r"(?:\.?\s*[\[(]?\s*(?:(?P<ampm>오전|오후)\s*)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*[\])]?"
    r"|\s*(?:(?P<ampm>오전|오후)\s*)?(?P<H>\d{1,2})시\s*(?P<M>\d{1,2})(?P<minute>분)"
    r"|T(?P<H2>\d{2}):(?P<M2>\d{2})(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?)?"
)
# A labelled publication date: "등록 2019-05-08 14:36:38", "기사입력 2018/09/18 [10:33]", "작성일 22-07-19 09:36",
# a release's header cell "보도시점 | (온라인) 2025. 1. 2.(목) 12:00".
LABELLED_DATE = regex.compile(
    r"(?:등록일?|입력|기사입력|최초\s?입력|입력날짜|입력일|작성일?|발행일?|승인|게재일?|게시일|송고|등록일시"
    r"|송고시간|입력시간|등록시간|작성시간|발행일시|배포일시|배포|보도일시|보도시점|기사전송|전송|Published|Posted)"
    r"\s*[:：|]?\s*(?:\((?:온라인|인터넷|방송|지\s*면|석간|조간)\)\s*)?"
    rf"(?:{DATE}|{SHORT_DATE}){TIME}"
)
# A line that is only a date: "2018.08.01 15:44", "[2025-01-06]".
DATE_LINE = regex.compile(rf"^\s*(?:\|\s*)?\[?{DATE}\.?{TIME}\]?\s*$", regex.M)
# Any line that is only a date, a site's "today" widget included: "• 2024.09.20 (금)" (never a headline).
ANY_DATE_LINE = regex.compile(rf"^\s*(?:[•·]\s*)?\[?{DATE}\.?(?:\s*\([월화수목금토일]\))?{TIME}\]?\s*$", regex.M)
# A date closing a broadcast headline or following a byline: "/ KBS 2022.06.14.", "기자 = 2025.01.01",
# "기자 | 2024년 01월 01일(월) 18:00".
TRAILING_DATE = regex.compile(rf"(?:/\s*[\p{{L}}\d]+\s+|기자\s*[=|/]?\s*){DATE}\.?{TIME}")
# A date before a byline on the same line: "2024.02.08 / 대경일보 최성호 기자".
DATE_BEFORE_BYLINE = regex.compile(rf"^\s*{DATE}\.?{TIME}\s*[/|·]\s*(?=[^\n]{{0,40}}기자)", regex.M)
# A date beside a byline: "2024.02.08 14:30" (DATE and TIME again; regex allows a group name twice).
BYLINE_DATE = rf"{DATE}\.?{TIME}"

# What closes a printed date after its day: "20일", "20 일", the final dot of "2024. 3. 4." (not "4.5").
DATE_CLOSE = regex.compile(r"[ \t]?일|\.(?!\d)")
# A subtitle framed on both sides: "- 2035년까지 집중 투자 -", "― … ―", "< … >", "〈 … 〉".
FRAMED_SUBTITLE = regex.compile(r"^(?P<open>[-―–—<〈《＜])\s*(?P<inner>\S.*?\S)\s*(?P<close>[-―–—>〉》＞])$")
FRAME_PAIRS = {"-": "-", "―": "―", "–": "–", "—": "—", "<": ">", "〈": "〉", "《": "》", "＜": "＞"}
# A date anywhere in a line, with its weekday and time: "2010.07.16(금)", "2024. 5. 20.", "2020.01.21 01.45".
DATE_IN_LINE = regex.compile(rf"(?<!\d){DATE}\.?{TIME}")
# A short field line around a date in a page's header or footer: "2010.07.16(금) 관리자()", "최초노출 2020.01.21",
# "2013-07-25 12면", "by 광주일보 2022. 5. 30.", "과학기술정보통신부/ 2018-02-24".
FIELD_LINE_LENGTH = 60
# How many lines from the top of a page a header field may stand (menus and headlines come first).
HEADER_LINES = 12
FIELD_WORDS = 3
# What makes the rest of such a line a sentence, not a field: "… 밝혔다", "… 개최한다.".
SENTENCE_IN_FIELD = regex.compile(r"[다요][.!?]?(?:\s|$)")

# How outlets' names end: "…일보", "…뉴스", "…타임즈".
OUTLET_SUFFIXES = "일보|신문|뉴스|방송|타임즈|타임스|미디어|저널|데일리|투데이|매거진|통신사|통신|닷컴"
# A reporter's name, or names joined by a middot: "홍길동", "홍길동·김철수".
NAME = r"(?P<name>[가-힣]{2,4}(?:·[가-힣]{2,4}){0,2})"
# A broadcaster or outlet written with Latin letters: "광주CBS", "KBS", "JTBC".
BROADCASTER = r"[가-힣]{0,4}[A-Z]{2,5}[가-힣]{0,4}"
# A reporter's rank before 기자: "선임기자", "수습 기자".
RANK = r"(?:(?:선임|수석|객원|수습|전문|인턴)\s?)?"
# An outlet's name before a byline: "충북일보", "한빛뉴스".
OUTLET = rf"[가-힣A-Za-z]{{1,10}}(?:{OUTLET_SUFFIXES})"
# Bylines: "[투데이에너지 김창수 기자]", "=[오문숙 기자]", "스마트에프엔 = 이장혁 기자", "무안=김한식기자",
# "최환금 기자 =", "최원철 기자 | 2024년 …", "충북일보 오성택 선임기자" alone on a line, "이종영 기자입니다",
# "기자명 윤현석 기자 입력 …", "윤현석 기자 다른기사 보기", "김지훈 기자가 보도합니다", "KBS 뉴스 김지훈입니다".
BYLINES = [
    regex.compile(rf"\[(?:[^\]\n]{{0,30}}?\s)?{NAME}\s*{RANK}기자\s*\]"),
    regex.compile(rf"=\s*{NAME}\s*{RANK}기자(?![가-힣])"),
    # "세종=뉴시스 장서우 기자": a dateline city, the agency's name, then the reporter
    regex.compile(
        rf"^\s*[\[(【]?[가-힣]{{2,4}}\s?=\s?[가-힣A-Za-z0-9]{{2,8}}\s+{NAME}\s*{RANK}기자(?![가-힣])", regex.M
    ),
    regex.compile(rf"(?<![가-힣]){NAME}\s*{RANK}기자\s*[=|]"),
    regex.compile(rf"(?<![가-힣]){NAME}\s*{RANK}기자(?:입니다|가\s?보도합니다)"),
    regex.compile(rf"^\s*(?:{BROADCASTER}|{OUTLET})\s*뉴스\s+{NAME}입니다\.?\s*$", regex.M),
    # a byline alone on its line, with what outlets print around it: "• 인천/ 홍길동기자", "< 홍길동 기자 a@b.kr >",
    # "부산 홍길동 기자 a@b.kr", "홍길동 기자>"
    regex.compile(
        rf"^\s*(?:[•·<]\s*)?(?:{BYLINE_DATE}\s*[/|·]\s*)?(?:\S+@\S+\s+)?(?:[/|]\s*)?"
        rf"(?:(?:{OUTLET}|{BROADCASTER}|취재|정리)\s+){{0,2}}(?:[가-힣]{{2,4}}\s?/\s*)?"
        rf"{NAME}\s*{RANK}기자\s*(?:\(?\S+@\S+\)?)?(?:\s*[/|·]?\s*{BYLINE_DATE})?\s*>?\s*$",
        regex.M,
    ),
    regex.compile(rf"(?:(?:작성자|기자명)\s*[:：]?\s*|글\s*[:：]\s*){NAME}(?:\s*기자)?(?![가-힣])", regex.M),
    # "부산 홍길동 기자 a@b.kr": a place, the name, the address
    regex.compile(rf"^\s*[가-힣]{{2,4}}\s+{NAME}\s*{RANK}기자\s+\S+@\S+\s*$", regex.M),
    # "…추진하고 있다. 홍길동기자/a@b.com": a byline closing the last paragraph
    regex.compile(rf"(?<![가-힣]){NAME}\s*{RANK}기자\s*/\s*\S+@\S+"),
    # "홍길동 a@b.com" alone on a line (broadcasters)
    regex.compile(rf"^\s*{NAME}\s+[\w.+-]+@[\w-]+\.[\w.]+\s*$", regex.M),
    # "홍길동 | 기사입력 …", "【남해 = 홍길동】", "입력 2014년08월22일 14시10분 홍길동"
    regex.compile(rf"^\s*{NAME}\s*\|\s*(?:기사입력|입력|등록)", regex.M),
    regex.compile(
        rf"【\s*[가-힣]{{2,4}}\s?=\s?{NAME}\s*】(?!\s*[가-힣]{{2,4}}\s*기자)"
    ),  # not "【서울=뉴시스】홍길동 기자"
    regex.compile(rf"(?:입력|등록)\s*[\d년월일시분:.\s-]{{8,30}}?\s{NAME}\s*$", regex.M),
    regex.compile(rf"기자명\s*[:：]?\s*{NAME}(?:\s*기자)?(?![가-힣])"),
    regex.compile(rf"(?<![가-힣]){NAME}\s*{RANK}기자\s*(?:다른\s?기사|기사\s?더\s?보기|구독)"),
]
# A photographer's credit, not the article's author: "사진=김민수 기자" (but "글·사진=" is both).
PHOTO_CREDIT = regex.compile(r"(?<!글\s?[·/∙ㆍ]\s?)사진\s*=\s*$")
# A bare name on a bulleted header line: "  • 박성원".
HEADER_NAME = regex.compile(rf"^\s*[•·\-]\s*{NAME}\s*(?:기자)?\s*$", regex.M)
NOT_NAMES = frozenset(
    """관계자 기자단 사진 편집 인쇄 공유 목록 댓글 로그인 보기 삭제 수정 작성일 작성자 관리자 조회
    뉴시스 연합뉴스 뉴스1""".split()
)  # words that fill a byline's place but name no reporter; wires' names

# An outlet's name or slogan line at the top of a page: "한빛일보 - 지역의 목소리 신문", "OO뉴스".
OUTLET_NAME = regex.compile(rf"(?:{OUTLET_SUFFIXES}|\.com|\.co\.kr)(?![가-힣])")
# A field of a press release's header, or of the posting around it: "담당부서 산업정책과", "문의 : 02-…",
# "배포일시 …", "등록일 2012-04-06".
HEADER_FIELD = regex.compile(
    r"^(?:담당\s?부서|문의|전화|배포\s?일시|보도\s?일시|보도\s?시점|엠바고|사진\s?있음"
    rf"|{'|'.join(PAGE_FIELDS)})"
)
# The kind of document a press release says it is, with its issuer: "행정안전부 보도자료", "보도참고자료".
RELEASE_KIND = regex.compile(r"^(?:\S+\s){0,2}\S*(?:보도\s?(?:참고\s?)?자료|설명\s?자료|해명\s?자료)$")
# Lines of a page header: chrome breadcrumbs "HOME > 뉴스 > 경제", "열린의장실 >".
BREADCRUMB = regex.compile(r"(?:^|\s)>\s*\S|>\s*$")
# A menu of short sections between bars: "뉴스홈 | 정치 | 지방자치" (a headline's own part is longer).
MENU_LINE = regex.compile(r"^[^|]{1,10}(?:\|[^|]{1,10}){2,}$")
# A headline followed by the outlet's name: "부산시, 6대 전략산업 발표 | 한빛일보".
# A headline followed by a page's button: "… 종합대책 마련 글보기".
TITLE_WITH_BUTTON = regex.compile(r"^(?P<title>.{8,}?)\s+(?:글보기|기사보기|본문보기|목록|인쇄)$")
TITLE_WITH_BAR = regex.compile(r"^(?P<title>.{8,}?)\s+\|\s+[^|]{2,20}$")
# A headline followed by its section: "춘천시, … 찍는다 > 전국소식" (not a "HOME > …" breadcrumb).
TITLE_WITH_SECTION = regex.compile(r"^(?!HOME)(?P<title>[^>]{8,}?)\s+>\s+[^>]{1,12}$", regex.I)
# A page title: the headline, the section, "기사본문" and the outlet: "부산시, … 발표 < 경제 < 기사본문 - 한빛일보".
TITLE_ON_PAGE = regex.compile(r"^(?P<title>.{8,}?)\s+(?:<\s*[^<\n]{1,12}?\s*)*<\s*기사본문\s*(?:[-|:]+\s*\S.{0,20})?$")
# A headline and the outlet's name after a dash, bar or double colon: "… 발표 - 한빛일보", "… 발표 :: KBS".
TITLE_WITH_OUTLET_NAME = regex.compile(
    rf"^(?P<title>.{{8,}}?)\s+(?:-|::|\|)\s+(?:[가-힣A-Za-z]{{1,12}}(?:{OUTLET_SUFFIXES})"
    r"|[A-Z]{2,5}(?:\s?뉴스)?)\s*$"
)
# A headline followed by its outlet and date: "대구시 신산업도 변화 예고 / KBS  2022.06.14.".
TITLE_WITH_OUTLET = regex.compile(rf"^(?P<title>.+?)\s+/\s*[\p{{L}}\d]+\s+{DATE}\.?\s*$")
# A headline with a subtitle between dashes: "… 선정부 구현 - 2011년 행정안전부 업무추진계획 -", and what a
# page prints after the closing dash ("… - 국민이 행복한 나라 - 경 찰 청", "… 발표 -… 실현 - |").
TITLE_WITH_SUBTITLE = regex.compile(
    r"^(?!\[[^\]]{1,16}\]\s+[-–—])(?P<title>.{8,}?)\s+[-–—]\s*(?P<sub>[^-–—]{4,}?)\s*"
    r"(?:[-–—][^-–—]{0,40})?$"
)  # not "[특별인터뷰] - 홍길동 군수": a tag alone is no headline
# A line that is a sentence, a dateline or a quotation rather than a headline ("[경제]" alone is a section tag).
# A speech's salutation opening the page: "존경하고 사랑하는 시민 여러분!", "안녕하십니까?", "반갑습니다." —
# the speech has begun, and no line after it is the headline.
SALUTATION = regex.compile(r"^(?:[가-힣\s]{0,30}여러분|안녕하십니까|안녕하세요|반갑습니다)\s*[!?,.]*$")
SENTENCE_LIKE = regex.compile(r"[.。:：]\s*$|^\s*(?!\[[^\]=]{1,16}\](?:\s|$))[\[=“\"(]|^\s*\S+\s*=|\s[:：]\s")
# A headline opened by a quotation: '"AI·반도체·이차전지" 경북, 3대 첨단산업 육성', '“…”…시, 새 비전'.
QUOTE_LED_HEADLINE = regex.compile(r"^[“\"][^”\"\n]{2,60}[”\"](?:\s+|…\s*|\.{3}\s*)[^\s.。].{3,78}$")
# A headline that is a short quotation without a sentence's end inside: '“서구 일류도시 위해 최선...”'.
QUOTED_HEADLINE = regex.compile(r"[“\"](?P<inner>[^”\"\n]{2,40}?)(?<![다요][.!?]|[다요])[”\"]")
# A bullet before a header line: "  • 박성원", "- “…”".
LEADING_BULLET = regex.compile(r"^\s*[•·\-*]\s+")
# A line opened by a list bullet of the article body: "□ …", "○ …", "1) …", "가. …", "① …".
LIST_MARKER_START = regex.compile(
    rf"^\s*(?:[□■○●◆◇▲△▶▷※{NUMBER_BULLETS}]|\d{{1,2}}[.)]\s|[가-하][.)]\s|\(\d{{1,2}}\)|[{ROMAN_NUMERALS}]\.?\s)"
)


# A line ending with a period: a sentence, not a subtitle.
PERIOD_END = regex.compile(r"[.。]\s*$")
# What opens a subtitle line: "• - “…".
SUBTITLE_LEAD = regex.compile(r"^(?:[•·*]\s*)?(?:[-–—]\s*)?")


def read_metadata(doc: PolicyDocument, page: Page) -> None:
    """Fill title, subtitle, published, reporter and agency on ``doc``."""
    title_index = _read_title(doc, page)
    doc.published = _read_published(page, title_index)
    doc.reporter = _read_reporter(page)
    doc.agency = _read_agency(page, title_index)
    doc.agency_id = official_name(doc.agency.text) if doc.agency is not None else None
    read_release_fields(doc, page)


def _first_prose_index(lines: list[Line]) -> int:
    for i, ln in enumerate(lines):
        if ln.role == "content" and is_prose(ln.stripped):
            return i
    return len(lines)


# What may follow a headline on its line, tried in this order.
TITLE_SHAPES = (
    TITLE_WITH_BUTTON,
    TITLE_WITH_OUTLET,
    TITLE_ON_PAGE,
    TITLE_WITH_OUTLET_NAME,
    TITLE_WITH_SECTION,
    TITLE_WITH_BAR,
    TITLE_WITH_SUBTITLE,
)


def _read_title(doc: PolicyDocument, page: Page) -> int | None:
    """The headline: the first headline-shaped line above the first sentence of prose."""
    candidates = _headline_candidates(page)
    if not candidates:
        return None
    i, offset, s = candidates[0]
    text, lines = page.text, page.lines
    end = offset + len(s)
    for pattern in TITLE_SHAPES:
        m = pattern.match(s)
        if m:
            end = offset + m.end("title")
            if "sub" in m.groupdict() and m.group("sub"):
                doc.subtitle = ground(text, offset + m.start("sub"), offset + m.end("sub"))
            break
    doc.title = ground(text, offset, end)
    page.reserved.add(i)
    for j in range(i + 1, min(i + 6, len(lines))):
        if lines[j].stripped == lines[i].stripped:
            page.reserved.add(j)
    if doc.subtitle is None:
        _read_subtitle(doc, page, i)
    return i


def _headline_candidates(page: Page) -> list[tuple[int, int, str]]:
    """(line index, offset, text) of headline-shaped lines before the article's prose begins."""
    text = page.text
    lines = page.lines
    found: list[tuple[int, int, str]] = []
    items_left = 0  # lines still to come under a counted heading ("3대 추진전략" over three lines)
    for i in range(min(_first_prose_index(lines), 40)):
        ln = lines[i]
        s = ln.stripped
        if not s or ln.role not in ("content", "repeat"):
            continue
        if items_left:
            items_left -= 1
            continue
        if VISION_HEADING.match(s):
            items_left = 1  # "도정 비전" over the slogan: the slogan is no headline
            continue
        if (heading := counted_heading(s, 0, len(s))) is not None and heading.declared is not None:
            items_left = heading.declared  # "3대 추진전략" over its three items: none is the headline
            continue
        offset = ln.start + (len(ln.text) - len(ln.text.lstrip()))
        bullet = LEADING_BULLET.match(s)
        if bullet:
            offset += bullet.end()
            s = s[bullet.end() :]
        if is_dateline_or_byline(s) or not any(ch.isalnum() for ch in s):
            continue  # a date or byline, or a line of bars and dashes
        if LIST_MARKER_START.match(s):
            break  # "□ …", "1) …": the body's bullets have begun
        if SALUTATION.match(s):
            break
        if HEADER_FIELD.match(s) or RELEASE_KIND.match(s):
            continue  # "담당부서 …", "문의 …", "행정안전부 보도자료": a press release's header fields
        if (body := _agency().match(s + "\n")) and body.end("name") == len(s):
            continue  # "산업통상자원부": the issuing body over a press release, not its headline
        if MENU_LINE.match(s):
            continue
        if BREADCRUMB.search(s) and not TITLE_WITH_SECTION.match(s):
            crumb = s.rsplit(">", 1)[-1].strip()
            following = next((j for j in range(i + 1, len(lines)) if lines[j].stripped), None)
            if crumb and following is not None and lines[following].stripped == crumb:
                # "HOME > 도정소개 > 도정방향" then "도정방향": the page's own heading
                heading = lines[following]
                found.append((following, heading.start + heading.text.index(crumb), crumb))
                break
            continue
        if SENTENCE_LIKE.search(s) and not TITLE_WITH_OUTLET.match(s) and not _quote_led_headline(s):
            break
        if OUTLET_NAME.search(s) and len(s) <= 30 and "," not in s and not TITLE_WITH_OUTLET_NAME.match(s):
            continue  # "한빛일보 - 지역의 목소리": the outlet's name, not a headline
        if len(s.replace(" ", "")) <= 6:
            following = next((lines[j].stripped for j in range(i + 1, len(lines)) if lines[j].stripped), "")
            if following != s:
                continue
        if len(s) > 80 or not text[ln.end :].strip():
            break  # a headline has an article after it
        if i + 1 < len(lines) and lines[i + 1].stripped and open_end(s) and hard_wrapped(page):
            break  # "대전시가 … 완성을 위한" over the rest of its sentence: a transcript's prose has begun
        found.append((i, offset, s))
    return found


def _quote_led_headline(line: str) -> bool:
    """A headline that opens with a quoted phrase and goes on, unlike a quoted sentence ending in a period;
    or a short headline that is a quotation in full, cut off as headlines are ('“일류도시 위해 최선...”')."""
    if QUOTED_HEADLINE.fullmatch(line):
        return True
    return QUOTE_LED_HEADLINE.match(line) is not None and not line.endswith((".", "。", ":", "："))


def is_dateline_or_byline(line: str) -> bool:
    """A header line that carries the date or the reporter, never a headline or subtitle."""
    if ANY_DATE_LINE.match(line) or LABELLED_DATE.search(line) or any(b.search(line) for b in BYLINES):
        return True
    return _date_field_words(line) is not None


def _date_field_words(line: str) -> list[str] | None:
    """The words beside the one date of a short field line ("경찰청/ 2022.09.30": ['경찰청/']), or None."""
    if len(line) > FIELD_LINE_LENGTH:
        return None
    dates = list(DATE_IN_LINE.finditer(line))
    if len(dates) != 1:
        return None
    rest = [w for w in (line[: dates[0].start()] + " " + line[dates[0].end() :]).split() if w.strip("|/·•-:")]
    if len(rest) > FIELD_WORDS or SENTENCE_IN_FIELD.search(" ".join(rest)):
        return None
    return rest


def _read_subtitle(doc: PolicyDocument, page: Page, title_index: int) -> None:
    """A short non-sentence line right under the headline, e.g. "- “일자리 중심의 …”"."""
    seen = 0
    for j in range(title_index + 1, min(title_index + 8, len(page.lines))):
        ln = page.lines[j]
        s = ln.stripped
        if not s or ln.role != "content":
            continue
        seen += 1
        if seen > 4 or is_prose(s) or len(s) > 70 or PERIOD_END.search(s):
            return
        if is_dateline_or_byline(s) or HEADER_NAME.match(s):
            continue
        if LIST_MARKER_START.match(s) or len(s.replace(" ", "")) <= 6:
            return  # bullets, or a section heading ("비전"): the page body has begun
        if s == (doc.title.text if doc.title else None):
            continue
        lead = len(ln.text) - len(ln.text.lstrip())
        if (framed := FRAMED_SUBTITLE.match(s)) and FRAME_PAIRS.get(framed["open"]) == framed["close"]:
            # "- … -", "― … ―", "< … >": the frame is typography, not part of the subtitle
            start, end = ln.start + lead + framed.start("inner"), ln.start + lead + framed.end("inner")
            doc.subtitle = ground(page.text, start, end, ' \t\u3000“”"')
            page.reserved.add(j)
            return
        cut = SUBTITLE_LEAD.match(s)
        start = ln.start + lead + (cut.end() if cut else 0)
        doc.subtitle = ground(page.text, start, ln.end, ' \t\u3000“”"')
        page.reserved.add(j)
        return


def _published(m: regex.Match[str], group_offset: int = 0) -> Published | None:
    g = m.groupdict()
    try:
        if g.get("y"):
            date = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        else:
            date = dt.date(2000 + int(g["yy"]), int(g["m2"]), int(g["d2"]))
        time = None
        if g.get("H"):
            hour = int(g["H"]) + (12 if g.get("ampm") == "오후" and int(g["H"]) < 12 else 0)
            time = dt.time(hour, int(g["M"]), int(g["S"] or 0))
        elif g.get("H2"):
            time = dt.time(int(g["H2"]), int(g["M2"]))
    except ValueError:
        return None
    first = "y" if g.get("y") else "yy"
    start = m.start(first)
    last = next((k for k in ("S", "minute", "M", "M2") if g.get(k)), None)
    if last is not None:
        end = m.end(last)
    else:  # the date as printed: its day mark or final dot too ("20일", "2024. 3. 4."), not the weekday
        end = m.end("d" if g.get("y") else "d2")
        if close := DATE_CLOSE.match(m.string, end):
            end = close.end()
    text = m.string[start:end]
    return Published(text=text, span=Span(start=start + group_offset, end=end + group_offset), date=date, time=time)


def _read_published(page: Page, title_index: int | None) -> Published | None:
    """Labelled dates first, then a date line in the header, then a date after a byline or outlet,
    then a date line closing the article."""
    text = page.text
    usable = [ln for ln in page.lines if ln.role in ("content", "repeat", "caption")]
    for ln in usable:
        for m in LABELLED_DATE.finditer(text, ln.start, ln.end):
            found = _published(m)
            if found:
                return found
    for ln in usable:
        if found := _date_before_agency(text, ln):
            return found  # a portal's release field "2020.12.10 기획재정부" over a blog's own post time
    prose = _first_prose_index(page.lines)
    for ln in page.lines[:prose]:
        if ln.role in ("content", "repeat") and (m := DATE_LINE.match(text, ln.start, ln.end)):
            if found := _published(m):
                return found
    header = [ln for ln in page.lines if ln.role in ("content", "repeat") and ln.stripped][:HEADER_LINES]
    for ln in header:
        if found := _field_line_date(text, ln):
            return found
    for ln in usable:
        for pattern in (TRAILING_DATE, DATE_BEFORE_BYLINE):
            for m in pattern.finditer(text, ln.start, ln.end):
                if found := _published(m):
                    return found
    # a date line that closes the article: "… 밝혔다.\n\n2024.01.03"
    content = [ln for ln in page.lines if ln.role == "content" and ln.stripped]
    closing = content[-2:]
    for ln in reversed(closing):
        if (m := DATE_LINE.match(text, ln.start, ln.end)) and (found := _published(m)):
            return found
    dated = [_field_line_date(text, ln) is not None for ln in content[-4:]]
    if sum(dated) == 1:  # several dated lines at the end are a list of other posts, not a footer
        for ln in reversed(closing):
            if found := _field_line_date(text, ln):
                return found
    return None


def _field_line_date(text: str, ln: Line) -> Published | None:
    """The date of a short header or footer line that holds little else: a poster, a page number,
    an agency, an e-mail ("2010.07.16(금) 관리자()", "2013-07-25 12면", "경찰청/ 2022.09.30")."""
    if ln.end - ln.start > FIELD_LINE_LENGTH or ANY_DATE_LINE.match(text, ln.start, ln.end):
        return None  # a line that is only a date is DATE_LINE's to read (a "today" widget is not)
    if _date_field_words(text[ln.start : ln.end]) is None:
        return None
    return _published(next(DATE_IN_LINE.finditer(text, ln.start, ln.end)))


def _date_before_agency(text: str, ln: Line) -> Published | None:
    """A portal release's 'DATE AGENCY' field, inside a line: "… 발표 2023.01.27 행정안전부 …"."""
    for m in DATE_IN_LINE.finditer(text, ln.start, ln.end):
        after = m.end()
        while after < ln.end and text[after] in " \t":
            after += 1
        body = _agency().match(text, after)  # no end bound: the pattern looks at the character after a name
        if body is not None and body.end("name") <= ln.end and _ends_field(text, body.end("name"), ln.end):
            return _published(m)
    return None


def _ends_field(text: str, pos: int, end: int) -> bool:
    """The agency after a date stands alone: the line ends, or a space follows (no particle)."""
    return pos >= end or text[pos] in " \t"


def _read_reporter(page: Page) -> Grounded | None:
    text = page.text
    best: tuple[int, Grounded] | None = None
    for ln in page.lines:
        if ln.role not in ("content", "caption", "repeat"):
            continue
        for pattern in BYLINES:
            for m in pattern.finditer(text, ln.start, ln.end):
                if m.group("name") in NOT_NAMES or PHOTO_CREDIT.search(text, ln.start, m.start("name")):
                    continue
                value = ground(text, m.start("name"), m.end("name"))
                if value and (best is None or m.start() < best[0]):
                    best = (m.start(), value)
        if best:
            return best[1]
    prose = _first_prose_index(page.lines)
    for ln in page.lines[:prose]:
        if ln.role == "content" and (m := HEADER_NAME.match(text, ln.start, ln.end)):
            if m.group("name") not in NOT_NAMES:
                return ground(text, m.start("name"), m.end("name"))
    return None


# Metropolitan cities whose districts are named for their direction ("서구", "동구").
METROS = ("부산", "대구", "인천", "광주", "대전", "울산")


def _agency_pattern() -> regex.Pattern[str]:
    places = set(REGIONS_FULL + REGIONS_SHORT)
    locals_ = [b + "시" for b in CITY_BASES] + [b + "군" for b in COUNTY_BASES] + [b + "구" for b in DISTRICT_BASES]
    locals_ += [b + "특례시" for b in CITY_BASES]  # 수원·고양·용인·창원 …: cities with special status
    bases = (
        {p.removesuffix("특별시").removesuffix("광역시").removesuffix("특별자치시") for p in places}
        | set(CITY_BASES)
        | set(COUNTY_BASES)
        | {
            "서울",
            "부산",
            "대구",
            "인천",
            "광주",
            "대전",
            "울산",
            "세종",
            "경기",
            "강원",
            "충북",
            "충남",
            "전북",
            "전남",
            "경북",
            "경남",
            "제주",
            "충청북도",
            "충청남도",
            "전라북도",
            "전라남도",
            "경상북도",
            "경상남도",
        }
    )
    metros = ["서울특별시", *(m + "광역시" for m in METROS), "서울", *METROS]
    names = {
        "metros": metros,
        "govs": sorted(places | set(locals_)),
        "bases": sorted(bases),
        "national_prefix": list(NATIONAL_BODY_PREFIXES),
        "national_suffix": list(NATIONAL_BODY_SUFFIXES),
        "public": list(PUBLIC_BODY_SUFFIXES),
        "names": sorted(set(CENTRAL_BODIES)),
    }
    # Every match opens with the first two letters of a name of these lists: a lookahead on them
    # skips most word starts at once (a third of the time of trying each alternative at each).
    openings = {w[:2] for key in ("metros", "govs", "bases", "national_prefix", "names") for w in names[key]}
    # the names are regex named lists (\L<…>), matched as a set rather than tried one by one
    end = "(?=(?![가-힣])|[은는이가을를의에와과도로])"
    return regex.compile(
        # "광주 서구", "대구광역시 동구": a district named for its direction, only after its city.
        r"(?<![가-힣])(?=\L<openings>)(?:(?P<name>\L<metros>\s?[동서남북중]구)(?=(?![가-힣])|[은는이가을를의에와과도로]|청장)"
        # "충청북도교육청", "광주시교육청": an education office of a region.
        rf"|(?P<name>(?:\L<govs>|\L<bases>)도?교육청){end}"
        # "부산광역시의회": a council.
        rf"|(?P<name>\L<govs>의회){end}"
        # "한국토지주택공사", "국민건강보험공단": a national public body.
        rf"|(?P<name>\L<national_prefix>[가-힣]{{1,10}}?\L<national_suffix>){end}"
        # "김포도시관리공사": a public corporation named after its place.
        rf"|(?P<name>\L<bases>[가-힣]{{0,6}}?\L<public>){end}"
        # "교육부는", "행정안전부": a ministry or national agency.
        r"|(?P<name>\L<names>)(?=(?![가-힣])|[은는이가을를의에와과도로](?!회))"
        # "광주광역시가", "강동구(", and "김해시장", "연천군수", "강동구청장" (the body its head leads).
        r"|(?P<name>\L<govs>)(?=(?![가-힣])|[은는이가을를에와과도로]|의(?!회)|장(?!기|관)|수(?=[은는이가을를의께,\s])|청장))",
        openings=sorted(openings),
        **names,
    )


_AGENCY: regex.Pattern[str] | None = None


def _agency() -> regex.Pattern[str]:
    """The gazetteer pattern, compiled on first use (it is large)."""
    global _AGENCY
    if _AGENCY is None:
        _AGENCY = _agency_pattern()
    return _AGENCY


# A body's subject or topic particle, after its name and an optional gloss: "시는", "행안부(장관 …)는", "도가".
SUBJECT_AFTER = regex.compile(r"(?:\([^()\n]{0,40}\))?(?:은|는|이|가|에서는)\s")
# A body outside the gazetteer opening a sentence as its subject: "사법부는", "해양환경공단은 …",
# "제17대 대통령직 인수위원회가", "[신문 기자] 세종경찰청은".
SENTENCE_SUBJECT = regex.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\]\s))\s*(?:(?:새\s정부에서\s)?[가-힣]{1,6}\s역할을\s맡은\s)?"
    r"(?P<name>(?:제\d{1,2}대\s)?(?:[가-힣‧·]{1,10}\s)?[가-힣‧·\d]{1,14}?(?:위원회|인수위)"
    rf"|[가-힣‧·\d]{{2,14}}?(?:{'|'.join(s for s in BODY_SUFFIXES if s not in ('위원회', '인수위'))}))"
    r"(?:\([^()\n]{0,40}\))?(?:은|는|이|가)\s",
    regex.M,
)
# The shortest name of a body outside the gazetteer: "사법부" (not "일부", "전부", "내부").
MIN_BODY_NAME = 3
# The race for an office after a body's name: "수 예비후보", "장 선거", "청장이 시장선거 출마".
CANDIDACY_AFTER = regex.compile(rf"(?:장|수|청장)?(?:이|은|는|의)?\s?(?:[가-힣]{{0,4}}\s?)?(?:{'|'.join(CANDIDACY)})")

# A ministry by its short name ("국토부는"), the last resort when no body is named in full.
ABBREVIATED_BODY = regex.compile(
    rf"(?<![가-힣])(?P<name>{'|'.join(ABBREVIATED_BODIES)})(?=(?![가-힣])|[은는이가을를의에와과도로])"
)


def _read_agency(page: Page, title_index: int | None) -> Grounded | None:
    """The government body announcing: the first one that is a sentence's subject in the prose, else
    a body outside the gazetteer that opens a sentence as its subject, else the first one named in the
    prose, the headline, the page's fields; by its full name when the text also prints that."""
    found = _announcing_body(page, title_index)
    if found is None:
        return None
    return _full_name(page, found) or found


def _announcing_body(page: Page, title_index: int | None) -> Grounded | None:
    text = page.text
    prose = [ln for i, ln in page.content_lines() if i != title_index]
    named: dict[int, list[regex.Match[str]]] = {}  # the gazetteer's matches per line, scanned once

    def bodies(ln: Line) -> list[regex.Match[str]]:
        if ln.start not in named:
            named[ln.start] = list(_agency().finditer(text, ln.start, ln.end))
        return named[ln.start]

    for ln in prose:
        for m in bodies(ln):
            if SUBJECT_AFTER.match(text, m.end("name")) and _acting(page, m):
                return ground(text, m.start("name"), m.end("name"))
    for ln in prose:
        for m in SENTENCE_SUBJECT.finditer(text, ln.start, ln.end):
            if not page.in_speech(m.start()) and (m.end("name") - m.start("name")) >= MIN_BODY_NAME:
                return ground(text, m.start("name"), m.end("name"))
    passes = [
        prose,
        [page.lines[title_index]] if title_index is not None else [],
        [ln for ln in page.lines if ln.role != "content"],
        [page.lines[i] for i in sorted(page.reserved) if i != title_index],  # header fields: "DATE 기획재정부"
    ]
    for lines in passes:
        quoted = None  # the first body named inside a quotation: used only if none is named outside
        for ln in lines:
            for m in bodies(ln):
                if _candidacy(text, m):
                    continue
                if not page.in_speech(m.start()):
                    return ground(text, m.start("name"), m.end("name"))
                quoted = quoted or m
        if quoted is not None:
            return ground(text, quoted.start("name"), quoted.end("name"))
    for ln in page.lines:
        if ln.role in ("content", "repeat") and (m := ABBREVIATED_BODY.search(text, ln.start, ln.end)):
            return ground(text, m.start("name"), m.end("name"))
    return None


def _acting(page: Page, m: regex.Match[str]) -> bool:
    return not page.in_speech(m.start()) and not _candidacy(page.text, m)


def _candidacy(text: str, m: regex.Match[str]) -> bool:
    """A body named for the race for its office ("봉화군수 예비후보는"): a candidate is no agency."""
    after = text[m.end("name") : m.end("name") + 16]
    return CANDIDACY_AFTER.match(after) is not None


# A district of a metropolitan city, named for its direction: "광주 서구", "대구광역시 동구".
DISTRICT_NAME = regex.compile(r"(?P<city>[가-힣]+?)\s?(?P<district>[동서남북중]구)")
# Offices and councils named after their region: "광주시교육청", "충북교육청", "부산광역시의회".
REGIONAL_OFFICES = ("교육청", "의회")


def official_name(name: str) -> str | None:
    """The one name a body goes by (``agency_id``): '광주시', '광주광역시' and '광주' are one body, a
    ministry's short name is its full name; None for a body the gazetteer does not know."""
    name = " ".join(name.split())
    if name in ABBREVIATION_IDS:
        return ABBREVIATION_IDS[name]
    if name == "정부" or name in CENTRAL_BODIES:
        return name
    if (region := _region_id(name)) is not None:
        return region
    if (m := DISTRICT_NAME.fullmatch(name)) and (city := _region_id(m.group("city"))) is not None:
        return f"{city} {m.group('district')}"
    for office in REGIONAL_OFFICES:
        place = name.removesuffix(office)
        if place != name and (region := _region_id(place) or _region_id(place.removesuffix("도"))) is not None:
            return region + office
    if name.endswith("특례시") and name.removesuffix("특례시") in CITY_BASES:
        return name.removesuffix("특례시") + "시"  # a status, not another body: "수원특례시" is 수원시
    return name if _agency().fullmatch(name) else None


def _region_id(name: str) -> str | None:
    """The official name of a metropolitan or provincial government, however it is printed."""
    if name in REGION_IDS:
        return REGION_IDS[name]
    if name in FULL_NAMES:
        full = FULL_NAMES[name][0]
        return REGION_IDS.get(full, full)
    if name in REGIONS_FULL:
        return REGION_IDS.get(name, name)
    return None


def _full_name(page: Page, found: Grounded) -> Grounded | None:
    """The first place the text prints the full name of a body found by its short name ("부산시" → "부산광역시")."""
    text = page.text
    for full in FULL_NAMES.get(found.text, ()):
        for m in regex.finditer(regex.escape(full), text):
            if page.lines[page.line_at(m.start())].role in ("content", "repeat"):
                return ground(text, m.start(), m.end())
    return None
