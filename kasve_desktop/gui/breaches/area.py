"""Loukkaukset: the breach register (GDPR Art. 33–34), the newest discovery first.

The list shows each breach with its 72-hour countdown (hours left, colour and icon,
as the inbox's), refreshed every minute; a search box and "Only open" filter it. The
pane below edits the chosen breach or a new one (Ctrl+N). Leaving a breach with
unsaved changes (choosing another, a new one, another area, locking, closing the
window) asks Save / Discard / Cancel first; an auto-lock keeps them as a draft.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from kasve_desktop.gui.breaches import cells
from kasve_desktop.gui.breaches.fields import Now
from kasve_desktop.gui.breaches.pane import BreachPane
from kasve_desktop.gui.common.table_area import TableArea
from kasve_desktop.gui.common.table_model import ROW_ROLE, Column, ListSource
from kasve_desktop.i18n import N_, _, display_number, ngettext
from kasve_desktop.services import breaches
from kasve_desktop.services.breaches import BreachNotFound, BreachRow
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import Page

TITLE_COLUMN = 1
HOURS_COLUMN = 4
HOURS_ROOM = 24
COLUMN_ROOM = 16
TITLE_ROOM = 300
SPLITTER_SIZES = (150, 470)
MIN_HEIGHT = 110
MIN_PANE_WIDTH = 320
TICK_MS = 60_000
SORT_KEYS: dict[str, Callable[[BreachRow], Any]] = {
    "reference": lambda r: r.reference,
    "title": lambda r: r.title.casefold(),
    "discovered": lambda r: r.discovered_at,
    "notify_by": lambda r: r.notify_by,
    "hours": lambda r: (r.hours_left is None, r.hours_left or 0),
    "risk": lambda r: breaches.risk_label(r.risk),
    "status": lambda r: breaches.status_label(r.status),
}


def sorted_page(rows: Sequence[BreachRow], page: Page) -> list[BreachRow]:
    """``page`` of ``rows`` (the newest first unless a column is chosen)."""
    ordered = list(rows)
    if page.order.key is not None:
        ordered.sort(key=SORT_KEYS[page.order.key], reverse=page.order.descending)
    return ordered[page.offset:page.offset + page.limit]


class BreachesArea(TableArea):
    title = N_("Breaches")
    icon_name = "breaches"
    description = N_("Personal-data breaches (GDPR Art. 33–34). The supervisory authority is "
                     "notified within 72 hours of the discovery unless the breach is unlikely "
                     "to result in a risk; every breach is documented.")
    ask_on_leaving = True
    """The main window asks Save / Discard / Cancel before another area is shown."""
    empty_text = N_("No breaches recorded. Record one with “New breach” as soon as it is "
                    "discovered: the 72 hours run from the discovery.")

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None, *,
                 now: Now) -> None:
        self.pane: BreachPane | None = None
        self._now = now
        self._db: Database | None = None
        self._rows: list[BreachRow] = []
        self._selecting = False
        super().__init__(today, parent)
        self.pane = BreachPane(now, self)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self._build()
        self._connect()
        self.retranslate()

    # --- set-up ----------------------------------------------------------------------------

    def _build(self) -> None:
        assert self.pane is not None
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.only_open = QCheckBox(self)
        self.only_open.setObjectName("only_open")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_button")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.only_open)
        bar.addWidget(self.new_button)
        layout = self.ui.area_layout
        layout.insertLayout(2, bar)
        layout.removeWidget(self.ui.content)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.ui.content)
        self.splitter.addWidget(self.pane)
        self.splitter.setSizes(list(SPLITTER_SIZES))
        self.splitter.setStretchFactor(1, 1)
        # Below these the parts clip rather than forcing a minimum size on the window.
        self.ui.content.setMinimumHeight(MIN_HEIGHT)
        self.pane.setMinimumSize(MIN_PANE_WIDTH, MIN_HEIGHT)
        layout.addWidget(self.splitter, 1)
        self.table.setItemDelegateForColumn(HOURS_COLUMN, cells.HoursDelegate(self))

    def _connect(self) -> None:
        assert self.pane is not None
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.fetched.connect(self._on_rows_fetched)
        self.ui.table.activated.connect(self._on_row_activated)
        self.search.textChanged.connect(self._on_filter_changed)
        self.search.returnPressed.connect(self.table.setFocus)
        self.only_open.toggled.connect(self._on_filter_changed)
        self.new_button.clicked.connect(self.new_breach)
        self.pane.changed.connect(self._on_changed)
        self.timer.timeout.connect(self._on_minute)
        # Ctrl+N and Ctrl+F are the window's while the area is shown (a hidden area's do not
        # fire), so that they work with the focus in the navigation too; Esc is the area's.
        window = Qt.ShortcutContext.WindowShortcut
        for keys, slot, context in (
                (QKeySequence("Ctrl+N"), self.new_breach, window),
                (QKeySequence.StandardKey.Find, self.search.setFocus, window),
                (QKeySequence(Qt.Key.Key_Escape), self.table.setFocus,
                 Qt.ShortcutContext.WidgetWithChildrenShortcut)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # --- TableArea ---------------------------------------------------------------------------

    def columns(self) -> list[Column[Any]]:
        return [
            Column("reference", N_("Reference"), lambda r: r.reference),
            Column("title", N_("Title"), lambda r: r.title, tooltip=lambda r: r.title),
            Column("discovered", N_("Discovered"), lambda r: cells.local_text(r.discovered_at)),
            Column("notify_by", N_("Notify by"), lambda r: cells.local_text(r.notify_by)),
            Column("hours", N_("Time left"), cells.row_hours_text, tooltip=cells.row_tooltip,
                   emphasis=cells.row_emphasis),
            Column("risk", N_("Risk"), lambda r: breaches.risk_label(r.risk)),
            Column("status", N_("Status"), lambda r: breaches.status_label(r.status)),
        ]

    def source(self, db: Database) -> ListSource[BreachRow]:
        def count() -> int:
            self._rows = breaches.list_breaches(db, self._now(), self.search.text().strip(),
                                                self.only_open.isChecked())
            return len(self._rows)

        return ListSource(count, lambda page: sorted_page(self._rows, page))

    def count_text(self, total: int) -> str:
        return ngettext("{count} breach shown", "{count} breaches shown", total).format(
            count=display_number(total))

    def _fit_columns(self) -> None:
        """The columns as wide as their contents, but the title takes what is left (eliding
        when narrow), so that Risk and Status stay in sight."""
        view = self.ui.table
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        others = [column for column in range(header.count()) if column != TITLE_COLUMN]
        contents = {column: view.sizeHintForColumn(column) + COLUMN_ROOM
                    + (HOURS_ROOM if column == HOURS_COLUMN else 0) for column in others}
        whole = {column: max(contents[column], header.sectionSizeFromContents(column).width())
                 for column in others}
        # The headers whole where the title keeps its room; else they are elided.
        widths = whole if view.viewport().width() - sum(whole.values()) >= TITLE_ROOM \
            else contents
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._fit_pending = False

    def _update_state(self) -> None:
        super()._update_state()
        if self._db is not None and not self.model.total and (
                self.search.text().strip() or self.only_open.isChecked()) \
                and breaches.list_breaches(self._db, self._now()):
            self.ui.empty_label.setText(_("No breach matches the search and filter."))

    # --- what the main window calls ------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        if self.pane is None:
            return
        if db is None and self._db is not None:
            self.pane.form.ask_before_closing()
        self._db = db
        if db is None:
            self.search.clear()
        self.pane.set_database(db)
        super().set_database(db)
        for widget in (self.search, self.only_open, self.new_button):
            widget.setEnabled(db is not None)
        self.timer.start() if db is not None else self.timer.stop()

    def has_unsaved(self) -> bool:
        return self.pane is not None and self.pane.form.dirty

    def confirm_leave(self, then: Callable[[], object]) -> None:
        if self.pane is None:
            then()
        else:
            self.pane.form.confirm_leave(then)

    def take_draft(self) -> Callable[[Database], object] | None:
        """Keep the form's unsaved changes and drop them (an auto-lock asks nothing)."""
        form = self.pane.form if self.pane is not None else None
        if form is None or not form.dirty:
            return None
        state, reference = form.state(), form.reference
        form.discard_changes()

        def restore(_db: Database) -> None:
            assert self.pane is not None
            try:
                self.show_breach(reference)
            except BreachNotFound:
                return
            self.pane.form.restore_draft(state)
            self.pane.update_state()

        return restore

    def retranslate(self) -> None:
        super().retranslate()
        if self.pane is None:
            return
        self.search.setPlaceholderText(_("Search by reference, title, description or case "
                                         "number (Ctrl+F)"))
        self.only_open.setText(_("&Only open"))
        self.only_open.setToolTip(_("Leave out the closed breaches"))
        self.new_button.setText(_("&New breach…"))
        self.new_button.setToolTip(_("Record a breach as soon as it is discovered (Ctrl+N)"))
        self.pane.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._db is not None and self.model.has_source:
            self.tick()

    # --- choosing a breach ---------------------------------------------------------------------

    def _reference_at(self, index: QModelIndex) -> str | None:
        row = index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None
        return row.reference if isinstance(row, BreachRow) else None

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        reference = self._reference_at(current)
        if self._selecting or self.pane is None or reference is None \
                or reference == self.pane.form.reference:
            return
        form = self.pane.form
        if form.dirty:
            shown = form.reference
            QTimer.singleShot(0, lambda: self._select(shown))
            form.confirm_leave(lambda: self._show_chosen(reference))
        else:
            self._show_chosen(reference)

    def _show_chosen(self, reference: str) -> None:
        """Show the breach chosen in the list; one gone meanwhile is said so."""
        assert self.pane is not None
        try:
            self.show_breach(reference)
        except BreachNotFound as gone:
            self.pane.documents.tell(gone.text())
            self.model.refresh()

    def focus_list(self) -> None:
        """Put the keyboard focus in the list (when the area is chosen by its shortcut)."""
        self.table.setFocus()

    def show_breach(self, reference: str | None) -> None:
        """Show ``reference`` in the pane (None: a new breach) and choose it in the list."""
        assert self.pane is not None
        if reference is None:
            self.pane.form.show_new()
        else:
            self.pane.form.load(reference)
        self.pane.update_state()
        self._select(reference)

    def _select(self, reference: str | None) -> None:
        self._selecting = True
        try:
            while self.model.canFetchMore(QModelIndex()):
                self.model.fetchMore(QModelIndex())
            for row in range(self.model.rowCount()):
                if self.model.index(row, 0).data(ROW_ROLE).reference == reference:
                    self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                    return
            self.table.clearSelection()
        finally:
            self._selecting = False

    @Slot()
    def new_breach(self) -> None:
        if self._db is not None and self.pane is not None:
            self.pane.form.confirm_leave(lambda: self.show_breach(None))

    # --- keeping the list current ----------------------------------------------------------------

    @Slot(int)
    def _on_rows_fetched(self, _loaded: int) -> None:
        if self.pane is not None and not self._selecting:
            self._select(self.pane.form.reference)

    @Slot(QModelIndex)
    def _on_row_activated(self, _index: QModelIndex) -> None:
        """Enter or a double click on a row: into the form."""
        if self.pane is not None:
            self.pane.form.fields.setCurrentIndex(0)
            self.pane.form.fields.title.setFocus()

    @Slot()
    def _on_filter_changed(self) -> None:
        if self._db is not None:
            self.model.refresh()
            self._on_rows_fetched(0)

    @Slot(str)
    def _on_changed(self, reference: str) -> None:
        self.model.refresh()
        self._select(reference)

    @Slot()
    def _on_minute(self) -> None:
        if self.isVisible():  # a hidden area counts again when it is shown
            self.tick()

    @Slot()
    def tick(self) -> None:
        """The hours left as the clock runs: the list counted again, the form's deadline."""
        if self._db is None or self.pane is None:
            return
        self.model.refresh()
        self._on_rows_fetched(0)
        self.pane.form.tick()
