"""The contact box of an official release: department and contact, only from its fields."""

from __future__ import annotations

import pytest

import policyparse

BODY = "해솔시, 미래 산업 3대 전략 발표\n\n해솔시는 7일 새 산업 전략을 발표했다고 밝혔다.\n"


@pytest.mark.parametrize(
    ("fields", "department", "contact"),
    [
        ("담당 부서 | 미래산업국 | 책임자 | 과  장 | 김하늘 | (031-123-4567)", "미래산업국", "031-123-4567"),
        ("• 담당부서 : 재정운용담당관\n• 담당자 : 김하늘", "재정운용담당관", None),
        ("- 담당부서미래정책과\n- 담당자이바다\n- 전화번호031-****-1234", "미래정책과", "031-****-1234"),
        ("* 문의 : 기획조정실 홍보담당관 김하늘 주무관 (02)2100-1234", "기획조정실 홍보담당관", "(02)2100-1234"),
        ("보도자료담당부서 : 미래전략실 산업담당관 산업담당관 김하늘 2133-8680", "미래전략실 산업담당관", "2133-8680"),
        ("연락처 : haneul.kim@haesol.go.kr", None, "haneul.kim@haesol.go.kr"),
    ],
)
def test_fields_of_the_contact_box(fields, department, contact):
    doc = policyparse.parse(BODY + "\n" + fields + "\n")
    assert (doc.department and doc.department.text) == department
    assert (doc.contact and doc.contact.text) == contact
    for value in (doc.department, doc.contact):
        if value is not None:
            assert doc.text[value.span.start : value.span.end] == value.text


def test_a_department_named_in_a_sentence_or_a_speech_is_no_field():
    doc = policyparse.parse(
        BODY + "자세한 내용은 담당부서로 문의하면 된다.\n김 시장은 “문의 전화 031-123-4567로 연락을 달라”고 말했다.\n"
    )
    assert doc.department is None and doc.contact is None


def test_a_table_row_label_keeps_the_cell_separator_out():
    row = "전략 | 더 크게 | 3대 추진과제 | 1. 수소 경제 육성 2. 반도체 소재 강화 3. 바이오 헬스 지원"
    doc = policyparse.parse("해솔시 업무계획을 발표했다.\n\n" + row + "\n")
    assert doc.enumerations[0].label.text == "3대 추진과제"
