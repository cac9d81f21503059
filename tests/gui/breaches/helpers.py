"""Typing into the breach form as a user does, and breaches recorded through the service."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, QModelIndex, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from kasve_desktop.clock import HELSINKI
from kasve_desktop.gui.breaches.area import BreachesArea
from kasve_desktop.services import breaches
from kasve_desktop.services.breaches import BreachInput, Risk
from kasve_desktop.store.engine import Database


def helsinki(year: int, month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=HELSINKI)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (qtbot.keyClicks aborts on ä and ö)."""
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def type_time(edit: QDateTimeEdit, year: int, month: int, day: int, hour: int,
              minute: int = 0) -> None:
    """Set the wall-clock time an editor shows (its dates and times are Helsinki's)."""
    edit.setDateTime(QDateTime(QDate(year, month, day), QTime(hour, minute),
                               QTimeZone.utc()))


def cells(area: BreachesArea, row: int = 0) -> list[str]:
    model = area.proxy
    return [model.index(row, column).data() for column in range(model.columnCount())]


def references(area: BreachesArea) -> list[str]:
    return [area.proxy.index(row, 0).data() for row in range(area.proxy.rowCount())]


def choose(qtbot: QtBot, area: BreachesArea, reference: str) -> None:
    """Click the breach's row in the list."""
    row = references(area).index(reference)
    rect = area.table.visualRect(area.proxy.index(row, 1))
    qtbot.mouseClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def record(db: Database, title: str, discovered: dt.datetime, now: dt.datetime,
           **more: object) -> str:
    return breaches.record_breach(db, BreachInput(title=title, discovered_at=discovered,
                                                  **more), now)  # type: ignore[arg-type]


def notified(db: Database, now: dt.datetime) -> str:
    """A breach judged a risk and notified in time: discovered 27.3.2027 22:00, notified
    28.3. 9:30 (``now`` is later)."""
    return record(db, "Sähköposti väärälle vastaanottajalle", helsinki(2027, 3, 27, 22), now,
                  description="Uutiskirje lähti näkyvin vastaanottajin.",
                  consequences="Vastaanottajat näkivät toistensa osoitteet.",
                  measures_taken="Vastaanottajia pyydettiin poistamaan viesti.",
                  risk=Risk.RISK, risk_reasons="Osoitteet näkyivät 40 vastaanottajalle.",
                  decided_by="Maija Meikäläinen", decided_at=helsinki(2027, 3, 28, 8),
                  authority_notified_at=helsinki(2027, 3, 28, 9, 30))


def refresh(area: BreachesArea) -> None:
    area.tick()
    area.model.fetchMore(QModelIndex())
