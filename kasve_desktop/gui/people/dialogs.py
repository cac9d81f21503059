"""The person page's dialogs: a register entry, a consent, a direct-marketing objection.

Each dialog edits one record and hands it to a ``submit`` callable (a service
call bound by the page). If the service refuses it with ``ValidationFailed``,
the reasons are shown at the fields and the dialog stays open; nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from kasve_desktop.domain.validation import InvalidValue, ValidationFailed
from kasve_desktop.domain.vocabulary import LEGAL_BASIS_LABELS, MARKETING_SCOPE_LABELS
from kasve_desktop.gui.forms.ui_person_consent_dialog import Ui_ConsentDialog
from kasve_desktop.gui.forms.ui_person_entry_dialog import Ui_EntryDialog
from kasve_desktop.gui.forms.ui_person_objection_dialog import Ui_ObjectionDialog
from kasve_desktop.gui.people.records import (
    allow_no_date,
    from_qdate,
    optional_date,
    set_optional_date,
    to_qdate,
)
from kasve_desktop.gui.registers.fields import mark_invalid
from kasve_desktop.gui.safety.drafts import form_values, set_form_values
from kasve_desktop.i18n import _
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.people.entries import EntryData, EntryRow
from kasve_desktop.services.people.marketing import (
    CAPTURED_VIA_LABELS,
    CONSENT_CHANNEL_LABELS,
    ConsentData,
)
from kasve_desktop.services.registers.registers import RegisterSummary

Submit = Callable[[Any], None]


def fill_choices(combo: QComboBox, choices: Sequence[tuple[object, str]]) -> None:
    """(value, already translated label) pairs."""
    combo.clear()
    for value, label in choices:
        combo.addItem(label, value)


def choose(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


class _RecordDialog(QDialog):
    """Accept only once ``submit`` took the record; otherwise show the reasons."""

    ui: Any

    def __init__(self, submit: Submit, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.reopen: Callable[[], _RecordDialog | None] | None = None
        """Opens the same dialog again, for the same person (set by whoever opened it)."""

    def take_draft(self) -> Callable[[Database], object] | None:
        """Keep what the fields show before an auto-lock; the restore reopens the dialog."""
        reopen = self.reopen
        if reopen is None:
            return None
        values = form_values(self)

        def restore(_db: Database) -> None:
            dialog = reopen()
            if dialog is not None:
                set_form_values(dialog, values)

        return restore

    def record(self) -> Any:
        raise NotImplementedError

    def _wire(self) -> None:
        """Connect the OK and Cancel buttons (call after ``setupUi``)."""
        buttons = self.ui.buttons
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def field(self, name: str) -> tuple[QWidget | None, QLabel | None]:
        ui = self.ui
        return getattr(ui, name, None), getattr(ui, f"{name}_note", None)

    def show_errors(self, errors: dict[str, InvalidValue]) -> None:
        for name in ("register_key", "source", "legal_basis", "collected_on", "last_needed_on",
                     "purpose", "channel", "granted_at", "notice_version", "scope"):
            widget, note = self.field(name)
            if widget is not None:
                error = errors.get(name)
                mark_invalid(widget, note, error.text() if error else "")

    def accept(self) -> None:
        try:
            self._submit(self.record())
        except ValidationFailed as failure:
            self.show_errors(failure.errors)
            return
        super().accept()


class EntryDialog(_RecordDialog):
    """Add the person to a register, or change an entry."""

    def __init__(self, registers: Sequence[RegisterSummary], entry: EntryRow | None,
                 today: dt.date, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self._today = today
        self.ui = Ui_EntryDialog()
        self.ui.setupUi(self)
        self._wire()
        self._id = entry.id if entry else None
        fill_choices(self.ui.register_key, [(r.key, listing.localized(r.name)) for r in registers])
        fill_choices(self.ui.legal_basis, [("", "—")] + [
            (basis.value, _(label)) for basis, label in LEGAL_BASIS_LABELS.items()])
        for edit in (self.ui.collected_on, self.ui.last_needed_on):
            allow_no_date(edit)
        self.setWindowTitle(_("Register entry") if entry else _("Add to a register"))
        self._fill(entry)

    def _fill(self, entry: EntryRow | None) -> None:
        self.ui.register_key.setEnabled(entry is None)
        if entry is None:
            set_optional_date(self.ui.collected_on, self._today)
            set_optional_date(self.ui.last_needed_on, None)
            self.ui.details.setText("—")
            return
        choose(self.ui.register_key, entry.register_key)
        self.ui.source.setText(entry.source)
        choose(self.ui.legal_basis, entry.legal_basis)
        set_optional_date(self.ui.collected_on, entry.collected_on)
        set_optional_date(self.ui.last_needed_on, entry.last_needed_on)
        self.ui.legal_hold.setChecked(entry.legal_hold)
        self.ui.note.setPlainText(entry.note)
        self.ui.details.setText(entry.details_text or "—")

    def record(self) -> EntryData:
        return EntryData(
            register_key=str(self.ui.register_key.currentData() or ""),
            source=self.ui.source.text(), legal_basis=str(self.ui.legal_basis.currentData()),
            collected_on=optional_date(self.ui.collected_on),
            last_needed_on=optional_date(self.ui.last_needed_on),
            legal_hold=self.ui.legal_hold.isChecked(), note=self.ui.note.toPlainText(),
            id=self._id)


class ConsentDialog(_RecordDialog):
    """Record a consent that the person gave."""

    def __init__(self, registers: Sequence[RegisterSummary], versions: Sequence[int],
                 now: dt.datetime, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        self._wire()
        fill_choices(self.ui.channel, [(k, _(v)) for k, v in CONSENT_CHANNEL_LABELS.items()])
        fill_choices(self.ui.captured_via, [("", "")] + [
            (k, _(v)) for k, v in CAPTURED_VIA_LABELS.items()])
        fill_choices(self.ui.notice_version, [(None, _("not recorded"))] + [
            (n, _("Version {number}").format(number=n)) for n in versions])
        fill_choices(self.ui.register_key, [(None, "—")] + [
            (r.key, listing.localized(r.name)) for r in registers])
        self.ui.granted_at.setDateTime(QDateTime(to_qdate(now.date()),
                                                 QTime(now.hour, now.minute)))

    def record(self) -> ConsentData:
        moment = self.ui.granted_at.dateTime()
        time = moment.time()
        granted = dt.datetime.combine(from_qdate(moment.date()),
                                      dt.time(time.hour(), time.minute()))
        via_text = self.ui.captured_via.currentText().strip()
        index = self.ui.captured_via.findText(via_text)
        via = str(self.ui.captured_via.itemData(index)) if index >= 0 else via_text
        return ConsentData(
            purpose=self.ui.purpose.text(), channel=str(self.ui.channel.currentData()),
            granted_at=granted, captured_via=via,
            notice_version=self.ui.notice_version.currentData(),
            evidence=self.ui.evidence.toPlainText(),
            register_key=self.ui.register_key.currentData())


class ObjectionDialog(_RecordDialog):
    """Record a ban on direct marketing (tarjonnanesto)."""

    def __init__(self, today: dt.date, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.ui = Ui_ObjectionDialog()
        self.ui.setupUi(self)
        self._wire()
        fill_choices(self.ui.scope, [(k.value, _(v)) for k, v in MARKETING_SCOPE_LABELS.items()])
        self.ui.since.setDate(to_qdate(today))

    def record(self) -> tuple[str, dt.date, str]:
        return (str(self.ui.scope.currentData()), from_qdate(self.ui.since.date()),
                self.ui.note.toPlainText())
