"""Answer-by dates of data-subject requests, counted as deadlines.md describes.

One month from receipt ends on the same day number of the next month, clamped
to that month's last day; a date falling on a Saturday, Sunday or Finnish
holiday (law 150/1930, both eves included) moves to the next working day. The
extension counts three months from receipt by the same rule. A pause for an
identity question adds its days to the raw (unmoved) date before moving.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Protocol

import holidays
from babel.dates import get_day_names

MONTHS_ONE = 1
MONTHS_EXTENDED = 3
HOLIDAY_LANGUAGES = {"fi": "fi", "sv": "sv_FI", "en": "en_US"}
DAY_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
DEFAULT_TARGET_MARGIN = 5


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months``; a day number the month lacks becomes its last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


@cache
def _finnish_holidays(year: int, lang: str) -> dict[dt.date, str]:
    table = holidays.country_holidays("FI", years=year, language=HOLIDAY_LANGUAGES[lang])
    return {day: str(name) for day, name in table.items()}


def non_working_reason(day: dt.date, lang: str = "fi") -> str | None:
    """Why ``day`` is not a working day (a holiday's or weekday's name), or None."""
    name = _finnish_holidays(day.year, lang).get(day)
    if name:
        return name
    if day.weekday() >= 5:
        names = get_day_names("wide", "stand-alone", DAY_LOCALES[lang])
        return str(names[day.weekday()]).capitalize()
    return None


def is_working_day(day: dt.date) -> bool:
    """Not a Saturday, Sunday or holiday (``non_working_reason`` without naming the day)."""
    return day.weekday() < 5 and not _finnish_holidays(day.year, "fi").get(day)


@dataclass(frozen=True)
class Skipped:
    day: dt.date
    reason: str


@dataclass(frozen=True)
class Deadline:
    """A date in force: the raw date, where it moved to, and why."""

    raw: dt.date
    due: dt.date
    skipped: tuple[Skipped, ...]

    @property
    def moved(self) -> bool:
        return self.due != self.raw


def move_to_working_day(raw: dt.date, lang: str = "fi") -> Deadline:
    day, skipped = raw, []
    while (reason := non_working_reason(day, lang)) is not None:
        skipped.append(Skipped(day, reason))
        day += dt.timedelta(days=1)
    return Deadline(raw, day, tuple(skipped))


def one_month(received: dt.date, lang: str = "fi") -> Deadline:
    return move_to_working_day(add_months(received, MONTHS_ONE), lang)


def extended(received: dt.date, lang: str = "fi") -> Deadline:
    """Receipt plus three months, counted from receipt, never from a moved date."""
    return move_to_working_day(add_months(received, MONTHS_EXTENDED), lang)


def pause_days(asked: dt.date, answered: dt.date) -> int:
    """Days between sending the question and receiving the answer (same day = 0)."""
    if answered < asked:
        raise ValueError("the answer cannot arrive before the question was sent")
    return (answered - asked).days


def paused(received: dt.date, asked: dt.date, answered: dt.date, *, is_extended: bool = False,
           lang: str = "fi") -> Deadline:
    """The date in force after an identity or clarification pause."""
    months = MONTHS_EXTENDED if is_extended else MONTHS_ONE
    raw = add_months(received, months) + dt.timedelta(days=pause_days(asked, answered))
    return move_to_working_day(raw, lang)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if end < start)."""
    if end < start:
        return -working_days_between(end, start)
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        count += is_working_day(day)
    return count


def target_date(due: dt.date, margin: int = DEFAULT_TARGET_MARGIN) -> dt.date:
    """The internal target: ``margin`` working days before the legal date."""
    day, left = due, margin
    while left > 0:
        day -= dt.timedelta(days=1)
        left -= is_working_day(day)
    return day


@dataclass(frozen=True)
class DateInForce:
    """Which answer-by date applies to a request now, and where it came from."""

    deadline: Deadline
    source: str  # "original", "extended" or "paused"
    paused_days: int
    pause_open: bool


def date_in_force(received: dt.date, *, is_extended: bool, paused_on: dt.date | None,
                  resumed_on: dt.date | None, today: dt.date) -> DateInForce:
    """The date in force: original, extended, or moved by an identity pause.

    While a pause is still open (question sent, no answer yet) the clock stands
    still, so the days up to ``today`` count as paused. A pause answered the same
    day moved nothing: the original or extended date stays the one in force.
    """
    if paused_on is None:
        base = extended(received) if is_extended else one_month(received)
        return DateInForce(base, "extended" if is_extended else "original", 0, False)
    answered = resumed_on if resumed_on is not None else max(today, paused_on)
    days = pause_days(paused_on, answered)
    if days == 0 and resumed_on is not None:  # answered the same day: nothing moved
        return date_in_force(received, is_extended=is_extended, paused_on=None,
                             resumed_on=None, today=today)
    moved = paused(received, paused_on, answered, is_extended=is_extended)
    return DateInForce(moved, "paused", days, resumed_on is None)


class DeadlineFacts(Protocol):
    """What a stored request says about its dates (a database row or an ORM object)."""

    @property
    def received_on(self) -> dt.date: ...
    @property
    def extended_due_on(self) -> dt.date | None: ...
    @property
    def paused_on(self) -> dt.date | None: ...
    @property
    def resumed_on(self) -> dt.date | None: ...


def in_force_for(request: DeadlineFacts, today: dt.date) -> DateInForce:
    """``date_in_force`` for a stored request."""
    return date_in_force(request.received_on, is_extended=request.extended_due_on is not None,
                         paused_on=request.paused_on, resumed_on=request.resumed_on, today=today)
