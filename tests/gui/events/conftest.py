"""The Events area on the small sample database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.common.table_model import ID_ROLE
from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.events.area import EventsArea
from kasve_desktop.store.engine import Database
from tests.gui.sample import TODAY


@pytest.fixture
def area(qtbot: QtBot, filled_db: Database) -> Iterator[EventsArea]:
    shown = EventsArea(lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1000, 600)
    shown.set_database(filled_db)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    wait_for_jobs()
    if shown.dialog is not None:
        shown.dialog.done(0)
    shown.set_database(None)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (qtbot.keyClicks aborts on ä and ö)."""
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def shown_events(area: EventsArea) -> dict[str, int]:
    """Name → id of the rows the list shows."""
    model = area.model
    while model.canFetchMore(model.index(0, 0).parent()):
        model.fetchMore(model.index(0, 0).parent())
    return {str(model.index(r, 0).data()): int(model.index(r, 0).data(ID_ROLE))
            for r in range(model.rowCount())}


def choose(area: EventsArea, name: str) -> int:
    event_id = shown_events(area)[name]
    area.select_id(event_id)
    assert area.current_id() == event_id
    return event_id
