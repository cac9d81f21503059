"""The list services: pages, counts, orders computed in SQL from the domain's rules."""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Date, literal, select, update

from kasve_desktop import i18n
from kasve_desktop.domain.deadlines import add_months, date_in_force
from kasve_desktop.domain.vocabulary import (
    AUDIT_ACTION_LABELS,
    CHANNEL_LABELS,
    REQUEST_TYPE_LABELS,
    AuditAction,
    RequestStatus,
)
from kasve_desktop.services import listing
from kasve_desktop.services.database import transaction
from kasve_desktop.services.listing import Order, Page
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    AuditEntry,
    Controller,
    Event,
    Person,
    Register,
    RegisterEntry,
    Request,
)
from kasve_desktop.store.queries import UnknownSortKey, add_months_julian, add_months_sql
from tests.gui.sample import TODAY, add_people, fill

ALL = Page(Order(), 0, 1000)


@pytest.fixture
def filled(db: Database) -> Database:
    fill(db)
    return db


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)),
       months=st.integers(0, 60))
def test_add_months_in_sql_is_the_domains(db: Database, day: dt.date, months: int) -> None:
    with db.sessions() as session:
        result = session.scalar(select(add_months_sql(literal(day, Date), months)))
        julian = session.scalar(select(add_months_julian(literal(day, Date), months)))
    assert result == add_months(day, months).isoformat()
    assert julian == add_months(day, months).toordinal() + 1721424.5  # noon-less Julian day


def test_counts(filled: Database) -> None:
    assert (listing.request_count(filled), listing.register_count(filled),
            listing.person_count(filled), listing.event_count(filled),
            listing.retention_count(filled)) == (4, 3, 3, 2, 4)
    assert listing.audit_count(filled) > 20
    assert listing.totals(filled) == listing.Totals(3, 3, 4, 3)


def test_requests_open_first_by_date_in_force(filled: Database) -> None:
    rows = listing.request_page(filled, ALL, TODAY)
    assert [r.reference for r in rows] == ["P-2026-001", "P-2026-002", "P-2026-004",
                                           "P-2026-003"]
    first = rows[0]
    expected = date_in_force(first.received_on, is_extended=False, paused_on=None,
                             resumed_on=None, today=TODAY).deadline.due
    assert first.due_on == expected and first.days_left == (expected - TODAY).days < 0
    assert first.past_target
    extended = rows[2]
    assert extended.due_on == dt.date(2027, 2, 4)  # three months from 4.11.2026
    assert rows[3].days_left is None and not rows[3].is_open


def test_a_pause_moves_the_date_and_the_order(filled: Database) -> None:
    with transaction(filled) as session:  # P-2026-001 waits for an answer since 30 days
        session.execute(update(Request).where(Request.reference == "P-2026-001")
                        .values(paused_on=TODAY - dt.timedelta(days=30)))
    rows = listing.request_page(filled, Page(Order("due"), 0, 10), TODAY)
    dues = [r.due_on for r in rows]
    assert dues == sorted(dues)
    paused = next(r for r in rows if r.reference == "P-2026-001")
    assert paused.due_on == date_in_force(
        paused.received_on, is_extended=False, paused_on=TODAY - dt.timedelta(days=30),
        resumed_on=None, today=TODAY).deadline.due
    assert paused.days_left is not None and paused.days_left > 0


def test_requests_sort_by_translated_type(filled: Database) -> None:
    i18n.set_language("sv")
    rows = listing.request_page(filled, Page(Order("type"), 0, 10), TODAY)
    labels = [i18n._(REQUEST_TYPE_LABELS[r.type]).casefold() for r in rows]
    assert labels == sorted(labels)


def test_registers(filled: Database) -> None:
    rows = listing.register_page(filled, ALL)
    assert [(r.key, r.purposes, r.entries) for r in rows] == [
        ("asiakkaat", 2, 2), ("markkinointi", 1, 1), ("tapahtumat", 0, 1)]
    assert listing.localized(rows[0].names, "en") == "Customer register"
    assert listing.localized(rows[1].names, "sv") == "Markkinointirekisteri"


def test_register_names_sort_in_the_current_language(filled: Database) -> None:
    i18n.set_language("en")
    rows = listing.register_page(filled, Page(Order("name"), 0, 10))
    assert [listing.localized(r.names) for r in rows] == [
        "Customer register", "Markkinointirekisteri", "Tapahtumarekisteri"]


def test_people_with_their_contacts(filled: Database) -> None:
    rows = listing.person_page(filled, ALL)
    assert [r.name for r in rows] == ["Aalto, Liisa", "Virtanen, Matti", "Öhman, Äila"]
    matti = rows[1]
    assert matti.emails == ("matti.virtanen@example.fi", "matti@example.com")
    assert matti.phones == ("+358407654321",)
    assert matti.register_keys == ("asiakkaat", "markkinointi")


