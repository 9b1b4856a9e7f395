"""Importing policyparse loads no morphology model; the first parse that needs one does."""

from __future__ import annotations

import subprocess
import sys

from policyparse.morph import analyse


def test_import_builds_nothing_until_a_name_is_used():
    code = (
        "import sys, policyparse; assert 'pydantic' not in sys.modules and 'policyparse.parser' not in sys.modules; "
        "from policyparse import parse, PolicyDocument; assert 'policyparse.parser' in sys.modules; "
        "assert sorted(policyparse.__all__) == sorted(set(policyparse.__all__)); "
        "assert all(getattr(policyparse, name) is not None for name in policyparse.__all__)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_import_loads_no_model():
    code = (
        "import sys, policyparse, policyparse.morph as m; "
        "assert not m.is_loaded(); assert 'kiwipiepy' not in sys.modules and 'rich' not in sys.modules; "
        "policyparse.parse('시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.'); assert m.is_loaded()"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_analysis_offsets_slice_the_input():
    text = "어등산 관광단지 착공 등을 밝혔다"
    morphs = analyse(text)
    assert all(0 <= m.start <= m.end <= len(text) for m in morphs)
    assert not any(m.form == "등" for m in morphs if m.start < 3)  # 어등산 holds no 등
    assert any(m.form == "등" and m.tag == "NNB" for m in morphs)
