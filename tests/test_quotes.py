"""Quotes and their speakers."""

from __future__ import annotations

import json

import pytest

import policyparse


def quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker.text if q.speaker else None, q.text) for q in policyparse.parse(text).quotes]


def test_speaker_before_the_quote():
    assert quotes("이용섭 시장은 “일자리를 만들겠다”고 밝혔다.") == [("이용섭 시장", "일자리를 만들겠다")]


def test_speaker_with_affiliation_and_words_between():
    assert quotes("양진석 광주경총 회장은 인사말을 통해 “함께 노력하자”며 “감사하다”고 말했다.") == [
        ("양진석 광주경총 회장", "함께 노력하자"),
        ("양진석 광주경총 회장", "감사하다"),
    ]


def test_short_form_resolves_to_the_full_mention():
    text = '홍민기 김해시장이 21일 시정연설을 했다.\n홍 시장은 "새 전기를 만들겠다"고 말했다.'
    assert quotes(text) == [("홍민기 김해시장", "새 전기를 만들겠다")]
    text = "채인수 화성시장은 3일 임시회에 참석했다.\n채시장은 “노력하겠다”고 말했다."
    assert quotes(text) == [("채인수 화성시장", "노력하겠다")]


def test_continuing_speaker():
    text = "박서연 장관은 “현장을 듣겠다”고 말했다.\n이어 “원년으로 삼겠다”고 덧붙였다."
    assert quotes(text) == [("박서연 장관", "현장을 듣겠다"), ("박서연 장관", "원년으로 삼겠다")]


@pytest.mark.parametrize("opener", ["그는 이어", "이어 그는", "그러면서 그녀는", "그는 또"])
def test_the_pronoun_with_a_continuer_continues_the_previous_speaker(opener):
    text = f"박서연 장관은 “현장을 듣겠다”고 말했다. {opener} “원년으로 삼겠다”고 덧붙였다."
    assert quotes(text) == [("박서연 장관", "현장을 듣겠다"), ("박서연 장관", "원년으로 삼겠다")]


def test_quote_paragraph_attributed_by_the_next_sentence():
    text = '"내년은 새 전기가 될 것입니다."\n홍민기 김해시장이 21일 시정연설에서 한 말이다.'
    assert quotes(text) == [("홍민기 김해시장", "내년은 새 전기가 될 것입니다.")]


def test_broadcast_caption_speaker():
    text = '[리포트] 설명이 이어졌습니다 [이승대/대구시 혁신성장국장 : "로봇이 앞서가고 있습니다 "] 그런데'
    assert quotes(text) == [("이승대/대구시 혁신성장국장", "로봇이 앞서가고 있습니다")]


def test_an_unnamed_official_is_a_quote_with_the_role_as_speaker():
    doc = policyparse.parse('29일 울산광역시 관계자는 "계획을 발표했다"고 밝혔다.')
    [quote] = doc.quotes
    assert (quote.speaker.text, quote.text, quote.named) == ("울산광역시 관계자", "계획을 발표했다", False)
    assert doc.text[quote.speaker.span.start : quote.speaker.span.end] == "울산광역시 관계자"
    assert [(q.speaker.text, q.named) for q in policyparse.parse("이날 시 관계자는 “듣겠다”고 했다.").quotes] == [
        ("시 관계자", False)
    ]
    after = policyparse.parse("“예산은 충분하다”고 해솔시 예산 담당자가 설명했다.").quotes
    assert [(q.speaker.text, q.named) for q in after] == [("해솔시 예산 담당자", False)]


def test_named_speakers_are_marked_named():
    assert [q.named for q in policyparse.parse("이용섭 시장은 “일자리를 만들겠다”고 밝혔다.").quotes] == [True]


def test_organisation_speakers_are_diagnostics_not_quotes():
    doc = policyparse.parse('울산시는 "99조 원"으로 전망했다.\n시는 “협력하겠다”고 밝혔다.')
    assert doc.quotes == []
    assert any(d.code == "quote-unattributed" for d in doc.diagnostics)


def test_unclosed_quote_at_a_cut_is_dropped():
    assert quotes("조명수 위원장은 “보람찼다”며 “감사의 인사를 드리며, 활동백서 ") == [("조명수 위원장", "보람찼다")]


def test_single_quoted_phrases_are_not_speech():
    assert quotes("시는 ‘함께 행복한 교육’을 발간했다고 밝혔다.") == []


def test_speaker_named_after_the_quote():
    assert quotes("“시민과 함께 가겠다”고 박민준 시장은 말했다.") == [("박민준 시장", "시민과 함께 가겠다")]


