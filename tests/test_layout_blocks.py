"""Page structure: chrome, captions, the end of the article, and the bullet hierarchy."""

from __future__ import annotations

import policyparse
from policyparse.layout import read_page

PAGE = """기사 메일전송
새해 업무계획 발표
▲ 사진=시청 제공
□ 시는 새해 업무계획을 발표했다고 3일 밝혔다. 계획에는 여러 사업이 담겼다.
○ 주요 내용은 일자리와 복지에 관한 것이다. 시는 예산도 늘릴 방침이다.
- 청년 일자리 예산을 두 배로 늘린다.
이어지는 설명 문단이다.
○ 복지 예산은 20% 늘어난다고 시는 설명했다.
가장 많이 본 뉴스
1. 다른 기사 ▲가 ▲나 ▲다 등 3대 산업
"""


def test_roles():
    page = read_page(PAGE)
    roles = {ln.stripped: ln.role for ln in page.lines if ln.stripped}
    assert roles["기사 메일전송"] == "chrome"
    assert roles["▲ 사진=시청 제공"] == "caption"
    assert roles["가장 많이 본 뉴스"] == "after"
    assert roles["1. 다른 기사 ▲가 ▲나 ▲다 등 3대 산업"] == "after"


def test_block_hierarchy():
    doc = policyparse.parse(PAGE)
    top = doc.blocks
    assert [b.marker.text for b in top] == ["□"]
    circles = top[0].children
    assert [b.marker.text for b in circles] == ["○", "○"]
    dash = circles[0].children[0]
    assert dash.marker.text == "-" and dash.level == 2
    assert dash.children[0].text == "이어지는 설명 문단이다." and dash.children[0].marker is None
    assert doc.enumerations == []


def test_speech_spans():
    page = read_page('그는 “첫째 말”이라며 "둘째 말"이라고 했고 “끝나지 않은 말')
    assert [(s.closed, page.text[s.open : s.close]) for s in page.speech] == [
        (True, "“첫째 말”"),
        (True, '"둘째 말"'),
        (False, "“끝나지 않은 말"),
    ]


OUTLET_PAGE = """전체메뉴
로그인 회원가입
홈 > 지역 > 경제
울주군, 새해 군정 목표 발표
기사입력 2024/01/02 [09:10]
울주군청 전경 ⓒ한빛일보
[한빛일보 이도윤 기자] 울산 울주군이 새해 군정 운영 방향을 밝혔다.
군은 3대 군정목표로 ▲농업 혁신 ▲관광 육성 ▲정주 여건 개선을 제시했다.
이도윤 기자 dylee@example.com
<저작권자 ⓒ 한빛일보 무단전재 및 재배포 금지>
관련기사
울산시, 5대 전략산업 발표 ▲수소 ▲조선 ▲자동차 ▲화학 ▲에너지
많이 본 뉴스
1. 김철수 시장 “다음 달 개통하겠다”고 밝혀
"""


def test_outlet_chrome_never_yields_values():
    doc = policyparse.parse(OUTLET_PAGE)
    assert doc.title.text == "울주군, 새해 군정 목표 발표"
    assert doc.reporter.text == "이도윤" and doc.published.date.isoformat() == "2024-01-02"
    assert doc.agency.text == "울주군"
    assert [(en.label.text, len(en.items)) for en in doc.enumerations] == [("3대 군정목표", 3)]
    assert doc.quotes == []
    end = doc.text.index("<저작권자")
    assert all(v.span.end <= end for v in doc.grounded_values())


def test_a_menu_of_section_names_is_page_chrome():
    header = "경기일보\n오피니언 정치 경제 사회 문화 스포츠\n\n용인시, 반도체 비전 선포\n\n"
    doc = policyparse.parse(header + "시는 5일 비전을 선포했다. " * 3)
    assert doc.title is not None and doc.title.text == "용인시, 반도체 비전 선포"


def test_a_box_of_headlines_ends_at_the_article_s_own_header():
    text = (
        "많이 본 뉴스\n1 대전시, 3대 전략산업으로 ▲바이오 ▲국방 ▲우주 선정\n2 충남도, 5대 도정목표 발표\n"
        "최신기사\n천안시, 스마트시티 조성 박차\n공주시, 2025년 5대 시정방침 확정\n입력 2025.01.06 10:20\n"
        "공주=최민준 기자\n충남 공주시가 2025년 5대 시정방침을 확정했다.\n"
        "5대 시정방침은 ▲살기 좋은 도시 ▲활력 있는 경제 ▲따뜻한 복지 ▲찾고 싶은 관광 ▲소통하는 행정이다.\n"
    )
    doc = policyparse.parse(text)
    assert doc.title is not None and doc.title.text == "공주시, 2025년 5대 시정방침 확정"
    assert doc.published is not None and doc.published.date.isoformat() == "2025-01-06"
    assert doc.reporter is not None and doc.reporter.text == "최민준"
    assert [(en.label.text, en.year, len(en.items)) for en in doc.enumerations] == [("5대 시정방침", 2025, 5)]


def _shape(blocks, depth=0):
    out = []
    for b in blocks:
        out.append(("  " * depth) + (b.marker.text if b.marker else "¶") + " " + b.text[:12])
        out += _shape(b.children, depth + 1)
    return out


def test_a_deeper_indent_nests_a_line_whatever_its_marker_was_first_used_for():
    text = (
        "  • 담당자 : 홍길동\n\n시는 예산안을 편성했다고 밝혔다.\n\n"
        "  1. 돌봄 강화\n    • 돌봄 센터 확충\n    • 돌봄 인력 양성\n  2. 의료 확충\n    • 공공병원 설립\n"
    )
    doc = policyparse.parse(text)
    shape = _shape(doc.blocks)
    assert "1. 돌봄 강화" in shape and "  • 돌봄 센터 확충" in shape and "2. 의료 확충" in shape


def test_a_subtitle_framed_by_dashes_is_no_bullet():
    doc = policyparse.parse("시, 예산안 편성\n- 전년 대비 9% 증가 -\n\n시는 예산안을 편성했다고 밝혔다.\n")
    assert all(b.marker is None for b in doc.blocks)


def test_a_table_of_contents_is_no_list():
    text = (
        "해솔시 2031년 업무계획\n\n목 차\n"
        "Ⅰ. 2030년 평가\t 1\n Ⅱ. 2031년 정책 방향 ·········· 4\n  1. 미래 산업 키우기\t 6\n  2. 시민 안전 높이기\t 9\n"
        "Ⅲ. 부록 ·\n·\n· 12\n\n"
        "Ⅰ. 2030년 평가\n□ 해솔시는 3대 전략으로 ▲수소 경제 ▲반도체 소재 ▲바이오 헬스를 제시했다.\n"
    )
    doc = policyparse.parse(text)
    assert [[i.text for i in en.items] for en in doc.enumerations] == [["수소 경제", "반도체 소재", "바이오 헬스"]]


def test_filled_lines_skip_blank_lines_and_follow_later_reservations():
    page = read_page("제목 줄\n\n첫째 문단입니다.\n   \n둘째 문단입니다.\n")
    assert [ln.text for _, ln in page.filled_lines()] == ["제목 줄", "첫째 문단입니다.", "둘째 문단입니다."]
    page.reserved.add(0)
    assert [i for i, _ in page.filled_lines()] == [2, 4]
