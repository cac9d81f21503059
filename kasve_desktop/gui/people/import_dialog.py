"""Importing people from a CSV or XLSX file: mapping, check, confirmation, progress.

The file is read and checked off the GUI thread (``services.importing``); every
change of the mapping, the event or the register checks it again. Import asks for
confirmation, then writes everything in one transaction as a ``Job`` with a
progress dialog; cancelling rolls the whole import back.

An event may be chosen (or given as ``event_id``, for a participant list opened from the
Events area): the people are then also signed up for it, and choosing it selects its
register, which may still be changed (see ``services.people.import_participants``).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QProgressDialog,
    QTableWidgetItem,
    QWidget,
)

from kasve_desktop.domain.import_mapping import FIELD_LABELS, FIELDS, ColumnMap
from kasve_desktop.gui.common.widgets import mute, show_error
from kasve_desktop.gui.common.worker import Job
from kasve_desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from kasve_desktop.i18n import _, display_date, ngettext
from kasve_desktop.services.database import Database
from kasve_desktop.services.events.events import event_summaries
from kasve_desktop.services.people import importing
from kasve_desktop.services.people.import_participants import EventNotFound, find_event
from kasve_desktop.services.people.import_reading import column_name, describe
from kasve_desktop.services.people.import_report import reasons, status_text, summary_lines
from kasve_desktop.services.people.importing import ImportPlan, ImportSummary, RowStatus
from kasve_desktop.services.registers.registers import list_registers

PREVIEW_ROWS = 20
REPORT_ROWS = 1000
INVALID_COLOUR = QColor("#b3261e")


class ImportCancelled(Exception):
    """The user cancelled the import while it was being written (it was rolled back)."""


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread; holds the cancel flag."""

    moved = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise ImportCancelled
        self.moved.emit(done, total)


def _read_and_plan(path: Path, db: Database, key: str, event_id: int | None) -> ImportPlan:
    return importing.plan_import(db, importing.read_table(path), key, event_id=event_id)


