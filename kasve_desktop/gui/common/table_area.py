"""The common shape of a list area: a heading, a line of help, a lazily fetched table.

An area subclass names its columns and where its rows come from; this class
wires the model, the server-sorting proxy and the view, fits the columns after
the first batch, and shows an empty-state text when the list is empty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from kasve_desktop.gui.common.table_model import (
    ID_ROLE,
    Column,
    LazyTableModel,
    ListSource,
    ServerSortProxyModel,
)
from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.forms.ui_table_area import Ui_TableArea
from kasve_desktop.i18n import N_, _
from kasve_desktop.services.database import Database

MAX_COLUMN_WIDTH = 260
COLUMN_PADDING = 18
FIT_ROWS = 60
"""Rows a column's width is fitted to (about a tall window's worth): measuring a whole
batch of 200 asked every cell of it for its text, ~0.1 s when an area is first shown."""
ROW_PADDING = 10
LOCKED_TEXT = N_("The database is locked. Press Ctrl+L to open it again.")


class TableArea(QWidget):
    """Base of the list areas; subclasses set the class texts and two methods."""

    title: ClassVar[str] = ""
    """Msgid of the area's name (navigation and heading)."""
    icon_name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    empty_text: ClassVar[str] = ""

    record_activated = Signal(int)
    """A row was double-clicked or Enter was pressed on it: the record's id."""

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.ui = Ui_TableArea()
        self.ui.setupUi(self)
        self.model: LazyTableModel[Any] = LazyTableModel(self.columns(), parent=self)
        self.proxy = ServerSortProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._fit_pending = True
        self._set_up_view()
        mute(self.ui.description)
        mute(self.ui.summary)
        mute(self.ui.empty_label)
        self.model.modelReset.connect(self._on_reset)
        self.model.fetched.connect(self._on_fetched)
        self.ui.table.activated.connect(self._on_activated)
        self.retranslate()

    # --- what a subclass provides ----------------------------------------------

    def columns(self) -> list[Column[Any]]:
        raise NotImplementedError

    def source(self, db: Database) -> ListSource[Any]:
        raise NotImplementedError

    def count_text(self, total: int) -> str:
        """The area's size next to its heading (``152 people``)."""
        raise NotImplementedError

    # --- what the main window calls --------------------------------------------

    @property
    def table(self) -> QAbstractItemView:
        return self.ui.table

    def set_database(self, db: Database | None) -> None:
        """Show the lists of ``db``; None empties every view (the database is locked)."""
        self.model.set_source(None if db is None else self.source(db))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.heading.setText(_(self.title))
        self.ui.description.setText(_(self.description))
        self.model.retranslate()
        self._fit_pending = True
        self._update_state()
        if self.model.rowCount():
            self._fit_columns()

    # --- internals -----------------------------------------------------------

    def _set_up_view(self) -> None:
        view = self.ui.table
        view.setModel(self.proxy)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setResizeContentsPrecision(FIT_ROWS)
        view.setSortingEnabled(True)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + ROW_PADDING)

    def _update_state(self) -> None:
        has_rows = self.model.total > 0
        self.ui.content.setCurrentWidget(self.ui.table_page if has_rows else self.ui.empty_page)
        self.ui.empty_label.setText(_(self.empty_text if self.model.has_source else LOCKED_TEXT))
        self.ui.summary.setText(self.count_text(self.model.total) if self.model.has_source
                                else "")

    def _fit_columns(self) -> None:
        """Columns as wide as their contents (capped), with spacing where there is room."""
        view = self.ui.table
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        widths = [min(header.sectionSize(i), MAX_COLUMN_WIDTH) for i in range(header.count())]
        spare = view.viewport().width() - sum(widths)
        padding = max(0, min(COLUMN_PADDING, spare // max(len(widths), 1)))
        for section, width in enumerate(widths[:-1]):
            header.resizeSection(section, width + padding)
        self._fit_pending = False

    @Slot()
    def _on_reset(self) -> None:
        self._fit_pending = True
        self._update_state()

    @Slot(int)
    def _on_fetched(self, _loaded: int) -> None:
        if self._fit_pending:
            self._fit_columns()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is not None:
            self.record_activated.emit(int(record_id))
