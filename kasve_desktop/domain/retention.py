"""Retention rules: when a register entry is due for deletion."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from kasve_desktop.domain.deadlines import add_months


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
