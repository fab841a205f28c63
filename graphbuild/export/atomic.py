"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from graphbuild.errors import GraphbuildError


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    A failure at any point leaves an existing ``path`` as it was and no temporary file. With
    ``durable`` the data reaches the disk before the rename (fsync), so that a power cut cannot
    leave an empty file in its place; files that can be made again (the cache) skip that wait.
    """
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise GraphbuildError(
            f"cannot write {path}: {e.strerror}; check that the folder exists and is writable"
        ) from e
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise GraphbuildError(f"cannot write {path}: {e.strerror or e}") from e
        raise
