"""Title, date, reporter and agency in the shapes outlets print them."""

from __future__ import annotations

import datetime as dt

import pytest

import policyparse

BODY = "\n\n시는 3일 새해 업무계획을 발표했다. 이번 계획에는 다양한 사업이 담겼다고 시 관계자는 설명했다.\n"


@pytest.mark.parametrize(
    ("line", "date", "time"),
    [
        ("  • 등록 2019-05-08 14:36:38", dt.date(2019, 5, 8), dt.time(14, 36, 38)),
        ("2019.05.08", dt.date(2019, 5, 8), None),
        ("입력 2019년 5월 8일", dt.date(2019, 5, 8), None),
        ("입력 2019-05-08 16:23", dt.date(2019, 5, 8), dt.time(16, 23)),
        ("기사입력 2018/09/18 [10:33]", dt.date(2018, 9, 18), dt.time(10, 33)),
        ("작성자 작성일 22-07-19 09:36", dt.date(2022, 7, 19), dt.time(9, 36)),
        ("  • 입력날짜 2013-04-04 04:12:33", dt.date(2013, 4, 4), dt.time(4, 12, 33)),
        ("2024년 3월 5일 화요일", dt.date(2024, 3, 5), None),
        ("기사입력 2025.01.10. 오후 2:31", dt.date(2025, 1, 10), dt.time(14, 31)),
        ("| 2024.03.05 09:00", dt.date(2024, 3, 5), dt.time(9, 0)),
        ("2024-03-05T09:00:00+09:00", dt.date(2024, 3, 5), dt.time(9, 0)),
        ("작성 2024.03.05", dt.date(2024, 3, 5), None),
        ("2024년 03월 20일 14시 30분", dt.date(2024, 3, 20), dt.time(14, 30)),
        ("기사전송 2024/01/03 14:22", dt.date(2024, 1, 3), dt.time(14, 22)),
        ("Published 2024.01.03 14:22", dt.date(2024, 1, 3), dt.time(14, 22)),
        ("입력 2024.03.20 오후 2시 5분", dt.date(2024, 3, 20), dt.time(14, 5)),
    ],
)
def test_dates_as_outlets_print_them(line, date, time):
    doc = policyparse.parse("시, 새해 업무계획 발표\n" + line + BODY)
    assert doc.published is not None
    assert (doc.published.date, doc.published.time) == (date, time)
    assert doc.text[doc.published.span.start : doc.published.span.end] == doc.published.text


def test_a_site_date_in_the_menu_is_not_the_publication_date():
    doc = policyparse.parse("시작페이지로 l 즐겨찾기 l RSS l 편집 2024.11.23 [19:17]\n전체기사\n" + BODY)
    assert doc.published is None


def test_a_date_after_the_byline_and_a_bar():
    doc = policyparse.parse("시, 새해 업무계획 발표\n광주일보 최원철 기자 | 2024년 01월 01일(월) 18:00" + BODY)
    assert (doc.published.date, doc.published.time) == (dt.date(2024, 1, 1), dt.time(18, 0))
    assert doc.reporter.text == "최원철"


