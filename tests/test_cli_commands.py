"""The command line as a user types it: subcommands with their own help, stray arguments,
several files, standard input, Excel's CSV, diff's exit status. Each runs the installed script."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "gj2019-seed.txt"
RELEASE = ROOT / "examples" / "haesol-2031-release.hwpx"
REVISION = Path(__file__).parent / "data" / "revision"
SCRIPT = Path(sys.executable).parent / "policyparse"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(SCRIPT), *args], input=stdin, capture_output=True, timeout=120, cwd=ROOT)


@pytest.mark.parametrize("command", ["parse", "eval", "batch", "diff", "explain", "schema"])
def test_every_subcommand_has_its_own_help(command):
    done = run(command, "--help")
    assert done.returncode == 0
    out = done.stdout.decode()
    assert out.startswith(f"usage: policyparse {command}")
    assert "-h, --help" in out


def test_the_top_help_lists_the_subcommands():
    out = run("--help").stdout.decode()
    for command in ("parse", "eval", "batch", "diff", "explain", "schema"):
        assert f"    {command} " in out


@pytest.mark.parametrize(
    "args",
    [
        ("schema", "extra"),
        ("eval", "a", "b"),
        ("diff", "a", "b", "c"),
        ("explain", "a", "b"),
        ("parse", "--no-such-option", "x.txt"),
    ],
)
def test_stray_arguments_are_rejected_with_the_subcommands_usage(args):
    done = run(*args)
    assert done.returncode == 2
    err = done.stderr.decode()
    assert f"usage: policyparse {args[0]}" in err and "error:" in err


def test_parse_is_the_default_subcommand():
    plain, named = run(str(SEED), "--jsonl"), run("parse", str(SEED), "--jsonl")
    assert plain.returncode == named.returncode == 0
    assert plain.stdout == named.stdout
    assert json.loads(plain.stdout)["title"]["text"]


def test_several_files_give_one_json_line_each_in_order():
    done = run(str(SEED), "--jsonl", str(RELEASE))  # options may stand between the files
    assert done.returncode == 0
    lines = done.stdout.decode().splitlines()
    assert [json.loads(line)["source"]["name"] for line in lines] == [SEED.name, RELEASE.name]


def test_several_files_give_one_csv_table_with_one_header():
    done = run("--csv", str(SEED), str(RELEASE))
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode())))
    assert {row["source"] for row in rows} == {SEED.name, RELEASE.name}
    assert done.stdout.decode().count("source,title,") == 1


def test_a_bad_file_among_several_is_reported_and_the_rest_read():
    done = run("--jsonl", str(SEED), "no-such-file.txt")
    assert done.returncode == 2
    assert len(done.stdout.decode().splitlines()) == 1
    assert done.stderr.decode().strip() == "policyparse: no such file: no-such-file.txt"


def test_several_files_without_a_tabular_output_are_refused():
    done = run(str(SEED), str(RELEASE))
    assert done.returncode == 2
    assert b"--jsonl or --csv" in done.stderr


def test_standard_input_is_read_when_no_file_is_given():
    piped = run("--jsonl", stdin=SEED.read_bytes())
    assert piped.returncode == 0
    assert json.loads(piped.stdout)["title"] == json.loads(run(str(SEED), "--jsonl").stdout)["title"]
    dashed = run("-", "--jsonl", stdin=SEED.read_bytes())
    assert dashed.stdout == piped.stdout


def test_excel_csv_starts_with_a_byte_order_mark():
    done = run(str(SEED), "--csv", "--excel")
    assert done.stdout.startswith(b"\xef\xbb\xbfsource,title,")
    assert done.stdout[3:].decode("utf-8") == run(str(SEED), "--csv").stdout.decode("utf-8")
    assert run(str(SEED), "--jsonl", "--excel").returncode == 2


def test_diff_exits_1_when_the_lists_changed_and_prints_a_summary():
    changed = run("diff", str(REVISION / "busan-2020.txt"), str(REVISION / "busan-2024.txt"))
    assert changed.returncode == 1
    summary = changed.stdout.decode().strip().splitlines()[-1]
    assert "renamed" in summary and "added" in summary
    same = run("diff", str(REVISION / "busan-2020.txt"), str(REVISION / "busan-2020.txt"))
    assert same.returncode == 0
