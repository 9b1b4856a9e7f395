"""Scoring the parser against gold readings (``../shared/corpus/FORMAT.md``)."""

from __future__ import annotations

import json
import time
import unicodedata
from collections import Counter
from pathlib import Path

import regex
from pydantic import BaseModel, Field

from .models import PolicyDocument

FIELDS = ("title", "published", "reporter", "agency", "vision")
KINDS = ("industry", "strategy", "goal", "project", "other")
# What scoring ignores: whitespace, quotation marks, and punctuation at the end.
IGNORED = regex.compile(r"[\s‘’“”'\"]+")
# Punctuation and symbols at the end: "…발표했다.", "…”".
TRAILING = regex.compile(r"[\p{P}\p{S}]+$")


def norm(value: str | None) -> str | None:
    """A value as FORMAT.md compares it."""
    if value is None:
        return None
    value = IGNORED.sub("", unicodedata.normalize("NFC", value))
    return TRAILING.sub("", value)


class Score(BaseModel):
    """Counts of hits, false positives and misses, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def scored(self) -> bool:
        """Something to score: a gold value, a system value, or both."""
        return self.tp + self.fp + self.fn > 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def summary(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


class Tally(BaseModel):
    """Right out of checked."""

    right: int = 0
    checked: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.checked if self.checked else 1.0


class Miss(BaseModel):
    document: str
    what: str
    expected: str | None = None
    found: str | None = None


class Report(BaseModel):
    """The scores over a folder of gold readings."""

    documents: int = 0
    crashes: int = 0
    fields: dict[str, Score] = Field(default_factory=lambda: {f: Score() for f in FIELDS})
    items: dict[str, Score] = Field(default_factory=lambda: {k: Score() for k in KINDS})
    declared: Tally = Field(default_factory=Tally)
    years: Tally = Field(default_factory=Tally)
    details: Tally = Field(default_factory=Tally)
    quotes: Score = Field(default_factory=Score)
    spans: Tally = Field(default_factory=Tally)
    seconds: float = 0.0
    misses: list[Miss] = Field(default_factory=list)
    families: dict[str, Report] = Field(default_factory=dict)

    @property
    def items_overall(self) -> Score:
        total = Score()
        for score in self.items.values():
            total.add(score)
        return total

    def summary(self) -> dict[str, object]:
        """Plain figures for machines (``--json``)."""
        return {
            "documents": self.documents,
            "crashes": self.crashes,
            "fields": {k: v.summary() for k, v in self.fields.items()},
            "items": {k: v.summary() for k, v in self.items.items()},
            "items_overall": self.items_overall.summary(),
            "declared_accuracy": round(self.declared.accuracy, 4),
            "year_accuracy": round(self.years.accuracy, 4),
            "detail_accuracy": round(self.details.accuracy, 4),
            "quotes": self.quotes.summary(),
            "span_exact": round(self.spans.accuracy, 4),
            "seconds": round(self.seconds, 3),
            "misses": [m.model_dump() for m in self.misses],
            "families": {k: {"documents": v.documents, **measures(v)} for k, v in self.families.items()},
        }

    def add(self, other: Report) -> None:
        """Pool another report's counts into this one (misses and families stay apart)."""
        self.documents += other.documents
        self.crashes += other.crashes
        for mine, theirs in ((self.fields, other.fields), (self.items, other.items)):
            for key, score in theirs.items():
                mine[key].add(score)
        for mine_t, theirs_t in (
            (self.declared, other.declared),
            (self.years, other.years),
            (self.details, other.details),
            (self.spans, other.spans),
        ):
            mine_t.right += theirs_t.right
            mine_t.checked += theirs_t.checked
        self.quotes.add(other.quotes)


def family_of(stem: str) -> str:
    """A document's family is its name's prefix: 'rel-mois-2025' → 'rel'."""
    return stem.split("-", 1)[0]


