"""Tiedosto ▸ Varmuuskopioi…: the action, the proposed name, a checked backup and the status
bar's line; a backup that cannot be written is explained and leaves nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from kasve_desktop.gui.main_window import MainWindow
from kasve_desktop.gui.safety.backup_action import default_name
from kasve_desktop.services.safety.backups import inspect
from tests.conftest import PASSPHRASE


def test_the_file_menu_backs_up_the_open_database(qtbot: QtBot, window: MainWindow,
                                                  tmp_path: Path) -> None:
    assert window.action_backup.text() == "Varmuus&kopioi…"
    assert window.action_backup.isEnabled()
    assert default_name(dt.date(2026, 12, 2)) == "kasve-varmuuskopio-2026-12-02.bak"
    window.action_backup.trigger()
    dialog = window.backups.dialog
    assert dialog is not None and dialog.isVisible()
    assert Path(dialog.selectedFiles()[0]).name.startswith("kasve-varmuuskopio-")
    dialog.reject()
    target = tmp_path / "kopio.bak"
    with qtbot.waitSignal(window.backups.saved, timeout=5000) as saved:
        window.backups.save(str(target))
    assert saved.args == ["Varmuuskopio tallennettu ja tarkistettu: kopio.bak (3 henkilöä, "
                          "4 pyyntöä)"]
    assert inspect(target, PASSPHRASE).count("person") == 3


def test_a_backup_that_cannot_be_written_is_explained(qtbot: QtBot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    window.backups.save(str(tmp_path / "ei-ole" / "kopio.bak"))
    box = window.backups.message
    assert box is not None and box.isVisible()
    assert box.text().startswith("Varmuuskopiota ei voitu tehdä:")
    assert not (tmp_path / "ei-ole").exists()
    box.done(0)
