"""Selective morphology: only the words asked about are analysed, each once, never across a sentence."""

from __future__ import annotations

from typing import Any

from policyparse.morph import Morphology, eojeols, kiwi

TEXT = "광주시는 11대 대표산업으로 인공지능, 수소를 선정했다. 이용섭 시장은 3대 추진전략을 제시했다.\n다음 줄이다."


class Recorder:
    """A Kiwi stand-in that records every string it is asked to analyse."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def tokenize(self, text: str) -> Any:
        self.seen.append(text)
        return kiwi().tokenize(text)


def reading(text: str, start: int, end: int, **options: Any) -> tuple[Recorder, Morphology]:
    recorder = Recorder()
    morphology = Morphology(text, lambda: recorder, **options)
    morphology.words(start, end)
    return recorder, morphology


def test_only_the_words_asked_about_and_their_neighbours_are_analysed():
    start = TEXT.index("대표산업으로")
    recorder, _ = reading(TEXT, start, start + len("대표산업으로"))
    # one word of context on each side, nothing more of the sentence
    assert recorder.seen == ["11대 대표산업으로 인공지능,"]


def test_a_word_is_analysed_once_however_often_it_is_asked_for():
    start = TEXT.index("3대")
    recorder, morphology = reading(TEXT, start, start + len("3대 추진전략을"))
    first = list(recorder.seen)
    morphology.words(start, start + len("3대 추진전략을"))
    morphology.words(start + len("3대 "), start + len("3대 추진전략을"))
    assert recorder.seen == first
    morphology.words(start, start + len("3대 추진전략을 제시했다."))
    # only the new word is analysed (with the word before it as context)
    assert recorder.seen[len(first) :] == ["추진전략을 제시했다."]


def test_analysis_never_reaches_across_a_sentence_or_line_end():
    recorder, _ = reading(TEXT, 0, len(TEXT))
    assert recorder.seen and all("\n" not in s and "다. " not in s for s in recorder.seen)
    assert "".join(recorder.seen).replace(" ", "") == TEXT.replace(" ", "").replace("\n", "")


def test_words_cut_by_the_stretch_keep_only_the_morphemes_inside():
    start = TEXT.index("대표산업으로")
    _, morphology = reading(TEXT, start, start + len("대표산업"))
    cut = morphology.words(start, start + len("대표산업"))
    assert [TEXT[start + w.start : start + w.end] for w in cut] == ["대표산업"]
    assert all(not t.startswith("J") for t in cut[0].tags)
    # the whole word, asked for afterwards, has its particle again
    whole = morphology.words(start, start + len("대표산업으로"))
    assert whole[0].tags[-1].startswith("J")
    particle = whole[0].morphs[-1]
    assert TEXT[start + whole[0].start + particle.start : start + whole[0].start + particle.end] == "으로"


def test_selective_and_whole_document_words_agree_on_particles():
    start = TEXT.index("이용섭")
    end = len(TEXT)
    _, selective = reading(TEXT, start, end)
    _, whole = reading(TEXT, start, end, whole=True)
    particles = [[m.form for m in w.morphs if m.tag.startswith("J")] for w in selective.words(start, end)]
    assert particles == [[m.form for m in w.morphs if m.tag.startswith("J")] for w in whole.words(start, end)]
    assert ["은"] in particles and ["을"] in particles


def test_outside_a_document_words_are_read_from_the_string_alone():
    words = eojeols("5대 전략콘텐츠를 고도화해")
    assert [w.end - w.start for w in words] == [2, 6, 4]
    assert words[1].morphs[-1].form == "를" and words[1].morphs[-1].end == 6
