"""Guessing slowed down: wrong passphrases in a row, counted per database outside it.

The count is kept in ``store.local_state`` (key ``unlock_failures``), so that neither a
new command nor a restarted window starts afresh; the right passphrase resets it. After
the third wrong one in a row each try waits ``domain.passphrase.wait_after(count)``
seconds first: ``guarded`` and ``unlock_counted`` (the command line's way in) wait by
``sleep`` after telling ``waiting`` (both parameters, so that a test observes them
without waiting); the window's unlock dialog waits with a timer and uses ``failures``,
``record_failure`` and ``record_success`` itself.

Only ``CannotOpen`` counts: a missing, locked or foreign file says nothing about the
passphrase. Importing this module does not load SQLAlchemy.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kasve_desktop.clock import Clock
from kasve_desktop.domain.passphrase import wait_after
from kasve_desktop.store import local_state
from kasve_desktop.store.errors import CannotOpen

if TYPE_CHECKING:
    from kasve_desktop.store.engine import Database

__all__ = ["FAILURES_KEY", "failures", "guarded", "record_failure", "record_success",
           "unlock_counted"]

T = TypeVar("T")
FAILURES_KEY = "unlock_failures"

Waiting = Callable[[int, int], None]
"""Told ``(failures, seconds)`` before a try waits."""


def failures(database: Path) -> int:
    """Wrong passphrases in a row for ``database`` (0 when none are remembered)."""
    value = local_state.load(Path(database)).get(FAILURES_KEY, 0)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def record_failure(database: Path) -> int:
    """One more wrong passphrase for ``database``; returns the count in a row."""
    count = failures(database) + 1
    local_state.remember(Path(database), **{FAILURES_KEY: count})
    return count


def record_success(database: Path) -> None:
    """The right passphrase: the count starts again from zero."""
    if failures(database):
        local_state.remember(Path(database), **{FAILURES_KEY: None})


def _not_told(failures: int, seconds: int) -> None:
    """The default ``waiting``: nobody to tell."""


def guarded(database: Path, attempt: Callable[[], T], *,
            sleep: Callable[[float], None] = time.sleep, waiting: Waiting = _not_told) -> T:
    """``attempt()`` (something that needs the passphrase of ``database``), after the wait
    the wrong passphrases before it call for; a ``CannotOpen`` from it is counted."""
    count = failures(database)
    seconds = wait_after(count)
    if seconds > 0:
        waiting(count, seconds)
        sleep(seconds)
    try:
        result = attempt()
    except CannotOpen:
        record_failure(database)
        raise
    record_success(database)
    return result


def unlock_counted(path: Path, passphrase: str, clock: Clock, *,
                   sleep: Callable[[float], None] = time.sleep,
                   waiting: Waiting = _not_told) -> Database:
    """``services.database.unlock``, with the wait and the count of ``guarded``."""
    from kasve_desktop.services.database import unlock

    return guarded(path, lambda: unlock(path, passphrase, clock), sleep=sleep, waiting=waiting)
