"""The events: as the ``events`` command lists them (one row each, with the register they
belong to and how many sign-ups and consents they hold), and one event as its dialog
creates, edits and deletes it.

An event is saved whole: every field is checked first and if anything is wrong one
``ValidationFailed`` names every bad field and nothing is written. Each save and each
deletion is its own transaction (the audit hook logs it). Deleting an event removes its
participations; the consents given at it stay, with their evidence, and only forget the
event. The participants are in ``participants``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kasve_desktop.domain import validation as check
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.validation import Checker, ValidationFailed
from kasve_desktop.i18n import N_
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people.persons import UNKNOWN_CHOICE
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Consent, Event, NoticeVersion, Participation, Register

__all__ = ["DeletePreview", "EventData", "EventNotFound", "EventSummary", "ValidationFailed",
           "default_register_id", "delete_event", "delete_preview", "event_row",
           "event_summaries", "load_event", "save_event"]

EVENTS_REGISTER = "tapahtumat"
"""The register an event belongs to unless another is chosen."""
NAME_LIMIT = 200
FIRST_YEAR = 1990
YEARS_AHEAD = 10
EVENT_MISSING = N_("The event no longer exists.")
ENDS_BEFORE_START = N_("The event cannot end before it starts.")
DATE_OUT_OF_RANGE = N_("Check the date: it should fall in the years {first}–{last}.")
NOTICE_NOT_PUBLISHED = N_("Choose a published version of the privacy notice.")


class EventNotFound(UserError, LookupError):
    """The event does not exist (any more)."""

    message = EVENT_MISSING

    def __init__(self, event_id: int | None = None) -> None:
        super().__init__()
        self.event_id = event_id


@dataclass(frozen=True)
class EventSummary:
    id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date | None
    place: str
    register_key: str
    participants: int
    consents: int
    """Consents given at the event (recorded with it)."""


def event_summaries(db: Database) -> list[EventSummary]:
    """Every event, the earliest first (then by id)."""
    participants = (select(func.count(Participation.id))
                    .where(Participation.event_id == Event.id).scalar_subquery())
    consents = (select(func.count(Consent.id))
                .where(Consent.event_id == Event.id).scalar_subquery())
    statement = (select(Event.id, Event.name, Event.starts_on, Event.ends_on, Event.location,
                        Register.key, participants, consents)
                 .outerjoin(Register, Event.register_id == Register.id)
                 .order_by(Event.starts_on, Event.id))
    with db.sessions() as session:
        return [EventSummary(row[0], row[1], row[2], row[3], row[4], row[5] or "", row[6],
                             row[7]) for row in session.execute(statement)]


# --- one event --------------------------------------------------------------------------

@dataclass
class EventData:
    """An event as its dialog edits it (``id`` None: a new one; ``register_id`` None: the
    events register)."""

    id: int | None = None
    name: str = ""
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    place: str = ""
    organiser: str = ""
    register_id: int | None = None
    notice_version_id: int | None = None
    description: str = ""


@dataclass(frozen=True)
class DeletePreview:
    """What deleting the event removes (its participations) and keeps (the consents given
    at it, which only forget the event)."""

    event_id: int
    name: str
    participations: int
    consents: int


def event_row(session: Session, event_id: int) -> Event:
    """The event's row in ``session``, or ``EventNotFound``."""
    row = session.get(Event, event_id)
    if row is None:
        raise EventNotFound(event_id)
    return row


def _data_of(row: Event) -> EventData:
    return EventData(row.id, row.name, row.starts_on, row.ends_on, row.location, row.organiser,
                     row.register_id, row.notice_version_id, row.description)


def _events_register(session: Session) -> int | None:
    return session.scalar(select(Register.id).where(Register.key == EVENTS_REGISTER))


def default_register_id(db: Database) -> int | None:
    """The events register's id, for a new event's form (None: there is none)."""
    with db.sessions() as session:
        return _events_register(session)


def notice_in_force(db: Database, day: dt.date) -> int | None:
    """The id of the notice version in force on ``day`` (the latest that has taken effect),
    for a new event's form; None if none has."""
    with db.sessions() as session:
        return session.scalar(select(NoticeVersion.id).where(
            NoticeVersion.effective_date <= day).order_by(
            NoticeVersion.effective_date.desc(), NoticeVersion.number.desc()).limit(1))