class ImportDialog(QDialog):
    imported = Signal(object)
    """The ``ImportSummary`` of a finished import (the people lists may refresh)."""

    def __init__(self, db: Database, today: Callable[[], dt.date],
                 parent: QWidget | None = None, path: Path | None = None, *,
                 event_id: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._db, self._today = db, today
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        self.confirm: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self._plan_job: Job | None = None
        self._fresh = False
        self._writing = False
        self._set_up_tables()
        self._fill_registers()
        self._fill_events()
        self._connect()
        if event_id is not None:
            self.ui.event_combo.setCurrentIndex(max(0, self.ui.event_combo.findData(event_id)))
        if path is not None:
            self.load_file(path)

    def _set_up_tables(self) -> None:
        mute(self.ui.file_info)
        self.ui.dialog_layout.setStretchFactor(self.ui.preview, 3)
        self.ui.dialog_layout.setStretchFactor(self.ui.report, 2)
        report = self.ui.report
        report.setColumnCount(2)
        report.setHorizontalHeaderLabels([_("Row"), _("Result")])
        report.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_registers(self) -> None:
        for register in list_registers(self._db):
            name = register.name.get("fi") or register.key
            self.ui.register_combo.addItem(f"{name} ({register.key})", register.key)

    def _fill_events(self) -> None:
        """"No event", then the events, the latest first, as "name (date)"."""
        combo = self.ui.event_combo
        combo.addItem(_("No event"), None)
        for event in reversed(event_summaries(self._db)):
            combo.addItem(f"{event.name} ({display_date(event.starts_on)})", event.id)

    def _connect(self) -> None:
        self.ui.choose_button.clicked.connect(self.choose_file)
        self.ui.event_combo.currentIndexChanged.connect(self._on_event_changed)
        self.ui.register_combo.currentIndexChanged.connect(self._on_register_changed)
        self.ui.skip_invalid.toggled.connect(self._update_button)
        self.ui.import_button.clicked.connect(self.ask_to_import)
        self.ui.close_button.clicked.connect(self.reject)

    # --- reading and checking -----------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Import people"), "", _("Tables (*.csv *.xlsx);;All files (*)"))
        if name:
            self.load_file(Path(name))

    def register_key(self) -> str:
        return str(self.ui.register_combo.currentData() or "")

    def event_id(self) -> int | None:
        """The event chosen (None: no event)."""
        chosen = self.ui.event_combo.currentData()
        return int(chosen) if chosen is not None else None

    def load_file(self, path: Path) -> None:
        """Read and check ``path`` in the background; the preview follows."""
        self.path, self.plan, self.summary = path, None, None
        self.ui.file_path.setText(str(path))
        self.ui.file_info.setText(_("Reading the file…"))
        self._clear()
        self._start_plan(partial(_read_and_plan, path, self._db, self.register_key(),
                                 self.event_id()), True)

    def _start_plan(self, work: Callable[[], ImportPlan], fresh: bool) -> None:
        """Check in the background; only the newest job's result is shown."""
        self.ui.import_button.setEnabled(False)
        self._fresh = fresh or self._fresh
        job = Job(work)
        job.succeeded.connect(self._on_planned)
        job.failed.connect(self._on_plan_failed)
        self._plan_job = job
        job.start()

    def is_checking(self) -> bool:
        return self._plan_job is not None

    def _replan(self) -> None:
        if self.plan is None or not self.register_key():
            return
        table, key, mapping = self.plan.table, self.register_key(), self.mapping()
        event_id = self.event_id()
        self.ui.summary.setText(_("Checking…"))
        self._start_plan(lambda: importing.plan_import(self._db, table, key, mapping,
                                                       event_id=event_id), False)

    @Slot(object)
    def _on_planned(self, plan: ImportPlan) -> None:
        if self.sender() is not self._plan_job:
            return
        self._plan_job, fresh, self._fresh = None, self._fresh, False
        self.plan = plan
        self.summary = importing.summarise(plan)
        self.ui.file_info.setText(describe(plan.table))
        if fresh:
            self._show_preview(plan)
        self._show_report(plan)

    @Slot(object)
    def _on_plan_failed(self, error: BaseException) -> None:
        if self.sender() is not self._plan_job:
            return
        self._plan_job, self._fresh = None, False
        if isinstance(error, importing.ImportUnreadable):
            show_error(self.ui.file_info, error.text())
            return
        if isinstance(error, importing.UnknownRegister):
            show_error(self.ui.file_info, _("The register no longer exists."))
            return
        if isinstance(error, EventNotFound):
            show_error(self.ui.file_info, error.text())
            return
        raise error

    @Slot(int)
    def _on_event_changed(self, _index: int) -> None:
        """Select the event's register; check again (the plan names the event)."""
        event_id = self.event_id()
        if event_id is not None:
            try:
                key = find_event(self._db, event_id).register_key
            except EventNotFound as error:
                show_error(self.ui.file_info, error.text())
                return
            found = self.ui.register_combo.findData(key)
            if found >= 0 and found != self.ui.register_combo.currentIndex():
                self.ui.register_combo.setCurrentIndex(found)  # checks again
                return
        self._on_register_changed(self.ui.register_combo.currentIndex())

    @Slot(int)
    def _on_register_changed(self, _index: int) -> None:
        if self.plan is None and self.path is not None:
            self.load_file(self.path)
        else:
            self._replan()

    def _clear(self) -> None:
        mute(self.ui.file_info)
        for table in (self.ui.preview, self.ui.report):
            table.setRowCount(0)
        self.ui.preview.setColumnCount(0)
        self.ui.columns_message.setVisible(False)
        self.ui.summary.setText("")

    # --- the mapping and the preview ----------------------------------------------

    def _field_combo(self, chosen: str | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(_("(not imported)"), None)
        for name in FIELDS:
            combo.addItem(_(FIELD_LABELS[name]), name)
        combo.setCurrentIndex(combo.findData(chosen) if chosen else 0)
        combo.currentIndexChanged.connect(self._on_mapping_changed)
        return combo

    def _show_preview(self, plan: ImportPlan) -> None:
        table, header = self.ui.preview, plan.table.header
        rows = plan.table.rows[:PREVIEW_ROWS]
        table.setColumnCount(len(header))
        table.setRowCount(len(rows) + 1)
        table.setHorizontalHeaderLabels([column_name(i, header) for i in range(len(header))])
        table.setVerticalHeaderLabels([_("Field")] + [str(row.number) for row in rows])
        for column, chosen in enumerate(plan.mapping):
            table.setCellWidget(0, column, self._field_combo(chosen))
        for line, row in enumerate(rows, start=1):
            for column, cell in enumerate(row.cells):
                table.setItem(line, column, QTableWidgetItem(cell))
        table.resizeColumnsToContents()

    def mapping(self) -> ColumnMap:
        """The field chosen for each column of the file."""
        table = self.ui.preview
        combos = [table.cellWidget(0, column) for column in range(table.columnCount())]
        return tuple(c.currentData() if isinstance(c, QComboBox) else None for c in combos)

    def field_combo(self, column: int) -> QComboBox:
        combo = self.ui.preview.cellWidget(0, column)
        assert isinstance(combo, QComboBox)
        return combo

    @Slot(int)
    def _on_mapping_changed(self, _index: int) -> None:
        self._replan()

    # --- the report ---------------------------------------------------------------

    def _show_report(self, plan: ImportPlan) -> None:
        problems = [p.text() for p in plan.column_problems]
        self.ui.columns_message.setVisible(bool(problems))
        show_error(self.ui.columns_message, "\n".join(problems))
        shown = [r for r in plan.rows if r.status is not RowStatus.NEW][:REPORT_ROWS]
        report = self.ui.report
        report.setRowCount(0 if problems else len(shown))
        for line, row in enumerate([] if problems else shown):
            number, result = QTableWidgetItem(str(row.number)), QTableWidgetItem(status_text(row))
            if row.status is RowStatus.INVALID:
                result.setForeground(QBrush(INVALID_COLOUR))
            result.setToolTip(result.text())
            report.setItem(line, 0, number)
            report.setItem(line, 1, result)
        if not problems and not shown and plan.rows:
            report.setRowCount(1)
            report.setItem(0, 0, QTableWidgetItem("–"))
            report.setItem(0, 1, QTableWidgetItem(_("Every row is valid and new.")))
        report.resizeRowsToContents()
        self._show_summary()

    def _show_summary(self) -> None:
        if self.summary is not None:
            self.ui.summary.setText(" · ".join(summary_lines(self.summary)))
        self._update_button()

    @Slot()
    def _update_button(self) -> None:
        summary = self.summary
        ready = (summary is not None and self.plan is not None and not self._writing
                 and not summary.written and not self.plan.column_problems
                 and (not summary.rejected or self.ui.skip_invalid.isChecked())
                 and any(r.status is not RowStatus.INVALID for r in self.plan.rows))
        self.ui.import_button.setEnabled(ready)

    # --- importing ----------------------------------------------------------------

    def confirmation_text(self) -> str:
        assert self.summary is not None and self.plan is not None
        new, matched = self.summary.new_persons, self.summary.matched_persons
        text = ngettext("Add {count} new person", "Add {count} new people", new).format(
            count=new)
        text += "\n" + ngettext("{count} person is already kept", "{count} people are already "
                                "kept", matched).format(count=matched)
        if self.summary.rejected:
            text += "\n" + ngettext("{count} invalid row is left out",
                                    "{count} invalid rows are left out",
                                    len(self.summary.rejected)).format(
                count=len(self.summary.rejected))
        if self.plan.event_id is not None:
            text += "\n" + _("Everyone is also signed up for the event {name}.").format(
                name=self.plan.event_name)
        return _("Import into the register {name}?").format(
            name=self.plan.register_name) + "\n\n" + text

    @Slot()
    def ask_to_import(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, _("Import people"),
                          self.confirmation_text(),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.button(QMessageBox.StandardButton.Yes).setText(_("Import"))
        box.buttonClicked.connect(self._on_confirm_clicked)
        self.confirm = box
        box.open()

    @Slot(QAbstractButton)
    def _on_confirm_clicked(self, button: QAbstractButton) -> None:
        assert self.confirm is not None
        if self.confirm.standardButton(button) == QMessageBox.StandardButton.Yes:
            self.start_import()

    def start_import(self) -> None:
        """Write the checked plan in one transaction, off the GUI thread."""
        assert self.plan is not None
        self._writing = True
        self._update_button()
        progress = _Progress()
        self.progress = self._progress_dialog(progress)
        plan, skip = self.plan, self.ui.skip_invalid.isChecked()
        on_matched: importing.OnMatched = "merge" if self.ui.merge_matched.isChecked() else "skip"
        today, now = self._today(), self._db.clock.now()
        job = Job(lambda: importing.apply_import(
            self._db, plan, skip_invalid=skip, on_matched=on_matched, progress=progress.report,
            today=today, now=now))
        job.succeeded.connect(self._on_imported)
        job.failed.connect(self._on_import_failed)
        job.finished.connect(progress.deleteLater)
        job.start()

    def _progress_dialog(self, progress: _Progress) -> QProgressDialog:
        dialog = QProgressDialog(_("Importing…"), _("Cancel"), 0, 0, self)
        dialog.setWindowTitle(_("Import people"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(progress.cancelled.set)
        progress.moved.connect(self._on_progress)
        dialog.show()
        return dialog

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _end_progress(self) -> None:
        self._writing = False
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    @Slot(object)
    def _on_imported(self, summary: ImportSummary) -> None:
        self._end_progress()
        self.summary = summary
        self._show_summary()
        self.ui.summary.setText(_("Imported.") + " " + self.ui.summary.text())
        self.imported.emit(summary)

    @Slot(object)
    def _on_import_failed(self, error: BaseException) -> None:
        self._end_progress()
        if isinstance(error, importing.ImportRejected):
            self.summary = error.summary
            self._show_summary()
            first = error.summary.rejected[:1]
            detail = reasons(first[0].problems) if first else ""
            show_error(self.ui.summary, _("Nothing was imported: the file has invalid rows.")
                       + " " + detail)
        elif isinstance(error, ImportCancelled):
            show_error(self.ui.summary, _("The import was cancelled: nothing was imported."))
            self._update_button()
        elif isinstance(error, EventNotFound):
            show_error(self.ui.summary, _("Nothing was imported:") + " " + error.text())
            self._update_button()
        else:
            raise error
