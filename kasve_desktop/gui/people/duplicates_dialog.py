"""Likely duplicate people: choose a group, the record to keep, and merge the others into it.

The groups come from ``services.merge.find_duplicates`` with the reason each
group was found. Merging asks for confirmation (``open()``), runs
``services.merge.merge`` for every other person of the group and shows what
was moved; the list is then found again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QTableWidgetItem, QWidget

from kasve_desktop.domain.duplicates import REASON_LABELS
from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.forms.ui_duplicates_dialog import Ui_DuplicatesDialog
from kasve_desktop.i18n import N_, _, display_number, ngettext
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import display_phone
from kasve_desktop.services.people.merge import DuplicateGroup, MergeReport, find_duplicates, merge

COLUMNS = (N_("Name"), N_("E-mail"), N_("Phone"), N_("Postal code and locality"),
           N_("Register entries"))
KINDS = {"entries": N_("register entries"), "consents": N_("consents"),
         "objections": N_("marketing objections"), "participations": N_("event sign-ups"),
         "requests": N_("requests"), "documents": N_("documents"),
         "emails": N_("e-mail addresses"), "phones": N_("phone numbers")}


def group_label(group: DuplicateGroup) -> str:
    reasons = ", ".join(_(REASON_LABELS[reason]) for reason in group.reasons)
    names = " / ".join(person.name for person in group.people)
    return f"{reasons}: {names}"


def report_text(reports: list[MergeReport]) -> str:
    moved: dict[str, int] = {}
    combined = 0
    for report in reports:
        for kind, count in report.moved.items():
            moved[kind] = moved.get(kind, 0) + count
        combined += sum(report.combined.values())
    lines = [ngettext("{count} record merged into the kept person.",
                      "{count} records merged into the kept person.",
                      len(reports)).format(count=display_number(len(reports)))]
    lines += [_("Moved {kind}: {count}").format(kind=_(KINDS.get(kind, kind)),
                                                 count=display_number(count))
              for kind, count in moved.items()]
    if combined:
        lines.append(_("Joined with what the kept person already had: {count}").format(
            count=display_number(combined)))
    return "\n".join(lines)


class DuplicatesDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DuplicatesDialog()
        self.ui.setupUi(self)
        self._db = db
        self.groups: list[DuplicateGroup] = []
        self.confirmation: QMessageBox | None = None
        self.report_box: QMessageBox | None = None
        self.reports: list[MergeReport] = []
        mute(self.ui.hint)
        self.ui.people.setColumnCount(len(COLUMNS))
        self.ui.people.setHorizontalHeaderLabels([_(title) for title in COLUMNS])
        self.ui.groups.currentRowChanged.connect(self._on_group_changed)
        self.ui.people.itemSelectionChanged.connect(self._update_hint)
        self.ui.merge_button.clicked.connect(self._on_merge_clicked)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.splitter.setSizes([300, 520])
        self.refresh()

    def refresh(self) -> None:
        self.groups = find_duplicates(self._db)
        self.ui.groups.clear()
        for group in self.groups:
            self.ui.groups.addItem(QListWidgetItem(group_label(group)))
        if self.groups:
            self.ui.groups.setCurrentRow(0)
        else:
            self.ui.people.setRowCount(0)
        self._update_hint()

    @property
    def group(self) -> DuplicateGroup | None:
        row = self.ui.groups.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    @property
    def keep_id(self) -> int | None:
        group, rows = self.group, self.ui.people.selectionModel().selectedRows()
        if group is None or not rows:
            return None
        return group.people[rows[0].row()].id

    @Slot(int)
    def _on_group_changed(self, _row: int) -> None:
        group = self.group
        table = self.ui.people
        table.setRowCount(0 if group is None else len(group.people))
        for row, person in enumerate(group.people if group is not None else ()):
            values = (person.name, ", ".join(person.emails),
                      ", ".join(display_phone(p) for p in person.phones),
                      " ".join(v for v in (person.postal_code, person.locality) if v),
                      display_number(person.entries))
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        if group is not None:
            table.selectRow(0)
        self._update_hint()

    @Slot()
    def _update_hint(self) -> None:
        group, keep = self.group, self.keep_id
        self.ui.merge_button.setEnabled(keep is not None)
        if group is None:
            self.ui.hint.setText(_("No likely duplicates."))
        elif keep is None:
            self.ui.hint.setText(_("Choose the record to keep."))
        else:
            name = next(p.name for p in group.people if p.id == keep)
            self.ui.hint.setText(_("{name} is kept; the others are merged into it.")
                                 .format(name=name))

    @Slot()
    def _on_merge_clicked(self) -> None:
        group, keep = self.group, self.keep_id
        if group is None or keep is None:
            return
        others = len(group.people) - 1
        box = QMessageBox(QMessageBox.Icon.Question, _("Merge"), ngettext(
            "Merge {count} other record into {name}? Its entries, consents, objections, "
            "requests and sign-ups move to {name}, and the record is deleted.",
            "Merge {count} other records into {name}? Their entries, consents, objections, "
            "requests and sign-ups move to {name}, and the records are deleted.",
            others).format(count=others, name=next(p.name for p in group.people
                                                    if p.id == keep)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(self._on_confirmed)
        self.confirmation = box
        box.open()

    @Slot(int)
    def _on_confirmed(self, result: int) -> None:
        box, self.confirmation = self.confirmation, None
        group, keep = self.group, self.keep_id
        if box is not None:
            box.deleteLater()
        if result != QMessageBox.StandardButton.Yes or group is None or keep is None:
            return
        self.reports = [merge(self._db, keep, other) for other in group.person_ids
                        if other != keep]
        self.refresh()
        report = QMessageBox(QMessageBox.Icon.Information, _("Merged"),
                             report_text(self.reports), QMessageBox.StandardButton.Ok, self)
        report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_box = report
        report.open()
