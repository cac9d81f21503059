"""Tiedosto ▸ Palauta varmuuskopio…: a backup file, its passphrase, a preview, the restore.

The chosen file is first opened with the open database's passphrase (the common case
needs no typing); only when it does not open with it (a backup made before a passphrase
change) is its passphrase asked. The preview (``RestoreDialog``) says what it holds
and what is replaced. On confirmation every area is asked about unsaved work, then the
owner's ``replace_database`` (``AppController``) closes the database, runs
``services.safety.backups.restore`` on the closed file and reopens it. The restored
database keeps the passphrase in use now, even when the backup was made under an older
one (a passphrase changed for a reason is not brought back). A failure anywhere is
explained and the original database stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from kasve_desktop.clock import Clock
from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.common.widgets import busy_cursor
from kasve_desktop.gui.safety.restore_dialog import RestoreDialog
from kasve_desktop.i18n import _
from kasve_desktop.services.database import Database
from kasve_desktop.services.safety.backups import (
    BackupContents,
    BackupUnusable,
    Restored,
    RestoredUnchecked,
    inspect,
    restore,
    safety_path,
    wrong_passphrase,
)

Replacer = Callable[[Callable[[Path], Restored], str], Restored]
"""``AppController.replace_database``: close, run the work on the file, reopen."""


class Restorer(QObject):
    """Restores the open database from a backup the user chooses."""

    restored = Signal(str)
    """A confirmation for the status bar."""

    def __init__(self, clock: Clock, confirm_leave: Callable[[Callable[[], object]], None],
                 window: QWidget) -> None:
        super().__init__(window)
        self._clock, self._confirm_leave, self._window = clock, confirm_leave, window
        self._db: Database | None = None
        self._replace: Replacer | None = None
        self.start_folder: Callable[[], Path] = Path.home
        self.file_dialog: QFileDialog | None = None
        self.passphrase_dialog: QInputDialog | None = None
        self.preview: RestoreDialog | None = None
        self.message: QMessageBox | None = None

    def set_database(self, db: Database | None, demo: bool = False) -> None:
        """The database to restore (None, or the demo's: nothing to restore)."""
        self._db = None if demo or (db is not None and db.read_only) else db

    def set_replacer(self, replace: Replacer | None) -> None:
        self._replace = replace

    @property
    def available(self) -> bool:
        return self._db is not None and self._replace is not None

    @Slot()
    def choose_file(self) -> None:
        if not self.available:
            return
        dialog = QFileDialog(self._window, _("Restore a backup"), str(self.start_folder()),
                             _("Backups (*.bak);;All files (*)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.open_backup)
        self.file_dialog = dialog
        dialog.open()

    @Slot(str)
    def open_backup(self, path: str) -> None:
        """Look into the backup with the open database's passphrase, else ask for its own."""
        self.file_dialog = None
        if self._db is None or not path:
            return
        self.try_passphrase(Path(path), self._db.key.value(), first=True)

    def try_passphrase(self, path: Path, passphrase: str, first: bool = False) -> None:
        try:
            with busy_cursor():
                contents = inspect(path, passphrase)
        except BackupUnusable as error:
            if wrong_passphrase(error):
                self._ask_passphrase(path, again=not first)
            else:
                self._show_message(QMessageBox.Icon.Warning, error.text())
            return
        self._show_preview(contents, passphrase)

    def _ask_passphrase(self, path: Path, again: bool) -> None:
        dialog = QInputDialog(self._window)
        dialog.setObjectName("backup_passphrase")
        dialog.setWindowTitle(_("Restore a backup"))
        text = _("{file} does not open with the database's current passphrase. It may have "
                 "been made before the passphrase was changed: type the passphrase it was "
                 "made with.").format(file=path.name)
        if again:
            text = _("That passphrase did not open it either.") + "\n\n" + text
        dialog.setLabelText(text)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(_("Open the backup"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda value: self._on_passphrase(path, value))
        self.passphrase_dialog = dialog
        dialog.open()

    def _on_passphrase(self, path: Path, passphrase: str) -> None:
        self.passphrase_dialog = None
        self.try_passphrase(path, passphrase)

    def _show_preview(self, contents: BackupContents, passphrase: str) -> None:
        assert self._db is not None
        safety = safety_path(self._db.path, self._clock)
        dialog = RestoreDialog(contents, self._db.path, safety, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(
            lambda result: self._on_preview_finished(result, contents.path, passphrase, safety))
        self.preview = dialog
        dialog.open()

    def _on_preview_finished(self, result: int, backup: Path, passphrase: str,
                             safety: Path) -> None:
        self.preview = None
        if result == QDialog.DialogCode.Accepted:
            self._confirm_leave(lambda: self.restore(backup, passphrase, safety))

    def restore(self, backup: Path, passphrase: str, safety: Path) -> None:
        """Replace the open database by ``backup`` (through the owner), then say how it went."""
        if self._replace is None or self._db is None:
            return
        current = self._db.key.value()
        clock = self._clock
        try:
            with busy_cursor():
                done = self._replace(
                    lambda database: restore(backup, database, passphrase, clock, safety,
                                             current=current),
                    current)
        except RestoredUnchecked as error:  # done, but not opened and checked: said as it is
            self._show_message(QMessageBox.Icon.Warning, error.text())
            return
        except UserError as error:
            self._show_message(QMessageBox.Icon.Warning, error.text() + "\n\n" + _(
                "The database was not replaced; it is open as it was."))
            return
        self._show_message(QMessageBox.Icon.Information,
                           self._done_text(backup, done, passphrase != current))
        self.restored.emit(_("Database restored from {file}").format(file=backup.name))

    @staticmethod
    def _done_text(backup: Path, done: Restored, other_passphrase: bool) -> str:
        lines = [_("The database was restored from {file}.").format(file=backup)]
        if done.safety is not None:
            lines.append(_("The database it replaced was saved at {safety}.").format(
                safety=done.safety))
        lines.append(_("Check: everything in order.") if done.report.ok else _(
            "Check: problems found (integrity {integrity}, audit chain broken at {broken})."
        ).format(integrity=", ".join(done.report.integrity), broken=done.report.audit_broken_at))
        if other_passphrase:
            lines.append(_("The backup was made under another passphrase; the restored "
                           "database keeps the current one."))
        return "\n\n".join(lines)

    def _show_message(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, _("Restore a backup"), text, QMessageBox.StandardButton.Ok,
                          self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
