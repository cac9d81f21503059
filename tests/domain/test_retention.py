"""Deletion-due dates from a register's retention rule."""

from __future__ import annotations

import datetime as dt

import pytest

from kasve_desktop.domain.deadlines import add_months
from kasve_desktop.domain.retention import RetentionAnchor, RetentionRule


def test_six_months_after_last_needed() -> None:
    rule = RetentionRule(6)
    assert rule.due(dt.date(2020, 1, 1), dt.date(2026, 5, 31)) == dt.date(2026, 11, 30)


def test_counting_from_collection() -> None:
    rule = RetentionRule(24, RetentionAnchor.COLLECTED)
    assert rule.due(dt.date(2024, 2, 29), None) == dt.date(2026, 2, 28)


def test_unknown_anchor_date_gives_no_due_date() -> None:
    assert RetentionRule(6).due(dt.date(2026, 1, 1), None) is None


@pytest.mark.parametrize("months", [0, 1, 6, 12, 24, 36, 84])
def test_the_latest_due_start_divides_the_due_from_the_not_yet_due(months: int) -> None:
    rule = RetentionRule(months)
    day = dt.date(2023, 12, 20)
    while day <= dt.date(2024, 3, 10):  # month ends, a leap day, a year's turn
        latest = rule.latest_due_start(day)
        for start in (latest - dt.timedelta(days=n) for n in range(0, 40)):
            assert add_months(start, months) <= day
        for start in (latest + dt.timedelta(days=n) for n in range(1, 40)):
            assert add_months(start, months) > day
        day += dt.timedelta(days=1)


def test_the_latest_due_start_at_a_month_end() -> None:
    # 29.2.2024 + 1 month is 29.3.; 31.1.2024 + 1 month is 29.2. (clamped)
    assert RetentionRule(1).latest_due_start(dt.date(2024, 3, 29)) == dt.date(2024, 2, 29)
    assert RetentionRule(1).latest_due_start(dt.date(2024, 2, 29)) == dt.date(2024, 1, 31)
    assert RetentionRule(1).latest_due_start(dt.date(2024, 2, 28)) == dt.date(2024, 1, 28)
