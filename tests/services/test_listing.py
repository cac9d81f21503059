"""The list services: pages, counts, orders computed in SQL from the domain's rules."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Date, literal, select, update

from kasve_desktop import i18n
from kasve_desktop.domain.deadlines import add_months, date_in_force
from kasve_desktop.domain.vocabulary import REQUEST_TYPE_LABELS
from kasve_desktop.services import listing
from kasve_desktop.services.database import transaction
from kasve_desktop.services.listing import Order, Page
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import AuditEntry, Register, RegisterEntry, Request
from kasve_desktop.store.queries import UnknownSortKey, add_months_sql
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
    assert result == add_months(day, months).isoformat()


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


def test_every_sort_key_works(filled: Database) -> None:
    pages = {
        "request": (lambda p: listing.request_page(filled, p, TODAY),
                    ["reference", "type", "requester", "channel", "received", "due",
                     "days_left", "status"]),
        "register": (lambda p: listing.register_page(filled, p),
                     ["key", "name", "purposes", "entries", "retention"]),
        "event": (lambda p: listing.event_page(filled, p),
                  ["name", "date", "location", "participants"]),
        "retention": (lambda p: listing.retention_page(filled, p, TODAY),
                      ["due", "person", "register", "collected", "last_needed", "state"]),
        "audit": (lambda p: listing.audit_page(filled, p),
                  ["time", "user", "action", "record_type", "record", "fields"]),
    }
    for page, keys in pages.values():
        for key in keys:
            assert len(page(Page(Order(key, True), 0, 100))) > 0


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
