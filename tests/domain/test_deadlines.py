"""Answer-by dates, pinned with the dates of deadlines.md and property tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kasve_desktop.domain import deadlines as d

D = dt.date


@pytest.mark.parametrize(("received", "one_month", "extended"), [
    (D(2025, 3, 5), D(2025, 4, 7), D(2025, 6, 5)),
    (D(2025, 1, 31), D(2025, 2, 28), D(2025, 4, 30)),
    (D(2025, 3, 18), D(2025, 4, 22), D(2025, 6, 18)),
    (D(2025, 11, 24), D(2025, 12, 29), D(2026, 2, 24)),
    (D(2026, 11, 24), D(2026, 12, 28), D(2027, 2, 24)),
    (D(2024, 1, 31), D(2024, 2, 29), D(2024, 4, 30)),
    (D(2025, 8, 31), D(2025, 9, 30), D(2025, 12, 1)),
    (D(2025, 5, 24), D(2025, 6, 24), D(2025, 8, 25)),
    (D(2026, 5, 20), D(2026, 6, 22), D(2026, 8, 20)),
    (D(2025, 11, 6), D(2025, 12, 8), D(2026, 2, 6)),
    (D(2025, 11, 30), D(2025, 12, 30), D(2026, 3, 2)),
    (D(2027, 4, 1), D(2027, 5, 3), D(2027, 7, 1)),
])
def test_dates_of_the_rules(received: D, one_month: D, extended: D) -> None:
    assert d.one_month(received).due == one_month
    assert d.extended(received).due == extended


def test_every_move_says_why() -> None:
    deadline = d.one_month(D(2026, 11, 24))
    assert deadline.raw == D(2026, 12, 24)
    assert [(s.day, s.reason) for s in deadline.skipped] == [
        (D(2026, 12, 24), "Jouluaatto"), (D(2026, 12, 25), "Joulupäivä"),
        (D(2026, 12, 26), "Tapaninpäivä"), (D(2026, 12, 27), "Sunnuntai")]


def test_reasons_in_swedish_and_english() -> None:
    assert d.non_working_reason(D(2026, 12, 24), "sv") == "Julafton"
    assert d.non_working_reason(D(2026, 11, 28), "en") == "Saturday"


@pytest.mark.parametrize("day", [
    D(2026, 12, 31),  # New Year's Eve is a working day
    D(2025, 2, 28),   # Kalevala Day, a flag day, on a Friday
    D(2026, 6, 4),    # Flag day of the Defence Forces, a Thursday
    D(2026, 11, 24),
])
def test_working_days(day: D) -> None:
    assert d.is_working_day(day)


@pytest.mark.parametrize(("day", "reason"), [
    (D(2026, 6, 19), "Juhannusaatto"),
    (D(2026, 12, 24), "Jouluaatto"),
    (D(2026, 12, 6), "Itsenäisyyspäivä"),
    (D(2027, 5, 6), "Helatorstai"),
    (D(2027, 1, 6), "Loppiainen"),
    (D(2028, 5, 1), "Vappu"),
    (D(2026, 10, 31), "Pyhäinpäivä"),
])
def test_holidays_of_the_law(day: D, reason: str) -> None:
    assert d.non_working_reason(day) == reason


def test_pause_example_of_the_rules() -> None:
    received = D(2025, 3, 5)
    moved = d.paused(received, D(2025, 3, 6), D(2025, 3, 20))
    assert d.pause_days(D(2025, 3, 6), D(2025, 3, 20)) == 14
    assert moved.raw == D(2025, 4, 19)
    assert moved.due == D(2025, 4, 22)


def test_pause_same_day_is_zero() -> None:
    assert d.pause_days(D(2025, 3, 6), D(2025, 3, 6)) == 0
    with pytest.raises(ValueError):
        d.pause_days(D(2025, 3, 6), D(2025, 3, 5))


def test_date_in_force_kinds() -> None:
    received, today = D(2026, 11, 24), D(2026, 11, 30)
    original = d.date_in_force(received, is_extended=False, paused_on=None, resumed_on=None,
                               today=today)
    assert (original.source, original.deadline.due) == ("original", D(2026, 12, 28))
    longer = d.date_in_force(received, is_extended=True, paused_on=None, resumed_on=None,
                             today=today)
    assert (longer.source, longer.deadline.due) == ("extended", D(2027, 2, 24))
    waiting = d.date_in_force(received, is_extended=False, paused_on=D(2026, 11, 25),
                              resumed_on=None, today=today)
    assert waiting.pause_open and waiting.paused_days == 5
    assert waiting.deadline.due == D(2026, 12, 29)


def test_target_date_is_working_days_earlier() -> None:
    assert d.target_date(D(2026, 12, 28)) == D(2026, 12, 17)
    assert d.working_days_between(D(2026, 12, 17), D(2026, 12, 28)) == 5
    assert d.working_days_between(D(2026, 12, 28), D(2026, 12, 17)) == -5


dates = st.dates(min_value=D(2024, 1, 1), max_value=D(2029, 12, 31))


@given(dates)
def test_due_is_a_working_day_never_before_raw_and_near(received: D) -> None:
    for deadline in (d.one_month(received), d.extended(received)):
        assert d.is_working_day(deadline.due)
        assert deadline.raw <= deadline.due <= deadline.raw + dt.timedelta(days=6)
        assert all(not d.is_working_day(s.day) for s in deadline.skipped)


@given(dates)
def test_extension_never_earlier_than_one_month(received: D) -> None:
    assert d.extended(received).due > d.one_month(received).due


@given(dates, st.integers(0, 60), st.integers(0, 60))
def test_pause_never_shortens(received: D, delay: int, length: int) -> None:
    asked = received + dt.timedelta(days=delay)
    moved = d.paused(received, asked, asked + dt.timedelta(days=length))
    assert moved.due >= d.one_month(received).due
    assert moved.raw == d.one_month(received).raw + dt.timedelta(days=length)


@given(dates)
def test_month_end_clamp(received: D) -> None:
    raw = d.add_months(received, 1)
    assert raw.day == received.day or (raw.day < received.day and (
        raw + dt.timedelta(days=1)).month != raw.month)


def test_a_pause_answered_the_same_day_moves_nothing() -> None:
    received, day = D(2026, 11, 24), D(2026, 11, 25)
    for longer, source in ((False, "original"), (True, "extended")):
        in_force = d.date_in_force(received, is_extended=longer, paused_on=day, resumed_on=day,
                                   today=D(2026, 12, 1))
        assert in_force.source == source and in_force.paused_days == 0
    waiting = d.date_in_force(received, is_extended=False, paused_on=day, resumed_on=None,
                              today=day)
    assert waiting.source == "paused" and waiting.pause_open  # still waiting: clock stopped
