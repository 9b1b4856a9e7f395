"""Shapes of the genre that the list reader learned from the 122-document corpus, each on
sentences and documents written for these tests (see FORMAT.md for what a list is)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import policyparse


def lists(text: str) -> list[tuple[str, str, int | None, list[str]]]:
    doc = policyparse.parse(text)
    return [(en.kind, en.label.text, en.declared, [i.text for i in en.items]) for en in doc.enumerations]


# --- where an item ends ------------------------------------------------------------------


def test_a_relative_clause_with_its_own_particle_stays_inside_the_last_item():
    text = "5대 과제는 △청년 창업 거점 조성 △어르신 돌봄 확대 △교통 체계 개편 △누구나 머물고 싶은 도심 조성이다."
    assert lists(text) == [
        (
            "project",
            "5대 과제",
            5,
            ["청년 창업 거점 조성", "어르신 돌봄 확대", "교통 체계 개편", "누구나 머물고 싶은 도심 조성"],
        )
    ]


def test_a_subject_of_a_relative_clause_stays_inside_an_item():
    text = "군은 3대 목표로 ▲활력 있는 농촌 ▲군민이 주인 되는 군정 ▲안전한 마을을 제시했다."
    assert lists(text)[0][3] == ["활력 있는 농촌", "군민이 주인 되는 군정", "안전한 마을"]


def test_a_topic_particle_before_the_predicate_still_ends_the_item():
    text = "시는 3대 전략으로 ▲관광 활성화 ▲도심 재생 ▲교통 혁신은 올해 마무리한다."
    assert lists(text)[0][3] == ["관광 활성화", "도심 재생", "교통 혁신"]


# --- labels after the list -----------------------------------------------------------------


def test_a_count_after_bullets_names_them_without_etc():
    text = "올해 구청은 ▲골목 상권 회복 ▲주민 건강 증진 ▲생활 안전 강화 세 가지 핵심 전략을 추진한다."
    assert lists(text) == [("strategy", "세 가지 핵심 전략", 3, ["골목 상권 회복", "주민 건강 증진", "생활 안전 강화"])]


def test_a_count_behind_a_relative_clause_names_the_bullets_before_it():
    text = "도는 ①든든한 복지 ②활기찬 경제 ③깨끗한 환경 등 도민께 드리는 3대 약속을 발표했다."
    assert lists(text) == [("other", "3대 약속", 3, ["든든한 복지", "활기찬 경제", "깨끗한 환경"])]


def test_a_comma_after_the_label_separates_two_labels():
    text = "군수는 △농업 혁신 △관광 육성 △복지 확대 등 3대 분야, 9대 과제 등 올해 계획을 밝혔다."
    assert lists(text)[0] == ("other", "3대 분야", 3, ["농업 혁신", "관광 육성", "복지 확대"])


# --- heads of labels -----------------------------------------------------------------------


def test_counted_indicators_and_visions_name_lists():
    assert lists("5대 국정지표는 ▲공정한 시장 ▲인재 강국 ▲따뜻한 복지다.")[0][:3] == ("other", "5대 국정지표", 5)
    assert lists("구청장은 ▲배움의 도시 ▲녹색 도시 ▲안심 도시 등 구정의 3대 비전을 설명했다.")[0][:3] == (
        "other",
        "3대 비전",
        3,
    )


def test_a_word_count_after_the_head_noun_declares_it():
    assert lists("도정방침 세가지는 ▲도민 행복 ▲경제 활력 ▲균형 발전이다.")[0][:3] == ("goal", "도정방침 세가지", 3)


def test_an_industry_group_is_an_industry_label():
    assert lists("도는 7개 산업군으로 ▲우주 ▲항공 ▲로봇을 육성한다.")[0][0] == "industry"


# --- outlines of official releases -------------------------------------------------------------

RELEASE = """보도자료
시, 2031년 생활권 발전계획 발표

□ 시는 생활권 발전계획을 발표하고 주요 내용을 공개했다.

◆ 생활권 발전계획의 방향
1. 일자리가 늘어나는 경제
 · 창업 지원 공간 확충
 · 청년 고용 장려금 신설
 ※ 세부 사업은 별첨 참조
2. 모두가 누리는 복지
 · 돌봄 센터 20곳 개소
 · 장애인 이동 지원 확대
 · 공공 산후조리원 설립

◆ 지난 4년간의 주요 성과
1. 산업단지 조성 완료
 · 기업 120곳 입주
 · 일자리 3천 개 창출
