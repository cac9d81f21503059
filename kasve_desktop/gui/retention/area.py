"""Säilytys: the register entries due for deletion on a day, by register, and erasing them.

The list shows the entries past their deletion-due date on the day chosen
("Situation on", today by default), grouped by register, with a register
filter. Erasing the selected entries or all due ones asks for confirmation
(how many entries and people will be erased, irreversibly), runs as a
background job with progress, and ends with a summary. Entries under a legal
hold are never listed for erasure; a note says how many there are.

The records of handled requests kept ``REQUEST_RECORD_YEARS`` after the reply are
due too once that period ends: a second note says how many (its tooltip lists
them), and "Erase all due" (with no register chosen) erases them with the
entries, after saying so in the confirmation and the summary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kasve_desktop.gui.common.table_area import TableArea
from kasve_desktop.gui.common.table_model import ID_ROLE, Column, Emphasis, ListSource
from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.common.worker import Job
from kasve_desktop.gui.forms.ui_retention_toolbar import Ui_RetentionToolbar
from kasve_desktop.i18n import N_, _, display_date, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.people import retention
from kasve_desktop.services.people.request_records import (
    REQUEST_RECORD_RULE,
    DueRecord,
    RecordEnd,
    due_request_records,
)
from kasve_desktop.services.people.retention import DueEntry, RetentionPlan, RetentionSummary

RECORD_ENDS = {RecordEnd.ANSWERED: N_("answered on {date}"),
               RecordEnd.CLOSED: N_("closed on {date}"),
               RecordEnd.WITHDRAWN: N_("withdrawn on {date}")}


class _Relay(QObject):
    """Carries the job's progress from the worker thread to the GUI thread."""

    progressed = Signal(int, int)


def plan_text(plan: RetentionPlan) -> str:
    parts = [ngettext("{count} register entry will be erased irreversibly.",
                      "{count} register entries will be erased irreversibly.",
                      plan.entries).format(count=display_number(plan.entries))]
    if plan.persons_removed:
        parts.append(ngettext("{count} person has no entries left and will be erased too.",
                              "{count} people have no entries left and will be erased too.",
                              plan.persons_removed).format(
            count=display_number(plan.persons_removed)))
    if plan.persons_kept:
        parts.append(ngettext("{count} person is kept because of an open request.",
                              "{count} people are kept because of an open request.",
                              plan.persons_kept).format(count=display_number(plan.persons_kept)))
    if plan.request_records:
        parts.append(erase_records_text(plan.request_records))
    if plan.trimmed:
        parts.append(trimmed_text(plan.trimmed))
    if plan.held:
        parts.append(held_text(plan.held))
    return "\n\n".join(parts)


def erase_records_text(count: int) -> str:
    return ngettext("{count} request record will be erased irreversibly: the request, its "
                    "timeline and its letters, {years} years after the reply.",
                    "{count} request records will be erased irreversibly: the requests, their "
                    "timelines and their letters, {years} years after the reply.",
                    count).format(count=display_number(count),
                                  years=display_number(record_years()))


def record_years() -> int:
    return REQUEST_RECORD_RULE.months // 12


def records_text(count: int) -> str:
    return ngettext("{count} request record is due for deletion: the record of a request is "
                    "kept {years} years after the reply.",
                    "{count} request records are due for deletion: the record of a request "
                    "is kept {years} years after the reply.",
                    count).format(count=display_number(count),
                                  years=display_number(record_years()))


def record_line(record: DueRecord) -> str:
    return _("{due}  {reference}  {requester}, {ended}").format(
        due=display_date(record.due_on), reference=record.reference,
        requester=record.requester or "-",
        ended=_(RECORD_ENDS[record.ended]).format(date=display_date(record.ended_on)))


def held_text(count: int) -> str:
    return ngettext("{count} entry past its date is kept under a legal hold.",
                    "{count} entries past their date are kept under a legal hold.",
                    count).format(count=display_number(count))


def trimmed_text(count: int) -> str:
    return ngettext("Of {count} entry only the data kept longer by their own retention rule "
                    "(e.g. billing data under the Accounting Act) are kept, until their date; "
                    "the rest of it is erased.",
                    "Of {count} entries only the data kept longer by their own retention rule "
                    "(e.g. billing data under the Accounting Act) are kept, until their date; "
                    "the rest of them is erased.", count).format(count=display_number(count))


