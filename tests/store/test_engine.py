"""The encrypted store: keying, wrong keys, pragmas, locking, file modes."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from kasve_desktop.store.connection import connect
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.errors import (
    CannotOpen,
    DatabaseExists,
    DatabaseInUse,
    DatabaseMissing,
)
from kasve_desktop.store.lock import lock_path
from kasve_desktop.store.models import Controller, Person, PersonEmail
from tests.conftest import PASSPHRASE, fixed_clock

SECRET_NAME = "Ainutlaatuinen Äänekoskelainen"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_person(db: Database, name: str = SECRET_NAME) -> None:
    first, last = name.split(" ", 1)
    with db.sessions.begin() as session:
        session.add(Person(first_name=first, last_name=last,
                           emails=[PersonEmail(address="salainen@example.fi")]))


def test_file_holds_no_plaintext(db: Database, db_path: Path) -> None:
    _add_person(db)
    db.close()
    raw = db_path.read_bytes()
    assert raw[:16] != b"SQLite format 3\x00"
    for needle in (SECRET_NAME, "salainen@example.fi", "person_email", "CREATE TABLE"):
        assert needle.encode("utf-8") not in raw


def test_pragmas_at_connect(db: Database) -> None:
    with db.engine.connect() as connection:
        values = {name: connection.execute(text(f"PRAGMA {name}")).scalar()
                  for name in ("foreign_keys", "secure_delete", "synchronous", "temp_store",
                               "journal_mode")}
        cipher = {row[0] for row in connection.execute(text("PRAGMA cipher_settings"))}
        version = connection.execute(text("PRAGMA cipher_version")).scalar()
    assert values == {"foreign_keys": 1, "secure_delete": 1, "synchronous": 2,
                      "temp_store": 2, "journal_mode": "delete"}
    assert "PRAGMA kdf_iter = 256000;" in cipher
    assert "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;" in cipher
    assert str(version).startswith("4.")


def test_wrong_passphrase_leaves_file_unchanged(db: Database, db_path: Path) -> None:
    _add_person(db)
    db.close()
    before = _digest(db_path)
    for wrong in ("väärä salasana", PASSPHRASE + " ", PASSPHRASE.upper(), ""):
        with pytest.raises(CannotOpen):
            open_database(db_path, wrong, clock=fixed_clock())
    assert _digest(db_path) == before
    assert [p.name for p in db_path.parent.iterdir()] == [db_path.name]


def test_wrong_passphrase_prints_nothing(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path, PASSPHRASE, create=True, clock=fixed_clock()).close()
    script = ("import sys; from pathlib import Path;"
              "from kasve_desktop.clock import SystemClock;"
              "from kasve_desktop.store.engine import open_database;"
              "from kasve_desktop.store.errors import CannotOpen\n"
              "try:\n open_database(Path(sys.argv[1]), 'wrong passphrase', clock=SystemClock())\n"
              "except CannotOpen: print('refused')")
    result = subprocess.run([sys.executable, "-c", script, str(db_path)],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "refused"
    assert result.stderr == ""


def test_plain_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some text, not a database\n" * 100)
    before = _digest(path)
    with pytest.raises(CannotOpen):
        open_database(path, PASSPHRASE, clock=fixed_clock())
    assert _digest(path) == before


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               min_size=1, max_size=40))
def test_any_unicode_passphrase(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / f"u{abs(hash(passphrase))}.db"
    path.unlink(missing_ok=True)
    open_database(path, passphrase, create=True, clock=fixed_clock()).close()
    database = open_database(path, passphrase, clock=fixed_clock())
    database.close()
    with pytest.raises(CannotOpen):
        open_database(path, passphrase + "x", clock=fixed_clock())
    path.unlink()


def test_composed_and_decomposed_letters_open_the_same_file(db_path: Path) -> None:
    composed, decomposed = "pääsykoodi kymmenen", "pa\u0308a\u0308sykoodi kymmenen"
    assert composed != decomposed
    database = open_database(db_path, composed, create=True, clock=fixed_clock())
    _add_person(database)
    database.close()
    again = open_database(db_path, decomposed, clock=fixed_clock())
    try:
        with again.sessions() as session:
            assert session.scalars(select(Person.last_name)).all() == [SECRET_NAME.split()[1]]
    finally:
        again.close()


def test_quotes_in_passphrase(db_path: Path) -> None:
    tricky = "it's \"quoted\"; DROP TABLE x; --"
    open_database(db_path, tricky, create=True, clock=fixed_clock()).close()
    open_database(db_path, tricky, clock=fixed_clock()).close()
    with pytest.raises(CannotOpen):
        open_database(db_path, "it's", clock=fixed_clock())


def test_second_open_is_refused(db: Database, db_path: Path) -> None:
    with pytest.raises(DatabaseInUse) as caught:
        open_database(db_path, PASSPHRASE, clock=fixed_clock())
    assert str(os.getpid()) in caught.value.text()


def test_second_process_is_refused(db: Database, db_path: Path) -> None:
    script = ("import sys; from pathlib import Path;"
              "from kasve_desktop.clock import SystemClock;"
              "from kasve_desktop.store.engine import open_database;"
              "from kasve_desktop.store.errors import DatabaseInUse\n"
              "try:\n open_database(Path(sys.argv[1]), sys.argv[2], clock=SystemClock())\n"
              "except DatabaseInUse: print('in use')")
    result = subprocess.run([sys.executable, "-c", script, str(db_path), PASSPHRASE],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "in use"


def test_lock_file_holds_only_pid_and_host(db: Database, db_path: Path) -> None:
    content = lock_path(db_path).read_text().strip()
    pid, host = content.split("@")
    assert pid == str(os.getpid()) and host
    db.close()
    assert not lock_path(db_path).exists()
    open_database(db_path, PASSPHRASE, clock=fixed_clock()).close()


def test_files_are_private(db: Database, db_path: Path) -> None:
    _add_person(db)
    for path in (db_path, lock_path(db_path)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_create_refuses_existing_file(db_path: Path) -> None:
    db_path.write_bytes(b"x")
    with pytest.raises(DatabaseExists):
        open_database(db_path, PASSPHRASE, create=True, clock=fixed_clock())
    assert db_path.read_bytes() == b"x"


def test_unlock_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing):
        open_database(tmp_path / "none.db", PASSPHRASE, clock=fixed_clock())


def test_sibling_files_hold_no_plaintext_while_writing(db: Database, db_path: Path) -> None:
    """A rollback journal left mid-transaction holds encrypted pages only."""
    _add_person(db)
    connection = connect(db_path, PASSPHRASE)
    connection.execute("BEGIN")
    connection.execute("UPDATE person SET first_name = 'Toinen', last_name = 'Nimi'")
    journal = db_path.with_name(db_path.name + "-journal")
    assert journal.exists()
    data = journal.read_bytes()
    connection.execute("ROLLBACK")
    connection.close()
    assert SECRET_NAME.split()[1].encode() not in data
    assert b"salainen" not in data


def test_foreign_keys_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.sessions.begin() as session:
        session.add(PersonEmail(person_id=999, address="x@example.fi"))


def test_rows_survive_reopen(db: Database, db_path: Path) -> None:
    with db.sessions.begin() as session:
        session.add(Controller(name="Kasve Oy", business_id="2457832-5"))
    db.close()
    again = open_database(db_path, PASSPHRASE, clock=fixed_clock())
    with again.sessions() as session:
        assert session.scalar(select(Controller.business_id)) == "2457832-5"
    again.close()


def test_cannot_open_message_does_not_claim_which() -> None:
    """A wrong key and a damaged file look alike: the message names both."""
    message = CannotOpen().text()
    assert "tunnuslause on väärä" in message
    assert "vioittunut" in message


def test_errors_do_not_carry_personal_values(db: Database) -> None:
    """SQL errors reach logs and the crash dialog: they must not quote the values."""
    with pytest.raises(Exception, match="FOREIGN KEY") as caught, db.sessions.begin() as session:
        session.add(PersonEmail(person_id=999, address="salainen@example.fi"))
    assert "salainen@example.fi" not in str(caught.value)
