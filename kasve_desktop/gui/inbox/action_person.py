"""Actions on the person's own record: rectification (Art. 16) and restriction (Art. 18).

Rectification shows the person's form (the one of the person page) with the
current values; every change is listed below it as "field: old → new" before
anything is saved, and Correct saves only the changed fields. Restriction asks
for the reason and the date, or, when the processing is already restricted,
offers to lift it.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Mapping
from typing import ClassVar

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from kasve_desktop.domain.validation import InvalidValue, display_phone
from kasve_desktop.gui.forms.ui_action_rectification_dialog import Ui_RectificationDialog
from kasve_desktop.gui.forms.ui_action_restriction_dialog import Ui_RestrictionDialog
from kasve_desktop.gui.inbox.action_base import ActionDialog
from kasve_desktop.gui.people.person_form import GENDER_LABELS, LANGUAGE_LABELS, PersonForm
from kasve_desktop.gui.people.records import from_qdate, to_qdate
from kasve_desktop.gui.registers.fields import mark_invalid
from kasve_desktop.i18n import N_, _, display_date
from kasve_desktop.services.database import Database
from kasve_desktop.services.people import persons
from kasve_desktop.services.people.persons import PersonData
from kasve_desktop.services.requests import actions as request_actions
from kasve_desktop.services.requests.detail import RequestDetail

NO_VALUE = "—"
REASON = N_("Reason")


def shown(name: str, data: PersonData) -> str:
    """A field's value as the user reads it."""
    value = getattr(data, name)
    if name == "phones":
        return ", ".join(display_phone(p) for p in value if p.strip()) or NO_VALUE
    if name == "emails":
        return ", ".join(a.strip() for a in value if a.strip()) or NO_VALUE
    labels = dict(LANGUAGE_LABELS if name == "language" else GENDER_LABELS
                  if name == "gender" else ())
    if labels.get(value):
        return _(labels[value])
    return str(value).strip() if value not in (None, "") else NO_VALUE


def changes_html(names: list[str], before: PersonData, after: PersonData) -> str:
    rows = [f"<li><b>{html.escape(_(request_actions.FIELD_LABELS[name]))}</b>: "
            f"{html.escape(shown(name, before))} → {html.escape(shown(name, after))}</li>"
            for name in names]
    return f"<ul style='margin-left: -20px'>{''.join(rows)}</ul>"


class RectificationDialog(ActionDialog):
    """Correct the person's details; the changes are listed before they are saved."""

    field_labels: ClassVar[Mapping[str, str] | None] = request_actions.FIELD_LABELS

    def __init__(self, db: Database, today: Callable[[], dt.date], detail: RequestDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, today, detail, parent)
        self.ui = Ui_RectificationDialog()
        self.ui.setupUi(self)
        assert detail.person_id is not None
        self.before = persons.load_person(db, detail.person_id)
        self.form = PersonForm(self)
        self.ui.form_holder.addWidget(self.form)
        self.form.set_data(self.before)
        self.setup(_("Correct the details of {name}").format(name=self.before.full_name),
                   _("Change the fields as the person asks. Only the fields that change are "
                     "saved; the request's timeline records which fields were corrected, not "
                     "their values."))
        self.ok_button().setText(_("Correct"))
        self.form.edited.connect(self._show_changes)
        self._show_changes()

    def after(self) -> PersonData:
        return self.form.data(self.before)

    def changes(self) -> dict[str, str]:
        return request_actions.rectification_changes(self.before, self.after())

    @Slot()
    def _show_changes(self) -> None:
        names = list(self.changes())
        self.ok_button().setEnabled(bool(names))
        if names:
            self.ui.changes.setHtml(changes_html(names, self.before, self.after()))
        else:
            self.ui.changes.setPlainText(_("Nothing changed yet."))

    def mark_invalid(self, problems: dict[str, InvalidValue]) -> None:
        self.form.show_errors(problems)

    def accept(self) -> None:
        changes = self.changes()
        if self.run(lambda: request_actions.apply_rectification(
                self.db, self.detail.id, changes, self.today())):
            super().accept()


class RestrictionDialog(ActionDialog):
    """Restrict the processing with a reason and a date, or lift the restriction."""

    field_labels: ClassVar[Mapping[str, str] | None] = {"restriction_reason": REASON}

    def __init__(self, db: Database, today: Callable[[], dt.date], detail: RequestDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, today, detail, parent)
        self.ui = Ui_RestrictionDialog()
        self.ui.setupUi(self)
        assert detail.person_id is not None
        person = persons.load_person(db, detail.person_id)
        self.lifting = person.restricted
        if self.lifting:
            self._lift_texts(person)
        else:
            self._restrict_texts(person)

    def _restrict_texts(self, person: PersonData) -> None:
        self.setup(_("Restrict the processing of {name}'s data").format(name=person.full_name),
                   _("While the processing is restricted the data is only kept: it is not "
                     "used, disclosed or marketed to (GDPR Art. 18)."))
        self.ui.since.setDate(to_qdate(self.today()))
        self.ok_button().setText(_("Restrict"))
        self.ui.reason.setFocus()

    def _lift_texts(self, person: PersonData) -> None:
        self.setup(_("Lift the restriction of {name}'s data").format(name=person.full_name),
                   _("Processing is restricted since {date}. Reason: {reason}").format(
                       date=display_date(person.restricted_since),
                       reason=person.restriction_reason)
                   + "\n\n" + _("Tell the person before the restriction is lifted "
                                "(GDPR Art. 18(3))."))
        for widget in (self.ui.reason_label, self.ui.reason, self.ui.since_label,
                       self.ui.since):
            widget.setVisible(False)
        self.ok_button().setText(_("Lift the restriction"))

    def mark_invalid(self, problems: dict[str, InvalidValue]) -> None:
        error = problems.get("restriction_reason")
        mark_invalid(self.ui.reason, None, error.text() if error else "")

    def accept(self) -> None:
        db, request_id, today = self.db, self.detail.id, self.today()
        if self.lifting:
            done = self.run(lambda: request_actions.lift_restriction(db, request_id, today))
        else:
            reason, since = self.ui.reason.text(), from_qdate(self.ui.since.date())
            done = self.run(lambda: request_actions.restrict_processing(
                db, request_id, reason, since, today))
        if done:
            super().accept()
