"""How many SQL statements opening each area, a search and an access report take.

Not a timing test: the counts are deterministic. Each operation is measured on the
sample database and again after ten times more people, requests, register entries
and sign-ups were added; an operation whose count grows with the data runs a query
per row (N+1). A ceiling per operation (the count measured when it was written, plus
a small margin) makes a new extra query noticed too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from kasve_desktop.gui.areas import factories
from kasve_desktop.gui.common.table_area import TableArea
from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.gui.people.area import SubjectsArea
from kasve_desktop.services.answers.access_report.redact import ExactForms
from kasve_desktop.services.answers.access_report.report import build_access_report
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Breach,
    BreachPerson,
    Consent,
    Controller,
    Document,
    Event,
    Participation,
    Person,
    PersonEmail,
    Register,
    RegisterEntry,
    RegisterItem,
    Request,
    RequestEvent,
)
from tests.gui.sample import AT, TODAY, fill

NOW = dt.datetime(2026, 11, 24, 10, 0)
"""Now for the breach register, on ``TODAY`` (naive: stored UTC)."""

GROWTH = 10
"""How many times the sample's registers, people, requests, entries and sign-ups the grown
data has."""
SLACK = 2
"""Statements an operation may take more on the grown data (a second batch, a lookup)."""

# The ceilings: the count on the grown data when this file was written, plus a margin.
AREA_CEILINGS = {"InboxArea": 13, "RegistersArea": 21, "NoticeArea": 24, "SubjectsArea": 23,
                 "EventsArea": 6, "RetentionArea": 16, "BreachesArea": 12, "AuditLogArea": 6,
                 "SettingsArea": 14}
# BreachesArea: the list, the registers the form offers, the first breach in full (10).
# RetentionArea: each of its four queries first reads the registers' rules, which find the
# entries due through the indexes of migration 0008 (14 statements, not 10, at any size).
SEARCH_CEILING = 9
INBOX_SEARCH_CEILING = 7
ACCESS_REPORT_CEILING = 27


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    """The SQL statements run on ``db`` (on any of its connections) inside the block."""
    statements: list[str] = []

    def _record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", _record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", _record)


def _grown_people(count: int) -> list[Person]:
    return [Person(first_name="Henkilö", last_name=f"Lisätty {n:04d}", municipality="Espoo",
                   emails=[PersonEmail(address=f"lisatty{n}@example.fi")])
            for n in range(count)]


def _grown_requests(people: list[Person], start: int) -> list[Request]:
    kinds = ("access", "erasure", "rectification", "objection-marketing")
    return [Request(reference=f"P-2026-{start + n:03d}", type=kinds[n % len(kinds)],
                    channel="email", received_on=TODAY - dt.timedelta(days=n % 25),
                    requester_name=people[n].full_name, person_id=people[n].id,
                    status="received",
                    events=[RequestEvent(on_date=TODAY, kind="note", note="lisätty")])
            for n in range(len(people))]


def _grown_breaches(people: list[Person], count: int, start: int = 100,
                    linked: int = GROWTH) -> list[Breach]:
    """Breaches discovered in the 72 hours before ``NOW``, each with ``linked`` persons."""
    return [Breach(reference=f"L-2026-{start + n:03d}", title=f"Loukkaus {n}",
                   discovered_at=NOW - dt.timedelta(hours=n % 60),
                   persons=[BreachPerson(person=p) for p in people[n:n + linked]])
            for n in range(count)]


def _grow_first_rows(session: Session, registers: list[Register], factor: int) -> None:
    """More details for the rows the people and inbox lists show first (whose detail
    panes opening an area reads): Liisa Aalto in every new register, with a consent in
    each, and more steps and documents on request P-2026-001."""
    aalto = session.scalars(select(Person).where(Person.last_name == "Aalto")).one()
    session.add_all([RegisterEntry(person=aalto, register=r, collected_on=TODAY)
                     for r in registers])
    session.add_all([Consent(person=aalto, register=r, purpose="Uutiskirje", granted_at=AT)
                     for r in registers])
    first = session.scalars(select(Request).where(Request.reference == "P-2026-001")).one()
    first.events.extend(RequestEvent(on_date=TODAY, kind="note", note=f"{n}")
                        for n in range(factor))
    session.add_all([Document(kind="letter", request=first, content=b"%PDF", sha256="0" * 64,
                              filename=f"liite-{n}.pdf") for n in range(factor)])


def grow(db: Database, factor: int = GROWTH) -> None:
    """Add ``factor`` times the sample's registers, people, requests, entries and sign-ups (in one
    transaction: the ORM inserts each table with one multi-row statement)."""
    with transaction(db) as session:
        controller = session.scalars(select(Controller)).one()
        registers = [Register(key=f"kasvu{n}", position=100 + n, retention_months=12,
                              controller=controller,
                              name={"fi": f"Kasvurekisteri {n}"},
                              items=[RegisterItem(kind="purpose", text={"fi": "Palvelu"})])
                     for n in range(3 * factor)]
        people = _grown_people(3 * factor)
        session.add_all(registers + people)
        session.flush()
        session.add_all(_grown_requests(people, 100))
        session.add_all([RegisterEntry(person=p, register=registers[n % len(registers)],
                                       collected_on=TODAY - dt.timedelta(days=n))
                         for n, p in enumerate(people)])
        _grow_first_rows(session, registers, factor)
        session.add_all(_grown_breaches(people, 3 * factor))
        session.add_all([Event(name=f"Tapahtuma {n}", starts_on=TODAY + dt.timedelta(days=n),
                               location="Turku",
                               participations=[Participation(person=people[n],
                                                             signed_up_at=AT)])
                         for n in range(2 * factor)])


def matti(db: Database) -> int:
    with db.sessions() as session:
        found = session.scalar(select(Person.id).where(Person.last_name == "Virtanen"))
    assert found is not None
    return found


def grow_matti(db: Database, factor: int, tag: str) -> None:
    """Give Matti Virtanen ``factor`` times more of everything the access report shows:
    entries in more registers, requests with their steps and documents, consents and
    sign-ups (``tag`` keeps the keys and references of each call apart)."""
    person = matti(db)
    with transaction(db) as session:
        controller = session.scalars(select(Controller)).one()
        registers = [Register(key=f"{tag}{n}", position=10 + n, retention_months=12,
                              controller=controller,
                              name={"fi": f"Lisärekisteri {n}"},
                              items=[RegisterItem(kind="purpose", text={"fi": "Palvelu"})])
                     for n in range(2 * factor)]
        session.add_all(registers)
        session.flush()
        session.add_all([RegisterEntry(person_id=person, register=r,
                                       collected_on=TODAY - dt.timedelta(days=30))
                         for r in registers])
        session.add_all([Consent(person_id=person, register=r, purpose="Uutiskirje",
                                 granted_at=AT) for r in registers])
        session.add_all([Request(reference=f"{tag}-2026-{n:03d}", type="access", channel="email",
                                 received_on=TODAY - dt.timedelta(days=n),
                                 requester_name="Matti Virtanen", person_id=person,
                                 status="closed", closed_on=TODAY,
                                 events=[RequestEvent(on_date=TODAY, kind="note")],
                                 documents=[Document(kind="letter", content=b"%PDF",
                                                     sha256="0" * 64, filename=f"{n}.pdf")])
                         for n in range(factor)])
        session.add_all([Event(name=f"Matin tapahtuma {n}", starts_on=TODAY,
                               register=registers[n],
                               participations=[Participation(person_id=person,
                                                             signed_up_at=AT)])
                         for n in range(factor)])


def _painted(qtbot: QtBot, area: QWidget) -> None:
    """Wait until ``area`` shows its first rows (a list) and its background work is done."""
    if isinstance(area, TableArea):
        qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    wait_for_jobs()
    QApplication.processEvents()
    wait_for_jobs()


def _first_row_chosen(qtbot: QtBot, area: QWidget) -> None:
    """The first row made current, as focusing the list does: an area with a detail pane
    reads that row's details (whether or not focus already did, the count is the same)."""
    if isinstance(area, TableArea):
        area.table.setCurrentIndex(area.proxy.index(0, 0))
        _painted(qtbot, area)