def measures(report: Report) -> dict[str, float | None]:
    """The figures the floors hold, by name; None where there was nothing to score."""

    def f1(score: Score) -> float | None:
        return round(score.f1, 4) if score.scored else None

    def accuracy(tally: Tally) -> float | None:
        return round(tally.accuracy, 4) if tally.checked else None

    overall = report.items_overall
    fields = {f"{name}_f1": f1(score) for name, score in report.fields.items()}
    scored_fields = [v for v in fields.values() if v is not None]
    return {
        "items_f1": f1(overall),
        "items_precision": round(overall.precision, 4) if overall.tp + overall.fp else None,
        "items_recall": round(overall.recall, 4) if overall.tp + overall.fn else None,
        **fields,
        "fields_f1_mean": round(sum(scored_fields) / len(scored_fields), 4) if scored_fields else None,
        "declared": accuracy(report.declared),
        "year": accuracy(report.years),
        "details": accuracy(report.details),
        "quotes_f1": f1(report.quotes),
        "spans_exact": accuracy(report.spans),
        "no_crash": round(1 - report.crashes / report.documents, 4) if report.documents else None,
    }


# Measures the ratchet holds. Precision and recall are left free: trading one for the other is
# progress when F1 rises.
HELD = (
    "items_f1",
    *(f"{name}_f1" for name in FIELDS),
    "fields_f1_mean",
    "declared",
    "year",
    "details",
    "quotes_f1",
    "spans_exact",
    "no_crash",
)


def below_floors(report: Report, floors: dict[str, object]) -> list[str]:
    """Every measure under its recorded floor, as 'family measure: value < floor' (``all``: the whole set).

    Keys starting with '_' are notes (what the floors are, why one was lowered), not families.
    """
    failures = []
    for family, held in floors.items():
        if family.startswith("_") or not isinstance(held, dict):
            continue
        part = report if family == "all" else report.families.get(family)
        if part is None:
            failures.append(f"{family}: no documents of this family")
            continue
        figures = measures(part)
        for name, floor in held.items():
            value = figures.get(name)
            if value is None or value < floor:
                failures.append(f"{family} {name}: {'nothing scored' if value is None else value} < {floor}")
    return failures


def raised_floors(report: Report, floors: dict[str, object]) -> dict[str, object]:
    """The floors raised to what ``report`` measures (truncated to three decimals); none is lowered."""
    out: dict[str, object] = {k: v for k, v in floors.items() if k.startswith("_")}
    for family, part in [("all", report), *sorted(report.families.items())]:
        previous = floors.get(family)
        held: dict[str, float] = dict(previous) if isinstance(previous, dict) else {}
        figures = measures(part)
        for name in HELD:
            value = figures[name]
            if value is not None:
                held[name] = max(held.get(name, 0.0), int(value * 1000) / 1000)
        out[family] = held
    return out


