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
STORED_DUE_DATE = "0003"
"""The last revision whose requests stored their one-month date (``request.due_on``)."""


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


INSERT_REQUEST = text(
    "INSERT INTO request (uid, reference, type, channel, received_on, language, status,"
    " requester_name, requester_email, requester_phone, requester_street,"
    " requester_postal_code, requester_locality, requester_country, description, person_id,"
    " duplicate_of_id, due_on, extended_due_on, extended_on, extension_reason,"
    " identity_method, paused_on, resumed_on, response_channel, sent_on, closed_on, outcome,"
    " refusal_reasons, created_at, updated_at) VALUES (:uid, :reference, 'access', 'post',"
    " '2026-11-24', 'fi', :status, 'Maija Meikäläinen', '', '', 'Esimerkkitie 1', '00100',"
    " 'HELSINKI', 'FI', 'Pyydän tietoni.', NULL, :duplicate_of_id, '2026-12-28',"
    " :extended_due_on, :extended_on, :extension_reason, '', NULL, NULL, :response_channel,"
    " :sent_on, NULL, '', '', '2026-11-24 10:00:00', '2026-11-25 10:00:00')")
INSERT_STEP = text(
    "INSERT INTO request_event (request_id, on_date, at, kind, from_status, to_status,"
    " old_date, new_date, note) VALUES (:request_id, '2026-11-24', '2026-11-24 10:00:00',"
    " 'created', '', 'received', NULL, NULL, '')")
INSERT_SENT_LETTER = text(
    "INSERT INTO document (kind, letter_kind, request_id, language, filename, mime_type,"
    " content, sha256, created_at, is_final, sent_on, sent_channel) VALUES ('letter',"
    " 'access-report', 1, 'fi', 'vastaus.pdf', 'application/pdf', x'255044462d', '',"
    " '2026-11-25 10:00:00', 1, '2026-11-25', 'post')")
REQUESTS = (
    dict(uid="r1", reference="2026-0001", status="sent", duplicate_of_id=None,
         extended_due_on=None, extended_on=None, extension_reason="",
         response_channel="post", sent_on="2026-11-25"),
    dict(uid="r2", reference="2026-0002", status="in-progress", duplicate_of_id=1,
         extended_due_on="2027-02-24", extended_on="2026-11-25",
         extension_reason="Tietoja on paljon", response_channel="", sent_on=None),
)


def _stored_due_date_database(path: Path) -> None:
    """A database at 0003 with two requests (one a duplicate), their steps and a sent letter."""
    engine = create_engine("sqlite://", creator=lambda: connect(path, PASSPHRASE))
    with engine.begin() as connection:
        from alembic.command import upgrade

        upgrade(migrate.alembic_config(connection), STORED_DUE_DATE)
        for number, values in enumerate(REQUESTS, start=1):
            connection.execute(INSERT_REQUEST, values)
            connection.execute(INSERT_STEP, {"request_id": number})
        connection.execute(INSERT_SENT_LETTER)
    engine.dispose()


def _table(path: Path, name: str) -> list[dict[str, object]]:
    with _raw(path) as connection:
        cursor = connection.execute(f"SELECT * FROM {name} ORDER BY id")
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _without_due_date(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{name: value for name, value in row.items() if name != "due_on"} for row in rows]


def test_requests_keep_everything_but_their_stored_due_date(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _stored_due_date_database(path)
    before = {name: _table(path, name) for name in ("request", "request_event", "document")}
    assert [row["due_on"] for row in before["request"]] == ["2026-12-28", "2026-12-28"]
    open_database(path, PASSPHRASE, clock=fixed_clock()).close()
    requests = _table(path, "request")
    assert requests == _without_due_date(before["request"])
    assert len(requests) == 2 and "due_on" not in requests[0]
    assert requests[1]["duplicate_of_id"] == 1 and requests[1]["extended_due_on"] == "2027-02-24"
    assert _table(path, "request_event") == before["request_event"]  # nothing cascaded away
    assert _table(path, "document") == before["document"]


def test_downgrading_0004_gives_the_due_date_back_empty(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _stored_due_date_database(path)
    open_database(path, PASSPHRASE, clock=fixed_clock()).close()
    kept = _table(path, "request")
    engine = create_engine("sqlite://", creator=lambda: connect(path, PASSPHRASE))
    with engine.begin() as connection:
        from alembic.command import downgrade

        downgrade(migrate.alembic_config(connection), STORED_DUE_DATE)
    engine.dispose()
    requests = _table(path, "request")
    assert [row["due_on"] for row in requests] == [None, None]
    assert _without_due_date(requests) == kept
    assert len(_table(path, "document")) == 1


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


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
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
    assert "9999" in caught.value.text()
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
    assert migrate.head_revision() == "0009"
