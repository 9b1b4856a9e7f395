"""Comparing plans: which items were kept, renamed, merged, split, removed or added.

Items match exactly after normalization; the rest are paired by likeness: the
nouns they share (from Kiwi) or, for nouns Kiwi keeps whole (바이오헬스), the
syllable pairs they share.
"""

from __future__ import annotations

import regex

from .models import KINDS, Comparison, Grounded, Item, ItemChange, PolicyDocument
from .morph import analyse

# What normalization drops: spaces, punctuation and the joining word 및.
NOISE = regex.compile(r"[\s\p{P}\p{S}]+|(?<=\s)및(?=\s)")
# Nouns too general to make two items alike.
GENERIC = frozenset({"산업", "분야", "사업", "육성", "조성", "구축", "추진", "강화", "지원", "및"})
LIKENESS = 0.3


def _key(text: str) -> str:
    return NOISE.sub("", text)


def _nouns(text: str) -> frozenset[str]:
    return frozenset(m.form for m in analyse(text) if m.tag in ("NNG", "NNP", "SL", "SH") and m.form not in GENERIC)


def _pairs(text: str) -> frozenset[str]:
    squeezed = _key(text)
    return frozenset(squeezed[i : i + 2] for i in range(len(squeezed) - 1))


def likeness(a: str, b: str) -> float:
    """How alike two item names are: shared nouns, or shared syllable pairs (0..1)."""

    def jaccard(x: frozenset[str], y: frozenset[str]) -> float:
        return len(x & y) / len(x | y) if x | y else 0.0

    return max(jaccard(_nouns(a), _nouns(b)), jaccard(_pairs(a), _pairs(b)))


def _ground(item: Item) -> Grounded:
    return Grounded(text=item.text, span=item.span)


def _unique(items: list[Item]) -> list[Item]:
    seen: set[str] = set()
    out = []
    for item in items:
        if _key(item.text) not in seen:
            seen.add(_key(item.text))
            out.append(item)
    return out


def compare(old: PolicyDocument, new: PolicyDocument) -> Comparison:
    """Compare the lists of two documents (e.g. a plan and its revision), kind by kind."""
    result = Comparison(
        old_title=old.title.text if old.title else None, new_title=new.title.text if new.title else None
    )
    for kind in KINDS:
        olds, news = _unique(old.items_of(kind)), _unique(new.items_of(kind))
        new_keys = {_key(i.text): i for i in news}
        kept = [o for o in olds if _key(o.text) in new_keys]
        for o in kept:
            result.changes.append(
                ItemChange(kind=kind, change="kept", old=[_ground(o)], new=[_ground(new_keys[_key(o.text)])], score=1.0)
            )
        kept_keys = {_key(o.text) for o in kept}
        rest_old = [o for o in olds if _key(o.text) not in kept_keys]
        rest_new = [n for n in news if _key(n.text) not in kept_keys]
        score = {(i, j): likeness(o.text, n.text) for i, o in enumerate(rest_old) for j, n in enumerate(rest_new)}
        best_new = {i: max(range(len(rest_new)), key=lambda j: score[i, j]) for i in range(len(rest_old)) if rest_new}
        best_old = {j: max(range(len(rest_old)), key=lambda i: score[i, j]) for j in range(len(rest_new)) if rest_old}
        used_old: set[int] = set()
        used_new: set[int] = set()
        for j in range(len(rest_new)):
            group = [i for i in range(len(rest_old)) if best_new.get(i) == j and score[i, j] >= LIKENESS]
            if len(group) >= 2:
                result.changes.append(_change(kind, "merged", rest_old, group, rest_new, [j], score))
                used_old.update(group)
                used_new.add(j)
        for i in range(len(rest_old)):
            if i in used_old:
                continue
            parts = [
                j
                for j in range(len(rest_new))
                if j not in used_new and best_old.get(j) == i and score[i, j] >= LIKENESS
            ]
            if len(parts) >= 2:
                result.changes.append(_change(kind, "split", rest_old, [i], rest_new, parts, score))
            elif len(parts) == 1:
                result.changes.append(_change(kind, "renamed", rest_old, [i], rest_new, parts, score))
            else:
                continue
            used_old.add(i)
            used_new.update(parts)
        for i, o in enumerate(rest_old):
            if i not in used_old:
                result.changes.append(ItemChange(kind=kind, change="removed", old=[_ground(o)]))
        for j, n in enumerate(rest_new):
            if j not in used_new:
                result.changes.append(ItemChange(kind=kind, change="added", new=[_ground(n)]))
    return result


def _change(
    kind: str, change: str, olds: list[Item], old_ix: list[int], news: list[Item], new_ix: list[int],
    score: dict[tuple[int, int], float],
) -> ItemChange:  # fmt: skip
    likeness_ = min(score[i, j] for i in old_ix for j in new_ix)
    return ItemChange(
        kind=kind,  # type: ignore[arg-type]
        change=change,  # type: ignore[arg-type]
        old=[_ground(olds[i]) for i in old_ix],
        new=[_ground(news[j]) for j in new_ix],
        score=round(likeness_, 3),
    )