def test_quoted_titles_are_not_speech():
    assert quotes("박서연 장관은 “2024 업무계획”을 발표하고 설명회를 열었다.") == []


def test_broadcast_caption_names_any_person():
    text = '[리포트] 시민들도 반깁니다 [김하늘/대구시 수성구 : "교통이 편해지겠죠 "] 이어서'
    assert quotes(text) == [("김하늘/대구시 수성구", "교통이 편해지겠죠")]


def test_adverbs_before_a_bare_title_are_no_name():
    assert quotes("이날 시장은 “좋은 정책이다”라고 말했다.") == []
    assert quotes("특히 장관은 “현장을 보겠다”고 밝혔다.") == []


def test_short_quotes_count():
    assert quotes("김민수 시장은 “좋다”고 말했다.") == [("김민수 시장", "좋다")]


def test_a_short_form_after_an_adverb():
    text = "박민준 부산시장은 “세계로 나가겠다”고 말했다.\n\n또 박 시장은 “시민과 함께하겠다”고 덧붙였다."
    assert quotes(text) == [("박민준 부산시장", "세계로 나가겠다"), ("박민준 부산시장", "시민과 함께하겠다")]


def test_a_quote_reported_by_someone_unnamed_is_not_the_previous_speakers():
    text = (
        "이장우 시장은 “대전을 신산업 수도로 만들겠다”고 말했다.\n\n"
        "“대전의 미래는 신산업에 달려 있다”고 시 관계자는 설명했다.\n\n"
        "“기업 유치에 총력을 다하겠다”고 그는 덧붙였다."
    )
    doc = policyparse.parse(text)
    assert [(q.speaker.text if q.speaker else None, q.text, q.named) for q in doc.quotes] == [
        ("이장우 시장", "대전을 신산업 수도로 만들겠다", True),
        ("시 관계자", "대전의 미래는 신산업에 달려 있다", False),
        ("이장우 시장", "기업 유치에 총력을 다하겠다", True),
    ]
    assert doc.diagnostics == []


def test_a_speaker_named_as_whose_words_they_are():
    assert quotes("“시민과 함께하겠다.” 김영수 시장의 말이다.") == [("김영수 시장", "시민과 함께하겠다.")]
    assert quotes("행사에서 “시민과 함께 가겠다” 김영수 시장의 설명이다.") == [("김영수 시장", "시민과 함께 가겠다")]


def test_a_series_of_quotes_and_a_surname_that_is_also_a_word():
    assert quotes("이용섭 시장은 “일자리를 만들겠다”, “청년을 돕겠다”고 말했다.") == [
        ("이용섭 시장", "일자리를 만들겠다"),
        ("이용섭 시장", "청년을 돕겠다"),
    ]
    # quoted titles in a series are no speech
    assert quotes("이용섭 시장은 “혁신 성장”, “포용 복지”, “녹색 전환”을 3대 전략으로 제시했다.") == []
    # "이 시장" after "이용섭 시장" is Mayor Lee, not "this mayor"; alone it names nobody
    text = "이용섭 시장은 “일자리를 만들겠다”고 밝혔다. 이 시장은 또 “청년을 돕겠다”고 했다."
    assert quotes(text) == [("이용섭 시장", "일자리를 만들겠다"), ("이용섭 시장", "청년을 돕겠다")]
    assert quotes("이 시장은 “일자리를 만들겠다”고 밝혔다.") == []


def test_one_unnamed_member_is_no_speaker():
    # "한 의원은": one councillor, unless a 한 was named in full before
    assert quotes('한 의원은 "실행계획을 보완해야 한다"고 지적했다.') == []
    text = '한동훈 의원은 회의에 참석했다. 한 의원은 "예산을 보완해야 한다"고 말했다.'
    assert quotes(text) == [("한동훈 의원", "예산을 보완해야 한다")]


def test_a_title_held_with_another_and_the_surname_before_it():
    text = (
        '이주호 부총리 겸 교육부 장관은 "성과를 체감하도록 하겠다"고 말했다. '
        '이 부총리는 "돌봄 부담을 덜겠다"고 덧붙였다.'
    )
    assert quotes(text) == [
        ("이주호 부총리 겸 교육부 장관", "성과를 체감하도록 하겠다"),
        ("이주호 부총리", "돌봄 부담을 덜겠다"),
    ]


