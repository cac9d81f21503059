"""Asetukset ▸ Varmuuskopiot: automatic backups on or off, their folder, how many are
kept, the last backup (or that there is none) and "Back up now"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.gui.common.widgets import ERROR_STYLE, mute
from kasve_desktop.gui.safety.automatic_backup import AutomaticBackups, record_time
from kasve_desktop.i18n import _
from kasve_desktop.services.safety import automatic


def _left(widget: QWidget) -> QHBoxLayout:
    """``widget`` at its own width, at the left of its row."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class BackupSection(QGroupBox):
    """The settings of ``backups``, shown in Asetukset."""

    def __init__(self, backups: AutomaticBackups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_group")
        self.backups = backups
        self.folder_dialog: QFileDialog | None = None
        form = QFormLayout(self)
        self.automatic = QCheckBox(self)
        self.automatic.setObjectName("automatic_backups")
        form.addRow(self.automatic)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("backup_folder")
        self.folder.setReadOnly(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("choose_backup_folder")
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        mute(self.hint)
        field = QVBoxLayout()
        field.addLayout(row)
        field.addWidget(self.hint)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.folder)
        form.addRow(self.folder_label, field)
        self.keep = QSpinBox(self)
        self.keep.setObjectName("backups_kept")
        self.keep.setRange(automatic.MIN_KEEP, automatic.MAX_KEEP)
        self.keep_label = QLabel(self)
        self.keep_label.setBuddy(self.keep)
        form.addRow(self.keep_label, _left(self.keep))
        self.last = QLabel(self)
        self.last.setObjectName("last_backup")
        self.last.setWordWrap(True)
        self.last.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_label = QLabel(self)
        form.addRow(self.last_label, self.last)
        self.failure = QLabel(self)
        self.failure.setObjectName("backup_failure")
        self.failure.setWordWrap(True)
        self.failure.setStyleSheet(ERROR_STYLE)
        form.addRow("", self.failure)
        self._failure_row = form.rowCount() - 1
        self._form = form
        self.backup_now_button = QPushButton(self)
        self.backup_now_button.setObjectName("backup_now_button")
        form.addRow("", _left(self.backup_now_button))
        self.automatic.toggled.connect(self.backups.set_enabled)
        self.keep.valueChanged.connect(self.backups.set_keep)
        self.choose_button.clicked.connect(self.choose_folder)
        self.backup_now_button.clicked.connect(self.backups.backup_now)
        self.backups.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(_("Backups"))
        self.automatic.setText(_("&Back up automatically (when the window closes, and daily)"))
        self.folder_label.setText(_("&Folder:"))
        self.choose_button.setText(_("Choose…"))
        self.hint.setText(_("A backup on the same disk does not survive the disk or the "
                            "laptop: an external drive or a network folder is better."))
        self.keep_label.setText(_("&Keep:"))
        self.keep.setSuffix(_(" newest automatic backups"))
        self.last_label.setText(_("Last backup:"))
        self.backup_now_button.setText(_("Back &up now"))
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        backups = self.backups
        for box, value in ((self.automatic, backups.enabled), (self.keep, backups.keep)):
            box.blockSignals(True)
            if isinstance(box, QCheckBox):
                box.setChecked(bool(value))
            else:
                box.setValue(int(value))
            box.blockSignals(False)
        self.folder.setText(str(backups.folder))
        self.folder.setToolTip(str(backups.folder))
        last = backups.last()
        if backups.database is None:
            self.last.setText("—")
        elif last is None:
            self.last.setText(_("Not backed up yet"))
        else:
            self.last.setText(_("{time} — {file}").format(time=record_time(last),
                                                         file=last.file))
        failure = backups.last_failure()
        self._form.setRowVisible(self._failure_row, failure is not None)
        self.failure.setText("" if failure is None else _(
            "The automatic backup of {time} failed: {reason}").format(
                time=record_time(failure), reason=failure.reason))
        self.backup_now_button.setEnabled(backups.database is not None)

    @Slot()
    def choose_folder(self) -> None:
        dialog = QFileDialog(self, _("Folder for automatic backups"),
                             str(self.backups.folder))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.use_folder)
        self.folder_dialog = dialog
        dialog.open()

    @Slot(str)
    def use_folder(self, folder: str) -> None:
        self.folder_dialog = None
        if folder:
            self.backups.set_folder(Path(folder))
