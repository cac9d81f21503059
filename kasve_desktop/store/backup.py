"""Backups: an encrypted copy of the database, made whole or not at all, and verified.

``write_backup`` copies the open database with SQLite's backup API into a new file keyed
with the same passphrase, under a temporary name; the copy is synced to disk, opened
again and checked (``cipher_integrity_check``, ``integrity_check``, the schema and the
row count of every table against the database's own) and only then renamed into place.
A failure at any step removes the temporary file and leaves the database untouched.

``inspect_backup`` opens a backup read-only and reports what it holds; ``restore_file``
puts a verified backup in place of a database file atomically (temporary file, sync,
rename), the lock held, after a safety copy of the file it replaces, and then sets the
database's audit anchor (``store.audit_anchor``) to the restored chain's head: a backup
carries its own head, the last entry of its chain.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import sqlcipher3
from sqlalchemy.engine import Engine

from kasve_desktop.i18n import N_, _
from kasve_desktop.paths import create_private, make_private
from kasve_desktop.store import audit_anchor
from kasve_desktop.store.audit import EMPTY, Head
from kasve_desktop.store.connection import connect
from kasve_desktop.store.errors import BackupFailed, BackupUnusable, CannotOpen, StoreError
from kasve_desktop.store.lock import DatabaseLock

PARTIAL = ".partial"
NO_FILE = N_("there is no such file")
NOT_OPENED = N_("it does not open with this passphrase, or it is not a Kasve Desktop file")
DAMAGED = N_("it is damaged ({check})")
NOT_OURS = N_("it is not a Kasve Desktop database")
ROWS_DIFFER = N_("the copy does not hold the same rows as the original")
OLD_NOT_OPENED = N_("the database to replace does not open with this passphrase")


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, read from it (not from the database it was made of)."""

    path: Path
    revision: str
    rows: Mapping[str, int]
    """Table → row count."""
    last_audit: dt.datetime | None
    """When the last entry of its audit log was written (stored UTC)."""
    audit_head: Head = EMPTY
    """The end of its audit chain (entries, last hash and id)."""
    last_entry: tuple[str, str, str] | None = None
    """Its last audit entry: the action, the kind of record and the record's id."""

    def count(self, table: str) -> int:
        return self.rows.get(table, 0)


def _tables(conn: sqlcipher3.Connection) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]


def row_counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    return {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in _tables(conn)}


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name == "posix":
        _fsync(folder)


def _contents(conn: sqlcipher3.Connection, path: Path) -> BackupContents:
    """Raises ValueError unless every page decrypts, the file is sound and is ours."""
    if conn.execute("PRAGMA cipher_integrity_check").fetchall():
        raise ValueError(_(DAMAGED).format(check="cipher_integrity_check"))
    if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        raise ValueError(_(DAMAGED).format(check="integrity_check"))
    tables = _tables(conn)
    if "alembic_version" not in tables:
        raise ValueError(_(NOT_OURS))
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    last = conn.execute("SELECT max(at) FROM audit_entry").fetchone() \
        if "audit_entry" in tables else None
    stamp = dt.datetime.fromisoformat(str(last[0])) if last and last[0] else None
    head = audit_anchor.head_of(conn) if "audit_entry" in tables else EMPTY
    entry = conn.execute("SELECT action, entity, entity_id FROM audit_entry "
                         "ORDER BY id DESC LIMIT 1").fetchone() \
        if "audit_entry" in tables else None
    return BackupContents(path, str(revision[0]) if revision else "", row_counts(conn), stamp,
                          head, (str(entry[0]), str(entry[1]), str(entry[2])) if entry else None)


def inspect_backup(path: Path, passphrase: str) -> BackupContents:
    """What the backup at ``path`` holds, after its checks; ``BackupUnusable`` otherwise."""
    if not Path(path).is_file() or Path(path).stat().st_size == 0:
        raise BackupUnusable(path=str(path), reason=_(NO_FILE))
    try:
        conn = connect(Path(path), passphrase)
    except CannotOpen:
        raise BackupUnusable(path=str(path), reason=_(NOT_OPENED)) from None
    except StoreError as error:  # damaged, unreadable: said of the backup, not the database
        raise BackupUnusable(path=str(path), reason=error.text()) from None
    try:
        return _contents(conn, Path(path))
    except (sqlcipher3.DatabaseError, ValueError) as error:
        raise BackupUnusable(path=str(path), reason=str(error)) from None
    finally:
        conn.close()


