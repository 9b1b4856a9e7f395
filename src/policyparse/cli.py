"""Command line: ``policyparse FILE`` shows a reading; ``policyparse eval DIR`` scores the parser."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TextIO

from .errors import PolicyParseError
from .models import PolicyDocument


def _parse_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="text, HTML, HWP, HWPX or PDF files (- or none: standard input); several with --jsonl or --csv",
    )
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the document as JSON")
    out.add_argument("--jsonl", action="store_true", help="print each document as one line of JSON")
    out.add_argument(
        "--csv", action="store_true", help="print one CSV row per list item (cells like formulas get a leading ')"
    )
    out.add_argument("--csv-raw", action="store_true", help="--csv with every value exactly as read")
    out.add_argument("--schema", action="store_true", help="print the JSON Schema of the output")
    p.add_argument(
        "--excel",
        action="store_true",
        help="with --csv: write UTF-8 with a byte-order mark, which Excel needs to show Hangul",
    )
    p.add_argument("--html", metavar="OUT", help="also write the highlighted view as a standalone HTML page")


def _diff_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("old", help="the earlier document")
    p.add_argument("new", help="the later document")
    p.add_argument("--json", action="store_true", help="print the comparison as JSON")


def _explain_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="a text, HTML, HWP, HWPX or PDF file, or - for standard input")
    p.add_argument("--json", action="store_true", help="print the candidates as JSON")


def _eval_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("directory", help="a folder of <id>.txt files with <id>.gold.json beside them")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--show", action="store_true", help="list every miss, by document")
    p.add_argument(
        "--min-f1", type=float, default=None, metavar="X", help="exit with status 1 when overall item F1 is below X"
    )
    p.add_argument("--by-prefix", action="store_true", help="also print the figures per family (file-name prefix)")
    p.add_argument(
        "--floors",
        metavar="FILE",
        help="exit with status 1 when any measure of any family is below its floor in FILE (JSON)",
    )
    p.add_argument(
        "--raise-floors",
        action="store_true",
        help="with --floors: raise the floors in FILE to what this run measures (never lowers one)",
    )


def _batch_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("directory", help="a folder of announcements")
    p.add_argument("--out", help="the JSON Lines file to write, whole at the end (- for standard output)")
    p.add_argument(
        "--parquet",
        metavar="DIR",
        help="write the items, documents and quotes tables as Parquet datasets in DIR (needs policyparse[dask])",
    )
    p.add_argument("--jobs", type=int, default=1, help="worker processes (-1: one per CPU)")
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="read on a Dask cluster: tcp://host:8786, or local:N for N local worker processes (policyparse[dask])",
    )
    p.add_argument(
        "--glob",
        default=None,
        help="which files, e.g. '*.txt' (default: .txt .html .htm .hwp .hwpx .pdf; hidden files never)",
    )
    p.add_argument("--recursive", action="store_true", help="read the subfolders too")


# The subcommands: name, one-line help, description, its arguments.
COMMANDS = {
    "parse": (
        "show the reading of announcements (the default: 'policyparse FILE')",
        "Read Korean policy announcements into grounded data and show them (a tree, JSON, JSON lines or CSV).",
        _parse_arguments,
    ),
    "eval": ("score the parser against gold readings", "Score the parser against gold readings.", _eval_arguments),
    "batch": (
        "parse a folder into JSON lines",
        "Parse every announcement of a folder into JSON lines. Exit status 1 when any file failed.",
        _batch_arguments,
    ),
    "diff": (
        "compare the lists of two announcements",
        "Compare the lists of two announcements; exit status 1 when anything changed.",
        _diff_arguments,
    ),
    "explain": (
        "show every list considered, kept or rejected, and why",
        "Show every list the reader considered in FILE, kept or rejected, with its evidence and why.",
        _explain_arguments,
    ),
    "schema": ("print the JSON Schema of the output", "Print the JSON Schema of a document.", lambda p: None),
}


def _arguments() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(
        prog="policyparse",
        description="Read Korean policy announcements into typed, source-grounded data. "
        "'policyparse FILE' is 'policyparse parse FILE'.",
    )
    p.add_argument("--version", "-V", action="version", version=f"policyparse {__version__}")
    commands = p.add_subparsers(dest="command", metavar="COMMAND")
    for name, (short, description, add) in COMMANDS.items():
        add(commands.add_parser(name, help=short, description=description))
    return p


# Exit statuses of a batch stopped by Ctrl-C and by SIGTERM (128 + the signal's number).
INTERRUPTED, TERMINATED = 130, 143


def _fail(message: str) -> int:
    print(f"policyparse: {message}", file=sys.stderr)
    return 2


def _console(*, stderr: bool = False):  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; a reader that stops early (``| head``) ends it quietly."""
    try:
        status = _dispatch(list(sys.argv[1:] if argv is None else argv))
        sys.stdout.flush()  # a pipe closed early shows here, not in the interpreter's final flush
        if argv is None and status in (INTERRUPTED, TERMINATED):
            # interrupted: the output is closed and the workers are gone; the interpreter's exit
            # handlers would only try to wake the worker pool's dead thread (an EBADF traceback)
            sys.stderr.flush()
            os._exit(status)
        return status
    except BrokenPipeError:
        # nothing more can reach the reader; keep the interpreter's final flush from failing too
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _dispatch(args: list[str]) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    if not args or (args[0] not in COMMANDS and args[0] not in ("-h", "--help", "-V", "--version")):
        args = ["parse", *args]  # 'policyparse FILE …' and bare 'policyparse < file'
    try:
        if args[0] not in COMMANDS:
            _arguments().parse_args(args)  # --help or --version: prints and exits
        _short, description, add = COMMANDS[args[0]]
        command = argparse.ArgumentParser(prog=f"policyparse {args[0]}", description=description)
        add(command)
        # intermixed: 'policyparse a.txt --jsonl b.txt' reads both files; anything left over is an error
        ns = command.parse_intermixed_args(args[1:])
    except SystemExit as exc:  # argparse's way out (help, version, a usage error) as a status
        return exc.code if isinstance(exc.code, int) else 2
    ns.command = args[0]
    run = {
        "parse": _run_parse,
        "eval": _run_eval,
        "batch": _run_batch,
        "diff": _run_diff,
        "explain": _run_explain,
        "schema": lambda _ns: _print_schema(),
    }[ns.command]
    return run(ns)


