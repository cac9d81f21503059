"""Deletion-due dates from a register's retention rule."""

from __future__ import annotations

import datetime as dt

from kasve_desktop.domain.retention import RetentionAnchor, RetentionRule


def test_six_months_after_last_needed() -> None:
    rule = RetentionRule(6)
    assert rule.due(dt.date(2020, 1, 1), dt.date(2026, 5, 31)) == dt.date(2026, 11, 30)


def test_counting_from_collection() -> None:
    rule = RetentionRule(24, RetentionAnchor.COLLECTED)
    assert rule.due(dt.date(2024, 2, 29), None) == dt.date(2026, 2, 28)


def test_unknown_anchor_date_gives_no_due_date() -> None:
    assert RetentionRule(6).due(dt.date(2026, 1, 1), None) is None