def load_event(db: Database, event_id: int) -> EventData:
    with db.sessions() as session:
        return _data_of(event_row(session, event_id))


def _check_dates(c: Checker, data: EventData, today: dt.date) -> None:
    first, last = FIRST_YEAR, today.year + YEARS_AHEAD
    for path, day in (("starts_on", data.starts_on), ("ends_on", data.ends_on)):
        if day is not None and not first <= day.year <= last:
            c.fail(path, DATE_OUT_OF_RANGE, first=str(first), last=str(last))
    if data.starts_on is None:
        c.fail("starts_on", check.REQUIRED)
    elif data.ends_on is not None and data.ends_on < data.starts_on:
        c.fail("ends_on", ENDS_BEFORE_START)


def _checked_register(c: Checker, session: Session, register_id: int | None) -> int | None:
    if register_id is None:
        found = _events_register(session)
        if found is None:
            c.fail("register_id", check.REQUIRED)
        return found
    if session.get(Register, register_id) is None:
        c.fail("register_id", UNKNOWN_CHOICE)
    return register_id


def _checked_event(session: Session, data: EventData, today: dt.date) -> EventData:
    """The event in stored form, or ``ValidationFailed`` naming every bad field."""
    c = Checker()
    name = c.value("name", check.required, data.name)
    name = c.value("name", lambda v: check.text(v, NAME_LIMIT), name)
    place = c.value("place", lambda v: check.text(v, NAME_LIMIT), data.place.strip())
    organiser = c.value("organiser", lambda v: check.text(v, NAME_LIMIT), data.organiser.strip())
    description = c.value("description", check.text, data.description.strip())
    _check_dates(c, data, today)
    register_id = _checked_register(c, session, data.register_id)
    if (data.notice_version_id is not None
            and session.get(NoticeVersion, data.notice_version_id) is None):
        c.fail("notice_version_id", NOTICE_NOT_PUBLISHED)
    c.raise_if_failed()
    return EventData(data.id, name, data.starts_on, data.ends_on, place, organiser,
                     register_id, data.notice_version_id, description)


def _write_event(row: Event, data: EventData) -> None:
    assert data.starts_on is not None
    values = {"name": data.name, "starts_on": data.starts_on, "ends_on": data.ends_on,
              "location": data.place, "organiser": data.organiser,
              "register_id": data.register_id, "notice_version_id": data.notice_version_id,
              "description": data.description}
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)


def save_event(db: Database, data: EventData, today: dt.date) -> int:
    """Create (``id`` None) or change the event; all or nothing. Returns its id.

    ``today`` bounds the dates (from 1990 to ten years ahead), catching a mistyped year.
    """
    with transaction(db) as session:
        checked = _checked_event(session, data, today)
        row = Event() if checked.id is None else event_row(session, checked.id)
        if checked.id is None:
            session.add(row)
        _write_event(row, checked)
        session.flush()
        return row.id


def _preview(session: Session, row: Event) -> DeletePreview:
    participations = session.scalar(select(func.count(Participation.id))
                                    .where(Participation.event_id == row.id))
    consents = session.scalar(select(func.count(Consent.id)).where(Consent.event_id == row.id))
    return DeletePreview(row.id, row.name, participations or 0, consents or 0)


def delete_preview(db: Database, event_id: int) -> DeletePreview:
    """What ``delete_event`` would remove and keep, for the confirmation."""
    with db.sessions() as session:
        return _preview(session, event_row(session, event_id))


def delete_event(db: Database, event_id: int) -> DeletePreview:
    """Delete the event and its participations; the consents given at it stay, with their
    evidence, and no longer name the event. Returns what was done."""
    with transaction(db) as session:
        row = event_row(session, event_id)
        done = _preview(session, row)
        for consent in session.scalars(select(Consent).where(Consent.event_id == event_id)):
            consent.event_id = None
        session.flush()  # the consents let go of the event before it goes
        session.delete(row)
        return done
