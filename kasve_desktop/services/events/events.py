"""The events as the ``events`` command lists them: one row each, with the register they
belong to and how many sign-ups and consents they hold."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Consent, Event, Participation, Register


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