def evaluate(directory: str | Path) -> Report:
    """Parse every ``*.txt`` with a ``*.gold.json`` beside it in ``directory`` and score the readings."""
    from .parser import parse

    folder = Path(directory)
    if not folder.is_dir():
        raise FileNotFoundError(f"no such folder: {folder}")
    report = Report()
    started = time.perf_counter()
    for txt in sorted(folder.glob("*.txt")):
        gold_path = txt.with_name(txt.stem + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        part = Report(documents=1)
        try:
            doc = parse(txt.read_text(encoding="utf-8"))
        except Exception as exc:  # a crash is a score, not an abort
            part.crashes += 1
            part.misses.append(Miss(document=txt.stem, what="crash", found=f"{type(exc).__name__}: {exc}"))
        else:
            score_document(txt.stem, doc, gold, part)
        report.add(part)
        report.misses += part.misses
        report.families.setdefault(family_of(txt.stem), Report()).add(part)
    report.seconds = time.perf_counter() - started
    return report


def _field_value(doc: PolicyDocument, name: str) -> str | None:
    value = getattr(doc, name)
    if value is None:
        return None
    if name == "published":
        return value.date.isoformat()
    return value.text


def score_document(name: str, doc: PolicyDocument, gold: dict, report: Report) -> None:
    for field in FIELDS:
        expected, found = norm(gold.get(field)), norm(_field_value(doc, field))
        score = report.fields[field]
        if expected is not None and found == expected:
            score.tp += 1
            continue
        if expected is not None:
            score.fn += 1
        if found is not None:
            score.fp += 1
        if expected is not None or found is not None:
            report.misses.append(
                Miss(document=name, what=field, expected=gold.get(field), found=_field_value(doc, field))
            )

    gold_lists = gold.get("enumerations", [])
    for kind in KINDS:
        printed: dict[str | None, str] = {}  # a compared form -> the item as written, for the misses
        gold_items = [i for en in gold_lists if en["kind"] == kind for i in en["items"]]
        found_items = [i.text for en in doc.enumerations if en.kind == kind for i in en.items]
        for item in gold_items + found_items:
            printed.setdefault(norm(item), item)
        expected = Counter(norm(i) for i in gold_items)
        found = Counter(norm(i) for i in found_items)
        hit = expected & found
        score = report.items[kind]
        score.tp += sum(hit.values())
        score.fp += sum((found - hit).values())
        score.fn += sum((expected - hit).values())
        for item in (expected - hit).elements():
            report.misses.append(Miss(document=name, what=f"item missed ({kind})", expected=printed[item]))
        for item in (found - hit).elements():
            report.misses.append(Miss(document=name, what=f"item extra ({kind})", found=printed[item]))

    for gold_list in gold_lists:
        gold_items = {norm(i) for i in gold_list["items"]}
        candidates = [en for en in doc.enumerations if en.kind == gold_list["kind"]]
        best = max(candidates, key=lambda en: len(gold_items & {norm(i.text) for i in en.items}), default=None)
        if best is None or not gold_items & {norm(i.text) for i in best.items}:
            best = None
        if best is None:  # one miss says so; its count, year and details are not missed one by one
            report.misses.append(Miss(document=name, what=f"list not found: '{gold_list['label']}'"))
        for tally, key, attr in ((report.declared, "declared", "declared"), (report.years, "year", "year")):
            tally.checked += 1
            found_value = getattr(best, attr) if best else None
            if best is not None and found_value == gold_list.get(key):
                tally.right += 1
            elif best is not None:
                report.misses.append(
                    Miss(
                        document=name,
                        what=f"{key} of '{gold_list['label']}'",
                        expected=str(gold_list.get(key)),
                        found=str(found_value),
                    )
                )
        for item_text, opening in (gold_list.get("details") or {}).items():
            report.details.checked += 1
            found_detail = None
            if best is not None:
                for item in best.items:
                    if norm(item.text) == norm(item_text) and item.detail is not None:
                        found_detail = item.detail.text
            if found_detail is not None and (norm(found_detail) or "").startswith(norm(opening) or ""):
                report.details.right += 1
            elif best is not None:
                report.misses.append(
                    Miss(document=name, what=f"detail of '{item_text}'", expected=opening, found=found_detail)
                )

    gold_quotes = [norm(q["text"]) or "" for q in gold.get("quotes", [])]
    named = [q for q in doc.quotes if q.named]  # gold quotes have named speakers (FORMAT)
    found_quotes = [norm(q.text) or "" for q in named]
    for g, raw in zip(gold_quotes, gold.get("quotes", []), strict=True):
        if any(g in f or f in g for f in found_quotes if f):
            report.quotes.tp += 1
        else:
            report.quotes.fn += 1
            report.misses.append(Miss(document=name, what="quote missed", expected=raw["text"]))
    for f, q in zip(found_quotes, named, strict=True):
        if not any(g in f or f in g for g in gold_quotes if g):
            report.quotes.fp += 1
            report.misses.append(Miss(document=name, what="quote extra", found=q.text))

    for value in doc.grounded_values():
        report.spans.checked += 1
        if doc.text[value.span.start : value.span.end] == value.text:
            report.spans.right += 1
        else:
            report.misses.append(Miss(document=name, what="span not exact", found=value.text))
