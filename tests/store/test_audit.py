"""The hash-chained audit log written by every flush."""

from __future__ import annotations

from itertools import pairwise

from sqlalchemy import select, text

from kasve_desktop.store.audit import GENESIS, verify_chain
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import AuditEntry, Person, PersonEmail


def _entries(db: Database) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def _person(db: Database) -> int:
    with db.sessions.begin() as session:
        person = Person(first_name="Liisa", last_name="Virtanen",
                        emails=[PersonEmail(address="liisa@example.fi")])
        session.add(person)
        session.flush()
        return person.id


def test_create_update_delete_are_logged_without_values(db: Database) -> None:
    person_id = _person(db)
    with db.sessions.begin() as session:
        person = session.get(Person, person_id)
        assert person is not None
        person.locality = "Joensuu"
    with db.sessions.begin() as session:
        session.delete(session.get(Person, person_id))
    log = [(e.action, e.entity, e.entity_id, e.fields) for e in _entries(db)]
    assert ("create", "person", str(person_id),
            ["id", "uid", "first_name", "last_name", "country", "language"]) in log
    assert ("update", "person", str(person_id), ["locality"]) in log
    assert ("delete", "person", str(person_id), []) in log
    assert any(action == "delete" and entity == "person_email" for action, entity, *_ in log)
    for entry in _entries(db):
        blob = repr((entry.fields, entry.entity_id, entry.entity))
        assert "Liisa" not in blob and "Joensuu" not in blob
        assert entry.os_user


def test_rollback_writes_no_entry(db: Database) -> None:
    try:
        with db.sessions.begin() as session:
            session.add(Person(first_name="Peruttu"))
            session.flush()
            raise RuntimeError("abort")
    except RuntimeError:
        pass
    assert _entries(db) == []


def test_chain_links_and_verifies(db: Database) -> None:
    _person(db)
    _person(db)
    entries = _entries(db)
    assert entries[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in pairwise(entries))
    with db.sessions() as session:
        check = verify_chain(session)
    assert check.intact and check.entries == len(entries)


def test_tampering_is_detected(db: Database) -> None:
    _person(db)
    _person(db)
    victim = _entries(db)[2].id
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET os_user = 'mallory' WHERE id = :id"),
                           {"id": victim})
    with db.sessions() as session:
        assert verify_chain(session).first_broken_id == victim


def test_deleted_entry_is_detected(db: Database) -> None:
    _person(db)
    _person(db)
    victim = _entries(db)[1].id
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": victim})
    with db.sessions() as session:
        assert verify_chain(session).first_broken_id == victim + 1
