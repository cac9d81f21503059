"""The audit chain's anchor: its head kept outside the database, so that a chain cut
short, emptied or recomputed whole (by someone with the passphrase and the file) is
caught by ``check``; and kept right through restore, passphrase change and rollback."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select

from kasve_desktop.services.audit_chain import chain_problem
from kasve_desktop.services.database import CheckReport, check, single_transaction
from kasve_desktop.services.listing import verify_audit_chain
from kasve_desktop.store import local_state
from kasve_desktop.store.audit import EMPTY, GENESIS, Head, entry_hash, verify_chain
from kasve_desktop.store.audit_anchor import KEY, known_head
from kasve_desktop.store.backup import change_passphrase, restore_file, write_backup
from kasve_desktop.store.connection import connect
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import AuditEntry, Person
from tests.conftest import PASSPHRASE, fixed_clock


@contextmanager
def opened(path: Path, passphrase: str = PASSPHRASE, *,
           create: bool = False) -> Iterator[Database]:
    db = open_database(path, passphrase, clock=fixed_clock(), create=create)
    try:
        yield db
    finally:
        db.close()


def add_people(db: Database, count: int) -> None:
    """``count`` audit entries, in one transaction."""
    with db.sessions.begin() as session:
        session.add_all(Person(first_name=f"Henkilö {i}", last_name="Testi")
                        for i in range(count))


def entry_ids(db: Database) -> list[int]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def tamper(path: Path, *statements: str) -> None:
    """Change the closed file as another program would, with the passphrase."""
    conn = connect(path, PASSPHRASE)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def recompute_chain(path: Path) -> None:
    """Rewrite every entry's hashes as ``audit.append`` would have: a valid chain."""
    conn = connect(path, PASSPHRASE)
    try:
        rows = conn.execute("SELECT id, at, os_user, action, entity, entity_id, fields "
                            "FROM audit_entry ORDER BY id").fetchall()
        prev = GENESIS
        conn.execute("BEGIN")
        for id_, at, user, action, entity, entity_id, fields in rows:
            digest = entry_hash(prev, {"at": dt.datetime.fromisoformat(at), "os_user": user,
                                       "action": action, "entity": entity,
                                       "entity_id": entity_id, "fields": json.loads(fields)})
            conn.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?",
                         (prev, digest, id_))
            prev = digest
        conn.execute("COMMIT")
    finally:
        conn.close()


def anchor_of(path: Path) -> Head:
    head = known_head(path)
    assert head is not None
    return head


def checked(path: Path) -> CheckReport:
    with opened(path) as db:
        return check(db)


def test_the_anchor_follows_every_commit_and_a_clean_database_passes(db_path: Path) -> None:
    with opened(db_path, create=True) as db:
        assert known_head(db_path) == EMPTY
        add_people(db, 3)
        add_people(db, 4)
        with db.sessions() as session:
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None
        head = known_head(db_path)
        assert head is not None
        assert (head.count, head.hash, head.id) == (7, last.hash, last.id)
        report = check(db)
        assert report.ok and report.audit_chain is not None
        assert report.audit_chain.ends_in_anchor and chain_problem(report.audit_chain) is None
        assert verify_audit_chain(db).intact
    assert checked(db_path).ok


def test_deleting_the_last_entry_is_caught(db_path: Path) -> None:
    with opened(db_path, create=True) as db:
        add_people(db, 5)
        ids = entry_ids(db)
    tamper(db_path, f"DELETE FROM audit_entry WHERE id = {ids[-1]}")
    report = checked(db_path)
    assert report.audit_broken_at is None  # the chain alone looks whole
    assert not report.ok
    assert report.audit_chain is not None and report.audit_chain.missing == 1
    assert chain_problem(report.audit_chain) == (
        f"Lokista puuttuu 1 merkintä: ketju päättyy merkintään {ids[-2]}, mutta sen "
        f"tiedetään jatkuneen merkintään {ids[-1]} (5 merkintää).")


def test_deleting_the_last_hundred_entries_is_caught(db_path: Path) -> None:
    with opened(db_path, create=True) as db:
        add_people(db, 60)
        add_people(db, 60)
        ids = entry_ids(db)
    assert len(ids) == 120
    tamper(db_path, f"DELETE FROM audit_entry WHERE id > {ids[19]}")
    report = checked(db_path)
    assert not report.ok and report.audit_entries == 20
    assert report.audit_chain is not None and report.audit_chain.missing == 100
    assert report.audit_chain.last_id == ids[19]


