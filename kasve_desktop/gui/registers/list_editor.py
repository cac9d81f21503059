"""A list of small records edited in place: add, remove, move up and down, by keyboard too.

The ``ItemListEditor`` puts a ``RowsModel`` (``rows_model``: dataclass rows such
as register items and subsidiaries, in columns) in a table with buttons and
shortcuts (Insert adds, Del removes, Ctrl+Up/Down move) and shows the errors of
its rows under it. Choice columns are edited with a combo box (``ChoiceDelegate``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.gui.common.widgets import show_error
from kasve_desktop.gui.registers.rows_model import (
    CHOICE_ROLE,
    AnyIndex,
    Kind,
    ListColumn,
    RowsModel,
    label_text,
)
from kasve_desktop.i18n import _

# Kind and ListColumn too: a form configures its editors with them.
__all__ = ["ChoiceDelegate", "ItemListEditor", "Kind", "ListColumn"]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for choice columns; it commits as soon as an option is picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        model = index.model()
        column = model.columns[index.column()] if isinstance(model, RowsModel) else None
        if column is None or column.kind is not Kind.CHOICE:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for _value, label in column.choices:
            combo.addItem(label_text(label))
        combo.activated.connect(self._commit)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, int(index.data(CHOICE_ROLE) or 0)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentIndex(), CHOICE_ROLE)
        else:
            super().setModelData(editor, model, index)

    @Slot()
    def _commit(self) -> None:
        editor = self.sender()
        if isinstance(editor, QWidget):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor)


class ItemListEditor(QWidget):
    """A table of rows with Add / Remove / Up / Down and the rows' errors under it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel([], self)
        self._factory: Callable[[], Any] = lambda: None
        self.view = QTableView(self)
        self.view.setObjectName("rows")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self._set_up_view()
        self.add_button, self.remove_button, self.up_button, self.down_button = (
            self._button(name) for name in ("add_button", "remove_button", "up_button",
                                            "down_button"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self._lay_out()
        self._connect()
        self.retranslate()

    def _set_up_view(self) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setHighlightSections(False)
        view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                    | Qt.AlignmentFlag.AlignVCenter)

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _lay_out(self) -> None:
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.view, 1)
        row.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(3)
        outer.addLayout(row)
        outer.addWidget(self.error_label)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.model.edited.connect(self._on_edited)
        self.model.rowsInserted.connect(self._fit_rows)
        self.model.modelReset.connect(self._fit_rows)
        self.model.dataChanged.connect(self._fit_rows)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        for keys, slot in ((QKeySequence.StandardKey.Delete, self.remove_row),
                           (QKeySequence("Ctrl+Up"), self.move_up),
                           (QKeySequence("Ctrl+Down"), self.move_down),
                           (QKeySequence("Insert"), self.add_row)):
            shortcut = QShortcut(keys, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    # --- set-up by the form -----------------------------------------------------------

    def configure(self, columns: Sequence[ListColumn], factory: Callable[[], Any]) -> None:
        """The columns to show and how a new row is made."""
        self.model.beginResetModel()
        self.model.columns = list(columns)
        self.model.endResetModel()
        self._factory = factory
        header = self.view.horizontalHeader()
        for section, column in enumerate(columns):
            mode = (QHeaderView.ResizeMode.Stretch if column.stretch
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(section, mode)
        self._update_buttons()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.show_errors({})
        self._update_buttons()

    def rows(self) -> list[Any]:
        return list(self.model.rows)

    def set_language(self, lang: str) -> None:
        self.model.set_language(lang)

    def show_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Errors by (row, column key): the cells turn red and the reasons show below."""
        self.model.set_errors(errors)
        titles = {c.key: _(c.title) for c in self.model.columns}
        lines = [_("Row {row}, {column}: {reason}").format(
            row=row + 1, column=titles.get(key, key), reason=reason)
            for (row, key), reason in sorted(errors.items())]
        show_error(self.error_label, "\n".join(lines))
        self.error_label.setVisible(bool(lines))
        self.view.setStyleSheet("QTableView { border: 1px solid #b3261e; }" if lines else "")

    def retranslate(self) -> None:
        texts = ((self.add_button, _("&Add"), _("Add a row (Insert)")),
                 (self.remove_button, _("&Remove"), _("Remove the selected row (Del)")),
                 (self.up_button, _("Move &up"), _("Move the selected row up (Ctrl+Up)")),
                 (self.down_button, _("Move do&wn"), _("Move the selected row down "
                                                      "(Ctrl+Down)")))
        for button, text, tip in texts:
            button.setText(text)
            button.setToolTip(tip)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(0, self.model.columnCount() - 1))
        self.model.set_language(self.model.lang)

    # --- actions -------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    @Slot()
    def add_row(self) -> None:
        row = self.current_row()
        position = row + 1 if row >= 0 else self.model.rowCount()
        self.model.insert(position, self._factory())
        first = next((i for i, c in enumerate(self.model.columns)
                      if c.kind in (Kind.TEXT, Kind.PLAIN)), 0)
        index = self.model.index(position, first)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    @Slot()
    def remove_row(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.model.remove(row)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1),
                                                       max(0, self.view.currentIndex().column())))
        self.show_errors({})

    @Slot()
    def move_up(self) -> None:
        self._move(-1)

    @Slot()
    def move_down(self) -> None:
        self._move(1)

    def _move(self, delta: int) -> None:
        row = self.current_row()
        column = max(0, self.view.currentIndex().column())
        if self.model.move(row, delta):
            self.view.setCurrentIndex(self.model.index(row + delta, column))
            self.show_errors({})

    @Slot()
    def _on_edited(self) -> None:
        self._update_buttons()
        self.changed.emit()

    @Slot()
    def _fit_rows(self) -> None:
        self.view.resizeRowsToContents()

    @Slot()
    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
