"""Tapahtumat: events and trainings where people sign up.

"Uusi tapahtuma…" (Ctrl+N) opens an empty event dialog; double-click or Enter opens
the chosen event's. "Osallistujat…" shows who signed up and lets attendance be marked.
"Tuo osallistujalista…" imports a CSV or XLSX list of people signed up for the chosen
event (the people import, with the event chosen). "Ilmoittautumistila…" opens the
chosen event's full-screen sign-up mode (left with the database passphrase).
"Poista…" (Delete) asks first, naming the event and what deleting it removes and
keeps. "Vie siirtotiedostoon…" writes events (the chosen one checked) to an encrypted
transfer file; "Tuo siirtotiedosto…" opens one, shows what it would change and
imports it. The list is read again after every change. The row's context menu has
the same actions for the chosen event.
"""

from __future__ import annotations

import datetime as dt
import platform
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMenu, QMessageBox, QPushButton, QWidget

from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.common.table_area import TableArea
from kasve_desktop.gui.common.table_model import ID_ROLE, Column, ListSource
from kasve_desktop.gui.events.event_dialog import EventDialog
from kasve_desktop.gui.events.participants_dialog import ParticipantsDialog
from kasve_desktop.gui.events.signup_mode import SignupMode
from kasve_desktop.gui.events.transfer_export import TransferExportDialog
from kasve_desktop.gui.events.transfer_import import TransferImportDialog
from kasve_desktop.gui.people.import_dialog import ImportDialog
from kasve_desktop.gui.people.records import ask
from kasve_desktop.i18n import N_, _, current_language, display_date, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.events.events import (
    DeletePreview,
    delete_event,
    delete_preview,
    event_summaries,
)
from kasve_desktop.services.listing import EventRow


def dates(row: EventRow) -> str:
    if row.ends_on is None or row.ends_on == row.starts_on:
        return display_date(row.starts_on)
    return f"{display_date(row.starts_on)}–{display_date(row.ends_on)}"


def delete_detail(preview: DeletePreview) -> str:
    """What deleting removes and keeps: "2 participations will be removed; …"."""
    removed = ngettext("{count} participation will be removed",
                       "{count} participations will be removed",
                       preview.participations).format(
        count=display_number(preview.participations))
    kept = ngettext("{count} consent given at the event will be kept.",
                    "{count} consents given at the event will be kept.",
                    preview.consents).format(count=display_number(preview.consents))
    return f"{removed}; {kept}"


