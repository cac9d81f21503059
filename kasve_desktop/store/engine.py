"""Opening the encrypted database: keying, pragmas, locking, migrating.

Connections are keyed and probed by ``store.connection``, so a wrong passphrase
leaves the file byte for byte unchanged. The passphrase is kept only inside the
connection factory of an open database and dropped when it is closed.

Every statement's SQLite error becomes one of our errors (``store.verdicts``): a
damaged page, a full disk, a busy file. A file that we may not write, or that lies
in a folder we may not write (a read-only medium), is opened read-only, without a
lock file: ``Database.read_only`` tells so, and a write raises ``DatabaseReadOnly``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kasve_desktop.clock import Clock
from kasve_desktop.paths import create_private, ensure_private_dir, make_private
from kasve_desktop.store import audit, audit_anchor, migrate, verdicts
from kasve_desktop.store.connection import connect, key_statement
from kasve_desktop.store.errors import (
    CannotOpen,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseMissing,
    DatabaseUnwritable,
    NoPermission,
    NotADatabase,
)
from kasve_desktop.store.lock import DatabaseLock
from kasve_desktop.store.stamps import give_clock


def _transactional(engine: Engine) -> None:
    """Make DDL transactional too: pysqlite would otherwise autocommit it."""

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


class _Key:
    """The passphrase of an open database, held only until it is closed."""

    def __init__(self, passphrase: str) -> None:
        self._value: str | None = passphrase

    def value(self) -> str:
        if self._value is None:
            raise CannotOpen()
        return self._value

    def drop(self) -> None:
        self._value = None

    @property
    def held(self) -> bool:
        return self._value is not None


class _NoLock(DatabaseLock):
    """A read-only file takes no lock file (its folder may not even take one)."""

    def acquire(self) -> None:
        return None

    def release(self) -> None:
        return None


def writable(path: Path) -> bool:
    """Whether we may write the file at ``path`` and its folder (SQLite's journal goes
    there): not so on a read-only medium or for a read-only file."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


@dataclass
class Database:
    """An open, unlocked database. Call ``close()`` to drop the key."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    lock: DatabaseLock
    key: _Key
    clock: Clock
    backups: list[Path] = field(default_factory=list)
    read_only: bool = False
    """The file or its folder is not writable: opened read-only, every write refused."""

    def close(self) -> None:
        """Close every connection, forget the passphrase and release the lock."""
        self.key.drop()
        self.engine.dispose()
        self.lock.release()

    @property
    def is_open(self) -> bool:
        return self.key.held


def open_database(path: Path, passphrase: str, *, clock: Clock,
                  create: bool = False) -> Database:
    """Unlock (or create) the database at ``path`` and bring its schema up to date.

    ``clock`` stamps every stored instant (and the name of a backup taken before
    upgrading): the caller's one clock, handed down.
    """
    path = Path(path)
    if create and path.exists():
        raise DatabaseExists(path=str(path))
    if not create and not _is_file(path):
        raise DatabaseMissing(path=str(path))
    if create:
        ensure_private_dir(path.parent)
    read_only = not create and not writable(path)
    lock = _NoLock(path) if read_only else DatabaseLock(path)
    lock.acquire()
    if create:
        try:
            create_private(path)  # 0600 from its first byte, not after SQLite made it
        except FileExistsError:
            lock.release()
            raise DatabaseExists(path=str(path)) from None
    try:
        return _open_locked(path, passphrase, lock, create, clock, read_only)
    except BaseException:
        lock.release()
        if create:
            path.unlink(missing_ok=True)
        raise


def _is_file(path: Path) -> bool:
    """Whether a file is at ``path``; ``NoPermission`` when a folder on the way is closed."""
    try:
        return path.is_file()
    except PermissionError:
        raise NoPermission(path=str(path)) from None


def _ours(path: Path, passphrase: str, create: bool, read_only: bool
          ) -> sqlcipher3.Connection:
    """Raise unless the file opens with ``passphrase`` and (unless it is being created)
    holds our schema: SQLite would take an empty file, or an SQLCipher file of another
    kind keyed the same, as a database to build. Reads only; the connection it checked
    with is returned open, so that the key is derived once, not again for the engine."""
    if not create and path.stat().st_size == 0:
        raise NotADatabase(path=str(path))
    if not create and not os.access(path, os.R_OK):
        raise NoPermission(path=str(path))
    probe = connect(path, passphrase, read_only=read_only)  # fails before anything is written
    try:
        tables = {row[0] for row in probe.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        page_size = int(probe.execute("PRAGMA page_size").fetchone()[0])
    except sqlcipher3.DatabaseError as error:
        raise verdicts.refused(probe, path, error) from None  # it closes the probe
    try:
        size = path.stat().st_size
    except OSError:
        probe.close()
        raise
    if not create and size % page_size:  # cut short inside its last page: found for free
        probe.close()
        raise DatabaseDamaged([size // page_size + 1])
    if not create and "alembic_version" not in tables:
        probe.close()
        raise NotADatabase(path=str(path))
    return probe


def _keyed(path: Path, passphrase: str) -> sqlcipher3.Connection:
    """A keyed read-only connection, not probed: to find a damaged file's pages with."""
    conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_statement(passphrase))
    return conn


def _open_locked(path: Path, passphrase: str, lock: DatabaseLock, create: bool,
                 clock: Clock, read_only: bool) -> Database:
    checked = [_ours(path, passphrase, create, read_only)]
    try:
        return _open_checked(path, passphrase, lock, create, clock, read_only, checked)
    finally:
        for unused in checked:  # the probe, when the engine never took it
            unused.close()


def _open_checked(path: Path, passphrase: str, lock: DatabaseLock, create: bool,
                  clock: Clock, read_only: bool, checked: list[sqlcipher3.Connection]
                  ) -> Database:
    key = _Key(passphrase)

    def creator() -> sqlcipher3.Connection:
        try:
            return checked.pop()  # the first connection: keyed and checked already
        except IndexError:
            return connect(path, key.value(), read_only=read_only)

    engine = create_engine("sqlite://", creator=creator, module=sqlcipher3.dbapi2,
                           hide_parameters=True)
    verdicts.install(engine, path, lambda: _keyed(path, key.value()))
    _transactional(engine)
    give_clock(engine, clock)
    try:
        backups = migrate.upgrade(engine, path, passphrase, clock, read_only=read_only)
    except sqlcipher3.OperationalError as error:
        engine.dispose()
        raise DatabaseUnwritable(reason=str(error)) from None
    except BaseException:
        engine.dispose()
        raise
    if not read_only:
        make_private(path)
    sessions = sessionmaker(engine, expire_on_commit=False)
    audit.install(sessions)
    audit_anchor.install(engine, path, fresh=create)
    return Database(path, engine, sessions, lock, key, clock, backups, read_only)