"""


def test_sub_items_under_an_outline_heading_are_a_list_labelled_by_it():
    found = {label: (kind, items) for kind, label, _, items in lists(RELEASE)}
    assert found["일자리가 늘어나는 경제"] == ("other", ["창업 지원 공간 확충", "청년 고용 장려금 신설"])
    assert found["모두가 누리는 복지"] == (
        "other",
        ["돌봄 센터 20곳 개소", "장애인 이동 지원 확대", "공공 산후조리원 설립"],
    )


def test_nothing_under_a_heading_of_results_is_a_list_of_policies():
    labels = [label for _, label, _, _ in lists(RELEASE)]
    assert not any("성과" in label or "산업단지" in label for label in labels)


def test_paragraphs_under_a_heading_are_no_list():
    text = "□ 도심 재생 사업\n - 시는 올해 원도심 상가를 정비한다.\n - 또 빈집을 공공 주택으로 바꾼다.\n"
    assert lists(text) == []


def test_a_heading_that_announces_its_lines_gives_its_label():
    text = (
        "□ 시는 올해 중점과제를 확정했으며, 주요 내용은 다음과 같음\n"
        " ㅇ 도시철도 2호선 착공\n ㅇ 시립 미술관 개관\n ㅇ 스마트 산단 지정\n"
    )
    assert lists(text) == [
        ("project", "중점과제", None, ["도시철도 2호선 착공", "시립 미술관 개관", "스마트 산단 지정"])
    ]


def test_lines_wrapped_inside_a_sentence_are_no_outline():
    text = "○ 시는 올해 세 가지를\n ▲ 청년이 머무는,\n ▲ 기업이 오는,\n 도시로 정했다.\n"
    assert all(en[1] != "시는 올해 세 가지를" for en in lists(text))


def test_a_clause_that_holds_a_label_of_its_own_is_not_skipped():
    text = "도는 조선, 철강 등 기존 주력산업을 제외한 8개 산업군을 새로 지정했다."
    assert lists(text) == [("industry", "기존 주력산업", None, ["조선", "철강"])]


# --- prose lists -------------------------------------------------------------------------------


def test_a_genitive_closes_items_made_of_nominalized_verbs():
    text = "군은 열린 소통행정, 든든한 살림살이, 이웃 나눔복지의 3대 군정방침을 정했다."
    assert lists(text) == [("goal", "3대 군정방침", 3, ["열린 소통행정", "든든한 살림살이", "이웃 나눔복지"])]


def test_a_topic_label_over_items_ending_where_the_predicate_begins_with_a_comma_after_it():
    text = (
        "4대 시정목표는 시민이 주인인 시정, 더불어 잘사는 경제, 걷고 싶은 거리, 안전한 도시로 정했으며, "
        "세부 과제도 마련했다."
    )
    assert lists(text) == [
        ("goal", "4대 시정목표", 4, ["시민이 주인인 시정", "더불어 잘사는 경제", "걷고 싶은 거리", "안전한 도시"])
    ]


def test_a_whole_comma_list_inside_one_pair_of_quotes():
    text = "도가 ‘수소, 드론, 우주항공’ 등 3대 산업을 미래 먹거리로 선정했다."
    assert lists(text) == [("industry", "3대 산업", 3, ["수소", "드론", "우주항공"])]


def test_the_quotative_closes_a_list_before_its_count():
    text = "계획은 든든한 일자리, 균형발전, 걷고 싶은 도시라는 세 가지 목표를 세웠다."
    assert lists(text) == [("goal", "세 가지 목표", 3, ["든든한 일자리", "균형발전", "걷고 싶은 도시"])]


def test_the_count_says_where_a_list_read_backwards_begins():
    text = "시는 희망찬 미래, 시민의 약속이라는 비전 아래, 청년 일자리, 문화 도시, 녹색 교통이라는 3대 목표를 정했다."
    assert lists(text) == [("goal", "3대 목표", 3, ["청년 일자리", "문화 도시", "녹색 교통"])]


def test_a_genitive_between_the_object_and_the_count_label():
    text = "위원회는 공정한 시장, 창의 인재, 열린 외교를 새 정부의 3대 국정지표로 선정했다."
    assert lists(text) == [("other", "3대 국정지표", 3, ["공정한 시장", "창의 인재", "열린 외교"])]


def test_the_first_item_keeps_its_modifier_when_the_others_have_one():
    text = "구청장은 다시 뛰는 상권, 안전한 골목, 따뜻한 이웃을 3대 구정목표로 정했다."
    assert lists(text)[0][3] == ["다시 뛰는 상권", "안전한 골목", "따뜻한 이웃"]


def test_an_adverbial_clause_is_no_first_item():
    text = "신산업은 ‘공장 투자협약’이 체결된 만큼, 연구 단지를 조기에 설립해 성장 모델을 구축한다."
    assert lists(text) == []


def test_a_relative_clause_with_a_complement_stays_inside_an_item():
    text = "3대 시책은 모두가 주인 되는 학교, 미래를 준비하는 수업, 함께 크는 교실이다."
    assert lists(text)[0][3] == ["모두가 주인 되는 학교", "미래를 준비하는 수업", "함께 크는 교실"]


# --- bullets -----------------------------------------------------------------------------------


def test_the_quotative_closes_bullets_before_their_count_label():
    text = "부는 △고용 회복 △체질 개선 △품격 있는 나라라는 3대 중점 과제 아래 계획을 발표했다."
    assert lists(text) == [("project", "3대 중점 과제", 3, ["고용 회복", "체질 개선", "품격 있는 나라"])]


def test_two_bullet_runs_in_one_sentence_are_two_lists():
    text = "군은 △수소 △반도체 △바이오 등 3대 혁신산업과 기반산업인 △스마트농업 △식품가공이다."
    found = lists(text)
    assert found[0] == ("industry", "3대 혁신산업", 3, ["수소", "반도체", "바이오"])
    assert ("industry", "기반산업", None, ["스마트농업", "식품가공"]) in found


def test_a_closer_inside_brackets_belongs_to_its_item():
    text = (
        "7대 과제로는 ▲생활권(신도심, 원도심 등 3개 권역으로 나눈 구역) 균형 발전 ▲교육 개선 ▲녹지 확충 등을 제시했다."
    )
    assert lists(text)[0][3] == ["생활권(신도심, 원도심 등 3개 권역으로 나눈 구역) 균형 발전", "교육 개선", "녹지 확충"]


def test_the_first_count_of_a_two_level_label_names_the_bullets():
    text = "부는 ①지방 정부 ②안전 정부 ③민생 정부 등 3대 분야 12대 정책방향을 설정했다."
    assert lists(text) == [("other", "3대 분야", 3, ["지방 정부", "안전 정부", "민생 정부"])]


def test_bulleted_slogans_in_the_polite_style_and_long_items_are_items():
    text = (
        "구청장은 ▲더 나은 미래, 우리 구가 앞장섭니다 ▲가장 안전한 도시는 우리 구입니다 "
        "▲오래된 공업지역을 첨단 산업과 주거가 어우러진 복합 공간으로 바꾸기 위한 단계별 재생 사업의 본격 착수 "
        "등 3대 비전을 설명했다."
    )
    assert len(lists(text)[0][3]) == 3


def test_a_bulleted_item_may_hold_a_count_of_its_own():
    text = "시는 5대 과제로 ▲3대 핵심기술 확보 ▲인재 양성 ▲기업 유치를 제시했다."
    assert lists(text)[0][3] == ["3대 핵심기술 확보", "인재 양성", "기업 유치"]


def test_bullets_naming_the_parts_of_a_plan_are_no_list():
    text = "위원회는 △‘함께 여는 도시’라는 시정비전과 △‘경제·복지·혁신’의 3대 목표 △10개 전략 및 40개 과제를 담았다."
    # only the middots inside one part are a list, named by that part (FORMAT)
    assert lists(text) == [("goal", "3대 목표", 3, ["경제", "복지", "혁신"])]


def test_an_uncounted_head_of_kind_other_names_bullets_with_its_owner():
    assert lists("시정운영의 원칙은 ▲소통 ▲공정 ▲책임으로 정했다.") == [
        ("other", "시정운영의 원칙", None, ["소통", "공정", "책임"])
    ]


def test_a_bullet_glued_to_the_item_before_it():
    text = "그는 ▷농업 육성 ▷관광 개발▷일자리 창출 등을 공약했다."
    assert lists(text) == [("project", "공약", None, ["농업 육성", "관광 개발", "일자리 창출"])]


@pytest.mark.parametrize("bullet", ["▴", "▸", "Δ"])
def test_small_triangles_and_delta_are_bullets(bullet):
    text = f"시는 3대 전략으로 {bullet}수소 {bullet}반도체 {bullet}바이오를 선정했다."
    assert lists(text) == [("strategy", "3대 전략", 3, ["수소", "반도체", "바이오"])]


def test_an_exclaiming_slogan_inside_a_run_of_bullets():
    text = "후보는 △살기 좋은 군 △청년이 돌아오는 군! 일자리가 넘치는 군! △안전한 군 등 3가지 비전을 제시했다."
    assert lists(text)[0][3] == ["살기 좋은 군", "청년이 돌아오는 군! 일자리가 넘치는 군!", "안전한 군"]


LEAD = "청, 새해 업무계획 보고회 개최\n\n청은 20일 보고회를 열고 올해 계획을 밝혔다.\n\n"


def test_a_semicolon_after_the_label_and_a_line_wrapped_after_a_comma():
    text = (
        LEAD
        + "4대 정책 ; 1. 사고 줄이기, 2. 질서 확립, 3. 5大 부조리 근절, \n4. 깨끗한 바다 만들기\n\n청장은 말했다.\n"
    )
    items = ["사고 줄이기", "질서 확립", "5大 부조리 근절", "깨끗한 바다 만들기"]
    assert lists(text) == [("project", "4대 정책", 4, items)]


MARKED = LEAD + "□ 계획은 4대 전략*과 20개 과제로 구성되었다.\n    * 1. 함께 돌보는 사회, 2. 함께 일하는 사회, "


def test_a_footnote_spells_out_the_label_it_marks():
    found = lists(MARKED + "3. 배우는 사회, 4. 건강한 사회\n")
    assert ("strategy", "4대 전략", 4, ["함께 돌보는 사회", "함께 일하는 사회", "배우는 사회", "건강한 사회"]) in found


def test_a_footnote_cut_by_the_end_of_the_text_keeps_its_complete_items():
    assert lists(MARKED + "3. 배우는 사회") == [("strategy", "4대 전략", 4, ["함께 돌보는 사회", "함께 일하는 사회"])]


def test_a_category_noun_after_the_head_leaves_the_label_its_kind():
    text = "시는 정보통신, 바이오, 로봇 등 3대 전략산업 분야의 기술개발에 예산을 쓴다."
    assert lists(text) == [("industry", "3대 전략산업", 3, ["정보통신", "바이오", "로봇"])]


def test_an_uncounted_head_before_another_noun_names_no_list():
    assert lists("시는 수소차, 충전소, 연료전지 등 수소산업 생태계를 구축한다.") == []


def test_etc_with_a_subject_particle_before_included():
    text = "시는 해양산업·부품소재산업·문화산업 등이 포함된 3대 전략산업 개편안을 마련했다."
    assert lists(text) == [("industry", "3대 전략산업", 3, ["해양산업", "부품소재산업", "문화산업"])]


def test_a_count_in_words_with_gae():
    text = "시는 수소모빌리티, 게놈서비스 두 개 분야에서 특구 사업을 확보했다."
    assert lists(text) == [("other", "두 개 분야", 2, ["수소모빌리티", "게놈서비스"])]


def test_goals_may_be_figures_to_reach():
    text = "계획에는 기업 매출액 7조 원, 농가소득 6000만 원대 진입이라는 2대 목표가 담겼다."
    assert lists(text) == [("goal", "2대 목표", 2, ["기업 매출액 7조 원", "농가소득 6000만 원대 진입"])]


def test_sums_of_money_are_no_list_of_projects():
    assert lists("재원은 국비 100억원, 도비 50억원 등 2개 사업비로 마련한다.") == []


def test_a_sentence_wrapped_over_lines_at_its_particles():
    wrapped = (
        "도는 포항을\n가속기 신산업과 레이저 산업,\n로봇 융합산업, 첨단 소재산업, 자원산업의\n5대 신산업을 육성한다.\n"
    )
    text = LEAD + wrapped
    assert lists(text)[0][:3] == ("industry", "5대 신산업", 5)


# A page printed at a fixed width (a broadcast transcript, a post copied from print): sentences run
# over lines that end in particles, modifiers, 등 and plain nouns alike, bullets included.
HARD_WRAPPED = (
    "군, 새해 군정 방향 발표\n"
    "군은 올해 군정 운영을 위한\n"
    "기본 방향으로\n"
    "▲농촌 소득을 끌어올리는\n"
    "스마트 농업 전환,\n"
    "▲어르신이 행복한 돌봄 체계 구축,\n"
    "▲군민과 함께하는 열린 군정 등\n"
    "3가지를 제시했습니다.\n"
    "군은 이를 위해 예산의 절반을\n"
    "농업과 복지 분야에 배정하고\n"
    "읍면별 설명회를 열어\n"
    "주민 의견을 듣기로 했습니다.\n"
    "군은 또 다음 달까지 세부 계획을\n"
    "마련할 계획입니다.\n"
)


def test_a_hard_wrapped_page_reads_its_bullets_across_lines():
    # The first item keeps the line break the page printed inside it: values are spans of the text.
    assert lists(HARD_WRAPPED) == [
        (
            "strategy",
            "기본 방향",
            3,
            ["농촌 소득을 끌어올리는\n스마트 농업 전환", "어르신이 행복한 돌봄 체계 구축", "군민과 함께하는 열린 군정"],
        )
    ]


def test_a_page_of_closed_lines_is_not_read_as_hard_wrapped():
    from policyparse.layout import read_page
    from policyparse.wrapping import hard_wrapped

    assert not hard_wrapped(read_page(HEADINGS))
    assert hard_wrapped(read_page(HARD_WRAPPED))


HEADINGS = (
    "부, 새해 정책목표 발표\n\n"
    "이를 위해 부는 다음과 같은 정책목표를 가지고 뛰겠습니다.\n\n"
    "첫째, 해양 신산업을 키우겠습니다.\n"
    "막 태동하는 크루즈 산업과 해양에너지가 미래 성장 동력이 되도록 적극 지원하겠습니다.\n\n"
    "둘째, 수산업을 미래산업으로 바꾸겠습니다.\n"
    "대표적인 1차 산업인 수산업에 첨단기술을 접목해 부가가치를 끌어올리겠습니다.\n"
)


def test_numbered_headings_with_paragraphs_between_them_are_a_list_with_details():
    doc = policyparse.parse(HEADINGS)
    [en] = doc.enumerations
    assert (en.kind, en.label.text) == ("goal", "정책목표")
    assert [i.text for i in en.items] == ["해양 신산업을 키우겠습니다", "수산업을 미래산업으로 바꾸겠습니다"]
    assert en.items[0].detail.text.startswith("막 태동하는") and en.items[1].detail.text.startswith("대표적인")


def test_numbered_lines_without_a_label_above_are_no_list():
    text = HEADINGS.replace("이를 위해 부는 다음과 같은 정책목표를 가지고 뛰겠습니다.", "장관은 신년사를 발표했다.")
    assert lists(text) == []


def test_an_outline_line_cut_by_the_end_of_the_text_is_no_item():
    text = LEAD + "1. 돌봄 강화\n - 돌봄 센터 확충\n - 돌봄 인력 양성\n - 돌봄 수당 인"
    assert lists(text) == [("other", "돌봄 강화", None, ["돌봄 센터 확충", "돌봄 인력 양성"])]


def test_sans_serif_dingbat_digits_are_number_bullets():
    text = "시는 3대 전략으로 ➊수소 ➋반도체 ➌바이오를 선정했다."
    assert lists(text) == [("strategy", "3대 전략", 3, ["수소", "반도체", "바이오"])]


@pytest.mark.parametrize(
    "text",
    [
        "시는 3개의 전략산업으로 ▲수소 ▲반도체 ▲바이오를 제시했다.",
        "시는 ▲수소 ▲반도체 ▲바이오 등 3개의 전략산업을 육성한다.",
        "시는 수소, 반도체, 바이오 등 3개의 전략산업을 육성한다.",
    ],
)
def test_a_count_with_the_genitive_opens_a_label(text):
    assert lists(text) == [("industry", "3개의 전략산업", 3, ["수소", "반도체", "바이오"])]


@pytest.mark.parametrize("verb", ["소개드립니다.", "소개합니다.", "보고했다.", "발표합니다."])
def test_a_sentence_announcing_the_numbered_lines_below_it_names_them(verb):
    text = (
        "해솔시 새해 업무계획\n\n해솔시가 올해 중점 추진하는 3개의 과제를 " + verb + "\n\n"
        "1. 미세먼지에 총력 대응합니다.\n\n2. 물 관리 체계를 바로잡습니다.\n\n3. 환경 복지 서비스를 넓힙니다.\n"
    )
    items = ["미세먼지에 총력 대응합니다", "물 관리 체계를 바로잡습니다", "환경 복지 서비스를 넓힙니다"]
    assert lists(text) == [("project", "3개의 과제", 3, items)]


def test_a_list_closed_by_etc_after_a_comma_and_a_new_topic_is_that_topics_list():
    text = (
        "시정방침은 △시민과 함께하는 열린행정 △튼튼한 경제 △활기찬 도시, "
        "추진전략은 소통의 열린 동행 등 7개의 전략이 제시됐다."
    )
    assert lists(text)[0] == ("goal", "시정방침", None, ["시민과 함께하는 열린행정", "튼튼한 경제", "활기찬 도시"])


@pytest.mark.parametrize("determiner", ["아래", "다음", "상기"])
def test_a_label_keeps_no_determiner(determiner):
    text = f"시는 {determiner} 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다."
    assert lists(text) == [("strategy", "3대 전략", 3, ["수소", "반도체", "바이오"])]


def test_a_heading_names_its_lines_by_the_counted_phrase_inside_it():
    text = (
        "해솔시, 새해 업무계획 발표\n\n"
        "◇ 시민 삶의 질 향상을 위한 3대 핵심과제 중점 추진\n"
        "❶ 생활권 공원 확충\n"
        "❷ 어르신 돌봄 일자리 확대\n"
        "❸ 청년 주거 지원\n"
    )
    items = ["생활권 공원 확충", "어르신 돌봄 일자리 확대", "청년 주거 지원"]
    assert lists(text) == [("project", "3대 핵심과제", 3, items)]


def test_counted_numbered_lines_under_a_heading_may_be_long():
    long_one = (
        "도심 하천 정비(’25~’28년 1,200억원), 생태 탐방로 조성, "
        "하천 수질 실시간 관리 체계 구축 등 도심 물길 회복 본격 추진"
    )
    text = (
        "해솔시, 새해 업무계획 발표\n\n"
        "◇ 시민과 함께 여는 2대 핵심과제\n"
        f"❶ {long_one}\n"
        "  * 하천별 세부 일정은 별도 공고\n"
        "❷ 버스 노선 개편과 환승 체계 정비\n"
    )
    assert len(long_one) > 70
    assert lists(text) == [("project", "2대 핵심과제", 2, [long_one, "버스 노선 개편과 환승 체계 정비"])]


def test_a_heading_naming_two_counted_lists_gives_the_lines_the_one_whose_count_they_make():
    text = (
        "해솔시, 탄소중립 추진 전략 발표\n\n"
        "[2대 정책 방향과 5대 과제]\n\n"
        "-성장: 저탄소 산업 육성\n"
        "1. 수소 생산 기반 구축\n"
        "2. 전기차 부품 전환\n"
        "-공정: 누구도 소외되지 않는 전환\n"
        "1. 노동자 재교육\n"
        "2. 지역 상생 기금\n"
        "3. 취약계층 에너지 지원\n"
    )
    found = {(label, declared): items for _, label, declared, items in lists(text)}
    assert found[("2대 정책 방향", 2)] == ["성장: 저탄소 산업 육성", "공정: 누구도 소외되지 않는 전환"]


def test_the_same_words_repeated_line_after_line_are_no_list():
    caption = "해솔시 탄소중립 추진 전략 하단 내용 참조"
    text = "해솔시, 탄소중립 추진 전략 발표\n\n추진 전략\n" + "".join(f"- {caption}\n" for _ in range(5))
    assert lists(text) == []


def test_numbered_pledges_in_the_polite_style_are_the_items_a_post_introduces():
    text = (
        "해솔시 새해 업무보고\n\n"
        "해솔시가 올해 중점 추진하는 3개의 과제를 소개드립니다.\n\n"
        "1. 도심 하천을 시민의 쉼터로 되살립니다.\n"
        "2. 어르신 돌봄을 마을 단위로 넓혀 나가겠습니다.\n"
        "3. 청년 창업 공간을 두 배로 늘립니다!\n"
    )
    assert lists(text) == [
        (
            "project",
            "3개의 과제",
            3,
            [
                "도심 하천을 시민의 쉼터로 되살립니다",
                "어르신 돌봄을 마을 단위로 넓혀 나가겠습니다",
                "청년 창업 공간을 두 배로 늘립니다!",
            ],
        )
    ]


def test_numbered_report_sentences_are_still_no_items():
    text = (
        "해솔시 새해 업무보고\n\n"
        "해솔시가 올해 중점 추진하는 3개의 과제를 소개드립니다.\n\n"
        "1. 시는 지난달 도심 하천 정비를 마쳤다. 공사는 두 달 걸렸다.\n"
        "2. 시는 어르신 돌봄 예산을 늘렸다.\n"
        "3. 시는 청년 창업 공간을 새로 열었다.\n"
    )
    assert lists(text) == []


# --- a list named as what a verb of choosing makes it ----------------------------------


def test_an_uncounted_label_that_the_items_are_chosen_as():
    text = "군은 농업 소득 증대, 관광 기반 확충, 청년 정착 지원을 1차 추진전략으로 제시했다."
    assert lists(text) == [("strategy", "1차 추진전략", None, ["농업 소득 증대", "관광 기반 확충", "청년 정착 지원"])]


def test_a_relative_clause_between_the_items_and_the_label_they_are_chosen_as():
    text = "시는 ‘생활 경제 회복’, ‘걷고 싶은 도심’을 민선 8기 시정목표를 이룰 핵심전략으로 내세웠다."
    assert lists(text) == [("strategy", "핵심전략", None, ["생활 경제 회복", "걷고 싶은 도심"])]


def test_items_of_a_modifier_are_not_chosen_as_the_next_label():
    # The comma list belongs to '포함한'; what is chosen as 핵심과제 is the object right before it.
    text = "위원회는 규제 폐지, 세율 인하를 포함한 투자 활성화를 핵심과제로 선정했다."
    assert all(label != "핵심과제" for _, label, _, _ in lists(text))


def test_a_transcript_without_full_stops_ends_its_sentences_at_final_endings():
    filler = "이 자리에는 관계 기관장과 주민 대표 등 많은 사람이 참석해 의견을 나눴습니다 "
    text = (
        "군, 새해 군정 방향 발표\n"
        "군은 어제 군청에서 새해 군정 설명회를 열었습니다 "
        + filler * 3
        + "군은 이 자리에서 농업 소득 증대, 관광 기반 확충, "
        "청년 정착 지원을 3대 중점과제로 제시했습니다 군은 예산의 절반을 이 과제에 쓸 계획입니다\n"
    )
    assert lists(text) == [("project", "3대 중점과제", 3, ["농업 소득 증대", "관광 기반 확충", "청년 정착 지원"])]


def test_an_n_dae_name_after_the_items_names_the_list_over_a_label_before_them():
    text = "시장은 지역의 먹거리 산업으로 드론과 반도체, 인공지능 등 3대 산업을 키우겠다고 밝혔다."
    assert lists(text) == [("industry", "3대 산업", 3, ["드론", "반도체", "인공지능"])]


def test_a_count_after_the_items_declares_the_label_before_them():
    text = "시는 올해 역점사업으로 역세권 개발, 정원 유치, 수변공원 조성 등 5개 사업을 선정했다."
    assert lists(text) == [("project", "역점사업", 5, ["역세권 개발", "정원 유치", "수변공원 조성"])]


def test_the_first_of_a_comma_list_after_its_label_splits_at_a_joining_particle():
    text = "도는 5대 전략산업으로 수소와 이차전지, 바이오, 반도체, 관광을 꼽았다."
    assert lists(text) == [("industry", "5대 전략산업", 5, ["수소", "이차전지", "바이오", "반도체", "관광"])]


def test_an_item_that_closes_a_list_of_its_own_is_no_item():
    text = "도는 조선, 기계 등 기존 주력산업을 제외한 5개 산업군을 새로 분류했다."
    assert all(label != "5개 산업군" for _, label, _, _ in lists(text))


def test_a_bullet_run_named_by_the_phrase_its_last_object_is_taken_as():
    text = "부는 △감염병 대응 역량 강화 △돌봄 기반 내실화, △미래 복지 대응을 기본 방향으로 내년 예산안을 편성했다."
    assert lists(text) == [
        ("strategy", "기본 방향", None, ["감염병 대응 역량 강화", "돌봄 기반 내실화", "미래 복지 대응"])
    ]


def test_a_bullet_run_whose_last_object_is_taken_as_no_list_name_stays_unread():
    assert lists("군은 ▲도로 ▲교량을 중심으로 점검을 벌였다.") == []


# --- a list counted in one sentence and spelled out in the next ones ---------------------


def test_bullets_without_a_label_are_named_by_the_count_said_before_and_continued_after():
    text = (
        "도는 공모를 거쳐 모두 12개 과제를 선정했다.\n\n"
        "과제는 시군의 성장 잠재력을 고려해 정했다.\n\n"
        "선정 내용은 △가평 관광 거점 △양평 친환경 농업 △여주 도자 산업이다.\n\n"
        "또 △이천 반도체 부품 △연천 평화 관광으로 정했다.\n"
    )
    assert lists(text) == [
        (
            "project",
            "12개 과제",
            12,
            ["가평 관광 거점", "양평 친환경 농업", "여주 도자 산업", "이천 반도체 부품", "연천 평화 관광"],
        )
    ]


def test_a_count_smaller_than_the_bullets_does_not_name_them():
    text = "도는 2개 과제를 먼저 정했다.\n\n선정 내용은 △가평 관광 거점 △양평 친환경 농업 △여주 도자 산업이다.\n"
    assert lists(text) == []


def test_a_count_said_long_before_does_not_name_bullets():
    text = (
        "도는 모두 12개 과제를 선정했다. 심사는 두 달 걸렸다. 위원 10명이 참여했다. 결과는 누리집에 올렸다.\n\n"
        "참석자는 △도지사 △시장 △군수였다.\n"
    )
    assert lists(text) == []


def test_two_items_joined_only_by_a_particle_before_a_count():
    text = "후보는 농촌 소득과 청년 일자리 등 5대 정책을 제시했다."
    assert lists(text) == [("project", "5대 정책", 5, ["농촌 소득", "청년 일자리"])]


def test_two_items_joined_only_by_a_particle_chosen_as_a_label():
    text = "군은 올해 주민 참여와 관광 활성화를 주요 시책으로 꼽았습니다."
    assert lists(text) == [("project", "주요 시책", None, ["주민 참여", "관광 활성화"])]


def test_a_pair_under_an_uncounted_name_is_no_list():
    assert lists("시는 도로와 교량 등 관련 사업을 점검했다.") == []


def test_the_last_bullet_runs_to_a_closing_count_over_its_own_particles():
    text = (
        "도는 기본 전략으로 ▲관광 거점 조성 ▲청년 창업 지원 ▲접경 지역을 연결해 평화를 여는 경제 전략 등 "
        "3가지를 채택했다."
    )
    assert lists(text) == [
        ("strategy", "기본 전략", 3, ["관광 거점 조성", "청년 창업 지원", "접경 지역을 연결해 평화를 여는 경제 전략"])
    ]


def test_the_subject_before_a_middot_list_is_no_part_of_its_first_item():
    text = "이 사업은 시가 첨단자동차·로봇·바이오 등 미래 먹거리 산업을 키우려 시작했다."
    assert lists(text) == [("industry", "미래 먹거리 산업", None, ["첨단자동차", "로봇", "바이오"])]


# --- two lists in one sentence, each closed by its own 등 ----------------------------------


def test_two_lists_closed_by_their_own_closers_in_one_sentence():
    text = (
        "시는 인쇄산업, 렌즈산업, 금형산업 등 지역연고산업과 생명의학 연구센터, 보안공학 연구센터 등 "
        "지역혁신센터사업 등 특화사업에 91억원을 지원한다."
    )
    found = {label: items for _, label, _, items in lists(text)}
    assert found["지역연고산업"] == ["인쇄산업", "렌즈산업", "금형산업"]
    assert found["지역혁신센터사업"] == ["생명의학 연구센터", "보안공학 연구센터"]


def test_a_label_never_reaches_back_over_the_closer_of_another_list():
    text = "시는 정보통신, 바이오, 소재산업 등 4대 전략산업 분야의 기술개발, 인력양성, 마케팅 등의 사업을 지원한다."
    labels = [label for _, label, _, _ in lists(text)]
    assert "4대 전략산업" in labels and all(not label.startswith("소재산업") for label in labels)


def test_a_closer_inside_an_item_with_no_joined_noun_stays_in_the_item():
    text = "경찰은 4대 과제로 ▲아동·청소년 등 보호 강화 ▲여성 안심 치안망 구축 ▲교통 안전 확보를 제시했다."
    assert lists(text)[0][3][0] == "아동·청소년 등 보호 강화"


def test_bullets_grouped_by_topic_phrases_end_at_each_groups_object():
    text = (
        "도는 경제 분야에서는 ▲창업 도시 ▲청년 일자리를, 복지 분야에서는 ▲돌봄 공동체 ▲평생학습 "
        "등 모두 4개 과제를 제시했다."
    )
    assert lists(text) == [("project", "4개 과제", 4, ["창업 도시", "청년 일자리", "돌봄 공동체", "평생학습"])]


# --- shapes issue 11 names, each on a sentence of our own ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "시는 ‘5대 신산업’으로 ▲수소 ▲반도체 ▲바이오 ▲로봇 ▲우주를 선정했다.",
            ("industry", "5대 신산업", 5, ["수소", "반도체", "바이오", "로봇", "우주"]),
        ),
        (
            "도는 「3대 비전」으로 ▲활력 경제 ▲행복 복지 ▲안전 도시를 내놨다.",
            ("other", "3대 비전", 3, ["활력 경제", "행복 복지", "안전 도시"]),
        ),
        ("시는 3대 방향성으로 ▲개방 ▲혁신 ▲포용을 제시했다.", ("strategy", "3대 방향성", 3, ["개방", "혁신", "포용"])),
        (
            "시는 모두가 행복한 복지, 희망이 넘치는 농촌의 2대 목표를 세웠다.",
            ("goal", "2대 목표", 2, ["모두가 행복한 복지", "희망이 넘치는 농촌"]),
        ),
        (
            "시는 ‘녹색 성장’ ‘스마트 도시’ ‘문화 관광’을 3대 방향으로 정했다.",
            ("strategy", "3대 방향", 3, ["녹색 성장", "스마트 도시", "문화 관광"]),
        ),
        (
            "시는 미래차, 로봇, 물, 의료로 구성된 ‘4+1 산업’을 육성한다.",
            ("industry", "4+1 산업", None, ["미래차", "로봇", "물", "의료"]),
        ),
        (
            "시는 3대 산업으로 수소 육성△반도체 육성△바이오 육성을 정했다.",
            ("industry", "3대 산업", 3, ["수소 육성", "반도체 육성", "바이오 육성"]),
        ),
        (
            "시는 다음 3대 전략을 추진한다. ▲경제 회복 ▲복지 확대 ▲안전 강화.",
            ("strategy", "3대 전략", 3, ["경제 회복", "복지 확대", "안전 강화"]),
        ),
        (
            "시는 다음 3대 전략을 추진한다.\n▲경제 회복 ▲복지 확대 ▲안전 강화\n시는 예산을 늘린다.\n",
            ("strategy", "3대 전략", 3, ["경제 회복", "복지 확대", "안전 강화"]),
        ),
    ],
)
def test_issue_shapes(text, expected):
    assert lists(text) == [expected]



def test_middot_items_before_etc_chosen_as_a_compound_other_head():
    text = "시는 조사에서 경제도약·혁신성장·삶의 질·스마트 등을 핵심키워드로 도출했다."
    assert lists(text) == [("other", "핵심키워드", None, ["경제도약", "혁신성장", "삶의 질", "스마트"])]


def test_a_count_between_etc_and_the_chosen_label_declares_it():
    text = "시는 A안·B안·C안 등 3개를 시정 운영 방향으로 제시했다."
    assert lists(text) == [("strategy", "시정 운영 방향", 3, ["A안", "B안", "C안"])]


def test_middots_joining_the_predicates_of_a_clause_make_no_items():
    text = "군은 현황을 검토·분석한 후 4대 혁신성장산업을 정했다."
    assert lists(text) == []


def test_award_categories_are_no_policy_list():
    assert lists("대회는 혁신·서비스·협업·소통 등 4개 분야의 시상을 통합했다.") == []


# --- evidence: which of two readings of the same words is read ----------------------------


def test_of_two_labels_naming_the_same_items_the_one_whose_count_agrees_is_read():
    """'방침으로 ‘A, B, C, D’ 등 4개 방침을': the label before the items and the counted one after them
    read the same four items; the count agreeing with them outweighs the shape's order."""
    text = (
        "구는 새해 구정 방침으로 ‘함께 여는 열린행정, 즐거운 생활문화, 든든한 복지안전, 힘찬 지역경제’ 등 "
        "4개 방침을 정했다."
    )
    assert lists(text) == [
        ("goal", "4개 방침", 4, ["함께 여는 열린행정", "즐거운 생활문화", "든든한 복지안전", "힘찬 지역경제"])
    ]
    explanation = policyparse.explain(text)
    [kept] = explanation.kept
    [rival] = [c for c in explanation.rejected if c.label.text == "구정 방침"]
    assert kept.evidence["count agrees"] is True and rival.evidence["count agrees"] is None
    assert kept.evidence["score"] > rival.evidence["score"]
    assert "read first as the list '4개 방침'" in rival.reason


