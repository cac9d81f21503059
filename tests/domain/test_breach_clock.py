"""The 72 hours of a breach are elapsed hours, across the clock changes too."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from kasve_desktop.domain.breach_clock import (
    Risk,
    authority_to_be_notified,
    hours_left,
    is_late,
    notify_by,
    persons_to_be_told,
)

HELSINKI = ZoneInfo("Europe/Helsinki")


def helsinki(year: int, month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=HELSINKI)


@pytest.mark.parametrize(("discovered", "deadline"), [
    # clocks go forward 28.3.2027 03:00 -> 04:00: 72 hours end at 23:00 on the wall clock
    (helsinki(2027, 3, 27, 22), helsinki(2027, 3, 30, 23)),
    # clocks go back 31.10.2027 04:00 -> 03:00: 72 hours end at 11:00
    (helsinki(2027, 10, 29, 12), helsinki(2027, 11, 1, 11)),
    # no change in between
    (helsinki(2026, 12, 1, 9, 30), helsinki(2026, 12, 4, 9, 30)),
])
def test_the_deadline_is_72_elapsed_hours_after_the_discovery(
        discovered: dt.datetime, deadline: dt.datetime) -> None:
    found = notify_by(discovered)
    assert found == deadline
    assert found.astimezone(HELSINKI).hour == deadline.hour
    assert found.tzinfo == dt.UTC


def test_a_stored_naive_instant_is_utc() -> None:
    # 27.3.2027 22:00 Helsinki (UTC+2) is stored as 20:00
    assert notify_by(dt.datetime(2027, 3, 27, 20, 0)) == helsinki(2027, 3, 30, 23)


def test_hours_left_count_down_to_the_deadline_and_past_it() -> None:
    discovered = helsinki(2027, 3, 27, 22)
    assert hours_left(discovered, discovered) == 72
    assert hours_left(discovered, helsinki(2027, 3, 28, 22)) == 49  # a day on the wall: 23 h
    assert hours_left(discovered, helsinki(2027, 3, 30, 22, 30)) == 0
    assert hours_left(discovered, helsinki(2027, 3, 30, 23)) == 0
    assert hours_left(discovered, helsinki(2027, 3, 30, 23, 1)) == -1
    assert hours_left(discovered, helsinki(2027, 3, 31, 1)) == -2


def test_a_notification_after_the_72_hours_is_late() -> None:
    discovered = helsinki(2027, 10, 29, 12)
    assert not is_late(discovered, helsinki(2027, 11, 1, 11))
    assert is_late(discovered, helsinki(2027, 11, 1, 11, 1))
    assert not is_late(discovered, discovered)


@pytest.mark.parametrize(("risk", "authority", "persons"), [
    (Risk.NONE, False, False), (Risk.RISK, True, False), (Risk.HIGH, True, True)])
def test_what_the_risk_requires(risk: Risk, authority: bool, persons: bool) -> None:
    assert (authority_to_be_notified(risk), persons_to_be_told(risk)) == (authority, persons)
