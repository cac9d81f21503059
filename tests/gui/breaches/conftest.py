"""The breach area on its own, over the sample database, with a clock the test can move."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kasve_desktop.clock import HELSINKI, FixedClock
from kasve_desktop.gui.breaches.area import BreachesArea
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Breach

NOW = dt.datetime(2027, 3, 28, 10, 0, tzinfo=HELSINKI)
"""28.3.2027 10:00 Helsinki time (summer time since 3:00 that night): 07:00 UTC."""


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def area(qtbot: QtBot, filled_db: Database, clock: FixedClock) -> Iterator[BreachesArea]:
    forget_breaches(filled_db)
    shown = BreachesArea(clock.today, None, now=clock.now)
    qtbot.addWidget(shown)
    shown.resize(1180, 760)
    shown.set_database(filled_db)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    close_messages(shown)
    if shown.pane is not None:
        shown.pane.form.discard_changes()
    shown.set_database(None)
    assert QApplication.activeModalWidget() is None, "a breach test left a dialog open"


def forget_breaches(db: Database) -> None:
    """The tests here start from an empty register (the sample's breach left out), so that
    the references they record are L-2027-001, -002, …"""
    with transaction(db) as session:
        for row in session.scalars(select(Breach)):
            session.delete(row)


def close_messages(area: BreachesArea) -> None:
    """Answer the message box a test left open (as a user does: OK, or No), so that
    no window outlives the test (a later test's ``activeModalWidget`` would find it)."""
    box = area.pane.documents.message if area.pane is not None else None
    if box is not None and shiboken6.isValid(box) and box.isVisible():
        button = box.button(QMessageBox.StandardButton.Ok) or \
            box.button(QMessageBox.StandardButton.No)  # the letters: "sent now?"
        button.click()