def test_broadcast_headline_with_outlet_and_date():
    doc = policyparse.parse("대구시 신산업 변화 예고 / KBS  2022.06.14." + BODY)
    assert doc.title.text == "대구시 신산업 변화 예고"
    assert doc.published.date == dt.date(2022, 6, 14)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("[한빛일보 김민수 기자] 시는 새해 계획을 밝혔다.", "김민수"),
        ("=[오문숙 기자] 시는 새해 계획을 밝혔다.", "오문숙"),
        ("| 스마트뉴스 = 이장혁 기자 | 시는 새해 계획을 밝혔다.", "이장혁"),
        ("무안=김한식기자 hskim@example.com", "김한식"),
        ("ost@example.com 오성택 기자", "오성택"),
        ("앵커 멘트가 끝나고 이종영 기자입니다 시는 계획을 밝혔습니다", "이종영"),
        ("광주일보 최원철 기자 | 2024년 01월 01일(월) 18:00", "최원철"),
        ("충북일보 김태훈 기자", "김태훈"),
        ("기자명 윤현석 기자 입력 2023.03.02 11:00 댓글 0", "윤현석"),
        ("윤현석 기자 다른기사 보기", "윤현석"),
        ("광주CBS 김한영 기자", "김한영"),
        ("/ 김민수 기자", "김민수"),
        ("취재 김민수 선임기자", "김민수"),
        ("2024.02.08 / 대경일보 최성호 기자", "최성호"),
        ("대경일보 최성호 기자 2024.02.08", "최성호"),
        ("한빛방송 김지훈 기자가 보도합니다.", "김지훈"),
        ("KBS 뉴스 김지훈입니다.", "김지훈"),
        ("세종=뉴시스 장서우 기자", "장서우"),
        ("[한빛일보 홍길동·김철수 기자]", "홍길동·김철수"),
    ],
)
def test_bylines(line, name):
    assert policyparse.parse("제목 없는 기사\n" + BODY + line + "\n").reporter.text == name


def test_a_photo_credit_or_a_sentence_is_no_byline():
    assert policyparse.parse("제목 없는 기사\n" + BODY + "사진=김민수 기자\n").reporter is None
    assert policyparse.parse("제목 없는 기사\n" + BODY + "이날 참석한 기자\n").reporter is None
    assert policyparse.parse("제목 없는 기사\n" + BODY + "글·사진=김민수 기자\n").reporter.text == "김민수"


def test_press_conference_is_not_a_byline():
    assert policyparse.parse(BODY + "시장은 브리핑룸에서 기자회견을 열었다.\n").reporter is None


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("광주광역시가 산업 비전을 발표했다.", "광주광역시"),
        ("한민준 화성시장은 3일 시정 방향을 밝혔다.", "화성시"),
        ("박정우 연천군수는 신년사를 발표했다.", "연천군"),
        ("충청북도교육청이 발전계획을 정했다.", "충청북도교육청"),
        ("해양수산부는 업무계획을 발표했다.", "해양수산부"),
        ("김포도시관리공사(사장 이정민)가 보고회를 열었다.", "김포도시관리공사"),
        ("강동구(구청장 정하늘)가 새 구정 목표를 선정했다.", "강동구"),
        ("광주 서구는 겨울철 취약계층 지원을 강화한다.", "광주 서구"),
        ("대구광역시 동구가 새 구정 목표를 정했다.", "대구광역시 동구"),
    ],
)
def test_agency_is_the_first_government_body(sentence, agency):
    assert policyparse.parse(sentence).agency.text == agency


def test_city_era_and_council_are_not_the_agency():
    assert policyparse.parse("정의롭고 풍요로운 광주시대를 열겠다고 밝혔다.").agency is None
    doc = policyparse.parse("정민 김해시장이 21일 김해시의회 시정연설을 했다.")
    assert doc.agency.text == "김해시"


def test_headline_shapes():
    doc = policyparse.parse("안전 대한민국 구현 - 2011년 행정안전부 업무추진계획 -" + BODY)
    assert (doc.title.text, doc.subtitle.text) == ("안전 대한민국 구현", "2011년 행정안전부 업무추진계획")
    doc = policyparse.parse("춘천시, 42일간 대장정의 끝 > 전국소식\n본문 바로가기" + BODY)
    assert doc.title.text == "춘천시, 42일간 대장정의 끝"
    assert policyparse.parse("HOME >\n열린의장실 >\n비전과정책\n비전과정책\n" + BODY).title.text == "비전과정책"
    assert policyparse.parse("이정훈 구청장이 기자회견을 하고 있다." + BODY).title is None


