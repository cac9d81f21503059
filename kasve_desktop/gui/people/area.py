"""Henkilöt: find a person, see and edit everything kept about them.

A search box on top filters the list as you type (after a short pause, so
that typing stays fluid; the search runs through the list's lazy fetch). The
chosen person's page is beside the list. Leaving a person with unsaved
changes (choosing another, a new person, locking, closing the window) asks
Save / Discard / Cancel first. "Estolista…" saves the suppression list (who
must not be marketed to) as a CSV file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from kasve_desktop.gui.common.save_files import remember_folder, start_folder
from kasve_desktop.gui.common.table_area import TableArea
from kasve_desktop.gui.common.table_model import ID_ROLE, Column, ListSource
from kasve_desktop.gui.common.widgets import ERROR_STYLE
from kasve_desktop.gui.common.worker import Job
from kasve_desktop.gui.people.duplicates_dialog import DuplicatesDialog
from kasve_desktop.gui.people.import_dialog import ImportDialog
from kasve_desktop.gui.people.person_page import SAVED_STYLE, PersonPage
from kasve_desktop.i18n import N_, _, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import PersonRow
from kasve_desktop.services.people import search, suppression
from kasve_desktop.services.people.persons import PersonNotFound

SEARCH_DELAY_MS = 150
HIDDEN_COLUMNS = (3, 4, 5)  # organisation, municipality, registers: the page shows them
SPLITTER_SIZES = (430, 770)
MIN_LIST_WIDTH = 150
MIN_PAGE_WIDTH = 260
MIN_HEIGHT = 200
SUPPRESSION_FILE = "estolista.csv"


def phones(row: PersonRow) -> str:
    return ", ".join(listing.display_phone(number) for number in row.phones)


class SubjectsArea(TableArea):
    title = N_("People")
    icon_name = "people"
    description = N_("The people whose data is kept, with their contact details and the "
                     "registers they are in. Search by name, e-mail, phone number, "
                     "organisation, municipality, customer number or business ID.")
    empty_text = N_("No people yet.")

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        self.page: PersonPage | None = None
        super().__init__(today, parent)
        self._db: Database | None = None
        self._query = ""
        self._selecting = False
        self.dialog: QWidget | None = None
        self.job: Job | None = None
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.page = PersonPage(today, self)
        self._build()
        self._connect()
        self.retranslate()

    # --- set-up ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = self.ui.area_layout
        layout.removeWidget(self.ui.content)
        layout.addLayout(self._tool_row())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.ui.content)
        assert self.page is not None
        self.splitter.addWidget(self.page)
        self.splitter.setSizes(list(SPLITTER_SIZES))
        self.splitter.setStretchFactor(1, 1)
        # Below these the parts clip rather than forcing a minimum size on the window.
        self.ui.content.setMinimumSize(MIN_LIST_WIDTH, MIN_HEIGHT)
        self.page.setMinimumSize(MIN_PAGE_WIDTH, MIN_HEIGHT)
        layout.addWidget(self.splitter, 1)
        for column in HIDDEN_COLUMNS:
            self.ui.table.hideColumn(column)

    def _tool_row(self) -> QHBoxLayout:
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.new_button = self._button("new_button")
        self.import_button = self._button("import_button")
        self.duplicates_button = self._button("duplicates_button")
        self.suppression_button = self._button("suppression_button")
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.search, 1)
        for button in (self.new_button, self.import_button, self.duplicates_button,
                       self.suppression_button):
            row.addWidget(button)
        return row

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _connect(self) -> None:
        assert self.page is not None
        self.ui.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.fetched.connect(self._on_rows_fetched)
        self.search.textChanged.connect(self._on_search_typed)
        self.search_timer.timeout.connect(self.run_search)
        self.new_button.clicked.connect(self.new_person)
        self.suppression_button.clicked.connect(self.choose_suppression_file)
        self.import_button.clicked.connect(self.import_people)
        self.duplicates_button.clicked.connect(self.find_duplicates)
        self.page.saved.connect(self._on_saved)
        self.page.changed.connect(self.model.refresh)

    # --- TableArea ------------------------------------------------------------------

    def columns(self) -> list[Column[Any]]:
        return [
            Column("name", N_("Name"), lambda r: r.name),
            Column("emails", N_("E-mail addresses"), lambda r: ", ".join(r.emails),
                   tooltip=lambda r: "\n".join(r.emails)),
            Column("phones", N_("Phone numbers"), phones),
            Column("organisation", N_("Organisation"), lambda r: r.organisation),
            Column("municipality", N_("Municipality"), lambda r: r.municipality),
            Column("registers", N_("Registers"), lambda r: ", ".join(r.register_keys)),
        ]

    def source(self, db: Database) -> ListSource[PersonRow]:
        query = self._query
        if not query:
            return ListSource(lambda: listing.person_count(db),
                              lambda page: listing.person_page(db, page))
        return ListSource(lambda: search.search_count(db, query),
                          lambda page: search.search_page(db, query, page))

    def count_text(self, total: int) -> str:
        if self._query:
            return ngettext("{count} person found", "{count} people found", total).format(
                count=display_number(total))
        return ngettext("{count} person", "{count} people", total).format(
            count=display_number(total))

    def _update_state(self) -> None:
        super()._update_state()
        if self.model.has_source and self._query and not self.model.total:
            self.ui.empty_label.setText(_("Nobody matches “{query}”.").format(
                query=self._query))

    # --- what the main window calls ------------------------------------------------

    def has_unsaved(self) -> bool:
        return self.page is not None and self.page.dirty

    def confirm_leave(self, then: Callable[[], object]) -> None:
        if self.page is None:
            then()
        else:
            self.page.confirm_leave(then)

    def take_draft(self) -> Callable[[Database], object] | None:
        """Keep the page's unsaved details and drop them (an auto-lock asks nothing).

        The restore shows the same person again, with those details; also when only a
        dialog of the person's (an entry, a consent, an objection) was open, so that the
        dialog can reopen for them.
        """
        page = self.page
        if page is None:
            return None
        data = page.current_data() if page.dirty else None
        person_id = page.person_id
        dialogs = (page.entries.dialog, page.marketing.dialog)
        in_dialog = person_id is not None and any(d is not None and d.isVisible()
                                                  for d in dialogs)
        if data is None and not in_dialog:
            return None
        if data is not None:
            page.discard_changes()

        def restore(_db: Database) -> None:
            assert self.page is not None
            try:
                if person_id is None:
                    self._start_new()
                else:
                    self.show_person(person_id)
            except PersonNotFound:  # deleted meanwhile: offer the details as a new person
                if data is None:
                    return
                self._start_new()
            if data is not None:
                self.page.restore_draft(data)

        return restore

    def set_database(self, db: Database | None) -> None:
        if self.page is None:
            return
        if db is None and self._db is not None:
            self.page.ask_before_closing()
        if db is None:
            self._clear_search()
        self._db = db
        self.page.set_database(db)
        super().set_database(db)
        self._update_buttons()

    def retranslate(self) -> None:
        super().retranslate()
        if self.page is None:
            return
        self.search.setPlaceholderText(_("Search by name, e-mail, phone, organisation…"))
        self.new_button.setText(_("&New person…"))
        self.new_button.setToolTip(_("Enter a new person's details"))
        self.import_button.setText(_("&Import…"))
        self.import_button.setToolTip(_("Add people to a register from a CSV or Excel file"))
        self.duplicates_button.setText(_("&Duplicates…"))
        self.duplicates_button.setToolTip(_("Find people entered twice and merge them"))
        self.suppression_button.setText(_("&Suppression list…"))
        self.suppression_button.setToolTip(_("Save the e-mail addresses and phone numbers that "
                                             "must not be used for marketing as a CSV file"))
        self.page.retranslate()

    # --- searching -------------------------------------------------------------------

    def _clear_search(self) -> None:
        """An empty search box (locked: nothing typed about anyone stays on screen)."""
        self.search_timer.stop()
        self.search.blockSignals(True)
        self.search.setText("")
        self.search.blockSignals(False)
        self._query = ""

    @Slot(str)
    def _on_search_typed(self, _text: str) -> None:
        self.search_timer.start()

    @Slot()
    def run_search(self) -> None:
        """Show the people matching the search box now (the timer calls this)."""
        self.search_timer.stop()
        query = self.search.text().strip()
        if query == self._query:
            return
        self._query = query
        if self._db is not None:
            self.model.set_source(self.source(self._db))

    # --- choosing a person -------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = current.data(ID_ROLE) if current.isValid() else None
        page = self.page
        if self._selecting or page is None or record_id is None:
            return
        if record_id == page.person_id and not page.is_new:
            return
        if page.dirty:
            self._select_id(page.person_id)
            page.confirm_leave(lambda: self.show_person(int(record_id)))
        else:
            self.show_person(int(record_id))

    def show_person(self, person_id: int) -> None:
        """Load the person into the page (no questions asked) and choose them in the list."""
        assert self.page is not None
        self.page.load(person_id)
        self._select_id(person_id)

    def _select_id(self, person_id: int | None) -> None:
        """Choose the person's row if it is loaded; otherwise clear the choice."""
        self._selecting = True
        try:
            for row in range(self.model.rowCount()):
                if self.model.index(row, 0).data(ID_ROLE) == person_id:
                    self.ui.table.setCurrentIndex(
                        self.proxy.mapFromSource(self.model.index(row, 0)))
                    return
            self.ui.table.clearSelection()
        finally:
            self._selecting = False

    @Slot(int)
    def _on_rows_fetched(self, _loaded: int) -> None:
        if self.page is not None and self.page.person_id is not None:
            self._select_id(self.page.person_id)

    @Slot(int)
    def _on_saved(self, person_id: int) -> None:
        self.model.refresh()
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self._select_id(person_id)

    @Slot()
    def new_person(self) -> None:
        if self._db is not None and self.page is not None:
            self.page.confirm_leave(self._start_new)

    def _start_new(self) -> None:
        assert self.page is not None
        self.page.new_person()
        self._select_id(None)

    # --- importing and merging (they may change anyone, so the page is left first) -----

    @Slot()
    def import_people(self) -> None:
        if self._db is not None and self.page is not None:
            self.page.confirm_leave(self._open_import)

    def _open_import(self) -> None:
        assert self._db is not None
        dialog = ImportDialog(self._db, self._today, self)
        self._open_bulk(dialog)

    @Slot()
    def find_duplicates(self) -> None:
        if self._db is not None and self.page is not None:
            self.page.confirm_leave(self._open_duplicates)

    def _open_duplicates(self) -> None:
        assert self._db is not None
        self._open_bulk(DuplicatesDialog(self._db, self))

    def _open_bulk(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._after_bulk_change)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _after_bulk_change(self) -> None:
        """Show the lists again; the person shown may have been merged into another."""
        self.model.refresh()
        page = self.page
        if page is None or self._db is None or page.person_id is None:
            return
        try:
            page.load(page.person_id)
        except PersonNotFound:
            page.show_person(None)
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self._select_id(page.person_id)

    # --- the suppression list -------------------------------------------------------------

    @Slot()
    def choose_suppression_file(self) -> None:
        if self._db is None:
            return
        dialog = QFileDialog(self, _("Save the suppression list"),
                             str(start_folder() / SUPPRESSION_FILE),
                             _("CSV files (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_suppression)
        self.dialog = dialog
        dialog.open()

    @Slot(str)
    def save_suppression(self, path: str) -> None:
        """Write the suppression list to ``path`` off the GUI thread."""
        if self._db is None or not path:
            return
        db = self._db
        remember_folder(Path(path))
        job = Job(lambda: suppression.write_suppression_csv(db, Path(path)))
        job.succeeded.connect(self._on_suppression_saved)
        job.failed.connect(self._on_suppression_failed)
        self.suppression_button.setEnabled(False)
        self.job = job.start()

    @Slot(object)
    def _on_suppression_saved(self, count: object) -> None:
        self.suppression_button.setEnabled(self._db is not None)
        if self.page is not None:
            self.page.set_status(ngettext(
                "The suppression list was saved: {count} address or number.",
                "The suppression list was saved: {count} addresses and numbers.",
                int(str(count))).format(count=display_number(int(str(count)))), SAVED_STYLE)

    @Slot(object)
    def _on_suppression_failed(self, error: object) -> None:
        self.suppression_button.setEnabled(self._db is not None)
        if self.page is not None:
            self.page.set_status(_("The suppression list was not saved: {reason}").format(
                reason=error), ERROR_STYLE)

    def _update_buttons(self) -> None:
        for widget in (self.new_button, self.import_button, self.duplicates_button,
                       self.suppression_button, self.search):
            widget.setEnabled(self._db is not None)
