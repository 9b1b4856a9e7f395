"""Lists over lines: bulleted lines under a heading, outline levels and a heading's children, bare
lines under an announcing sentence, footnote lists, numbered headings."""

from __future__ import annotations

import itertools

import regex

from ..blocks import LINE_MARKER, marker_kind
from ..labels import Label, counted_heading
from ..layout import SENTENCE_END, Page
from ..lexicon import RESULT_NOUNS
from ..models import Block
from ..spans import TRIM, trim
from .attach import counted_inside, heading_label, marked_label, outline_heading
from .evidence import Candidate
from .patterns import INLINE_NUMBER, MAX_BULLET_ITEM, MAX_ITEM, NOTE_MARKERS, OUTLINE_HEADING, SENTENCE_LINE
from .segments import bare_item, line_item, marker_item, marker_width, numbering_of, ordinal_of, short_item, split_at

BARE_BULLETS = frozenset("-•·*○□▲△")
# A footnote line: "* 1. 함께 돌보는 사회, 2. …", "  * A, B, C".
FOOTNOTE = regex.compile(r"\s*\*(?!\*)\s*")
# How many lines above a footnote its mark may stand.
FOOTNOTE_REACH = 3


def line_lists(text: str, page: Page) -> list[Candidate]:
    """Consecutive short lines opened by the same bullet, under a heading that names them."""
    out: list[Candidate] = []
    lines = page.filled_lines()
    run: list[tuple[int, int]] = []
    run_kind = None
    run_first = -1

    def flush() -> None:
        if len(run) >= 2:
            label = heading_label(text, page, run_first, run)
            if label is not None:
                out.append(Candidate(label, list(run), "lines"))

    for idx, ln in lines:
        s = ln.stripped
        if not s:
            continue
        m = LINE_MARKER.match(text, ln.start, ln.end)
        body = text[m.end() : ln.end].strip() if m else ""
        kind = marker_kind(m.group("marker")) if m else None
        if (m and not body) or s in BARE_BULLETS:
            continue  # an empty bullet line separates groups of one list
        short = m and short_item(text, m.end(), ln.end, bulleted=True)
        if short and kind == run_kind:
            run.append(line_item(text, m.end(), ln.end))
            continue
        flush()
        run, run_kind, run_first = [], None, -1
        if short:
            run, run_kind, run_first = [line_item(text, m.end(), ln.end)], kind, idx
    flush()
    return out


def outline_lists(text: str, page: Page) -> list[Candidate]:
    """Bulleted lines with deeper bullets between them: "□ A\n - a1\n□ B\n - b1" lists A and B.

    In a stretch of bulleted lines the first line's bullet is the outer one; its lines are
    the items when there are two or more and other bullets stand between them.
    """
    out: list[Candidate] = []
    stretch: list[tuple[int, str, int]] = []  # line index, marker kind, where the line's words start

    def flush() -> None:
        if not stretch:
            return
        outer = stretch[0][1]
        tops = [(i, body) for i, kind, body in stretch if kind == outer]
        if 2 <= len(tops) < len(stretch):
            bodies = [(body, page.lines[i].end) for i, body in tops]
            if all(short_item(text, a, b) for a, b in bodies):
                run = [line_item(text, a, b) for a, b in bodies]
                label = heading_label(text, page, tops[0][0], run)
                if label is not None:
                    out.append(Candidate(label, run, "lines"))
        stretch.clear()

    for idx, ln in page.filled_lines():
        m = LINE_MARKER.match(text, ln.start, ln.end)
        if m and text[m.end() : ln.end].strip():
            stretch.append((idx, marker_kind(m.group("marker")), m.end()))
            continue
        flush()
    flush()
    return out


def outline_children(text: str, page: Page, blocks: list[Block]) -> list[Candidate]:
    """Under a bulleted or numbered heading, two or more sub-items of one marker are a list
    labelled by the heading as printed (FORMAT: nested lists): "1. 우주경제 가동\n· A\n· B".

    Under a heading of results ('주요 정책성과') nothing is a list of policy items, however deep.
    """
    out: list[Candidate] = []

    def visit(block: Block, results: bool) -> None:
        label = outline_heading(text, block)
        results = results or (label is not None and _names_results(text, label))
        if label is not None and not results and (inner := counted_inside(text, label, len(block.children))):
            label = inner
        if label is not None and not results and (run := _outline_run(text, block, label.declared)):
            out.append(Candidate(label, run, "outline", spoken=page.in_speech(run[0][0])))
        for child in block.children:
            visit(child, results)

    for block in blocks:
        visit(block, False)
    return out


