"""Schema migrations with Alembic, run in-process on the open encrypted connection.

Before an existing database is upgraded, an encrypted copy of it is taken
(with the same key, through SQLite's backup API). A database whose revision
this code does not know is newer than the code and is refused.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic.command import upgrade as alembic_upgrade
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from kasve_desktop.clock import Clock
from kasve_desktop.paths import create_private, make_private, sync_folder
from kasve_desktop.store.connection import connect
from kasve_desktop.store.errors import DatabaseOutdatedReadOnly, DatabaseTooNew

SCRIPT_LOCATION = "kasve_desktop.store:migrations"


def include_object(obj: object, name: str | None, type_: str, reflected: bool,
                   compare_to: object) -> bool:
    """Leave full-text search tables (and their shadow tables) to their own migrations,
    and indexes on expressions, which SQLAlchemy cannot read back from SQLite (names
    ending ``_order``, migration 0008; ``tests/store/test_list_indexes.py`` checks them)."""
    if type_ == "index" and name is not None and name.endswith("_order"):
        return False
    return not (type_ == "table" and name is not None and name.startswith("person_fts"))


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, path: Path, passphrase: str, clock: Clock,
            target: str = "head", read_only: bool = False) -> list[Path]:
    """Bring the schema to ``target``; returns the backup copies taken. A database opened
    read-only that would need it is refused (``DatabaseOutdatedReadOnly``)."""
    with engine.connect() as connection:
        current = current_revision(connection)
    if current is not None and not _known(current):
        raise DatabaseTooNew(revision=current)
    backups: list[Path] = []
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return backups
    if read_only:
        raise DatabaseOutdatedReadOnly(path=str(path))
    if current is not None:
        backups.append(backup_copy(engine, path, passphrase, current, clock))
    with engine.begin() as connection:
        alembic_upgrade(alembic_config(connection), target)
    return backups


def backup_copy(engine: Engine, path: Path, passphrase: str, revision: str,
                clock: Clock) -> Path:
    """An encrypted copy of the database beside it, named after its revision and the time.

    Written owner-only from its first byte under a temporary name, and renamed into
    place when whole: the copy's name never stands for half a copy.
    """
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    target_path = path.with_name(f"{path.name}.before-{revision}-{stamp}.bak")
    partial = target_path.with_name(target_path.name + ".partial")
    partial.unlink(missing_ok=True)  # left by a process that was killed
    create_private(partial)
    try:
        target = connect(partial, passphrase)
        raw = engine.raw_connection()
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            raw.close()
            target.close()
        make_private(partial)
        os.replace(partial, target_path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)
    return target_path
