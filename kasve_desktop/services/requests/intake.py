"""Data-subject requests: intake, likely duplicates and the inbox's rows.

A request is entered with its receipt date; its legal answer-by date is always
counted from the rules (domain/deadlines.py), never stored. The reference is
``YYYY-NNNN``, numbered per receipt year. Attachments (an e-mail's original,
scanned letters) are kept as documents inside the encrypted database, never as
loose files. One request in full is in ``detail``; the steps a request takes
afterwards are in ``steps``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kasve_desktop.domain import validation as check
from kasve_desktop.domain.duplicates import email_key, phone_key
from kasve_desktop.domain.validation import Checker
from kasve_desktop.domain.vocabulary import OPEN_STATUSES, Channel, RequestType, TimelineKind
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.i18n import LANGUAGES, N_
from kasve_desktop.services import listing
from kasve_desktop.services.database import transaction
from kasve_desktop.services.listing import RequestRow
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Document, Request, RequestEvent
from kasve_desktop.store.queries import Order, Page

ATTACHMENT = "attachment"
ATTACHMENT_LIMIT = 50 * 1024 * 1024
NAME_NEEDED = N_("Write the requester's name.")
ADDRESS_NEEDED = N_("A postal request is answered by post: write the requester's address.")
EMAIL_NEEDED = N_("A request by e-mail or web form is answered electronically: write the "
                  "requester's e-mail address.")
PHONE_NEEDED = N_("Write the phone number the request came from.")
UNKNOWN_CHOICE = N_("Choose one of the options.")
FUTURE_DATE = N_("The request cannot have been received in the future.")
TOO_OLD = N_("The receipt date is more than a year ago: check the year.")
ATTACHMENT_TOO_LARGE = N_("The file is larger than 50 MB.")


@dataclass(kw_only=True)
class RequestDraft:
    """A request as the intake dialog fills it in."""

    received_on: dt.date
    type: str = RequestType.ACCESS.value
    channel: str = Channel.EMAIL.value
    language: str = "fi"
    requester_name: str = ""
    requester_email: str = ""
    requester_phone: str = ""
    requester_street: str = ""
    requester_postal_code: str = ""
    requester_locality: str = ""
    requester_country: str = "FI"
    description: str = ""
    person_id: int | None = None
    duplicate_of_id: int | None = None


@dataclass(frozen=True)
class NewAttachment:
    filename: str
    mime_type: str
    content: bytes


def _choice(c: Checker, name: str, value: str, allowed: object) -> None:
    if value not in allowed:  # type: ignore[operator]
        c.fail(name, UNKNOWN_CHOICE)


def _check_contact(c: Checker, draft: RequestDraft) -> RequestDraft:
    country = c.value("requester_country", check.country, draft.requester_country) or "FI"
    return replace(
        draft, requester_country=country,
        requester_name=c.value("requester_name", check.text, draft.requester_name.strip()),
        requester_email=c.value("requester_email", check.email, draft.requester_email),
        requester_phone=c.value("requester_phone", check.phone, draft.requester_phone),
        requester_street=c.value("requester_street", check.text, draft.requester_street.strip()),
        requester_postal_code=c.value("requester_postal_code",
                                      lambda v: check.postal_code(v, country),
                                      draft.requester_postal_code),
        requester_locality=c.value("requester_locality", check.text,
                                   draft.requester_locality.strip()),
        description=c.value("description", check.text, draft.description.strip()))


def _check_channel_contact(c: Checker, d: RequestDraft) -> None:
    if not d.requester_name:
        c.fail("requester_name", NAME_NEEDED)
    if d.channel == Channel.POST and not (d.requester_street and d.requester_locality):
        c.fail("requester_street", ADDRESS_NEEDED)
    if d.channel in (Channel.EMAIL, Channel.WEB_FORM) and not d.requester_email:
        c.fail("requester_email", EMAIL_NEEDED)
    if d.channel == Channel.PHONE and not d.requester_phone:
        c.fail("requester_phone", PHONE_NEEDED)


def check_draft(draft: RequestDraft, today: dt.date) -> RequestDraft:
    """The draft in stored form, or ``ValidationFailed`` naming every bad field."""
    c = Checker()
    _choice(c, "type", draft.type, {t.value for t in RequestType})
    _choice(c, "channel", draft.channel, {ch.value for ch in Channel})
    _choice(c, "language", draft.language, LANGUAGES)
    if draft.received_on > today:
        c.fail("received_on", FUTURE_DATE)
    elif draft.received_on < today - dt.timedelta(days=366):
        c.fail("received_on", TOO_OLD)
    checked = _check_contact(c, draft)
    _check_channel_contact(c, checked)
    c.raise_if_failed()
    return checked


# --- likely duplicates ------------------------------------------------------------------

@dataclass(frozen=True)
class RequestSummary:
    id: int
    reference: str
    type: str
    status: str
    received_on: dt.date
    requester: str


def _summary(row: Request) -> RequestSummary:
    return RequestSummary(row.id, row.reference, row.type, row.status, row.received_on,
                          row.requester_name)


def _same_requester(draft: RequestDraft) -> list[object]:
    clauses: list[object] = []
    if draft.person_id is not None:
        clauses.append(Request.person_id == draft.person_id)
    if draft.requester_email.strip():
        clauses.append(func.lower(Request.requester_email) == email_key(draft.requester_email))
    if draft.requester_phone.strip():
        clauses.append(Request.requester_phone == (phone_key(draft.requester_phone) or "-"))
    if draft.requester_name.strip():
        clauses.append(func.lower(Request.requester_name) == draft.requester_name.strip().lower())
    return clauses


def find_duplicates(db: Database, draft: RequestDraft) -> list[RequestSummary]:
    """Open requests of the same type from the same requester (person, e-mail, phone, name)."""
    clauses = _same_requester(draft)
    if not clauses:
        return []
    statement = (select(Request).where(Request.type == draft.type,
                                       Request.status.in_(sorted(OPEN_STATUSES)),
                                       or_(*clauses))  # type: ignore[arg-type]
                 .order_by(Request.received_on))
    with db.sessions() as session:
        return [_summary(row) for row in session.scalars(statement)]


# --- intake -----------------------------------------------------------------------------

def next_reference(session: Session, received_on: dt.date) -> str:
    prefix = f"{received_on.year}-"
    last = session.scalar(select(func.max(Request.reference))
                          .where(Request.reference.like(prefix + "%")))
    number = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{number:04d}"


def record(request: Request, kind: TimelineKind, on_date: dt.date, note: str = "", *,
           from_status: str = "", to_status: str = "", old_date: dt.date | None = None,
           new_date: dt.date | None = None) -> None:
    """One step on the request's timeline."""
    request.events.append(RequestEvent(
        on_date=on_date, kind=kind.value, note=note, from_status=from_status,
        to_status=to_status, old_date=old_date, new_date=new_date))