def test_vision_forms():
    cases = {
        "산업비전을 ‘일자리 중심의 혁신성장’으로 설정했다.": "일자리 중심의 혁신성장",
        "‘함께 만드는 새로운 경남’이라는 도정비전을 담았다.": "함께 만드는 새로운 경남",
        "'동북아 경제허브 울산'을 비전으로 한 계획을 발표했다.": "동북아 경제허브 울산",
        "시정 슬로건을 ‘시민 성공시대, 다시 뛰는 춘천’으로 확정했다.": "시민 성공시대, 다시 뛰는 춘천",
        "도정비전 : 힘쎈 충남 대한민국의 힘\n": "힘쎈 충남 대한민국의 힘",
        "시가 '사람 중심 일류 도시'라는 비전 아래 8대 전략산업을 육성한다.": "사람 중심 일류 도시",
        "시정 운영 방향\n[비전] 환동해 중심도시 포항\n[목표] 시민이 행복한 도시\n": "환동해 중심도시 포항",
        "【시정 슬로건】 다시 뛰는 경제도시\n": "다시 뛰는 경제도시",
    }
    for text, vision in cases.items():
        assert policyparse.parse(text).vision.text == vision, text
    assert policyparse.parse("5대 목표 : 1.경제 2.복지 3.환경").vision is None
    assert policyparse.parse("'살맛 나는 경북시대를 만들겠다'는 의지를 밝혔다.").vision is None


def test_more_shapes():
    assert policyparse.parse("[단독] 부산시, 6대 미래산업 선정\n입력 2024.05.02 10:00" + BODY).title.text == (
        "[단독] 부산시, 6대 미래산업 선정"
    )
    assert policyparse.parse("(부산=연합뉴스) 김하늘 기자 = 부산시가 계획을 밝혔다.").reporter.text == "김하늘"
    assert (
        policyparse.parse("시는 '시민이 행복한 도시'를 민선8기 시정비전으로 정했다.").vision.text
        == "시민이 행복한 도시"
    )
    assert policyparse.parse("제목입니다 새 소식\n2019. 5. 8." + BODY).published.date == dt.date(2019, 5, 8)


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("부산광역시의회는 3일 새 의정 방향을 발표했다.", "부산광역시의회"),
        ("한국토지주택공사(LH)는 경영목표를 발표했다.", "한국토지주택공사"),
        ("광주테크노파크는 5대 중점사업을 내세웠다.", "광주테크노파크"),
        ("국토부는 3대 추진전략을 제시했다.", "국토부"),
    ],
)
def test_more_bodies(sentence, agency):
    assert policyparse.parse(sentence).agency.text == agency


def test_outlet_name_and_date_widget_are_not_headlines():
    page = (
        "한빛일보 - 지역의 목소리 신문\n• 2024.09.20 (금)\n전체기사\n부산시, 6대 전략산업 발표\n입력 2024.05.02 10:00"
        + BODY
    )
    doc = policyparse.parse(page)
    assert doc.title.text == "부산시, 6대 전략산업 발표"
    assert doc.published.date == dt.date(2024, 5, 2)
    assert policyparse.parse("• 2024.09.20 (금)\n" + BODY).published is None


def test_a_headline_ending_in_a_quoted_phrase_is_no_sentence():
    doc = policyparse.parse('홈 > 지역\n\n도, 2024년 5대 역점시책 발표…"청년이 돌아오는 전남으로"\n' + BODY)
    assert doc.title is not None and doc.title.text == '도, 2024년 5대 역점시책 발표…"청년이 돌아오는 전남으로"'


@pytest.mark.parametrize(
    "line",
    [
        "부산시 6대 전략산업 발표 - 한빛일보",
        "부산시 6대 전략산업 발표 < 경제 < 기사본문 - 한빛일보",
        "부산시 6대 전략산업 발표 :: 한빛일보",
        "부산시 6대 전략산업 발표 | KBS 뉴스",
    ],
)
def test_the_outlet_after_a_headline_is_not_part_of_it(line):
    doc = policyparse.parse(line + BODY)
    assert doc.title is not None and doc.title.text == "부산시 6대 전략산업 발표"
    assert doc.subtitle is None


