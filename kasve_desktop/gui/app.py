"""Starting the window: the QApplication, translators, the crash handler, the first dialog.

``run_window(db_path, demo)`` is what ``kasve-desktop`` without a subcommand
calls. An error of the environment that escapes a view (a damaged page met while a
table fetches rows, a full disk, a busy database) is no crash: ``VerdictHandler`` shows
its one translated line in a message box (no traceback, no SQL), once while it is open.

Settings (language, window geometry) are kept with QSettings under
organisation "Kasve", application "Kasve Desktop": no personal data, no secrets.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from kasve_desktop import i18n
from kasve_desktop.clock import Clock
from kasve_desktop.gui.common.appinfo import APP_NAME, LANGUAGE_KEY
from kasve_desktop.gui.common.crash import CrashHandler
from kasve_desktop.gui.common.language import QtTranslators, switch_language
from kasve_desktop.gui.common.qt_workaround import protect_singletons
from kasve_desktop.gui.common.widgets import icon
from kasve_desktop.gui.controller import AppController
from kasve_desktop.services.errors import environment_error

ORGANISATION = "Kasve"
APPLICATION = APP_NAME


def application() -> QApplication:
    """The running QApplication, made if there is none yet."""
    protect_singletons()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(icon("kasve"))
    app.setQuitOnLastWindowClosed(False)  # the controller decides when to quit
    return app


class VerdictHandler(CrashHandler):
    """The crash handler, except that the environment's errors get their one line."""

    verdict: QMessageBox | None = None

    def __call__(self, kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        found = environment_error(error)
        if found is None:
            super().__call__(kind, error, tb)
            return
        text = found.text()
        box = self.verdict
        if box is not None and box.isVisible() and box.text() == text:
            return  # a table meeting the same damaged page row after row: told once
        if QApplication.instance() is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text,
                          QMessageBox.StandardButton.Ok, self._parent())
        self.verdict = box
        box.open()


def saved_language(settings: QSettings) -> str:
    value = settings.value(LANGUAGE_KEY)
    return value if value in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def start(app: QApplication, settings: QSettings, db_path: Path | None, demo: bool,
          clock: Clock, lang: str | None = None) -> AppController:
    """Set the language and show the first screen; the event loop is the caller's.

    ``lang`` (the command line's ``--lang``) wins over the saved language for this
    run, without changing the saved one; the settings' language switch still saves.
    """
    translators = QtTranslators(app)
    switch_language(lang or saved_language(settings), translators)
    controller = AppController(settings, translators, clock, parent=app)
    controller.finished.connect(app.quit)
    controller.start(db_path, demo)
    return controller


def open_settings() -> QSettings:
    """The window's settings, in a file (and folder) for the user only.

    Qt writes the settings file anew at each save, with the mode the umask gives; the
    window's process therefore creates everything for its owner only (``umask 077``),
    the settings and whatever Qt or a library writes without asking us.
    """
    os.umask(0o077)
    return QSettings(ORGANISATION, APPLICATION)


def run_window(db_path: Path | None, demo: bool, clock: Clock,
               lang: str | None = None) -> int:
    """Run the application's window until the user quits; returns the exit code.

    ``clock`` is the one clock of the session, handed down to every area and
    to the database the window opens; ``lang`` is the command line's language, if any.
    """
    app = application()
    settings = open_settings()
    crash = VerdictHandler(QApplication.activeWindow)
    crash.install()
    controller = start(app, settings, db_path, demo, clock, lang)
    try:
        return app.exec()
    finally:
        controller.shutdown()
        crash.uninstall()
