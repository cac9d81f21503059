"""Exporting events to an encrypted transfer file, to be imported at the workstation.

The events to carry are checked in a list; the file is keyed with a transfer
passphrase typed twice (the domain's rule: at least ten characters) and saved
under ``tapahtuma-<event>-<date>.kasvesiirto`` in the Documents folder unless the
user chooses another file. Every problem is said under its field and nothing is
written; an existing file is replaced only after Yes. On success the counts are
shown and the dialog closes (``exported`` carries the same text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.passphrase import PassphraseError, check_new
from kasve_desktop.gui.common.widgets import busy_cursor, mute, reserve_lines, show_error
from kasve_desktop.gui.events.transfer_dialogs import (
    SUFFIX,
    default_file_name,
    documents_folder,
    export_text,
    transfer_file_filter,
)
from kasve_desktop.i18n import _, display_date
from kasve_desktop.services.database import Database
from kasve_desktop.services.events import transfer
from kasve_desktop.services.events.transfer import ExportSummary

EventChoice = tuple[int, str, dt.date]
"""An event offered: its id, name and first day."""


def _buddy(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label


class TransferExportDialog(QDialog):
    """Choose events and a passphrase, write the transfer file."""

    exported = Signal(str)
    """The file was written; the text says how much it holds."""

    def __init__(self, db: Database, events: Sequence[EventChoice],
                 today: Callable[[], dt.date], parent: QWidget | None = None,
                 checked: Collection[int] | None = None) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self._own_path = False
        self.question: QMessageBox | None = None
        self._pending: Path | None = None
        self.notice: QMessageBox | None = None
        self.summary: ExportSummary | None = None
        self.result_text = ""
        self.setWindowTitle(_("Export to a transfer file"))
        self._build()
        self._fill(events, checked)
        self._connect()
        self._suggest_path()
        self.passphrase.setFocus()

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(_("The chosen events, their participants and the consents given at "
                         "them are written to a file encrypted with the passphrase below. "
                         "Give the passphrase to the importer by another route than the "
                         "file."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.events_label = QLabel(_("&Events:"))
        self.events = QListWidget()
        self.events.setObjectName("events")
        self.events_label.setBuddy(self.events)
        self.events_error = self._error_label("events_error")
        layout.addWidget(self.events_label)
        layout.addWidget(self.events, 1)
        layout.addWidget(self.events_error)
        layout.addLayout(self._form())
        self.message = self._error_label("message")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(_("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        layout.addWidget(self.buttons)
        self.resize(640, 480)

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        reserve_lines(label, 1)
        return label

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_error = self._error_label("passphrase_error")
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.choose_button = QPushButton(_("&Choose…"))
        self.choose_button.setObjectName("choose_button")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        self.path_error = self._error_label("path_error")
        hint = QLabel(_("At least 10 characters. Several words are easy to remember."))
        mute(hint)
        form.addRow(_buddy(_("&Passphrase:"), self.passphrase), self.passphrase)
        form.addRow(_buddy(_("Passphrase &again:"), self.repeat), self.repeat)
        form.addRow("", hint)
        form.addRow("", self.passphrase_error)
        form.addRow(_buddy(_("&File:"), self.path), row)
        form.addRow("", self.path_error)
        return form

    def _fill(self, events: Sequence[EventChoice], checked: Collection[int] | None) -> None:
        chosen = {e[0] for e in events} if checked is None else set(checked)
        for event_id, name, starts_on in events:
            item = QListWidgetItem(f"{name} – {display_date(starts_on)}")
            item.setData(Qt.ItemDataRole.UserRole, event_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if event_id in chosen
                               else Qt.CheckState.Unchecked)
            self.events.addItem(item)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.start_export)
        self.choose_button.clicked.connect(self.choose_file)
        self.events.itemChanged.connect(self._on_event_checked)
        self.path.textEdited.connect(self._on_path_edited)

    # --- the choices ----------------------------------------------------------------

    def _items(self) -> list[QListWidgetItem]:
        return [self.events.item(row) for row in range(self.events.count())]

    def chosen_ids(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self._items()
                if i.checkState() == Qt.CheckState.Checked]

    def set_checked(self, event_id: int, checked: bool) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == event_id:
                item.setCheckState(Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)

    def _first_name(self) -> str:
        names = [str(i.data(Qt.ItemDataRole.UserRole + 1)) for i in self._items()
                 if i.checkState() == Qt.CheckState.Checked]
        return names[0] if names else ""

    def _suggest_path(self) -> None:
        if not self._own_path:
            self.path.setText(str(documents_folder()
                                  / default_file_name(self._first_name(), self._today())))

    @Slot(QListWidgetItem)
    def _on_event_checked(self, _item: QListWidgetItem) -> None:
        self._suggest_path()
        if self.chosen_ids():
            self.events_error.setText("")

    @Slot(str)
    def _on_path_edited(self, _text: str) -> None:
        self._own_path = True

    @Slot()
    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _("Export to a transfer file"), self.path.text(), transfer_file_filter(),
            options=QFileDialog.Option.DontUseNativeDialog
            | QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self._own_path = True
            self.path.setText(chosen)

    def file_path(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix else path.with_suffix(SUFFIX)

    # --- exporting ------------------------------------------------------------------

    def check(self) -> bool:
        """Say every problem under its field; True if there is none."""
        show_error(self.events_error, "" if self.chosen_ids()
                   else _("Choose at least one event."))
        problem = ""
        try:
            check_new(self.passphrase.text())
        except PassphraseError as error:
            problem = error.text()
        if not problem and self.passphrase.text() != self.repeat.text():
            problem = _("The passphrases do not match.")
        show_error(self.passphrase_error, problem)
        show_error(self.path_error, "" if self.file_path() else _("Choose the file."))
        show_error(self.message, "")
        return not (self.events_error.text() or problem or self.path_error.text())

    @Slot()
    def start_export(self) -> None:
        if not self.check():
            return
        path = self.file_path()
        assert path is not None
        if path.exists():
            self._ask_to_replace(path)
            return
        self.export(path)

    def _ask_to_replace(self, path: Path) -> None:
        """Yes/No (No by default); the answer goes to a slot, not to a closure over the
        dialog (PySide 6.12 crashes deleting such a closure with its parentless dialog)."""
        box = QMessageBox(QMessageBox.Icon.Question, _("Replace the file"),
                          _("The file {name} already exists. Replace it?").format(
                              name=path.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(self._on_replace_answered)
        self._pending = path
        self.question = box
        box.open()

    @Slot(int)
    def _on_replace_answered(self, _result: int) -> None:
        box, path = self.question, self._pending
        self.question, self._pending = None, None
        if box is None or path is None:
            return
        box.deleteLater()
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self.export(path)

    def export(self, path: Path) -> None:
        """Write the file (the checks passed); on success report and close."""
        try:
            with busy_cursor():
                summary = transfer.export_events(self._db, self.chosen_ids(), path,
                                                 self.passphrase.text())
        except UserError as error:
            show_error(self.message, error.text())
            return
        except OSError as error:
            show_error(self.message, _("The file could not be written: {reason}").format(
                reason=error.strerror or str(error)))
            return
        self.summary = summary
        self.result_text = _("Exported to {name}: {counts}.").format(
            name=path.name, counts=export_text(summary))
        self.exported.emit(self.result_text)
        self._tell(self.result_text)
        self.accept()

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, _("Export to a transfer file"), text,
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = box
        box.open()
