"""The create and unlock dialogs, driven through their widgets."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from kasve_desktop.domain.passphrase import STRENGTH_LABELS, Strength, wait_after
from kasve_desktop.gui.unlock.create_dialog import CreateDialog, free_path
from kasve_desktop.gui.unlock.unlock_dialog import UnlockDialog
from kasve_desktop.i18n import _
from kasve_desktop.services.database import unlock
from kasve_desktop.store.engine import Database
from kasve_desktop.store.errors import CannotOpen, DatabaseInUse, DatabaseMissing
from kasve_desktop.store.lock import lock_path
from tests.conftest import PASSPHRASE, fixed_clock

GOOD = "kuusi kaunista kesäkukkaa"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def create_dialog(qtbot: QtBot, path: Path) -> CreateDialog:
    dialog = CreateDialog(path, fixed_clock())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def unlock_dialog(qtbot: QtBot, path: Path) -> UnlockDialog:
    dialog = UnlockDialog(path, fixed_clock())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# --- create ----------------------------------------------------------------------

def test_a_short_passphrase_is_refused_at_the_field(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = create_dialog(qtbot, tmp_path / "uusi.db")
    assert not dialog.ui.create_button.isEnabled()
    qtbot.keyClicks(dialog.ui.passphrase, "lyhyt")
    dialog.ui.repeat.setText("lyhyt")
    assert not dialog.ui.create_button.isEnabled()
    assert dialog.ui.message.text() == _("The passphrase must be at least 10 characters long.")
    assert dialog.ui.strength_label.text() == _(STRENGTH_LABELS[Strength.TOO_SHORT])
    dialog.create_database()
    assert not (tmp_path / "uusi.db").exists()


def test_a_mismatch_is_refused_at_the_field(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = create_dialog(qtbot, tmp_path / "uusi.db")
    dialog.ui.passphrase.setText(GOOD)
    assert dialog.ui.message.text() == ""  # nothing typed in the second field yet
    dialog.ui.repeat.setText(GOOD + "!")
    assert not dialog.ui.create_button.isEnabled()
    assert dialog.ui.message.text() == _("The passphrases do not match.")


def test_a_valid_passphrase_creates_an_encrypted_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "uusi.db"
    dialog = create_dialog(qtbot, path)
    dialog.ui.passphrase.setText(GOOD)
    dialog.ui.repeat.setText(GOOD)
    assert dialog.ui.create_button.isEnabled()
    assert dialog.ui.message.text() == ""
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.create_button, Qt.MouseButton.LeftButton)
    assert dialog.database is not None and dialog.database.path == path
    assert dialog.ui.passphrase.text() == ""
    dialog.database.close()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    unlock(path, GOOD, fixed_clock()).close()


def test_create_proposes_a_free_file_name(qtbot: QtBot, tmp_path: Path, db: Database) -> None:
    dialog = create_dialog(qtbot, db.path)
    assert dialog.path == tmp_path / "kasve-2.db"
    assert free_path(tmp_path / "muu.db") == tmp_path / "muu.db"


def test_show_toggles_both_fields(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = create_dialog(qtbot, tmp_path / "uusi.db")
    dialog.ui.show_passphrase.click()
    assert dialog.ui.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.ui.repeat.echoMode() == QLineEdit.EchoMode.Normal
    dialog.ui.show_passphrase.click()
    assert dialog.ui.passphrase.echoMode() == QLineEdit.EchoMode.Password


def test_create_offers_the_demo(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = create_dialog(qtbot, tmp_path / "uusi.db")
    with qtbot.waitSignal(dialog.finished) as finished:
        dialog.ui.demo_button.click()
    assert finished.args == [CreateDialog.DEMO]


# --- unlock ----------------------------------------------------------------------

def test_the_right_passphrase_opens(qtbot: QtBot, db: Database) -> None:
    path = db.path
    db.close()
    dialog = unlock_dialog(qtbot, path)
    assert dialog.ui.database_path.toolTip() == str(path)
    assert dialog.ui.passphrase.echoMode() == QLineEdit.EchoMode.Password
    dialog.ui.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.passphrase, Qt.Key.Key_Return)
    assert dialog.database is not None and dialog.database.is_open
    dialog.database.close()


def test_a_wrong_passphrase_is_shown_and_changes_nothing(qtbot: QtBot, db: Database) -> None:
    path = db.path
    db.close()
    before = _digest(path)
    dialog = unlock_dialog(qtbot, path)
    dialog.ui.passphrase.setText("väärä tunnuslause")
    qtbot.mouseClick(dialog.ui.open_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.database is None
    assert dialog.ui.message.text() == CannotOpen().text()
    assert dialog.ui.passphrase.selectedText() == "väärä tunnuslause"  # ready to retype
    assert _digest(path) == before
    dialog.ui.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        dialog.unlock()
    assert dialog.database is not None
    dialog.database.close()


def test_a_database_in_use_is_shown(qtbot: QtBot, db: Database) -> None:
    dialog = unlock_dialog(qtbot, db.path)
    dialog.ui.passphrase.setText(PASSPHRASE)
    dialog.unlock()
    assert dialog.result() != QDialog.DialogCode.Accepted
    owner = lock_path(db.path).read_text(encoding="utf-8").strip()
    assert dialog.ui.message.text() == DatabaseInUse(owner=owner).text()


def test_a_missing_file_is_said_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "ei-ole.db"
    dialog = unlock_dialog(qtbot, path)
    assert dialog.ui.message.text() == DatabaseMissing(path=str(path)).text()
    assert not dialog.ui.open_button.isEnabled()  # nothing typed yet


def test_escape_closes_the_unlock_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = unlock_dialog(qtbot, tmp_path / "x.db")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_unlock_offers_create_and_demo(qtbot: QtBot, tmp_path: Path) -> None:
    for button, code in (("create_button", UnlockDialog.CREATE),
                         ("demo_button", UnlockDialog.DEMO)):
        dialog = unlock_dialog(qtbot, tmp_path / "x.db")
        with qtbot.waitSignal(dialog.finished) as finished:
            getattr(dialog.ui, button).click()
        assert finished.args == [code]


def test_show_toggles_the_unlock_field(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = unlock_dialog(qtbot, tmp_path / "x.db")
    dialog.ui.show_passphrase.click()
    assert dialog.ui.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.ui.show_passphrase.text() == _("Hide")


def test_guessing_is_slowed_down_after_the_third_wrong_passphrase(qtbot: QtBot,
                                                                  db: Database) -> None:
    assert [wait_after(n) for n in range(10)] == [0, 0, 0, 1, 2, 4, 8, 16, 30, 30]
    path = db.path
    db.close()
    dialog = unlock_dialog(qtbot, path)
    for attempt in range(1, 4):
        dialog.ui.passphrase.setText(f"väärä tunnuslause {attempt}")
        assert dialog.ui.open_button.isEnabled()
        qtbot.mouseClick(dialog.ui.open_button, Qt.MouseButton.LeftButton)
    assert dialog.failures == 3
    assert not dialog.ui.open_button.isEnabled()
    assert not dialog.ui.passphrase.isEnabled()
    assert dialog.ui.message.text().endswith("Yritä uudelleen 1 sekunnin kuluttua.")
    dialog.ui.passphrase.setText(PASSPHRASE)
    dialog.unlock()  # refused while waiting
    assert dialog.database is None and dialog.failures == 3
    qtbot.waitUntil(dialog.ui.open_button.isEnabled, timeout=3000)
    assert dialog.ui.passphrase.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.unlock()
    assert dialog.failures == 0
    assert dialog.database is not None
    dialog.database.close()
