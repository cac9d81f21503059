"""A lock file beside the database: one writer at a time.

The file holds only the owner's process id and host name. The operating
system releases the lock when the process ends, so a crash leaves no stale lock:
the next process simply takes the file over.

``release`` removes the file while it still holds the lock, then unlocks. A process
that opened the file before it was removed may get the lock of that removed file;
``acquire`` therefore checks, once it holds a lock, that the file it locked is still
the one at the path (the same inode), and starts again if not. So two processes never
both hold a lock on the file at the path.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import IO

from kasve_desktop.paths import FILE_MODE
from kasve_desktop.store.errors import DatabaseInUse


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class DatabaseLock:
    """An exclusive, advisory lock held for as long as the database is open."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
            handle = os.fdopen(fd, "r+", encoding="utf-8")
            try:
                _lock(handle)
            except OSError:
                owner = handle.read().strip() or "?"
                handle.close()
                raise DatabaseInUse(owner=owner) from None
            if _still_there(self.path, handle):
                break
            _unlock(handle)  # the file was removed by its last holder: take the new one
            handle.close()
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}@{socket.gethostname()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            self.path.unlink(missing_ok=True)
        finally:
            _unlock(handle)
            handle.close()


def _still_there(path: Path, handle: IO[str]) -> bool:
    """Whether ``handle`` is the file now at ``path`` (not one removed meanwhile)."""
    try:
        here = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(handle.fileno())
    return (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
