"""The founding document reads exactly as its gold file says."""

from __future__ import annotations

import datetime as dt
import json

from conftest import DEV, needs_shared
from policyparse.evaluate import Report, norm, score_document


def test_seed_metadata(seed_doc):
    assert seed_doc.title.text == "광주시, 민선7기 산업비전과 추진전략 발표"
    assert seed_doc.published.date == dt.date(2019, 5, 8)
    assert seed_doc.published.time == dt.time(14, 36, 38)
    assert seed_doc.reporter.text == "박성원"
    assert seed_doc.agency.text == "광주광역시"
    assert seed_doc.vision.text == "일자리 중심의 포용적 혁신성장"


def test_seed_lists(seed_doc):
    labels = [(en.kind, en.label.text, en.declared, en.year, len(en.items)) for en in seed_doc.enumerations]
    assert labels == [
        ("industry", "11대 대표산업", 11, None, 11),
        ("strategy", "3대 추진전략", 3, None, 3),
        ("project", "중점 추진사업", None, 2019, 4),
        ("other", "5대 전략콘텐츠", 5, None, 5),
    ]
    assert [i.text for i in seed_doc.industries][:2] == ["친환경자동차산업", "에어가전 및 공기산업"]
    # the closer 등을 is removed from the last item; the 등 inside 어등산 is not a closer
    assert seed_doc.priority_projects[-1].text.endswith("김대중컨벤션센터 제2전시장 조기 추진")
    assert "어등산 관광단지 착공" in seed_doc.priority_projects[-1].text
    assert all(item.detail is not None for item in seed_doc.industries)
    assert seed_doc.industries[3].detail.text.startswith("에너지 및 수소산업은")
    # the paragraph that continues a detail is nested under it
    assert seed_doc.industries[3].detail.children[0].text.startswith("수소산업 분야는")


def test_seed_quote_and_chrome(seed_doc):
    assert len(seed_doc.quotes) == 1
    assert seed_doc.quotes[0].speaker.text == "이용섭 시장"
    assert seed_doc.quotes[0].text.startswith("일자리 중심의 포용적 혁신성장을 통해")
    # nothing is read from "가장 많이 본 뉴스" or the photo caption
    chrome_start = seed_doc.text.index("가장 많이 본 뉴스")
    assert all(v.span.end <= chrome_start for v in seed_doc.grounded_values())
    assert not any("사진" in en.label.text for en in seed_doc.enumerations)


@needs_shared
def test_seed_equals_gold(seed_doc):
    gold = json.loads((DEV / "gj2019-seed.gold.json").read_text(encoding="utf-8"))
    assert norm(seed_doc.title.text) == norm(gold["title"])
    for en, gold_en in zip(seed_doc.enumerations, gold["enumerations"], strict=True):
        assert (en.kind, en.label.text, en.declared, en.year) == (
            gold_en["kind"],
            gold_en["label"],
            gold_en["declared"],
            gold_en["year"],
        )
        assert [i.text for i in en.items] == gold_en["items"]
        for item in en.items:
            if item.text in gold_en.get("details", {}):
                assert item.detail.text.startswith(gold_en["details"][item.text])
    assert [(q.speaker.text, q.text) for q in seed_doc.quotes] == [(q["speaker"], q["text"]) for q in gold["quotes"]]
    report = Report()
    score_document("gj2019-seed", seed_doc, gold, report)
    assert report.misses == []
