"""Each variation of the genre's lists (markers, shapes, labels, counts) on synthetic snippets."""

from __future__ import annotations

import pytest

import policyparse


def lists(text: str) -> list[tuple[str, str, int | None, list[str]]]:
    doc = policyparse.parse(text)
    return [(en.kind, en.label.text, en.declared, [i.text for i in en.items]) for en in doc.enumerations]


INLINE = [
    ("▲", "시는 3대 전략산업으로 ▲수소 ▲반도체 ▲바이오를 선정했다."),
    ("△", "시는 3대 전략산업으로 △수소 △반도체 △바이오를 선정했다."),
    ("▷", "시는 3대 전략산업으로 ▷수소 ▷반도체 ▷바이오를 선정했다."),
    ("▶", "시는 3대 전략산업으로 ▶수소 ▶반도체 ▶바이오를 선정했다."),
    ("■", "시는 3대 전략산업으로 ■ 수소 ■ 반도체 ■ 바이오를 선정했다."),
    ("□", "시는 3대 전략산업으로 □ 수소 □ 반도체 □ 바이오를 선정했다."),
    ("◆", "시는 3대 전략산업으로 ◆수소 ◆반도체 ◆바이오를 선정했다."),
    ("◇", "시는 3대 전략산업으로 ◇수소 ◇반도체 ◇바이오를 선정했다."),
    ("•", "시는 3대 전략산업으로 • 수소 • 반도체 • 바이오를 선정했다."),
    ("①", "시는 3대 전략산업으로 ①수소 ②반도체 ③바이오를 선정했다."),
    ("⑴", "시는 3대 전략산업으로 ⑴ 수소 ⑵ 반도체 ⑶ 바이오를 선정했다."),
    ("1.", "3대 전략산업 : 1.수소 2.반도체 3.바이오"),
    ("(1)", "시는 3대 전략산업으로 (1) 수소 (2) 반도체 (3) 바이오를 선정했다."),
    ("가.", "시는 3대 전략산업으로 가. 수소 나. 반도체 다. 바이오를 선정했다."),
    ("가)", "시는 3대 전략산업으로 가) 수소 나) 반도체 다) 바이오를 선정했다."),
]


@pytest.mark.parametrize(("marker", "text"), INLINE, ids=[m for m, _ in INLINE])
def test_bullets_inside_a_sentence(marker, text):
    assert lists(text) == [("industry", "3대 전략산업", 3, ["수소", "반도체", "바이오"])]


LINES = [
    ("-", "- "),
    ("·", "· "),
    ("1.", "{n}. "),
    ("1)", "{n}) "),
    ("가.", "{g}. "),
    ("Ⅰ.", "{r}. "),
    ("①", "{c} "),
    ("첫째", "{w}, "),
]


@pytest.mark.parametrize(("marker", "form"), LINES, ids=[m for m, _ in LINES])
def test_one_item_per_line_under_a_heading(marker, form):
    items = ["시민이 주인인 행정", "함께 잘사는 경제", "안전한 도시"]
    body = "\n".join(
        form.format(n=i + 1, g="가나다"[i], r="ⅠⅡⅢ"[i], c="①②③"[i], w=("첫째", "둘째", "셋째")[i]) + item
        for i, item in enumerate(items)
    )
    text = f"군은 새해 군정 운영 계획을 발표했다.\n\n□ 3대 군정방침\n{body}\n"
    assert lists(text) == [("goal", "3대 군정방침", 3, items)]


def test_heading_that_announces_the_lines():
    text = "시의 4대 시정목표는 다음과 같다.\n- 활력 있는 경제\n- 따뜻한 복지\n- 쾌적한 환경\n- 열린 행정\n"
    expected = ["활력 있는 경제", "따뜻한 복지", "쾌적한 환경", "열린 행정"]
    assert lists(text) == [("goal", "4대 시정목표", 4, expected)]


def test_lines_without_a_heading_are_not_a_list():
    assert lists("오늘의 메뉴\n\n- 김치찌개 정식\n- 된장찌개 정식\n") == []


def test_prose_list_with_label_after():
    assert lists("시는 수소, 반도체, 바이오 등 3개 신산업을 키운다.") == [
        ("industry", "3개 신산업", 3, ["수소", "반도체", "바이오"])
    ]


def test_prose_list_with_label_before():
    assert lists("시는 5대 시정목표로 혁신 경제, 포용 복지, 청정 환경, 문화 도시, 소통 행정을 제시했다.") == [
        ("goal", "5대 시정목표", 5, ["혁신 경제", "포용 복지", "청정 환경", "문화 도시", "소통 행정"])
    ]


def test_label_before_and_count_after():
    assert lists("역점과제로는 공교육 강화, 돌봄 확대, 교권 보호 등 3가지를 제시했다.") == [
        ("project", "역점과제", 3, ["공교육 강화", "돌봄 확대", "교권 보호"])
    ]


