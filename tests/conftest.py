"""Shared fixtures: the seed in examples/, synthetic announcements in tests/data, and the
real corpus in ../shared when it is beside the repository (tests needing it skip otherwise)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import policyparse

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "gj2019-seed.txt"
DATA = ROOT / "tests" / "data"
DEV = ROOT.parent / "shared" / "corpus" / "dev"

needs_shared = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev is not beside the repository")


def synthetic_paths() -> list[Path]:
    return sorted(DATA.glob("*.txt"))


def gold_of(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_doc() -> policyparse.PolicyDocument:
    return policyparse.parse(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def synthetic_docs() -> dict[str, policyparse.PolicyDocument]:
    return {p.stem: policyparse.parse(p.read_text(encoding="utf-8")) for p in synthetic_paths()}