class EventsArea(TableArea):
    title = N_("Events")
    icon_name = "events"
    description = N_("Events and trainings, the latest first, with the number of people "
                     "who signed up.")
    empty_text = N_("No events yet.")
    data_changed = Signal()
    """People or registers may have been added (an import, a transfer, sign-ups)."""

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        self._built = False
        super().__init__(today, parent)
        self._db: Database | None = None
        self.dialog: QDialog | None = None
        self.question: QMessageBox | None = None
        self.menu: QMenu | None = None
        self.signup: SignupMode | None = None
        self._build()
        self._connect()
        self._built = True
        self.retranslate()
        self._update_buttons()

    # --- set-up ------------------------------------------------------------------------

    def _build(self) -> None:
        self.new_button = self._button("new_button")
        self.participants_button = self._button("participants_button")
        self.signup_button = self._button("signup_button")
        self.delete_button = self._button("delete_button")
        self.files_button = self._button("files_button")
        self.files_menu = QMenu(self)
        self.import_action = self.files_menu.addAction("")
        self.files_menu.addSeparator()
        self.export_action = self.files_menu.addAction("")
        self.transfer_in_action = self.files_menu.addAction("")
        self.files_button.setMenu(self.files_menu)
        row = QHBoxLayout()
        row.setSpacing(8)
        for button in (self.new_button, self.participants_button, self.signup_button,
                       self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.files_button)
        layout = self.ui.area_layout
        layout.insertLayout(layout.indexOf(self.ui.content), row)
        self.ui.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _connect(self) -> None:
        self.record_activated.connect(self.open_event)
        self.new_button.clicked.connect(self.new_event)
        self.participants_button.clicked.connect(self.show_participants)
        self.signup_button.clicked.connect(self.start_signup)
        self.import_action.triggered.connect(self.import_participants)
        self.export_action.triggered.connect(self.export_transfer)
        self.transfer_in_action.triggered.connect(self.import_transfer)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.ui.table.customContextMenuRequested.connect(self._on_context_menu)
        self.ui.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._update_buttons)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_event)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.ui.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.confirm_delete)

    # --- TableArea -----------------------------------------------------------------------

    def columns(self) -> list[Column[Any]]:
        return [
            Column("name", N_("Name"), lambda r: r.name),
            Column("date", N_("Date"), dates),
            Column("location", N_("Location"), lambda r: r.location),
            Column("participants", N_("Participants"),
                   lambda r: display_number(r.participants), numeric=True),
        ]

    def source(self, db: Database) -> ListSource[EventRow]:
        return ListSource(lambda: listing.event_count(db),
                          lambda page: listing.event_page(db, page))

    def count_text(self, total: int) -> str:
        return ngettext("{count} event", "{count} events", total).format(
            count=display_number(total))

    def has_unsaved(self) -> bool:
        return isinstance(self.dialog, EventDialog) and self.dialog.dirty

    def confirm_leave(self, then: Callable[[], object]) -> None:
        """Save or discard an open event dialog's changes (it closes), then ``then``."""
        dialog = self.dialog
        if not isinstance(dialog, EventDialog) or not dialog.dirty:
            then()
            return

        def closed_then() -> None:
            dialog.leave()
            then()

        dialog.confirm_leave(closed_then)

    def set_database(self, db: Database | None) -> None:
        if db is None and self.signup is not None:
            self.signup.leave()
        if db is None and self.dialog is not None:
            if isinstance(self.dialog, EventDialog):
                self.dialog.ask_before_closing()
            self.dialog.done(QDialog.DialogCode.Rejected.value)
            self.dialog = None
        self._db = db
        super().set_database(db)
        self._update_buttons()

    def retranslate(self) -> None:
        super().retranslate()
        if not self._built:
            return
        self.new_button.setText(_("&New…"))
        self.new_button.setToolTip(_("Enter a new event or training (Ctrl+N)"))
        self.participants_button.setText(_("&Participants…"))
        self.participants_button.setToolTip(_("Who signed up for the chosen event, and "
                                              "who attended"))
        self.files_button.setText(_("Imp&ort and export"))
        self.import_action.setText(_("&Import participant list…"))
        self.import_action.setToolTip(_("Import people from a CSV or XLSX file and sign them "
                                        "up for the chosen event"))
        self.signup_button.setText(_("&Sign-up mode…"))
        self.signup_button.setToolTip(_("A full-screen form where participants sign up "
                                        "themselves; ending it needs the database passphrase"))
        self.export_action.setText(_("E&xport to a transfer file…"))
        self.export_action.setToolTip(_("Write events with their participants and consents "
                                        "to an encrypted file for another computer"))
        self.transfer_in_action.setText(_("Import a &transfer file…"))
        self.transfer_in_action.setToolTip(_("Bring in the events, participants and consents "
                                             "of a transfer file, after a preview"))
        self.files_menu.setToolTipsVisible(True)
        self.delete_button.setText(_("&Delete…"))
        self.delete_button.setToolTip(_("Delete the chosen event and its sign-ups (Delete)"))

    # --- the chosen event --------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.ui.table.currentIndex()
        record_id = index.data(ID_ROLE) if index.isValid() else None
        return int(record_id) if record_id is not None else None

    def select_id(self, event_id: int) -> None:
        while self.model.canFetchMore(QModelIndex()):
            if any(self.model.index(r, 0).data(ID_ROLE) == event_id
                   for r in range(self.model.rowCount())):
                break
            self.model.fetchMore(QModelIndex())
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == event_id:
                self.ui.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                return

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        if not self._built:
            return
        chosen = self._db is not None and self.current_id() is not None
        self.new_button.setEnabled(self._db is not None)
        self.files_button.setEnabled(self._db is not None)
        self.export_action.setEnabled(self._db is not None and self.model.rowCount() > 0)
        self.transfer_in_action.setEnabled(self._db is not None)
        self.participants_button.setEnabled(chosen)
        self.import_action.setEnabled(chosen)
        self.signup_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot(QPoint)
    def _on_context_menu(self, position: QPoint) -> None:
        index = self.ui.table.indexAt(position)
        if self._db is None:
            return
        if index.isValid():
            self.ui.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chosen = self.current_id() is not None and index.isValid()
        for text, slot, enabled in ((_("&Open…"), self._open_current, chosen),
                                    (_("&Participants…"), self.show_participants, chosen),
                                    (_("&Import participant list…"),
                                     self.import_participants, chosen),
                                    (_("&Sign-up mode…"), self.start_signup, chosen),
                                    (_("&Delete…"), self.confirm_delete, chosen),
                                    (_("&New event…"), self.new_event, True)):
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
        self.menu = menu
        menu.popup(self.ui.table.viewport().mapToGlobal(position))

    # --- dialogs -------------------------------------------------------------------------

    @Slot()
    def new_event(self) -> None:
        if self._db is not None:
            self._open_dialog(None)

    @Slot(int)
    def open_event(self, event_id: int) -> None:
        if self._db is not None:
            self._open_dialog(event_id)

    def _open_current(self) -> None:
        event_id = self.current_id()
        if event_id is not None:
            self.open_event(event_id)

    def _open_dialog(self, event_id: int | None) -> None:
        assert self._db is not None
        try:
            dialog = EventDialog(self._db, self._today, event_id, self)
        except UserError as error:  # deleted meanwhile
            self._tell(error.text())
            return
        dialog.saved.connect(self._on_saved)
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _on_dialog_finished(self) -> None:
        self.dialog = None

    @Slot(int)
    def _on_saved(self, event_id: int) -> None:
        self.model.refresh()
        self.select_id(event_id)

    @Slot()
    def show_participants(self) -> None:
        event_id = self.current_id()
        if self._db is None or event_id is None:
            return
        dialog = ParticipantsDialog(self._db, event_id, self)
        dialog.changed.connect(lambda: self._on_saved(event_id))
        self._show(dialog)

    @Slot()
    def import_participants(self) -> None:
        event_id = self.current_id()
        if self._db is None or event_id is None:
            return
        dialog = ImportDialog(self._db, self._today, self, event_id=event_id)
        dialog.imported.connect(lambda _summary: self._on_saved(event_id))
        dialog.imported.connect(lambda _summary: self.data_changed.emit())
        self._show(dialog)

    # --- transfer ---------------------------------------------------------------------------

    @Slot()
    def export_transfer(self) -> None:
        if self._db is None:
            return
        events = [(e.id, e.name, e.starts_on) for e in sorted(
            event_summaries(self._db), key=lambda e: (e.starts_on, e.id), reverse=True)]
        current = self.current_id()
        dialog = TransferExportDialog(self._db, events, self._today, self,
                                      checked=[current] if current is not None else None)
        self._show(dialog)

    @Slot()
    def import_transfer(self) -> None:
        if self._db is None:
            return
        dialog = TransferImportDialog(self._db, self)
        dialog.changed.connect(self.model.refresh)
        dialog.changed.connect(self.data_changed.emit)
        self._show(dialog)

    # --- sign-up mode ----------------------------------------------------------------------

    @Slot()
    def start_signup(self) -> None:
        """The chosen event's sign-up mode, full screen, or the reason it cannot open."""
        event_id = self.current_id()
        if self._db is None or event_id is None:
            return
        lang = current_language() if current_language() in ("fi", "sv", "en") else "fi"
        try:
            mode = SignupMode(self._db, event_id, self._db.clock.now, platform.node(), lang)
        except UserError as error:
            self._tell(error.text())
            return
        mode.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        mode.left.connect(lambda: self._on_signup_left(event_id))
        self.signup = mode
        mode.showFullScreen()
        self.window().hide()  # nothing of the registers behind the stand, not even Alt+Tab

    def _on_signup_left(self, event_id: int) -> None:
        self.signup = None
        self.window().show()
        self._on_saved(event_id)
        self.data_changed.emit()

    # --- deleting ------------------------------------------------------------------------

    @Slot()
    def confirm_delete(self) -> None:
        event_id = self.current_id()
        if self._db is None or event_id is None:
            return
        try:
            preview = delete_preview(self._db, event_id)
        except UserError as error:
            self._tell(error.text())
            self.model.refresh()
            return
        self.question = ask(self, _("Delete the event"),
                            _("Delete the event {name}?").format(name=preview.name),
                            lambda: self.delete(event_id), delete_detail(preview))

    def delete(self, event_id: int) -> None:
        self.question = None
        if self._db is None:
            return
        try:
            delete_event(self._db, event_id)
        except UserError as error:
            self._tell(error.text())
        self.model.refresh()

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, _("Events"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box
        box.open()