def open_area(qtbot: QtBot, db: Database, factory: Callable[..., QWidget]) -> int:
    """Statements from giving a shown area the database until its first rows are painted."""
    area = factory(lambda: TODAY, None)
    qtbot.addWidget(area)
    area.resize(1100, 700)
    area.show()
    qtbot.waitExposed(area)
    with counted(db) as statements:
        area.set_database(db)  # type: ignore[attr-defined]
        _painted(qtbot, area)
        _first_row_chosen(qtbot, area)
    area.set_database(None)  # type: ignore[attr-defined]
    wait_for_jobs()
    return len(statements)


def search(qtbot: QtBot, db: Database, text: str) -> int:
    """Statements from a search typed in the people area until its matches are listed."""
    area = SubjectsArea(lambda: TODAY, None)
    qtbot.addWidget(area)
    area.show()
    area.set_database(db)
    _painted(qtbot, area)
    with counted(db) as statements:
        area.search.setText(text)
        area.run_search()
        _painted(qtbot, area)
    area.set_database(None)
    return len(statements)


def inbox_search(qtbot: QtBot, db: Database, text: str) -> int:
    """Statements from a search typed in the inbox until its matches are listed."""
    area = InboxArea(lambda: TODAY, None)
    qtbot.addWidget(area)
    area.show()
    area.set_database(db)
    _painted(qtbot, area)
    assert area.bar is not None
    with counted(db) as statements:
        area.bar.ui.search.setText(text)
        area.bar.run_search()
        _painted(qtbot, area)
    area.set_database(None)
    return len(statements)


