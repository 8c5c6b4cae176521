"""Safe writes: a file is written beside its target under a temporary name, flushed to disk,
then renamed over the target.  An interrupted export leaves the old file or none, never half
of one (the way KeePassXC saves)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.leftovers import announced


@contextmanager
def atomic_write(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` atomically."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # named before it exists and announced, so a kill at any point leaves a file the next
    # start knows to be ours (app/leftovers.py)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.tmp")
    with announced(tmp):
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        try:
            yield tmp
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            _usual_mode(tmp)
            os.replace(tmp, target)
        finally:
            if tmp.exists():
                tmp.unlink()


def _usual_mode(path: Path) -> None:
    """The temporary file is made readable by its owner only; the export gets the usual rights."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)