@pytest.mark.parametrize("key", ["name", "emails", "phones", "organisation", "municipality",
                                 "registers"])
def test_pages_neither_overlap_nor_skip(filled: Database, key: str) -> None:
    add_people(filled, 25)
    for descending in (False, True):
        order = Order(key, descending)
        whole = [r.id for r in listing.person_page(filled, Page(order, 0, 100))]
        paged = [r.id for offset in range(0, 28, 4)
                 for r in listing.person_page(filled, Page(order, offset, 4))]
        assert paged == whole and len(whole) == 28


def test_events(filled: Database) -> None:
    rows = listing.event_page(filled, ALL)
    assert [(r.name, r.participants) for r in rows] == [("Syysseminaari", 0),
                                                        ("Kasvupäivä 2026", 2)]


def test_retention_due_dates_come_from_the_rule(filled: Database) -> None:
    rows = listing.retention_page(filled, ALL, TODAY)
    assert [(r.due_on, r.is_due, r.legal_hold) for r in rows] == [
        (dt.date(2026, 9, 15), True, False),
        (dt.date(2027, 2, 16), False, False),
        (dt.date(2028, 10, 25), False, True),
        (None, False, False),
    ]


def test_retention_order_in_sql_matches_the_domain(filled: Database) -> None:
    with transaction(filled) as session:  # month ends, where SQLite's own '+N months' errs
        entries = session.scalars(select(RegisterEntry)).all()
        for entry, day in zip(entries, (dt.date(2025, 8, 31), dt.date(2025, 9, 1),
                                        dt.date(2025, 8, 29), dt.date(2025, 2, 28)),
                              strict=True):
            entry.last_needed_on = entry.collected_on = day
        session.execute(update(Register).values(retention_months=6))
    for descending in (False, True):
        rows = listing.retention_page(filled, Page(Order("due", descending), 0, 10), TODAY)
        dues = [r.due_on for r in rows]
        assert dues == sorted(dues, reverse=descending)


def test_audit_log_newest_first(filled: Database) -> None:
    rows = listing.audit_page(filled, Page(Order(), 0, 5))
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    assert rows[0].at.tzinfo is dt.UTC
    assert set(listing.RECORD_TYPE_LABELS) >= {r.record_type for r in
                                               listing.audit_page(filled, ALL)}


SortKey = tuple[Any, ...] | None
ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _text(value: str) -> str | None:
    """As the lists sort text: SQLite's lower() folds ASCII only; empty sorts last."""
    return value.translate(ASCII_LOWER) or None


def _label(labels: Mapping[Any, str], value: str) -> str:
    return i18n._(labels[value]).casefold()


def _precedes(first: SortKey, second: SortKey, descending: bool) -> bool:
    """Whether ``first`` may come before ``second``: each part in turn, NULLs last."""
    if first is None or second is None:
        return second is None
    for a, b in zip(first, second, strict=True):
        if a != b:
            return b is None or (a is not None and (a > b if descending else a < b))
    return True


def _in_order(keys: Sequence[SortKey], descending: bool) -> bool:
    return all(_precedes(a, b, descending) for a, b in pairwise(keys))


def _spread_the_data(db: Database) -> None:
    """Data in which each order differs from the others (and from the id order).

    A register and a request added after others they sort before, a lower-case
    event name and an empty place (sorted last), an event older than the others,
    a person whose first name sorts apart from their last, more entries than
    purposes in a register; and, as one clock and one user wrote the audit log,
    times, users, actions and record ids (past 9, where text and number orders
    part) with some spread.
    """
    with transaction(db) as session:
        controller = session.scalars(select(Controller)).one()
        events = session.scalars(select(Register).where(Register.key == "tapahtumat")).one()
        session.add_all([
            Register(key="henkilosto", position=4, controller=controller,
                     name={"fi": "Henkilöstörekisteri"}),
            Request(reference="P-2025-099", type="access", channel="post",
                    received_on=TODAY - dt.timedelta(days=400), requester_name="Aaro Virtanen",
                    status="closed", closed_on=TODAY - dt.timedelta(days=380)),
            Event(name="avoimet ovet", starts_on=TODAY - dt.timedelta(days=100), location=""),
            RegisterEntry(person=Person(first_name="Aaro", last_name="Virtanen"),
                          register=events, collected_on=TODAY)])
    users, actions = ("pekka", "Antti", "kirsi"), list(AuditAction)
    with transaction(db) as session:
        for n in session.scalars(select(AuditEntry.id)).all():
            session.execute(update(AuditEntry).where(AuditEntry.id == n).values(
                at=dt.datetime(2026, 11, 2, 9, (n * 7) % 11), os_user=users[n % 3],
                action=actions[n % 3].value, entity_id=str(n * 3)))


KeyOf = Callable[[Any], SortKey]


