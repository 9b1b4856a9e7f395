"""Many documents at once: in input order, on worker processes that each load Kiwi once.

A document that fails becomes a ``ParseFailure`` in its place; it never stops the batch.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from .models import PolicyDocument

if TYPE_CHECKING:
    from .parser import Parser

Input = str | bytes | os.PathLike[str]


class ParseFailure(BaseModel):
    """A document of a batch that could not be read, and why."""

    index: int
    source: str | None = None
    error: str
    message: str


# This process's parsers, one per set of Parser options: made on first need (Kiwi loads once per
# process), never pickled or sent anywhere; batch workers and Dask workers alike read through them.
_worker_parsers: dict[tuple[tuple[str, Any], ...], Parser] = {}
# What a worker reads once before its first document, so that the model is loaded up front.
WARM_UP_TEXT = "시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다."


def worker_parser(options: Mapping[str, Any] | None = None) -> Parser:
    """This process's Parser for ``options`` (keyword arguments of ``Parser``)."""
    key = tuple(sorted((options or {}).items()))
    parser = _worker_parsers.get(key)
    if parser is None:
        from .parser import Parser

        parser = _worker_parsers.setdefault(key, Parser(**dict(key)))
    return parser


def warm_up(options: Mapping[str, Any] | None = None) -> None:
    """Load the morphology model now rather than inside the first document's time."""
    worker_parser(options).parse(WARM_UP_TEXT)


def _start_worker() -> None:
    import signal

    # Ctrl-C is the caller's to handle (it stops the pool); SIGTERM from the pool just ends a worker,
    # whatever handler a forked worker inherited
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    warm_up()


def _describe(item: Input) -> str | None:
    if isinstance(item, os.PathLike):
        return str(item)
    return None


def _failure(job: tuple[int, Input], error: str, message: str) -> ParseFailure:
    return ParseFailure(index=job[0], source=_describe(job[1]), error=error, message=message)


def _parse_one(job: tuple[int, Input], options: Mapping[str, Any] | None = None) -> PolicyDocument | ParseFailure:
    try:
        return worker_parser(options).parse(job[1])
    except Exception as exc:  # one bad document must not stop the batch
        return _failure(job, type(exc).__name__, str(exc))


# A worker that dies (killed, out of memory, a native crash) takes its unfinished documents with it:
# each is read again alone, and one that kills that worker too is a "worker died" failure.
WORKER_DIED = "worker died"


@dataclass
class _Chunk:
    """Jobs sent to a worker together, and what became of them."""

    jobs: list[tuple[int, Input]]
    future: Future[list[PolicyDocument | ParseFailure]] | None = None
    results: list[PolicyDocument | ParseFailure] | None = None


def parse_chunk(
    jobs: list[tuple[int, Input]], options: Mapping[str, Any] | None = None
) -> list[PolicyDocument | ParseFailure]:
    """Numbered inputs read in this process, each a result or a failure in its place."""
    return [_parse_one(job, options) for job in jobs]


class Workers:
    """Worker processes that each hold a Parser, reusable across batches (the model loads once each).

    ``with Workers(2) as workers: workers.parse_many(paths)``. Every input ends as a result or a
    ``ParseFailure`` in its place: a worker that dies is replaced and its documents are sent again,
    one at a time (``error="worker died"`` for one that fails twice).
    """

    def __init__(self, n_jobs: int = 2) -> None:
        self.n_jobs = n_jobs if n_jobs > 0 else (os.cpu_count() or 1)
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.n_jobs, mp_context=_context(), initializer=_start_worker)

    def parse_many(self, inputs: Iterable[Input], *, chunksize: int = 4) -> Iterator[PolicyDocument | ParseFailure]:
        """Results in input order; a failure is yielded in its document's place.

        Leaving the loop early cancels the work not started. When the inputs themselves fail
        (an iterator that raises), the results so far are yielded and then the error is raised.
        """
        return self._results(_jobs(inputs), max(1, chunksize))

    def _results(self, jobs: Iterator[tuple[int, Input]], chunksize: int) -> Iterator[PolicyDocument | ParseFailure]:
        pending: deque[_Chunk] = deque()
        failed_inputs: BaseException | None = None
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < 2 * self.n_jobs:
                    chunk: list[tuple[int, Input]] = []
                    try:
                        for job in jobs:
                            chunk.append(job)
                            if len(chunk) == chunksize:
                                break
                        else:
                            exhausted = True
                    except Exception as exc:  # the caller's iterator failed: finish what was sent
                        failed_inputs, exhausted = exc, True
                    if chunk:
                        pending.append(self._submit(_Chunk(chunk)))
                        if pending[-1].future is None:  # the pool broke before this chunk was sent
                            pending = self._recover(pending)
                if not pending:
                    break
                head = pending[0]
                if head.results is None:
                    try:
                        if head.future is None:
                            raise BrokenProcessPool("the chunk was never sent")
                        head.results = head.future.result()
                    except BrokenProcessPool:
                        pending = self._recover(pending)
                        continue
                    except Exception:  # an input of the chunk cannot be sent to a worker (unpicklable)
                        head.results = [self._alone_now(job) for job in head.jobs]
                pending.popleft()
                yield from head.results
        finally:
            for chunk in pending:
                if chunk.future is not None:
                    chunk.future.cancel()
        if failed_inputs is not None:
            raise failed_inputs

    def _submit(self, chunk: _Chunk) -> _Chunk:
        """Send a chunk; when a worker has died since the last send, the chunk stays unsent (no future)."""
        try:
            chunk.future = self._executor.submit(parse_chunk, chunk.jobs)
        except BrokenProcessPool:
            chunk.future = None
        return chunk

    def _recover(self, pending: deque[_Chunk]) -> deque[_Chunk]:
        """A worker died: start new workers and read every unfinished document again, alone and one
        after another, so that a document that kills a worker again is known to be the one."""
        self._restart()
        recovered: deque[_Chunk] = deque()
        for chunk in pending:
            future = chunk.future
            if chunk.results is None and future is not None and future.done() and _succeeded(future):
                chunk.results = future.result()
            if chunk.results is not None:
                recovered.append(chunk)
                continue
            for job in chunk.jobs:
                recovered.append(_Chunk([job], results=[self._alone_now(job)]))
        return recovered

    def _alone_now(self, job: tuple[int, Input]) -> PolicyDocument | ParseFailure:
        try:
            return self._executor.submit(parse_chunk, [job]).result()[0]
        except BrokenProcessPool:
            self._restart()
            return _failure(job, WORKER_DIED, "the worker process reading this document died, twice")
        except Exception as exc:  # an input that cannot be sent to a worker
            return _failure(job, type(exc).__name__, f"the input cannot be sent to a worker: {exc}")

    def _restart(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = self._start()

    def close(self) -> None:
        self._executor.shutdown(wait=True)

    def terminate(self) -> None:
        """Stop the workers now, whatever they are doing (an interrupt, an abandoned batch)."""
        processes = list(getattr(self._executor, "_processes", {}).values())  # no public handle on them
        self._executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)
        # the executor's own thread sees its workers gone and ends; joined here, it is not woken at exit
        # through a pipe it has already closed ("Exception ignored in … threading": EBADF)
        self._executor.shutdown(wait=True)

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if kind is None:
            self.close()
        else:
            self.terminate()


