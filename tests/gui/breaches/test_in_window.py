"""The breach register in the main window: after Säilytys, Ctrl+7, counting from the clock."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from kasve_desktop.clock import HELSINKI
from kasve_desktop.gui.breaches.area import BreachesArea
from kasve_desktop.gui.main_window import MainWindow
from kasve_desktop.services import breaches
from kasve_desktop.store.engine import Database


def test_the_area_follows_retention_and_counts_from_the_windows_clock(
        qtbot: QtBot, window: MainWindow) -> None:
    nav = window.ui.navigation
    assert [nav.item(r).text() for r in (5, 6, 7)] == ["Säilytys", "Loukkaukset", "Loki"]
    assert not nav.item(6).icon().isNull()
    actions = {a.shortcut(): a for a in window.ui.menu_view.actions()}
    actions[QKeySequence("Ctrl+7")].trigger()
    area = window.areas[6]
    assert isinstance(area, BreachesArea) and window.ui.area_stack.currentWidget() is area
    assert area.pane is not None and area.ui.heading.text() == "Loukkaukset"
    area.new_breach()
    # the window's clock stands at noon on 24.11.2026: the discovery defaults to it
    assert area.pane.form.fields.discovered_at.dateTime().toString("d.M.yyyy H.mm") == \
        "24.11.2026 12.00"
    assert area.pane.form.fields.deadline.text() == "27.11.2026 klo 12.00 · 72 h jäljellä"
    assert window.confirm_leave is not None and area.has_unsaved() is False
    area.pane.form.fields.title.setText("Luonnos")
    assert area.has_unsaved()
    area.pane.form.discard_changes()

NOON = dt.datetime(2026, 11, 24, 12, tzinfo=HELSINKI)
"""The window's clock."""


def go(window: MainWindow, number: int) -> None:
    """Ctrl+<number> (the View menu's action)."""
    actions = {a.shortcut(): a for a in window.ui.menu_view.actions()}
    actions[QKeySequence(f"Ctrl+{number}")].trigger()


def breaches_area(window: MainWindow) -> BreachesArea:
    area = window.areas[6]
    assert isinstance(area, BreachesArea) and area.pane is not None
    return area


def test_leaving_the_area_with_unsaved_changes_asks_first(
        qtbot: QtBot, window: MainWindow) -> None:
    go(window, 7)
    area = breaches_area(window)
    assert area.pane is not None
    area.new_breach()
    area.pane.form.fields.title.setText("Luonnos")
    go(window, 1)
    question = area.pane.form.question
    assert question is not None and question.isVisible()
    assert question.text() == "Uutta loukkausta ei ole tallennettu."
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert window.ui.area_stack.currentWidget() is area
    assert window.ui.navigation.currentRow() == 6 and area.has_unsaved()
    window.ui.navigation.setCurrentRow(0)  # a click in the navigation asks too
    question = area.pane.form.question
    assert question is not None and question.isVisible()
    question.button(QMessageBox.StandardButton.Discard).click()
    assert window.ui.area_stack.currentIndex() == window.ui.navigation.currentRow() == 0
    assert not area.has_unsaved()
    go(window, 7)  # nothing unsaved: no question on leaving
    go(window, 2)
    assert area.pane.form.question is None and window.ui.area_stack.currentIndex() == 1


def test_the_areas_keys_work_as_soon_as_it_is_chosen(
        qtbot: QtBot, window: MainWindow, filled_db: Database) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    nav = window.ui.navigation
    nav.setFocus()
    go(window, 7)
    area = breaches_area(window)
    assert area.pane is not None
    assert window.focusWidget() is area.table  # as the inbox's list after Ctrl+1
    nav.setFocus()  # and even with the focus left in the navigation
    qtbot.keyClick(nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = area.pane.form
    assert form.is_new and window.focusWidget() is form.fields.title
    form.fields.title.setText("Kadonnut muistitikku")
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.reference is not None and not form.dirty
    stored = breaches.breach_detail(filled_db, form.reference, NOON)
    assert stored.data.title == "Kadonnut muistitikku"
    qtbot.keyClick(form.fields.title, Qt.Key.Key_Escape)
    assert window.focusWidget() is area.table


def mnemonics(texts: list[str]) -> list[str]:
    return [found.group(1).casefold() for text in texts
            if (found := re.search(r"&([^&\s])", text)) is not None]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_two_mnemonics_clash_on_a_tab(window: MainWindow, lang: str) -> None:
    go(window, 7)
    area = breaches_area(window)
    assert area.pane is not None
    window.set_language(lang)
    fields = area.pane.form.fields
    menus = [action.text() for action in window.menuBar().actions()]
    tabs = [fields.tabText(index) for index in range(fields.count())]
    outside = [button.text() for button in area.findChildren(QAbstractButton)
               if not fields.isAncestorOf(button) and button.isVisibleTo(area)]
    for index in range(fields.count()):
        page = [button.text() for button in fields.widget(index).findChildren(QAbstractButton)]
        keys = mnemonics(menus + tabs + outside + page)
        assert len(keys) == len(set(keys)), (index, sorted(keys))