def test_a_speaker_who_says_it_thus_or_announces_it():
    text = '"부산을 허브도시로 만들겠다." 박형준 부산시장은 이렇게 말했다.'
    assert quotes(text) == [("박형준 부산시장", "부산을 허브도시로 만들겠다.")]
    text = "유정복 시장은 신년사에서 다음과 같이 말했다.\n“인천의 미래를 열겠습니다.”"
    assert quotes(text) == [("유정복 시장", "인천의 미래를 열겠습니다.")]
    # a title in quotation marks after such a sentence is still no speech
    assert quotes("유정복 시장은 이렇게 말했다. 시는 “2024 업무계획”을 발표했다.") == []


def test_answers_under_an_interviewer_s_questions():
    text = (
        '<인터뷰> 박완수 경남지사 "3대 산업 키운다"\n-올해 도정 목표는.\n'
        '"경남을 제조업의 중심으로 만드는 것이다."\n-청년 정책은?\n"청년이 떠나지 않는 경남을 만들겠다."\n'
    )
    assert quotes(text) == [
        ("박완수 경남지사", "경남을 제조업의 중심으로 만드는 것이다."),
        ("박완수 경남지사", "청년이 떠나지 않는 경남을 만들겠다."),
    ]


def test_a_long_interview_looks_for_its_interviewee_once(monkeypatch):
    """Hundreds of answers share one interviewee, found once (looking again per answer went quadratic)."""
    from policyparse import quotes as stage

    calls = []
    find = stage._interviewee
    monkeypatch.setattr(stage, "_interviewee", lambda doc, page: calls.append(1) or find(doc, page))
    answers = "".join(f"-{i}번째 질문은?\n\"{i}번째 답을 드리겠다.\"\n" for i in range(200))
    doc = policyparse.parse('<인터뷰> 박완수 경남지사 "3대 산업 키운다"\n' + answers)
    assert len(doc.quotes) == 200 and {q.speaker.text for q in doc.quotes} == {"박완수 경남지사"}
    assert calls == [1]


def test_a_broadcast_caption_over_the_quote():
    text = '[리포트]\n시는 5대 사업을 발표했습니다.\n[인터뷰] 홍준표/대구시장\n"미래 50년의 기반을 다지겠습니다."\n'
    assert quotes(text) == [("홍준표/대구시장", "미래 50년의 기반을 다지겠습니다.")]


def test_a_speaker_goes_on_in_the_next_outline_item_of_an_official_release():
    doc = policyparse.parse(
        "해솔시, 새 계획 발표\n\n"
        "□ 김하늘 시장은 “이번 계획은 시민이 주인이 되는 도시를 만드는 데 목적이 있다”라며,\n"
        " ○ “앞으로도 시민과 소통하며 계획을 차질 없이 추진하겠다”고 밝혔다.\n"
    )
    said = [(q.speaker.text, q.text[:5]) for q in doc.quotes]
    assert said == [("김하늘 시장", "이번 계획"), ("김하늘 시장", "앞으로도 ")]


def test_the_quotes_measure_scores_named_speakers_only(tmp_path):
    text = (
        "해솔시, 새 계획 발표\n\n김해솔 시장은 “함께 가겠다”고 밝혔다.\n"
        "이날 시 관계자는 “의견을 듣겠다”고 말했다.\n"
    )
    (tmp_path / "syn-quotes.txt").write_text(text, encoding="utf-8")
    gold = {
        "id": "syn-quotes", "title": "해솔시, 새 계획 발표", "published": None, "reporter": None,
        "agency": "해솔시", "vision": None, "enumerations": [],
        "quotes": [{"speaker": "김해솔 시장", "text": "함께 가겠다"}],
    }  # fmt: skip
    (tmp_path / "syn-quotes.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert len(policyparse.parse(text).quotes) == 2
    from policyparse.evaluate import evaluate  # policyparse.evaluate is the submodule once it is imported

    report = evaluate(tmp_path)
    assert (report.quotes.tp, report.quotes.fp, report.quotes.fn) == (1, 0, 0)


def test_curly_marks_typed_the_wrong_way_round_still_pair():
    text = "김해솔 이사장은 “올해는 변화의 해가 되겠다“며, ”시민과 함께 새 길을 열겠다“고 말했다."
    assert quotes(text) == [
        ("김해솔 이사장", "올해는 변화의 해가 되겠다"),
        ("김해솔 이사장", "시민과 함께 새 길을 열겠다"),
    ]
    # a proper closer still closes a quote that a slogan in the sentence follows
    assert quotes("박해솔 시장은 “함께 가는 도시”를 내걸고 “시민이 주인”이라고 강조했다.") == [
        ("박해솔 시장", "시민이 주인")
    ]
