"""Tapahtumat: the events a person signed up for, the latest first, read only.

Sign-ups are added, removed and marked in the Events area's participants view.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.people.records import RecordColumn, RecordsModel, set_up_table
from kasve_desktop.i18n import N_, _, display_date
from kasve_desktop.services.database import Database
from kasve_desktop.services.events.participants import PersonEventRow, person_events

ATTENDANCE_LABELS = {True: N_("Attended"), False: N_("Absent"), None: N_("Not known")}


def event_dates(row: PersonEventRow) -> str:
    if row.ends_on is None or row.ends_on == row.starts_on:
        return display_date(row.starts_on)
    return f"{display_date(row.starts_on)}–{display_date(row.ends_on)}"


EVENT_COLUMNS = (
    RecordColumn(N_("Event"), lambda r: r.name, tooltip=lambda r: r.name, stretch=True),
    RecordColumn(N_("Date"), event_dates),
    RecordColumn(N_("Attendance"), lambda r: _(ATTENDANCE_LABELS[r.attended])),
)


class PersonEventsTab(QWidget):
    """The tab's list; ``show_person`` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("events_tab")
        self.table = QTableView(self)
        self.table.setObjectName("events_table")
        self.note = QLabel(self)
        self.note.setObjectName("events_note")
        self.note.setWordWrap(True)
        mute(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        self.model = RecordsModel(EVENT_COLUMNS, parent=self)
        set_up_table(self.table, self.model)
        self.retranslate()

    def show_person(self, db: Database | None, person_id: int | None) -> None:
        rows: list[PersonEventRow] = []
        if db is not None and person_id is not None:
            try:
                rows = person_events(db, person_id)
            except UserError:
                rows = []
        self.model.set_rows(rows)
        self._show_note()

    def retranslate(self) -> None:
        self.model.retranslate()
        self._show_note()

    def _show_note(self) -> None:
        self.note.setText(_("Not signed up for any event.") if not self.model.rows else
                          _("Sign-ups are added and removed in the Events area, under "
                            "Participants."))
