"""Pyynnöt: the request inbox, the most urgent first, with the chosen request below.

The list shows the open requests by default (filters: overdue, due this week,
all; by type and by status; a search over reference, requester and
description), each with its date in force and a countdown that names its state
in words, colour and icon. The pane below shows the chosen request in full and
the actions its state allows; each action asks its date and text in a small
dialog, calls the service, and the list and pane show the result. Dropping an
``.eml`` file creates a request; dropping scanned letters attaches them to the
chosen request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QSplitter, QTableView, QWidget

from kasve_desktop.domain.vocabulary import (
    CHANNEL_LABELS,
    REQUEST_STATUS_LABELS,
    REQUEST_TYPE_LABELS,
)
from kasve_desktop.gui.common.table_area import TableArea
from kasve_desktop.gui.common.table_model import ID_ROLE, Column, ListSource
from kasve_desktop.gui.common.widgets import translated
from kasve_desktop.gui.inbox import countdown as cells
from kasve_desktop.gui.inbox import hooks
from kasve_desktop.gui.inbox.detail_pane import LINK, RESPONSE, TAKE_ACTION, RequestPane
from kasve_desktop.gui.inbox.drops import DropHandler
from kasve_desktop.gui.inbox.filter_bar import FilterBar
from kasve_desktop.gui.inbox.step_dialog import StepDialog
from kasve_desktop.gui.inbox.steps import spec_for
from kasve_desktop.gui.safety.drafts import form_values, set_form_values
from kasve_desktop.i18n import N_, _, display_date, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import RequestFilter, RequestRow
from kasve_desktop.services.requests.detail import RequestDetail, RequestNotFound, load_request

COUNTDOWN_COLUMN = 6
COUNTDOWN_ROOM = 24
SPLITTER_SIZES = (300, 360)
MIN_HEIGHT = 100


class InboxArea(TableArea):
    title = N_("Requests")
    icon_name = "requests"
    description = N_("Data-subject requests, the most urgent first. The answer-by date "
                     "includes any extension or pause. Drop an .eml e-mail here to enter it "
                     "as a request, or scanned letters to attach them to the chosen request.")
    empty_text = N_("No requests yet. Every request that arrives by post, e-mail, phone "
                    "or in person is recorded here.")

    data_changed = Signal()
    """A request was entered or changed (the window's counts need updating)."""

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        self.pane: RequestPane | None = None
        self.bar: FilterBar | None = None
        self._db: Database | None = None
        self._filter = RequestFilter()
        self._selecting = False
        self._filtering = False
        super().__init__(today, parent)
        self.dialog: QWidget | None = None
        self._dialog_key: str | None = None
        """The action whose dialog ``dialog`` is (to reopen it after an auto-lock)."""
        self.message: QMessageBox | None = None
        self.bar = FilterBar(self)
        self.pane = RequestPane(self)
        self.drops = DropHandler(self, self)
        self._build()
        self._connect()
        self.setAcceptDrops(True)
        self.retranslate()

    # --- set-up ------------------------------------------------------------------------

    def _build(self) -> None:
        assert self.bar is not None and self.pane is not None
        layout = self.ui.area_layout
        layout.insertWidget(2, self.bar)
        layout.removeWidget(self.ui.content)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.ui.content)
        self.splitter.addWidget(self.pane)
        self.splitter.setSizes(list(SPLITTER_SIZES))
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.ui.content.setMinimumHeight(MIN_HEIGHT)
        self.pane.setMinimumHeight(MIN_HEIGHT)
        layout.addWidget(self.splitter, 1)
        self.table.setItemDelegateForColumn(COUNTDOWN_COLUMN, cells.CountdownDelegate(self))

    def _connect(self) -> None:
        assert self.bar is not None and self.pane is not None
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.fetched.connect(self._on_rows_fetched)
        self.record_activated.connect(self._on_activated_row)
        self.bar.changed.connect(self._on_filter_changed)
        self.bar.ui.new_button.clicked.connect(self.new_request)
        self.pane.action_requested.connect(self.run_action)
        self.pane.attachment_requested.connect(self.drops.show_attachment)
        for keys, slot in ((QKeySequence.StandardKey.Find, self.focus_search),
                           (QKeySequence("Ctrl+N"), self.new_request)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- TableArea -----------------------------------------------------------------------

    def columns(self) -> list[Column[Any]]:
        return [
            Column("reference", N_("Reference"), lambda r: r.reference),
            Column("type", N_("Type"), lambda r: translated(REQUEST_TYPE_LABELS, r.type)),
            Column("requester", N_("Requester"), lambda r: r.requester),
            Column("channel", N_("Channel"),
                   lambda r: translated(CHANNEL_LABELS, r.channel)),
            Column("received", N_("Received on"), lambda r: display_date(r.received_on)),
            Column("due", N_("Answer by"), cells.due_text, tooltip=cells.due_tooltip,
                   emphasis=cells.countdown_emphasis),
            Column("days_left", N_("Days left"), cells.row_countdown_text,
                   tooltip=cells.countdown_tooltip, emphasis=cells.countdown_emphasis),
            Column("status", N_("Status"),
                   lambda r: translated(REQUEST_STATUS_LABELS, r.status)),
        ]

    def source(self, db: Database) -> ListSource[RequestRow]:
        where, today = self._filter, self._today
        return ListSource(lambda: listing.request_count(db, where, today()),
                          lambda page: listing.request_page(db, page, today(), where))

    def count_text(self, total: int) -> str:
        if self._filter.is_default:
            return ngettext("{count} open request", "{count} open requests", total).format(
                count=display_number(total))
        return ngettext("{count} request shown", "{count} requests shown", total).format(
            count=display_number(total))

    def _fit_columns(self) -> None:
        """As the base does, with room for the countdown's icon and bold text."""
        super()._fit_columns()
        view: QTableView = self.ui.table
        header = view.horizontalHeader()
        header.resizeSection(COUNTDOWN_COLUMN,
                             header.sectionSize(COUNTDOWN_COLUMN) + COUNTDOWN_ROOM)

    def _update_state(self) -> None:
        super()._update_state()
        if self._db is None or self.model.total:
            return
        if not self._filter.is_default:
            self.ui.empty_label.setText(_("No request matches the search and filters."))
        elif listing.request_count(self._db):
            self.ui.empty_label.setText(_("No open requests. Choose “All requests” to see "
                                          "the finished ones."))

    # --- what the main window calls ---------------------------------------------------

    @property
    def database(self) -> Database | None:
        return self._db

    def today(self) -> dt.date:
        return self._today()

    def set_database(self, db: Database | None) -> None:
        if self.pane is None or self.bar is None:
            return
        self._db = db
        self.pane.show_request(None)
        if db is None:
            self.drops.clear()
            self.bar.clear_search()
            self._filter = self.bar.current()
        super().set_database(db)
        self.bar.setEnabled(db is not None)

    def take_draft(self) -> Callable[[Database], object] | None:
        """Keep what an open response or step dialog shows; the restore reopens it."""
        dialog, key = self.dialog, self._dialog_key
        detail = self.pane.detail if self.pane is not None else None
        if (not isinstance(dialog, QDialog) or not shiboken6.isValid(dialog)
                or not dialog.isVisible() or key is None or detail is None):
            return None
        values, request_id = form_values(dialog), detail.id

        def restore(_db: Database) -> None:
            self.show_request(request_id)
            self.select_request(request_id)
            if self.pane is None or self.pane.detail is None:
                return  # the request is gone
            self.run_action(key)
            if isinstance(self.dialog, QDialog) and self.dialog.isVisible():
                set_form_values(self.dialog, values)

        return restore

    def retranslate(self) -> None:
        if self.bar is not None:
            self.bar.retranslate()
        super().retranslate()
        if self.pane is not None:
            self.pane.retranslate()

    # --- filters and keys ------------------------------------------------------------------

    @Slot()
    def _on_filter_changed(self) -> None:
        assert self.bar is not None
        self._filter = self.bar.current()
        if self._db is not None:
            self._filtering = True
            self.model.set_source(self.source(self._db))
            self._reselect()

    def focus_list(self) -> None:
        """Put the keyboard focus in the list, so that Ctrl+N and Ctrl+F work at once."""
        self.table.setFocus()

    @Slot()
    def focus_search(self) -> None:
        if self.bar is not None:
            self.bar.focus_search()

    @Slot(int)
    def _on_activated_row(self, _record_id: int) -> None:
        if self.pane is not None:
            self.pane.focus_actions()

    # --- the chosen request ----------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = current.data(ID_ROLE) if current.isValid() else None
        if not self._selecting and record_id is not None:
            self.show_request(int(record_id))

    def show_request(self, request_id: int | None) -> None:
        """Load the request into the pane (None or a vanished one: empty the pane)."""
        if self.pane is None:
            return
        if request_id is None or self._db is None:
            self.pane.show_request(None)
            return
        today = self._today()
        try:
            self.pane.show_request(load_request(self._db, request_id, today), today)
        except RequestNotFound:
            self.pane.show_request(None)

    def select_request(self, request_id: int | None) -> bool:
        """Choose the request's row if it is loaded (the pane is not reloaded)."""
        self._selecting = True
        try:
            for row in range(self.model.rowCount()):
                if self.model.index(row, 0).data(ID_ROLE) == request_id:
                    self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                    return True
            self.table.clearSelection()
            return False
        finally:
            self._selecting = False

    def _reselect(self) -> None:
        """Choose the pane's request in the list again; after a new filter or search that
        left it out, empty the pane, so that no step is taken on a request not listed."""
        if self.pane is None:
            return
        found = self.select_request(self.pane.request_id)
        if not self._filtering:
            return
        if found:
            self._filtering = False
        elif self.model.rowCount() > 0 or not self.model.canFetchMore(QModelIndex()):
            self.pane.show_request(None)  # the first rows are in, and it is not among them
            self._filtering = False

    @Slot(int)
    def _on_rows_fetched(self, _loaded: int) -> None:
        self._reselect()

    def refresh(self, request_id: int | None) -> None:
        """Show the list again and ``request_id`` in the pane (after a change)."""
        self.model.refresh()
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self.show_request(request_id)
        self.select_request(request_id)
        self.data_changed.emit()

    # --- actions -----------------------------------------------------------------------------

    @Slot(str)
    def run_action(self, key: str) -> None:
        """Open the dialog of an action on the request in the pane."""
        detail = self.pane.detail if self.pane is not None else None
        if detail is None or self._db is None:
            return
        if key in (LINK, TAKE_ACTION):
            self._run_hook(key, detail)
            return
        if key == RESPONSE:
            letter = hooks.response_letter(self, self._db, self._today, detail)
            letter.request_changed.connect(lambda: self.refresh(detail.id))
            self.dialog, self._dialog_key = letter, key
            return
        dialog = StepDialog(spec_for(key, detail), detail, self._db, self._today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.refresh(detail.id))
        self.dialog, self._dialog_key = dialog, key
        dialog.open()

    def _run_hook(self, key: str, detail: RequestDetail) -> None:
        assert self._db is not None
        if key == LINK:
            hooks.link_person(self, self._db, self._today, detail.id)
            changed = True
        else:
            changed = hooks.take_action(self, self._db, self._today, detail)
        if changed:
            self.refresh(detail.id)

    @Slot()
    def new_request(self) -> None:
        if self._db is None:
            return
        created = hooks.new_request(self, self._db, self._today)
        if created is not None:
            self.refresh(created)

    def tell(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        """A message shown without blocking (kept in ``message`` for tests)."""
        box = QMessageBox(icon, _("Requests"), text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()

    # --- drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event: Any) -> None:
        self.drops.drag_enter(event)

    def dragMoveEvent(self, event: Any) -> None:
        self.drops.drag_enter(event)

    def dropEvent(self, event: Any) -> None:
        self.drops.drop(event)
