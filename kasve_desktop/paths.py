"""Where the application keeps its files.

The data folder comes from platformdirs and can be overridden with the
environment variable ``KASVE_DATA_DIR`` (the ``--db`` option overrides the
database file itself). Folders are created ``0o700`` and files ``0o600``.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "kasve-desktop"
DATABASE_FILENAME = "kasve.db"
DIR_MODE = 0o700
FILE_MODE = 0o600


def data_dir() -> Path:
    """The folder holding the database, created private if missing."""
    override = os.environ.get("KASVE_DATA_DIR")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    return ensure_private_dir(folder)


def default_database() -> Path:
    return data_dir() / DATABASE_FILENAME


def ensure_private_dir(folder: Path) -> Path:
    """Create ``folder`` (and parents) readable by the owner only."""
    folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    return folder


def make_private(path: Path) -> None:
    """Restrict an existing file to its owner."""
    if path.exists():
        os.chmod(path, FILE_MODE)


def create_private(path: Path) -> Path:
    """Create ``path`` as a new, empty file for its owner only (``0o600``), for another
    library (SQLCipher) to write into: so the file never exists, even for a moment, with
    the wider mode that the umask would give. ``FileExistsError`` if there is a file."""
    path = Path(path)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        if hasattr(os, "fchmod"):  # a umask that took the owner's own bits away
            os.fchmod(descriptor, FILE_MODE)
    finally:
        os.close(descriptor)
    return path


def sync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries to the disk, so that a rename into it survives a power
    cut (POSIX; Windows has no such call and needs none)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError as error:  # a file system that cannot sync folders says EINVAL
        if error.errno != errno.EINVAL:
            raise
    finally:
        os.close(descriptor)


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` for its owner only (``0o600``), all or nothing.

    The bytes go to a temporary file beside ``path``, are flushed to the disk, and
    then take the place of ``path`` in one step: a full disk or a crash leaves the
    earlier file (or none), never a truncated PDF.
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                         dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def sibling_files(database: Path) -> list[Path]:
    """Every file next to ``database`` whose name starts with its name."""
    return sorted(p for p in database.parent.glob(database.name + "*") if p.is_file())