def _succeeded(future: Future[list[PolicyDocument | ParseFailure]]) -> bool:
    return not future.cancelled() and future.exception() is None


def _context():  # type: ignore[no-untyped-def]
    """On Linux, workers forked from the caller; elsewhere spawned.

    "spawn" and "forkserver" both re-run the calling script in every worker, so a script without
    an ``if __name__ == "__main__":`` guard started workers without end. A forked worker runs
    nothing of the caller again. macOS and Windows have no safe fork: there, guard the script.
    """
    import multiprocessing

    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _jobs(inputs: Iterable[Input]) -> Iterator[tuple[int, Input]]:
    """Numbered inputs; a path, or a one-line str naming an existing file, becomes a Path."""
    from .parser import names_a_file

    for i, x in enumerate(inputs):
        if isinstance(x, os.PathLike):
            yield i, Path(x)
        elif isinstance(x, str) and (path := names_a_file(x)) is not None:
            yield i, path
        else:
            yield i, x


# What a folder's announcements are, unless a glob says otherwise: the formats the library reads.
ANNOUNCEMENT_SUFFIXES = frozenset({".txt", ".html", ".htm", ".hwp", ".hwpx", ".pdf"})


def announcement_files(
    folder: Path, pattern: str | None = None, *, recursive: bool = False, out: Path | None = None
) -> list[Path]:
    """The announcements of a folder: by --glob or by suffix; never hidden files, gold readings,
    or the batch's own output (and its temporary or partial copies)."""
    from .output import is_partial_or_temporary

    found = folder.rglob(pattern or "*") if recursive else folder.glob(pattern or "*")
    files = []
    for path in found:
        parts = path.relative_to(folder).parts
        if any(part.startswith(".") for part in parts):
            continue
        if not path.is_file() and not path.is_symlink():
            continue  # a broken or looping link is kept: it gets a failure record, not silence
        if path.name.endswith(".gold.json") or is_partial_or_temporary(path, out):
            continue
        if pattern is None and path.suffix.lower() not in ANNOUNCEMENT_SUFFIXES:
            continue
        files.append(path)
    return sorted(files)


def parse_many(
    inputs: Iterable[Input], n_jobs: int = 1, *, chunksize: int = 4
) -> Iterator[PolicyDocument | ParseFailure]:
    """Parse every input, yielding results in input order.

    An input is a path, bytes, or a str: a str of one line that names an existing file is that
    file (``parse_many(glob.glob("*.hwp"))``), any other str is the text of an announcement.
    ``n_jobs`` worker processes (1: in this process; -1: one per CPU). Each worker
    loads the morphology model once; use ``Workers`` to keep them across batches.
    """
    if n_jobs == 1:
        for job in _jobs(inputs):
            yield _parse_one(job)
        return
    with Workers(n_jobs) as workers:
        yield from workers.parse_many(inputs, chunksize=chunksize)


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[PolicyDocument | ParseFailure]:
    """The documents and failures of a JSON Lines file, in order: ``policyparse batch`` records
    (``{"source": …, "document": …}`` or ``{"source": …, "error": …}``) and ``policyparse FILE
    --jsonl`` lines (a document each) alike; a line that is neither is a ``PolicyParseError``."""
    import json

    from .errors import PolicyParseError

    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if "document" in record and "source" in record:
                    yield PolicyDocument.model_validate(record["document"])
                elif "error" in record and "source" in record:
                    yield ParseFailure.model_validate(record["error"])
                else:
                    yield PolicyDocument.model_validate(record)
            except (ValueError, TypeError) as exc:
                raise PolicyParseError(f"{path}, line {number}: not a policyparse record ({exc})") from None