def _outline_run(text: str, block: Block, declared: int | None = None) -> list[tuple[int, int]] | None:
    """The sub-items of one marker under ``block`` (notes ※ * aside), if they read as named items.

    Items are short, unless the heading counts them ('8대 핵심과제' over eight numbered lines): then the
    count and the markers say where each ends, and an item may run as long as a bulleted one."""
    kinds = [marker_kind(c.marker.text) for c in block.children if c.marker is not None]
    kinds = [k for k in kinds if k not in NOTE_MARKERS]
    if not kinds:
        return None
    kind = max(dict.fromkeys(kinds), key=kinds.count)  # a tie goes to the first marker, whatever the hash seed
    run = [c for c in block.children if c.marker is not None and marker_kind(c.marker.text) == kind]
    if len(run) < 2:
        return None
    if run[-1].span.end >= len(text.rstrip(" \t")) and not text.endswith("\n"):
        run = run[:-1]  # the text stops inside its last line: that item may be cut (FORMAT)
        if len(run) < 2:
            return None
    items = [trim(text, c.span.start, c.span.end, TRIM + ".;,") for c in run]
    longest = MAX_BULLET_ITEM if declared == len(run) else MAX_ITEM
    if any(SENTENCE_LINE.search(text, a, c.span.end) or b - a > longest for (a, b), c in zip(items, run, strict=True)):
        return None  # paragraphs under a heading elaborate it; they name no items
    if any(text[c.span.end - 1] == "," for c in run):
        return None  # lines wrapped inside one sentence
    return items


def _names_results(text: str, label: Label) -> bool:
    return any(noun in text[label.start : label.end] for noun in RESULT_NOUNS)


def numbered_headings(text: str, page: Page) -> list[Candidate]:
    """Heading lines numbered in sequence with paragraphs between them ("첫째, 해양 신산업을 키우겠습니다."
    then a paragraph, "둘째, …" then a paragraph): the headings are the items of the list that the line
    above the first one names ("… 다음과 같은 정책목표를 가지고 뛰겠습니다.")."""
    out: list[Candidate] = []
    lines = page.filled_lines()
    runs: dict[str, list[tuple[int, int, int]]] = {}  # numbering → (line index, body start, line end)
    for i, ln in lines:
        m = LINE_MARKER.match(text, ln.start, ln.end)
        if m is None:
            continue
        kind = marker_kind(m.group("marker"))
        if kind not in ("첫째", "N.", "N)"):
            continue
        place = ordinal_of(m.group("marker"))
        run = runs.setdefault(kind, [])
        if place == 1:
            _flush_headings(text, page, run, out)
            run.clear()
        if place == len(run) + 1 and ln.end - m.end() <= OUTLINE_HEADING:
            run.append((i, m.end(), ln.end))
    for run in runs.values():
        _flush_headings(text, page, run, out)
    return out


def _flush_headings(text: str, page: Page, run: list[tuple[int, int, int]], out: list[Candidate]) -> None:
    if len(run) < 2:
        return
    indexes = [i for i, _, _ in run]
    if indexes[-1] - indexes[0] == len(indexes) - 1:
        return  # consecutive lines: the line finders read those
    items = [trim(text, a, b, TRIM + ".!") for _, a, b in run]
    if any(SENTENCE_END.search(text, a, b) for a, b in items):
        return  # a heading is one sentence at most
    label = heading_label(text, page, indexes[0], items)
    if label is not None:
        out.append(Candidate(label, items, "headings"))


def footnote_lists(text: str, page: Page) -> list[Candidate]:
    """A footnote spelling out a label marked with '*' above it: "4대 전략*과 …" then
    "* 1. A, 2. B, 3. C" (or "* A, B, C")."""
    out: list[Candidate] = []
    lines = [ln for _, ln in page.filled_lines()]
    for k, ln in enumerate(lines):
        note = FOOTNOTE.match(text, ln.start, ln.end)
        if note is None:
            continue
        label = marked_label(text, lines[max(0, k - FOOTNOTE_REACH) : k])
        if label is None:
            continue
        body = note.end()
        numbers = [m for m in INLINE_NUMBER.finditer(text, body, ln.end)]
        if len(numbers) >= 2 and [ordinal_of(m.group("m")) for m in numbers] == list(range(1, len(numbers) + 1)):
            kind = numbering_of(numbers[0].group("m"))
            positions = [m.start() for m in numbers]
            items = [marker_item(text, a, b, kind) for a, b in itertools.pairwise(positions)]
            items.append(trim(text, positions[-1] + marker_width(text, positions[-1], kind), ln.end, TRIM + ",."))
        else:
            items = [trim(text, a, b, TRIM + ",.") for a, b in split_at(text, body, ln.end, ",")]
        if not text[ln.end :].strip() and label.declared != len(items):
            items = items[:-1]  # the text stops inside the note: its last item may be cut (FORMAT)
        if len(items) >= 2:
            out.append(Candidate(label, items, "footnote"))
    return out


def bare_line_lists(text: str, page: Page) -> list[Candidate]:
    """A counted heading alone on its line over exactly that many short lines without bullets:
    "3대 추진전략\n경제 활력 회복\n복지 안전망 강화\n녹색 도시 조성" (bullets lost when the page was copied)."""
    out: list[Candidate] = []
    lines = page.filled_lines()
    for k, (_i, ln) in enumerate(lines):
        label = counted_heading(text, *trim(text, ln.start, ln.end))
        if label is None or label.declared is None:
            continue
        following = lines[k + 1 : k + 2 + label.declared]
        run = [trim(text, x.start, x.end) for _, x in following[: label.declared]]
        if len(run) < label.declared or not all(bare_item(text, a, b) for a, b in run):
            continue
        after = following[label.declared :]
        if after and bare_item(text, *trim(text, after[0][1].start, after[0][1].end)):
            continue  # more such lines follow than the heading counts: not its list
        out.append(Candidate(label, run, "lines"))
    return out
