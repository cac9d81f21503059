"""The breach register in the main window: after Säilytys, Ctrl+7, counting from the clock."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.breaches.area import BreachesArea
from kasve_desktop.gui.main_window import MainWindow


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
