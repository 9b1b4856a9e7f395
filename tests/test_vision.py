"""The vision: which slogan an article names, in the forms the genre uses (FORMAT.md)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policyparse


def vision_of(text: str) -> str | None:
    doc = policyparse.parse(text)
    if doc.vision is None:
        return None
    assert doc.text[doc.vision.span.start : doc.vision.span.end] == doc.vision.text
    return doc.vision.text


def test_a_vision_outranks_a_slogan_named_before_it():
    text = "시는 ‘힘찬 도시 점프업’을 슬로건으로 내걸었다. 계획은 ‘다시 태어나는 산업 도시’를 비전으로 삼았다."
    assert vision_of(text) == "다시 태어나는 산업 도시"


def test_among_a_goal_and_a_slogan_the_first_named():
    text = "구는 새로운 구정 목표로 ‘더불어 행복한 구’를 선정했다. 슬로건은 ‘내일을 여는 구’로 정했다."
    assert vision_of(text) == "더불어 행복한 구"


@pytest.mark.parametrize(
    ("text", "vision"),
    [
        ("정부가 국정 비전으로 `다시 뛰는 나라, 함께 사는 국민`을 선정했다.", "다시 뛰는 나라, 함께 사는 국민"),
        ("부는 “평화와 번영의 관계 실현”을 올해 정책비젼으로 제시했다.", "평화와 번영의 관계 실현"),
        ("핵심 캐치프레이즈인 '일류 경제도시'를 만들기 위한 방안이다.", "일류 경제도시"),
        ("도는 '농생명 수도, 우리 도' 비전 선포식을 열었다.", "농생명 수도, 우리 도"),
        (
            "교육감은 '새로운 학교 행복한 아이들'이라는 비전 실현을 위해 노력하겠다고 말했다.",
            "새로운 학교 행복한 아이들",
        ),
        ("경찰은 ‘시민의 평온한 일상 보호’를 올해 정책 목표로 설정했다.", "시민의 평온한 일상 보호"),
    ],
)
def test_forms_of_naming_the_slogan(text, vision):
    assert vision_of(text) == vision


def test_a_slogan_on_the_line_after_its_keyword_in_a_wrapped_page():
    text = "도는 중장기 전략을 발표하고 비전으로\n‘활력 있는 경제, 더불어 사는 공동체’를\n제시했다.\n"
    assert vision_of(text) == "활력 있는 경제, 더불어 사는 공동체"


def test_a_plan_title_holding_the_word_is_no_vision():
    assert vision_of("도는 ‘도정비전 2040’을 발표하고 비전으로 삼았다.") is None


PIECES = [
    "비전",
    "목표",
    "슬로건",
    "구호",
    "시정",
    " ",
    "  ",
    "은 ",
    "으로 ",
    "‘힘찬 도시’",
    "'새 길'",
    ":",
    " : ",
    "[",
    "]",
    "5대 ",
    "도",
    ".",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_patterns_tried_only_before_keywords_find_what_a_full_scan_finds(pieces):
    """read_vision tries the keyword-led patterns only at the few starts before each keyword; on any
    mix of keywords, qualifiers, quotes and brackets that gives the matches a scan of every letter gives."""
    from policyparse import vision

    text = "".join(pieces)
    keywords = [m.start() for m in vision.VISION_WORD.finditer(text)]
    for pattern, reach in vision.PATTERNS:
        tried = [m.span() for m in vision._matches(pattern, reach, text, 0, len(text), keywords)]
        assert tried == [m.span() for m in pattern.finditer(text)]
