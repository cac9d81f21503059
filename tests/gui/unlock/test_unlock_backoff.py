"""The unlock dialog counts wrong passphrases with the command line, outside the database:
a dialog opened after wrong tries (a restart, the command line) starts with their wait."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.unlock.unlock_dialog import UnlockDialog
from kasve_desktop.store import local_state
from kasve_desktop.store.engine import Database
from tests.conftest import PASSPHRASE, fixed_clock


def unlock_dialog(qtbot: QtBot, path: Path) -> UnlockDialog:
    dialog = UnlockDialog(path, fixed_clock())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_tries_are_remembered_and_the_right_one_forgets_them(qtbot: QtBot,
                                                                  db: Database) -> None:
    path = db.path
    db.close()
    dialog = unlock_dialog(qtbot, path)
    dialog.ui.passphrase.setText("väärä tunnuslause")
    qtbot.mouseClick(dialog.ui.open_button, Qt.MouseButton.LeftButton)
    assert local_state.load(path)["unlock_failures"] == 1
    dialog.close()
    again = unlock_dialog(qtbot, path)  # as after a restart
    assert again.failures == 1 and again.ui.passphrase.isEnabled()
    again.ui.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(again.accepted):
        qtbot.mouseClick(again.ui.open_button, Qt.MouseButton.LeftButton)
    assert "unlock_failures" not in local_state.load(path)
    assert again.database is not None
    again.database.close()


def test_a_dialog_opened_after_three_wrong_tries_waits_first(qtbot: QtBot,
                                                            db: Database) -> None:
    path = db.path
    db.close()
    local_state.update(path, unlock_failures=3)
    dialog = unlock_dialog(qtbot, path)
    assert dialog.failures == 3
    assert not dialog.ui.passphrase.isEnabled()
    assert dialog.ui.message.text() == ("Tunnuslause oli väärin 3 kertaa peräkkäin. "
                                        "Yritä uudelleen 1 sekunnin kuluttua.")
    dialog.ui.passphrase.setText(PASSPHRASE)
    dialog.unlock()  # refused while waiting
    assert dialog.database is None
    qtbot.waitUntil(dialog.ui.open_button.isEnabled, timeout=3000)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.open_button, Qt.MouseButton.LeftButton)
    assert dialog.failures == 0 and "unlock_failures" not in local_state.load(path)
    assert dialog.database is not None
    dialog.database.close()
