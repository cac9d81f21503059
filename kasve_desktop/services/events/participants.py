"""Who took part in an event: the participants list, sign-ups added and removed, attendance
marked; and, for the person page, the events a person took part in.

One participation per event and person: a second one is refused with
``AlreadyParticipating``. Each change is its own transaction (the audit hook logs it).
A new participation records the notice version in force for the event's sign-ups and
puts the person in the event's register (``register_entries``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kasve_desktop.clock import local_date, stored
from kasve_desktop.domain.errors import UserError
from kasve_desktop.i18n import N_
from kasve_desktop.services.database import transaction
from kasve_desktop.services.events.events import event_row
from kasve_desktop.services.events.register_entries import keep_in_register
from kasve_desktop.services.people.persons import person_row
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Event, Participation, Person

PARTICIPATION_MISSING = N_("The participation no longer exists.")
ALREADY_PARTICIPATING = N_("{name} is already signed up for this event.")


class ParticipationNotFound(UserError, LookupError):
    """The participation does not exist (any more): removed, or its event deleted."""

    message = PARTICIPATION_MISSING

    def __init__(self, participation_id: int | None = None) -> None:
        super().__init__()
        self.participation_id = participation_id


class AlreadyParticipating(UserError):
    """The person is already signed up for the event."""

    message = ALREADY_PARTICIPATING

    def __init__(self, name: str, participation_id: int) -> None:
        super().__init__(name=name)
        self.participation_id = participation_id


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    """The participation's id (what ``set_attended`` and ``remove_participation`` take)."""
    person_id: int
    name: str
    email: str
    """The person's first e-mail address ("" if none)."""
    organisation: str
    signed_up_at: dt.datetime
    """As stored: naive UTC."""
    attended: bool | None
    """None: not marked (yet)."""


@dataclass(frozen=True)
class PersonEventRow:
    event_id: int
    participation_id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date | None
    attended: bool | None


def _participant_row(row: Participation) -> ParticipantRow:
    person = row.person
    email = person.emails[0].address if person.emails else ""
    return ParticipantRow(row.id, person.id, person.full_name, email, person.organisation,
                          row.signed_up_at, row.attended)


def _name_key(row: Participation) -> tuple[str, str, int]:
    return row.person.last_name.casefold(), row.person.first_name.casefold(), row.id


def participants(db: Database, event_id: int) -> list[ParticipantRow]:
    """The event's participants by last name, then first name (``EventNotFound`` if none)."""
    with db.sessions() as session:
        event_row(session, event_id)
        rows = session.scalars(select(Participation)
                               .where(Participation.event_id == event_id)
                               .options(selectinload(Participation.person)
                                        .selectinload(Person.emails)))
        return [_participant_row(row) for row in sorted(rows, key=_name_key)]


def participation_row(session: Session, participation_id: int) -> Participation:
    """The participation's row in ``session``, or ``ParticipationNotFound``."""
    row = session.get(Participation, participation_id)
    if row is None:
        raise ParticipationNotFound(participation_id)
    return row


def add_participant(db: Database, event_id: int, person_id: int,
                    at: dt.datetime) -> ParticipantRow:
    """Sign an existing person up for the event at ``at``; refused if already signed up."""
    with transaction(db) as session:
        event = event_row(session, event_id)
        person = person_row(session, person_id)
        existing = session.scalar(select(Participation.id).where(
            Participation.event_id == event_id, Participation.person_id == person_id))
        if existing is not None:
            raise AlreadyParticipating(person.full_name, existing)
        row = Participation(event=event, person=person, signed_up_at=stored(at),
                            notice_version_id=event.notice_version_id)
        session.add(row)
        keep_in_register(person, event, local_date(at))
        session.flush()
        return _participant_row(row)


def remove_participation(db: Database, participation_id: int) -> None:
    """Remove the sign-up; one already gone is no error."""
    with transaction(db) as session:
        row = session.get(Participation, participation_id)
        if row is not None:
            session.delete(row)


def set_attended(db: Database, participation_id: int, attended: bool | None) -> ParticipantRow:
    """Mark whether the person attended (None: not known)."""
    with transaction(db) as session:
        row = participation_row(session, participation_id)
        if row.attended != attended:
            row.attended = attended
        session.flush()
        return _participant_row(row)


def person_events(db: Database, person_id: int) -> list[PersonEventRow]:
    """The events the person signed up for, the latest first (``PersonNotFound`` if none)."""
    with db.sessions() as session:
        person_row(session, person_id)
        rows = session.execute(
            select(Event.id, Participation.id, Event.name, Event.starts_on, Event.ends_on,
                   Participation.attended)
            .join(Participation, Participation.event_id == Event.id)
            .where(Participation.person_id == person_id)
            .order_by(Event.starts_on.desc(), Event.id.desc()))
        return [PersonEventRow(*row) for row in rows]
