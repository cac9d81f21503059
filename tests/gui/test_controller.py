"""The start flow, locking and the demo, driven through the real dialogs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kasve_desktop import i18n
from kasve_desktop.gui.app import run_window, start
from kasve_desktop.gui.common.crash import CrashHandler
from kasve_desktop.gui.common.language import QtTranslators
from kasve_desktop.gui.common.table_area import TableArea
from kasve_desktop.gui.controller import AppController
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.gui.main_window import LANGUAGE_KEY, MainWindow
from kasve_desktop.gui.unlock.create_dialog import CreateDialog
from kasve_desktop.gui.unlock.unlock_dialog import UnlockDialog
from kasve_desktop.store.local_state import state_file
from kasve_desktop.store.lock import lock_path
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.conftest import unlock_with, visit
from tests.gui.sample import TODAY

GOOD = "uusi pitkä tunnuslause"


@pytest.fixture
def controller(qtbot: QtBot, settings: QSettings,
               translators: QtTranslators) -> Iterator[AppController]:
    app = AppController(settings, translators, fixed_clock(TODAY))
    yield app
    for widget in (app.dialog, app.window):
        if widget is not None:
            qtbot.addWidget(widget)
    app.shutdown()




def table_areas(window: MainWindow) -> list[TableArea]:
    return [a for a in window.areas if isinstance(a, TableArea)]


def test_an_existing_file_asks_for_its_passphrase(qtbot: QtBot, controller: AppController,
                                                  closed_db: Path) -> None:
    controller.start(closed_db, demo=False)
    assert isinstance(controller.dialog, UnlockDialog) and controller.dialog.isVisible()
    window = unlock_with(qtbot, controller, PASSPHRASE)
    assert window.isVisible() and window.database is controller.db
    inbox = next(a for a in window.areas if isinstance(a, InboxArea))
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3)  # the open ones


def test_lock_clears_the_views_and_asks_again(qtbot: QtBot, controller: AppController,
                                              closed_db: Path) -> None:
    controller.start(closed_db, demo=False)
    window = unlock_with(qtbot, controller, PASSPHRASE)
    db = controller.db
    assert db is not None and lock_path(closed_db).exists()
    window.ui.action_lock.trigger()
    assert controller.db is None and not db.is_open and not lock_path(closed_db).exists()
    assert window.database is None
    for shown in table_areas(window):
        assert (shown.model.rowCount(), shown.model.total, shown.model.has_source) == \
            (0, 0, False)
    assert window.counts_label.text() == i18n._("Locked")
    assert isinstance(controller.dialog, UnlockDialog)
    assert controller.dialog.path == closed_db
    window = unlock_with(qtbot, controller, PASSPHRASE)
    for shown in table_areas(window):
        visit(window, type(shown))
    assert all(shown.model.total > 0 for shown in table_areas(window))


def test_cancelling_the_unlock_after_locking_keeps_the_window(
        qtbot: QtBot, controller: AppController, closed_db: Path) -> None:
    controller.start(closed_db, demo=False)
    window = unlock_with(qtbot, controller, PASSPHRASE)
    window.ui.action_lock.trigger()
    assert controller.dialog is not None
    with qtbot.assertNotEmitted(controller.finished):
        controller.dialog.reject()
    assert window.isVisible() and window.ui.action_lock.text() == i18n._("&Unlock…")
    window.ui.action_lock.trigger()
    window = unlock_with(qtbot, controller, PASSPHRASE)
    assert window.ui.action_lock.text() == i18n._("&Lock")


def test_no_file_asks_to_create_one(qtbot: QtBot, controller: AppController,
                                    tmp_path: Path) -> None:
    path = tmp_path / "uusi.db"
    controller.start(path, demo=False)
    dialog = controller.dialog
    assert isinstance(dialog, CreateDialog) and dialog.path == path
    dialog.ui.passphrase.setText(GOOD)
    dialog.ui.repeat.setText(GOOD)
    with qtbot.waitSignal(controller.opened):
        dialog.ui.create_button.click()
    assert path.is_file() and controller.window is not None
    assert controller.window.windowTitle() == "Kasve Desktop — uusi.db"


def test_cancel_at_the_start_quits(qtbot: QtBot, controller: AppController,
                                   tmp_path: Path) -> None:
    controller.start(tmp_path / "uusi.db", demo=False)
    assert controller.dialog is not None
    with qtbot.waitSignal(controller.finished):
        controller.dialog.reject()


def test_cancel_create_returns_to_unlock(qtbot: QtBot, controller: AppController,
                                         closed_db: Path) -> None:
    controller.start(closed_db, demo=False)
    assert controller.dialog is not None
    controller.dialog.ui.create_button.click()
    assert isinstance(controller.dialog, CreateDialog)
    controller.dialog.reject()
    assert isinstance(controller.dialog, UnlockDialog) and controller.dialog.path == closed_db


def test_the_demo_opens_marked_and_is_removed(qtbot: QtBot,
                                              controller: AppController) -> None:
    with qtbot.waitSignal(controller.opened, timeout=30_000):
        controller.start(None, demo=True)
    window = controller.window
    assert window is not None and window.is_demo and window.demo_label.isVisible()
    assert window.windowTitle().endswith("[DEMO]")
    assert controller.progress is None
    folder = window.database.path.parent if window.database else None
    assert folder is not None and folder.is_dir()
    kept = state_file(folder / "kasve-demo.db")
    assert kept.is_file()  # its audit head, while it lives
    window.ui.action_lock.trigger()  # the demo can be locked and reopened too
    window = unlock_with(qtbot, controller, "demo")
    assert window.is_demo
    with qtbot.waitSignal(controller.finished):
        window.close()
    assert not folder.exists()
    assert not kept.exists()  # nothing of it stays in the settings folder


def test_start_applies_the_saved_language(qtbot: QtBot, qapp: QApplication,
                                          settings: QSettings, closed_db: Path) -> None:
    settings.setValue(LANGUAGE_KEY, "sv")
    controller = start(qapp, settings, closed_db, demo=False, clock=fixed_clock(TODAY))
    try:
        assert i18n.current_language() == "sv"
        assert isinstance(controller.dialog, UnlockDialog)
        qtbot.addWidget(controller.dialog)
        assert controller.dialog.windowTitle() == i18n.gettext_in("sv", "Open database")
    finally:
        controller.shutdown()
        controller.setParent(None)


def test_the_command_lines_language_wins_for_the_run(qtbot: QtBot, qapp: QApplication,
                                                     settings: QSettings,
                                                     closed_db: Path) -> None:
    """``--lang sv`` opens the window in Swedish; the saved language stays as it was."""
    settings.setValue(LANGUAGE_KEY, "fi")
    controller = start(qapp, settings, closed_db, demo=False, clock=fixed_clock(TODAY),
                       lang="sv")
    try:
        assert i18n.current_language() == "sv"
        assert isinstance(controller.dialog, UnlockDialog)
        qtbot.addWidget(controller.dialog)
        assert controller.dialog.windowTitle() == "Öppna databas"
        assert settings.value(LANGUAGE_KEY) == "fi"
    finally:
        controller.shutdown()
        controller.setParent(None)


def test_run_window_runs_until_the_first_dialog_is_cancelled(
        qapp: QApplication, tmp_path: Path, closed_db: Path) -> None:
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "conf"))
    seen: list[str] = []

    def cancel() -> None:
        dialogs = [w for w in qapp.topLevelWidgets()
                   if isinstance(w, UnlockDialog) and w.isVisible()]
        seen.extend(d.path.name for d in dialogs)
        for dialog in dialogs:
            dialog.reject()

    QTimer.singleShot(100, cancel)
    safety_net = QTimer()
    safety_net.setSingleShot(True)
    safety_net.timeout.connect(lambda: qapp.exit(1))
    safety_net.start(10_000)
    try:
        assert run_window(closed_db, demo=False, clock=fixed_clock(TODAY)) == 0
    finally:
        safety_net.stop()
        qapp.setQuitOnLastWindowClosed(True)
    assert seen == [closed_db.name]
    assert sys.excepthook is not None and not isinstance(sys.excepthook, CrashHandler)


def test_first_dialog_needs_no_database_modules() -> None:
    """The unlock dialog appears before SQLAlchemy is imported (measured in benchmarks/)."""
    import subprocess
    import sys

    script = ("import sys, kasve_desktop.gui.app, kasve_desktop.cli\n"
              "print(sorted(m for m in ('sqlalchemy', 'alembic', 'sqlcipher3', 'reportlab')"
              " if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_preload_imports_the_heavy_modules() -> None:
    import sys

    from kasve_desktop.gui.controller import HEAVY_MODULES, preload_in_background

    preload_in_background().join(timeout=30)
    assert all(name in sys.modules for name in HEAVY_MODULES)


def test_preload_reads_the_holidays_of_this_year_and_the_next() -> None:
    import datetime as dt
    import gc

    from kasve_desktop.domain import deadlines
    from kasve_desktop.gui.controller import preload_in_background

    deadlines._finnish_holidays.cache_clear()  # other tests may have read these years
    before = deadlines._finnish_holidays.cache_info().misses
    gc.unfreeze()
    preload_in_background(dt.date(2061, 5, 5)).join(timeout=30)
    assert gc.get_freeze_count() > 0  # start-up's objects left out of full collections
    assert deadlines._finnish_holidays.cache_info().misses == before + 2  # 2061 and 2062
    assert deadlines.non_working_reason(dt.date(2062, 12, 6)) == "Itsenäisyyspäivä"
    assert deadlines._finnish_holidays.cache_info().misses == before + 2  # read already
