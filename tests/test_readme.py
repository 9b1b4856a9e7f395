"""The README's two command lines are the ones CI runs."""

from __future__ import annotations

import json
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


def test_every_readme_python_block_runs_as_written(tmp_path):
    """Each block as a script, in a folder that holds examples/ and tests/ (what a block writes stays there)."""
    import subprocess
    import sys

    for name in ("examples", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    blocks = _python_blocks()
    assert len(blocks) >= 4
    for block in blocks:
        done = subprocess.run([sys.executable, "-c", block], cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, block + done.stderr
    # the Dask block wrote the three tables of the synthetic documents, one row per item
    import pandas as pd

    import policyparse

    assert any("policyparse.dask" in b for b in blocks)
    archive = tmp_path / "archive"
    assert sorted(p.name for p in archive.iterdir()) == ["documents", "items", "quotes"]
    docs = policyparse.parse_many(sorted((ROOT / "tests" / "data").glob("*.txt")))
    assert len(pd.read_parquet(archive / "items")) == len(policyparse.to_records(docs))


def _command_lines() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Command line") :]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_every_readme_command_line_runs_as_written(tmp_path):
    """Each line of the command-line block, in a folder that holds examples/, tests/ and the venv."""
    import os
    import subprocess
    import sys

    for name in ("examples", "tests"):
        (tmp_path / name).symlink_to(ROOT / name)
    (tmp_path / ".venv").symlink_to(sys.prefix)
    lines = _command_lines()
    script = "".join(f"{line}\necho \"::status $?\"\n" for line in lines)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "COLUMNS")}
    env["PATH"] = "/usr/bin:/bin"  # policyparse is on PATH only through the block's own activate line
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    statuses = [int(s) for s in re.findall(r"^::status (\d+)$", done.stdout, re.M)]
    assert len(statuses) == len(lines), done.stderr
    expected = [1 if line.startswith("policyparse diff ") else 0 for line in lines]
    assert statuses == expected, "\n".join(f"{s} {line}" for s, line in zip(statuses, lines, strict=True)) + done.stderr
    assert "policyparse 0.1" in done.stdout and "<mark" in (tmp_path / "out.html").read_text(encoding="utf-8")
    assert (tmp_path / "items.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert json.loads((tmp_path / "floors.json").read_text(encoding="utf-8"))
    records = (tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(records) == len(list((ROOT / "tests" / "data").glob("*.txt")))


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
