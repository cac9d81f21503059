"""A personal-data breach's 72 hours and what its risk requires (GDPR Art. 33–34).

The controller notifies the supervisory authority "without undue delay and, where
feasible, not later than 72 hours after having become aware of it" unless the breach
is unlikely to result in a risk (Art. 33(1)); a notification made later carries the
reasons for the delay. When the risk to the persons is high they are told too,
without undue delay (Art. 34(1)). Every breach is documented, whatever its risk
(Art. 33(5)).

The 72 hours are elapsed hours from the moment of becoming aware (the discovery),
counted on instants, not on the wall clock: across the spring clock change the
deadline falls an hour later on the wall clock, across the autumn one an hour
earlier. Shown in Helsinki time (``clock.local_time``).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from kasve_desktop.clock import as_utc

NOTIFY_HOURS = 72
NOTIFY_WITHIN = dt.timedelta(hours=NOTIFY_HOURS)


class Risk(StrEnum):
    """The controller's assessment of the risk to the persons' rights and freedoms."""

    NONE = "none"
    """Unlikely to result in a risk: documented only (Art. 33(1), 33(5))."""
    RISK = "risk"
    """A risk: the authority is notified within 72 hours (Art. 33(1))."""
    HIGH = "high"
    """A high risk: the persons concerned are told as well (Art. 34(1))."""


def authority_to_be_notified(risk: Risk) -> bool:
    return risk in (Risk.RISK, Risk.HIGH)


def persons_to_be_told(risk: Risk) -> bool:
    return risk is Risk.HIGH


def notify_by(discovered: dt.datetime) -> dt.datetime:
    """The instant (aware, UTC) 72 elapsed hours after ``discovered``; a naive
    ``discovered`` is taken as stored UTC."""
    return as_utc(discovered) + NOTIFY_WITHIN


def time_left(discovered: dt.datetime, now: dt.datetime) -> dt.timedelta:
    """How long is left of the 72 hours at ``now`` (negative once they have run out)."""
    return notify_by(discovered) - as_utc(now)


def hours_left(discovered: dt.datetime, now: dt.datetime) -> int:
    """Whole hours left at ``now``, rounded down (-1 in the first hour past the deadline)."""
    return int(time_left(discovered, now) // dt.timedelta(hours=1))


def is_late(discovered: dt.datetime, notified: dt.datetime) -> bool:
    """Whether a notification made at ``notified`` came after the 72 hours: then it must
    give the reasons for the delay (Art. 33(1))."""
    return as_utc(notified) > notify_by(discovered)
