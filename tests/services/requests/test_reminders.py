"""Reminders: overdue, due within 7 days and 2 working days, identity questions waiting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kasve_desktop.clock import FixedClock
from kasve_desktop.demo.build import create_demo_database
from kasve_desktop.domain.vocabulary import OPEN_STATUSES, RequestStatus
from kasve_desktop.services import listing
from kasve_desktop.services.breaches import BreachInput, Risk, record_breach
from kasve_desktop.services.database import transaction
from kasve_desktop.services.requests import reminders
from kasve_desktop.services.requests.reminders import SettingOutOfRange
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Request, Setting
from kasve_desktop.store.queries import Order, Page
from tests.conftest import fixed_clock

TODAY = dt.date(2026, 11, 24)  # a Tuesday
HKI = ZoneInfo("Europe/Helsinki")


def add(db: Database, reference: str, received: dt.date, status: str = "in-progress",
        **extra: object) -> None:
    with transaction(db) as session:
        session.add(Request(reference=reference, type="access", channel="post",
                            received_on=received, status=status,
                            requester_name=f"Pyytäjä {reference}", **extra))


def references(found: tuple[reminders.OpenRequest, ...]) -> list[str]:
    return [request.reference for request in found]


@pytest.fixture
def situations(db: Database) -> Database:
    """One request per deadline situation on TODAY (one-month dates in the comments)."""
    add(db, "R-late", dt.date(2026, 10, 20))     # 20.11. Fri: 4 days overdue
    add(db, "R-later", dt.date(2026, 10, 16))    # 16.11. Mon: 8 days overdue
    add(db, "R-today", dt.date(2026, 10, 24))    # 24.11. (receipt on a Saturday)
    add(db, "R-2wd", dt.date(2026, 10, 26))      # 26.11. Thu: 2 working days
    add(db, "R-3wd", dt.date(2026, 10, 27))      # 27.11. Fri: 3 working days
    add(db, "R-7d", dt.date(2026, 11, 1))        # 1.12. Tue: 7 days
    add(db, "R-8d", dt.date(2026, 11, 2))        # 2.12. Wed: 8 days, not this week
    add(db, "R-closed", dt.date(2026, 9, 1), status="closed")
    add(db, "R-extended", dt.date(2026, 10, 1), extended_due_on=dt.date(2027, 1, 4),
        extended_on=dt.date(2026, 10, 20))      # 2.11. passed; 1.1.2027 (New Year) → 4.1.
    return db


def test_overdue_requests_are_listed_most_overdue_first(situations: Database) -> None:
    found = reminders.reminders(situations, TODAY)
    assert references(found.overdue) == ["R-later", "R-late"]
    assert [r.days_left for r in found.overdue] == [-8, -4]


def test_due_within_seven_days_includes_today_and_the_seventh_day(situations: Database) -> None:
    found = reminders.reminders(situations, TODAY)
    assert references(found.due_this_week) == ["R-today", "R-2wd", "R-3wd", "R-7d"]
    assert references(found.due_soon) == ["R-today", "R-2wd"]
    assert found.due_this_week[0].due_on == TODAY


def test_closed_and_extended_requests_are_not_reminded_of(situations: Database) -> None:
    found = reminders.reminders(situations, TODAY)
    listed = {r.reference for r in (*found.overdue, *found.due_this_week)}
    assert "R-closed" not in listed and "R-extended" not in listed and "R-8d" not in listed
    extended = next(r for r in reminders.open_requests(situations, TODAY)
                    if r.reference == "R-extended")
    assert (extended.due_on, extended.source) == (dt.date(2027, 1, 4), "extended")


def test_two_working_days_count_past_a_weekend(db: Database) -> None:
    add(db, "R-tue", dt.date(2026, 11, 1))  # due Tue 1.12.
    friday = dt.date(2026, 11, 27)
    found = reminders.reminders(db, friday)
    assert references(found.due_soon) == ["R-tue"]  # Mon and Tue: 2 working days
    assert references(reminders.reminders(db, friday - dt.timedelta(days=1)).due_soon) == []


def test_two_working_days_count_past_christmas(db: Database) -> None:
    add(db, "R-xmas", dt.date(2026, 11, 24))  # 24.12. Jouluaatto → Mon 28.12.
    found = reminders.reminders(db, dt.date(2026, 12, 22))  # Wed 23.12., Mon 28.12.
    assert references(found.due_soon) == ["R-xmas"]
    assert found.due_soon[0].due_on == dt.date(2026, 12, 28)
    assert references(reminders.reminders(db, dt.date(2026, 12, 21)).due_soon) == []


@pytest.mark.parametrize("status", list(RequestStatus))
def test_only_open_statuses_are_reminded_of(db: Database, status: RequestStatus) -> None:
    add(db, "R-1", dt.date(2026, 10, 20), status=status.value)
    found = reminders.reminders(db, TODAY)
    assert bool(found.overdue) == (status in OPEN_STATUSES)
    assert found.empty == (status not in OPEN_STATUSES)


def test_identity_questions_wait_for_the_set_number_of_days(db: Database) -> None:
    asked = TODAY - dt.timedelta(days=14)
    add(db, "R-asked", dt.date(2026, 11, 8), status="identity-check", paused_on=asked)
    add(db, "R-recent", dt.date(2026, 11, 12), status="identity-check",
        paused_on=TODAY - dt.timedelta(days=13))
    add(db, "R-answered", dt.date(2026, 11, 1), status="identity-check",
        paused_on=asked - dt.timedelta(days=5), resumed_on=asked)
    found = reminders.reminders(db, TODAY)
    assert found.identity_days == 14
    assert references(found.identity_waiting) == ["R-asked"]
    assert found.identity_waiting[0].paused_on == asked
    assert not found.overdue and not found.empty  # the open pause holds the clock
    reminders.set_identity_days(db, 7)
    assert references(reminders.reminders(db, TODAY).identity_waiting) == ["R-asked",
                                                                          "R-recent"]


def test_the_open_pause_moves_the_date_in_force(db: Database) -> None:
    add(db, "R-paused", dt.date(2026, 10, 20), status="identity-check",
        paused_on=dt.date(2026, 10, 21))
    request = reminders.open_requests(db, TODAY)[0]
    # 20.11. + 34 days paused (21.10.–24.11.) = 24.12. Jouluaatto → Mon 28.12.
    assert (request.source, request.paused_days, request.due_on) == \
        ("paused", 34, dt.date(2026, 12, 28))


def test_nothing_due_is_empty(db: Database) -> None:
    add(db, "R-far", dt.date(2026, 11, 20))
    found = reminders.reminders(db, TODAY)
    assert found.empty and found.most_urgent() == ()


def test_most_urgent_lists_each_request_once(situations: Database) -> None:
    urgent = reminders.reminders(situations, TODAY).most_urgent(4)
    assert references(urgent) == ["R-later", "R-late", "R-today", "R-2wd"]


def test_dates_agree_with_the_inbox_on_the_demo(tmp_path: Path) -> None:
    demo = create_demo_database(tmp_path / "demo.db", fixed_clock(TODAY))
    try:
        rows = listing.request_page(demo, Page(Order(), 0, 1000), TODAY)
        inbox = {row.reference: row.due_on for row in rows if row.is_open}
        found = reminders.open_requests(demo, TODAY)
        assert {r.reference: r.due_on for r in found} == inbox
        result = reminders.reminders(demo, TODAY)
        overdue = {row.reference for row in rows if row.is_open and (row.days_left or 0) < 0}
        assert set(references(result.overdue)) == overdue and overdue
        assert result.due_this_week and result.due_soon
    finally:
        demo.close()


def _breach(db: Database, title: str, discovered: dt.datetime, now: dt.datetime,
            **more: Any) -> str:
    return record_breach(db, BreachInput(title=title, discovered_at=discovered, **more), now)


def test_breaches_whose_72_hours_run_are_reminded_most_urgent_first(db: Database) -> None:
    now = dt.datetime(2026, 11, 24, 9, 0, tzinfo=HKI)
    decided = {"decided_by": "Liisa Laine", "risk_reasons": "Arvioitu"}
    _breach(db, "Tuore", dt.datetime(2026, 11, 24, 8, 0, tzinfo=HKI), now)
    _breach(db, "Myöhässä", dt.datetime(2026, 11, 20, 8, 0, tzinfo=HKI), now, risk=Risk.RISK,
            decided_at=dt.datetime(2026, 11, 20, 9, 0, tzinfo=HKI), **decided)
    _breach(db, "Ei riskiä", dt.datetime(2026, 11, 23, 8, 0, tzinfo=HKI), now, risk=Risk.NONE,
            decided_at=dt.datetime(2026, 11, 23, 9, 0, tzinfo=HKI), **decided)
    found = reminders.reminders(db, TODAY, now)
    assert [(b.title, b.hours_left) for b in found.breaches] == [("Myöhässä", -25),
                                                                 ("Tuore", 71)]
    assert not found.empty and found.requests_empty and found.most_urgent() == ()
    later = reminders.reminders(db, TODAY, dt.datetime(2026, 11, 27, 8, 0, tzinfo=HKI))
    assert [(b.title, b.hours_left) for b in later.breaches] == [("Myöhässä", -96),
                                                                 ("Tuore", 0)]


def test_without_now_the_databases_clock_counts_the_hours(db: Database,
                                                          db_clock: FixedClock) -> None:
    db_clock.set(dt.datetime(2026, 11, 24, 9, 0, tzinfo=HKI))
    _breach(db, "Tuore", dt.datetime(2026, 11, 24, 8, 0, tzinfo=HKI), db_clock.now())
    assert [b.hours_left for b in reminders.reminders(db, TODAY).breaches] == [71]


# --- the settings -------------------------------------------------------------------------

def test_identity_days_default_to_fourteen(db: Database) -> None:
    assert reminders.identity_days(db) == 14
    reminders.set_identity_days(db, 30)
    assert reminders.identity_days(db) == 30
    with db.sessions() as session:
        assert session.get(Setting, "reminder.identity_days").value == {"value": 30}


@pytest.mark.parametrize("days", [0, 91, -1])
def test_identity_days_out_of_range_are_refused(db: Database, days: int) -> None:
    with pytest.raises(SettingOutOfRange):
        reminders.set_identity_days(db, days)
    assert reminders.identity_days(db) == 14


def test_target_margin_is_kept_within_zero_to_fifteen(db: Database) -> None:
    assert reminders.target_margin(db) == 5
    reminders.set_target_margin(db, 0)
    assert reminders.target_margin(db) == 0
    reminders.set_target_margin(db, 15)
    assert reminders.target_margin(db) == 15
    with pytest.raises(SettingOutOfRange):
        reminders.set_target_margin(db, 16)


@pytest.mark.parametrize("stored", [{"value": "14"}, {"value": 500}, {}, {"value": True}])
def test_a_damaged_setting_falls_back_to_the_default(db: Database,
                                                     stored: dict[str, object]) -> None:
    with transaction(db) as session:
        session.add(Setting(key="reminder.identity_days", value=stored))
    assert reminders.identity_days(db) == 14
