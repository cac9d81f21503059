"""The breach area on its own, over the sample database, with a clock the test can move."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kasve_desktop.clock import HELSINKI, FixedClock
from kasve_desktop.gui.breaches.area import BreachesArea
from kasve_desktop.store.engine import Database

NOW = dt.datetime(2027, 3, 28, 10, 0, tzinfo=HELSINKI)
"""28.3.2027 10:00 Helsinki time (summer time since 3:00 that night): 07:00 UTC."""


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def area(qtbot: QtBot, filled_db: Database, clock: FixedClock) -> Iterator[BreachesArea]:
    shown = BreachesArea(clock.today, None, now=clock.now)
    qtbot.addWidget(shown)
    shown.resize(1180, 760)
    shown.set_database(filled_db)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    if shown.pane is not None:
        shown.pane.form.discard_changes()
    shown.set_database(None)
