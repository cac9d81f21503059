"""The one clock: "now" and "today" for the whole application.

Only this module reads the system clock. The window and the command line make a
``SystemClock`` and hand it down: to the database (which stamps stored rows with
it) and, as ``clock.today``, to the views and services that count days. Tests
hand down a ``FixedClock`` instead, so that nothing depends on the real date.

Instants are stored in UTC (naive, as the database keeps them); dates are counted
and shown in Europe/Helsinki, so a request entered at 00:30 on 1.12. Helsinki time
is received on 1.12. even though it is still 30.11. in UTC.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


def as_utc(instant: dt.datetime) -> dt.datetime:
    """``instant`` as an aware UTC datetime; a naive one is taken as stored UTC."""
    if instant.tzinfo is None:
        return instant.replace(tzinfo=dt.UTC)
    return instant.astimezone(dt.UTC)


def local_time(instant: dt.datetime) -> dt.datetime:
    """``instant`` in Helsinki time (a naive one is taken as stored UTC)."""
    return as_utc(instant).astimezone(HELSINKI)


def local_date(instant: dt.datetime) -> dt.date:
    """The Helsinki date of ``instant`` (a naive one is taken as stored UTC)."""
    return local_time(instant).date()


def stored(instant: dt.datetime) -> dt.datetime:
    """``instant`` as the database stores it: naive UTC."""
    return as_utc(instant).replace(tzinfo=None)


def at_local(day: dt.date, time: dt.time) -> dt.datetime:
    """The aware instant of ``time`` on ``day`` in Helsinki."""
    return dt.datetime.combine(day, time, tzinfo=HELSINKI)


class Clock:
    """Where "now" comes from; subclasses say how."""

    def now(self) -> dt.datetime:
        """The present instant, timezone-aware, in UTC."""
        raise NotImplementedError

    def today(self) -> dt.date:
        """Today's date in Helsinki."""
        return local_date(self.now())

    def local_now(self) -> dt.datetime:
        """The present instant in Helsinki time."""
        return local_time(self.now())

    def stamp(self) -> dt.datetime:
        """The present instant as the database stores it (naive UTC)."""
        return stored(self.now())


class SystemClock(Clock):
    """The computer's clock: what the window and the command line hand down."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock(Clock):
    """A clock that shows what it is told, for tests and for reproducible runs."""

    def __init__(self, instant: dt.datetime) -> None:
        self._instant = as_utc(instant)

    @classmethod
    def on(cls, day: dt.date, time: dt.time = dt.time(12, 0)) -> FixedClock:
        """A clock standing at ``time`` (Helsinki) on ``day``."""
        return cls(at_local(day, time))

    def now(self) -> dt.datetime:
        return self._instant

    def set(self, instant: dt.datetime) -> None:
        self._instant = as_utc(instant)

    def set_day(self, day: dt.date, time: dt.time = dt.time(12, 0)) -> None:
        self._instant = as_utc(at_local(day, time))

    def advance(self, delta: dt.timedelta) -> None:
        self._instant += delta


EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def file_time(seconds: float) -> dt.datetime:
    """A file's time stamp (``st_mtime``, seconds since the epoch) as an aware UTC instant:
    a fact read from the disk, not the time now."""
    return EPOCH + dt.timedelta(seconds=seconds)