def test_a_count_that_the_items_do_not_meet_gives_no_weight():
    """Bullets outrank a prose reading of the same words; a count the bullets do not meet takes no
    score from them (only agreement weighs)."""
    from policyparse.lists.evidence import COUNT_AGREES_WEIGHT, SHAPE_WEIGHTS, Evidence

    agreeing = Evidence("prose-after", 3, 3, True, False)
    differing = Evidence("prose-after", 4, 3, True, False)
    uncounted = Evidence("prose-after", None, 3, False, False)
    assert agreeing.score == SHAPE_WEIGHTS["prose-after"] + COUNT_AGREES_WEIGHT
    assert differing.score == uncounted.score == SHAPE_WEIGHTS["prose-after"]
    assert Evidence("inline", None, 3, False, False).score > differing.score


def test_growth_engines_name_a_list_without_a_count():
    assert lists("시는 인공지능, 바이오, 로봇 등 미래 성장동력을 키우기로 했다.") == [
        ("other", "미래 성장동력", None, ["인공지능", "바이오", "로봇"])
    ]
    assert lists("도는 수소·양자·우주 등 신성장동력이 자리 잡도록 돕는다.")[0][1:] == (
        "신성장동력",
        None,
        ["수소", "양자", "우주"],
    )
    # other heads of kind 'other' still need a count: "교육·복지·문화 등 분야" names no list
    assert lists("구는 교육, 복지, 문화 등 생활 분야를 고르게 챙긴다.") == []