def test_a_menu_between_bars_is_no_headline():
    doc = policyparse.parse("뉴스홈 | 정치 | 지방자치\n\n부산시, 글로벌 허브도시 비전 선포 | 한빛일보\n" + BODY)
    assert doc.title is not None and doc.title.text == "부산시, 글로벌 허브도시 비전 선포"


def test_a_date_in_brackets_on_its_own_line():
    doc = policyparse.parse("시, 새해 업무계획 발표\n[2025-01-06]" + BODY)
    assert doc.published is not None and doc.published.date == dt.date(2025, 1, 6)


def test_a_headline_quoting_someone_is_no_sentence():
    doc = policyparse.parse('[신년 인터뷰] 김두겸 울산시장 "산업수도 위상을 반드시 되찾겠다"\n' + BODY)
    assert doc.title is not None and doc.title.text == '[신년 인터뷰] 김두겸 울산시장 "산업수도 위상을 반드시 되찾겠다"'


def test_a_date_line_closing_the_article():
    doc = policyparse.parse("시, 새해 업무계획 발표\n" + BODY + "\n2024.01.03\n")
    assert doc.published is not None and doc.published.date == dt.date(2024, 1, 3)


def test_the_issuing_body_over_a_press_release_is_no_headline():
    header = "보도자료\n산업통상자원부\n보도시점 2024. 3. 12.(화) 11:00\n\n"
    doc = policyparse.parse(header + "산업부, 첨단산업 육성 전략 발표\n" + BODY)
    assert doc.title is not None and doc.title.text == "산업부, 첨단산업 육성 전략 발표"


def test_a_section_tag_alone_on_its_line_is_no_sentence():
    doc = policyparse.parse("[경제]\n도, 3대 미래산업 육성 본격화\n" + BODY)
    assert doc.title is not None and doc.title.text == "도, 3대 미래산업 육성 본격화"


@pytest.mark.parametrize(
    "line", ["2024.02.08 / 대경일보 최성호 기자", "최성호 기자 / 2024.02.08", "대경일보 최성호 기자 2024.02.08"]
)
def test_a_date_beside_a_closing_byline(line):
    doc = policyparse.parse("시, 새해 업무계획 발표\n" + BODY + line + "\n")
    assert doc.published is not None and doc.published.date == dt.date(2024, 2, 8)


def test_the_kind_of_release_over_its_headline_is_no_headline():
    doc = policyparse.parse("행정안전부 보도자료\n행안부, 주요업무 추진계획 발표\n" + BODY)
    assert doc.title is not None and doc.title.text == "행안부, 주요업무 추진계획 발표"


def test_a_headline_opened_by_a_quoted_phrase():
    doc = policyparse.parse('"AI·반도체·이차전지" 경북, 3대 첨단산업 육성\n' + BODY)
    assert doc.title is not None and doc.title.text == '"AI·반도체·이차전지" 경북, 3대 첨단산업 육성'
    # a quoted sentence opening the article is still no headline
    assert policyparse.parse('"새해에는 경제를 살리겠다." 시장의 각오다.\n' + BODY).title is None


def test_the_slogan_under_a_vision_heading_is_no_headline():
    doc = policyparse.parse("도정 비전\n함께 만드는 행복 경남\n5대 도정목표\n활력 있는 경제\n따뜻한 복지\n")
    assert doc.title is None
    assert doc.vision is not None and doc.vision.text == "함께 만드는 행복 경남"


def test_a_roman_numbered_section_is_no_headline():
    assert policyparse.parse("Ⅰ. 추진 배경\nⅡ. 3대 추진전략\n" + BODY).title is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2023.04.11(화) 관리자()", dt.date(2023, 4, 11)),
        ("  • 최초노출 2021.06.02 10.30", dt.date(2021, 6, 2)),
        ("by 남도일보 2023. 6. 1.", dt.date(2023, 6, 1)),
        ("홍길동 기자 hong@example.com | 2024-11-05 08:10:00", dt.date(2024, 11, 5)),
        ("2021.08.30 국토교통부", dt.date(2021, 8, 30)),
        ("해양수산부/ 2019-12-26", dt.date(2019, 12, 26)),
    ],
)
def test_a_short_header_field_line_gives_the_date(line, date):
    doc = policyparse.parse("시, 새해 업무계획 발표\n" + line + BODY)
    assert doc.published is not None and doc.published.date == date
    assert doc.text[doc.published.span.start : doc.published.span.end] == doc.published.text