def _print_schema() -> int:
    from .models import PolicyDocument

    print(json.dumps(PolicyDocument.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def _load(name: str) -> PolicyDocument | str:
    """The document read from a path (or - for standard input), or a one-line reason it cannot be."""
    from .parser import parse

    try:
        if name == "-":
            return parse(sys.stdin.buffer.read())
        path = Path(name)
        if path.is_dir():
            return f"{path} is a folder; give a file (or 'policyparse batch {path} --out FILE')"
        return parse(path)
    except (FileNotFoundError, PolicyParseError, OSError, ImportError) as exc:
        return str(exc)


def _run_parse(ns: argparse.Namespace) -> int:
    if ns.schema:
        return _print_schema()
    names = ns.files or ["-"]
    if names == ["-"] and not ns.files and sys.stdin.isatty():
        return _fail("give a FILE to read, or pipe the text in (policyparse --help)")
    tabular = ns.jsonl or ns.csv or ns.csv_raw
    if len(names) > 1 and not tabular:
        return _fail("several files need --jsonl or --csv (one document per line, or one table)")
    if ns.excel and not (ns.csv or ns.csv_raw):
        return _fail("--excel goes with --csv")
    status = 0
    docs = []
    for name in names:
        doc = _load(name)
        if isinstance(doc, str):
            if len(names) == 1:
                return _fail(doc)
            _fail(doc)
            status = 2  # the others are still read: one bad file does not cost the rest
            continue
        docs.append(doc)
        if ns.jsonl:  # each line as soon as it is read
            print(doc.model_dump_json())
    if not docs:
        return status
    doc = docs[0]
    if ns.html:
        from .htmlview import standalone_page
        from .output import write_text

        try:
            write_text(ns.html, standalone_page(doc))
        except OSError as exc:
            return _fail(f"cannot write {ns.html}: {exc.strerror or exc}")
    if ns.json:
        print(doc.model_dump_json(indent=2))
    elif ns.csv or ns.csv_raw:
        from .tables import to_csv

        table = to_csv(docs, escape_formulas=not ns.csv_raw)
        if ns.excel:
            sys.stdout.flush()
            sys.stdout.buffer.write(table.encode("utf-8-sig"))
        else:
            sys.stdout.write(table)
    elif not ns.jsonl:
        _console().print(doc)
    return status


def _run_explain(ns: argparse.Namespace) -> int:
    from .parser import explain

    try:
        if ns.file == "-":
            explanation = explain(sys.stdin.buffer.read())
        else:
            path = Path(ns.file)
            if path.is_dir():
                return _fail(f"{path} is a folder; give a file")
            explanation = explain(path)
    except (FileNotFoundError, PolicyParseError, OSError, ImportError) as exc:
        return _fail(str(exc))
    if ns.json:
        print(json.dumps([c.model_dump() for c in explanation.candidates], ensure_ascii=False, indent=2))
    else:
        _console().print(explanation)
    return 0


def _run_diff(ns: argparse.Namespace) -> int:
    from .compare import compare

    old, new = _load(ns.old), _load(ns.new)
    for doc in (old, new):
        if isinstance(doc, str):
            return _fail(doc)
    comparison = compare(old, new)  # type: ignore[arg-type]
    if ns.json:
        print(comparison.model_dump_json(indent=2))
    else:
        _console().print(comparison)
        print(comparison.summary())
    return 1 if comparison.changed else 0  # like diff(1): 1 when the two differ


class _Terminated(BaseException):
    """SIGTERM, turned into an exception so that the batch stops the way Ctrl-C stops it."""


def _run_batch(ns: argparse.Namespace) -> int:
    import contextlib

    from .batch import Workers, announcement_files, parse_many
    from .output import atomic_text

    folder = Path(ns.directory)
    if not folder.is_dir():
        return _fail(f"no such folder: {folder}")
    if (ns.out is None) == (ns.parquet is None):
        return _fail("batch: give --out FILE (JSON lines) or --parquet DIR (tables), one of them")
    if ns.scheduler is not None and ns.jobs != 1:
        return _fail("batch: --jobs is for this machine's processes; with --scheduler the cluster has the workers")
    if ns.parquet is not None or ns.scheduler is not None:
        return _run_batch_on_dask(ns, folder)
    out_path = None if ns.out == "-" else Path(ns.out)
    if out_path is not None and not out_path.parent.is_dir():
        return _fail(f"cannot write {out_path}: no such folder {out_path.parent}")
    files = announcement_files(folder, ns.glob, recursive=ns.recursive, out=out_path)

    def work() -> int:
        opened = contextlib.nullcontext(sys.stdout) if out_path is None else atomic_text(out_path, keep_partial=True)
        # the workers start before the progress bar's thread does: a fork copies no running thread
        pool = Workers(ns.jobs) if ns.jobs != 1 else contextlib.nullcontext()
        with opened as out, pool as workers:
            results = workers.parse_many(files) if workers is not None else parse_many(files)
            if sys.stderr.isatty() and out_path is not None:
                from rich.progress import track

                results = track(results, total=len(files), description="parsing", console=_console(stderr=True))
            return _write_records(out, folder, files, results)

    return _batch_outcome(work, len(files), out_path, out_path)


def _batch_outcome(work: Callable[[], int], count: int, target: Path | None, partial: Path | None) -> int:
    """Run a batch's ``work`` (which returns how many files failed) as every batch ends: SIGTERM
    stops it as Ctrl-C does, with the records so far kept in ``<partial>.partial``; an output that
    cannot be written is one line and status 2; otherwise a summary line, and 1 if any file failed."""
    import signal

    def terminate(_signum: int, _frame: object) -> None:
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        failures = work()
    except PolicyParseError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"cannot write {target}: {exc.strerror or exc}")
    except (KeyboardInterrupt, _Terminated) as exc:
        kept = f"; the records so far are in {partial}.partial" if partial is not None else ""
        print(f"policyparse batch: interrupted{kept}", file=sys.stderr)
        return TERMINATED if isinstance(exc, _Terminated) else INTERRUPTED
    finally:
        signal.signal(signal.SIGTERM, previous)
    print(f"policyparse batch: {count} files, {failures} failed", file=sys.stderr)
    return 1 if failures else 0


def _write_records(out: TextIO, folder: Path, files: list[Path], results: Iterable[object]) -> int:
    """One JSON line per file, in order (``{"source": …, "document": …}`` or ``{"source": …, "error": …}``);
    returns how many failed."""
    from .batch import ParseFailure

    failures = 0
    for path, result in zip(files, results, strict=True):
        source = path.relative_to(folder).as_posix()
        if isinstance(result, ParseFailure):
            failures += 1
            out.write(json.dumps({"source": source, "error": result.model_dump()}, ensure_ascii=False) + "\n")
        else:  # one write per record: an interrupt falls between records, never inside one
            named = json.dumps(source, ensure_ascii=False)
            out.write(f'{{"source": {named}, "document": {result.model_dump_json()}}}\n')  # type: ignore[attr-defined]
    return failures


def _run_batch_on_dask(ns: argparse.Namespace, folder: Path) -> int:
    """The batch through a Dask cluster: the same JSON lines, or the three tables as Parquet."""
    import contextlib

    from .batch import announcement_files
    from .output import atomic_text

    try:
        from . import dask as on_dask
    except ImportError as exc:
        return _fail(str(exc))
    out_path = None if ns.out in (None, "-") else Path(ns.out)
    target = out_path or (Path(ns.parquet) if ns.parquet else None)
    if target is not None and not target.parent.is_dir():
        return _fail(f"cannot write {target}: no such folder {target.parent}")
    files = announcement_files(folder, ns.glob, recursive=ns.recursive, out=out_path)
    scheduler = ns.scheduler or f"local:{ns.jobs if ns.jobs > 0 else os.cpu_count() or 1}"

    def work() -> int:
        with contextlib.ExitStack() as stack:
            client, cluster = on_dask.client_for(scheduler)
            stack.callback(client.close)
            if cluster is not None:
                stack.callback(cluster.close)
            bag = on_dask.read_documents(files) if files else None
            if ns.parquet is not None:
                return on_dask.to_parquet(bag, ns.parquet) if bag is not None else 0
            stdout = contextlib.nullcontext(sys.stdout)
            with stdout if out_path is None else atomic_text(out_path, keep_partial=True) as out:
                results = on_dask.results_in_order(bag, client) if bag is not None else iter(())
                return _write_records(out, folder, files, results)

    return _batch_outcome(work, len(files), target, out_path)


def _run_eval(ns: argparse.Namespace) -> int:
    from .evaluate import evaluate

    try:
        report = evaluate(ns.directory)
    except FileNotFoundError as exc:
        return _fail(str(exc))
    if report.documents == 0:
        return _fail(f"no gold readings (*.gold.json beside *.txt) in {ns.directory}")
    if ns.json:
        summary = report.summary()
        if not ns.show:
            summary.pop("misses")
        if not ns.by_prefix:
            summary.pop("families")
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        from .render import families_view, report_view

        console = _console()
        console.print(report_view(report, show=ns.show))
        if ns.by_prefix:
            console.print(families_view(report))
    if ns.floors:
        status = _check_floors(report, Path(ns.floors), raise_them=ns.raise_floors)
        if status:
            return status
    f1 = report.items_overall.f1
    if ns.min_f1 is not None and (f1 < ns.min_f1 or report.crashes):
        print(
            f"policyparse eval: item F1 {f1:.4f} is below --min-f1 {ns.min_f1}"
            + (f" ({report.crashes} crashes)" if report.crashes else ""),
            file=sys.stderr,
        )
        return 1
    return 0


def _check_floors(report: object, path: Path, *, raise_them: bool) -> int:
    """Hold the measures to the floors recorded in ``path``; raise them there when asked."""
    from .evaluate import below_floors, raised_floors

    try:
        floors = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if not raise_them:
            return _fail(f"no such floors file: {path}")
        floors = {}
    except (OSError, ValueError) as exc:
        return _fail(f"cannot read the floors in {path}: {exc}")
    failures = below_floors(report, floors)  # type: ignore[arg-type]
    for line in failures:
        print(f"policyparse eval: below the floor: {line}", file=sys.stderr)
    if failures:
        return 1
    if raise_them:
        new = raised_floors(report, floors)  # type: ignore[arg-type]
        from .output import write_text

        write_text(path, json.dumps(new, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        print(f"policyparse eval: floors in {path} raised to this run's figures", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
