"""A participant list: the people of an import signed up for an event, in the same transaction.

``importing.plan_import(…, event_id=…)`` names the event; ``importing.apply_import``
then signs every person of a usable row (new, matched or the same as an earlier row) up
for it with ``SignUps``, all or nothing with the people and their register entries.

- A person already signed up is counted, not signed up twice: importing the same list
  again adds nothing.
- A matched person is signed up even when the import leaves matched people as they are
  (``on_matched="skip"``): the list says they took part, whatever their record holds.
- The sign-up time is the caller's ``now`` (the one clock). No notice version is
  recorded: nobody on a list is known to have been shown one. The provenance goes into
  the participation's ``note`` ("Tuonti: <file>", like an imported register entry's
  source), not into ``captured_on``: that field names the device a sign-up was recorded
  on at the event (e.g. "Tapahtumakone 1"), and a file is not one.
- The register: unless the caller names one, the people go into the event's register
  (the events register ``tapahtumat`` for an event without one). Another register may be
  named on purpose (the customers listed at a customer event go into ``asiakkaat``): the
  people then go into it and the sign-ups into the event. The two are separate facts, and
  refusing would only force a second import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.clock import stored
from kasve_desktop.services.events.events import EVENTS_REGISTER, EventNotFound, event_row
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Event, Participation, Person, Register

__all__ = ["EventNotFound", "EventTarget", "SignUps", "event_target", "find_event"]


@dataclass(frozen=True)
class EventTarget:
    """The event an import signs its people up for, and the register it belongs to."""

    id: int
    name: str
    register_key: str


def event_target(session: Session, event_id: int) -> EventTarget:
    """The event in ``session`` with its register's key; raises ``EventNotFound``."""
    event = event_row(session, event_id)
    key = (session.scalar(select(Register.key).where(Register.id == event.register_id))
           if event.register_id is not None else None)
    return EventTarget(event.id, event.name, key or EVENTS_REGISTER)


def find_event(db: Database, event_id: int) -> EventTarget:
    """The event and its register's key; raises ``EventNotFound``."""
    with db.sessions() as session:
        return event_target(session, event_id)


class SignUps:
    """Signs people up for one event inside the import's session, each person once."""

    def __init__(self, session: Session, event_id: int, at: dt.datetime, note: str) -> None:
        self.session, self.event = session, event_row(session, event_id)
        self.at, self.note = stored(at), note
        self.kept = set(session.scalars(select(Participation.person_id).where(
            Participation.event_id == event_id)))
        self.seen: set[int] = set()
        self.seen_new: set[int] = set()
        """``id()`` of the new (not yet flushed) people signed up."""
        self.added = 0
        self.already = 0

    def sign_up(self, person: Person | int) -> None:
        """Sign up a new person (its object) or a kept one (its id), unless done already."""
        if isinstance(person, int):
            if person in self.seen:
                return
            self.seen.add(person)
            if person in self.kept:
                self.already += 1
                return
            self._add(person_id=person)
        elif id(person) not in self.seen_new:
            self.seen_new.add(id(person))
            self._add(person=person)

    def _add(self, **who: object) -> None:
        event: Event = self.event
        self.session.add(Participation(event=event, signed_up_at=self.at, note=self.note,
                                       **who))
        self.added += 1
