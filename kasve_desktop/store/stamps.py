"""Stored instants come from the clock the database was opened with, never the system's.

``open_database`` puts its clock among the engine's execution options; the
columns' defaults (``created_at``, ``updated_at``, ``at``…) and the audit hook
read it from there, so that every row of one database is stamped by one clock.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Engine

from kasve_desktop.clock import Clock

CLOCK_OPTION = "kasve_clock"


class NoClock(RuntimeError):
    """A row was stamped through an engine that was given no clock (our bug)."""


def give_clock(engine: Engine, clock: Clock) -> None:
    engine.update_execution_options(**{CLOCK_OPTION: clock})


def clock_of(connection: Connection) -> Clock:
    clock = connection.get_execution_options().get(CLOCK_OPTION)
    if not isinstance(clock, Clock):
        raise NoClock("the database was opened without a clock")
    return clock


def stamp(context: Any) -> dt.datetime:
    """A column default: now, from the connection's clock, as stored (naive UTC)."""
    clock = context.execution_options.get(CLOCK_OPTION)
    if not isinstance(clock, Clock):
        raise NoClock("the database was opened without a clock")
    return clock.stamp()
