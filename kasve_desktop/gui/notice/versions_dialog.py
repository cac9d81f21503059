"""The version history: every published version, its PDF, and a comparison of two.

``open_requested(number)`` asks the area to show a version's PDF in its
preview; Compare opens ``CompareDialog`` on the two selected versions (or on a
single selected one and the version before it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from kasve_desktop.clock import local_time
from kasve_desktop.gui.common.widgets import busy_cursor, mute
from kasve_desktop.gui.forms.ui_versions_dialog import Ui_VersionsDialog
from kasve_desktop.gui.notice.compare_dialog import CompareDialog
from kasve_desktop.i18n import N_, _, display_date, display_datetime
from kasve_desktop.services.database import Database
from kasve_desktop.services.registers import notice as notice_service
from kasve_desktop.services.registers.notice import VersionInfo

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (N_("Version"), N_("Effective from"), N_("Published"), N_("Check"), N_("Registers"),
           N_("Note"))
CHECK_COLUMN = 3
AnyIndex = QModelIndex | QPersistentModelIndex


class VersionsModel(QAbstractTableModel):
    """The published versions, newest first (a handful: held in memory)."""

    def __init__(self, versions: Sequence[VersionInfo], names: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._versions = list(versions)
        self._names = dict(names)

    def version(self, row: int) -> VersionInfo:
        return self._versions[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._versions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return _(HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._versions):
            return None
        info = self._versions[index.row()]
        if role == NUMBER_ROLE:
            return info.number
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == CHECK_COLUMN:
            return _override_text(info) or None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(info, index.column())
        return None

    def _text(self, info: VersionInfo, column: int) -> str:
        check = "⚠ " + _("Despite gaps") if info.override_reason else ""
        texts = (str(info.number), display_date(info.effective_date),
                 display_datetime(local_time(info.published_at)), check,
                 ", ".join(self._names.get(k, k) for k in info.register_keys),
                 info.note.replace("\n", " "))
        return texts[column] if 0 <= column < len(texts) else ""


def _override_text(info: VersionInfo) -> str:
    """Versions published although the check showed gaps are marked, with the reason."""
    if not info.override_reason:
        return ""
    return _("Published despite gaps: {reason}").format(
        reason=info.override_reason.replace("\n", " "))


class VersionsDialog(QDialog):
    open_requested = Signal(int)
    """Show this version's PDF in the preview."""

    def __init__(self, db: Database, lang: str, names: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VersionsDialog()
        self.ui.setupUi(self)
        self._db, self._lang = db, lang
        self.model = VersionsModel(notice_service.versions(db), names, self)
        self.compare_dialog: CompareDialog | None = None
        self._set_up_table()
        mute(self.ui.hint)
        mute(self.ui.empty_label)
        self.ui.open_button.clicked.connect(self.open_selected)
        self.ui.compare_button.clicked.connect(self.compare_selected)
        self.ui.table.activated.connect(self._on_activated)
        self.ui.buttons.rejected.connect(self.reject)
        self._update_buttons()

    def _set_up_table(self) -> None:
        table = self.ui.table
        table.setModel(self.model)
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.resizeColumnsToContents()
        registers = CHECK_COLUMN + 1
        table.horizontalHeader().setSectionResizeMode(registers, QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().resizeSection(registers, min(table.columnWidth(registers), 300))
        has_rows = self.model.rowCount() > 0
        self.ui.content.setCurrentWidget(self.ui.table if has_rows else self.ui.empty_page)
        if has_rows:
            table.selectRow(0)
            table.setFocus()

    def select_numbers(self, numbers: Sequence[int]) -> None:
        """Select the rows of these version numbers (for the keyboard and for tests)."""
        table = self.ui.table
        table.clearSelection()
        mode = table.selectionMode()
        table.setSelectionMode(table.SelectionMode.MultiSelection)
        for row in range(self.model.rowCount()):
            if self.model.version(row).number in numbers:
                table.selectRow(row)
        table.setSelectionMode(mode)

    def selected_numbers(self) -> list[int]:
        """The selected version numbers, oldest first."""
        rows = self.ui.table.selectionModel().selectedRows()
        return sorted(self.model.version(index.row()).number for index in rows)

    def comparison_pair(self) -> tuple[int, int] | None:
        """Two selected versions, or one and the version published before it."""
        chosen = self.selected_numbers()
        if len(chosen) == 2:
            return chosen[0], chosen[1]
        if len(chosen) == 1:
            older = [self.model.version(r).number for r in range(self.model.rowCount())
                     if self.model.version(r).number < chosen[0]]
            return (max(older), chosen[0]) if older else None
        return None

    @Slot()
    def open_selected(self) -> None:
        chosen = self.selected_numbers()
        if len(chosen) == 1:
            self.open_requested.emit(chosen[0])
            self.accept()

    @Slot()
    def compare_selected(self) -> None:
        pair = self.comparison_pair()
        if pair is None:
            return
        with busy_cursor():
            changes = notice_service.compare(self._db, pair[0], pair[1], self._lang)
        if self.compare_dialog is not None:
            self.compare_dialog.deleteLater()
        self.compare_dialog = CompareDialog(changes, pair[0], pair[1], self)
        self.compare_dialog.open()

    @Slot()
    def _update_buttons(self) -> None:
        self.ui.open_button.setEnabled(len(self.selected_numbers()) == 1)
        self.ui.compare_button.setEnabled(self.comparison_pair() is not None)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(int(index.data(NUMBER_ROLE)))
        self.accept()
