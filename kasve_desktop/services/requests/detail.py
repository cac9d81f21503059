"""One request in full: its detail, its timeline and its attachments.

``RequestDetail`` is everything the inbox's detail pane, the letters and the
command line show of one request; its dates come from the rules
(``domain/deadlines.py``), counted from the receipt date, the extension and the
pause — no answer-by date is stored. Attachments stay inside the encrypted
database as documents; adding one notes it on the timeline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kasve_desktop.domain.deadlines import (
    DEFAULT_TARGET_MARGIN,
    DateInForce,
    Deadline,
    extended,
    in_force_for,
    one_month,
    target_date,
)
from kasve_desktop.domain.vocabulary import OPEN_STATUSES, TimelineKind
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import RequestFacts, allowed_steps
from kasve_desktop.services.database import transaction
from kasve_desktop.services.requests.intake import (
    CONTACT_FIELDS,
    NewAttachment,
    RequestDraft,
    attach,
    record,
)
from kasve_desktop.services.requests.reminders import (
    TARGET_MARGIN_KEY,
    TARGET_MARGIN_RANGE,
    read_int_setting,
)
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Document, Request, RequestEvent


class RequestNotFound(LookupError):
    """The request does not exist (any more)."""


@dataclass(frozen=True)
class TimelineRow:
    on_date: dt.date
    at: dt.datetime
    kind: str
    from_status: str
    to_status: str
    old_date: dt.date | None
    new_date: dt.date | None
    note: str
    channel: str = ""
    """On the step to ``sent``: how the response was sent (a channel's machine name)."""
    identity_method: str = ""
    """On the step out of ``identity-check``: how the identity was confirmed."""


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    mime_type: str
    size: int
    kind: str
    letter_kind: str
    created_at: dt.datetime


@dataclass(frozen=True)
class RequestDetail:
    """Everything the detail pane shows of one request."""

    id: int
    uid: str
    reference: str
    type: str
    channel: str
    status: str
    language: str
    received_on: dt.date
    draft: RequestDraft
    person_id: int | None
    person_name: str
    duplicate_of: str
    one_month: Deadline
    extended: Deadline | None
    in_force: DateInForce
    extended_on: dt.date | None
    extension_reason: str
    identity_method: str
    paused_on: dt.date | None
    resumed_on: dt.date | None
    response_channel: str
    sent_on: dt.date | None
    closed_on: dt.date | None
    outcome: str
    refusal_reasons: str
    allowed: tuple[str, ...]
    target_on: dt.date
    """The internal target: the margin setting's working days before the date in force."""
    timeline: tuple[TimelineRow, ...]
    attachments: tuple[AttachmentRow, ...]

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def facts(self) -> RequestFacts:
        return RequestFacts(S(self.status), self.received_on, self.extended is not None,
                            self.paused_on, self.resumed_on)


def get_request(session: Session, request_id: int) -> Request:
    row = session.get(Request, request_id)
    if row is None:
        raise RequestNotFound(request_id)
    return row


def facts_of(row: Request) -> RequestFacts:
    return RequestFacts(S(row.status), row.received_on, row.extended_due_on is not None,
                        row.paused_on, row.resumed_on)


def _draft_of(row: Request) -> RequestDraft:
    return RequestDraft(type=row.type, channel=row.channel, received_on=row.received_on,
                        language=row.language, description=row.description,
                        person_id=row.person_id, duplicate_of_id=row.duplicate_of_id,
                        **{name: getattr(row, name) for name in CONTACT_FIELDS})


def _timeline_row(row: Request, e: RequestEvent) -> TimelineRow:
    sent = e.kind == TimelineKind.STATUS and e.to_status == S.SENT
    confirmed = (e.kind == TimelineKind.STATUS and e.from_status == S.IDENTITY_CHECK
                 and e.to_status == S.IN_PROGRESS)
    return TimelineRow(e.on_date, e.at, e.kind, e.from_status, e.to_status, e.old_date,
                       e.new_date, e.note, channel=row.response_channel if sent else "",
                       identity_method=row.identity_method if confirmed else "")


def _timeline(row: Request) -> tuple[TimelineRow, ...]:
    return tuple(_timeline_row(row, e) for e in row.events)


def _attachments(session: Session, request_id: int) -> tuple[AttachmentRow, ...]:
    rows = session.execute(
        select(Document.id, Document.filename, Document.mime_type,
               func.length(Document.content), Document.kind, Document.letter_kind,
               Document.created_at)
        .where(Document.request_id == request_id).order_by(Document.id)).all()
    return tuple(AttachmentRow(*row) for row in rows)


def _margin(session: Session) -> int:
    return read_int_setting(session, TARGET_MARGIN_KEY, DEFAULT_TARGET_MARGIN,
                            TARGET_MARGIN_RANGE)


def detail_of(session: Session, row: Request, today: dt.date) -> RequestDetail:
    duplicate = session.get(Request, row.duplicate_of_id) if row.duplicate_of_id else None
    return RequestDetail(
        id=row.id, uid=row.uid, reference=row.reference, type=row.type, channel=row.channel,
        status=row.status, language=row.language, received_on=row.received_on,
        draft=_draft_of(row), person_id=row.person_id,
        person_name=row.person.full_name if row.person else "",
        duplicate_of=duplicate.reference if duplicate else "",
        one_month=one_month(row.received_on),
        extended=extended(row.received_on) if row.extended_due_on else None,
        in_force=in_force_for(row, today),
        extended_on=row.extended_on, extension_reason=row.extension_reason,
        identity_method=row.identity_method, paused_on=row.paused_on,
        resumed_on=row.resumed_on, response_channel=row.response_channel,
        sent_on=row.sent_on, closed_on=row.closed_on, outcome=row.outcome,
        refusal_reasons=row.refusal_reasons,
        allowed=tuple(s.value for s in allowed_steps(S(row.status))),
        target_on=target_date(in_force_for(row, today).deadline.due, _margin(session)),
        timeline=_timeline(row), attachments=_attachments(session, row.id))


def load_request(db: Database, request_id: int, today: dt.date) -> RequestDetail:
    with db.sessions() as session:
        return detail_of(session, get_request(session, request_id), today)


def request_id_of(db: Database, reference: str) -> int:
    with db.sessions() as session:
        found = session.scalar(select(Request.id).where(Request.reference == reference.strip()))
    if found is None:
        raise RequestNotFound(reference)
    return found


def attachment_content(db: Database, document_id: int) -> NewAttachment:
    with db.sessions() as session:
        row = session.get(Document, document_id)
        if row is None:
            raise RequestNotFound(document_id)
        return NewAttachment(row.filename, row.mime_type, row.content)


def add_attachments(db: Database, request_id: int, attachments: tuple[NewAttachment, ...],
                    today: dt.date) -> RequestDetail:
    """Attach files (all or nothing) and note them on the timeline."""
    with transaction(db) as session:
        request = get_request(session, request_id)
        for attachment in attachments:
            attach(session, request, attachment)
            record(request, TimelineKind.DOCUMENT, today, attachment.filename)
        session.flush()
        return detail_of(session, request, today)