def test_a_postings_fields_printed_as_bulleted_lines_are_no_list():
    """Portals print a release's fields as lines, glued or with a colon: no list of 'items'."""
    text = (
        "시, 도시 정비 계획 공개\n"
        "- 담당부서도시정책과\n- 담당자홍길동\n- 전화번호02-123-4567\n- 등록일2030-01-02\n- 조회1234\n\n"
        "시는 새 도시 정비 계획을 공개했다. 3대 과제는 ▲빈집 정비 ▲골목 재생 ▲공원 확충이다.\n"
    )
    assert lists(text) == [("project", "3대 과제", 3, ["빈집 정비", "골목 재생", "공원 확충"])]
    fields = "• 등록일 : 2030-01-02\n• 조회수 : 77\n• 담당자 : 홍길동\n"
    text = "구, 예산안 발표\n\n주요 사업\n" + fields
    assert lists(text) == []
    assert any("a posting's fields" in c.reason for c in policyparse.explain(text).rejected)


def test_a_counted_label_after_etc_names_the_items_before_it_not_the_words_after():
    text = "시는 정보통신, 바이오, 로봇 등 3대 전략산업 분야의 기술개발, 기술지원, 인력양성 등의 지원사업을 펼친다."
    assert lists(text) == [("industry", "3대 전략산업", 3, ["정보통신", "바이오", "로봇"])]
    # with no 등 before it, the counted label opens the list that follows it
    assert lists("시는 3개 핵심과제 경제활력 회복, 복지 확대, 교통 개선을 추진한다.")[0][3] == [
        "경제활력 회복",
        "복지 확대",
        "교통 개선",
    ]


