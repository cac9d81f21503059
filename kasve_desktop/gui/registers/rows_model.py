"""The rows of a list editor as a table model: dataclass rows edited in place.

``RowsModel`` shows a list of dataclass rows (register items, subsidiaries) in
columns (``ListColumn``): a per-language text, a plain string, a check box or a
choice. An edit changes the row's attribute and emits ``edited``; a text shown
in Finnish for lack of a translation is greyed and in italics.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kasve_desktop.i18n import N_, _, current_language, display_date

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 10
ERROR_BACKGROUND = QColor("#fbe3e1")
FALLBACK_COLOUR = QColor("#6b7378")
SOURCE_LANGUAGE = "fi"


class Kind(enum.Enum):
    TEXT = "text"      # a dict of texts per language
    PLAIN = "plain"    # one string
    CHECK = "check"    # a bool
    CHOICE = "choice"  # one of ``choices``
    DATE = "date"      # a date or None, typed as 1.3.2025 (or 2025-03-01)


Label = str | dict[str, str]
"""A choice's label: a msgid, or a name per language (the notice's vocabulary)."""


def label_text(label: Label) -> str:
    """The label in the interface's language."""
    if isinstance(label, dict):
        return label.get(current_language()) or label.get(SOURCE_LANGUAGE, "")
    return _(label)


BAD_DATE = N_("Type the date as day.month.year, e.g. 1.3.2025.")


@dataclass(frozen=True)
class ListColumn:
    key: str
    title: str
    """Msgid of the header."""
    kind: Kind = Kind.TEXT
    choices: tuple[tuple[object, Label], ...] = ()
    """(value, label) for a choice column."""
    stretch: bool = False


class RowsModel(QAbstractTableModel):
    """Dataclass rows in columns; edits change the rows in place and emit ``edited``."""

    edited = Signal()

    def __init__(self, columns: Sequence[ListColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.lang = SOURCE_LANGUAGE
        self.errors: dict[tuple[int, str], str] = {}

    # --- what the editor calls ------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.errors = {}
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._refresh()

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        self.errors = dict(errors)
        self._refresh()

    def insert(self, position: int, row: Any) -> None:
        self.beginInsertRows(ROOT, position, position)
        self.rows.insert(position, row)
        self.endInsertRows()
        self.edited.emit()

    def remove(self, position: int) -> None:
        self.beginRemoveRows(ROOT, position, position)
        del self.rows[position]
        self.endRemoveRows()
        self.errors = {}
        self.edited.emit()

    def move(self, position: int, delta: int) -> bool:
        target = position + delta
        if not (0 <= position < len(self.rows) and 0 <= target < len(self.rows)):
            return False
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(ROOT, position, position, ROOT, destination)
        self.rows.insert(target, self.rows.pop(position))
        self.endMoveRows()
        self.errors = {}
        self.edited.emit()
        return True

    def missing_translations(self) -> int:
        """How many texts of the rows exist in Finnish but not in the shown language."""
        return sum(1 for row in self.rows for c in self.columns if c.kind is Kind.TEXT
                   and _lacks(getattr(row, c.key), self.lang))

    def _refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1))

    # --- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return _(self.columns[section].title)
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].kind is Kind.CHECK:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = getattr(row, column.key)
        error = self.errors.get((index.row(), column.key))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ERROR_BACKGROUND) if error else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return error or self._tooltip(column, value)
        return self._value_data(column, value, role)

    def _value_data(self, column: ListColumn, value: Any, role: int) -> Any:
        if column.kind is Kind.TEXT:
            return self._text_data(value, role)
        if column.kind is Kind.CHECK:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if column.kind is Kind.CHOICE:
            position = _choice_index(column, value)
            if role == CHOICE_ROLE:
                return position
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return label_text(column.choices[position][1]) if position >= 0 else ""
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column.kind is Kind.DATE:
                return display_date(value) if value else ""
            return str(value or "")
        return None

    def _text_data(self, texts: dict[str, str], role: int) -> Any:
        own = texts.get(self.lang, "")
        fallback = _lacks(texts, self.lang)
        if role == Qt.ItemDataRole.EditRole:
            return own
        if role == Qt.ItemDataRole.DisplayRole:
            return texts.get(SOURCE_LANGUAGE, "") if fallback else own
        if role == Qt.ItemDataRole.ForegroundRole and fallback:
            return QBrush(FALLBACK_COLOUR)
        if role == Qt.ItemDataRole.FontRole and fallback:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _tooltip(self, column: ListColumn, value: Any) -> str | None:
        if column.kind is not Kind.TEXT:
            return None
        if _lacks(value, self.lang):
            return _("Not translated yet; the Finnish text is shown.")
        return value.get(self.lang) or None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() >= len(self.rows):
            return False
        row, column = self.rows[index.row()], self.columns[index.column()]
        try:
            new = self._converted(column, getattr(row, column.key), value, role)
        except ValueError:
            self.errors[(index.row(), column.key)] = _(BAD_DATE)
            self.dataChanged.emit(index, index)
            return False
        if new is _UNCHANGED:
            return False
        setattr(row, column.key, new)
        self.errors.pop((index.row(), column.key), None)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def _converted(self, column: ListColumn, old: Any, value: Any, role: int) -> Any:
        if column.kind is Kind.CHECK and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            return checked if checked != bool(old) else _UNCHANGED
        if column.kind is Kind.CHOICE and role == CHOICE_ROLE:
            position = int(value)
            if not 0 <= position < len(column.choices):
                return _UNCHANGED
            new_value = column.choices[position][0]
            return new_value if new_value != old else _UNCHANGED
        if role != Qt.ItemDataRole.EditRole or column.kind in (Kind.CHECK, Kind.CHOICE):
            return _UNCHANGED
        text = str(value)
        if column.kind is Kind.PLAIN:
            return text if text != old else _UNCHANGED
        if column.kind is Kind.DATE:
            day = parse_date(text)
            return day if day != old else _UNCHANGED
        texts = dict(old)
        if text.strip():
            texts[self.lang] = text
        else:
            texts.pop(self.lang, None)
        return texts if texts != old else _UNCHANGED


_UNCHANGED = object()


def parse_date(text: str) -> dt.date | None:
    """``1.3.2025`` or ``2025-03-01``; empty is None; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    if "-" in text:
        return dt.date.fromisoformat(text)
    day, month, year = (int(part) for part in text.rstrip(".").split("."))
    return dt.date(year, month, day)


def _lacks(texts: dict[str, str], lang: str) -> bool:
    return (lang != SOURCE_LANGUAGE and not texts.get(lang, "").strip()
            and bool(texts.get(SOURCE_LANGUAGE, "").strip()))


def _choice_index(column: ListColumn, value: Any) -> int:
    for position, (choice, _label) in enumerate(column.choices):
        if choice == value and type(choice) is type(value):
            return position
    return -1