def test_counted_label_after_list_without_etc():
    assert lists("군은 농업 활성화, 관광 진흥 두 가지 목표를 제시했다.") == [
        ("goal", "두 가지 목표", 2, ["농업 활성화", "관광 진흥"])
    ]


def test_label_before_bullets_after_a_clause():
    text = "올해 추진할 중점사업으로는 경기 침체에 대응하기 위해 ▲소상공인 지원 ▲청년 일자리 확대 등을 밝혔다."
    doc = policyparse.parse("입력 2024-02-01\n" + text)
    (en,) = doc.enumerations
    assert (en.label.text, en.year) == ("중점사업", 2024)
    assert [i.text for i in en.items] == ["소상공인 지원", "청년 일자리 확대"]


def test_year_written_in_the_label():
    (en,) = policyparse.parse("시는 2026년 중점과제로 ▲도시철도 착공 ▲공원 조성을 확정했다.").enumerations
    assert en.year == 2026 and en.label.text == "2026년 중점과제"
    (en,) = policyparse.parse("시는 2026 중점과제로 ▲도시철도 착공 ▲공원 조성을 확정했다.").enumerations
    assert en.year == 2026 and en.label.text == "2026 중점과제"


def test_middot_list_named_by_a_label():
    assert lists("도는 이차전지·수소·바이오 등 3대 신산업을 집중 육성한다.") == [
        ("industry", "3대 신산업", 3, ["이차전지", "수소", "바이오"])
    ]


def test_unlabelled_middot_compound_is_not_a_list():
    assert lists("지역의 축적된 기술·인력·인프라 등의 역량을 결집한다.") == []


def test_bracketed_members():
    assert lists("도는 5대 첨단 전략산업(인공지능, 반도체, 미래 모빌리티, 바이오, 방산)을 키운다.") == [
        ("industry", "5대 첨단 전략산업", 5, ["인공지능", "반도체", "미래 모빌리티", "바이오", "방산"])
    ]


def test_quoted_items_and_a_label_after():
    text = "구청장은 ‘교통 중심도시’, ‘경제 도시 완성’, ‘안심 교육’을 3대 핵심공약사업으로 제시했다."
    assert lists(text) == [("project", "3대 핵심공약사업", 3, ["교통 중심도시", "경제 도시 완성", "안심 교육"])]


def test_declared_count_not_met_is_a_diagnostic():
    doc = policyparse.parse("시는 ▲수소 ▲반도체 등 5대 전략산업을 육성한다.")
    assert [i.text for i in doc.industries] == ["수소", "반도체"]
    (diag,) = [d for d in doc.diagnostics if d.code == "count-mismatch"]
    assert "5" in diag.message and "2" in diag.message
    assert doc.text[diag.span.start : diag.span.end] == "5대 전략산업"


def test_several_lists_in_one_document():
    text = "시는 3대 전략으로 ▲혁신 ▲포용 ▲공정을 제시했다.\n\n또 관광, 물류, 금융 등 3대 신산업을 키운다."
    assert [k for k, *_ in lists(text)] == ["strategy", "industry"]


def test_same_list_twice_is_read_once_with_the_fullest_items():
    text = (
        "시는 2025년 역점시책으로 행정 혁신, 산업 육성, 교통 확충을 확정했다.\n\n"
        "■ 2025년 역점시책\n1. 행정 혁신\n2. 산업 육성\n3. 교통 확충\n4. 정원도시 조성\n"
    )
    (en,) = policyparse.parse(text).enumerations
    assert [i.text for i in en.items] == ["행정 혁신", "산업 육성", "교통 확충", "정원도시 조성"]


def test_a_list_cut_by_the_end_keeps_complete_items():
    assert lists("올해 주요 사업으로는 스마트팜 확대, 농촌 돌봄 강화, 귀농 정") == [
        ("project", "주요 사업", None, ["스마트팜 확대", "농촌 돌봄 강화"])
    ]


def test_no_list_at_all():
    assert lists("시는 어제 시민 간담회를 열었다. 간담회에는 시민 100명이 참석했다.") == []


def test_plan_parts_named_in_a_sentence_are_not_a_list():
    text = "시는 이를 위한 방안으로 11대 대표산업 집중 육성, 3대 추진전략과 2019년 중점 추진사업을 발표했다."
    assert lists(text) == []


