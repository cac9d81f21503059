"""One lazy table model for every list, and the proxy that lets the database sort.

The model is parameterised by its columns, a count callable and a page
callable (usually bound to a function of ``services.listing``). It fetches
rows in batches as the view scrolls (``canFetchMore``/``fetchMore``) and sorts
by asking the database again with another order, so that the order is right
for rows not fetched yet. Headers and translated cells are re-read when the
language changes.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from kasve_desktop.i18n import _
from kasve_desktop.services.listing import Order, Page

RowT = TypeVar("RowT")
AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

BATCH_SIZE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's frozen dataclass."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The record id of the row (its ``id`` attribute)."""


class Emphasis(enum.Enum):
    """How a cell asks for attention."""

    ALERT = "alert"      # overdue, due for deletion
    WARNING = "warning"  # close to a limit
    MUTED = "muted"      # closed, no longer in play


EMPHASIS_COLOURS = {Emphasis.ALERT: "#b3261e", Emphasis.WARNING: "#9a5b00",
                    Emphasis.MUTED: "#6b7378"}


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """A column: its sort key, its header (a msgid), and how a row shows in it."""

    key: str
    title: str
    text: Callable[[RowT], str]
    numeric: bool = False
    tooltip: Callable[[RowT], str] | None = None
    emphasis: Callable[[RowT], Emphasis | None] | None = None


@dataclass(frozen=True)
class ListSource(Generic[RowT]):
    """Where a list's rows come from: a count and pages in a named order."""

    count: Callable[[], int]
    page: Callable[[Page], Sequence[RowT]]


class LazyTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows fetched from a ``ListSource`` in batches, sorted by the database."""

    fetched = Signal(int)
    """The number of rows loaded, after each batch."""

    def __init__(self, columns: Sequence[Column[RowT]], batch_size: int = BATCH_SIZE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._batch_size = batch_size
        self._source: ListSource[RowT] | None = None
        self._order = Order()
        self._rows: list[RowT] = []
        self._total = 0
        self._busy = False  # no fetching from inside a reset or another fetch

    # --- what the model shows -------------------------------------------------

    def set_source(self, source: ListSource[RowT] | None) -> None:
        """Show another list (None: show nothing, e.g. while locked)."""
        self._source = source
        self.refresh()

    def refresh(self) -> None:
        """Forget the loaded rows and count again; the view fetches what it shows."""
        self._busy = True
        try:
            self.beginResetModel()
            self._rows = []
            self._total = self._source.count() if self._source is not None else 0
            self.endResetModel()
        finally:
            self._busy = False

    def retranslate(self) -> None:
        """Re-read headers and cells in the current language (re-query if sorted)."""
        if self._order.key is not None:
            self.refresh()
        elif self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    @property
    def has_source(self) -> bool:
        return self._source is not None

    @property
    def total(self) -> int:
        """How many rows the list has, fetched or not."""
        return self._total

    @property
    def order(self) -> Order:
        return self._order

    # --- QAbstractTableModel ---------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role in (ROW_ROLE, ID_ROLE):
            return row if role == ROW_ROLE else getattr(row, "id", None)
        return self._decoration(row, column, role)

    def _decoration(self, row: RowT, column: Column[RowT], role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            emphasis = column.emphasis(row) if column.emphasis is not None else None
            if emphasis is None:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(EMPHASIS_COLOURS[emphasis])
            return _bold() if emphasis is Emphasis.ALERT else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return super().headerData(section, orientation, role)
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _(column.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def canFetchMore(self, parent: AnyIndex = ROOT) -> bool:
        return not (parent.isValid() or self._busy) and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = ROOT) -> None:
        if parent.isValid() or self._source is None or self._busy:
            return
        self._busy = True
        try:
            self._fetch_batch()
        finally:
            self._busy = False
        self.fetched.emit(len(self._rows))

    def _fetch_batch(self) -> None:
        assert self._source is not None
        start = len(self._rows)
        wanted = min(self._batch_size, self._total - start)
        if wanted <= 0:
            return
        rows = list(self._source.page(Page(self._order, start, wanted)))
        if len(rows) < wanted:  # the list shrank since it was counted
            self._total = start + len(rows)
        if rows:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the database for another order; column -1 restores the natural order."""
        if 0 <= column < len(self._columns):
            wanted = Order(self._columns[column].key, order == Qt.SortOrder.DescendingOrder)
        else:
            wanted = Order()
        if wanted != self._order:
            self._order = wanted
            self.refresh()


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ServerSortProxyModel(QSortFilterProxyModel):
    """A proxy that leaves sorting to its source model (which asks the database)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
