"""Korean morphology through one lazily created Kiwi instance.

Creating a Kiwi loads a large model, so nothing here runs at import time; the
first call that needs morphology creates the instance, and it is shared.
Only short pieces (the ends of list items, label phrases) are analysed, never
whole documents.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

_lock = threading.Lock()
_kiwi: Any = None


def kiwi() -> Any:
    """The shared Kiwi instance, created on first use."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                _kiwi = Kiwi()
    return _kiwi


def is_loaded() -> bool:
    """Whether the morphology model has been loaded in this process."""
    return _kiwi is not None


@dataclass(frozen=True)
class Morph:
    """One morpheme: its form, part-of-speech tag and offsets in the analysed string."""

    form: str
    tag: str
    start: int
    end: int


@lru_cache(maxsize=20000)
def analyse(text: str) -> tuple[Morph, ...]:
    """Morphemes of a short string; offsets index that string."""
    if not text.strip():
        return ()
    return tuple(Morph(t.form, t.tag, t.start, t.end) for t in kiwi().tokenize(text))


# A space-delimited word: "대표산업으로", "(5G)".
WORD = regex.compile(r"\S+")


@dataclass(frozen=True)
class Eojeol:
    """A space-delimited word with its morphemes (offsets index the analysed string)."""

    start: int
    end: int
    morphs: tuple[Morph, ...]

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(m.tag for m in self.morphs)


def eojeols(text: str) -> list[Eojeol]:
    """Space-delimited words of ``text``, each with its morphemes."""
    morphs = analyse(text)
    words: list[Eojeol] = []
    k = 0
    for m in WORD.finditer(text):
        while k < len(morphs) and morphs[k].start < m.start():
            k += 1
        first = k
        while k < len(morphs) and morphs[k].start < m.end():
            k += 1
        words.append(Eojeol(m.start(), m.end(), morphs[first:k]))
    return words


NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SH", "SN", "XSN", "XPN", "NP"})
PARTICLE_PREFIX = "J"
PREDICATE_TAGS = frozenset({"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"})


def is_predicate(word: Eojeol) -> bool:
    """A word that carries a verb or adjective (or 하다/이다) ending."""
    return any(t.split("-")[0] in PREDICATE_TAGS for t in word.tags) or any(t.startswith("E") for t in word.tags)


def ends_in_modifier(word: Eojeol) -> bool:
    """A predicate that modifies the next noun (…을 위한, 함께하는): it stays inside an item."""
    tags = [t for t in word.tags if not t.startswith("S")]
    return bool(tags) and tags[-1] == "ETM"