def summary_text(summary: RetentionSummary) -> str:
    lines = [_("{register}: {count} erased").format(
        register=listing.localized(c.register_names), count=display_number(c.count))
        for c in summary.erased]
    lines += [_("{register}: {count} kept only the data kept longer").format(
        register=listing.localized(c.register_names), count=display_number(c.count))
        for c in summary.trimmed]
    lines.append(ngettext("{count} person with no entries left was erased.",
                          "{count} people with no entries left were erased.",
                          summary.persons_removed).format(
        count=display_number(summary.persons_removed)))
    lines += [_("Kept because of an open request: {name}").format(name=name)
              for name in summary.kept_for_requests]
    if summary.request_records:
        count = len(summary.request_records)
        lines.append(ngettext("{count} request record was erased: {references}",
                              "{count} request records were erased: {references}",
                              count).format(count=display_number(count),
                                            references=", ".join(summary.request_records)))
    if summary.total_held:
        lines.append(held_text(summary.total_held))
    return "\n".join(lines)


def _alert(_row: DueEntry) -> Emphasis:
    return Emphasis.ALERT


class RetentionArea(TableArea):
    title = N_("Retention")
    icon_name = "retention"
    description = N_("The register entries whose retention period has ended on the day "
                     "chosen, by register. Select entries to erase them, or erase all that "
                     "are due. Entries under a legal hold are kept. The records of handled "
                     "requests are erased with them three years after the reply.")
    empty_text = N_("Nothing is due for deletion on this day.")
    entries_empty_text = N_("No register entries are due for deletion on this day.")

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(today, parent)
        self._db: Database | None = None
        self.toolbar = QWidget(self)
        self.bar = Ui_RetentionToolbar()
        self.bar.setupUi(self.toolbar)
        self.ui.area_layout.insertWidget(2, self.toolbar)
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        mute(self.bar.held_note)
        mute(self.bar.records_note)
        self.records: list[DueRecord] = []
        self.confirmation: QMessageBox | None = None
        self.summary_box: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.summary: RetentionSummary | None = None
        self._pending: list[int] | None = None
        self._job: Job | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._set_day(today())
        self.retranslate()
        self.bar.as_of_date.dateChanged.connect(self._on_day_changed)
        self.bar.register_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.bar.erase_selected_button.clicked.connect(self.erase_selected)
        self.bar.erase_all_button.clicked.connect(self.erase_all)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    # --- the list ---------------------------------------------------------------

    def columns(self) -> list[Column[Any]]:
        return [
            Column("register", N_("Register"), lambda r: listing.localized(r.register_names)),
            Column("due", N_("Delete by"), lambda r: display_date(r.due_on), emphasis=_alert),
            Column("person", N_("Person"), lambda r: r.person),
            Column("collected", N_("Collected on"), lambda r: display_date(r.collected_on)),
            Column("last_needed", N_("Last needed on"),
                   lambda r: display_date(r.last_needed_on)),
        ]

    def source(self, db: Database) -> ListSource[DueEntry]:
        day, register = self.day, self.register_id
        return ListSource(lambda: retention.due_count(db, day, register),
                          lambda page: retention.due_page(db, page, day, register))

    def count_text(self, total: int) -> str:
        return ngettext("{count} entry due for deletion", "{count} entries due for deletion",
                        total).format(count=display_number(total))

    @property
    def day(self) -> dt.date:
        value = self.bar.as_of_date.date().toPython()
        assert isinstance(value, dt.date)
        return value

    @property
    def register_id(self) -> int | None:
        data = self.bar.register_filter.currentData()
        return int(data) if data is not None else None

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._fill_filter()
        self._update_records()
        super().set_database(db)
        self._update_held()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "bar"):
            self.bar.retranslateUi(self.toolbar)
            self._fill_filter()
            self._update_held()
            self._update_records()

    def _set_day(self, day: dt.date) -> None:
        self.bar.as_of_date.setDate(QDate(day.year, day.month, day.day))

    def _fill_filter(self) -> None:
        combo, wanted = self.bar.register_filter, self.register_id
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_("All registers"), None)
        counts = (retention.due_register_counts(self._db, self.day) if self._db is not None
                  else [])
        for due in counts:
            combo.addItem(f"{listing.localized(due.register_names)} "
                          f"({display_number(due.count)})", due.register_id)
        combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted is not None else 0)
        combo.blockSignals(False)

    def _update_held(self) -> None:
        held = retention.held_count(self._db, self.day) if self._db is not None else 0
        self.bar.held_note.setText(held_text(held) if held else "")
        self.bar.held_note.setVisible(bool(held))

    def _update_records(self) -> None:
        """The note on the request records due (none shown when there are none)."""
        self.records = due_request_records(self._db, self.day) if self._db is not None else []
        note = self.bar.records_note
        note.setText(records_text(len(self.records)) if self.records else "")
        note.setToolTip("\n".join(record_line(r) for r in self.records))
        note.setVisible(bool(self.records))
        self._update_state()

    def _update_state(self) -> None:
        super()._update_state()
        if getattr(self, "records", None) and self.model.has_source:
            self.ui.empty_label.setText(_(self.entries_empty_text))

    def _reload(self) -> None:
        self._fill_filter()
        self._update_records()
        super().set_database(self._db)
        self._update_held()

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return sorted(int(index.data(ID_ROLE)) for index in rows)

    @Slot()
    def _update_buttons(self) -> None:
        idle = self._db is not None and self._job is None
        self.bar.erase_selected_button.setEnabled(idle and bool(self.selected_ids()))
        records = bool(self.records) and self.register_id is None
        self.bar.erase_all_button.setEnabled(idle and (self.model.total > 0 or records))

    @Slot(QDate)
    def _on_day_changed(self, _day: QDate) -> None:
        self._reload()

    @Slot(int)
    def _on_filter_changed(self, _index: int) -> None:
        super().set_database(self._db)
        self._update_buttons()

    # --- erasing ------------------------------------------------------------------

    @Slot()
    def erase_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._confirm(ids)

    @Slot()
    def erase_all(self) -> None:
        if self.register_id is None:
            self._confirm(None)
        else:
            self._confirm([e.id for g in retention.due_by_register(self._db, self.day)
                           for e in g.entries if g.register_id == self.register_id]
                          if self._db is not None else [])

    def _confirm(self, ids: Collection[int] | None) -> None:
        if self._db is None:
            return
        plan = retention.plan_erasure(self._db, self.day, ids)
        self._pending = None if ids is None else list(ids)
        box = QMessageBox(QMessageBox.Icon.Warning, _("Erase entries due for deletion"),
                          plan_text(plan), QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(_("Erased data cannot be restored."))
        erase = box.addButton(_("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        erase.setEnabled(plan.entries > 0 or plan.trimmed > 0 or plan.request_records > 0)
        box.finished.connect(self._on_confirmation)
        self.confirmation = box
        box.open()

    @Slot(int)
    def _on_confirmation(self, _result: int) -> None:
        box, self.confirmation = self.confirmation, None
        if box is None or self._db is None:
            return
        role = box.buttonRole(box.clickedButton()) if box.clickedButton() else None
        box.deleteLater()
        if role == QMessageBox.ButtonRole.DestructiveRole:
            self._start(self._db, self.day, self._pending)

    def _start(self, db: Database, day: dt.date, ids: list[int] | None) -> None:
        self.progress = QProgressDialog(_("Erasing…"), "", 0, 0, self)
        self.progress.setWindowTitle(_("Retention"))
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(0)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.show()
        emit = self._relay.progressed.emit
        self._job = Job(lambda: retention.erase_due(db, day, ids, progress=emit))
        self._job.succeeded.connect(self._on_erased)
        self._job.failed.connect(self._on_failed)
        self._job.start()
        self._update_buttons()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        self._job = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._reload()

    @Slot(object)
    def _on_erased(self, summary: RetentionSummary) -> None:
        self._finish()
        self.summary = summary
        self._show(QMessageBox.Icon.Information, _("Erasure done"), summary_text(summary))

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        self._show(QMessageBox.Icon.Warning, _("Erasure failed"),
                   _("Nothing was erased: {error}").format(error=error))

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_box = box
        box.open()
