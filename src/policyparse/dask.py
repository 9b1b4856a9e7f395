"""Past one machine: announcements read on a Dask cluster, as a Bag of documents and as DataFrames.

A partition is a list of numbered paths; a task reads them with its worker process's own Parser
(``batch.worker_parser``: made on the first task, Kiwi loaded once per process, never pickled or
shipped). Tasks are pure, so when a worker dies the scheduler runs its tasks again elsewhere and no
document is lost; a document that cannot be read is a ``ParseFailure`` in its place, as in
``parse_many``. Needs the extra ``policyparse[dask]``.
"""

from __future__ import annotations

import glob as globbing
import operator
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    from distributed import Client
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:
    raise ImportError(
        "policyparse.dask needs dask and pyarrow: pip install 'policyparse[dask]' "
        "(from a clone: pip install -e '.[dask]')"
    ) from None

from .batch import ParseFailure, announcement_files, parse_chunk, warm_up
from .errors import PolicyParseError
from .models import PolicyDocument
from .tables import COLUMNS, Table
from .tables import to_dataframe as _frame_of  # this module's to_dataframe reads a Bag

# Documents per partition (one task): large enough that the scheduler's cost per task (about a
# millisecond) is small beside the parses (tens of milliseconds each), small enough that a dead
# worker costs little to redo and that every worker gets work.
DOCUMENTS_PER_PARTITION = 32

__all__ = [
    "DOCUMENTS_PER_PARTITION",
    "WarmParser",
    "client_for",
    "local_cluster",
    "read_documents",
    "results_in_order",
    "to_dataframe",
    "to_dataframes",
    "to_parquet",
]


