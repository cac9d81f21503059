"""Importing a transfer file: open it with its passphrase, look at the preview, import.

Step 1 reads the file (``read_transfer``: a wrong passphrase or a damaged file is
said in the dialog, nothing changes). Step 2 shows the new events and a row per
person of the file: how the person was matched, the fields that differ, and a
choice where there is one to make: keep the workstation's values, take the
event's or keep both persons; for a person suggested by name and organisation,
whether it is the same person. The summary line follows every choice
(``summarise``). Import writes everything in one transaction (``apply_transfer``),
emits ``changed`` and closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.common.widgets import busy_cursor, reserve_lines, show_error
from kasve_desktop.gui.events.transfer_dialogs import (
    CHOICES,
    COLUMNS,
    Choice,
    choices_for,
    differences_text,
    documents_folder,
    summary_text,
    transfer_file_filter,
    what_happens,
)
from kasve_desktop.i18n import _, display_number, ngettext
from kasve_desktop.services.database import Database
from kasve_desktop.services.events import transfer
from kasve_desktop.services.events.transfer import (
    PersonMatch,
    Policy,
    TransferPreview,
    TransferSummary,
)

EMAIL_COLUMN, WHAT_COLUMN, DIFFERENCES_COLUMN = 1, 2, 3
CHOICE_COLUMN = len(COLUMNS) - 1
WHAT_WIDTH = 220
EMAIL_WIDTH = 210
CHOICE_WIDTH = 230
ROW_PADDING = 8
FILE_SIZE, PREVIEW_SIZE = (640, 260), (1240, 560)


def _buddy(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label


class TransferImportDialog(QDialog):
    """Open a transfer file, preview what it changes, import it."""

    changed = Signal()
    """The import wrote something (events, people, sign-ups or consents)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.preview: TransferPreview | None = None
        self.summary: TransferSummary | None = None
        self.notice: QMessageBox | None = None
        self.result_text = ""
        self.setWindowTitle(_("Import a transfer file"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._preview_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self._buttons())
        self._connect()
        self._show_step(0)
        self.resize(*FILE_SIZE)

    # --- building -------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(_("Choose the transfer file exported from another database and type "
                         "the passphrase it was exported with. Nothing is imported before "
                         "you have seen what the file would change."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.choose_button = QPushButton(_("&Choose…"))
        self.choose_button.setObjectName("choose_button")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(_buddy(_("&File:"), self.path), row)
        form.addRow(_buddy(_("&Passphrase:"), self.passphrase), self.passphrase)
        layout.addLayout(form)
        self.open_message = QLabel()
        self.open_message.setObjectName("open_message")
        self.open_message.setWordWrap(True)
        reserve_lines(self.open_message, 2)
        layout.addWidget(self.open_message)
        layout.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.file_info = QLabel()
        self.file_info.setObjectName("file_info")
        self.file_info.setWordWrap(True)
        layout.addWidget(self.file_info)
        self.persons = QTableWidget(0, len(COLUMNS))
        self.persons.setObjectName("persons")
        self.persons.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        self.persons.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.persons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.persons.setWordWrap(True)
        self.persons.verticalHeader().setVisible(False)
        header = self.persons.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EMAIL_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.persons.setColumnWidth(EMAIL_COLUMN, EMAIL_WIDTH)
        header.setSectionResizeMode(CHOICE_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.persons.setColumnWidth(CHOICE_COLUMN, CHOICE_WIDTH)
        header.setSectionResizeMode(DIFFERENCES_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.persons.setColumnWidth(WHAT_COLUMN, WHAT_WIDTH)
        header.sectionResized.connect(self._fit_rows)
        layout.addWidget(self.persons, 1)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        reserve_lines(self.summary_label, 2)
        layout.addWidget(self.summary_label)
        return page

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        self.back_button = buttons.addButton(_("&Back"), QDialogButtonBox.ButtonRole.ResetRole)
        self.open_button = buttons.addButton(_("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(_("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        for name, button in (("back_button", self.back_button),
                             ("open_button", self.open_button),
                             ("import_button", self.import_button)):
            button.setObjectName(name)
        self.buttons = buttons
        return buttons

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_file)
        self.back_button.clicked.connect(lambda: self._show_step(0))
        self.import_button.clicked.connect(self.import_file)

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.open_button.setVisible(step == 0)
        self.back_button.setVisible(step == 1)
        self.import_button.setVisible(step == 1)
        self.open_button.setDefault(step == 0)
        self.import_button.setDefault(step == 1)
        if step == 0:
            self.passphrase.setFocus()

    # --- step 1: the file -----------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        start = self.path.text() or str(documents_folder())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _("Import a transfer file"), start, transfer_file_filter(),
            options=QFileDialog.Option.DontUseNativeDialog)
        if chosen:
            self.path.setText(chosen)
            self.passphrase.setFocus()

    @Slot()
    def open_file(self) -> None:
        """Read the file and show the preview; a problem is said and step 1 stays."""
        text = self.path.text().strip()
        path = Path(text).expanduser() if text else None
        if path is None or not path.is_file():
            show_error(self.open_message, _("Choose the transfer file.") if path is None
                       else _("No file was found at {path}.").format(path=path))
            return
        try:
            with busy_cursor():
                preview = transfer.read_transfer(self._db, path, self.passphrase.text())
        except UserError as error:
            show_error(self.open_message, error.text())
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        show_error(self.open_message, "")
        self.show_preview(preview, path)

    # --- step 2: the preview --------------------------------------------------------

    def show_preview(self, preview: TransferPreview, path: Path) -> None:
        self.preview = preview
        self.file_info.setText(self._file_info(preview, path))
        self._fill_persons(preview)
        self._show_step(1)
        self.resize(max(self.width(), PREVIEW_SIZE[0]), max(self.height(), PREVIEW_SIZE[1]))
        self.update_summary()
        self.persons.setFocus()
        QTimer.singleShot(0, self._fit_rows)  # once the shown page has laid out its columns

    def _file_info(self, preview: TransferPreview, path: Path) -> str:
        content = preview.content
        events, persons = len(content.events), len(content.persons)
        text = _("{name}: {events}, {persons}.").format(
            name=path.name,
            events=ngettext("{count} event", "{count} events", events).format(
                count=display_number(events)),
            persons=ngettext("{count} person", "{count} people", persons).format(
                count=display_number(persons)))
        new = preview.new_events
        if new:
            text += " " + ngettext("New event: {names}.", "New events: {names}.",
                                   len(new)).format(names=", ".join(new))
        else:
            text += " " + _("The events are already at the workstation.")
        return text

    def _fill_persons(self, preview: TransferPreview) -> None:
        table = self.persons
        table.setRowCount(len(preview.persons))
        content = preview.content
        for row, match in enumerate(preview.persons):
            person = match.person
            signed = sum(p.person_uid == person.uid for p in content.participations)
            consents = sum(c.person_uid == person.uid for c in content.consents)
            cells = (f"{person.first_name} {person.last_name}".strip(),
                     "\n".join(person.emails), what_happens(match), differences_text(match),
                     display_number(signed), display_number(consents))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
            combo = self._choice_combo(match)
            if combo is not None:
                table.setCellWidget(row, CHOICE_COLUMN, combo)
        self._fit_rows()

    @Slot()
    def _fit_rows(self) -> None:
        """Rows as high as their wrapped text (with some air) once the columns are laid out."""
        table = self.persons
        for row in range(table.rowCount()):
            table.setRowHeight(row, table.sizeHintForRow(row) + ROW_PADDING)

    def _choice_combo(self, match: PersonMatch) -> QComboBox | None:
        offered = choices_for(match)
        if not offered:
            return None
        combo = QComboBox()
        for choice in offered:
            combo.addItem(_(CHOICES[choice]).format(name=match.suggestion_name), choice)
        combo.currentIndexChanged.connect(self._on_choice_changed)
        return combo

    def choice_combo(self, row: int) -> QComboBox | None:
        """The choice of row ``row`` (None if the person has nothing to choose)."""
        widget = self.persons.cellWidget(row, CHOICE_COLUMN)
        return widget if isinstance(widget, QComboBox) else None

    def row_of(self, first_name: str) -> int:
        """The row of the file's person with this first name (for tests and selection)."""
        assert self.preview is not None
        return next(n for n, m in enumerate(self.preview.persons)
                    if m.person.first_name == first_name)

    def set_choice(self, row: int, choice: Choice) -> None:
        combo = self.choice_combo(row)
        assert combo is not None and combo.findData(choice) >= 0
        combo.setCurrentIndex(combo.findData(choice))

    def choices(self) -> tuple[dict[str, Policy], set[str]]:
        """The policy of each person with a choice, and the suggestions accepted."""
        policies: dict[str, Policy] = {}
        accepted: set[str] = set()
        assert self.preview is not None
        for row, match in enumerate(self.preview.persons):
            combo = self.choice_combo(row)
            if combo is None:
                continue
            choice = Choice(combo.currentData())
            policies[match.person.uid] = choice.policy
            if choice.accepts:
                accepted.add(match.person.uid)
        return policies, accepted

    @Slot(int)
    def _on_choice_changed(self, _index: int) -> None:
        self.update_summary()

    def update_summary(self) -> None:
        assert self.preview is not None
        policies, accepted = self.choices()
        summary = transfer.summarise(self.preview, Policy.KEEP, policies, accepted)
        self.summary = summary
        nothing = not (summary.new_persons or summary.matched_persons or summary.new_events
                       or summary.participations or summary.consents
                       or self.preview.additions)
        if nothing:
            show_error(self.summary_label, _("The file has already been imported: nothing "
                                             "would change."))
        else:
            self.summary_label.setStyleSheet("")
            self.summary_label.setText(summary_text(summary))
        self.import_button.setEnabled(not nothing)

    # --- importing ------------------------------------------------------------------

    @Slot()
    def import_file(self) -> None:
        if self.preview is None or not self.import_button.isEnabled():
            return
        policies, accepted = self.choices()
        try:
            with busy_cursor():
                summary = transfer.apply_transfer(self._db, self.preview, Policy.KEEP,
                                                  policies, accepted)
        except UserError as error:
            show_error(self.summary_label, error.text())
            return
        self.summary = summary
        if not summary.written:
            show_error(self.summary_label, _("The file has already been imported: nothing "
                                             "would change."))
            self.import_button.setEnabled(False)
            return
        self.result_text = _("Imported: {summary}.").format(summary=summary_text(summary))
        self.changed.emit()
        self._tell(self.result_text)
        self.accept()

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, _("Import a transfer file"), text,
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = box
        box.open()
