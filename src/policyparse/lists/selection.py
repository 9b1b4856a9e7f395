"""One consistent set of lists: readings in order of evidence, no two on the same words (a list
nested in another's item allowed), a summary merged with its fuller repeat, the year each list is for."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from ..labels import Label
from ..layout import Page
from ..lexicon import RELATIVE_YEAR_WORDS, RELATIVE_YEARS
from ..models import Diagnostic, Enumeration, Grounded, Item, PolicyDocument, Span
from .evidence import Candidate, Cut, clean_items, record_candidate, rejection, squashed, weigh

# A year named relative to the publication, shortly before a label: "올해 추진할 중점 추진사업" (not "내년도 예산").
RELATIVE_YEAR = regex.compile(rf"({RELATIVE_YEARS})(?!도\s*예산)")
# A year, written or relative to the publication, right before a label mentioned elsewhere, or with a noun
# between: "2024년 |5대 역점시책", "2025년 '|3대 전략 9대 과제'", "2025년 시정운영 |5대 방향", "올해 |5대 핵심과제".
YEAR_BEFORE = regex.compile(
    rf"(?:(?P<year>(?:19|20)\d{{2}})\s*년도?|(?<![가-힣])(?P<when>{RELATIVE_YEARS}))\s+(?:[가-힣]{{2,6}}\s+)?[‘'“\"]?$"
)


def select_lists(text: str, doc: PolicyDocument, page: Page, found: list[Candidate]) -> list[Enumeration]:
    """Clean items, drop what is not a list, keep one reading of any words (pairs in the order of their
    evidence's score), merge repeats, and build the models. Each decision is recorded when explaining."""
    if not page.lists_in_speech:
        found = _outside_speech(text, doc, page, found)
    found = _continued(found)
    kept: list[tuple[Candidate, list[Cut]]] = []
    taken = _Taken()
    weighed: list[tuple[float, Candidate, list[Cut]]] = []
    for cand in found:
        items = clean_items(text, cand.items)
        weighed.append((weigh(cand, items).score, cand, items))
    for _, cand, items in sorted(weighed, key=lambda w: (-w[0], w[1].region[0], -len(w[1].items))):
        reason = rejection(text, cand, items)
        if reason is None and (rival := taken.conflict(cand)) is not None:
            reason = (
                f"its words are read first as the list '{text[rival.label.start : rival.label.end]}' ({rival.finder})"
            )
        record_candidate(page, text, cand, items, reason)
        if reason is None:
            taken.add(cand)
            kept.append((cand, items))
    enumerations: list[Enumeration] = []
    years_named: dict[str, int | None] = {}  # per label phrase: one scan of the text, however often it recurs
    for cand, items in kept:
        label = cand.label
        year = label.year
        if year is None:
            year = _relative_year(text, doc, page, label) or _year_named_elsewhere(text, doc, page, label, years_named)
        enumerations.append(
            Enumeration(
                kind=label.kind,
                label=Grounded(text=text[label.start : label.end], span=Span(start=label.start, end=label.end)),
                declared=label.declared,
                year=year,
                items=_items(items),
                spoken=cand.spoken,
            )
        )
    return _merge_repeats(enumerations, page)


def _continued(found: list[Candidate]) -> list[Candidate]:
    """Bullet runs of consecutive sentences named by the same count said before them are one list
    continued (FORMAT: "a list continued over the next sentences under one label is one list")."""
    out: list[Candidate] = []
    by_label: dict[tuple[int, int], Candidate] = {}
    for cand in sorted(found, key=lambda c: c.region[0]):
        key = (cand.label.start, cand.label.end)
        if cand.borrowed and (first := by_label.get(key)) is not None and first.finder == cand.finder:
            first.items = first.items + cand.items
            continue
        if cand.borrowed:
            by_label[key] = cand
        out.append(cand)
    return out


SPOKEN = "inside quotation marks: a speaker's words, not the announcement's lists (Parser(lists_in_speech=True))"


def _outside_speech(text: str, doc: PolicyDocument, page: Page, found: list[Candidate]) -> list[Candidate]:
    """The candidates outside speech; a counted list skipped inside speech is said in a diagnostic."""
    said: set[tuple[int, int]] = set()
    for cand in found:
        if not cand.spoken:
            continue
        items = clean_items(text, cand.items)
        record_candidate(page, text, cand, items, SPOKEN)
        label = cand.label
        if label.declared is None or (label.start, label.end) in said or rejection(text, cand, items):
            continue
        said.add((label.start, label.end))
        doc.diagnostics.append(
            Diagnostic(
                code="list-in-speech",
                message=f"the list '{text[label.start : label.end]}' ({len(items)} items) stands inside a quotation "
                "and was not read; Parser(lists_in_speech=True) reads such lists, marked spoken",
                span=Span(start=label.start, end=label.end),
            )
        )
    return [cand for cand in found if not cand.spoken]


class _Taken:
    """The item spans of the lists kept so far, sorted, so a new list meets only its neighbours
    (linear in the document, however many lists it holds)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[tuple[int, int, int]] = []  # start, end, index into owners
        self.owners: list[Candidate] = []
        self.longest = 0

    def add(self, cand: Candidate) -> None:
        self.owners.append(cand)
        for s, e in cand.items:
            k = bisect.bisect_left(self.starts, s)
            self.starts.insert(k, s)
            self.spans.insert(k, (s, e, len(self.owners) - 1))
            self.longest = max(self.longest, e - s)

    def conflict(self, cand: Candidate) -> Candidate | None:
        """The first kept list whose items overlap ``cand``'s, unless one lies inside an item of the other."""
        near: set[int] = set()
        for s, e in cand.items:
            k = bisect.bisect_left(self.starts, e)
            while k > 0 and self.spans[k - 1][0] > s - self.longest - 1:
                k -= 1
                ks, ke, owner = self.spans[k]
                if ks < e and s < ke:
                    near.add(owner)
        for owner in sorted(near):
            if _conflicts(cand, self.owners[owner]):
                return self.owners[owner]
        return None


def _items(cuts: list[Cut]) -> list[Item]:
    return [Item(text=c.text, span=Span(start=c.start, end=c.end)) for c in cuts]


def _conflicts(a: Candidate, b: Candidate) -> bool:
    """Two readings of the same words; a list nested inside one item of another is no conflict, nor
    is a named group of another list's members ("△특화 분야(우주·항공)" under "10개 산업군")."""
    if a.group_of is b or b.group_of is a:
        return False
    for outer, inner in ((a, b), (b, a)):
        first, last = inner.region
        if any(s <= first and last <= e and (s, e) != (first, last) for s, e in outer.items):
            return False
    return any(s1 < e2 and s2 < e1 for s1, e1 in a.items for s2, e2 in b.items)


def _year_named_elsewhere(
    text: str, doc: PolicyDocument, page: Page, label: Label, known: dict[str, int | None]
) -> int | None:
    """The year the article gives the same counted label elsewhere: the lead's "2024년 5대 역점시책을
    발표했다" (or "올해 5대 핵심과제를", resolved against the publication date) for a list labelled
    "5대 역점시책"."""
    if not label.counted:
        return None
    phrase = text[label.start : label.end]
    if phrase in known:
        return known[phrase]
    years = set()
    at = text.find(phrase)
    while at >= 0:
        before = YEAR_BEFORE.search(text, max(0, at - 16), at)
        if before and page.lines[page.line_at(at)].role == "content":
            year = int(before.group("year")) if before.group("year") else _resolved(doc, before.group("when"))
            if year is not None:
                years.add(year)
        at = text.find(phrase, at + 1)
    known[phrase] = years.pop() if len(years) == 1 else None
    return known[phrase]


def _relative_year(text: str, doc: PolicyDocument, page: Page, label: Label) -> int | None:
    """올해/금년/내년 opening the label or shortly before it, resolved against the publication date."""
    if doc.published is None:
        return None
    when = label.relative
    if when is None:
        ln = page.lines[page.line_at(label.start)]
        m = RELATIVE_YEAR.search(text, max(ln.start, label.start - 30), label.start)
        when = m.group(1) if m else None
    return _resolved(doc, when)


def _resolved(doc: PolicyDocument, when: str | None) -> int | None:
    """The year 올해/금년/새해 (the publication's) or 내년/명년 (the next) names; None for other words."""
    if doc.published is None or when not in RELATIVE_YEAR_WORDS:
        return None
    return doc.published.date.year + RELATIVE_YEAR_WORDS[when]


# How many earlier lists sharing one item or label a list is compared with (the latest ones).
MERGE_REACH = 16


def _merge_repeats(enumerations: list[Enumeration], page: Page | None = None) -> list[Enumeration]:
    """A list given twice (a summary, then in full) is kept once, with its fullest items.

    Lists are indexed by their items and labels, so each meets only those it shares words with, and of
    those only the latest MERGE_REACH per shared word: a label or item that recurs hundreds of times
    (numbered lists of one 업무계획) would otherwise make every list meet every other.
    """
    out: list[tuple[Enumeration, _Words]] = []
    by_word: dict[str, list[int]] = {}
    for en in enumerations:
        words = _Words.of(en)
        keys = [*words.items, "label:" + en.kind + words.label]
        if words.counted_head:
            keys.append("counted:" + en.kind + words.counted_head)
        near = sorted({k for key in keys for k in by_word.get(key, ())[-MERGE_REACH:]})
        same = next((k for k in near if out[k][1].same_list(words)), None)
        if same is None:
            same = len(out)
            out.append((en, words))
        else:
            fuller = _fullness(en) > _fullness(out[same][0])
            _note_merge(page, out[same][0], en, fuller)
            if fuller:
                out[same] = (en, words)
        for key in keys:
            places = by_word.setdefault(key, [])
            if not places or places[-1] != same:
                places.append(same)
    return [en for en, _ in out]


@dataclass(frozen=True)
class _Words:
    """A list's kind, items and label without their spaces: what tells two readings of one list."""

    kind: str
    items: tuple[str, ...]
    label: str
    declared: int | None = None
    counted_head: str = ""  # the count and the label's last word: "8:분야" for '8개 시정 분야'

    @classmethod
    def of(cls, en: Enumeration) -> _Words:
        words = en.label.text.split()
        head = f"{en.declared}:{words[-1]}" if en.declared and en.declared >= 3 and len(words) > 1 else ""
        return cls(en.kind, tuple(squashed(i.text) for i in en.items), squashed(en.label.text), en.declared, head)

    def same_list(self, other: _Words) -> bool:
        """Most items shared; or, under one label, most items of one inside items of the other
        ("탄소, 수소, …" then "1. 탄소소재 융복합 산업 2. 수소 상용차 산업 …")."""
        if self.kind != other.kind:
            return False
        if self.counted_head and self.counted_head == other.counted_head:
            # "일자리, 수소산업 등 8개 분야" then "8개 시정 분야는 좋은 일자리, …(eight)": one list, summed
            # up by two of its items, then given whole; the count and the head say so
            mine, theirs = len(self.items), len(other.items)
            if mine != theirs and max(mine, theirs) == self.declared:
                return True
        names_a, names_b = set(self.items), set(other.items)
        enough = max(2, min(len(names_a), len(names_b)) // 2 + 1)
        if len(names_a & names_b) >= enough:
            return True
        if self.label != other.label:
            return False
        short, long = sorted((names_a, names_b), key=len)
        return sum(any(x in y or y in x for y in long) for x in short) >= enough


def _note_merge(page: Page | None, kept: Enumeration, other: Enumeration, fuller: bool) -> None:
    if page is None or page.trace is None:
        return
    dropped, winner = (kept, other) if fuller else (other, kept)
    for record in page.trace:
        if (
            record.kept
            and record.label.span == dropped.label.span
            and [i.span for i in record.items] == [i.span for i in dropped.items]
        ):
            record.kept = False
            record.reason = f"the same list as '{winner.label.text}', which reads it more fully"


def _fullness(en: Enumeration) -> tuple[int, int]:
    """More items, then more words in them."""
    return len(en.items), sum(len(i.text) for i in en.items)
