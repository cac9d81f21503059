"""Tiedosto ▸ Varmuuskopioi…: a file name, then a verified encrypted backup.

The file dialog proposes ``kasve-varmuuskopio-<date>.bak`` in the home folder; the
backup is written and checked with a busy cursor (``services.safety.backups``), and the
status bar says what it holds. A backup that cannot be made is explained in a message
box, and nothing is left behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.common.widgets import busy_cursor
from kasve_desktop.i18n import _, display_number
from kasve_desktop.services.database import Database
from kasve_desktop.services.safety.backups import backup


def default_name(today: dt.date) -> str:
    return f"kasve-varmuuskopio-{today.isoformat()}.bak"


class BackupMaker(QObject):
    """Makes a backup of the open database where the user chooses."""

    saved = Signal(str)
    """A confirmation for the status bar."""

    def __init__(self, today: Callable[[], dt.date], window: QWidget) -> None:
        super().__init__(window)
        self._today, self._window = today, window
        self._db: Database | None = None
        self.dialog: QFileDialog | None = None
        self.message: QMessageBox | None = None

    def set_database(self, db: Database | None) -> None:
        self._db = db

    @Slot()
    def choose_file(self) -> None:
        if self._db is None:
            return
        dialog = QFileDialog(self._window, _("Back up the database"),
                             str(Path.home() / default_name(self._today())),
                             _("Backups (*.bak);;All files (*)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("bak")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save)
        self.dialog = dialog
        dialog.open()

    @Slot(str)
    def save(self, path: str) -> None:
        self.dialog = None
        if self._db is None or not path:
            return
        try:
            with busy_cursor():
                written = backup(self._db, Path(path))
        except UserError as error:
            self._show_error(error.text())
            return
        self.saved.emit(_("Backup saved and checked: {file} ({persons} persons, {requests} "
                          "requests)").format(file=Path(path).name,
                                              persons=display_number(written.count("person")),
                                              requests=display_number(
                                                  written.count("request"))))

    def _show_error(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, _("Back up the database"), text,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
