"""Actions per request type: do what the request asks, and note it on the request's timeline.

Each action takes an open request of its own type that is linked to a person
(``RequestDetail.person_id``); otherwise ``ActionRefused`` says what is missing
and nothing changes. The action runs the data-subject services (``persons``,
``erasure``, ``portability``) and records what was done (``TimelineKind.ACTION``)
in ONE database transaction: the services get a view of the database whose
sessions join that transaction (each commit of theirs releases a savepoint), so
an error anywhere — in the service, in a check, in recording the note — leaves
the person and the request as they were. The audit hook is installed on that
view too, so every change is audited as usual.

The timeline notes are plain text in the user's language at the time. They
name what was done, not the personal data itself: a rectification records the
names of the corrected fields, never the old or the new values (the timeline
outlives an erasure of the person, and the audit log keeps field names only);
the letter that answers the request can say the same.

Erasure, with its preview, is in ``services.requests.erasure``. ``access`` and
``other`` have no automatic action here (``available_action``): an access request
is answered by the data-access report, which the response dialog builds
(``services.answers``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain import validation as check
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.validation import Checker
from kasve_desktop.domain.vocabulary import (
    MARKETING_SCOPE_LABELS,
    OPEN_STATUSES,
    MarketingScope,
    RequestType,
    TimelineKind,
)
from kasve_desktop.i18n import N_, _, display_date, display_datetime
from kasve_desktop.services.answers import portability
from kasve_desktop.services.database import single_transaction, transaction
from kasve_desktop.services.people import erasure, marketing, persons
from kasve_desktop.services.people.marketing import CONSENT_CHANNEL_LABELS
from kasve_desktop.services.people.persons import PersonData
from kasve_desktop.services.requests.detail import RequestDetail, detail_of, get_request
from kasve_desktop.services.requests.intake import NewAttachment, attach, record
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Consent, MarketingObjection, Person

T = TypeVar("T")
ACTIONS = frozenset({
    RequestType.RECTIFICATION, RequestType.ERASURE, RequestType.RESTRICTION,
    RequestType.PORTABILITY, RequestType.OBJECTION_MARKETING, RequestType.OBJECTION,
    RequestType.CONSENT_WITHDRAWAL})
NO_ACTION = N_("Requests of this type have no automatic action: answer them with notes, "
               "steps and the response.")
NOT_OPEN = N_("The request is no longer open: no action can be taken on it.")
NOT_LINKED = N_("Link the request to a person first: the action changes that person's data.")
WRONG_TYPE = N_("This action does not fit the request's type.")
PERSON_GONE = N_("The person linked to the request no longer exists.")
NOTHING_TO_CORRECT = N_("Nothing to correct: the values are the same as the stored ones.")
NO_SCOPE = N_("Choose at least one kind of direct marketing.")
NO_CONSENT = N_("Choose at least one consent to withdraw.")
NOT_ACTIVE = N_("A chosen consent is not an active consent of this person.")
ALREADY_RESTRICTED = N_("The processing of this person's data is already restricted.")
NOT_RESTRICTED = N_("The processing of this person's data is not restricted.")
NOTE_CORRECTED = N_("Corrected: {fields}.")
NOTE_OBJECTION = N_("Objection to direct marketing recorded from {date}: {scopes}.")
NOTE_RESTRICTED = N_("Processing restricted from {date}. Reason: {reason}")
NOTE_LIFTED = N_("Restriction of processing lifted.")
NOTE_EXPORTED = N_("Machine-readable copy of the data the person provided, stored with the "
                   "request: {files}.")
NOTE_WITHDRAWN = N_("Consent withdrawn at {time}: {consents}.")
NOTE_DECISION = N_("Decision on the objection: {decision}")
FIELD_LABELS = {
    "first_name": N_("First name"), "last_name": N_("Last name"),
    "emails": N_("E-mail addresses"), "phones": N_("Phone numbers"),
    "street": N_("Street address"), "address_extra": N_("Extra address line"),
    "postal_code": N_("Postal code"), "locality": N_("Locality"), "country": N_("Country"),
    "municipality": N_("Home municipality"), "organisation": N_("Organisation"),
    "role": N_("Role"), "customer_number": N_("Customer number"),
    "business_id": N_("Business ID"), "website": N_("Website"), "username": N_("Username"),
    "birth_year": N_("Birth year"), "gender": N_("Gender"), "language": N_("Language"),
    "notes": N_("Notes")}


class ActionRefused(UserError):
    """The action cannot be taken; ``text()`` says why. Nothing was changed."""


@dataclass(frozen=True)
class ActionDone:
    detail: RequestDetail
    """The request as it is now (after an erasure no longer linked to the person)."""
    note: str
    """What was recorded on the timeline."""


@dataclass(frozen=True)
class RectificationDone(ActionDone):
    changed: tuple[str, ...]


@dataclass(frozen=True)
class ExportDone(ActionDone):
    files: tuple[NewAttachment, ...]


# --- which action, and whether it may be taken ---------------------------------------

def available_action(request_type: str) -> RequestType | None:
    """The action a request of this type takes, or None.

    ``access`` is answered by the data-access report (Art. 15, access-report.md),
    built with the response letters (``services.answers``), not by an action
    here. ``other`` has no automatic action.
    """
    kind = RequestType(request_type) if request_type in set(RequestType) else None
    return kind if kind in ACTIONS else None


def _refusal(request_type: str, status: str, person_id: int | None,
             wanted: RequestType | None) -> str | None:
    kind = available_action(request_type)
    if kind is None:
        return NO_ACTION
    if wanted is not None and kind is not wanted:
        return WRONG_TYPE
    if status not in OPEN_STATUSES:
        return NOT_OPEN
    return NOT_LINKED if person_id is None else None


def check_request(detail: RequestDetail) -> RequestType:
    """The request's action, or ``ActionRefused`` (no action, closed, not linked)."""
    problem = _refusal(detail.type, detail.status, detail.person_id, None)
    if problem is not None:
        raise ActionRefused(problem)
    return RequestType(detail.type)


