"""The HTML view, read back by an HTML parser: fonts, full-height page, chrome, details linked
to their items, diagnostics, Jupyter's alignment, and the comparison's table."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import policyparse
from policyparse.htmlview import standalone_page

REVISION = Path(__file__).parent / "data" / "revision"
VOID = {"meta", "br", "img", "hr", "link", "input"}


class Elements(HTMLParser):
    """Every element with its attributes and the text directly inside it; nesting checked."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, dict[str, str | None]]] = []
        self.elements: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.style = ""

    def handle_starttag(self, tag, attrs):
        record = (tag, dict(attrs), [])
        self.elements.append(record)
        if tag not in VOID:
            self.open.append((tag, record))  # type: ignore[arg-type]

    def handle_endtag(self, tag):
        assert self.open and self.open[-1][0] == tag, f"</{tag}> closes <{self.open[-1][0] if self.open else None}>"
        self.open.pop()

    def handle_data(self, data):
        if self.open:
            tag, record = self.open[-1]
            record[2].append(data)  # type: ignore[index]
            if tag == "style":
                self.style += data

    def with_class(self, cls: str) -> list[tuple[str, dict[str, str | None], list[str]]]:
        return [e for e in self.elements if cls in (e[1].get("class") or "").split()]


def read(html: str) -> Elements:
    parsed = Elements()
    parsed.feed(html)
    assert parsed.open == []
    return parsed


def test_the_fonts_name_the_cjk_faces_of_every_platform(seed_doc):
    style = read(seed_doc._repr_html_()).style
    for face in ("Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo"):
        assert face in style


def test_cells_are_left_aligned_even_inside_jupyter(seed_doc):
    assert "text-align:left!important" in read(seed_doc._repr_html_()).style


def test_the_standalone_page_shows_the_whole_text_at_full_height(seed_doc):
    page = read(standalone_page(seed_doc))
    [body] = [e for e in page.elements if e[0] == "body"]
    assert body[1]["class"] == "pp-page"
    assert ".pp-page .pp-text{max-height:none" in page.style


def test_page_chrome_is_dimmed(seed_doc):
    view = read(seed_doc._repr_html_())
    chrome = view.with_class("pp-chrome")
    assert chrome and ".pp-chrome{color:" in view.style
    dimmed = "".join(t for e in chrome for t in e[2])
    assert "기사 메일전송" in dimmed  # the seed's sharing menu, as the layout stage reads it


def test_details_are_highlighted_and_linked_to_their_items(seed_doc):
    view = read(seed_doc._repr_html_())
    ids = {e[1].get("id") for e in view.elements}
    links = {e[1]["href"] for e in view.with_class("pp-link")}
    for k, en in enumerate(seed_doc.enumerations):
        for n, item in enumerate(en.items):
            if item.detail is None:
                continue
            assert f"pp-item-{k}-{n}" in ids and f"pp-detail-{k}-{n}" in ids
            assert f"#pp-detail-{k}-{n}" in links and f"#pp-item-{k}-{n}" in links
    details = sum(1 for en in seed_doc.enumerations for i in en.items if i.detail)
    marked = [e for e in view.with_class("pp-detail") if not e[1]["title"].startswith("legend")]
    assert details == 11 and len(marked) == details


def test_diagnostics_are_coloured_rows_and_marked_in_the_text():
    doc = policyparse.parse("해솔시, 계획 발표\n\n해솔시는 5대 전략으로 ▲첨단 소재 ▲바이오 헬스 ▲물류를 제시했다.\n")
    assert [d.code for d in doc.diagnostics] == ["count-mismatch"]
    view = read(doc._repr_html_())
    [row] = view.with_class("pp-diag")
    assert row[0] == "tr" and "background:#fee2e2" in view.style
    [marked] = view.with_class("pp-diagnostic")[1:]  # the first is the legend's sample
    assert marked[1]["title"].startswith("count-mismatch:")


def test_a_comparison_shows_itself_as_html_tables():
    old = policyparse.parse(REVISION / "busan-2020.txt")
    new = policyparse.parse(REVISION / "busan-2024.txt")
    comparison = policyparse.compare(old, new)
    view = read(comparison._repr_html_())
    captions = ["".join(e[2]) for e in view.elements if e[0] == "caption"]
    assert captions and set(captions) <= {"industry", "strategy", "goal", "project", "other"}
    cells = ["".join(e[2]) for e in view.elements if e[0] == "td"]
    assert {"kept", "renamed", "added"} <= set(cells)
    assert comparison.summary() in comparison._repr_html_()
