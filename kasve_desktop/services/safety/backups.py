"""Backups and restore, for the window and the command line.

``backup(db, target)`` writes a verified encrypted copy of the open database (the same
passphrase); ``inspect(path, passphrase)`` tells what a backup holds before it is used;
``restore(backup, database, passphrase, clock)`` replaces a database file (not open
anywhere) by a backup, after a checked safety copy of the file it replaces, then opens
the result (bringing an older schema up to date) and checks it.
``new_passphrase(database, old, new, clock)`` re-encrypts a closed database under a new
passphrase (``store.backup.change_passphrase``) and checks it opened with the new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kasve_desktop.clock import Clock
from kasve_desktop.domain.passphrase import check_new
from kasve_desktop.services.database import CheckReport, check, unlock
from kasve_desktop.store.backup import (
    BackupContents,
    change_passphrase,
    inspect_backup,
    restore_file,
    write_backup,
)
from kasve_desktop.store.engine import Database
from kasve_desktop.store.errors import BackupFailed, BackupUnusable

__all__ = ["BackupContents", "BackupFailed", "BackupUnusable", "Restored", "backup", "inspect",
           "new_passphrase", "restore", "safety_path"]


@dataclass(frozen=True)
class Restored:
    contents: BackupContents
    safety: Path | None
    """The checked copy of the database that was replaced (None: there was none)."""
    report: CheckReport
    """``check`` of the restored database."""


def backup(db: Database, target: Path) -> BackupContents:
    """A verified backup of ``db`` at ``target`` (``BackupFailed``: nothing written)."""
    return write_backup(db.engine, db.key.value(), Path(target))


def inspect(path: Path, passphrase: str) -> BackupContents:
    """What the backup holds, after its integrity checks (``BackupUnusable`` otherwise)."""
    return inspect_backup(Path(path), passphrase)


def safety_path(database: Path, clock: Clock) -> Path:
    """Where the database about to be replaced is copied first."""
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    return database.with_name(f"{database.name}.before-restore-{stamp}.bak")


def restore(backup_file: Path, database: Path, passphrase: str, clock: Clock) -> Restored:
    database = Path(database)
    safety = safety_path(database, clock) if database.exists() else None
    contents = restore_file(Path(backup_file), database, passphrase, safety)
    db = unlock(database, passphrase, clock)
    try:
        report = check(db)
    finally:
        db.close()
    return Restored(contents, safety, report)


def new_passphrase(database: Path, old: str, new: str, clock: Clock) -> CheckReport:
    """Re-encrypt ``database`` (closed) under ``new`` (the rule of at least 10 characters,
    ``PassphraseError``), then open it with ``new`` and check it."""
    key = check_new(new)
    change_passphrase(Path(database), old, key)
    db = unlock(Path(database), key, clock)
    try:
        return check(db)
    finally:
        db.close()
