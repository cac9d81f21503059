"""The unlock dialog: the database's path, its passphrase, and the ways elsewhere.

It finishes with ``Accepted`` (``database`` holds the open database), with
``CREATE`` or ``DEMO`` (the user wants a new database or the demo), or
``Rejected``. A wrong passphrase or a locked file is shown inline and the user
can try again; the file is never written before the passphrase is right. After the
third wrong passphrase in a row the next try waits 1, 2, 4 … up to 30 seconds
(``domain.passphrase.wait_after``), the field and the button disabled meanwhile. The
count is the database's, kept outside it (``services.safety.unlocking``), the same as the
command line's: a dialog opened after wrong tries elsewhere starts with the wait they
call for.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from kasve_desktop.clock import Clock
from kasve_desktop.domain.passphrase import wait_after
from kasve_desktop.gui.common.widgets import (
    busy_cursor,
    reserve_lines,
    set_echo,
    show_error,
    show_path,
)
from kasve_desktop.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services.errors import CannotOpen, DatabaseMissing, StoreError
from kasve_desktop.services.safety import unlocking

DATABASE_FILTER = "*.db"

if TYPE_CHECKING:  # the services pull in SQLAlchemy: imported when needed
    from kasve_desktop.services.database import Database


def database_file_filter() -> str:
    return _("Kasve Desktop databases ({pattern})").format(pattern=DATABASE_FILTER) + ";;" + \
        _("All files (*)")


class UnlockDialog(QDialog):
    CREATE = 2
    DEMO = 3

    def __init__(self, path: Path, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.database: Database | None = None
        self._path = path
        self.failures = 0
        """Wrong passphrases in a row."""
        self.wait = QTimer(self, singleShot=True)
        self.wait.timeout.connect(self._end_wait)
        reserve_lines(self.ui.message)
        self.ui.open_button.clicked.connect(self.unlock)
        self.ui.show_passphrase.toggled.connect(self._show_passphrase)
        self.ui.choose_button.clicked.connect(self._choose_file)
        self.ui.create_button.clicked.connect(self._create)
        self.ui.demo_button.clicked.connect(self._demo)
        self.ui.passphrase.textChanged.connect(self._on_text_changed)
        self.set_path(path)
        self._on_text_changed("")
        self.ui.passphrase.setFocus()

    @property
    def path(self) -> Path:
        return self._path

    def set_path(self, path: Path) -> None:
        self._path = path
        show_path(self.ui.database_path, path)
        missing = "" if path.is_file() else DatabaseMissing(path=str(path)).text()
        show_error(self.ui.message, missing)
        self.failures = unlocking.failures(path)
        if not missing and wait_after(self.failures) > 0:
            show_error(self.ui.message, ngettext(
                "The passphrase was wrong {count} time in a row.",
                "The passphrase was wrong {count} times in a row.",
                self.failures).format(count=self.failures))
            self._start_wait(wait_after(self.failures))

    @Slot()
    def unlock(self) -> None:
        """Open the database with the typed passphrase, or say why not."""
        if not self.ui.passphrase.text() or self.wait.isActive():
            return
        try:
            with busy_cursor():
                from kasve_desktop.services import database

                self.database = database.unlock(self._path, self.ui.passphrase.text(),
                                                self._clock)
        except StoreError as error:
            if isinstance(error, CannotOpen):
                self.failures = unlocking.record_failure(self._path)
            show_error(self.ui.message, error.text())
            self.ui.passphrase.selectAll()
            self.ui.passphrase.setFocus()
            self._start_wait(wait_after(self.failures) if isinstance(error, CannotOpen) else 0)
            return
        self.failures = 0
        unlocking.record_success(self._path)
        self.ui.passphrase.clear()
        self.accept()

    def _start_wait(self, seconds: int) -> None:
        if seconds <= 0:
            return
        self.ui.passphrase.setEnabled(False)
        self.ui.open_button.setEnabled(False)
        show_error(self.ui.message, self.ui.message.text() + " " + ngettext(
            "Try again in {count} second.", "Try again in {count} seconds.",
            seconds).format(count=seconds))
        self.wait.start(seconds * 1000)

    @Slot()
    def _end_wait(self) -> None:
        self.ui.passphrase.setEnabled(True)
        self._on_text_changed(self.ui.passphrase.text())
        self.ui.passphrase.selectAll()
        self.ui.passphrase.setFocus()

    @Slot(bool)
    def _show_passphrase(self, shown: bool) -> None:
        set_echo([self.ui.passphrase], shown)
        self.ui.show_passphrase.setText(_("Hide") if shown else _("Show"))

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self.ui.open_button.setEnabled(bool(text) and not self.wait.isActive())

    @Slot()
    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _("Choose a database"), str(self._path.parent), database_file_filter())
        if chosen:
            self.set_path(Path(chosen))

    @Slot()
    def _create(self) -> None:
        self.done(self.CREATE)

    @Slot()
    def _demo(self) -> None:
        self.done(self.DEMO)
