"""Everything the database holds about one person, read into plain frozen dataclasses.

This is the raw material of the access report (GDPR Art. 15): the person's own
fields, every register entry with its register's facts and this person's
deletion-due date, consents and their withdrawals, marketing objections,
event sign-ups, and every request the person made with its timeline. Codes
stay codes here; ``access_report_copy`` explains them in the person's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from kasve_desktop.domain.deadlines import in_force_for
from kasve_desktop.domain.notice import RegisterFacts
from kasve_desktop.domain.retention import RetentionAnchor, RetentionRule
from kasve_desktop.services.registers.registers import register_facts
from kasve_desktop.store.models import (
    Consent,
    Document,
    Event,
    MarketingObjection,
    Participation,
    Person,
    PersonEmail,
    Register,
    RegisterEntry,
    Request,
    RequestEvent,
)

Texts = dict[str, str]

SUBJECT_FIELDS = ("first_name", "last_name", "street", "address_extra", "postal_code",
                  "locality", "country", "municipality", "organisation", "role", "birth_year",
                  "gender", "customer_number", "business_id", "language", "username",
                  "website", "notes", "restricted", "restriction_reason", "restricted_since",
                  "created_at", "updated_at")
"""The person's own columns, in the order the copy prints them (e-mails and phones
follow the names)."""


@dataclass(frozen=True)
class Subject:
    id: int
    values: tuple[tuple[str, object], ...]
    """``(field, value)`` for every column of ``SUBJECT_FIELDS``."""
    emails: tuple[str, ...]
    phones: tuple[str, ...]

    def value(self, name: str) -> object:
        return dict(self.values)[name]

    @property
    def full_name(self) -> str:
        return " ".join(str(self.value(n)) for n in ("first_name", "last_name")
                        if self.value(n))


@dataclass(frozen=True)
class EntryFacts:
    register: RegisterFacts
    legal_hold_text: Texts
    source: str
    legal_basis: str
    collected_on: dt.date | None
    last_needed_on: dt.date | None
    legal_hold: bool
    details: tuple[tuple[str, str], ...]
    note: str
    due_on: dt.date | None
    """This person's deletion-due date, where the register's rule makes it computable; for
    an entry left with only data kept longer by their own rule, theirs (``kept_until``)."""
    kept_until: dt.date | None = None


@dataclass(frozen=True)
class ConsentFacts:
    purpose: str
    channel: str
    register_name: Texts
    register_key: str
    """The register the consent was given for, or ""."""
    granted_at: dt.datetime
    withdrawn_at: dt.datetime | None
    captured_via: str
    notice_version: int | None
    evidence: str


@dataclass(frozen=True)
class ObjectionFacts:
    scope: str
    since: dt.date
    note: str
    request_reference: str


@dataclass(frozen=True)
class ParticipationFacts:
    event: str
    starts_on: dt.date
    ends_on: dt.date | None
    location: str
    register_name: Texts
    register_key: str
    """The register of the event, or ""."""
    signed_up_at: dt.datetime
    attended: bool | None
    captured_on: str
    note: str


@dataclass(frozen=True)
class StepFacts:
    on_date: dt.date
    kind: str
    from_status: str
    to_status: str
    old_date: dt.date | None
    new_date: dt.date | None
    note: str


@dataclass(frozen=True)
class RequestFacts:
    reference: str
    type: str
    channel: str
    received_on: dt.date
    status: str
    due_on: dt.date
    """The answer-by date in force (original, extended or moved by a pause)."""
    extended: bool
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
    description: str
    requester: tuple[tuple[str, str], ...]
    """The requester's contact details as entered with the request."""
    documents: tuple[str, ...]
    steps: tuple[StepFacts, ...]


@dataclass(frozen=True)
class Holdings:
    """All the person's data."""

    subject: Subject
    entries: tuple[EntryFacts, ...]
    consents: tuple[ConsentFacts, ...]
    objections: tuple[ObjectionFacts, ...]
    participations: tuple[ParticipationFacts, ...]
    requests: tuple[RequestFacts, ...]


def find_person_by_email(session: Session, email: str) -> int | None:
    """The id of the person with this e-mail address (letter case ignored), or None."""
    wanted = email.strip()
    if not wanted:
        return None
    rows = session.execute(select(PersonEmail.person_id, PersonEmail.address)
                           .where(func.lower(PersonEmail.address) == wanted.lower())
                           .order_by(PersonEmail.person_id)).all()
    return next((row[0] for row in rows if row[1].casefold() == wanted.casefold()), None)


def _subject(person: Person) -> Subject:
    return Subject(person.id, tuple((name, getattr(person, name)) for name in SUBJECT_FIELDS),
                   tuple(e.address for e in person.emails), tuple(p.number for p in person.phones))


def _due(entry: RegisterEntry) -> dt.date | None:
    months = entry.register.retention_months
    if entry.kept_until is not None:
        return entry.kept_until
    if not months:
        return None
    rule = RetentionRule(months, RetentionAnchor(entry.register.retention_anchor))
    return rule.due(entry.collected_on, entry.last_needed_on)