def test_a_portal_release_field_inside_a_line_gives_the_date():
    text = (
        "‘2025년 업무계획’ 발표 2025.02.03 행정안전부 ‘2025년 업무계획’ 발표 - 안전한 나라 - "
        "행정안전부는 3일 계획을 밝혔다."
    )
    assert policyparse.parse(text).published.date == dt.date(2025, 2, 3)


def test_a_release_field_outranks_a_blog_post_time():
    text = "퍼온 글\n\n2022. 10. 5. 21:40\n\n2022.10.04 경찰청\n\n경찰청은 4일 미래 치안전략을 발표했다.\n"
    assert policyparse.parse(text).published.date == dt.date(2022, 10, 4)


def test_a_footer_date_with_a_print_page():
    text = "시는 3일 새해 업무계획을 발표했다. 다양한 사업이 담겼다.\n홍길동 기자\n2019-03-04 12면\nCopyright 신문사\n"
    assert policyparse.parse(text).published.date == dt.date(2019, 3, 4)


def test_dated_lines_of_other_posts_at_the_end_are_no_date():
    text = (
        "시는 새해 업무계획을 발표했다. 다양한 사업이 담겼다.\n\n"
        "<다른 글 하나> (0) | 2020.03.12 |\n<다른 글 둘> (0) | 2020.03.11 |\n<다른 글 셋> (0) | 2020.03.10 |\n"
    )
    assert policyparse.parse(text).published is None


def test_a_sentence_with_a_date_is_no_field_line():
    text = "시, 새해 업무계획 발표\n2024.01.02 시무식을 열었다.\n" + BODY
    assert policyparse.parse(text).published is None


def agency_of(text: str) -> str | None:
    doc = policyparse.parse(text)
    assert doc.agency is None or doc.text[doc.agency.span.start : doc.agency.span.end] == doc.agency.text
    return doc.agency.text if doc.agency else None


def test_the_body_that_is_the_subject_outranks_one_named_before_it():
    text = "우주청 신설, 디지털 전환 등 과제\n\n과학기술정보통신부(장관 홍길동)는 28일 업무계획을 발표했다.\n"
    assert agency_of("행사 소식\n\n" + text) == "과학기술정보통신부"


def test_a_body_outside_the_gazetteer_opening_a_sentence_as_its_subject():
    assert agency_of("공단 비전 선포\n\n해양보전공단은 28일 본사에서 비전 선포식을 열었다.\n") == "해양보전공단"
    text = "인수위 해단\n\n제19대 대통령직 인수위원회가 22일 해단식을 가졌다.\n"
    assert agency_of(text) == "제19대 대통령직 인수위원회"


def test_short_words_ending_like_a_body_are_no_body():
    assert agency_of("소식\n\n일부는 반대했다. 전부는 아니었다.\n") is None


def test_the_first_full_name_in_the_text_names_a_body_found_by_its_short_name():
    text = "시 전략 발표\n\n부산시는 24일 계획을 발표했다. 이번 ‘부산광역시 종합계획’은 5년 단위다.\n"
    assert agency_of(text) == "부산광역시"


def test_a_candidate_for_an_office_is_no_agency():
    text = "출마 선언\n\n홍길동 봉화군수 예비후보는 28일 기자회견을 갖고 공약을 발표했다.\n"
    assert agency_of(text) is None


def test_a_body_at_the_end_of_a_line_is_found():
    assert agency_of("계획 발표\n2020.12.10 기획재정부\n\n정부는 10일 추진 전략을 밝혔다.\n") == "기획재정부"


def title_of(text: str) -> str | None:
    doc = policyparse.parse(text)
    return doc.title.text if doc.title else None


