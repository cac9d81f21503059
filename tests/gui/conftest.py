"""GUI fixtures: offscreen Qt, private settings, a filled database, the main window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.common.language import QtTranslators
from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.controller import AppController
from kasve_desktop.gui.main_window import MainWindow
from kasve_desktop.gui.unlock.unlock_dialog import UnlockDialog
from kasve_desktop.store.engine import Database
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.sample import TODAY, fill

A = TypeVar("A")


@pytest.fixture(autouse=True)
def _no_running_jobs() -> Iterator[None]:
    """No worker thread outlives its test (it could touch a closed database)."""
    yield
    wait_for_jobs()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test's own, never the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[QtTranslators]:
    translators = QtTranslators(qapp)
    yield translators
    translators.remove()


@pytest.fixture
def filled_db(db: Database) -> Database:
    fill(db)
    return db


@pytest.fixture
def closed_db(filled_db: Database) -> Path:
    """A filled database file, closed (so that the controller can unlock it)."""
    filled_db.close()
    return filled_db.path


def unlock_with(qtbot: QtBot, controller: AppController,
                passphrase: str = PASSPHRASE) -> MainWindow:
    """Type ``passphrase`` in the controller's unlock dialog and open the database."""
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.ui.passphrase.setText(passphrase)
    with qtbot.waitSignal(controller.opened):
        dialog.ui.open_button.click()
    assert controller.window is not None
    return controller.window


def visit(window: MainWindow, kind: type[A]) -> A:
    """Show the window's area of ``kind``, as its navigation item does, and return it:
    an area reads the database on its first visit."""
    row, area = next((row, a) for row, a in enumerate(window.areas) if isinstance(a, kind))
    window.show_area(row)
    return area


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, translators: QtTranslators,
           filled_db: Database) -> Iterator[MainWindow]:
    """The main window showing the filled database, today being ``TODAY``.

    Afterwards the views are emptied and background jobs finished before the
    database fixture closes the database, as the application does when locking.
    """
    main = MainWindow(settings, translators, fixed_clock(TODAY))
    qtbot.addWidget(main)
    main.resize(1200, 700)
    main.set_database(filled_db)
    main.show()
    qtbot.waitExposed(main)
    yield main
    wait_for_jobs()
    if main.database is not None:
        main.set_database(None, main.is_demo)
