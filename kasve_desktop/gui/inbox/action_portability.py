"""Portability (Art. 20): make the machine-readable files, then save copies where the user says.

Making the files stores them with the request, inside the encrypted database.
Copies on disk are written only to a folder the user chooses, under the names
the files have in the request (``2026-0042-tiedot.json``), readable by the
user only; an existing file is replaced only after asking.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Slot
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from kasve_desktop.gui.common.widgets import show_error
from kasve_desktop.gui.forms.ui_action_portability_dialog import Ui_PortabilityDialog
from kasve_desktop.gui.inbox.action_base import ActionDialog
from kasve_desktop.i18n import _
from kasve_desktop.paths import make_private, write_private
from kasve_desktop.services.database import Database
from kasve_desktop.services.requests import actions as request_actions
from kasve_desktop.services.requests.actions import ExportDone
from kasve_desktop.services.requests.detail import RequestDetail
from kasve_desktop.services.requests.intake import NewAttachment

SAVED_STYLE = "color: #1b6e3c;"


def write_copies(folder: Path, files: tuple[NewAttachment, ...]) -> list[Path]:
    """Write the files into ``folder`` (owner-only); raises ``OSError``."""
    written = []
    for file in files:
        path = folder / file.filename
        write_private(path, file.content)
        make_private(path)
        written.append(path)
    return written


class PortabilityDialog(ActionDialog):
    """Make the export files, store them with the request, save copies on request."""

    def __init__(self, db: Database, today: Callable[[], dt.date], detail: RequestDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, today, detail, parent)
        self.ui = Ui_PortabilityDialog()
        self.ui.setupUi(self)
        self.question: QMessageBox | None = None
        self.setup(_("Machine-readable copy for {name}").format(name=detail.person_name),
                   _("The data the person provided is written as JSON and as CSV and stored "
                     "with request {reference}. Afterwards you can save copies to a folder, "
                     "e.g. to send them to the person.").format(reference=detail.reference))
        self.ui.contents.setText(_(
            "Included: name, e-mail addresses, phone numbers, address, language and the other "
            "basic details the person gave; the fields of each register entry; consents; "
            "objections to direct marketing; event participations. Not included: our own "
            "notes, the customer number and other data we derived or assigned."))
        self.ok_button().setText(_("Make the files"))
        self.ui.save_button.clicked.connect(self.choose_folder)

    def accept(self) -> None:
        if self.run(lambda: request_actions.export_data(self.db, self.detail.id,
                                                        self.today())):
            files = ", ".join(file.filename for file in self.files())
            self.ui.status.setStyleSheet(SAVED_STYLE)
            self.ui.status.setText(_("Stored with the request: {files}").format(files=files))
            self.ui.save_button.setEnabled(True)
            self.ui.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.ui.save_button.setFocus()

    def files(self) -> tuple[NewAttachment, ...]:
        return self.outcome.files if isinstance(self.outcome, ExportDone) else ()

    @Slot()
    def choose_folder(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QFileDialog.getExistingDirectory(self, _("Save the copies in a folder"), start)
        if folder:
            self.save_copies(Path(folder))

    def save_copies(self, folder: Path) -> bool:
        """Write the copies into ``folder``, asking before replacing; True when written."""
        existing = [f.filename for f in self.files() if (folder / f.filename).exists()]
        if existing and not self._may_replace(existing):
            return False
        try:
            write_copies(folder, self.files())
        except OSError as error:
            show_error(self.ui.error, _("The copies could not be saved: {reason}").format(
                reason=error.strerror or str(error)))
            return False
        self.show_problem("")
        self.ui.status.setText(_("Saved in {folder}: {files}").format(
            folder=folder, files=", ".join(f.filename for f in self.files())))
        return True

    def _may_replace(self, names: list[str]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, _("Replace the files?"),
                          _("The folder already has {files}. Replace them?").format(
                              files=", ".join(names)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.question = box
        answer = box.exec()
        self.question = None
        return bool(answer == QMessageBox.StandardButton.Yes)
