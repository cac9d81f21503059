"""A sent document is frozen by the database itself, not only by the service."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Document, DocumentExpiry, Person


def stored(db: Database, *, final: bool) -> tuple[int, int]:
    with db.sessions.begin() as session:
        person = Person(first_name="Maija", last_name="Meikäläinen")
        session.add(person)
        session.flush()
        document = Document(kind="letter", letter_kind="access-report", person_id=person.id,
                            content=b"%PDF sent", sha256=hashlib.sha256(b"%PDF sent").hexdigest(),
                            is_final=final)
        session.add(document)
        session.flush()
        return document.id, person.id


@pytest.mark.parametrize("statement", [
    "UPDATE document SET content = x'00' WHERE id = :id",
    "UPDATE document SET is_final = 0 WHERE id = :id",
    "UPDATE document SET sent_channel = 'email' WHERE id = :id",
    "DELETE FROM document WHERE id = :id",
])
def test_a_final_document_cannot_be_changed_or_deleted(db: Database, statement: str) -> None:
    document_id, _ = stored(db, final=True)
    with pytest.raises(IntegrityError, match="sent document cannot be changed"), \
            db.sessions.begin() as session:
        session.execute(text(statement), {"id": document_id})
    with db.sessions() as session:
        kept = session.get(Document, document_id)
        assert kept is not None and kept.content == b"%PDF sent" and kept.is_final


def test_its_person_link_may_still_go_and_drafts_stay_free(db: Database) -> None:
    final_id, person_id = stored(db, final=True)
    with db.sessions.begin() as session:
        session.execute(text("UPDATE document SET person_id = NULL WHERE id = :id"),
                        {"id": final_id})
    draft_id, _ = stored(db, final=False)
    with db.sessions.begin() as session:
        session.execute(text("UPDATE document SET content = x'01', is_final = 1 WHERE id = :id"),
                        {"id": draft_id})
    with db.sessions() as session:
        assert session.get(Document, final_id).person_id is None  # type: ignore[union-attr]
        assert session.get(Document, draft_id).is_final  # type: ignore[union-attr]
    assert person_id


def test_a_sent_letter_goes_only_when_named_as_expired_in_the_same_transaction(
        db: Database) -> None:
    """The erasure of a request record at the end of its period names each sent letter it
    deletes (migration 0006); a letter not named stays undeletable."""
    named, _ = stored(db, final=True)
    other, _ = stored(db, final=True)
    with db.sessions.begin() as session:
        session.add(DocumentExpiry(document_id=named))
        session.flush()
        session.execute(text("DELETE FROM document WHERE id = :id"), {"id": named})
    with pytest.raises(IntegrityError, match="sent document cannot be changed"), \
            db.sessions.begin() as session:
        session.execute(text("DELETE FROM document WHERE id = :id"), {"id": other})
    with db.sessions() as session:
        assert session.get(Document, named) is None and session.get(Document, other) is not None