def _paths(paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    """A folder (its announcements, as ``policyparse batch`` reads them), a glob, one file, or paths."""
    if isinstance(paths_or_glob, (str, os.PathLike)):
        name = os.fspath(paths_or_glob)
        if Path(name).is_dir():
            found = announcement_files(Path(name))
        elif globbing.has_magic(name):
            found = [Path(p) for p in sorted(globbing.glob(name, recursive=True))]
        else:
            found = [Path(name)]
        if not found:
            raise PolicyParseError(f"no announcements in {name}", reason="no-input")
        return found
    return [Path(p) for p in paths_or_glob]


def _read_partition(jobs: list[tuple[int, Path]], options: Mapping[str, Any]) -> list[PolicyDocument | ParseFailure]:
    return parse_chunk(list(jobs), options)


def read_documents(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    blocksize: int = DOCUMENTS_PER_PARTITION,
    **parser_options: Any,
) -> db.Bag:
    """A Bag of ``PolicyDocument | ParseFailure``, one per path, in the paths' order.

    ``paths_or_glob`` is a folder, a glob (``"archive/**/*.hwp"``), one file, or paths; the workers
    must see the same files (a shared file system). ``blocksize`` documents make one partition.
    ``parser_options`` go to each worker's ``Parser`` (``lists_in_speech=True``, ``max_chars=…``).
    """
    if blocksize < 1:
        raise ValueError(f"blocksize must be at least 1, not {blocksize}")
    jobs = list(enumerate(_paths(paths_or_glob)))
    if not jobs:
        return db.from_sequence([], npartitions=1)
    numbered = db.from_sequence(jobs, partition_size=blocksize)
    return numbered.map_partitions(_read_partition, dict(parser_options))


def _table(part: Iterable[PolicyDocument | ParseFailure], what: Table) -> Any:
    return _frame_of(list(part), what)


def _tables(part: Iterable[PolicyDocument | ParseFailure], whats: tuple[Table, ...]) -> dict[str, Any]:
    documents = list(part)
    return {what: _table(documents, what) for what in whats}


def to_dataframe(bag: db.Bag, what: Table = "items") -> dd.DataFrame:
    """A Dask DataFrame of the Bag's documents with the columns and dtypes of
    ``policyparse.to_dataframe`` (failures as rows with ``error``); each partition's index starts at 0."""
    return to_dataframes(bag, (what,))[what]


def to_dataframes(bag: db.Bag, whats: Iterable[Table] = tuple(COLUMNS)) -> dict[str, dd.DataFrame]:
    """Several tables of one Bag that share its parses: computed together (``dask.compute`` of their
    ``to_parquet(..., compute=False)``), each document is read once for all of them."""
    whats = tuple(whats)
    for what in whats:
        if what not in COLUMNS:
            raise ValueError(f"what must be one of {', '.join(COLUMNS)}, not {what!r}")
    parts = [dask.delayed(_tables)(part, whats) for part in bag.to_delayed()]
    return {
        what: dd.from_delayed(
            [dask.delayed(operator.getitem)(part, what) for part in parts], meta=_table([], what), verify_meta=True
        )
        for what in whats
    }


def to_parquet(bag: db.Bag, folder: str | os.PathLike[str], *, tables: Iterable[Table] = tuple(COLUMNS)) -> int:
    """Write the tables as Parquet datasets ``folder/items``, ``folder/documents``, ``folder/quotes``
    (the workers write them; each document is read once for all of them) and return how many
    documents failed. Each dataset is written beside its place and takes it only when whole."""
    import shutil

    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    frames = to_dataframes(bag, tables)
    staged = {what: root / f".{what}.partial" for what in frames}
    for path in staged.values():
        shutil.rmtree(path, ignore_errors=True)
    writes = [frame.to_parquet(staged[what], write_index=False, compute=False) for what, frame in frames.items()]
    # a failure is one row of every table, with its error; counted from whichever table is written
    failed = next(iter(frames.values()))["error"].count()
    *_, failures = dask.compute(*writes, failed)
    for what, path in staged.items():
        shutil.rmtree(root / what, ignore_errors=True)
        os.replace(path, root / what)
    return int(failures)


def results_in_order(bag: db.Bag, client: Client) -> Iterator[PolicyDocument | ParseFailure]:
    """The Bag's documents in order, each partition handed over as soon as it and those before it
    are read, and released on the cluster once handed over.

    Every partition is sent at once, as one graph (sending them one by one costs the client time
    that grows with the graph), and the scheduler reads them roughly in order; partitions read
    ahead of a slow one wait in the workers' memory. For an archive, write tables on the workers
    instead (``to_dataframes(bag)`` … ``to_parquet``): nothing then passes through the client.
    """
    futures = client.compute(bag.to_delayed())
    try:
        for n, future in enumerate(futures):
            yield from future.result()
            future.release()
            futures[n] = None
    finally:
        for future in futures:
            if future is not None:
                future.cancel()


class WarmParser(WorkerPlugin):
    """Loads the Parser on every worker as it starts (``client.register_plugin(WarmParser())``),
    so the first tasks do not each wait for the morphology model."""

    name = "policyparse-warm-parser"

    def __init__(self, **parser_options: Any) -> None:
        self.parser_options = parser_options

    def setup(self, worker: Any) -> None:
        warm_up(self.parser_options)


def client_for(scheduler: str) -> tuple[Client, Any]:
    """A client of ``tcp://host:port`` (a running cluster) or of a new local cluster (``local:N``:
    N worker processes of one thread each, as parsing is pure Python); the cluster to close, or None."""
    if scheduler.startswith("local:"):
        try:
            n = int(scheduler.removeprefix("local:"))
        except ValueError:
            n = 0
        if n < 1:
            raise PolicyParseError(f"--scheduler {scheduler}: say local:N with N worker processes", reason="usage")
        cluster = local_cluster(n)
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout="10s"), None
    except OSError as exc:
        message = f"cannot reach the Dask scheduler at {scheduler}: {exc}"
        raise PolicyParseError(message, reason="no-scheduler") from None


def local_cluster(workers: int) -> Any:
    """A cluster of ``workers`` processes on this machine, one thread each (parsing is pure Python
    and holds the GIL), with no dashboard and so without the statistical profiler that feeds it
    (it samples the parsing thread's stack a hundred times a second)."""
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
