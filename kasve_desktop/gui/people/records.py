"""Small shared pieces of the person page: a read-only table of records, dates, questions.

``RecordsModel`` shows a short list of frozen rows (a person's register
entries, consents, objections) in columns; the rows come from a service call,
not from a lazily fetched query, because one person has only a few.
Optional dates are edited with a ``QDateEdit`` whose lowest date shows "—".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from kasve_desktop.i18n import _

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
NO_DATE = QDate(1900, 1, 1)
MUTED = QColor("#6b7378")
ROW_PADDING = 10


@dataclass(frozen=True)
class RecordColumn:
    title: str
    """Msgid of the header."""
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None
    stretch: bool = False
    """Takes the width left over (one long-text column per table)."""


class RecordsModel(QAbstractTableModel):
    """Frozen rows in columns, read only; ``muted(row)`` greys out rows no longer in force."""

    def __init__(self, columns: Sequence[RecordColumn],
                 muted: Callable[[Any], bool] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._muted = muted

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(row):
            return MUTED
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return _(self.columns[section].title)
        return super().headerData(section, orientation, role)


def set_up_table(view: QTableView, model: RecordsModel) -> None:
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + ROW_PADDING)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for section, column in enumerate(model.columns):
        header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch if column.stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


def selected_row(view: QTableView, model: RecordsModel) -> Any:
    """The row chosen in ``view``, or None."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isRowSelected(index.row(), ROOT):
        return None
    return model.rows[index.row()] if index.row() < len(model.rows) else None


# --- dates ---------------------------------------------------------------------------------

def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def allow_no_date(edit: QDateEdit) -> None:
    """Let ``edit`` hold "no date": its lowest date, shown as "—"."""
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")


def set_optional_date(edit: QDateEdit, day: dt.date | None) -> None:
    edit.setDate(NO_DATE if day is None else to_qdate(day))


def optional_date(edit: QDateEdit) -> dt.date | None:
    return None if edit.date() == NO_DATE else from_qdate(edit.date())


# --- questions -------------------------------------------------------------------------------

def ask(parent: QWidget, title: str, text: str, then: Callable[[], None],
        detail: str = "") -> QMessageBox:
    """A Yes/No question (No by default), shown without blocking; ``then`` runs on Yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                      parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if detail:
        box.setInformativeText(detail)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            then()

    box.finished.connect(answered)
    box.open()
    return box
