"""The README's two command lines are the ones CI runs."""

from __future__ import annotations

import re

from conftest import ROOT


def test_ci_runs_the_readme_commands_exactly():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", readme, re.S)
    install, tests = blocks[0].strip(), blocks[1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert install in ci and tests in ci
    assert "examples/gj2019-seed.txt" in install


def _python_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", readme, re.S)


def test_the_readme_api_and_file_format_snippets_run_as_written():
    import subprocess
    import sys

    runnable = [b for b in _python_blocks() if "examples/" in b]
    assert len(runnable) >= 2
    for block in runnable:
        done = subprocess.run([sys.executable, "-c", block], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr


def test_the_readme_file_format_example_says_what_the_parser_reads():
    import policyparse

    doc = policyparse.parse(ROOT / "examples" / "haesol-2031-release.hwpx")
    block = next(b for b in _python_blocks() if "haesol" in b)
    assert doc.source.format == "hwpx" and f"'{doc.published.text}'" in block
    assert f"('{doc.department.text}', '{doc.contact.text}')" in block


def test_the_gold_format_ships_with_the_repository_and_all_installs_every_extra():
    import pytest

    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    assert "## Fields" in (ROOT / "docs" / "FORMAT.md").read_text(encoding="utf-8")
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    named = {req for name in ("html", "pandas", "pdf") for req in extras[name]}
    assert named <= set(extras["all"])