def _request_keys() -> dict[str, KeyOf]:
    statuses = list(RequestStatus)
    return {"reference": lambda r: (r.reference,),
            "type": lambda r: (_label(REQUEST_TYPE_LABELS, r.type),),
            "requester": lambda r: (_text(r.requester),),
            "channel": lambda r: (_label(CHANNEL_LABELS, r.channel),),
            "received": lambda r: (r.received_on,),
            "due": lambda r: (r.due_on,),  # moving to a working day keeps the order
            "days_left": lambda r: (r.due_on,),
            "status": lambda r: (statuses.index(r.status),)}


def _register_keys() -> dict[str, KeyOf]:
    return {"key": lambda r: (r.key,),
            "name": lambda r: (_text(listing.localized(r.names)),),
            "purposes": lambda r: (r.purposes,),
            "entries": lambda r: (r.entries,),
            "retention": lambda r: None if r.retention_months is None
            else (r.retention_months, r.retention_anchor)}


def _event_keys() -> dict[str, KeyOf]:
    return {"name": lambda r: (_text(r.name),),
            "date": lambda r: (r.starts_on,),
            "location": lambda r: (_text(r.location),),
            "participants": lambda r: (r.participants,)}


def _retention_keys() -> dict[str, KeyOf]:
    return {"due": lambda r: None if r.due_on is None else (r.due_on,),
            "person": lambda r: tuple(_text(part) for part in r.person.split(", ")),
            "register": lambda r: (_text(listing.localized(r.register_names)),),
            "collected": lambda r: None if r.collected_on is None else (r.collected_on,),
            "last_needed": lambda r: None if r.last_needed_on is None else (r.last_needed_on,),
            "state": lambda r: (r.legal_hold, r.due_on)}


def _audit_keys() -> dict[str, KeyOf]:
    return {"time": lambda r: (r.at,),
            "user": lambda r: (r.os_user,),
            "action": lambda r: (_label(AUDIT_ACTION_LABELS, r.action),),
            "record_type": lambda r: (_label(listing.RECORD_TYPE_LABELS, r.record_type),),
            "record": lambda r: (int(r.record_id) if r.record_id.isdigit() else 0,
                                 r.record_id),
            "fields": lambda r: (json.dumps(list(r.fields)),)}


def test_every_sort_key_works(filled: Database) -> None:
    """Each key sorts its list by what it names, both ways, missing values last."""
    _spread_the_data(filled)
    i18n.set_language("sv")  # where register names fall back to Finnish, or do not
    lists: dict[str, tuple[Callable[[Page], Sequence[Any]], dict[str, KeyOf]]] = {
        "request": (lambda p: listing.request_page(filled, p, TODAY), _request_keys()),
        "register": (lambda p: listing.register_page(filled, p), _register_keys()),
        "event": (lambda p: listing.event_page(filled, p), _event_keys()),
        "retention": (lambda p: listing.retention_page(filled, p, TODAY), _retention_keys()),
        "audit": (lambda p: listing.audit_page(filled, p), _audit_keys()),
    }
    for name, (page_of, keys) in lists.items():
        for key, key_of in keys.items():
            for descending in (False, True):
                rows = page_of(Page(Order(key, descending), 0, 100))
                keys_seen = [key_of(row) for row in rows]
                assert len(rows) == len(page_of(ALL)), (name, key)
                assert len(set(keys_seen)) > 1, f"the data cannot show the {name} {key} order"
                assert _in_order(keys_seen, descending), (name, key, descending, keys_seen)


def test_an_unknown_sort_key_is_a_bug(filled: Database) -> None:
    with pytest.raises(UnknownSortKey):
        listing.event_page(filled, Page(Order("colour"), 0, 10))


def test_display_helpers() -> None:
    assert listing.display_phone("+358407654321") == "040 7654321"
    assert listing.display_phone("+46701234567") == "+46 70 123 45 67"
    assert listing.display_phone("not a number") == "not a number"
    assert listing.display_name("Matti", "Virtanen") == "Virtanen, Matti"
    assert listing.display_name("", "Virtanen") == "Virtanen"
    i18n.set_language("en")
    assert listing.retention_label(1, "collected") == "1 month after collection"
    assert listing.retention_label(6, "last-needed") == "6 months after last needed"
    assert listing.retention_label(None, "last-needed") == ""


def test_database_info_and_chain(filled: Database) -> None:
    info = listing.database_info(filled)
    assert info.path == filled.path and info.schema_revision and info.cipher_version
    check = listing.verify_audit_chain(filled)
    assert check.intact and check.entries == listing.audit_count(filled)
    with transaction(filled) as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 3).values(os_user="x"))
    assert listing.verify_audit_chain(filled).first_broken_id == 3


def test_every_table_the_audit_log_can_name_has_a_label() -> None:
    from kasve_desktop.store.models import Base

    audited = set(Base.metadata.tables) - {"audit_entry"}
    assert audited <= set(listing.RECORD_TYPE_LABELS)
