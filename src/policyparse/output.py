"""Files the command line writes: whole or not at all.

A result file is written beside its final name and renamed over it at the end, so a reader never
sees half a file, an interrupted run leaves the previous results as they were, and a file that
cannot be written is one plain error before any work is lost.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def atomic_text(path: str | os.PathLike[str], *, keep_partial: bool = False) -> Iterator[TextIO]:
    """A text file that becomes ``path`` when the block ends without an error.

    With ``keep_partial``, what was written before an error or an interrupt is kept as
    ``<path>.partial`` (whole lines only, as every write here is a whole line).
    """
    final = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, final)
    except BaseException:
        if keep_partial and temporary.exists() and temporary.stat().st_size:
            os.replace(temporary, final.with_name(final.name + ".partial"))
        else:
            temporary.unlink(missing_ok=True)
        raise


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` atomically."""
    with atomic_text(path) as handle:
        handle.write(text)


def is_partial_or_temporary(path: Path, out: Path | None) -> bool:
    """A file this module writes for ``out`` (its temporary or partial copy), or ``out`` itself."""
    if out is None or path.parent.resolve() != out.parent.resolve():
        return False  # folders compared, not the files: a looping link has no resolved path
    name = path.name
    return name in (out.name, out.name + ".partial") or (name.startswith(f".{out.name}.") and name.endswith(".tmp"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
