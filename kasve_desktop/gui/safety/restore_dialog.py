"""The preview before a restore: what the backup holds, and what will be replaced.

The backup's file and times (its last audit entry and what it was, the file's own
time), the counts of registers, people, requests and documents in it, and a warning
that the open database is replaced, with where its safety copy goes. Cancel is the
default button; the replacing button says what it does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.clock import file_time, local_time
from kasve_desktop.domain.vocabulary import AUDIT_ACTION_LABELS
from kasve_desktop.gui.common.widgets import PATH_WIDTH, show_path, translated
from kasve_desktop.i18n import N_, _, display_datetime, display_number
from kasve_desktop.services.listing import RECORD_TYPE_LABELS
from kasve_desktop.services.safety.backups import BackupContents

WARNING_STYLE = ("background: #fdecea; color: #8c1d18; border: 1px solid #f2b8b5; "
                 "border-radius: 4px; padding: 8px;")
COUNTS = (("register", N_("Registers")), ("person", N_("People")),
          ("request", N_("Requests")), ("document", N_("Documents")),
          ("audit_entry", N_("Log entries")))


def moment_text(moment: dt.datetime | None) -> str:
    """A stored (UTC) or aware instant in Helsinki time; a dash for none."""
    return display_datetime(local_time(moment)) if moment is not None else "—"


def entry_text(entry: tuple[str, str, str] | None) -> str:
    """The backup's last audit entry as the Loki area names it: action, record type, id."""
    if entry is None:
        return "—"
    action, record_type, record_id = entry
    return f"{translated(AUDIT_ACTION_LABELS, action)} · " \
        f"{translated(RECORD_TYPE_LABELS, record_type)} {record_id}"


class RestoreDialog(QDialog):
    """Accepted: the user chose to replace the open database by the backup."""

    def __init__(self, contents: BackupContents, database: Path, safety: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(_("Restore a backup"))
        self.contents = contents
        layout = QVBoxLayout(self)
        heading = QLabel(_("<b>Restore the database from this backup?</b>"), self)
        layout.addWidget(heading)
        layout.addLayout(self._facts(contents))
        self.warning = QLabel(self._warning_text(database, safety), self)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.warning)
        layout.addWidget(self._buttons())
        self.setMinimumWidth(PATH_WIDTH + 200)

    def _facts(self, contents: BackupContents) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("backup_file")
        show_path(self.file_label, contents.path)
        form.addRow(_("Backup:"), self.file_label)
        self.audit_label = QLabel(moment_text(contents.last_audit), self)
        self.audit_label.setObjectName("last_audit")
        form.addRow(_("Last change in it:"), self.audit_label)
        self.entry_label = QLabel(entry_text(contents.last_entry), self)
        self.entry_label.setObjectName("last_entry")
        form.addRow(_("Last log entry:"), self.entry_label)
        mtime = file_time(contents.path.stat().st_mtime)
        self.file_time_label = QLabel(moment_text(mtime), self)
        self.file_time_label.setObjectName("file_time")
        form.addRow(_("File saved:"), self.file_time_label)
        self.count_labels: dict[str, QLabel] = {}
        for table, title in COUNTS:
            label = QLabel(display_number(contents.count(table)), self)
            label.setObjectName(f"count_{table}")
            self.count_labels[table] = label
            form.addRow(_(title) + ":", label)
        return form

    @staticmethod
    def _warning_text(database: Path, safety: Path) -> str:
        return _("The open database {name} will be replaced by this backup: whatever was "
                 "changed after the backup was made is lost. A checked safety copy of the "
                 "current database is made first, at {safety}."
                 ).format(name=database.name, safety=safety)

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.replace_button = QPushButton(_("Replace the database with the backup"), self)
        self.replace_button.setObjectName("replace_button")
        self.replace_button.setAutoDefault(False)
        self.cancel_button = box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setText(_("Cancel"))
        box.addButton(self.replace_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        return box
