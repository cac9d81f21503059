"""Automatic backups: their names, which old ones go, when one is due, and the last one.

An automatic backup of ``kasve.db`` is named ``kasve-YYYYMMDD-HHMMSS.bak`` (the stem of
the database and the local time it was made). Only files of exactly that form are
automatic backups, and of those only the ones this database's automatic backup wrote
(remembered by path, key ``automatic_backups``: two databases both called ``kasve.db``
may share a folder): rotation keeps the newest ``keep`` of them and never touches any
other file in the folder (a backup the user saved by hand, another database's, …).

The last successful backup (automatic, by hand or from the command line) and the last
failed automatic one are remembered outside the database (``store.local_state``, keys
``last_backup`` and ``backup_failure``), so that the window can say when the data was
last copied even while the database is locked. "Now" is always a parameter.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from kasve_desktop.clock import Clock, as_utc, local_time
from kasve_desktop.paths import ensure_private_dir
from kasve_desktop.store import local_state
from kasve_desktop.store.backup import BackupContents, write_backup
from kasve_desktop.store.engine import Database
from kasve_desktop.store.errors import BackupFailed

FOLDER_NAME = "varmuuskopiot"
DEFAULT_KEEP = 10
MIN_KEEP, MAX_KEEP = 1, 100
DAILY = dt.timedelta(days=1)
WARN_AFTER = dt.timedelta(days=7)
STAMP = "%Y%m%d-%H%M%S"
LAST_KEY = "last_backup"
FAILURE_KEY = "backup_failure"
MADE_KEY = "automatic_backups"
MADE_KEPT = 200


@dataclass(frozen=True)
class BackupRecord:
    """A remembered backup (or failed attempt): when, which file, and why it failed."""

    at: dt.datetime
    """Aware UTC."""
    file: str
    reason: str = ""


@dataclass(frozen=True)
class AutomaticBackup:
    contents: BackupContents
    removed: list[Path]
    """The older automatic backups deleted to keep the newest ``keep``."""


def automatic_name(database: Path, local_now: dt.datetime) -> str:
    """``kasve-20261124-120000.bak`` for ``kasve.db`` at 24.11.2026 12:00 local time."""
    return f"{Path(database).stem}-{local_now.strftime(STAMP)}.bak"


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile(re.escape(Path(database).stem) + r"-(\d{8}-\d{6})\.bak")


def automatic_stamp(database: Path, name: str) -> dt.datetime | None:
    """The local time in an automatic backup's name; None for any other file name."""
    match = _pattern(database).fullmatch(name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(1), STAMP)
    except ValueError:
        return None


def to_remove(database: Path, names: list[str], keep: int) -> list[str]:
    """Of ``names``, the automatic backups of ``database`` beyond the newest ``keep``."""
    stamped = sorted(((stamp, name) for name in names
                      if (stamp := automatic_stamp(database, name)) is not None), reverse=True)
    return [name for _stamp, name in stamped[max(keep, MIN_KEEP):]]


def _made(database: Path) -> list[str]:
    value = local_state.load(Path(database)).get(MADE_KEY, [])
    return [str(item) for item in value] if isinstance(value, list) else []


def remember_made(database: Path, backup: Path) -> None:
    """Remember ``backup`` as one of the automatic backups of ``database``."""
    made = [item for item in _made(database) if item != str(Path(backup).resolve())]
    local_state.remember(Path(database),
                       **{MADE_KEY: [*made, str(Path(backup).resolve())][-MADE_KEPT:]})


def rotate(folder: Path, database: Path, keep: int) -> list[Path]:
    """Delete the automatic backups of ``database`` in ``folder`` beyond the newest ``keep``
    (only files its automatic backup wrote: ``remember_made``)."""
    made = set(_made(database))
    names = [p.name for p in Path(folder).iterdir()
             if p.is_file() and str(p.resolve()) in made]
    removed = []
    for name in to_remove(database, names, keep):
        path = Path(folder) / name
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    gone = {str(path.resolve()) for path in removed}
    if gone:
        local_state.remember(Path(database),
                           **{MADE_KEY: [item for item in _made(database) if item not in gone]})
    return removed


def is_due(last: BackupRecord | None, now: dt.datetime, every: dt.timedelta = DAILY) -> bool:
    """Whether a backup is due: none yet, or the last is ``every`` old (or from the future)."""
    if last is None:
        return True
    age = as_utc(now) - as_utc(last.at)
    return age >= every or age < dt.timedelta(0)


def is_overdue(last: BackupRecord | None, now: dt.datetime) -> bool:
    """Whether to warn at start-up: no backup yet, or the last is a week old."""
    return is_due(last, now, WARN_AFTER)


def _record(value: object) -> BackupRecord | None:
    if not isinstance(value, dict):
        return None
    try:
        at = as_utc(dt.datetime.fromisoformat(str(value["at"])))
    except (KeyError, ValueError):
        return None
    return BackupRecord(at, str(value.get("file", "")), str(value.get("reason", "")))


def last_backup(database: Path) -> BackupRecord | None:
    """The last successful backup of ``database`` that was remembered (None: none)."""
    return _record(local_state.load(Path(database)).get(LAST_KEY))


def last_failure(database: Path) -> BackupRecord | None:
    """The last failed automatic backup not followed by a successful one."""
    return _record(local_state.load(Path(database)).get(FAILURE_KEY))


def record_success(database: Path, at: dt.datetime, file: Path) -> None:
    local_state.remember(Path(database), **{
        LAST_KEY: {"at": as_utc(at).isoformat(), "file": str(file)}, FAILURE_KEY: None})


def record_failure(database: Path, at: dt.datetime, file: Path, reason: str) -> None:
    local_state.remember(Path(database), **{
        FAILURE_KEY: {"at": as_utc(at).isoformat(), "file": str(file), "reason": reason}})


def local_stamp(record: BackupRecord) -> dt.datetime:
    """The record's time in Helsinki (for display)."""
    return local_time(record.at)


def make_automatic(db: Database, folder: Path, keep: int, clock: Clock) -> AutomaticBackup:
    """A verified backup of ``db`` in ``folder`` (created if missing), then the rotation.

    Success is remembered as the last backup; a failure is remembered as such and raised
    as ``BackupFailed`` (a folder that cannot be made too).
    """
    target = Path(folder) / automatic_name(db.path, clock.local_now())
    try:
        try:
            ensure_private_dir(Path(folder))
        except OSError as error:
            raise BackupFailed(reason=error.strerror or str(error)) from None
        contents = write_backup(db.engine, db.key.value(), target)
    except BackupFailed as error:
        record_failure(db.path, clock.now(), target, error.text())
        raise
    record_success(db.path, clock.now(), target)
    remember_made(db.path, target)
    return AutomaticBackup(contents, rotate(Path(folder), db.path, keep))