@dataclass(frozen=True)
class Target:
    """The request an action works on, checked: open, of the right type, linked."""

    request_id: int
    reference: str
    person_id: int


def target_of(session: Session, request_id: int, wanted: RequestType) -> Target:
    row = get_request(session, request_id)
    problem = _refusal(row.type, row.status, row.person_id, wanted)
    if problem is not None:
        raise ActionRefused(problem)
    assert row.person_id is not None
    if session.get(Person, row.person_id) is None:
        raise ActionRefused(PERSON_GONE)
    return Target(row.id, row.reference, row.person_id)


# --- one transaction for the services and the note -------------------------------------

Work = Callable[[Database, Target], tuple[str, T]]


def act(db: Database, request_id: int, wanted: RequestType, today: dt.date,
        work: Work[T]) -> tuple[RequestDetail, str, T]:
    """Check the request, run ``work`` and record the note it returns, all or nothing."""
    try:
        with single_transaction(db) as joined:
            with transaction(joined) as session:
                target = target_of(session, request_id, wanted)
            note, result = work(joined, target)
            with transaction(joined) as session:
                row = get_request(session, request_id)
                record(row, TimelineKind.ACTION, today, note)
                session.flush()
                detail = detail_of(session, row, today)
    except persons.PersonNotFound:
        raise ActionRefused(PERSON_GONE) from None
    return detail, note, result


# --- rectification ------------------------------------------------------------------

def _comparable(name: str, data: PersonData) -> str:
    value = getattr(data, name)
    if name == "phones":
        return "\n".join(_e164(p) for p in value if p.strip())
    if name == "emails":
        return "\n".join(a.strip() for a in value if a.strip())
    return "" if value is None else str(value).strip()


def _e164(number: str) -> str:
    try:
        return check.phone(number)
    except check.InvalidValue:
        return number.strip()


def rectification_changes(before: PersonData, after: PersonData) -> dict[str, str]:
    """The fields that differ, as ``erasure.rectify`` takes them (lists one item a line)."""
    return {name: _comparable(name, after) for name in FIELD_LABELS
            if _comparable(name, after) != _comparable(name, before)}


def field_names(names: Sequence[str]) -> str:
    return ", ".join(_(FIELD_LABELS[n]) if n in FIELD_LABELS else n for n in names)


def apply_rectification(db: Database, request_id: int, changes: Mapping[str, str],
                        today: dt.date) -> RectificationDone:
    """Correct the person's fields (``erasure.rectify``); the note names the fields only.

    Invalid values raise ``erasure.RectificationFailed`` and change nothing.
    """
    def work(joined: Database, target: Target) -> tuple[str, list[str]]:
        changed = erasure.rectify(joined, target.person_id, changes, today) if changes else []
        if not changed:
            raise ActionRefused(NOTHING_TO_CORRECT)
        return _(NOTE_CORRECTED).format(fields=field_names(changed)), changed

    detail, note, changed = act(db, request_id, RequestType.RECTIFICATION, today, work)
    return RectificationDone(detail, note, tuple(changed))


# --- direct marketing, restriction, Art. 21(1) objection --------------------------------

def _scopes(scopes: Sequence[str]) -> list[str]:
    chosen: list[str] = [s.value for s in MarketingScope if s.value in set(scopes)]
    if not chosen or len(chosen) != len(set(scopes)):
        raise ActionRefused(NO_SCOPE)
    return chosen


