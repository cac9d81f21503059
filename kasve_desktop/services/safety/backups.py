"""Backups and restore, for the window and the command line.

``backup(db, target)`` writes a verified encrypted copy of the open database (the same
passphrase); ``inspect(path, passphrase)`` tells what a backup holds before it is used;
``restore(backup, database, passphrase, clock)`` replaces a database file (not open
anywhere) by a backup, after a checked safety copy of the file it replaces, then opens
the result (bringing an older schema up to date) and checks it; with ``current=`` a
backup made under an older passphrase is restored under the current one.
``new_passphrase(database, old, new, clock)`` re-encrypts a closed database under a new
passphrase (``store.backup.change_passphrase``) and checks it opened with the new one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kasve_desktop.clock import Clock
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.passphrase import check_new
from kasve_desktop.i18n import _
from kasve_desktop.services.database import CheckReport, check, unlock
from kasve_desktop.services.safety.automatic import record_success
from kasve_desktop.store.backup import (
    NOT_OPENED,
    BackupContents,
    change_passphrase,
    inspect_backup,
    restore_file,
    write_backup,
)
from kasve_desktop.store.engine import Database
from kasve_desktop.store.errors import (
    BackupFailed,
    BackupUnusable,
    RekeyedUnchecked,
    RestoredUnchecked,
)

__all__ = ["BackupContents", "BackupFailed", "BackupUnusable", "RekeyedUnchecked", "Restored",
           "RestoredUnchecked", "backup", "inspect", "new_passphrase", "restore", "safety_path",
           "wrong_passphrase"]


@dataclass(frozen=True)
class Restored:
    contents: BackupContents
    safety: Path | None
    """The checked copy of the database that was replaced (None: there was none)."""
    report: CheckReport
    """``check`` of the restored database."""


def backup(db: Database, target: Path) -> BackupContents:
    """A verified backup of ``db`` at ``target`` (``BackupFailed``: nothing written),
    remembered as the database's last backup (``automatic.last_backup``)."""
    written = write_backup(db.engine, db.key.value(), Path(target))
    record_success(db.path, db.clock.now(), Path(target).resolve())
    return written


def wrong_passphrase(error: BackupUnusable) -> bool:
    """Whether ``inspect`` failed only because the file did not open with the passphrase
    (perhaps made before a passphrase change): then another passphrase is worth a try."""
    return error.params.get("reason") == _(NOT_OPENED)


def inspect(path: Path, passphrase: str) -> BackupContents:
    """What the backup holds, after its integrity checks (``BackupUnusable`` otherwise)."""
    return inspect_backup(Path(path), passphrase)


def safety_path(database: Path, clock: Clock) -> Path:
    """Where the database about to be replaced is copied first."""
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    return database.with_name(f"{database.name}.before-restore-{stamp}.bak")


def restore(backup_file: Path, database: Path, passphrase: str, clock: Clock,
            safety: Path | None = None, current: str | None = None) -> Restored:
    """Replace ``database`` (closed) by the backup, its old file first copied to ``safety``
    (by default ``safety_path``), then open the result and check it.

    ``passphrase`` opens the backup. Given ``current`` (the replaced database's passphrase)
    and a backup made under another one, the backup is first re-encrypted under
    ``current`` on a temporary copy: the restored database keeps the passphrase in use
    now (one changed for a reason is not brought back), and the safety copy is under it
    too. Without ``current`` both must be ``passphrase``.
    """
    database = Path(database)
    if not database.exists():
        safety, current = None, None
    elif safety is None:
        safety = safety_path(database, clock)
    key = passphrase if current is None else current
    if key == passphrase:
        contents = restore_file(Path(backup_file), database, key, safety)
    else:
        inspect_backup(Path(backup_file), passphrase)  # a clear message for a bad backup
        with _rekeyed_copy(Path(backup_file), passphrase, key, database.parent) as copy:
            contents = restore_file(copy, database, key, safety)
    try:
        report = _checked(database, key, clock)
    except UserError as error:  # the file was replaced: say so, and where the old one is
        where = _("the database it replaced was saved at {safety}").format(safety=safety) \
            if safety is not None else _("nothing was replaced")
        raise RestoredUnchecked(safety=where, reason=error.text()) from None
    return Restored(contents, safety, report)


def _checked(database: Path, passphrase: str, clock: Clock) -> CheckReport:
    db = unlock(database, passphrase, clock)
    try:
        return check(db)
    finally:
        db.close()


@contextmanager
def _rekeyed_copy(backup_file: Path, passphrase: str, key: str, folder: Path) -> Iterator[Path]:
    """A private temporary copy of the backup in ``folder``, re-encrypted under ``key``."""
    handle, name = tempfile.mkstemp(prefix=".kasve-restore-", suffix=".db", dir=folder)
    os.close(handle)
    copy = Path(name)
    try:
        try:
            shutil.copyfile(backup_file, copy)
        except OSError as error:
            raise BackupFailed(reason=error.strerror or str(error)) from None
        change_passphrase(copy, passphrase, key)
        yield copy
    finally:
        copy.unlink(missing_ok=True)


def new_passphrase(database: Path, old: str, new: str, clock: Clock) -> CheckReport:
    """Re-encrypt ``database`` (closed) under ``new`` (the rule of at least 10 characters,
    ``PassphraseError``), then open it with ``new`` and check it."""
    key = check_new(new)
    change_passphrase(Path(database), old, key)
    try:
        return _checked(Path(database), key, clock)
    except UserError as error:  # the passphrase did change: never say it did not
        raise RekeyedUnchecked(reason=error.text()) from None
