"""Korean morphology through one lazily created Kiwi instance.

Creating a Kiwi loads a large model, so nothing here runs at import time; the
first call that needs morphology creates the instance, and it is shared (a
Parser may bring its own). Stages ask for the words of a stretch of the
document; a ``Morphology`` answers by analysing only the sentence that holds
it, once, or (for comparison) the whole document at once.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, NamedTuple

import regex

from .lexicon import BULLETS, NUMBER_BULLETS

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


class Morph(NamedTuple):
    """One morpheme: its form, part-of-speech tag and offsets in the analysed string.

    A tuple, not a dataclass: a document makes thousands, and tuples are cheap to build.
    """

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


class Eojeol(NamedTuple):
    """A space-delimited word with its morphemes (offsets index the analysed string)."""

    start: int
    end: int
    morphs: tuple[Morph, ...]
    tags: tuple[str, ...]


def eojeols(text: str) -> list[Eojeol]:
    """Space-delimited words of ``text``, each with its morphemes."""
    return _group(text, 0, len(text), analyse(text))


def _group(text: str, start: int, end: int, morphs: Sequence[Morph]) -> list[Eojeol]:
    """The words of ``text[start:end]`` with the morphemes that fall in each, offsets from ``start``."""
    words: list[Eojeol] = []
    k, n = 0, len(morphs)
    for m in WORD.finditer(text, start, end):
        w_start, w_end = m.span()
        while k < n and morphs[k].start < w_start:
            k += 1
        first = k
        while k < n and morphs[k].start < w_end:
            k += 1
        inside = (
            tuple(Morph(x.form, x.tag, x.start - start, x.end - start) for x in morphs[first:k])
            if start
            else tuple(morphs[first:k])
        )
        words.append(Eojeol(w_start - start, w_end - start, inside, tuple(x.tag for x in inside)))
    return words


NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SH", "SN", "XSN", "XPN", "NP"})
PREDICATE_TAGS = frozenset({"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"})


def is_predicate(word: Eojeol) -> bool:
    """A word that carries a verb or adjective (or 하다/이다) ending."""
    return any(t.split("-")[0] in PREDICATE_TAGS for t in word.tags) or any(t.startswith("E") for t in word.tags)


def ends_in_modifier(word: Eojeol) -> bool:
    """A predicate that modifies the next noun (…을 위한, 함께하는): it stays inside an item."""
    tags = [t for t in word.tags if not t.startswith("S")]
    return bool(tags) and tags[-1] == "ETM"


def _back(text: str, floor: int, pos: int, words: int) -> int:
    """The start of the word ``pos`` is in, then ``words`` words further back (not before ``floor``)."""
    for n in range(words + 1):
        while n and pos > floor and text[pos - 1].isspace():
            pos -= 1
        while pos > floor and not text[pos - 1].isspace():
            pos -= 1
    return pos


def _ahead(text: str, ceiling: int, pos: int, words: int) -> int:
    """The end of the word ``pos`` is in, then ``words`` words further on (not past ``ceiling``)."""
    for n in range(words + 1):
        while n and pos < ceiling and text[pos].isspace():
            pos += 1
        while pos < ceiling and not text[pos].isspace():
            pos += 1
    return pos


def _morphs(analyser: Any, text: str, offset: int = 0) -> list[Morph]:
    if not text.strip():
        return []
    return [Morph(t.form, t.tag, t.start + offset, t.end + offset) for t in analyser.tokenize(text)]


# Where analysis stops: a sentence end, a line end, a comma, an inline bullet ("…했다. 이번", "A, B", " ▲C").
SENTENCE_BREAK = regex.compile(
    rf"(?<=[가-힣)][.!?])\s+|(?<=[.!?][”\"’'])\s+|\n|(?<=,)\s+|\s+(?=[{BULLETS}{NUMBER_BULLETS}])"
)
# Words of context analysed on each side of the words asked about (never across a break).
# One word each side reads particles and endings as the whole document does, as often as
# analysing whole sentences did; none on the left or right reads some 과/와 differently.
CONTEXT_WORDS = 1


class Morphology:
    """The morphemes of one document, analysed on demand.

    ``whole=False`` (the default) analyses only the words a stage asks about, each
    once, with a word of context on either side; ``whole=True`` analyses the whole
    document up front. Both give the same readings, which the tests check on
    every test document.
    """

    def __init__(self, text: str, analyser: Callable[[], Any] = kiwi, *, whole: bool = False) -> None:
        self.text = text
        self._analyser = analyser
        self._whole = whole
        self._all: list[Morph] | None = None
        self._known: dict[int, list[Morph]] = {}  # morphemes of each analysed word, by its start
        self._words: dict[tuple[int, int], list[Eojeol]] = {}
        self._unit_starts: list[int] | None = None

    def _analyse(self, start: int, end: int) -> list[Morph]:
        return _morphs(self._analyser(), self.text[start:end], start)

    def _unit(self, pos: int) -> tuple[int, int]:
        """The stretch between breaks that holds ``pos``."""
        if self._unit_starts is None:
            breaks = list(SENTENCE_BREAK.finditer(self.text))
            self._unit_starts = [0] + [m.end() for m in breaks]
            self._unit_ends = [m.start() for m in breaks] + [len(self.text)]
        k = max(0, bisect.bisect_right(self._unit_starts, pos) - 1)
        return self._unit_starts[k], self._unit_ends[k]

    def morphs_in(self, start: int, end: int) -> list[Morph]:
        """Morphemes lying wholly inside ``[start, end)``, with document offsets."""
        if start >= end:
            return []
        if self._whole:
            if self._all is None:
                self._all = self._analyse(0, len(self.text))
            return [m for m in self._all if start <= m.start and m.end <= end]
        text = self.text
        spans = [m.span() for m in WORD.finditer(text, _back(text, 0, start, 0), _ahead(text, len(text), end, 0))]
        run: list[tuple[int, int]] = []  # consecutive words of one stretch not analysed yet
        for span in spans:
            if span[0] in self._known:
                if run:
                    self._analyse_run(run)
                    run = []
                continue
            if run and self._unit(span[0]) != self._unit(run[0][0]):
                self._analyse_run(run)
                run = []
            run.append(span)
        if run:
            self._analyse_run(run)
        return [m for w_start, _ in spans for m in self._known[w_start] if start <= m.start and m.end <= end]

    def _analyse_run(self, run: list[tuple[int, int]]) -> None:
        """Analyse consecutive words of one stretch with their context and remember each word's morphemes."""
        u_start, u_end = self._unit(run[0][0])
        morphs = self._analyse(
            _back(self.text, u_start, run[0][0], CONTEXT_WORDS),
            _ahead(self.text, u_end, run[-1][1], CONTEXT_WORDS),
        )
        k = 0
        for w_start, w_end in run:
            while k < len(morphs) and morphs[k].start < w_start:
                k += 1
            first = k
            while k < len(morphs) and morphs[k].start < w_end:
                k += 1
            self._known[w_start] = morphs[first:k]

    def words(self, start: int, end: int) -> list[Eojeol]:
        """Space-delimited words of ``text[start:end]``; offsets count from ``start``.

        Stages ask for the same stretch more than once; each is grouped only once.
        """
        key = (start, end)
        words = self._words.get(key)
        if words is None:
            words = self._words[key] = _group(self.text, start, end, self.morphs_in(start, end))
        return words


current: ContextVar[Morphology | None] = ContextVar("policyparse_morphology", default=None)


def words_in(text: str, start: int, end: int) -> list[Eojeol]:
    """The words of ``text[start:end]`` (offsets from ``start``), from the document's Morphology."""
    morphology = current.get()
    if morphology is not None and morphology.text is text:
        return morphology.words(start, end)
    return eojeols(text[start:end])
