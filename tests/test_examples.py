"""The shipped examples run: the folder script and the notebook, top to bottom."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import DATA, ROOT

NOTEBOOK = ROOT / "examples" / "tour.ipynb"


def test_notebook_is_stored_without_outputs():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None


def test_notebook_runs_top_to_bottom_in_a_kernel(tmp_path, monkeypatch):
    """The notebook as Jupyter runs it: a kernel, cell by cell, in its own folder."""
    nbclient = pytest.importorskip("nbclient")
    nbformat = pytest.importorskip("nbformat")
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "examples")}}
    ).execute()
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert not [o for cell in code for o in cell.outputs if o.output_type == "error"]
    shown = code[0].outputs[0]["data"]
    assert "<mark" in shown["text/html"] and shown["text/plain"].startswith("PolicyDocument(")
    printed = "".join(o.get("text", "") for o in code[2].outputs if o.output_type == "stream")
    title = "민선7기 산업비전과 추진전략"
    assert printed.count(title) == 1  # the tree once, as text: not a second rendering for Jupyter
    assert not [o for o in code[2].outputs if o.output_type == "display_data"]
    compared = "".join(str(o.get("data", {}).get("text/plain", "")) + o.get("text", "") for o in code[-1].outputs)
    assert all(change in compared for change in ("kept", "renamed", "merged", "removed", "added"))


def test_industries_by_agency_script():
    out = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "industries_by_agency.py"), str(DATA)],
        capture_output=True, text=True, check=True, env={"COLUMNS": "200", "PATH": ""},
    ).stdout  # fmt: skip
    assert "대전광역시" in out and "첨단바이오" in out and "세종특별자치시" in out


def test_industries_by_agency_groups_one_body_and_folds_narrow_cells():
    out = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "industries_by_agency.py"), str(DATA)],
        capture_output=True, text=True, check=True, env={"COLUMNS": "40", "PATH": ""},
    ).stdout  # fmt: skip
    assert "…" not in out  # folded onto more lines, never cropped
    agencies = {line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│")}
    assert "대전광역시" in agencies and "대전시" not in agencies  # '대전시' and '대전광역시' are one body
