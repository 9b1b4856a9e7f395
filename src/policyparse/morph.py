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


# Morphemes that end a word: particles, endings, the suffix of '실질적', bound nouns ('등'), adverbs,
# determiners, a comma. A noun does not: nouns compound, with or without a space.
WORD_ENDING_TAGS = ("J", "E", "XSN", "NNB", "MAG", "MAJ", "MM", "SP")


def parts_words(before: str, after: str) -> bool:
    """Whether ``before`` and ``after``, printed with nothing between them (a wrap in a PDF), are
    two words: read together, a morpheme that ends a word ends at the join ('편의를'+'증진하고',
    '위한'+'온라인'). A join inside a morpheme ('반도'+'체') or between two nouns ('교육'+'자료',
    which authors write either way) is left as printed."""
    if not before or not after:
        return False
    ending = [m for m in analyse(before + after) if m.end == len(before)]
    return bool(ending) and ending[-1].tag.startswith(WORD_ENDING_TAGS)


# A space-delimited word: "대표산업으로", "(5G)".
WORD = regex.compile(r"\S+")


class Eojeol(NamedTuple):
    """A space-delimited word: offsets index the analysed string; its morphemes' offsets count from ``start``."""

    start: int
    end: int
    morphs: tuple[Morph, ...]
    tags: tuple[str, ...]


def eojeols(text: str) -> list[Eojeol]:
    """Space-delimited words of ``text``, each with its morphemes."""
    morphs = analyse(text)
    words: list[Eojeol] = []
    k, n = 0, len(morphs)
    for m in WORD.finditer(text):
        w_start, w_end = m.span()
        while k < n and morphs[k].start < w_start:
            k += 1
        first = k
        while k < n and morphs[k].start < w_end:
            k += 1
        words.append(_eojeol(w_start, w_end, morphs[first:k], w_start, 0))
    return words


def _eojeol(start: int, end: int, morphs: Sequence[Morph], doc_start: int, base: int) -> Eojeol:
    """A word at ``[start, end)`` of the analysed string whose morphemes' offsets count from ``doc_start``."""
    inside = tuple(Morph(x.form, x.tag, x.start - doc_start, x.end - doc_start) for x in morphs)
    return Eojeol(start - base, end - base, inside, tuple(x.tag for x in inside))


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


def words_back(text: str, floor: int, pos: int, words: int) -> int:
    """Where the last ``words`` words before ``pos`` begin (not before ``floor``)."""
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    return _back(text, floor, pos, words - 1) if words > 0 else pos


def _ahead(text: str, ceiling: int, pos: int, words: int) -> int:
    """The end of the word ``pos`` is in, then ``words`` words further on (not past ``ceiling``)."""
    for n in range(words + 1):
        while n and pos < ceiling and text[pos].isspace():
            pos += 1
        while pos < ceiling and not text[pos].isspace():
            pos += 1
    return pos


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
        self._eojeols: dict[int, Eojeol] = {}  # each analysed word by its start, morphemes counted from it
        self._asked: dict[tuple[int, int], list[Eojeol]] = {}
        self._unit_starts: list[int] | None = None  # the stretches between breaks, found on first need
        self._unit_ends: list[int] = []

    def _analyse(self, start: int, end: int) -> list[Any]:
        """Kiwi's tokens for ``text[start:end]`` (their offsets count from ``start``)."""
        piece = self.text[start:end]
        return self._analyser().tokenize(piece) if piece.strip() else []

    def _unit(self, pos: int) -> tuple[int, int]:
        """The stretch between breaks that holds ``pos``."""
        if self._unit_starts is None:
            breaks = list(SENTENCE_BREAK.finditer(self.text))
            self._unit_starts = [0] + [m.end() for m in breaks]
            self._unit_ends = [m.start() for m in breaks] + [len(self.text)]
        k = max(0, bisect.bisect_right(self._unit_starts, pos) - 1)
        return self._unit_starts[k], self._unit_ends[k]

    def _learn(self, start: int, end: int) -> None:
        """Analyse the words touching ``[start, end)`` that are not known yet."""
        text, known = self.text, self._eojeols
        if self._whole:
            if not known:
                self._remember(self._analyse(0, len(text)), 0, [m.span() for m in WORD.finditer(text)])
            return
        run: list[tuple[int, int]] = []  # consecutive words of one stretch not analysed yet
        run_limit = 0  # where the stretch of the run ends
        for m in WORD.finditer(text, _back(text, 0, start, 0), _ahead(text, len(text), end, 0)):
            span = m.span()
            if run and (span[0] in known or span[0] >= run_limit):
                self._analyse_run(run)
                run = []
            if span[0] in known:
                continue
            if not run:
                run_limit = self._unit(span[0])[1]
            run.append(span)
        if run:
            self._analyse_run(run)

    def _analyse_run(self, run: list[tuple[int, int]]) -> None:
        """Analyse consecutive words of one stretch with their context."""
        u_start, u_end = self._unit(run[0][0])
        start = _back(self.text, u_start, run[0][0], CONTEXT_WORDS)
        self._remember(self._analyse(start, _ahead(self.text, u_end, run[-1][1], CONTEXT_WORDS)), start, run)

    def _remember(self, tokens: list[Any], offset: int, spans: list[tuple[int, int]]) -> None:
        """Keep each word with the morphemes that start inside it (tokens count from ``offset``)."""
        k, n = 0, len(tokens)
        for w_start, w_end in spans:
            while k < n and tokens[k].start + offset < w_start:
                k += 1
            inside: list[Morph] = []
            shift = offset - w_start
            while k < n and tokens[k].start + offset < w_end:
                t = tokens[k]
                inside.append(Morph(t.form, t.tag, t.start + shift, t.end + shift))
                k += 1
            self._eojeols[w_start] = Eojeol(w_start, w_end, tuple(inside), tuple(m.tag for m in inside))

    def words(self, start: int, end: int) -> list[Eojeol]:
        """Space-delimited words of ``text[start:end]``; offsets count from ``start``.

        A word cut by ``start`` or ``end`` keeps only the morphemes wholly inside.
        Stages ask for the same stretch more than once; it is put together once.
        """
        if start >= end:
            return []
        if (words := self._asked.get((start, end))) is not None:
            return words
        self._learn(start, end)
        text, words = self.text, []
        for m in WORD.finditer(text, start, end):
            w_start, w_end = m.span()
            whole = (w_start > start or start == 0 or text[start - 1].isspace()) and (
                w_end < end or end == len(text) or text[end].isspace()
            )
            if whole:
                word = self._eojeols[w_start]
                words.append(Eojeol(w_start - start, w_end - start, word.morphs, word.tags))
            else:
                full = self._eojeols[_back(text, 0, w_start, 0)]
                inside = [
                    Morph(x.form, x.tag, full.start + x.start, full.start + x.end)
                    for x in full.morphs
                    if w_start <= full.start + x.start and full.start + x.end <= w_end
                ]
                words.append(_eojeol(w_start, w_end, inside, w_start, start))
        self._asked[start, end] = words
        return words


current: ContextVar[Morphology | None] = ContextVar("policyparse_morphology", default=None)


def words_in(text: str, start: int, end: int) -> list[Eojeol]:
    """The words of ``text[start:end]`` (offsets from ``start``), from the document's Morphology."""
    morphology = current.get()
    if morphology is not None and morphology.text is text:
        return morphology.words(start, end)
    return eojeols(text[start:end])
