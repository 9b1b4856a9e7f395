"""Property-based: whatever the text, parse raises nothing, spans slice exactly, JSON round-trips."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import policyparse
from conftest import SEED, synthetic_paths
from policyparse import PolicyDocument, PolicyParseError

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MARKERS = "▲△▷▶■□◆◇·•-①②③○※"
ANNOUNCEMENTS = [SEED.read_text(encoding="utf-8")] + [p.read_text(encoding="utf-8") for p in synthetic_paths()]


def check(doc: PolicyDocument) -> None:
    for value in doc.grounded_values():
        assert doc.text[value.span.start : value.span.end] == value.text
    assert PolicyDocument.model_validate_json(doc.model_dump_json()) == doc


korean = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.sampled_from(list(MARKERS + " ,.\n“”‘’\"'()[]:/=등을를은는의로")),
        st.characters(),
    ),
    max_size=400,
)


@SETTINGS
@given(korean)
def test_any_text(text):
    check(policyparse.parse(text))


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes(data):
    try:
        doc = policyparse.parse(data)
    except PolicyParseError:
        return
    check(doc)


@SETTINGS
@given(st.integers(0, len(ANNOUNCEMENTS) - 1), st.randoms(use_true_random=False), st.integers(0, 5))
def test_mutated_announcements(which, rnd: random.Random, rounds):
    lines = ANNOUNCEMENTS[which].split("\n")
    for _ in range(rounds):
        action = rnd.choice(["drop", "swap", "cut", "duplicate"])
        if action == "drop" and lines:
            del lines[rnd.randrange(len(lines))]
        elif action == "swap":
            i = rnd.randrange(len(lines))
            lines[i] = "".join(rnd.choice(MARKERS) if ch in MARKERS else ch for ch in lines[i])
        elif action == "duplicate" and lines:
            i = rnd.randrange(len(lines))
            lines.insert(i, lines[i])
    text = "\n".join(lines)
    if rnd.random() < 0.5:
        text = text[: rnd.randrange(len(text) + 1)]  # cut mid-list
    check(policyparse.parse(text))