@pytest.mark.parametrize(
    "furniture", ["메인네비게이션", "로고 배경이미지", "화면컨트롤메뉴", "정보마당 언론보도", "New Document"]
)
def test_a_line_of_page_furniture_is_no_headline(furniture):
    assert title_of(furniture + "\n\n시, 새해 업무계획 발표\n" + BODY) == "시, 새해 업무계획 발표"


def test_a_headline_opened_by_a_long_bracketed_tag():
    text = "[부처별 새해 업무보고] 성장과 수출 두 마리 토끼\n" + BODY
    assert title_of(text) == "[부처별 새해 업무보고] 성장과 수출 두 마리 토끼"


def test_a_tag_and_a_name_joined_by_a_dash_stay_one_headline():
    assert title_of("[특별인터뷰] - 홍길동 군수\n" + BODY) == "[특별인터뷰] - 홍길동 군수"


def test_a_short_quotation_as_a_whole_headline():
    assert title_of("“일류도시 위해 최선...”\n구청장, 3일 취임식 가져\n" + BODY) == "“일류도시 위해 최선...”"


def test_a_quoted_sentence_is_no_headline():
    assert title_of("“시민과 함께 하겠다.”\n" + BODY) is None


def test_lines_of_bars_and_field_dates_are_no_headline():
    assert title_of("|\n해양수산부/ 2019-12-26\n부, 새해 업무계획 발표\n" + BODY) == "부, 새해 업무계획 발표"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("  • 광주/ 홍길동기자", "홍길동"),
        ("< 홍길동 기자 hong@example.kr >", "홍길동"),
        ("홍길동 기자>", "홍길동"),
        ("부산 홍길동 기자 hong@example.kr", "홍길동"),
        ("홍길동 hong@example.com", "홍길동"),
        ("홍길동 | 기사입력 2016-01-04 12:00:24", "홍길동"),
        ("【남해 = 홍길동】", "홍길동"),
        ("입력 2014년08월22일 14시10분 홍길동", "홍길동"),
        ("작성자 홍길동 작성일2023.06.30 조회712회", "홍길동"),
    ],
)
def test_bylines_as_outlets_print_them(line, name):
    doc = policyparse.parse("시, 새해 업무계획 발표\n" + line + BODY)
    assert doc.reporter is not None and doc.reporter.text == name


def test_a_byline_closing_the_last_paragraph():
    text = "시, 새해 업무계획 발표" + BODY + "시는 올해 사업을 차례로 추진한다. 홍길동기자/hong@example.com\n"
    assert policyparse.parse(text).reporter.text == "홍길동"


def test_button_words_and_wires_are_no_reporters():
    text = (
        "시, 계획 발표 글보기\n【서울=뉴시스】시는 3일 계획을 밝혔다.\n"
        "【서울=뉴시스】홍길동 기자 = 시는 3일 새해 계획을 밝혔다.\n"
    )
    doc = policyparse.parse(text)
    assert doc.reporter.text == "홍길동" and doc.title.text == "시, 계획 발표"


@pytest.mark.parametrize(
    ("line", "printed"),
    [
        ("2022년 7월 20일", "2022년 7월 20일"),
        ("2024. 3. 4.(월)", "2024. 3. 4."),
        ("입력 2019.05.08", "2019.05.08"),
        ("보도시점 | (온라인) 2031. 4. 7.(월) 10:00", "2031. 4. 7.(월) 10:00"),
        ("배포일시 : 2031. 4. 7.", "2031. 4. 7."),
    ],
)
def test_a_date_is_grounded_as_printed(line, printed):
    doc = policyparse.parse("해솔시, 새해 업무계획 발표\n" + line + BODY)
    assert doc.published.text == printed
    assert doc.text[doc.published.span.start : doc.published.span.end] == printed


@pytest.mark.parametrize("frame", ["- {} -", "― {} ―", "< {} >", "〈 {} 〉", "- {}"])
def test_a_subtitle_keeps_no_mark_of_its_frame(frame):
    doc = policyparse.parse("해솔시, 미래 산업 3대 전략 발표\n" + frame.format("2035년까지 수소 경제 집중 투자") + BODY)
    assert doc.subtitle.text == "2035년까지 수소 경제 집중 투자"


