"""Many documents at once: in input order, on worker processes that each load Kiwi once.

A document that fails becomes a ``ParseFailure`` in its place; it never stops the batch.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel

from .models import PolicyDocument

Input = str | bytes | os.PathLike[str]


class ParseFailure(BaseModel):
    """A document of a batch that could not be read, and why."""

    index: int
    source: str | None = None
    error: str
    message: str


_worker_parser = None


def _start_worker() -> None:
    global _worker_parser
    import signal

    from .parser import Parser

    # Ctrl-C is the caller's to handle (it stops the pool); SIGTERM from the pool just ends a worker,
    # whatever handler a forked worker inherited
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_parser = Parser()
    _worker_parser.parse("시는 3대 전략으로 ▲수소 ▲반도체 ▲바이오를 제시했다.")  # load Kiwi once, up front


def _describe(item: Input) -> str | None:
    if isinstance(item, os.PathLike):
        return str(item)
    return None


def _parse_one(job: tuple[int, Input]) -> PolicyDocument | ParseFailure:
    index, item = job
    global _worker_parser
    if _worker_parser is None:
        from .parser import Parser

        _worker_parser = Parser()
    try:
        return _worker_parser.parse(item)
    except Exception as exc:  # one bad document must not stop the batch
        return ParseFailure(index=index, source=_describe(item), error=type(exc).__name__, message=str(exc))


class Workers:
    """Worker processes that each hold a Parser, reusable across batches (the model loads once each).

    ``with Workers(2) as workers: workers.parse_many(paths)``
    """

    def __init__(self, n_jobs: int = 2) -> None:

        self.n_jobs = n_jobs if n_jobs > 0 else (os.cpu_count() or 1)
        self._pool = _context().Pool(processes=self.n_jobs, initializer=_start_worker)

    def parse_many(self, inputs: Iterable[Input], *, chunksize: int = 4) -> Iterator[PolicyDocument | ParseFailure]:
        """Results in input order; a failure is yielded in its document's place."""
        return self._pool.imap(_parse_one, _jobs(inputs), chunksize=chunksize)

    def close(self) -> None:
        self._pool.close()
        self._pool.join()

    def __enter__(self) -> Workers:
        return self

    def terminate(self) -> None:
        """Stop the workers now, whatever they are doing (an interrupt, an abandoned batch)."""
        self._pool.terminate()
        self._pool.join()

    def __exit__(self, kind: object, *exc: object) -> None:
        if kind is None:
            self.close()
        else:
            self.terminate()


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
