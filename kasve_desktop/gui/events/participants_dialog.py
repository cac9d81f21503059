"""The participants of one event: who signed up, whether they attended.

Every change is saved at once: a person added (chosen with the people search), the
attendance marked (the check box in the list, or the buttons: attended, absent, not
known), a participation removed (after Yes). ``changed`` tells the events list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kasve_desktop.clock import local_time
from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.common.widgets import ERROR_STYLE, mute
from kasve_desktop.gui.forms.ui_participants_dialog import Ui_ParticipantsDialog
from kasve_desktop.gui.inbox.person_match import PersonPickerDialog
from kasve_desktop.gui.people.records import (
    RecordColumn,
    RecordsModel,
    ask,
    selected_row,
    set_up_table,
)
from kasve_desktop.i18n import N_, _, display_datetime, display_number, ngettext
from kasve_desktop.services.database import Database
from kasve_desktop.services.events import participants as service
from kasve_desktop.services.events.events import load_event
from kasve_desktop.services.events.participants import ParticipantRow

ATTENDED_COLUMN = 4
ATTENDANCE_LABELS = {True: N_("Attended"), False: N_("Absent"), None: N_("Not known")}
CHECK_STATES = {True: Qt.CheckState.Checked, False: Qt.CheckState.Unchecked,
                None: Qt.CheckState.PartiallyChecked}
PARTICIPANT_COLUMNS = (
    RecordColumn(N_("Name"), lambda r: r.name),
    RecordColumn(N_("E-mail address"), lambda r: r.email),
    RecordColumn(N_("Organisation"), lambda r: r.organisation, stretch=True),
    RecordColumn(N_("Signed up"), lambda r: display_datetime(local_time(r.signed_up_at))),
    RecordColumn(N_("Attendance"), lambda r: _(ATTENDANCE_LABELS[r.attended])),
)


class ParticipantsModel(RecordsModel):
    """The participants; the attendance column is a check box (partly checked: not known).

    Clicking it marks the person attended, or absent if they were marked attended;
    ``mark`` is the service call that stores it.
    """

    def __init__(self, mark: Callable[[ParticipantRow, bool | None], None],
                 parent: QWidget) -> None:
        super().__init__(PARTICIPANT_COLUMNS, parent=parent)
        self._mark = mark

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ATTENDED_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.CheckStateRole and index.isValid()
                and index.column() == ATTENDED_COLUMN and index.row() < len(self.rows)):
            return CHECK_STATES[self.rows[index.row()].attended]
        return super().data(index, role)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid()
                or index.column() != ATTENDED_COLUMN or index.row() >= len(self.rows)):
            return False
        row: ParticipantRow = self.rows[index.row()]
        self._mark(row, row.attended is not True)
        return True

    def replace(self, updated: ParticipantRow) -> None:
        for number, row in enumerate(self.rows):
            if row.id == updated.id:
                self.rows[number] = updated
                self.dataChanged.emit(self.index(number, 0),
                                      self.index(number, len(self.columns) - 1))


class ParticipantsDialog(QDialog):
    changed = Signal()
    """A participation was added or removed, or attendance marked."""

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipantsDialog()
        self.ui.setupUi(self)
        self._db = db
        self.event_id = event_id
        self.picker: PersonPickerDialog | None = None
        self.question: QMessageBox | None = None
        self.model = ParticipantsModel(self.mark, self)
        set_up_table(self.ui.participants, self.model)
        mute(self.ui.summary)
        self._connect()
        self._show_event()
        self.reload()
        self.ui.participants.setFocus()

    def _connect(self) -> None:
        ui = self.ui
        ui.buttons.rejected.connect(self.reject)
        ui.add_button.clicked.connect(self.add_person)
        ui.remove_button.clicked.connect(self.confirm_remove)
        ui.attended_button.clicked.connect(lambda: self._mark_current(True))
        ui.absent_button.clicked.connect(lambda: self._mark_current(False))
        ui.unknown_button.clicked.connect(lambda: self._mark_current(None))
        ui.participants.selectionModel().selectionChanged.connect(self._update_buttons)
        remove = QShortcut(QKeySequence.StandardKey.Delete, ui.participants)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.confirm_remove)

    def _show_event(self) -> None:
        try:
            event = load_event(self._db, self.event_id)
        except UserError as error:
            self.say(error.text())
            return
        self.setWindowTitle(_("Participants: {name}").format(name=event.name))
        self.ui.event_info.setText(event.name)

    # --- the list -------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            rows = service.participants(self._db, self.event_id)
        except UserError as error:
            rows = []
            self.say(error.text())
            self.ui.add_button.setEnabled(False)
        self.model.set_rows(rows)
        self.reload_summary()
        self._update_buttons()

    def current(self) -> ParticipantRow | None:
        row = selected_row(self.ui.participants, self.model)
        return row if isinstance(row, ParticipantRow) else None

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.ui.remove_button, self.ui.attended_button, self.ui.absent_button,
                       self.ui.unknown_button):
            button.setEnabled(chosen)

    def say(self, text: str) -> None:
        self.ui.message.setStyleSheet(ERROR_STYLE)
        self.ui.message.setText(text)
        self.ui.message.setVisible(bool(text))

    # --- attendance -----------------------------------------------------------------------

    def mark(self, row: ParticipantRow, attended: bool | None) -> None:
        try:
            updated = service.set_attended(self._db, row.id, attended)
        except UserError as error:
            self.say(error.text())
            self.reload()
            return
        self.say("")
        self.model.replace(updated)
        self.reload_summary()
        self.changed.emit()

    def reload_summary(self) -> None:
        rows = self.model.rows
        attended = sum(1 for r in rows if r.attended)
        self.ui.summary.setText(ngettext(
            "{count} participant, {attended} marked as attended.",
            "{count} participants, {attended} marked as attended.", len(rows)).format(
            count=display_number(len(rows)), attended=display_number(attended)))

    def _mark_current(self, attended: bool | None) -> None:
        row = self.current()
        if row is not None:
            self.mark(row, attended)

    # --- adding and removing --------------------------------------------------------------

    @Slot()
    def add_person(self) -> None:
        picker = PersonPickerDialog(self._db, "", self)
        picker.setWindowTitle(_("Add a participant"))
        picker.ui.request_info.setText(_("Choose the person to sign up for the event."))
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._add_chosen(picker))
        self.picker = picker
        picker.open()

    def _add_chosen(self, picker: PersonPickerDialog) -> None:
        self.picker = None
        person = picker.person
        if person is None:
            return
        try:
            added = service.add_participant(self._db, self.event_id, person.id,
                                            self._db.clock.now())
        except UserError as error:
            self.say(error.text())
            return
        self.say("")
        self.reload()
        self._select(added.id)
        self.changed.emit()

    def _select(self, participation_id: int) -> None:
        for number, row in enumerate(self.model.rows):
            if row.id == participation_id:
                self.ui.participants.selectRow(number)

    @Slot()
    def confirm_remove(self) -> None:
        row = self.current()
        if row is None:
            return
        self.question = ask(self, _("Remove the participation"),
                            _("Remove {name} from the participants?").format(name=row.name),
                            lambda: self.remove(row))

    def remove(self, row: ParticipantRow) -> None:
        self.question = None
        try:
            service.remove_participation(self._db, row.id)
        except UserError as error:
            self.say(error.text())
            return
        self.say("")
        self.reload()
        self.changed.emit()