@pytest.mark.parametrize(
    "line",
    [
        "해솔시 새해 업무계획 - 시민이 행복한 도시, 미래를 여는 해솔 -",
        "해솔시 새해 업무계획 - 시민이 행복한 도시, 미래를 여는 해솔 - 해 솔 시 Haesol City",
        "해솔시 새해 업무계획 -시민이 행복한 도시, 미래를 여는 해솔 - |",
    ],
)
def test_a_headline_line_with_its_subtitle_between_dashes_and_a_tail(line):
    doc = policyparse.parse(line + BODY)
    assert doc.title.text == "해솔시 새해 업무계획"
    assert doc.subtitle.text == "시민이 행복한 도시, 미래를 여는 해솔"


@pytest.mark.parametrize(
    ("printed", "official"),
    [
        ("광주시", "광주광역시"), ("광주광역시", "광주광역시"), ("광주", "광주광역시"), ("서울시", "서울특별시"),
        ("강원도", "강원특별자치도"), ("전라북도", "전북특별자치도"), ("세종시", "세종특별자치시"),
        ("국토부", "국토교통부"), ("행정안전부", "행정안전부"), ("정부", "정부"),
        ("광주 서구", "광주광역시 서구"), ("충북교육청", "충청북도교육청"), ("부산시의회", "부산광역시의회"),
        ("수원특례시", "수원시"), ("연천군", "연천군"), ("한국토지주택공사", "한국토지주택공사"),
    ],
)  # fmt: skip
def test_one_official_name_per_body(printed, official):
    from policyparse.metadata import official_name

    assert official_name(printed) == official


def test_a_body_outside_the_gazetteer_has_no_official_name():
    from policyparse.metadata import official_name

    assert official_name("사법부") is None


def test_agency_id_sits_beside_the_grounded_agency():
    doc = policyparse.parse("해솔일보\n\n부산시, 3대 전략 발표\n\n부산시는 2일 새 계획을 발표했다.\n")
    assert (doc.agency.text, doc.agency_id) == ("부산시", "부산광역시")
    assert doc.text[doc.agency.span.start : doc.agency.span.end] == "부산시"
    assert policyparse.parse("사법부는 2일 새 계획을 발표했다.\n").agency_id is None


# A broadcast transcript printed at a fixed width, with no headline: its first line is a sentence's start.
TRANSCRIPT = (
    "군이 새해 군정의 방향으로\n"
    "농업 소득 증대와 관광 활성화를\n"
    "내세웠습니다.\n"
    "군은 올해 예산의 절반을\n"
    "두 분야에 배정하고\n"
    "읍면별 설명회를 열어\n"
    "주민 의견을 듣기로 했습니다.\n"
    "군은 또 다음 달까지 세부 계획을\n"
    "마련할 계획입니다.\n"
)


def test_a_hard_wrapped_transcript_without_headline_has_no_title():
    assert policyparse.parse(TRANSCRIPT).title is None


def test_a_headline_over_a_blank_line_stays_the_title_of_a_hard_wrapped_page():
    doc = policyparse.parse("군, 새해 군정 방향 발표\n\n" + TRANSCRIPT)
    assert doc.title is not None and doc.title.text == "군, 새해 군정 방향 발표"


def test_a_speech_opening_with_its_salutation_has_no_headline():
    for opening in ("존경하고 사랑하는 구민 여러분!", "안녕하십니까?"):
        text = f"{opening}\n새해가 밝았습니다. 올해 구정은 세 방향으로 나아갑니다.\n구민과 함께 뛰겠습니다.\n"
        assert policyparse.parse(text).title is None
    # a headline above the speech stays the headline
    text = "[신년사] 김하나 구청장\n\n존경하는 구민 여러분!\n새해가 밝았습니다.\n"
    assert policyparse.parse(text).title.text == "[신년사] 김하나 구청장"
