"""A password the product copies leaves the clipboard after a while; what the user copied
meanwhile stays."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.common.clipboard import CLEAR_AFTER_MS, copy_for_a_while


def test_the_copied_password_is_cleared_after_a_while(qtbot: QtBot, qapp: QApplication) -> None:
    assert CLEAR_AFTER_MS == 30_000
    copy_for_a_while("salasana-123", qapp, after_ms=30)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "salasana-123"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)


def test_what_the_user_copied_meanwhile_stays(qtbot: QtBot, qapp: QApplication) -> None:
    timer = copy_for_a_while("salasana-456", qapp, after_ms=30)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("oma teksti")
    with qtbot.waitSignal(timer.timeout, timeout=2000):
        pass
    assert clipboard.text() == "oma teksti"
