"""Alembic migrations on the encrypted database."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select, text

from kasve_desktop.store import migrate
from kasve_desktop.store.connection import connect
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.errors import DatabaseTooNew
from kasve_desktop.store.models import Base, Controller
from tests.conftest import PASSPHRASE, fixed_clock

FIRST_REVISION = "0001"


def _first_schema_database(path: Path) -> None:
    """A database as the first schema made it, with a row in it."""
    engine = create_engine("sqlite://", creator=lambda: connect(path, PASSPHRASE))
    with engine.begin() as connection:
        from alembic.command import upgrade

        upgrade(migrate.alembic_config(connection), FIRST_REVISION)
        connection.execute(text("INSERT INTO controller (name, business_id, street, postal_code,"
                                " locality, country, email, phone, website,"
                                " shares_customer_contacts, created_at, updated_at) VALUES"
                                " ('Kasve Oy', '2457832-5', '', '', '', 'FI', '', '', '', 0,"
                                " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
    engine.dispose()


def test_first_schema_database_opens_at_head(tmp_path: Path) -> None:
    """Upgrading keeps the data, takes an encrypted copy first, and fills the search index."""
    path = tmp_path / "old.db"
    _first_schema_database(path)
    with _raw(path) as connection:
        connection.execute("INSERT INTO person (uid, first_name, last_name, street,"
                           " address_extra, postal_code, locality, country, municipality,"
                           " organisation, role, gender, customer_number, business_id,"
                           " language, username, website, notes, restricted,"
                           " restriction_reason, created_at, updated_at) VALUES ('u1',"
                           " 'Ääni', 'Öljynen', '', '', '', '', 'FI', 'Äänekoski', '', '',"
                           " '', '', '', 'fi', '', '', '', 0, '', '2026-01-01', '2026-01-01')")
    db = open_database(path, PASSPHRASE, clock=fixed_clock())
    try:
        with db.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            found = connection.execute(text(
                "SELECT rowid FROM person_fts WHERE person_fts MATCH 'aanekoski'")).all()
        assert len(found) == 1
        with db.sessions() as session:
            assert session.scalar(select(Controller.name)) == "Kasve Oy"
        (backup,) = db.backups
        assert backup.name.startswith(f"{path.name}.before-{FIRST_REVISION}-")
        assert b"Kasve Oy" not in backup.read_bytes()
        with _raw(backup) as copy:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
                FIRST_REVISION,)
    finally:
        db.close()


@contextlib.contextmanager
def _raw(path: Path) -> Iterator[sqlcipher3.Connection]:
    connection = connect(path, PASSPHRASE)
    try:
        yield connection
        connection.commit()
    finally:
        connection.close()


def test_migrations_match_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": migrate.include_object})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_newer_database_is_refused_and_unchanged(db: Database, db_path: Path) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(db_path, PASSPHRASE, clock=fixed_clock())
    assert "9999" in caught.value.translated()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_backup_copy_is_encrypted_with_the_same_key(db: Database, db_path: Path) -> None:
    with db.sessions.begin() as session:
        session.add(Controller(name="Varmuuskopio Oy"))
    copy = migrate.backup_copy(db.engine, db_path, PASSPHRASE, FIRST_REVISION, db.clock)
    db.close()
    # named after the revision and the database's clock (noon in Helsinki, 24.11.2026)
    assert copy.name == db_path.name + ".before-0001-20261124-120000.bak"
    assert b"Varmuuskopio" not in copy.read_bytes()
    connection = connect(copy, PASSPHRASE)
    assert connection.execute("SELECT name FROM controller").fetchone()[0] == "Varmuuskopio Oy"
    connection.close()


def test_head_is_the_newest_script() -> None:
    assert migrate.head_revision() == "0003"
