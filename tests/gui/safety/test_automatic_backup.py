"""Automatic backups in the window: on closing (verified, rotated, never for the demo, a
failure not keeping the window open), daily at unlock and by the timer, the section in
Asetukset, and the start-up notice for a week-old backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from kasve_desktop.clock import FixedClock
from kasve_desktop.gui.controller import AppController
from kasve_desktop.gui.main_window import MainWindow
from kasve_desktop.gui.safety.automatic_backup import (
    ENABLED_KEY,
    FOLDER_KEY,
    KEEP_KEY,
    TIMER_INTERVAL_MS,
)
from kasve_desktop.services.safety import automatic
from kasve_desktop.services.safety.backups import inspect
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock_with

NAME = "kasve-20261124-120000.bak"  # the clock's moment, Helsinki time


def automatic_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".bak"))


def backed_up_ago(path: Path, clock: FixedClock, age: dt.timedelta) -> None:
    automatic.record_success(path, clock.now() - age, path.with_name("vanha.bak"))


def test_closing_the_window_writes_a_checked_backup_and_rotates(
        qtbot: QtBot, controller: AppController, closed_db: Path, backup_folder: Path,
        settings: QSettings, app_clock: FixedClock) -> None:
    backup_folder.mkdir()
    old = [f"kasve-2026110{day}-080000.bak" for day in (1, 2, 3)]
    theirs = "kasve-20261101-070000.bak"  # another kasve.db's, sharing the folder
    for name in [*old, theirs, "kasve-varmuuskopio-2026-11-01.bak", "oma.txt"]:
        (backup_folder / name).write_bytes(b"vanha")
    for name in old:
        automatic.remember_made(closed_db, backup_folder / name)
    settings.setValue(KEEP_KEY, 2)
    backed_up_ago(closed_db, app_clock, dt.timedelta(hours=2))  # none due at unlock
    controller.start(closed_db, demo=False)
    window = unlock_with(qtbot, controller)
    assert automatic_files(backup_folder) == [theirs, *old, "kasve-varmuuskopio-2026-11-01.bak"]
    with qtbot.waitSignal(controller.finished):
        window.close()
    assert automatic_files(backup_folder) == [theirs, "kasve-20261103-080000.bak", NAME,
                                              "kasve-varmuuskopio-2026-11-01.bak"]
    assert (backup_folder / "oma.txt").read_bytes() == b"vanha"
    assert inspect(backup_folder / NAME, PASSPHRASE).count("person") == 3
    last = automatic.last_backup(closed_db)
    assert last is not None and last.file == str(backup_folder / NAME)
    assert last.at == app_clock.now()


def test_a_failed_backup_does_not_keep_the_window_and_is_told_next_time(
        qtbot: QtBot, controller: AppController, closed_db: Path, settings: QSettings,
        tmp_path: Path, app_clock: FixedClock) -> None:
    blocker = tmp_path / "tiedosto"
    blocker.write_text("ei kansio")
    settings.setValue(FOLDER_KEY, str(blocker / "varmuuskopiot"))
    backed_up_ago(closed_db, app_clock, dt.timedelta(hours=2))
    controller.start(closed_db, demo=False)
    window = unlock_with(qtbot, controller)
    with qtbot.waitSignal(controller.finished):
        window.close()
    assert not window.isVisible()
    failure = automatic.last_failure(closed_db)
    assert failure is not None and failure.reason
    settings.setValue(FOLDER_KEY, str(tmp_path / "toimiva"))
    app_clock.advance(dt.timedelta(days=1))
    controller.start(closed_db, demo=False)
    window = unlock_with(qtbot, controller)
    told = window.ui.status_bar.currentMessage()
    assert told.startswith("Automaattinen varmuuskopiointi 24.11.2026 klo 12.00 epäonnistui:")
    assert told.endswith("Uusi varmuuskopio tehtiin nyt.")
    assert automatic_files(tmp_path / "toimiva") == ["kasve-20261125-120000.bak"]
    assert automatic.last_failure(closed_db) is None


def test_a_daily_backup_at_unlock_and_by_the_timer(
        qtbot: QtBot, controller: AppController, closed_db: Path, backup_folder: Path,
        app_clock: FixedClock) -> None:
    backed_up_ago(closed_db, app_clock, dt.timedelta(days=1, minutes=1))
    controller.start(closed_db, demo=False)
    window = unlock_with(qtbot, controller)
    assert automatic_files(backup_folder) == [NAME]
    assert window.safety.automatic.warning is None
    backups = window.safety.automatic
    assert backups.timer.isActive() and backups.timer.interval() == TIMER_INTERVAL_MS
    app_clock.advance(dt.timedelta(hours=23))
    backups.timer.timeout.emit()
    assert automatic_files(backup_folder) == [NAME]  # not yet a day
    app_clock.advance(dt.timedelta(hours=1))
    backups.timer.timeout.emit()
    assert automatic_files(backup_folder) == [NAME, "kasve-20261125-120000.bak"]


def test_the_notice_for_a_week_old_backup_offers_one_now(
        qtbot: QtBot, controller: AppController, closed_db: Path, backup_folder: Path,
        settings: QSettings, app_clock: FixedClock) -> None:
    settings.setValue(ENABLED_KEY, False)
    backed_up_ago(closed_db, app_clock, dt.timedelta(days=8))
    controller.start(closed_db, demo=False)
    window = unlock_with(qtbot, controller)
    warning = window.safety.automatic.warning
    assert warning is not None and warning.isVisible() and not warning.isModal()
    assert warning.text() == ("Tietokanta varmuuskopioitiin viimeksi 16.11.2026 klo 12.00, "
                              "yli viikko sitten.")
    assert not backup_folder.exists()  # automatic backups are off
    now = next(b for b in warning.buttons() if b.objectName() == "backup_now")
    assert now.text() == "Varmuuskopioi nyt"
    now.click()
    assert automatic_files(backup_folder) == [NAME]
    assert window.safety.automatic.warning is None or not warning.isVisible()


def test_no_notice_for_a_fresh_backup(qtbot: QtBot, controller: AppController,
                                      closed_db: Path, settings: QSettings,
                                      app_clock: FixedClock) -> None:
    settings.setValue(ENABLED_KEY, False)
    backed_up_ago(closed_db, app_clock, dt.timedelta(days=6, hours=23))
    controller.start(closed_db, demo=False)
    unlock_with(qtbot, controller)
    assert controller.window is not None and controller.window.safety.automatic.warning is None


def test_a_notice_when_there_is_no_backup_yet(qtbot: QtBot, controller: AppController,
                                              closed_db: Path, settings: QSettings) -> None:
    settings.setValue(ENABLED_KEY, False)
    controller.start(closed_db, demo=False)
    window = unlock_with(qtbot, controller)
    warning = window.safety.automatic.warning
    assert warning is not None and warning.text() == (
        "Tietokannasta ei ole vielä tehty varmuuskopiota.")
    warning.done(0)


def test_the_settings_section(qtbot: QtBot, window: MainWindow, settings: QSettings,
                              tmp_path: Path) -> None:
    folder = tmp_path / "ulkoinen"
    section = window.safety.section
    assert section.title() == "Varmuuskopiot"
    assert section.automatic.isChecked() and section.keep.value() == 10
    assert section.folder.text().endswith("varmuuskopiot")
    assert "ulkoinen asema tai verkkokansio" in section.hint.text()
    assert section.last.text() == "Ei vielä varmuuskopioitu"
    section.use_folder(str(folder))
    section.keep.setValue(3)
    section.automatic.setChecked(False)
    assert settings.value(FOLDER_KEY) == str(folder) and int(settings.value(KEEP_KEY)) == 3
    assert str(settings.value(ENABLED_KEY)).lower() == "false"
    assert section.folder.text() == str(folder)
    section.backup_now_button.click()
    assert automatic_files(folder) == [NAME]
    assert section.last.text() == f"24.11.2026 klo 12.00 — {folder / NAME}"
    assert NAME in window.ui.status_bar.currentMessage()
    window.set_database(None)
    assert section.last.text() == "—" and not section.backup_now_button.isEnabled()


def test_the_demo_is_never_backed_up(qtbot: QtBot, window: MainWindow, settings: QSettings,
                                     tmp_path: Path) -> None:
    settings.setValue(FOLDER_KEY, str(tmp_path / "demo-kopiot"))
    window.set_database(window.database, demo=True)
    window.remind()
    window.close()
    assert not (tmp_path / "demo-kopiot").exists()
    assert window.safety.automatic.warning is None
