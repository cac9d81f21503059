"""A small database for the events' tests: the events register and one other, a published
notice version, and people to sign up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Controller, NoticeVersion, Person, PersonEmail, Register

TODAY = dt.date(2026, 11, 24)
SIGNED_UP = dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Sample:
    events_register: int
    trainings_register: int
    notice_version: int
    aino: int
    pekka: int
    ville: int


def _person(first: str, last: str, email: str = "", organisation: str = "") -> Person:
    person = Person(first_name=first, last_name=last, organisation=organisation)
    if email:
        person.emails = [PersonEmail(position=0, address=email)]
    return person


def add_sample(db: Database, *, events_register: bool = True) -> Sample:
    with transaction(db) as s:
        company = Controller(name="Kasve Oy")
        events = Register(key="tapahtumat" if events_register else "tilaisuudet", position=1,
                          name={"fi": "Tapahtumat"}, controller=company)
        trainings = Register(key="valmennukset", position=2, name={"fi": "Valmennukset"},
                             controller=company)
        version = NoticeVersion(number=1, effective_date=dt.date(2026, 1, 1))
        aino = _person("Aino", "Virtanen", "aino@example.fi", "Kasvu Oy")
        pekka = _person("Pekka", "Ahonen")
        ville = _person("Ville", "Öhman", "ville@example.fi")
        s.add_all([events, trainings, version, aino, pekka, ville])
        s.flush()
        return Sample(events.id, trainings.id, version.id, aino.id, pekka.id, ville.id)
