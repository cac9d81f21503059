"""The steps a request takes: state changes, the identity pause, the extension, notes,
and the link to the person it concerns.

The rules are in domain/workflow.py; here each step is checked, written and put
on the request's timeline in one transaction. ``answer_steps`` and
``take_answer_steps`` walk a request to ``sent`` inside the transaction that
marks its answer as sent (``services/answers/responses.py``). A step that changes the date in
force records the old date, the new date and the reason.
"""

from __future__ import annotations

import datetime as dt

from kasve_desktop.domain import validation as check
from kasve_desktop.domain.deadlines import extended, in_force_for
from kasve_desktop.domain.vocabulary import Channel, TimelineKind
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import (
    StepDetails,
    StepRefused,
    Unmoved,
    answer_route,
    check_extension,
    check_pause,
    check_resume,
    check_step,
    unmoved,
)
from kasve_desktop.i18n import N_
from kasve_desktop.services.database import transaction
from kasve_desktop.services.requests.detail import RequestDetail, detail_of, facts_of, get_request
from kasve_desktop.services.requests.intake import record
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Person, PersonEmail, PersonPhone, Request

NOTE_NEEDED = N_("Write the note.")
PERSON_MISSING = N_("The person no longer exists.")


def _in_force(row: Request, today: dt.date) -> dt.date:
    return in_force_for(row, today).deadline.due


def _text(value: str) -> str:
    try:
        return check.text(value.strip())
    except check.InvalidValue as error:
        raise StepRefused(error.message, **error.params) from None


def _resume(row: Request, answered_on: dt.date, note: str, today: dt.date) -> None:
    before = _in_force(row, today)
    row.resumed_on = answered_on
    record(row, TimelineKind.RESUMED, answered_on, note, old_date=before,
           new_date=_in_force(row, today))


def _apply_step(row: Request, target: S, details: StepDetails, today: dt.date) -> None:
    if row.status == S.IDENTITY_CHECK and target is S.IN_PROGRESS:
        row.identity_method = details.identity_method.strip()
        if row.paused_on is not None and row.resumed_on is None:
            _resume(row, details.on_date, "", today)
    if target is S.REFUSED:
        row.refusal_reasons = details.refusal_reasons.strip()
    if target is S.SENT:
        row.sent_on, row.response_channel = details.on_date, details.response_channel
    if target is S.CLOSED:
        row.closed_on = details.on_date
    if target in (S.WITHDRAWN, S.CLOSED) and details.note.strip():
        row.outcome = details.note.strip()


def take_step(db: Database, request_id: int, target: S, details: StepDetails,
              today: dt.date) -> RequestDetail:
    """Move the request to ``target`` or raise ``StepRefused`` saying why not."""
    if target is S.SENT and details.response_channel not in {c.value for c in Channel}:
        details = StepDetails(details.on_date, details.note, details.identity_method,
                              details.refusal_reasons, "")
    with transaction(db) as session:
        row = get_request(session, request_id)
        step_row(row, target, details, today)
        session.flush()
        return detail_of(session, row, today)


def step_row(row: Request, target: S, details: StepDetails, today: dt.date) -> None:
    """Check and take one step of a request loaded in the caller's transaction."""
    check_step(facts_of(row), target, details, today)
    note = _text(details.note)
    previous = row.status
    _apply_step(row, target, details, today)
    row.status = target.value
    record(row, TimelineKind.STATUS, details.on_date, note, from_status=previous,
           to_status=target.value)


# --- the answer sent ------------------------------------------------------------------------

def _last_step_on(row: Request) -> dt.date | None:
    return max((e.on_date for e in row.events if e.kind == TimelineKind.STATUS), default=None)


def answer_steps(row: Request, *, refusal: bool, sent_on: dt.date) -> tuple[S, ...]:
    """The steps the request takes when its answer goes out on ``sent_on`` (the rules:
    ``workflow.answer_route``); ``StepRefused`` says why it cannot answer it yet."""
    return answer_route(facts_of(row), refusal=refusal, sent_on=sent_on,
                        last_step_on=_last_step_on(row))


