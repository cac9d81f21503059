"""The window as the application runs it (the controller unlocks a closed file), its
automatic backups going to a folder of the test's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from kasve_desktop.clock import FixedClock
from kasve_desktop.gui.common.language import QtTranslators
from kasve_desktop.gui.controller import AppController
from kasve_desktop.gui.safety.automatic_backup import FOLDER_KEY
from tests.conftest import fixed_clock
from tests.gui.sample import TODAY


@pytest.fixture
def backup_folder(tmp_path: Path) -> Path:
    return tmp_path / "varmuuskopiot"


@pytest.fixture
def app_clock() -> FixedClock:
    """The window's clock (a test may move it)."""
    return fixed_clock(TODAY)


@pytest.fixture
def controller(qtbot: QtBot, settings: QSettings, translators: QtTranslators,
               backup_folder: Path, app_clock: FixedClock) -> Iterator[AppController]:
    settings.setValue(FOLDER_KEY, str(backup_folder))
    app = AppController(settings, translators, app_clock)
    yield app
    for widget in (app.dialog, app.window):
        if widget is not None:
            qtbot.addWidget(widget)
    app.shutdown()


