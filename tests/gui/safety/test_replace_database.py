"""AppController.replace_database: the file closed while the work runs, reopened with the
given passphrase; when the work fails or the file does not open with it, the original
is reopened with the passphrase it had and the error reaches the caller."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.controller import AppController
from kasve_desktop.services.errors import CannotOpen
from kasve_desktop.services.safety.backups import new_passphrase
from kasve_desktop.store.lock import lock_path
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.conftest import unlock_with

NEW = "aivan uusi tunnuslause tähän"


def test_the_work_runs_on_the_closed_file_and_it_reopens_with_the_new_passphrase(
        qtbot: QtBot, controller: AppController, closed_db: Path) -> None:
    controller.start(closed_db, demo=False)
    window = unlock_with(qtbot, controller)
    before = controller.db
    seen: list[bool] = []

    def work(path: Path) -> str:
        seen.append(before is not None and not before.is_open and not lock_path(path).exists()
                    and window.database is None)
        new_passphrase(path, PASSPHRASE, NEW, fixed_clock())
        return "tehty"

    assert controller.replace_database(work, NEW) == "tehty"
    assert seen == [True]
    db = controller.db
    assert db is not None and db is not before and db.key.value() == NEW
    assert window.database is db and lock_path(closed_db).exists()


def test_a_failing_work_reopens_the_original(qtbot: QtBot, controller: AppController,
                                             closed_db: Path) -> None:
    controller.start(closed_db, demo=False)
    window = unlock_with(qtbot, controller)

    def work(path: Path) -> None:
        raise OSError("levy täynnä")

    with pytest.raises(OSError, match="levy täynnä"):
        controller.replace_database(work, NEW)
    db = controller.db
    assert db is not None and db.is_open and db.key.value() == PASSPHRASE
    assert window.database is db


def test_a_file_that_does_not_open_with_the_new_passphrase_is_reopened_with_the_old(
        qtbot: QtBot, controller: AppController, closed_db: Path) -> None:
    controller.start(closed_db, demo=False)
    window = unlock_with(qtbot, controller)
    with pytest.raises(CannotOpen):
        controller.replace_database(lambda path: None, NEW)
    db = controller.db
    assert db is not None and db.key.value() == PASSPHRASE and window.database is db