def test_items_joined_by_gwa_keep_their_own_modifiers():
    """'살기 좋은 농촌과 든든한 공동체 등 10대 정책': the modifier after 과 opens the second item, and the
    first takes its modifier with the nominalized verb before it ('살기 좋은')."""
    assert lists("박 후보는 살기 좋은 농촌과 든든한 공동체 등 10대 정책을 제시했다.") == [
        ("project", "10대 정책", 10, ["살기 좋은 농촌", "든든한 공동체"])
    ]
    assert lists("군은 깨끗한 하천과 걷기 편한 골목 등 5대 사업을 펼친다.")[0][3] == ["깨끗한 하천", "걷기 편한 골목"]


# An outline heading whose children carry two markers equally often ("ㅇ" twice, "□" twice under a note).
TIED_MARKERS = (
    "2025년 주요 추진계획\n□ 기대효과\n ㅇ 청년 일자리 확대\n ㅇ 지역 산업 육성\n ※ 2026년 예산 내역\n"
    " □ 문화 관광 활성화\n  ㅇ 관광 예산 10억원\n □ 친환경 교통 확충\n  ㅇ 교통 예산 5억원\n"
)
READ_LISTS = (
    "import json, sys, policyparse; d = policyparse.parse(sys.stdin.read()); "
    "print(json.dumps([[e.label.text, [i.text for i in e.items]] for e in d.enumerations], ensure_ascii=False))"
)