def test_lists_inside_quotations_are_not_read():
    text = "한민준 시장은 “수소, 반도체, 바이오 등 3대 산업을 키우겠다”고 말했다."
    assert lists(text) == []


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("11대 대표산업", "industry"),
        ("3대 추진전략", "strategy"),
        ("시정운영 방향", "strategy"),
        ("7대 시정목표", "goal"),
        ("시정방침", "goal"),
        ("구정 지침", "goal"),
        ("중점 추진사업", "project"),
        ("6대 역점과제", "project"),
        ("2024년 업무계획", "project"),
        ("5대 시책", "project"),
        ("6대 프로젝트", "project"),
        ("4개 산업분야", "other"),
        ("5대 전략콘텐츠", "other"),
    ],
)
def test_kind_from_the_head_noun(label, kind):
    from policyparse.labels import kind_of

    assert kind_of(label) == kind


def test_closer_is_removed_by_morphology_not_by_string():
    items = [
        i.text
        for i in policyparse.parse(
            "시는 3대 사업으로 ▲어등산 관광단지 착공 ▲도시철도 건설 ▲공원 조성 등을 밝혔다."
        ).priority_projects
    ]
    assert items == ["어등산 관광단지 착공", "도시철도 건설", "공원 조성"]
    items = [i.text for i in policyparse.parse("추진 전략은 △주력산업 고부가가치화 △신산업 육성이다.").strategies]
    assert items == ["주력산업 고부가가치화", "신산업 육성"]


def test_counted_phrases_inside_a_longer_enumeration_are_not_lists():
    text = (
        "인수위는 업무보고를 시작으로, 시정 슬로건 확정, 민선8기 7대 시정목표 선정, "
        "70개 핵심과제 도출 등 시정 방향을 구체화했다."
    )
    assert lists(text) == []


def test_inline_numbers_with_a_bracket():
    assert lists("정부는 4대 과제로 1) 물가 안정 2) 수출 회복 3) 일자리 창출 4) 민생 회복을 꼽았다.") == [
        ("project", "4대 과제", 4, ["물가 안정", "수출 회복", "일자리 창출", "민생 회복"])
    ]


def test_ordinals_in_prose_are_markers():
    assert lists("시의 3대 전략은 첫째 산업 혁신, 둘째 인재 양성, 셋째 지역 균형이다.") == [
        ("strategy", "3대 전략", 3, ["산업 혁신", "인재 양성", "지역 균형"])
    ]


def test_field_line_with_a_colon_is_complete_at_its_end():
    assert lists("□ 3대 추진전략: 산업 혁신, 인재 양성, 지역 균형") == [
        ("strategy", "3대 추진전략", 3, ["산업 혁신", "인재 양성", "지역 균형"])
    ]


def test_etc_with_a_particle():
    assert lists("시는 수소, 반도체, 바이오 등의 3대 신산업을 키운다.") == [
        ("industry", "3대 신산업", 3, ["수소", "반도체", "바이오"])
    ]


def test_a_box_of_other_headlines_above_the_article():
    assert (
        lists("많이 본 뉴스\n1. 시, 5대 산업 ▲가 ▲나 ▲다\n기사 본문은 여기에서 시작하며 시는 새 계획을 밝혔다.\n") == []
    )


def test_lines_under_a_sentence_that_introduces_them():
    text = "시는 다음과 같은 3대 전략을 발표했다.\n▲ 산업 혁신\n▲ 인재 양성\n▲ 지역 균형\n"
    assert lists(text) == [("strategy", "3대 전략", 3, ["산업 혁신", "인재 양성", "지역 균형"])]
    text = "주요 추진과제는 다음과 같다:\n- 도시재생 뉴딜\n- 청년 주거 지원\n"
    assert lists(text) == [("project", "주요 추진과제", None, ["도시재생 뉴딜", "청년 주거 지원"])]


