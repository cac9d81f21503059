"""The inbox's filters and countdown states, in the rules' terms (no Qt, no SQL).

``RequestFilter`` is what the inbox's filter bar and search box ask for;
``request_where`` turns it into ``store.request_where.RequestWhere`` on the
unmoved date in force. ``countdown`` names the situation of a date in force as
deadlines.md lists them: on time, due within 7 days, due within 2 working days,
due today, overdue.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from kasve_desktop.domain.deadlines import is_working_day
from kasve_desktop.store.request_where import RequestWhere

WEEK_DAYS = 7
SOON_WORKING_DAYS = 2


class Countdown(StrEnum):
    """How urgent a request is today (deadlines.md, "What the user sees")."""

    CLOSED = "closed"
    ON_TIME = "on-time"
    WEEK = "week"
    """Due within 7 days."""
    SOON = "soon"
    """Due within 2 working days."""
    TODAY = "today"
    OVERDUE = "overdue"


@cache
def _year_prefix(year: int) -> tuple[int, ...]:
    """``prefix[n]``: the working days among the first ``n`` days of ``year``."""
    counts, day = [0], dt.date(year, 1, 1)
    while day.year == year:
        counts.append(counts[-1] + is_working_day(day))
        day += dt.timedelta(days=1)
    return tuple(counts)


def _working_through(day: dt.date, base_year: int) -> int:
    """Working days from 1 January of ``base_year`` up to and including ``day``."""
    years = sum(_year_prefix(year)[-1] for year in range(base_year, day.year))
    return years + _year_prefix(day.year)[day.timetuple().tm_yday]


def working_days_between(start: dt.date, end: dt.date) -> int:
    """``domain.deadlines.working_days_between`` with the days of each year counted once.

    A list page shows hundreds of countdowns, some of requests a year overdue;
    counting day by day each time would cost a tenth of a second.
    """
    base = min(start, end).year
    return _working_through(end, base) - _working_through(start, base)


def countdown(days_left: int | None, working_days_left: int | None) -> Countdown:
    """The state of a countdown; None days (a finished request) is ``CLOSED``."""
    if days_left is None or working_days_left is None:
        return Countdown.CLOSED
    if days_left < 0:
        return Countdown.OVERDUE
    if days_left == 0:
        return Countdown.TODAY
    if working_days_left <= SOON_WORKING_DAYS:
        return Countdown.SOON
    return Countdown.WEEK if days_left <= WEEK_DAYS else Countdown.ON_TIME


class Scope(StrEnum):
    """Which requests the inbox shows."""

    OPEN = "open"
    OVERDUE = "overdue"
    WEEK = "week"
    """Open and due from today to 7 days ahead."""
    ALL = "all"


@dataclass(frozen=True)
class RequestFilter:
    """The inbox's filters: a scope, a type, a status and a search text."""

    scope: str = Scope.OPEN.value
    type: str | None = None
    status: str | None = None
    text: str = ""

    @property
    def is_default(self) -> bool:
        return self == RequestFilter()


PHONE_LIKE = re.compile(r"^[\d\s()+-]+$")


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _search_patterns(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """LIKE patterns for the text (its case variants: SQLite folds ASCII only) and
    for a phone number typed in national form."""
    query = " ".join(text.split())
    if not query:
        return (), ()
    variants = dict.fromkeys((query, query.lower(), query.upper(), query.capitalize(),
                              query.title()))
    digits = "".join(ch for ch in query if ch.isdigit())
    phones: list[str] = []
    if PHONE_LIKE.match(query) and len(digits) >= 3:
        phones.append(digits)
        if digits.startswith("0"):
            phones.append("358" + digits[1:])
    return tuple(_like(v) for v in variants), tuple(_like(p) for p in phones)


def _last_working_day(day: dt.date) -> dt.date:
    """``day`` itself if it is a working day, else the working day before it."""
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def request_where(where: RequestFilter, today: dt.date) -> RequestWhere:
    """The filter in SQL terms. A date in force is before ``today`` exactly when its
    unmoved date is on or before the last working day before ``today``."""
    patterns, phones = _search_patterns(where.text)
    before_today = _last_working_day(today - dt.timedelta(days=1))
    bounds: tuple[dt.date | None, dt.date | None] = (None, None)
    if where.scope == Scope.OVERDUE:
        bounds = (None, before_today)
    elif where.scope == Scope.WEEK:
        bounds = (before_today, _last_working_day(today + dt.timedelta(days=WEEK_DAYS)))
    return RequestWhere(open_only=where.scope != Scope.ALL, raw_due_after=bounds[0],
                        raw_due_until=bounds[1], type=where.type or None,
                        status=where.status or None, patterns=patterns, phone_patterns=phones)
