"""The records of handled requests that are due for deletion, and erasing them.

The record of a request (the requester's details, the request, its timeline and
its documents, letters included) is kept ``REQUEST_RECORD_YEARS`` after our reply
and erased when that period ends: the promise of every letter that keeps it
(``domain.letter_templates``) and of the privacy notice. The period counts, in
calendar months as a register's retention rule does, from the day the request
ended:

- the day the answer was sent (``sent_on``), for a request answered or closed
  after its answer;
- the day it was closed (``closed_on``), for a closed request without one;
- the day it was withdrawn (from its timeline), for a withdrawn request.

A request still open (``OPEN_STATUSES``, a refusal decided but not yet sent
included) is never due, and nor is one whose end date is unknown. Erasing a
record deletes the request with its timeline and documents through the ORM, so
the audit hook records each deleted row; a person the request concerned stays,
and so does a marketing objection it recorded (only the link to the request
goes), as does a later request marked a duplicate of it.

A sent letter (a final document) cannot be deleted: the database refuses, by a
trigger (migration 0003), whatever code tries — except this erasure, which names
each sent letter of the record in ``document_expiry`` in the same transaction
(migration 0006) and removes the names with the letters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from kasve_desktop.domain.deadlines import add_months
from kasve_desktop.domain.letter_templates import REQUEST_RECORD_YEARS
from kasve_desktop.domain.retention import RetentionAnchor, RetentionRule
from kasve_desktop.domain.vocabulary import OPEN_STATUSES, RequestStatus, TimelineKind
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Document, DocumentExpiry, MarketingObjection, Request

REQUEST_RECORD_RULE = RetentionRule(12 * REQUEST_RECORD_YEARS, RetentionAnchor.LAST_NEEDED)
"""The record of a request is kept this long after the request ended (see above)."""
ENDED_STATUSES = tuple(s.value for s in RequestStatus if s not in OPEN_STATUSES)
_SLACK = dt.timedelta(days=3)
"""A day near the end of a month plus the period may fall on the month's last day."""


class RecordEnd(StrEnum):
    """How the request ended: the date the record's period counts from."""

    ANSWERED = "answered"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class DueRecord:
    id: int
    reference: str
    requester: str
    ended: RecordEnd
    ended_on: dt.date
    due_on: dt.date


def _withdrawn_on(row: Request) -> dt.date | None:
    return next((e.on_date for e in reversed(row.events) if e.kind == TimelineKind.STATUS
                 and e.to_status == RequestStatus.WITHDRAWN), None)


def request_ended(row: Request) -> tuple[RecordEnd, dt.date] | None:
    """How and when a request that is no longer open ended; None while it is open or the
    date is unknown."""
    if row.status not in ENDED_STATUSES:
        return None
    if row.sent_on is not None:
        return RecordEnd.ANSWERED, row.sent_on
    if row.status == RequestStatus.CLOSED and row.closed_on is not None:
        return RecordEnd.CLOSED, row.closed_on
    withdrawn = _withdrawn_on(row) if row.status == RequestStatus.WITHDRAWN else None
    return None if withdrawn is None else (RecordEnd.WITHDRAWN, withdrawn)


def _due_record(row: Request) -> DueRecord | None:
    ended = request_ended(row)
    if ended is None:
        return None
    due = REQUEST_RECORD_RULE.due(None, ended[1])
    assert due is not None
    return DueRecord(row.id, row.reference, row.requester_name, ended[0], ended[1], due)


def _candidates(session: Session, today: dt.date) -> Sequence[Request]:
    """Requests that may be due (the rule above decides): ended, and a date early enough."""
    latest = add_months(today, -REQUEST_RECORD_RULE.months) + _SLACK
    return session.scalars(
        select(Request).options(selectinload(Request.events))
        .where(Request.status.in_(ENDED_STATUSES),
               or_(Request.received_on <= latest, Request.sent_on <= latest,
                   Request.closed_on <= latest))
        .order_by(Request.id)).all()


def due_records(session: Session, today: dt.date) -> list[DueRecord]:
    """The request records due for deletion on ``today``, the earliest due first."""
    found = (_due_record(row) for row in _candidates(session, today))
    due = [record for record in found if record is not None and record.due_on <= today]
    return sorted(due, key=lambda r: (r.due_on, r.reference))


def due_request_records(db: Database, today: dt.date) -> list[DueRecord]:
    with db.sessions() as session:
        return due_records(session, today)


def erase_record(session: Session, request_id: int) -> None:
    """Delete the request with its timeline and documents; unlink what refers to it."""
    request = session.get(Request, request_id)
    assert request is not None
    documents = list(session.scalars(select(Document).where(Document.request_id == request_id)))
    expired = [DocumentExpiry(document_id=d.id) for d in documents if d.is_final]
    session.add_all(expired)
    session.flush()  # named before the letters go (migration 0006)
    for document in documents:
        session.delete(document)
    session.flush()
    for name in expired:
        session.delete(name)
    for objection in session.scalars(select(MarketingObjection).where(
            MarketingObjection.request_id == request_id)):
        objection.request_id = None
    for duplicate in session.scalars(select(Request).where(
            Request.duplicate_of_id == request_id)):
        duplicate.duplicate_of_id = None
    session.flush()  # the links gone before the row they point to
    session.delete(request)  # its events go with it (cascade)


def erase_records(session: Session, records: Sequence[DueRecord],
                  progress: Callable[[int], None]) -> None:
    """Erase ``records`` in the caller's transaction; ``progress`` gets how many are done."""
    for done, record in enumerate(records, start=1):
        erase_record(session, record.id)
        progress(done)


def chosen_records(session: Session, today: dt.date,
                   request_ids: Collection[int] | None) -> list[DueRecord]:
    """The due records, only those of ``request_ids`` when given (others are ignored)."""
    records = due_records(session, today)
    if request_ids is None:
        return records
    wanted = set(request_ids)
    return [r for r in records if r.id in wanted]
