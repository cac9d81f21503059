"""Retention rules: when a register entry is due for deletion."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from kasve_desktop.domain.deadlines import add_months
from kasve_desktop.domain.notice_vocabulary import DataCategory, category_named


class RetentionAnchor(StrEnum):
    """The date a retention period counts from."""

    LAST_NEEDED = "last-needed"
    COLLECTED = "collected"


@dataclass(frozen=True)
class RetentionRule:
    months: int
    anchor: RetentionAnchor = RetentionAnchor.LAST_NEEDED

    def due(self, collected: dt.date | None, last_needed: dt.date | None) -> dt.date | None:
        """The deletion-due date, or None while the anchor date is unknown."""
        start = last_needed if self.anchor is RetentionAnchor.LAST_NEEDED else collected
        return None if start is None else add_months(start, self.months)

    def latest_due_start(self, today: dt.date) -> dt.date:
        """The last anchor date whose entry is due on ``today``: ``due(start) <= today``
        exactly when ``start <= latest_due_start(today)`` (``add_months`` never goes back,
        so the starts that are due form one run up to this day)."""
        start = add_months(today, -self.months)
        while add_months(start + dt.timedelta(days=1), self.months) <= today:
            start += dt.timedelta(days=1)
        return start


@dataclass(frozen=True)
class Outliving:
    """What of an entry its own rules keep after the register's rule has run out."""

    details: dict[str, object]
    dues: dict[DataCategory, dt.date]
    """Each category kept, with its own deletion-due date."""

    @property
    def until(self) -> dt.date:
        """The earliest of their dates: the entry is due again then, and keeps what is
        still kept on that day."""
        return min(self.dues.values())


def outliving(details: Mapping[str, object], rules: Mapping[DataCategory, RetentionRule],
              collected: dt.date | None, last_needed: dt.date | None,
              today: dt.date) -> Outliving | None:
    """The details of an entry whose data category has a rule of its own (``rules``, e.g.
    billing data under the Accounting Act) that keeps them past ``today``; None when there
    are none and the whole entry may go. A rule whose anchor date is unknown counts from
    the entry's other date, so that data kept by law do not go for a missing date."""
    kept: dict[str, object] = {}
    dues: dict[DataCategory, dt.date] = {}
    for key, value in details.items():
        category = category_named(key)
        rule = None if category is None else rules.get(category)
        if category is None or rule is None or value in (None, ""):
            continue
        due = rule.due(collected, last_needed) or rule.due(last_needed, collected)
        if due is not None and due > today:
            kept[key] = value
            dues[category] = due
    return Outliving(kept, dues) if kept else None