def test_deleting_every_entry_is_caught(db_path: Path) -> None:
    with opened(db_path, create=True) as db:
        add_people(db, 8)
        last = entry_ids(db)[-1]
    tamper(db_path, "DELETE FROM audit_entry")
    report = checked(db_path)
    assert not report.ok and report.audit_entries == 0
    assert report.audit_chain is not None and report.audit_chain.missing == 8
    assert chain_problem(report.audit_chain) == (
        f"Lokista puuttuu 8 merkintää: loki on tyhjä, mutta sen tiedetään jatkuneen "
        f"merkintään {last} (8 merkintää).")


def test_an_edit_with_the_chain_recomputed_is_caught(db_path: Path) -> None:
    with opened(db_path, create=True) as db:
        add_people(db, 6)
        ids = entry_ids(db)
    recompute_chain(db_path)
    assert checked(db_path).ok  # recomputing an unchanged chain reproduces it exactly
    tamper(db_path, f"UPDATE audit_entry SET action = 'update', fields = '[\"note\"]' "
                    f"WHERE id = {ids[2]}")
    recompute_chain(db_path)
    report = checked(db_path)
    assert report.audit_broken_at is None  # a valid chain, built anew
    with opened(db_path) as db, db.sessions() as session:
        assert verify_chain(session).intact  # what the chain alone proves
    assert not report.ok
    assert report.audit_chain is not None and report.audit_chain.diverged_id == ids[-1]
    assert chain_problem(report.audit_chain) == (
        f"Ketju ei pääty tunnettuun päähänsä: merkintää {ids[-1]} on muutettu tai ketju on "
        "rakennettu uudelleen.")


def test_commits_after_a_truncation_do_not_move_the_anchor_past_it(db_path: Path) -> None:
    with opened(db_path, create=True) as db:
        add_people(db, 10)
    anchor = known_head(db_path)
    tamper(db_path, "DELETE FROM audit_entry WHERE id > 4")
    with opened(db_path) as db:
        add_people(db, 2)
        assert known_head(db_path) == anchor
        add_people(db, 9)  # longer than the anchor now, but not through it
        assert known_head(db_path) == anchor
        report = check(db)
    assert not report.ok and report.audit_chain is not None
    assert report.audit_chain.diverged_id is not None


def test_a_rolled_back_transaction_leaves_the_anchor(db_path: Path) -> None:
    with opened(db_path, create=True) as db:
        add_people(db, 2)
        anchor = known_head(db_path)
        try:
            with db.sessions.begin() as session:
                session.add(Person(first_name="Peruttu"))
                session.flush()
                raise RuntimeError("abort")
        except RuntimeError:
            pass
        assert known_head(db_path) == anchor
        try:
            with single_transaction(db) as joined:
                add_people(joined, 3)
                raise RuntimeError("abort")
        except RuntimeError:
            pass
        assert known_head(db_path) == anchor
        with single_transaction(db) as joined:
            add_people(joined, 3)
            add_people(joined, 1)
        assert anchor_of(db_path).count == 6
        assert check(db).ok


def test_a_restored_backup_sets_the_anchor_to_its_head(db_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopio.bak"
    with opened(db_path, create=True) as db:
        add_people(db, 3)
        written = write_backup(db.engine, PASSPHRASE, copy)
        add_people(db, 5)
    assert written.audit_head.count == 3
    assert anchor_of(db_path).count == 8
    restored = restore_file(copy, db_path, PASSPHRASE, tmp_path / "ennen.bak")
    assert restored.audit_head == written.audit_head == known_head(db_path)
    assert checked(db_path).ok
    with opened(tmp_path / "ennen.bak") as safety:  # another path: a first open sets it
        assert check(safety).ok and anchor_of(safety.path).count == 8


def test_a_new_passphrase_keeps_the_chain_and_its_anchor(db_path: Path) -> None:
    with opened(db_path, create=True) as db:
        add_people(db, 4)
    anchor_of_before = anchor_of(db_path).count
    change_passphrase(db_path, PASSPHRASE, "uusi pitkä salalause")
    with opened(db_path, "uusi pitkä salalause") as db:
        assert check(db).ok
        add_people(db, 1)
    assert anchor_of(db_path).count == anchor_of_before + 1


def test_no_anchor_yet_is_not_an_error_and_the_first_open_sets_it(db_path: Path) -> None:
    with opened(db_path, create=True) as db:
        add_people(db, 4)
        local_state.update(db_path, **{KEY: None})  # as on a computer it was copied to
        report = check(db)
        assert report.ok and report.audit_chain is not None
        assert report.audit_chain.anchor is None
    with opened(db_path) as db:
        assert anchor_of(db_path).count == 4
        assert check(db).ok


def test_a_new_database_at_a_used_path_starts_a_new_anchor(db_path: Path) -> None:
    with opened(db_path, create=True) as db:
        add_people(db, 4)
    db_path.unlink()
    with opened(db_path, create=True) as db:
        assert anchor_of(db_path).count == 0
        assert check(db).ok