def test_the_reading_does_not_depend_on_the_hash_seed():
    """A tie between two markers goes to the first one, in every process (string hashes are seeded
    per process, so an order taken from a set would change from run to run)."""
    readings = set()
    for seed in ("1", "2", "3"):
        run = subprocess.run(
            [sys.executable, "-c", READ_LISTS],
            input=TIED_MARKERS,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        readings.add(run.stdout)
    assert len(readings) == 1
    assert ["기대효과", ["청년 일자리 확대", "지역 산업 육성"]] in json.loads(readings.pop())


def test_the_plural_suffix_stays_out_of_the_label_as_a_particle_does():
    text = "군수는 ▲하천 정비 ▲어촌 체험마을 조성 ▲농산물 직거래 확대 등 주요 시책사업들을 제시했다."
    assert lists(text) == [
        ("project", "주요 시책사업", None, ["하천 정비", "어촌 체험마을 조성", "농산물 직거래 확대"])
    ]


def test_items_before_a_label_given_by_fields_name_the_fields_not_a_list():
    assert lists("이 계획은 교육·문화·환경 등 도정 분야별 주요전략들을 담고 있다.") == []
    # a label given by regions is not given by categories: its items are what it names
    assert lists("시는 해안 둘레길, 호수 생태공원 등 권역별 관광전략을 추진한다.") == [
        ("strategy", "권역별 관광전략", None, ["해안 둘레길", "호수 생태공원"])
    ]


def test_a_label_after_the_closer_ends_at_its_last_policy_head():
    # the noun after the head says what is done with the list, not what it is
    assert lists("시는 김치, 장류, 전통주 등 발효식품산업 기반을 넓힌다.") == [
        ("industry", "발효식품산업", None, ["김치", "장류", "전통주"])
    ]
    assert lists("항만, 물류, 수산가공 등 해양산업 거점도시로 변신하고 있다.") == [
        ("industry", "해양산업", None, ["항만", "물류", "수산가공"])
    ]


def test_no_list_is_named_by_a_whole_its_items_make_up_or_inside_a_longer_list():
    # the items are the parts of an ecosystem, not kinds of its industry
    assert lists("시는 전기버스, 충전소, 정비창 등 수소산업 생태계를 만든다.") == []
    # '… 신산업 육성' is itself one item of the list closed by the second 등
    text = "시는 공원 조성, 하천 복원 등 녹색 기반 확대와 해상풍력, 태양광 등 재생에너지 신산업 육성 등을 추진한다."
    assert lists(text) == []


def test_when_the_count_says_the_commas_do_not_part_the_items_the_middots_do():
    text = "시는 올해 깨끗한 환경도시·함께 사는 복지도시·작은 것부터, 큰 변화까지 등 3개를 시정 방향으로 제시했다."
    assert lists(text) == [
        ("strategy", "시정 방향", 3, ["깨끗한 환경도시", "함께 사는 복지도시", "작은 것부터, 큰 변화까지"])
    ]


def test_a_particle_with_the_genitive_on_it_joins_its_word_to_the_label_head():
    # '앞으로의' is '앞' with two particles: it modifies '과제', it names nothing itself
    text = "시는 하천 정비 마무리, 교통 체계 개편, 돌봄 시설 확충 등 앞으로의 과제도 점검했다."
    assert lists(text) == [
        ("project", "앞으로의 과제", None, ["하천 정비 마무리", "교통 체계 개편", "돌봄 시설 확충"])
    ]


def test_a_summary_by_two_items_and_the_whole_list_under_one_count_and_head_are_one_list():
    text = (
        "시는 올해 안전, 일자리 등 5개 분야 30개 사업을 추진한다. "
        "5개 시정 분야는 안전한 도시, 좋은 일자리, 따뜻한 복지, 푸른 환경, 열린 행정이다."
    )
    assert lists(text) == [
        ("other", "5개 시정 분야", 5, ["안전한 도시", "좋은 일자리", "따뜻한 복지", "푸른 환경", "열린 행정"])
    ]


def test_a_list_labelled_by_areas_names_places_not_policy_items():
    assert lists("도는 3개 권역(동부, 서부, 남부)을 기준으로 과제를 나눴다.") == []
    # a policy head after the area word still names its list
    assert lists("도는 권역별 3대 전략(해양관광, 산림휴양, 도심재생)을 세웠다.") == [
        ("strategy", "권역별 3대 전략", 3, ["해양관광", "산림휴양", "도심재생"])
    ]


def test_a_count_the_bullets_miss_may_count_the_members_they_group_in_brackets():
    text = "도는 6개 산업을 △기반 분야(조선·기계·철강) △성장 분야(수소·바이오) △새싹 분야(우주)로 나눴다."
    assert lists(text) == [
        ("industry", "6개 산업", 6, ["조선", "기계", "철강", "수소", "바이오", "우주"]),
        # each group of two or more members is a list of its own, named as printed (FORMAT: nested lists)
        ("other", "기반 분야", None, ["조선", "기계", "철강"]),
        ("other", "성장 분야", None, ["수소", "바이오"]),
    ]
    # a count the bullets meet keeps the bullets
    text = "도는 3개 산업을 △기반 분야(조선·기계) △성장 분야(수소·바이오) △새싹 분야(우주)로 나눴다."
    assert [items for *_, items in lists(text)] == [
        ["기반 분야(조선·기계)", "성장 분야(수소·바이오)", "새싹 분야(우주)"]
    ]


def test_examples_given_group_by_group_after_a_count_are_items_of_the_counted_list():
    text = (
        "시는 올해 24개 과제를 발굴했다. 산업 분야로는 수소 충전망 구축, 로봇 실증단지 조성 등 10건, "
        "교통 분야로는 도심 트램 도입 등 8개 과제가 제시됐다. 환경 분야로는 하천 복원, 숲길 조성 등이 추진된다."
    )
    # the groups' own counts (10건, 8개 과제) do not name the list: the total said before them does,
    # and the list goes on into the next sentence (FORMAT: one list continued over sentences)
    assert lists(text) == [
        (
            "project",
            "24개 과제",
            24,
            ["수소 충전망 구축", "로봇 실증단지 조성", "도심 트램 도입", "하천 복원", "숲길 조성"],
        )
    ]


def test_groups_of_attendees_or_examples_with_a_name_of_their_own_are_not_read_as_groups():
    text = "시는 5대 과제를 발표했다. 행사에는 시의원, 구청장 등이 참석했고, 토론회에는 교수, 연구원 등이 참여했다."
    assert lists(text) == []
    text = "시는 3대 과제를 정했다. 여기에는 하천 정비, 공원 조성 등 ‘녹색 사업’ 2건이 담겼다."
    assert all(label != "3대 과제" for _, label, _, _ in lists(text))
