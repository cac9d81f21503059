"""Tiedosto ▸ Palauta varmuuskopio…: the file, the passphrase (asked only when the open
database's does not open the backup), the preview, the replacement and its safety copy;
Cancel and a bad file change nothing, and a failed restore leaves the original open."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kasve_desktop.gui.controller import AppController
from kasve_desktop.gui.main_window import MainWindow
from kasve_desktop.gui.safety.restore_dialog import RestoreDialog
from kasve_desktop.services.database import transaction, unlock
from kasve_desktop.services.safety.backups import backup
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import Person
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.conftest import unlock_with
from tests.gui.sample import TODAY, fill

OTHER = "toinen hyvin pitkä tunnuslause"


def first_names(db: Database) -> list[str]:
    with transaction(db) as session:
        return sorted(session.scalars(select(Person.first_name)))


def rename_matti(db: Database, name: str) -> None:
    with transaction(db) as session:
        person = session.scalars(select(Person).where(Person.first_name == "Matti")).one()
        person.first_name = name


def backup_then_change(filled_db: Database, tmp_path: Path) -> Path:
    """A backup of the filled database; then Matti is renamed Muutettu and the file closed."""
    target = tmp_path / "kopio.bak"
    backup(filled_db, target)
    rename_matti(filled_db, "Muutettu")
    filled_db.close()
    return target


def open_window(qtbot: QtBot, controller: AppController, path: Path) -> MainWindow:
    controller.start(path, demo=False)
    return unlock_with(qtbot, controller)


def choose(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """The menu item, then ``path`` in its file dialog."""
    restorer = window.safety.restorer
    action = window.safety.action_restore
    assert action.text() == "&Palauta varmuuskopio…" and action.isEnabled()
    actions = window.ui.menu_file.actions()
    assert actions.index(action) == actions.index(window.action_backup) + 1
    action.trigger()
    dialog = restorer.file_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def preview_of(window: MainWindow) -> RestoreDialog:
    preview = window.safety.restorer.preview
    assert preview is not None and preview.isVisible()
    return preview


def test_restore_replaces_the_database_after_a_safety_copy(
        qtbot: QtBot, controller: AppController, filled_db: Database, tmp_path: Path) -> None:
    path = filled_db.path
    target = backup_then_change(filled_db, tmp_path)
    window = open_window(qtbot, controller, path)
    before = controller.db
    assert before is not None and "Muutettu" in first_names(before)
    choose(qtbot, window, target)
    assert window.safety.restorer.passphrase_dialog is None  # the open one's opened it
    preview = preview_of(window)
    assert preview.count_labels["register"].text() == "3"
    assert preview.count_labels["person"].text() == "3"
    assert preview.count_labels["request"].text() == "4"
    assert preview.count_labels["document"].text() == "0"
    assert preview.file_label.toolTip() == str(target)
    assert preview.audit_label.text().startswith("24.11.2026 klo ")
    assert preview.entry_label.text() == "Luotu · Tietoturvaloukkaus 1"  # fill() ends with a breach
    assert "korvataan" in preview.warning.text() and ".before-restore-" in preview.warning.text()
    assert preview.cancel_button.isDefault() and not preview.replace_button.isDefault()
    assert preview.replace_button.text() == "Korvaa tietokanta varmuuskopiolla"
    preview.replace_button.click()
    after = controller.db
    assert after is not None and after is not before and not before.is_open
    assert window.database is after
    assert first_names(after) == ["Liisa", "Matti", "Äila"]
    message = window.safety.restorer.message
    assert message is not None and message.isVisible()
    safety = next(path.parent.glob("kasve.db.before-restore-*.bak"))
    assert str(safety) in message.text() and "kunnossa" in message.text()
    copy = unlock(safety, PASSPHRASE, fixed_clock(TODAY))
    try:
        assert "Muutettu" in first_names(copy)  # what was replaced is kept
    finally:
        copy.close()
    message.done(0)


def test_cancel_changes_nothing(qtbot: QtBot, controller: AppController,
                                filled_db: Database, tmp_path: Path) -> None:
    path = filled_db.path
    target = backup_then_change(filled_db, tmp_path)
    window = open_window(qtbot, controller, path)
    before = controller.db
    choose(qtbot, window, target)
    preview_of(window).cancel_button.click()
    assert controller.db is before and before is not None and before.is_open
    assert "Muutettu" in first_names(before)
    assert not list(path.parent.glob("*.before-restore-*"))


def test_a_backup_under_another_passphrase_asks_for_it(
        qtbot: QtBot, controller: AppController, closed_db: Path, tmp_path: Path) -> None:
    other = open_database(tmp_path / "muu" / "muu.db", OTHER, clock=fixed_clock(TODAY),
                          create=True)
    fill(other)
    rename_matti(other, "Toinen")
    target = tmp_path / "muu.bak"
    backup(other, target)
    other.close()
    window = open_window(qtbot, controller, closed_db)
    restorer = window.safety.restorer
    choose(qtbot, window, target)
    asked = restorer.passphrase_dialog
    assert asked is not None and asked.isVisible() and restorer.preview is None
    assert "muu.bak" in asked.labelText()
    asked.setTextValue("väärä tunnuslause aivan")
    asked.accept()
    again = restorer.passphrase_dialog
    assert again is not None and again is not asked and "ei avannut" in again.labelText()
    again.setTextValue(OTHER)
    again.accept()
    preview_of(window).replace_button.click()
    db = controller.db
    assert db is not None and db.path == closed_db and "Toinen" in first_names(db)
    assert db.key.value() == PASSPHRASE  # the passphrase in use now is kept
    message = restorer.message
    assert message is not None and "säilyttää nykyisen" in message.text()
    message.done(0)
    assert not [p for p in closed_db.parent.iterdir() if p.name.startswith(".kasve-restore-")]
    window.ui.action_lock.trigger()
    assert unlock_with(qtbot, controller, PASSPHRASE) is window
    assert controller.db is not None and "Toinen" in first_names(controller.db)


def test_a_bad_file_is_explained_and_the_database_stays_open(
        qtbot: QtBot, controller: AppController, closed_db: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, controller, closed_db)
    before = controller.db
    empty = tmp_path / "tyhja.bak"
    empty.write_bytes(b"")
    choose(qtbot, window, empty)
    message = window.safety.restorer.message
    assert message is not None and message.isVisible()
    assert message.text().startswith(f"{empty} ei ole käyttökelpoinen varmuuskopio")
    assert window.safety.restorer.preview is None and controller.db is before
    message.done(0)


def test_a_restore_that_fails_reopens_the_original(
        qtbot: QtBot, controller: AppController, filled_db: Database, tmp_path: Path) -> None:
    path = filled_db.path
    target = backup_then_change(filled_db, tmp_path)
    window = open_window(qtbot, controller, path)
    choose(qtbot, window, target)
    preview = preview_of(window)
    target.write_bytes(target.read_bytes()[:4096])  # damaged after the preview
    preview.replace_button.click()
    db = controller.db
    assert db is not None and db.is_open and window.database is db
    assert db.key.value() == PASSPHRASE and "Muutettu" in first_names(db)
    message = window.safety.restorer.message
    assert message is not None and "avoinna ennallaan" in message.text()
    message.done(0)


def test_the_demo_has_nothing_to_restore(qtbot: QtBot, window: MainWindow) -> None:
    window.set_database(window.database, demo=True)
    assert not window.safety.action_restore.isEnabled()
    window.safety.action_restore.trigger()
    assert window.safety.restorer.file_dialog is None
