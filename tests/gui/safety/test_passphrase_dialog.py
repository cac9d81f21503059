"""Tiedosto ▸ Vaihda tunnuslause…: the current passphrase, the new one twice; the database
re-encrypted and shown again; a wrong current passphrase or unusable new ones change
nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kasve_desktop.gui.controller import AppController
from kasve_desktop.gui.main_window import MainWindow
from kasve_desktop.gui.safety.passphrase_dialog import PassphraseDialog
from kasve_desktop.services.database import transaction, unlock
from kasve_desktop.services.errors import CannotOpen
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Person
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.conftest import unlock_with
from tests.gui.sample import TODAY

NEW = "uusi pitka tunnuslause"


def first_names(db: Database) -> list[str]:
    with transaction(db) as session:
        return sorted(session.scalars(select(Person.first_name)))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_window(qtbot: QtBot, controller: AppController, path: Path) -> MainWindow:
    controller.start(path, demo=False)
    return unlock_with(qtbot, controller)


def open_dialog(window: MainWindow) -> PassphraseDialog:
    """The menu item, before Lukitse in Tiedosto."""
    action = window.passphrase.action
    assert action.text() == "Vaihda &tunnuslause…" and action.isEnabled()
    actions = window.ui.menu_file.actions()
    assert actions.index(action) < actions.index(window.ui.action_lock)
    assert actions.index(action) > actions.index(window.action_backup)
    action.trigger()
    dialog = window.passphrase.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_in(qtbot: QtBot, dialog: PassphraseDialog, current: str, new: str,
            repeat: str) -> None:
    for edit, text in ((dialog.current, current), (dialog.new, new), (dialog.repeat, repeat)):
        edit.clear()
        if text.isascii():  # QTest types ASCII only
            qtbot.keyClicks(edit, text)
        else:
            edit.setText(text)


def opens_with(path: Path, passphrase: str) -> bool:
    try:
        db = unlock(path, passphrase, fixed_clock(TODAY))
    except CannotOpen:
        return False
    db.close()
    return True


def test_the_passphrase_changes_and_the_database_is_shown_again(
        qtbot: QtBot, controller: AppController, closed_db: Path) -> None:
    window = open_window(qtbot, controller, closed_db)
    before = controller.db
    assert before is not None
    names = first_names(before)
    dialog = open_dialog(window)
    assert dialog.current.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.focusWidget() is dialog.current
    type_in(qtbot, dialog, PASSPHRASE, NEW, NEW)
    assert dialog.ok_button.isEnabled() and dialog.message.text() == ""
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    after = controller.db
    assert after is not None and after is not before and not before.is_open
    assert window.database is after and after.key.value() == NEW
    assert first_names(after) == names
    message = window.passphrase.message
    assert message is not None and message.isVisible()
    assert "avautuu vain uudella" in message.text()
    assert "vain vanhalla tunnuslauseella" in message.text()
    assert window.ui.status_bar.currentMessage() == "Tunnuslause vaihdettiin."
    message.done(0)
    controller.shutdown()
    assert opens_with(closed_db, NEW)
    assert not opens_with(closed_db, PASSPHRASE)


def test_a_wrong_current_passphrase_is_told_and_nothing_changes(
        qtbot: QtBot, controller: AppController, closed_db: Path) -> None:
    window = open_window(qtbot, controller, closed_db)
    before = controller.db
    unchanged = digest(closed_db)
    dialog = open_dialog(window)
    type_in(qtbot, dialog, "väärä nykyinen tunnuslause", NEW, NEW)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text() == "Nykyinen tunnuslause on väärä. Mitään ei muutettu."
    assert dialog.focusWidget() is dialog.current
    assert dialog.current.selectedText() == dialog.current.text()
    assert controller.db is before and before is not None and before.is_open
    assert before.key.value() == PASSPHRASE
    assert digest(closed_db) == unchanged
    dialog.reject()
    assert window.passphrase.dialog is None
    controller.shutdown()
    assert digest(closed_db) == unchanged
    assert opens_with(closed_db, PASSPHRASE)


UNUSABLE = [("lyhyt", "lyhyt", "Tunnuslauseessa on oltava vähintään 10 merkkiä."),
            (NEW, NEW + "x", "Tunnuslauseet eivät täsmää."),
            (PASSPHRASE, PASSPHRASE, "Uusi tunnuslause on sama kuin nykyinen."),
            (NEW, "", "")]


def test_unusable_new_passphrases_keep_ok_disabled(
        qtbot: QtBot, controller: AppController, closed_db: Path) -> None:
    window = open_window(qtbot, controller, closed_db)
    unchanged = digest(closed_db)
    dialog = open_dialog(window)
    for new, repeat, told in UNUSABLE:
        type_in(qtbot, dialog, PASSPHRASE, new, repeat)
        assert not dialog.ok_button.isEnabled(), new
        assert dialog.message.text() == told
        dialog.change()  # as if OK were pressed anyway
        assert dialog.isVisible() and controller.db is not None
        assert controller.db.key.value() == PASSPHRASE
    assert digest(closed_db) == unchanged


def test_ok_waits_for_the_current_passphrase(qtbot: QtBot, controller: AppController,
                                             closed_db: Path) -> None:
    dialog = open_dialog(open_window(qtbot, controller, closed_db))
    type_in(qtbot, dialog, "", NEW, NEW)
    assert not dialog.ok_button.isEnabled() and dialog.message.text() == ""
    dialog.show_passphrase.click()
    assert dialog.new.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.show_passphrase.text() == "Piilota"


def test_the_demo_has_no_passphrase_to_change(window: MainWindow) -> None:
    window.set_database(window.database, demo=True)
    assert not window.passphrase.action.isEnabled()
