"""The shipped examples run: the folder script and the notebook, top to bottom."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import DATA, ROOT

NOTEBOOK = ROOT / "examples" / "tour.ipynb"


def test_notebook_is_stored_without_outputs():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None


def test_notebook_runs_top_to_bottom(monkeypatch):
    monkeypatch.chdir(ROOT)
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    namespace: dict[str, object] = {}
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            exec(compile("".join(cell["source"]), f"tour.ipynb#{cell['id']}", "exec"), namespace)
    doc = namespace["doc"]
    assert "<mark" in doc._repr_html_()  # type: ignore[attr-defined]
    changes = {c.change for c in namespace["comparison"].changes}  # type: ignore[attr-defined]
    assert {"kept", "renamed", "merged", "removed", "added"} <= changes


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
