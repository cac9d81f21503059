"""Suostumukset ja kiellot: consents, direct-marketing objections, restriction of processing.

Every action here is saved at once: a consent added or withdrawn, an objection
added or ended, the processing restricted or the restriction lifted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kasve_desktop.domain.vocabulary import MARKETING_SCOPE_LABELS
from kasve_desktop.gui.common.widgets import translated
from kasve_desktop.gui.forms.ui_person_page import Ui_PersonPage
from kasve_desktop.gui.people.dialogs import ConsentDialog, ObjectionDialog
from kasve_desktop.gui.people.records import (
    RecordColumn,
    RecordsModel,
    ask,
    from_qdate,
    selected_row,
    set_up_table,
    to_qdate,
)
from kasve_desktop.gui.registers.fields import mark_invalid
from kasve_desktop.i18n import N_, _, display_date, display_datetime
from kasve_desktop.services.database import Database
from kasve_desktop.services.people import marketing, persons
from kasve_desktop.services.people.marketing import (
    CAPTURED_VIA_LABELS,
    CONSENT_CHANNEL_LABELS,
    ConsentData,
    ConsentRow,
    ObjectionRow,
)
from kasve_desktop.services.people.persons import PersonData, ValidationFailed
from kasve_desktop.services.registers import registers

RESTRICTED_STYLE = "color: #b3261e; font-weight: bold;"


def _version(row: ConsentRow) -> str:
    return "—" if row.notice_version is None else _("Version {number}").format(
        number=row.notice_version)


def _evidence(row: ConsentRow) -> str:
    return _("Evidence: {evidence}").format(evidence=row.evidence) if row.evidence else ""


CONSENT_COLUMNS = (
    RecordColumn(N_("Purpose"), lambda r: r.purpose, tooltip=_evidence, stretch=True),
    RecordColumn(N_("Channel"), lambda r: translated(CONSENT_CHANNEL_LABELS, r.channel)),
    RecordColumn(N_("Given"), lambda r: display_datetime(r.granted_at)),
    RecordColumn(N_("Withdrawn"), lambda r: display_datetime(r.withdrawn_at)),
    RecordColumn(N_("Captured via"), lambda r: translated(CAPTURED_VIA_LABELS, r.captured_via)),
    RecordColumn(N_("Notice"), _version),
)
OBJECTION_COLUMNS = (
    RecordColumn(N_("Scope"), lambda r: translated(MARKETING_SCOPE_LABELS, r.scope)),
    RecordColumn(N_("Since"), lambda r: display_date(r.since)),
    RecordColumn(N_("Note"), lambda r: r.note, tooltip=lambda r: r.note, stretch=True),
)


class MarketingTab(QObject):
    restriction_changed = Signal(object)
    """The person as stored after the restriction was set or lifted (a ``PersonData``)."""

    def __init__(self, ui: Ui_PersonPage, today: Callable[[], dt.date], parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self._today = today
        self._page = parent
        self._db: Database | None = None
        self._person: PersonData | None = None
        self.dialog: QDialog | None = None
        self.question: QMessageBox | None = None
        self.consents = RecordsModel(CONSENT_COLUMNS, lambda r: not r.active, self)
        self.objections = RecordsModel(OBJECTION_COLUMNS, parent=self)
        set_up_table(ui.consents_table, self.consents)
        set_up_table(ui.objections_table, self.objections)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.consents_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.objections_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.add_consent_button.clicked.connect(self.add_consent)
        ui.withdraw_consent_button.clicked.connect(self.withdraw_consent)
        ui.add_objection_button.clicked.connect(self.add_objection)
        ui.remove_objection_button.clicked.connect(self.remove_objection)
        ui.restrict_button.clicked.connect(self.restrict)
        ui.lift_button.clicked.connect(self.lift)

    def show_person(self, db: Database | None, person: PersonData | None) -> None:
        self._db, self._person = db, person
        known = db is not None and person is not None and person.id is not None
        pid = person.id if person is not None and person.id is not None else 0
        self.consents.set_rows(marketing.list_consents(db, pid) if known and db else [])
        self.objections.set_rows(marketing.list_objections(db, pid) if known and db else [])
        self._show_restriction()
        self._update_buttons()

    def retranslate(self) -> None:
        self.consents.retranslate()
        self.objections.retranslate()
        self._show_restriction()

    def _reload(self) -> None:
        self.show_person(self._db, self._person)

    def _person_id(self) -> int | None:
        return self._person.id if self._person is not None else None

    # --- consents ------------------------------------------------------------------

    @Slot()
    def add_consent(self) -> ConsentDialog | None:
        db, person_id = self._db, self._person_id()
        if db is None or person_id is None:
            return None

        def submit(data: ConsentData) -> None:
            marketing.add_consent(db, person_id, data)

        now = dt.datetime.combine(self._today(), db.clock.local_now().time())
        dialog = ConsentDialog(registers.list_registers(db), marketing.notice_version_numbers(db),
                               now, submit, self._page)
        self._open(dialog, person_id, self.add_consent)
        return dialog

    def _open(self, dialog: ConsentDialog | ObjectionDialog, person_id: int,
              again: Callable[[], ConsentDialog | ObjectionDialog | None]) -> None:
        dialog.accepted.connect(self._reload)
        dialog.reopen = lambda: again() if self._person_id() == person_id else None
        self.dialog = dialog
        dialog.open()

    @Slot()
    def withdraw_consent(self) -> None:
        row = selected_row(self.ui.consents_table, self.consents)
        db = self._db
        if not isinstance(row, ConsentRow) or not row.active or db is None:
            return

        def withdraw() -> None:
            now = dt.datetime.combine(self._today(), db.clock.local_now().time())
            marketing.withdraw_consent(db, row.id, now)
            self._reload()

        self.question = ask(self._page, _("Withdraw the consent"),
                            _("Record that the person withdrew the consent “{purpose}”?").format(
                                purpose=row.purpose), withdraw,
                            _("The consent stays on record with the time of withdrawal."))

    # --- objections ----------------------------------------------------------------

    @Slot()
    def add_objection(self) -> ObjectionDialog | None:
        db, person_id = self._db, self._person_id()
        if db is None or person_id is None:
            return None

        def submit(record: tuple[str, dt.date, str]) -> None:
            marketing.add_objection(db, person_id, *record)

        dialog = ObjectionDialog(self._today(), submit, self._page)
        self._open(dialog, person_id, self.add_objection)
        return dialog

    @Slot()
    def remove_objection(self) -> None:
        row = selected_row(self.ui.objections_table, self.objections)
        db = self._db
        if not isinstance(row, ObjectionRow) or db is None:
            return

        def remove() -> None:
            marketing.remove_objection(db, row.id)
            self._reload()

        self.question = ask(self._page, _("End the objection"),
                            _("End the objection “{scope}”?").format(
                                scope=translated(MARKETING_SCOPE_LABELS, row.scope)), remove,
                            _("Do this only when the person allows this marketing again or "
                              "the objection was recorded by mistake."))

    # --- restriction ---------------------------------------------------------------

    @Slot()
    def restrict(self) -> None:
        db, person_id = self._db, self._person_id()
        if db is None or person_id is None:
            return
        try:
            stored = persons.set_restriction(db, person_id, self.ui.restriction_reason.text(),
                                             from_qdate(self.ui.restriction_since.date()))
        except ValidationFailed as failure:
            error = failure.errors.get("restriction_reason")
            mark_invalid(self.ui.restriction_reason, self.ui.restriction_reason_note,
                         error.text() if error else "")
            return
        self._person = stored
        self._show_restriction()
        self.restriction_changed.emit(stored)

    @Slot()
    def lift(self) -> None:
        db, person_id = self._db, self._person_id()
        if db is None or person_id is None:
            return

        def lift() -> None:
            stored = persons.lift_restriction(db, person_id)
            self._person = stored
            self._show_restriction()
            self.restriction_changed.emit(stored)

        self.question = ask(self._page, _("Lift the restriction"),
                            _("Lift the restriction of processing?"), lift)

    def _show_restriction(self) -> None:
        ui, person = self.ui, self._person
        mark_invalid(ui.restriction_reason, ui.restriction_reason_note, "")
        restricted = person is not None and person.restricted
        if person is not None and restricted:
            ui.restriction_status.setText(_("Processing is restricted since {date}.").format(
                date=display_date(person.restricted_since)))
            ui.restriction_status.setStyleSheet(RESTRICTED_STYLE)
        else:
            ui.restriction_status.setText(_("Processing is not restricted. Restrict it while "
                                            "a rectification or an objection is examined "
                                            "(GDPR Art. 18): the data is then only kept."))
            ui.restriction_status.setStyleSheet("")
        ui.restriction_reason.setText(person.restriction_reason if person and restricted else "")
        day = person.restricted_since if person and person.restricted_since else self._today()
        ui.restriction_since.setDate(to_qdate(day))
        ui.restriction_reason.setReadOnly(restricted)
        ui.restriction_since.setReadOnly(restricted)
        ui.restrict_button.setVisible(not restricted)
        ui.lift_button.setVisible(restricted)

    def _update_buttons(self, *_args: object) -> None:
        has_person = self._db is not None and self._person_id() is not None
        consent = selected_row(self.ui.consents_table, self.consents)
        objection = selected_row(self.ui.objections_table, self.objections)
        self.ui.add_consent_button.setEnabled(has_person)
        self.ui.withdraw_consent_button.setEnabled(isinstance(consent, ConsentRow)
                                                   and consent.active)
        self.ui.add_objection_button.setEnabled(has_person)
        self.ui.remove_objection_button.setEnabled(objection is not None)
        self.ui.restriction_group.setEnabled(has_person)
