"""Rekisterit: the registers a person is in, each with its source, basis and dates.

Adding, changing and removing an entry is saved at once (the dialog's OK, the
removal's Yes); the page's Save button is for the basic details only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from kasve_desktop.domain.vocabulary import LEGAL_BASIS_LABELS
from kasve_desktop.gui.common.widgets import mute, translated
from kasve_desktop.gui.forms.ui_person_page import Ui_PersonPage
from kasve_desktop.gui.people.dialogs import EntryDialog
from kasve_desktop.gui.people.records import (
    RecordColumn,
    RecordsModel,
    ask,
    selected_row,
    set_up_table,
)
from kasve_desktop.i18n import N_, _, display_date
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.people import entries
from kasve_desktop.services.people.entries import EntryData, EntryRow
from kasve_desktop.services.registers import registers

ENTRY_COLUMNS = (
    RecordColumn(N_("Register"), lambda r: listing.localized(r.register_name) or r.register_key),
    RecordColumn(N_("Source"), lambda r: r.source, tooltip=lambda r: r.source, stretch=True),
    RecordColumn(N_("Legal basis"), lambda r: translated(LEGAL_BASIS_LABELS, r.legal_basis)),
    RecordColumn(N_("Collected"), lambda r: display_date(r.collected_on)),
    RecordColumn(N_("Last needed"), lambda r: display_date(r.last_needed_on)),
    RecordColumn(N_("Legal hold"), lambda r: _("Yes") if r.legal_hold else ""),
)


class EntriesTab(QObject):
    changed = Signal()
    """An entry was added, changed or removed."""

    def __init__(self, ui: Ui_PersonPage, today: Callable[[], dt.date], parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self._today = today
        self._page = parent
        self._db: Database | None = None
        self._person_id: int | None = None
        self.dialog: EntryDialog | None = None
        self.question: QMessageBox | None = None
        self.model = RecordsModel(ENTRY_COLUMNS, parent=self)
        set_up_table(ui.entries_table, self.model)
        mute(ui.entry_details)
        ui.entries_table.selectionModel().selectionChanged.connect(self._on_current)
        ui.entries_table.doubleClicked.connect(self.edit_entry)
        ui.add_entry_button.clicked.connect(self.add_entry)
        ui.edit_entry_button.clicked.connect(self.edit_entry)
        ui.remove_entry_button.clicked.connect(self.remove_entry)

    def show_person(self, db: Database | None, person_id: int | None) -> None:
        self._db, self._person_id = db, person_id
        rows = entries.list_entries(db, person_id) if db and person_id is not None else []
        self.model.set_rows(rows)
        self._on_current()

    def reload(self) -> None:
        self.show_person(self._db, self._person_id)
        self.changed.emit()

    def current(self) -> EntryRow | None:
        row = selected_row(self.ui.entries_table, self.model)
        return row if isinstance(row, EntryRow) else None

    def retranslate(self) -> None:
        self.model.retranslate()
        self._on_current()

    @Slot()
    def add_entry(self) -> None:
        self._open(None)

    @Slot()
    def edit_entry(self) -> None:
        entry = self.current()
        if entry is not None:
            self._open(entry)

    def _open(self, entry: EntryRow | None) -> EntryDialog | None:
        if self._db is None or self._person_id is None:
            return None
        db, person_id = self._db, self._person_id

        def submit(data: EntryData) -> None:
            entries.save_entry(db, person_id, data)

        dialog = EntryDialog(registers.list_registers(db), entry, self._today(), submit,
                             self._page)
        dialog.accepted.connect(self.reload)
        dialog.reopen = lambda: self._open(entry) if self._person_id == person_id else None
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def remove_entry(self) -> None:
        entry = self.current()
        if entry is None or self._db is None:
            return
        db = self._db
        name = listing.localized(entry.register_name) or entry.register_key

        def remove() -> None:
            entries.remove_entry(db, entry.id)
            self.reload()

        self.question = ask(self._page, _("Remove from the register"),
                            _("Remove the person from the register {name}?").format(name=name),
                            remove, _("The entry, its dates and notes are deleted. The "
                                      "person's other data stays."))

    def _on_current(self, *_args: object) -> None:
        entry = self.current()
        has_person = self._db is not None and self._person_id is not None
        self.ui.add_entry_button.setEnabled(has_person)
        self.ui.edit_entry_button.setEnabled(entry is not None)
        self.ui.remove_entry_button.setEnabled(entry is not None)
        lines = []
        if entry is not None:
            if entry.details:
                lines.append(entry.details_text)
            if entry.note:
                lines.append(_("Note: {note}").format(note=entry.note))
        self.ui.entry_details.setText("\n".join(lines))
        self.ui.entry_details.setVisible(bool(lines))