def test_bullets_alone_on_the_line_under_their_label():
    assert lists("3대 추진전략\n▲산업 혁신 ▲인재 양성 ▲지역 균형") == [
        ("strategy", "3대 추진전략", 3, ["산업 혁신", "인재 양성", "지역 균형"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "행사는 서울, 부산, 대구 등 5개 도시에서 열린다.",
        "이번 협약에는 한국전력, 한국가스공사, 한국수력원자력 등 3개 기관이 참여했다.",
        "삼성전자, 현대차, 에스케이 등 10개 기업이 입주한다.",
        "위원회에는 교수, 연구원, 공무원 등 20명이 참여했다.",
        "시는 20대, 30대 등 청년층을 위한 정책을 추진한다.",
        "2019, 2020, 2021년 등 3개년 계획을 세웠다.",
    ],
)
def test_counted_entities_are_not_policy_lists(text):
    assert lists(text) == []


def test_one_item_per_paragraph():
    text = "□ 3대 추진전략\n\n▲ 산업 혁신\n\n▲ 인재 양성\n\n▲ 지역 균형\n"
    assert lists(text) == [("strategy", "3대 추진전략", 3, ["산업 혁신", "인재 양성", "지역 균형"])]


def test_detail_paragraphs_headed_by_the_item_in_brackets():
    text = (
        "□ 시는 3대 전략으로 ▲산업 혁신 ▲인재 양성 ▲지역 균형을 제시했다.\n"
        " ○ (산업 혁신) 주력산업 고도화에 1조원을 투입한다.\n"
        " ○ [인재 양성] 지역 대학과 함께 인재를 키운다.\n"
        " ○ 지역 균형: 낙후 지역에 공공기관을 배치한다.\n"
    )
    doc = policyparse.parse(text)
    details = [i.detail.text if i.detail else None for i in doc.strategies]
    assert details == [
        "(산업 혁신) 주력산업 고도화에 1조원을 투입한다.",
        "[인재 양성] 지역 대학과 함께 인재를 키운다.",
        "지역 균형: 낙후 지역에 공공기관을 배치한다.",
    ]


def test_next_year_with_do_and_other_policy_heads():
    (en,) = policyparse.parse("입력 2024-02-01\n시는 내년도 중점과제로 ▲공원 조성 ▲도로 확장을 확정했다.").enumerations
    assert (en.label.text, en.year) == ("중점과제", 2025)
    assert lists("도는 ▲그린 뉴딜 ▲디지털 뉴딜 ▲휴먼 뉴딜 등 3대 뉴딜을 추진한다.") == [
        ("other", "3대 뉴딜", 3, ["그린 뉴딜", "디지털 뉴딜", "휴먼 뉴딜"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("도는 친환경차·에너지·바이오 3대 신산업을 집중 육성한다.", ["친환경차", "에너지", "바이오"]),
        ("시는 ▲미래자동차 ▲반도체 ▲로봇 등을 중심으로 한 3대 신성장산업을 키운다.", ["미래자동차", "반도체", "로봇"]),
        ("시는 미래차, 로봇, 바이오 등을 중심으로 한 3대 신산업을 육성한다.", ["미래차", "로봇", "바이오"]),
    ],
)
def test_words_between_list_and_label(text, expected):
    ((kind, _label, declared, items),) = lists(text)
    assert (kind, declared, items) == ("industry", 3, expected)


def test_more_label_shapes():
    assert lists("시의 비전은 ‘함께 웃는 도시’이며, 3대 목표는 ‘활기찬 경제’, ‘따뜻한 복지’, ‘쾌적한 환경’이다.") == [
        ("goal", "3대 목표", 3, ["활기찬 경제", "따뜻한 복지", "쾌적한 환경"])
    ]
    assert lists("군은 교통, 복지, 경제, 관광 4개 분야에 예산을 집중한다.") == [
        ("other", "4개 분야", 4, ["교통", "복지", "경제", "관광"])
    ]


def test_a_sentence_that_counts_the_bulleted_lines_under_it_names_them():
    text = (
        "□ 시는 또한 4대 중점과제를 선정했다.\n"
        "  - 방산 수출 지원\n  - 원전 생태계 복원\n  - 수소 특화단지 조성\n  - 산업 인재 양성\n"
        "□ 시는 올해 5대 과제를 추진한다.\n  - 도로 정비\n  - 공원 조성\n"
    )
    # the first sentence counts its four lines; the second counts five but two lines follow
    assert lists(text) == [
        ("project", "4대 중점과제", 4, ["방산 수출 지원", "원전 생태계 복원", "수소 특화단지 조성", "산업 인재 양성"])
    ]


def test_items_handed_to_a_counted_label_as_what_they_are():
    text = (
        "조 시장은 첫째 기업 유치를 통한 일자리 확대, 둘째 관광 인프라 확충, "
        "셋째 시민 복지 강화를 3대 방향으로 제시했다."
    )
    items = ["기업 유치를 통한 일자리 확대", "관광 인프라 확충", "시민 복지 강화"]
    assert lists(text) == [("strategy", "3대 방향", 3, items)]
    # an object before a count that names something else is no list
    assert lists("시는 수소, 반도체, 바이오를 3개 기관이 함께 육성한다고 밝혔다.") == []


def test_lines_under_the_sentence_that_announces_them():
    text = (
        "2025.01.06\n\n시가 올해 시정 목표를 발표했다.\n\n"
        "① 시민이 행복한 도시\n② 일자리가 풍부한 도시\n③ 청정 환경 도시\n\n시장은 취임사에서 계획을 밝혔다."
    )
    doc = policyparse.parse(text)
    assert [(e.kind, e.label.text, e.year, [i.text for i in e.items]) for e in doc.enumerations] == [
        ("goal", "시정 목표", 2025, ["시민이 행복한 도시", "일자리가 풍부한 도시", "청정 환경 도시"])
    ]
    # lines that are fields ("비전: …") are no list of what the sentence announces
    fields = "시가 시정비전과 시정목표를 발표했다.\n○ 시정비전: 새로운 도시\n○ 시정목표: 행복한 도시\n"
    assert lists(fields) == []


def test_what_a_label_holds():
    text = "12대 과제에는 반도체 교육센터 건립, 수소산업 육성, 관광 활성화 등이 포함됐다."
    assert lists(text) == [("project", "12대 과제", 12, ["반도체 교육센터 건립", "수소산업 육성", "관광 활성화"])]


def test_middot_compounds_right_after_the_subject():
    # Kiwi reads "나노·반도체" after a subject as a verb with an ending before the middot
    text = "대전시가 나노·반도체, 바이오헬스, 우주항공, 국방, 양자 등 5대 신산업을 집중 육성한다."
    assert lists(text) == [("industry", "5대 신산업", 5, ["나노·반도체", "바이오헬스", "우주항공", "국방", "양자"])]


def test_a_heading_in_brackets_names_the_lines_under_it():
    text = "시는 전략을 수립했다.\n\n[3대 추진전략]\n1. 소재 허브 조성\n2. 수소 클러스터 구축\n3. 바이오 산업 육성\n"
    items = ["소재 허브 조성", "수소 클러스터 구축", "바이오 산업 육성"]
    assert lists(text) == [("strategy", "3대 추진전략", 3, items)]


def test_a_leading_item_and_bracketed_first_items():
    text = "시는 스마트시티를 비롯해 수소도시, 문화도시 등 5개 사업을 추진한다."
    assert lists(text) == [("project", "5개 사업", 5, ["스마트시티", "수소도시", "문화도시"])]
    text = "시는 수소도시(2025년 완공), 스마트시티(2026년), 문화도시(2027년) 등 3대 사업을 추진한다."
    items = ["수소도시(2025년 완공)", "스마트시티(2026년)", "문화도시(2027년)"]
    assert lists(text) == [("project", "3대 사업", 3, items)]


def test_a_summary_then_the_full_list_under_the_same_label_is_read_once():
    text = (
        "시가 탄소, 수소, 드론, 금융 등 4대 미래산업을 집중 육성한다.\n\n4대 미래산업은 다음과 같다.\n"
        "1. 탄소소재 융복합 산업\n2. 수소 상용차 산업\n3. 드론 산업\n4. 금융 산업\n"
    )
    items = ["탄소소재 융복합 산업", "수소 상용차 산업", "드론 산업", "금융 산업"]
    assert lists(text) == [("industry", "4대 미래산업", 4, items)]


def test_a_list_that_ends_in_a_joining_copula():
    text = "4대 목표는 경제 활력, 균형 발전, 따뜻한 복지, 문화 융성이며 이를 위한 12대 전략도 함께 제시했다."
    assert lists(text) == [("goal", "4대 목표", 4, ["경제 활력", "균형 발전", "따뜻한 복지", "문화 융성"])]


def test_diamond_bullets():
    assert lists("◈ 수소, 반도체, 바이오 등 3대 첨단산업에 투자") == [
        ("industry", "3대 첨단산업", 3, ["수소", "반도체", "바이오"])
    ]


def test_amounts_and_participants_are_no_policy_items():
    assert lists("도시재생 사업에는 국비 100억원, 시비 50억원 등 150억원이 투입된다.") == []
    assert lists("3대 사업에는 국비 100억원, 시비 50억원이 투입된다.") == []
    assert lists("관광 활성화 사업에는 부산, 울산, 경남이 함께 참여한다.") == []


def test_a_list_named_by_the_first_of_two_counts():
    text = "계획은 일자리, 주거, 교육, 문화 4대 분야 42개 과제로 구성됐다."
    assert lists(text) == [("other", "4대 분야", 4, ["일자리", "주거", "교육", "문화"])]


def test_the_year_the_lead_gives_the_same_counted_label():
    text = (
        "2024.01.08\n\n도가 2024년 5대 역점시책을 발표했다.\n\n"
        "도는 ▲청년 일자리 창출 ▲에너지 신산업 육성 ▲관광 활성화 등 5대 역점시책을 추진한다."
    )
    (en,) = policyparse.parse(text).enumerations
    assert (en.label.text, en.year) == ("5대 역점시책", 2024)
    quoted = "도, 2025년 '3대 전략' 추진\n\n3대 전략은 ▲새만금 허브 ▲생명산업 육성 ▲문화관광 활성화다."
    (en,) = policyparse.parse(quoted).enumerations
    assert (en.label.text, en.year) == ("3대 전략", 2025)
    between = "시, 2025년 시정운영 5대 방향 제시\n\n5대 방향은 ▲경제 도약 ▲복지 강화 ▲탄소중립 ▲관광 ▲참여다."
    (en,) = policyparse.parse(between).enumerations
    assert (en.label.text, en.year) == ("5대 방향", 2025)


def test_a_counted_label_with_a_copula_before_its_items():
    text = "시는 5대 핵심 전략산업인 자동차, 에너지, 인공지능, 바이오, 문화콘텐츠를 집중 육성할 계획이다."
    items = ["자동차", "에너지", "인공지능", "바이오", "문화콘텐츠"]
    assert lists(text) == [("industry", "5대 핵심 전략산업", 5, items)]
    # uncounted, it says what something is: no list
    assert lists("우리 지역의 핵심산업인 가전, 자율주행차, 로봇과 융합해 성장한다.") == []


def test_detail_paragraphs_headed_by_purpose_place_or_equals():
    text = (
        "시는 3대 전략으로 ▲산업 혁신 ▲복지 확대 ▲환경 개선을 제시했다.\n\n"
        "먼저 산업 혁신 분야에서는 스타트업 지원을 늘린다.\n\n"
        "복지 확대를 위해서는 돌봄센터를 20곳 신설한다.\n\n"
        "◇환경 개선 = 미세먼지 저감 사업을 확대한다.\n"
    )
    (en,) = policyparse.parse(text).enumerations
    opens = ["먼저 산업 혁신 분야에서는", "복지 확대를 위해서는", "환경 개선 = 미세먼지"]
    details = [item.detail.text if item.detail else "" for item in en.items]
    assert all(d.startswith(o) for d, o in zip(details, opens, strict=True))


def test_letters_out_of_order_number_no_list():
    # "나." before "가.": the letters are no numbering, and the sentence still ends at "다."
    assert lists("시는 3대 전략산업으로 나. 수소 가. 반도체를 선정했다. 다음 달에 발표한다.") == []


def test_a_heading_with_its_count_in_brackets():
    text = "시정 운영 방향\n[추진전략(4개)]\n① 신산업 육성\n② 해양관광 활성화\n③ 정주여건 개선\n④ 시민 소통 강화\n"
    assert lists(text) == [
        ("strategy", "추진전략(4개)", 4, ["신산업 육성", "해양관광 활성화", "정주여건 개선", "시민 소통 강화"])
    ]


def test_ordinals_numbering_items_inside_a_sentence():
    text = "4대 정책 방향은 첫째, 기초학력 보장 둘째, 디지털 교육 혁신 셋째, 마음 건강 지원 넷째, 교육공동체 회복이다."
    assert lists(text) == [
        ("strategy", "4대 정책 방향", 4, ["기초학력 보장", "디지털 교육 혁신", "마음 건강 지원", "교육공동체 회복"])
    ]


def test_items_with_deeper_bullets_between_them():
    text = (
        "도는 20일 2030 비전을 발표했다.\n비전 달성을 위한 3대 전략은 다음과 같다.\n"
        "□ 첨단산업 육성\n - 이차전지 소재 산업 클러스터 조성\n - 해상풍력 산업 생태계 구축\n"
        "□ 관광 활성화\n - 남해안 해양관광벨트 조성\n□ 농어촌 혁신\n - 스마트팜 확대\n"
    )
    # the outer items are the 3대 전략; the two sub-items under the first are its own list (FORMAT v1.1)
    assert lists(text) == [
        ("strategy", "3대 전략", 3, ["첨단산업 육성", "관광 활성화", "농어촌 혁신"]),
        ("other", "첨단산업 육성", None, ["이차전지 소재 산업 클러스터 조성", "해상풍력 산업 생태계 구축"]),
    ]


def test_headings_with_their_own_lines_are_no_list_of_them():
    text = (
        "시는 새해 업무계획을 발표했다. 주요 추진계획은 다음과 같다.\n"
        "□ 3대 추진전략\n - 경제 활력\n - 복지 확대\n - 환경 개선\n□ 5대 핵심과제\n - 일자리 창출\n - 청년 지원\n"
    )
    assert lists(text) == [
        ("strategy", "3대 추진전략", 3, ["경제 활력", "복지 확대", "환경 개선"]),
        ("project", "5대 핵심과제", 5, ["일자리 창출", "청년 지원"]),
    ]


def test_a_detail_names_the_item_without_its_gloss():
    text = (
        "시는 반도체, UAM(도심항공교통), 헬스케어 등 3대 신산업을 육성한다.\n"
        "UAM 분야는 신공항과 연계한 실증 기반을 만든다.\n헬스케어 분야에서는 신약 개발을 지원한다.\n"
    )
    (en,) = policyparse.parse(text).enumerations
    details = {i.text: i.detail.text if i.detail else None for i in en.items}
    assert details == {
        "반도체": None,
        "UAM(도심항공교통)": "UAM 분야는 신공항과 연계한 실증 기반을 만든다.",
        "헬스케어": "헬스케어 분야에서는 신약 개발을 지원한다.",
    }


def test_a_detail_names_only_the_object_of_an_item_that_ends_in_an_action():
    """'초연결 지능 인프라(DNA) 구축' is elaborated by '초연결 지능 인프라는 …': the paragraph names what
    the item builds, without its gloss and its verbal noun; the exact item still wins where it heads one."""
    text = (
        "□ 장관은 3대 과제로 ① 초연결 지능 인프라(DNA) 구축, ② 연구 시스템 혁신, ③ 관광 활성화를 보고했다.\n"
        "초연결 지능 인프라는 모든 산업을 바꾸는 핵심으로, 5G를 추진한다.\n"
        "연구 시스템은 부처 간 칸막이를 없애 하나로 묶는다.\n"
        "연구 시스템 혁신은 올해 법 개정으로 마무리한다.\n"
        "관광은 내년 예산에서 다룬다.\n"
    )
    (en,) = policyparse.parse(text).enumerations
    details = {i.text: i.detail.text if i.detail else None for i in en.items}
    assert details == {
        "초연결 지능 인프라(DNA) 구축": "초연결 지능 인프라는 모든 산업을 바꾸는 핵심으로, 5G를 추진한다.",
        "연구 시스템 혁신": "연구 시스템 혁신은 올해 법 개정으로 마무리한다.",
        "관광 활성화": None,  # an object shorter than three letters names too much to be the item's
    }


def test_a_detail_joins_the_items_words_with_a_middot_or_names_what_the_item_holds():
    text = (
        "시는 에너지 및 수소산업, 관광산업, 바이오 등 3대 산업을 키운다.\n"
        "에너지·수소산업은 발전소와 충전소를 늘린다.\n관광산업의 주요 전략은 야간 관광과 축제다.\n"
        "바이오의 미래는 밝다.\n"
    )
    (en,) = policyparse.parse(text).enumerations
    details = {i.text: i.detail.text if i.detail else None for i in en.items}
    assert details == {
        "에너지 및 수소산업": "에너지·수소산업은 발전소와 충전소를 늘린다.",
        "관광산업": "관광산업의 주요 전략은 야간 관광과 축제다.",
        "바이오": None,  # '…의 미래는' speaks of the item, it does not elaborate the plan for it
    }


def test_etc_before_the_object_particle_and_a_counted_label():
    text = "시는 미래 모빌리티, 의생명, 로봇, 항공 부품 등을 4대 전략산업으로 선정했다."
    assert lists(text) == [("industry", "4대 전략산업", 4, ["미래 모빌리티", "의생명", "로봇", "항공 부품"])]


def test_award_categories_are_no_policy_list():
    assert lists("시가 경영대상에서 일자리, 복지, 환경 등 3개 부문을 수상했다.") == []
    assert lists("시는 일자리, 복지, 환경 등 3개 부문에서 최우수상을 받았다.") == []
    assert lists("시는 일자리, 복지, 환경 등 3개 부문을 집중 지원한다.") == [
        ("other", "3개 부문", 3, ["일자리", "복지", "환경"])
    ]


@pytest.mark.parametrize(
    ("text", "label", "declared"),
    [
        ("시는 핵심 추진과제 5개로 ▲일자리 ▲청년 ▲주거 ▲교통 ▲환경을 선정했다.", "핵심 추진과제 5개", 5),
        ("시는 일자리, 복지, 환경 등 중점과제 3개를 추진한다.", "중점과제 3개", 3),
        ("시가 발표한 주요 정책 3선은 ▲청년 월세 ▲통학버스 ▲공공 산후조리원이다.", "주요 정책 3선", 3),
    ],
)
def test_a_count_after_the_head_noun(text, label, declared):
    ((kind, found, count, _items),) = lists(text)
    assert (kind, found, count) == ("project", label, declared)


def test_members_in_brackets_joined_by_middots():
    assert lists("시는 3대 전략(산업 혁신·인재 양성·정주 여건 개선)을 제시했다.") == [
        ("strategy", "3대 전략", 3, ["산업 혁신", "인재 양성", "정주 여건 개선"])
    ]


def test_two_lists_joined_by_a_copula_in_one_sentence():
    text = "시의 3대 전략은 경제 회복, 복지 확대, 환경 개선이고, 5대 과제는 일자리, 청년, 주거, 교통, 녹지다."
    assert lists(text) == [
        ("strategy", "3대 전략", 3, ["경제 회복", "복지 확대", "환경 개선"]),
        ("project", "5대 과제", 5, ["일자리", "청년", "주거", "교통", "녹지"]),
    ]


def test_lines_without_bullets_under_a_heading_that_counts_them():
    text = "시정 운영 방향\n\n3대 추진전략\n경제 활력 회복\n복지 안전망 강화\n녹색 도시 조성\n\n시는 운영한다.\n"
    doc = policyparse.parse(text)
    assert doc.title is None
    assert lists(text) == [("strategy", "3대 추진전략", 3, ["경제 활력 회복", "복지 안전망 강화", "녹색 도시 조성"])]
    # more lines than the heading counts: not its list
    assert lists("3대 추진전략\n경제 활력 회복\n복지 안전망 강화\n녹색 도시 조성\n시민 참여 확대\n") == []


def test_the_year_relative_to_publication_given_the_same_label_elsewhere():
    text = (
        "입력 2025.01.09 11:00\n\n부는 올해 5대 핵심과제를 중점 추진한다고 밝혔다.\n"
        "5대 핵심과제는 ①물가 안정 ②어촌 대응 ③항만 강화 ④신산업 육성 ⑤안전 확보다.\n"
    )
    (en,) = policyparse.parse(text).enumerations
    assert (en.label.text, en.year) == ("5대 핵심과제", 2025)


def test_a_word_of_time_opening_the_sentence_is_not_in_the_first_item():
    text = "시는 지난해 일자리 창출, 청년 지원, 주거 안정 등 3대 과제에서 성과를 냈다."
    assert lists(text) == [("project", "3대 과제", 3, ["일자리 창출", "청년 지원", "주거 안정"])]


SPEECH = (
    "해솔시, 새해 계획 발표\n\n"
    "해솔시는 2일 ▲첨단 소재 ▲바이오 헬스 ▲물류 등 3대 전략을 발표했다.\n"
    "김해솔 시장은 “올해는 청년 일자리, 어르신 돌봄, 골목 상권 등 3대 과제에 힘쓰겠다”고 말했다.\n"
)


def test_a_counted_list_inside_speech_is_skipped_with_a_diagnostic():
    doc = policyparse.parse(SPEECH)
    assert [en.label.text for en in doc.enumerations] == ["3대 전략"]
    [said] = [d for d in doc.diagnostics if d.code == "list-in-speech"]
    assert doc.text[said.span.start : said.span.end] == "3대 과제"
    assert "lists_in_speech=True" in said.message


def test_lists_in_speech_are_read_on_request_and_marked_spoken():
    doc = policyparse.Parser(lists_in_speech=True).parse(SPEECH)
    assert [(en.label.text, en.spoken) for en in doc.enumerations] == [("3대 전략", False), ("3대 과제", True)]
    assert [i.text for i in doc.enumerations[1].items] == ["청년 일자리", "어르신 돌봄", "골목 상권"]
    assert not any(d.code == "list-in-speech" for d in doc.diagnostics)


def test_a_label_opened_by_a_quotation_mark_leaves_the_mark_out():
    text = "김해솔 시장은 “수소 분야 3대 핵심사업인 ▲수소 생산 ▲수소 저장 ▲수소 도시를 추진한다”고 말했다.\n"
    [en] = policyparse.Parser(lists_in_speech=True).parse(text).enumerations
    assert en.label.text == "수소 분야 3대 핵심사업"
    assert [i.text for i in en.items] == ["수소 생산", "수소 저장", "수소 도시"]


def test_hundreds_of_lists_under_one_label_each_meet_only_the_latest_few(monkeypatch):
    """A 업무계획 numbers hundreds of lists under one label: each is compared with a bounded number of
    earlier ones (MERGE_REACH per shared word), so reading them stays linear — and none is lost."""
    from policyparse.lists import selection

    compared = []
    same_list = selection._Words.same_list
    monkeypatch.setattr(selection._Words, "same_list", lambda a, b: compared.append(1) or same_list(a, b))
    numbered = (f"시는 {i}번째로 수소{i:03d}, 반도체{i:03d} 등 3대 산업을 육성한다.\n" for i in range(300))
    text = "시, 산업 육성 계획 발표\n\n" + "".join(numbered)
    doc = policyparse.parse(text)
    assert len(doc.enumerations) == 300
    assert [i.text for i in doc.enumerations[299].items] == ["수소299", "반도체299"]
    assert len(compared) <= selection.MERGE_REACH * 300


def test_a_summary_and_its_full_list_merge_across_many_other_lists_between():
    between = "".join(f"구는 {i}번째로 가{i}, 나{i} 등 2대 과제를 편다.\n" for i in range(40))
    text = (
        "시는 탄소, 수소, 드론, 금융 등 4대 미래산업을 집중 육성한다.\n"
        + between
        + "4대 미래산업은 ▲탄소소재 융복합 산업 ▲수소 상용차 산업 ▲드론 물류 산업 ▲디지털 금융 산업이다.\n"
    )
    industries = [en for en in policyparse.parse(text).enumerations if en.kind == "industry"]
    assert [[i.text for i in en.items] for en in industries] == [
        ["탄소소재 융복합 산업", "수소 상용차 산업", "드론 물류 산업", "디지털 금융 산업"]
    ]
