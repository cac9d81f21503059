"""The storage errors that the window and the command line catch, re-exported.

The layers above the services never import ``store``: what they must catch of it
is named here, with ``environment_error`` for a database error that escaped a
service untranslated.
"""

from __future__ import annotations

from pathlib import Path

from kasve_desktop.store.errors import (
    CannotOpen,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseInUse,
    DatabaseMissing,
    DatabaseOutdatedReadOnly,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnwritable,
    DiskFailed,
    DiskFull,
    NoPermission,
    NotADatabase,
    StoreError,
)
from kasve_desktop.store.verdicts import result_code, verdict

__all__ = [
    "TRANSIENT",
    "CannotOpen",
    "DatabaseBusy",
    "DatabaseDamaged",
    "DatabaseExists",
    "DatabaseInUse",
    "DatabaseMissing",
    "DatabaseOutdatedReadOnly",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "DatabaseUnwritable",
    "DiskFailed",
    "DiskFull",
    "NoPermission",
    "NotADatabase",
    "StoreError",
    "environment_error",
]

TRANSIENT = (DatabaseBusy, DiskFull, DiskFailed, DatabaseUnwritable)
"""Errors after which trying again may succeed (nothing was changed)."""


def environment_error(error: BaseException) -> StoreError | None:
    """Our error for an SQLite error found in ``error`` or its causes, if it is one of the
    environment's (a damaged file, a full disk, a busy database); ``None`` otherwise."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, StoreError):
            return current
        if result_code(current) is not None:
            found = verdict(current, Path(), lambda: [])
            return None if isinstance(found, NoPermission | DatabaseReadOnly) else found
        original = getattr(current, "orig", None)
        current = (original if isinstance(original, BaseException)
                   else current.__cause__ or current.__context__)
    return None