def record_marketing_objection(db: Database, request_id: int, scopes: Sequence[str],
                               since: dt.date, note: str, today: dt.date) -> ActionDone:
    """One objection per ``MarketingScope`` chosen, from ``since``, linked to the request."""
    chosen = _scopes(scopes)

    def work(joined: Database, target: Target) -> tuple[str, None]:
        rows = [marketing.add_objection(joined, target.person_id, scope, since, note)
                for scope in chosen]
        with transaction(joined) as session:
            for row in rows:
                objection = session.get(MarketingObjection, row.id)
                assert objection is not None
                objection.request_id = target.request_id
        labels = ", ".join(_(MARKETING_SCOPE_LABELS[MarketingScope(s)]) for s in chosen)
        return _(NOTE_OBJECTION).format(date=display_date(since), scopes=labels), None

    detail, text, _none = act(db, request_id, RequestType.OBJECTION_MARKETING, today, work)
    return ActionDone(detail, text)


def restrict_processing(db: Database, request_id: int, reason: str, since: dt.date,
                        today: dt.date) -> ActionDone:
    """Restrict the processing (Art. 18); an empty reason raises ``ValidationFailed``."""
    def work(joined: Database, target: Target) -> tuple[str, None]:
        if persons.load_person(joined, target.person_id).restricted:
            raise ActionRefused(ALREADY_RESTRICTED)
        stored = persons.set_restriction(joined, target.person_id, reason, since)
        return _(NOTE_RESTRICTED).format(date=display_date(since),
                                         reason=stored.restriction_reason), None

    detail, note, _none = act(db, request_id, RequestType.RESTRICTION, today, work)
    return ActionDone(detail, note)


def lift_restriction(db: Database, request_id: int, today: dt.date) -> ActionDone:
    def work(joined: Database, target: Target) -> tuple[str, None]:
        if not persons.load_person(joined, target.person_id).restricted:
            raise ActionRefused(NOT_RESTRICTED)
        persons.lift_restriction(joined, target.person_id)
        return _(NOTE_LIFTED), None

    detail, note, _none = act(db, request_id, RequestType.RESTRICTION, today, work)
    return ActionDone(detail, note)


def record_objection_decision(db: Database, request_id: int, decision: str,
                              today: dt.date) -> ActionDone:
    """Art. 21(1): the decision is recorded; no data is changed automatically."""
    c = Checker()
    text = c.value("decision", lambda v: check.text(check.required(v)), decision)
    c.raise_if_failed()

    def work(_joined: Database, _target: Target) -> tuple[str, None]:
        return _(NOTE_DECISION).format(decision=text), None

    detail, note, _none = act(db, request_id, RequestType.OBJECTION, today, work)
    return ActionDone(detail, note)


# --- consents --------------------------------------------------------------------------

def _consent_text(consent: Consent) -> str:
    channel = CONSENT_CHANNEL_LABELS.get(consent.channel)
    return f"{consent.purpose} ({_(channel) if channel else consent.channel})"


def _active_consents(joined: Database, person_id: int, ids: set[int]) -> list[str]:
    with joined.sessions() as session:
        rows = list(session.scalars(select(Consent).where(Consent.id.in_(ids))
                                    .order_by(Consent.granted_at, Consent.id)))
        if len(rows) != len(ids) or any(
                row.person_id != person_id or row.withdrawn_at is not None for row in rows):
            raise ActionRefused(NOT_ACTIVE)
        return [_consent_text(row) for row in rows]


def withdraw_consents(db: Database, request_id: int, consent_ids: Sequence[int],
                      at: dt.datetime, today: dt.date) -> ActionDone:
    """Withdraw the chosen active consents of the person at ``at``."""
    ids = set(consent_ids)
    if not ids:
        raise ActionRefused(NO_CONSENT)

    def work(joined: Database, target: Target) -> tuple[str, None]:
        texts = _active_consents(joined, target.person_id, ids)
        for consent_id in sorted(ids):
            marketing.withdraw_consent(joined, consent_id, at)
        return _(NOTE_WITHDRAWN).format(time=display_datetime(at),
                                        consents="; ".join(texts)), None

    detail, note, _none = act(db, request_id, RequestType.CONSENT_WITHDRAWAL, today, work)
    return ActionDone(detail, note)


# --- portability ------------------------------------------------------------------------

def export_data(db: Database, request_id: int, today: dt.date) -> ExportDone:
    """Build the JSON and CSV of the data the person provided and store them with the request."""
    def work(joined: Database, target: Target) -> tuple[str, tuple[NewAttachment, ...]]:
        with transaction(joined) as session:
            person = session.get(Person, target.person_id)
            assert person is not None
            files = portability.export_files(session, person, reference=target.reference,
                                             created_on=today)
            request = get_request(session, target.request_id)
            for file in files:
                attach(session, request, file)
        names = ", ".join(file.filename for file in files)
        return _(NOTE_EXPORTED).format(files=names), files

    detail, note, files = act(db, request_id, RequestType.PORTABILITY, today, work)
    return ExportDone(detail, note, files)
