"""The lists read their first page from an index, not by sorting or computing every row.

Not a timing test: SQLite's ``EXPLAIN QUERY PLAN`` of the very statements the
services run (captured as they run) is deterministic. The indexes are those of
migration 0008; SQLAlchemy cannot compare indexes on expressions with the models, so
their presence and use are checked here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from kasve_desktop.services import listing
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people import retention, search
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Controller, Person, Register, RegisterEntry
from kasve_desktop.store.people_queries import ORDER_INDEXES
from kasve_desktop.store.queries import Order, Page

TODAY = dt.date(2026, 11, 24)


@contextmanager
def captured(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """The SELECT statements run on ``db`` inside the block, with their parameters."""
    found: list[tuple[str, Any]] = []

    def _record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any
                ) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            found.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", _record)
    try:
        yield found
    finally:
        event.remove(db.engine, "before_cursor_execute", _record)


def plans(db: Database, call: Callable[[], object], table: str) -> list[str]:
    """The query plan lines of the statements ``call`` runs that read ``table``."""
    with captured(db) as statements:
        call()
    lines: list[str] = []
    with db.engine.connect() as connection:
        for statement, parameters in statements:
            if f"FROM {table} " not in statement + " " and f"JOIN {table} " not in statement:
                continue
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            lines += [str(row[3]) for row in rows]
    assert lines, f"no statement read {table}"
    return lines


@pytest.fixture
def filled(db: Database) -> Database:
    with transaction(db) as s:
        company = Controller(name="Kasve Oy")
        registers = [
            Register(key="asiakkaat", position=1, controller=company, retention_months=24),
            Register(key="markkinointi", position=2, controller=company, retention_months=6,
                     retention_anchor="collected"),
            Register(key="tapahtumat", position=3, controller=company)]
        people = [Person(first_name=f"Etu{n}", last_name=f"Suku{n % 7}",
                         organisation="" if n % 3 else f"Yhtiö {n}", municipality="Espoo")
                  for n in range(60)]
        s.add_all([*registers, *people])
        s.add_all(RegisterEntry(person=p, register=r, collected_on=dt.date(2025, 1, n % 28 + 1),
                                last_needed_on=dt.date(2025, 6, n % 28 + 1))
                  for n, p in enumerate(people) for r in registers)
    return db


@pytest.mark.parametrize(("key", "descending", "index"), [
    (None, False, "ix_person_name_order"),
    ("name", False, "ix_person_name_order"),
    ("name", True, "ix_person_name_order"),
    ("organisation", False, "ix_person_organisation_order"),
    ("municipality", True, "ix_person_municipality_order"),
])
def test_the_people_list_is_read_in_index_order(filled: Database, key: str | None,
                                                descending: bool, index: str) -> None:
    page = Page(Order(key, descending), 0, 20)
    lines = plans(filled, lambda: listing.person_page(filled, page), "person")
    assert f"SCAN person USING INDEX {index}" in lines
    assert "USE TEMP B-TREE FOR ORDER BY" not in lines  # never every person sorted
    rows = listing.person_page(filled, page)
    assert len(rows) == 20


@pytest.mark.parametrize("key", [None, "name", "organisation", "municipality"])
def test_people_found_by_a_search_are_read_in_index_order(filled: Database,
                                                          key: str | None) -> None:
    page = Page(Order(key, False), 0, 20)
    lines = plans(filled, lambda: search.search_page(filled, "suku", page), "person")
    assert f"SCAN person USING INDEX {ORDER_INDEXES[key]}" in lines
    assert "USE TEMP B-TREE FOR ORDER BY" not in lines
    by_name = [r.name for r in search.search_page(filled, "suku3", Page(Order(), 0, 50))]
    assert by_name == [f"Suku3, Etu{n}" for n in (10, 17, 24, 3, 31, 38, 45, 52, 59)]


def test_the_entries_due_are_found_without_reading_every_entry(filled: Database) -> None:
    for call in (lambda: retention.due_count(filled, TODAY),
                 lambda: retention.due_register_counts(filled, TODAY),
                 lambda: retention.held_count(filled, TODAY),
                 lambda: retention.due_page(filled, Page(Order(), 0, 50), TODAY)):
        lines = plans(filled, call, "register_entry")
        assert not any(line.startswith("SCAN register_entry") for line in lines), lines
        searched = {line.split(" USING ")[1].split(" (")[0] for line in lines
                    if line.startswith("SEARCH register_entry")}
        assert {"INDEX ix_register_entry_kept_until", "INDEX ix_register_entry_collected",
                "INDEX ix_register_entry_last_needed"} <= searched, lines
    # and what they find is what is due: 24 months after last needed 1.–28.6.2025 is not
    # yet; 6 months after collected 1.–28.1.2025 is
    counts = retention.due_register_counts(filled, TODAY)
    assert [(c.register_key, c.count) for c in counts] == [("markkinointi", 60)]


def test_a_name_without_a_first_name_comes_first_of_its_surname_ascending(
        filled: Database) -> None:
    with transaction(filled) as s:
        s.add_all([Person(first_name="", last_name="Aaltonen"),
                   Person(first_name="Anna", last_name="Aaltonen"),
                   Person(first_name="", last_name="")])
    ascending = [r.name for r in listing.person_page(filled, Page(Order("name", False), 0, 3))]
    descending = [r.name for r in listing.person_page(filled, Page(Order("name", True), 0, 100))]
    assert ascending == ["Aaltonen", "Aaltonen, Anna", "Suku0, Etu0"]
    assert descending[-3:] == ["Aaltonen, Anna", "Aaltonen", ""]  # no name at all: last