def take_answer_steps(row: Request, route: tuple[S, ...], details: StepDetails,
                      today: dt.date) -> Unmoved | None:
    """Walk ``route`` (from ``answer_steps``), each step on the timeline with its own
    change; why the request stays where it is when the route is empty."""
    for target in route:
        step_row(row, target, details, today)
    return None if route else unmoved(facts_of(row))


def ask_identity(db: Database, request_id: int, asked_on: dt.date, note: str, today: dt.date,
                 *, pause: bool = True) -> RequestDetail:
    """The identity or clarification question was sent: to ``identity-check``, clock paused."""
    with transaction(db) as session:
        row = get_request(session, request_id)
        facts = facts_of(row)
        if pause:
            check_pause(facts, asked_on, today)
        check_step(facts, S.IDENTITY_CHECK, StepDetails(asked_on), today)
        text = _text(note)
        before = _in_force(row, today)
        record(row, TimelineKind.STATUS, asked_on, text, from_status=row.status,
               to_status=S.IDENTITY_CHECK.value)
        row.status = S.IDENTITY_CHECK.value
        if pause:
            row.paused_on = asked_on
            record(row, TimelineKind.PAUSED, asked_on, text, old_date=before,
                   new_date=_in_force(row, today))
        session.flush()
        return detail_of(session, row, today)


def resume_clock(db: Database, request_id: int, answered_on: dt.date, note: str,
                 today: dt.date) -> RequestDetail:
    """The answer to the identity question arrived: the clock runs again."""
    with transaction(db) as session:
        row = get_request(session, request_id)
        check_resume(facts_of(row), answered_on, today)
        _resume(row, answered_on, _text(note), today)
        session.flush()
        return detail_of(session, row, today)


def extend_deadline(db: Database, request_id: int, on_date: dt.date, reasons: str,
                    today: dt.date) -> RequestDetail:
    """Extend to three months from receipt (once, before the one-month date, with reasons)."""
    with transaction(db) as session:
        row = get_request(session, request_id)
        check_extension(facts_of(row), on_date, reasons, today)
        before = _in_force(row, today)
        row.extended_on, row.extension_reason = on_date, _text(reasons)
        row.extended_due_on = extended(row.received_on).due
        record(row, TimelineKind.EXTENDED, on_date, row.extension_reason, old_date=before,
               new_date=_in_force(row, today))
        session.flush()
        return detail_of(session, row, today)


def add_note(db: Database, request_id: int, on_date: dt.date, note: str,
             today: dt.date) -> RequestDetail:
    text = _text(note)
    if not text:
        raise StepRefused(NOTE_NEEDED)
    with transaction(db) as session:
        row = get_request(session, request_id)
        record(row, TimelineKind.NOTE, on_date, text)
        session.flush()
        return detail_of(session, row, today)


# --- the person the request concerns ------------------------------------------------------

def _link(row: Request, person: Person, today: dt.date) -> None:
    row.person_id = person.id
    record(row, TimelineKind.LINKED, today, person.full_name)


def link_person(db: Database, request_id: int, person_id: int | None,
                today: dt.date) -> RequestDetail:
    """Link the requester to a person of the registers (None: remove the link)."""
    with transaction(db) as session:
        row = get_request(session, request_id)
        if person_id is None:
            row.person_id = None
        else:
            person = session.get(Person, person_id)
            if person is None:
                raise StepRefused(PERSON_MISSING)
            _link(row, person, today)
        session.flush()
        return detail_of(session, row, today)


def _split_name(name: str) -> tuple[str, str]:
    first, _, last = name.strip().rpartition(" ")
    return (first, last) if first else (last, "")


def person_from_request(db: Database, request_id: int, today: dt.date) -> RequestDetail:
    """A new person from the requester's details, linked to the request."""
    with transaction(db) as session:
        row = get_request(session, request_id)
        first, last = _split_name(row.requester_name)
        person = Person(first_name=first, last_name=last, street=row.requester_street,
                        postal_code=row.requester_postal_code,
                        locality=row.requester_locality, country=row.requester_country or "FI",
                        language=row.language)
        if row.requester_email:
            person.emails = [PersonEmail(position=0, address=row.requester_email)]
        if row.requester_phone:
            person.phones = [PersonPhone(position=0, number=row.requester_phone)]
        session.add(person)
        session.flush()
        _link(row, person, today)
        session.flush()
        return detail_of(session, row, today)