def attach(session: Session, request: Request, attachment: NewAttachment) -> Document:
    if len(attachment.content) > ATTACHMENT_LIMIT:
        raise check.ValidationFailed({"attachments": check.InvalidValue(ATTACHMENT_TOO_LARGE)})
    document = Document(
        kind=ATTACHMENT, request=request, person_id=request.person_id,
        language=request.language, filename=attachment.filename[:255],
        mime_type=attachment.mime_type or "application/octet-stream",
        content=attachment.content, sha256=hashlib.sha256(attachment.content).hexdigest())
    session.add(document)
    return document


def create_request(db: Database, draft: RequestDraft, today: dt.date,
                   attachments: tuple[NewAttachment, ...] = ()) -> int:
    """Enter a request (all or nothing) and return its id."""
    d = check_draft(draft, today)
    with transaction(db) as session:
        request = Request(
            reference=next_reference(session, d.received_on), type=d.type, channel=d.channel,
            received_on=d.received_on, language=d.language, status=S.RECEIVED.value,
            description=d.description, person_id=d.person_id,
            duplicate_of_id=d.duplicate_of_id,
            **{name: getattr(d, name) for name in CONTACT_FIELDS})
        session.add(request)
        record(request, TimelineKind.CREATED, d.received_on, to_status=S.RECEIVED.value)
        for attachment in attachments:
            attach(session, request, attachment)
        session.flush()
        return request.id


CONTACT_FIELDS = ("requester_name", "requester_email", "requester_phone", "requester_street",
                  "requester_postal_code", "requester_locality", "requester_country")


# --- the inbox's rows -------------------------------------------------------------------

def inbox_rows(db: Database, today: dt.date, *, include_closed: bool = False) -> list[RequestRow]:
    """The open requests (with ``include_closed`` all), the most urgent first."""
    rows = listing.request_page(db, Page(Order(), 0, -1), today)
    return rows if include_closed else [row for row in rows if row.is_open]
