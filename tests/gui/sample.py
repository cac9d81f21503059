"""A small database filled through the ORM, dated around an injected ``TODAY``."""

from __future__ import annotations

import datetime as dt

from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Breach,
    Controller,
    Event,
    Participation,
    Person,
    PersonEmail,
    PersonPhone,
    Register,
    RegisterEntry,
    RegisterItem,
    Request,
)

TODAY = dt.date(2026, 11, 24)
AT = dt.datetime(2026, 11, 2, 9, 30)


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def _registers(controller: Controller) -> list[Register]:
    customers = Register(
        key="asiakkaat", position=1, controller=controller, retention_months=24,
        name={"fi": "Asiakasrekisteri", "en": "Customer register"},
        items=[RegisterItem(kind="purpose", position=i, text={"fi": t})
               for i, t in enumerate(("Asiakassuhteen hoito", "Laskutus"))])
    marketing = Register(
        key="markkinointi", position=2, controller=controller, retention_months=6,
        retention_anchor="collected", name={"fi": "Markkinointirekisteri"},
        items=[RegisterItem(kind="purpose", text={"fi": "Suoramarkkinointi"})])
    events = Register(key="tapahtumat", position=3, controller=controller,
                      name={"fi": "Tapahtumarekisteri", "sv": "Evenemangsregister"})
    return [customers, marketing, events]


def _people() -> list[Person]:
    return [
        Person(first_name="Matti", last_name="Virtanen", organisation="Kasvu Oy",
               municipality="Helsinki",
               emails=[PersonEmail(address="matti.virtanen@example.fi", position=0),
                       PersonEmail(address="matti@example.com", position=1)],
               phones=[PersonPhone(number="+358407654321")]),
        Person(first_name="Äila", last_name="Öhman", municipality="Jyväskylä",
               emails=[PersonEmail(address="aila.ohman@example.fi")],
               phones=[PersonPhone(number="+46701234567")]),
        Person(first_name="Liisa", last_name="Aalto", organisation="Tutkimus ry",
               municipality="Oulu"),
    ]


def _entries(people: list[Person], registers: list[Register]) -> list[RegisterEntry]:
    customers, marketing, events = registers
    return [
        RegisterEntry(person=people[0], register=customers, collected_on=_day(-900),
                      last_needed_on=_day(-800)),
        RegisterEntry(person=people[0], register=marketing, collected_on=_day(-100)),
        RegisterEntry(person=people[1], register=customers, collected_on=_day(-400),
                      last_needed_on=_day(-30), legal_hold=True),
        RegisterEntry(person=people[2], register=events, collected_on=_day(-10)),
    ]


def _requests(people: list[Person]) -> list[Request]:
    return [
        Request(reference="P-2026-001", type="access", channel="post", received_on=_day(-40),
                requester_name="Matti Virtanen", status="in-progress",
                person_id=people[0].id),
        Request(reference="P-2026-002", type="erasure", channel="email", received_on=_day(-5),
                requester_name="Äila Öhman", status="received"),
        Request(reference="P-2026-003", type="objection-marketing", channel="phone",
                received_on=_day(-60), requester_name="Liisa Aalto", status="closed",
                closed_on=_day(-50)),
        Request(reference="P-2026-004", type="rectification", channel="web-form",
                received_on=_day(-20), requester_name="Pekka Testi", status="received",
                extended_due_on=_day(70), extended_on=_day(-2)),
    ]


def _events(people: list[Person]) -> list[Event]:
    return [
        Event(name="Kasvupäivä 2026", starts_on=_day(-30), location="Tampere",
              participations=[Participation(person=p, signed_up_at=AT) for p in people[:2]]),
        Event(name="Syysseminaari", starts_on=_day(20), location="Helsinki"),
    ]


def _breaches() -> list[Breach]:
    return [Breach(reference="L-2026-001", title="Osallistujalista hukattiin",
                   discovered_at=dt.datetime(2026, 11, 20, 8, 0), risk="none",
                   decided_by="Elias Haapakorva", decided_at=dt.datetime(2026, 11, 20, 12, 0),
                   risk_reasons="Lista oli salattu.")]


def fill(db: Database) -> None:
    """Three registers, three people, four requests, two events, one breach."""
    with transaction(db) as session:
        controller = Controller(name="Kasve Oy", business_id="1234567-1")
        registers = _registers(controller)
        people = _people()
        session.add_all([controller, *registers, *people])
        session.flush()
        session.add_all(_entries(people, registers) + _requests(people) + _events(people)
                        + _breaches())


def add_people(db: Database, count: int) -> None:
    """``count`` more people named ``Henkilö 0000`` …, for paging tests."""
    with transaction(db) as session:
        session.add_all([Person(first_name="Henkilö", last_name=f"Sukunimi {n:04d}")
                         for n in range(count)])
