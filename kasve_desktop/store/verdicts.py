"""What SQLite's and SQLCipher's errors mean for the user: one ``StoreError`` each.

SQLite tells what went wrong by a result code; its message (and SQLAlchemy's,
which adds the statement) is for programmers. ``verdict`` turns the code into one
of our errors: a damaged file (with the damaged pages, found by SQLCipher's
``cipher_integrity_check`` only once something has failed, so that opening costs
no full check), a full or failing disk, a busy database, a missing permission or
a read-only file. ``install`` makes every statement of an engine raise these.
Light to import (SQLAlchemy and SQLCipher are imported where they are used): the
window's first dialog catches these errors before either is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kasve_desktop.store.errors import (
    CannotOpen,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    DiskFailed,
    DiskFull,
    NoPermission,
    StoreError,
)

if TYPE_CHECKING:  # imported where used: the window's first dialog needs neither
    from sqlalchemy import Engine

SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26

_PAGE = re.compile(r"\bpage (\d+)\b", re.IGNORECASE)

Pages = Callable[[], Sequence[int]]


def result_code(error: BaseException) -> int | None:
    """SQLite's primary result code of ``error`` (a DB-API error), if it carries one."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def verdict(error: BaseException, path: Path, pages: Pages) -> StoreError | None:
    """Our error for SQLite's ``error`` on the (already unlocked) file at ``path``.

    ``pages`` names the damaged pages; it is called only for a damaged file.
    ``None`` when the error is none of the environment's (then it is our bug).
    """
    code = result_code(error)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamaged(pages())
    if code == SQLITE_FULL:
        return DiskFull()
    if code == SQLITE_IOERR:
        return DiskFailed()
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusy()
    if code == SQLITE_READONLY:
        return DatabaseReadOnly(path=str(path))
    if code in (SQLITE_PERM, SQLITE_CANTOPEN):
        return NoPermission(path=str(path))
    return None


def pages_named(rows: Sequence[str]) -> list[int]:
    """The page numbers in the rows of ``cipher_integrity_check`` or ``integrity_check``.

    SQLCipher writes "HMAC verification failed for page 73"; SQLite writes
    "Tree 10 page 10: …" or "Page 74: never used" (a page not in use is no damage of
    its own, so those are left out).
    """
    found: set[int] = set()
    for row in rows:
        for line in row.splitlines():
            if "never used" not in line:
                found.update(int(number) for number in _PAGE.findall(line))
    return sorted(found)


def damaged_pages(connection: Any) -> list[int]:
    """The pages whose HMAC fails (or that are cut short), by SQLCipher on a keyed
    DB-API ``connection``; empty when it cannot tell. Reads every page: only for errors."""
    try:
        rows = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
    except Exception:  # the check itself may meet the damage: then no page is named
        return []
    return pages_named(rows)


def refused(connection: Any, path: Path, error: BaseException) -> StoreError:
    """Why a new connection to ``path`` failed at its key, probe or pragmas; closes it.

    "file is not a database" means a wrong key, a damaged first page or another kind
    of file, which SQLCipher cannot tell apart: ``CannotOpen``. Anything else came
    after the first page was decrypted, so the key was right and SQLite's code says
    what is wrong.
    """
    try:
        if result_code(error) in (None, SQLITE_NOTADB):
            return CannotOpen()
        return verdict(error, path, lambda: damaged_pages(connection)) or CannotOpen()
    finally:
        connection.close()


def locate(keyed: Callable[[], Any]) -> list[int]:
    """The damaged pages, by a new keyed connection from ``keyed``; empty when they
    cannot be found."""
    try:
        probe = keyed()
    except Exception:
        return []
    try:
        return damaged_pages(probe)
    finally:
        probe.close()


def install(engine: Engine, path: Path, keyed: Callable[[], Any]) -> None:
    """Make every statement on ``engine`` raise our error instead of SQLite's.

    ``keyed`` gives a new keyed (unprobed) DB-API connection to find damaged pages with.
    """
    from sqlalchemy import event

    @event.listens_for(engine, "handle_error")
    def _translate(context: Any) -> None:
        found = verdict(context.original_exception, path, lambda: locate(keyed))
        if found is not None:
            raise found from None
