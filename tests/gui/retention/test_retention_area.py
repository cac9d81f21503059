"""The Säilytys area on the demo: due entries by register, erasing with confirmation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kasve_desktop.demo.build import build_demo
from kasve_desktop.gui.common.table_model import ID_ROLE
from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.retention.area import RetentionArea
from kasve_desktop.services.people import retention
from kasve_desktop.store.engine import Database

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def area(qtbot: QtBot, db: Database) -> Iterator[RetentionArea]:
    build_demo(db, TODAY)
    shown = RetentionArea(lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1100, 600)
    shown.set_database(db)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() == shown.model.total > 0)
    yield shown
    wait_for_jobs()
    shown.set_database(None)


def cells(area: RetentionArea, column: int) -> list[str]:
    return [area.proxy.index(r, column).data() for r in range(area.proxy.rowCount())]


def confirm(qtbot: QtBot, area: RetentionArea) -> QMessageBox:
    qtbot.waitUntil(lambda: area.confirmation is not None and area.confirmation.isVisible())
    box = area.confirmation
    assert box is not None
    return box


def press(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    button.click()


def test_lists_the_ten_due_entries_grouped_by_register(area: RetentionArea,
                                                       db: Database) -> None:
    assert area.model.total == 10
    assert area.bar.as_of_date.date() == QDate(2026, 11, 24)
    groups = retention.due_by_register(db, TODAY)
    from kasve_desktop.services.listing import localized
    expected = [localized(g.register_names) for g in groups for _e in g.entries]
    assert cells(area, 0) == expected  # grouped: one register after another
    combo = area.bar.register_filter
    assert combo.count() == len(groups) + 1
    assert area.bar.held_note.isVisibleTo(area)
    combo.setCurrentIndex(1)
    assert area.model.total == len(groups[0].entries)
    combo.setCurrentIndex(0)
    assert area.model.total == 10
    area.bar.as_of_date.setDate(QDate(2020, 1, 1))
    assert area.model.total == 0
    assert area.ui.content.currentWidget() is area.ui.empty_page
    assert not area.bar.erase_all_button.isEnabled()
    area.grab().save("/tmp/kasve-retention-empty.png")


def test_erase_selected_with_confirmation_then_summary(qtbot: QtBot, area: RetentionArea,
                                                       db: Database) -> None:
    assert not area.bar.erase_selected_button.isEnabled()
    selection = area.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 1):
        selection.select(area.proxy.index(row, 0), flags)
    chosen = area.selected_ids()
    assert len(chosen) == 2 and area.bar.erase_selected_button.isEnabled()
    area.grab().save("/tmp/kasve-retention-area.png")
    qtbot.mouseClick(area.bar.erase_selected_button, Qt.MouseButton.LeftButton)
    box = confirm(qtbot, area)
    assert "2" in box.text() and box.informativeText()
    box.grab().save("/tmp/kasve-retention-confirm.png")
    press(box, QMessageBox.ButtonRole.DestructiveRole)
    qtbot.waitUntil(lambda: area.summary is not None, timeout=10_000)
    assert area.summary is not None and area.summary.total_erased == 2
    assert area.summary_box is not None and area.summary_box.isVisible()
    assert "2" in area.summary_box.text()
    area.summary_box.grab().save("/tmp/kasve-retention-summary.png")
    qtbot.waitUntil(lambda: area.model.total == 8)
    assert retention.due_count(db, TODAY) == 8
    shown = {area.proxy.index(r, 0).data(ID_ROLE) for r in range(area.proxy.rowCount())}
    assert not shown & set(chosen)


def test_cancel_erases_nothing_and_erase_all_empties_the_list(qtbot: QtBot,
                                                              area: RetentionArea,
                                                              db: Database) -> None:
    qtbot.mouseClick(area.bar.erase_all_button, Qt.MouseButton.LeftButton)
    box = confirm(qtbot, area)
    assert "10" in box.text()
    press(box, QMessageBox.ButtonRole.RejectRole)
    qtbot.waitUntil(lambda: area.confirmation is None)
    assert retention.due_count(db, TODAY) == 10 and area.summary is None
    qtbot.mouseClick(area.bar.erase_all_button, Qt.MouseButton.LeftButton)
    press(confirm(qtbot, area), QMessageBox.ButtonRole.DestructiveRole)
    qtbot.waitUntil(lambda: area.summary is not None, timeout=10_000)
    assert area.summary is not None
    assert area.summary.total_erased == 10 and area.summary.total_held == 1
    qtbot.waitUntil(lambda: area.model.total == 0)
    assert retention.held_past_due(db, TODAY) != []