def _failed(error: Exception) -> BackupFailed:
    return BackupFailed(reason=error.text() if isinstance(error, StoreError) else str(error))


def _copy_verified(source: sqlcipher3.Connection, target: Path,
                   passphrase: str) -> BackupContents:
    """The whole of ``source`` at ``target`` under ``passphrase``: written beside it, synced,
    private, reopened, its rows compared with the source's, then renamed into place.
    ``BackupFailed`` (nothing left behind) otherwise."""
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        copy = connect(create_private(partial), passphrase)
        try:
            source.backup(copy)  # a consistent snapshot of the whole file
            expected = row_counts(source)
        finally:
            copy.close()
        _fsync(partial)
        make_private(partial)
        contents = inspect_backup(partial, passphrase)
        if dict(contents.rows) != expected:
            raise ValueError(_(ROWS_DIFFER))
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except (OSError, sqlcipher3.DatabaseError, ValueError, StoreError) as error:
        partial.unlink(missing_ok=True)
        raise _failed(error) from None
    return replace(contents, path=target)


def _open_source(path: Path, passphrase: str) -> sqlcipher3.Connection:
    try:
        return connect(path, passphrase)
    except CannotOpen:
        raise BackupFailed(reason=_(OLD_NOT_OPENED)) from None


def write_backup(engine: Engine, passphrase: str, target: Path) -> BackupContents:
    """A verified copy of the database of ``engine`` at ``target`` (replacing a file there)."""
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert source is not None
        return _copy_verified(source, Path(target), passphrase)
    finally:
        raw.close()


def restore_file(backup: Path, database: Path, passphrase: str,
                 safety: Path | None) -> BackupContents:
    """Put the verified ``backup`` in place of ``database`` (new or existing, not open).

    An existing database is first copied to ``safety`` (and that copy checked); the
    replacement is written beside the database and renamed over it, so the path holds
    the old file or the new one, never a part of either.
    """
    contents = inspect_backup(backup, passphrase)
    database = Path(database)
    lock = DatabaseLock(database)
    lock.acquire()
    try:
        if database.exists() and safety is not None:
            _safety_copy(database, safety, passphrase)
        source = connect(Path(backup), passphrase)
        try:
            _copy_verified(source, database, passphrase)
        finally:
            source.close()
        audit_anchor.remember(database, contents.audit_head)
    finally:
        lock.release()
    return replace(contents, path=database)


def _safety_copy(database: Path, safety: Path, passphrase: str) -> None:
    """A checked copy of the database about to be replaced; if it does not read (a damaged
    file — the very case a restore is for — or one under another passphrase), its bytes
    as they are, with a journal left beside it (still encrypted, nothing lost)."""
    try:
        old = _open_source(database, passphrase)
        try:
            _copy_verified(old, safety, passphrase)
        finally:
            old.close()
    except StoreError:
        for suffix in ("", "-journal", "-wal"):
            source = database.with_name(database.name + suffix)
            if suffix == "" or source.is_file():
                _copy_bytes(source, safety.with_name(safety.name + suffix))


def _copy_bytes(source: Path, target: Path) -> None:
    """``source`` byte for byte at ``target``: private, synced, renamed into place."""
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        with open(source, "rb") as reading, open(create_private(partial), "wb") as writing:
            shutil.copyfileobj(reading, writing)
            writing.flush()
            os.fsync(writing.fileno())
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(reason=error.strerror or str(error)) from None


def change_passphrase(database: Path, old: str, new: str) -> BackupContents:
    """Re-encrypt the database (not open anywhere) under ``new``.

    The whole database is copied into a new file keyed with ``new`` beside it, synced,
    opened again with ``new`` and checked against the original's row counts, and only
    then renamed over it. Killed at any moment, the path holds the file under the old
    passphrase or the file under the new one, never neither (a leftover ``.partial`` is
    removed by the next attempt).
    """
    database = Path(database)
    lock = DatabaseLock(database)
    lock.acquire()
    try:
        source = connect(database, old)  # a wrong ``old``: CannotOpen, counted like any try
        try:
            return _copy_verified(source, database, new)
        finally:
            source.close()
    finally:
        lock.release()