def _entry(entry: RegisterEntry) -> EntryFacts:
    details = entry.details or {}
    return EntryFacts(register_facts(entry.register), dict(entry.register.legal_hold_text or {}),
                      entry.source, entry.legal_basis, entry.collected_on,
                      entry.last_needed_on, entry.legal_hold,
                      tuple((str(k), _text(v)) for k, v in details.items()), entry.note,
                      _due(entry), entry.kept_until)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _consent(row: Consent) -> ConsentFacts:
    register = row.register
    return ConsentFacts(row.purpose, row.channel, dict(register.name) if register else {},
                        register.key if register else "", row.granted_at, row.withdrawn_at,
                        row.captured_via,
                        row.notice_version.number if row.notice_version else None, row.evidence)


def _objection(row: MarketingObjection) -> ObjectionFacts:
    return ObjectionFacts(row.scope, row.since, row.note,
                          row.request.reference if row.request else "")


def _participation(row: Participation) -> ParticipationFacts:
    event, register = row.event, row.event.register
    return ParticipationFacts(event.name, event.starts_on, event.ends_on, event.location,
                              dict(register.name) if register else {},
                              register.key if register else "", row.signed_up_at,
                              row.attended, row.captured_on, row.note)


def _step(row: RequestEvent) -> StepFacts:
    return StepFacts(row.on_date, row.kind, row.from_status, row.to_status, row.old_date,
                     row.new_date, row.note)


REQUESTER_FIELDS = ("requester_name", "requester_email", "requester_phone",
                    "requester_street", "requester_postal_code", "requester_locality",
                    "requester_country")


def request_facts(session: Session, row: Request, today: dt.date,
                  documents: Sequence[str] | None = None) -> RequestFacts:
    """The request's facts; ``documents`` are its documents' file names if already read."""
    if documents is None:
        documents = list(session.scalars(select(Document.filename)
                                         .where(Document.request_id == row.id)
                                         .order_by(Document.id)))
    return RequestFacts(
        row.reference, row.type, row.channel, row.received_on, row.status,
        in_force_for(row, today).deadline.due, row.extended_due_on is not None,
        row.extended_on, row.extension_reason, row.identity_method, row.paused_on,
        row.resumed_on, row.response_channel, row.sent_on, row.closed_on, row.outcome,
        row.refusal_reasons, row.description,
        tuple((name, str(getattr(row, name))) for name in REQUESTER_FIELDS),
        tuple(documents), tuple(_step(e) for e in row.events))


def _theirs(person: Person) -> ColumnElement[bool]:
    """The person's requests: those linked to them, and the records an erasure kept
    unlinked (``services.people.erasure``) that came from one of their e-mail addresses
    or, by post, under their name to their postal code, for these are data about them
    too."""
    addresses = [e.address.lower() for e in person.emails if e.address]
    came_from: list[ColumnElement[bool]] = (
        [func.lower(Request.requester_email).in_(addresses)] if addresses else [])
    if person.postal_code:
        came_from.append(and_(Request.requester_email == "",
                              func.lower(Request.requester_name) == person.full_name.lower(),
                              Request.requester_postal_code == person.postal_code))
    linked = Request.person_id == person.id
    return or_(linked, and_(Request.person_id.is_(None), or_(*came_from))) if came_from \
        else linked


def _document_names(session: Session, request_ids: Sequence[int]) -> dict[int, list[str]]:
    """The file names of the requests' documents (not their bytes), by request, in one query."""
    names: dict[int, list[str]] = {}
    if request_ids:
        rows = session.execute(select(Document.request_id, Document.filename)
                               .where(Document.request_id.in_(request_ids))
                               .order_by(Document.id))
        for request_id, filename in rows:
            if request_id is not None:  # always, by the condition; for the type checker
                names.setdefault(request_id, []).append(filename)
    return names


def _person(session: Session, person_id: int) -> Person | None:
    """The person with everything ``gather`` reads of them: one query per kind of row,
    not one per entry, register, consent or sign-up."""
    return session.scalars(select(Person).where(Person.id == person_id).options(
        selectinload(Person.emails), selectinload(Person.phones),
        selectinload(Person.entries).selectinload(RegisterEntry.register)
        .selectinload(Register.items),
        selectinload(Person.consents).selectinload(Consent.register),
        selectinload(Person.consents).selectinload(Consent.notice_version),
        selectinload(Person.objections).selectinload(MarketingObjection.request),
        selectinload(Person.participations).selectinload(Participation.event)
        .selectinload(Event.register))).one_or_none()


def _requests(session: Session, person: Person, today: dt.date) -> tuple[RequestFacts, ...]:
    """The person's requests (``_theirs``) with their timelines and document names."""
    rows = list(session.scalars(select(Request).where(_theirs(person))
                                .options(selectinload(Request.events))
                                .order_by(Request.received_on, Request.id)))
    documents = _document_names(session, [r.id for r in rows])
    return tuple(request_facts(session, r, today, documents.get(r.id, [])) for r in rows)


def gather(session: Session, person_id: int, today: dt.date) -> Holdings:
    """Everything stored about the person; ``LookupError`` if there is no such person."""
    person = _person(session, person_id)
    if person is None:
        raise LookupError(person_id)
    entries = sorted(person.entries, key=lambda e: (e.register.position, e.register.key))
    consents = sorted(person.consents, key=lambda c: (c.granted_at, c.id))
    objections = sorted(person.objections, key=lambda o: (o.since, o.id))
    sign_ups = sorted(person.participations, key=lambda p: (p.event.starts_on, p.id))
    return Holdings(_subject(person), tuple(_entry(e) for e in entries),
                    tuple(_consent(c) for c in consents),
                    tuple(_objection(o) for o in objections),
                    tuple(_participation(p) for p in sign_ups),
                    _requests(session, person, today))