def access_report(db: Database) -> int:
    with counted(db) as statements:
        build_access_report(db, matti(db), TODAY, names=ExactForms())
    return len(statements)


def _name(factory: Callable[..., QWidget]) -> str:
    made = getattr(factory, "func", factory)  # the breach register's: a partial with ``now``
    return getattr(made, "__name__", str(made))


def _flat(db: Database, measure: Callable[[], int], ceiling: int) -> None:
    """``measure`` counts as many statements after ``grow`` as before, under ``ceiling``."""
    fill(db)
    small = measure()
    grow(db)
    large = measure()
    assert small <= large <= small + SLACK, (small, large)
    assert large <= ceiling, large


def first_breach(db: Database) -> None:
    """The sample has no breaches: one, with persons, for the breach register's list
    (once: a database that has breaches is left as it is)."""
    with transaction(db) as session:
        if session.scalar(select(Breach.id).limit(1)) is None:
            session.add_all(_grown_breaches(list(session.scalars(select(Person))), 1, 1, 1))


@pytest.mark.parametrize("factory", factories(lambda: NOW.replace(tzinfo=dt.UTC)), ids=_name)
def test_opening_an_area_takes_as_many_statements_for_more_data(
        qtbot: QtBot, db: Database, factory: Callable[..., QWidget]) -> None:
    def measure() -> int:
        if _name(factory) == "BreachesArea":
            first_breach(db)
        return open_area(qtbot, db, factory)

    _flat(db, measure, AREA_CEILINGS[_name(factory)])


def test_a_person_search_takes_as_many_statements_for_more_people(
        qtbot: QtBot, db: Database) -> None:
    _flat(db, lambda: search(qtbot, db, "example"), SEARCH_CEILING)


def test_an_inbox_search_takes_as_many_statements_for_more_requests(
        qtbot: QtBot, db: Database) -> None:
    _flat(db, lambda: inbox_search(qtbot, db, "2026"), INBOX_SEARCH_CEILING)


def test_an_access_report_takes_as_many_statements_for_more_of_the_persons_data(
        db: Database) -> None:
    fill(db)
    grow_matti(db, 1, "a")  # one of each kind, so that no kind is skipped as empty
    small = access_report(db)
    grow(db)
    grow_matti(db, GROWTH, "b")
    large = access_report(db)
    assert small <= large <= small + SLACK, (small, large)
    assert large <= ACCESS_REPORT_CEILING, large


def test_the_counter_sees_a_query_per_row(db: Database) -> None:
    """The guard itself: lazy loads of each person's e-mail addresses are counted."""
    fill(db)
    grow(db)
    with counted(db) as statements, db.sessions() as session:
        people = list(session.scalars(select(Person)))
        assert sum(len(p.emails) for p in people) > 0
    assert len(statements) >= len(people) + 1
