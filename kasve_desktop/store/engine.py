"""Opening the encrypted database: keying, pragmas, locking, migrating.

Connections are keyed and probed by ``store.connection``, so a wrong passphrase
leaves the file byte for byte unchanged. The passphrase is kept only inside the
connection factory of an open database and dropped when it is closed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kasve_desktop.clock import Clock
from kasve_desktop.paths import ensure_private_dir, make_private
from kasve_desktop.store import audit, migrate
from kasve_desktop.store.connection import connect
from kasve_desktop.store.errors import (
    CannotOpen,
    DatabaseExists,
    DatabaseMissing,
    DatabaseUnwritable,
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

    def close(self) -> None:
        """Close every connection, forget the passphrase and release the lock."""
        self.key.drop()
        self.engine.dispose()
        self.lock.release()

    @property
    def is_open(self) -> bool:
        return self.lock._handle is not None


def open_database(path: Path, passphrase: str, *, clock: Clock,
                  create: bool = False) -> Database:
    """Unlock (or create) the database at ``path`` and bring its schema up to date.

    ``clock`` stamps every stored instant (and the name of a backup taken before
    upgrading): the caller's one clock, handed down.
    """
    path = Path(path)
    if create and path.exists():
        raise DatabaseExists(path=str(path))
    if not create and not path.is_file():
        raise DatabaseMissing(path=str(path))
    if create:
        ensure_private_dir(path.parent)
    lock = DatabaseLock(path)
    lock.acquire()
    try:
        return _open_locked(path, passphrase, lock, create, clock)
    except BaseException:
        lock.release()
        if create:
            path.unlink(missing_ok=True)
        raise


def _ours(path: Path, passphrase: str, create: bool) -> None:
    """Raise unless the file opens with ``passphrase`` and (unless it is being created)
    holds our schema: SQLite would take an empty file, or an SQLCipher file of another
    kind keyed the same, as a database to build. Reads only."""
    if not create and path.stat().st_size == 0:
        raise NotADatabase(path=str(path))
    probe = connect(path, passphrase)  # fails before anything is written
    try:
        tables = {row[0] for row in probe.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        probe.close()
    if not create and "alembic_version" not in tables:
        raise NotADatabase(path=str(path))


def _open_locked(path: Path, passphrase: str, lock: DatabaseLock, create: bool,
                 clock: Clock) -> Database:
    _ours(path, passphrase, create)
    key = _Key(passphrase)
    engine = create_engine("sqlite://", creator=lambda: connect(path, key.value()),
                           module=sqlcipher3.dbapi2, hide_parameters=True)
    _transactional(engine)
    give_clock(engine, clock)
    try:
        backups = migrate.upgrade(engine, path, passphrase, clock)
    except sqlcipher3.OperationalError as error:
        engine.dispose()
        raise DatabaseUnwritable(reason=str(error)) from None
    except BaseException:
        engine.dispose()
        raise
    make_private(path)
    sessions = sessionmaker(engine, expire_on_commit=False)
    audit.install(sessions)
    return Database(path, engine, sessions, lock, key, clock, backups)
