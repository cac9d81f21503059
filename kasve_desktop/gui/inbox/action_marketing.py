"""Objections and consents: direct marketing (Art. 21(2)–(3)), other objections (Art. 21(1))
and the withdrawal of consents (Art. 7(3))."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import ClassVar

from PySide6.QtCore import QDateTime, Qt, QTime, Slot
from PySide6.QtWidgets import QCheckBox, QListWidgetItem, QWidget

from kasve_desktop.domain.validation import InvalidValue
from kasve_desktop.domain.vocabulary import MARKETING_SCOPE_LABELS, MarketingScope
from kasve_desktop.gui.forms.ui_action_consents_dialog import Ui_ConsentWithdrawalDialog
from kasve_desktop.gui.forms.ui_action_decision_dialog import Ui_ObjectionDecisionDialog
from kasve_desktop.gui.forms.ui_action_marketing_dialog import Ui_MarketingObjectionDialog
from kasve_desktop.gui.inbox.action_base import ActionDialog
from kasve_desktop.gui.people.records import from_qdate, to_qdate
from kasve_desktop.gui.registers.fields import mark_invalid
from kasve_desktop.i18n import N_, _, display_datetime
from kasve_desktop.services.database import Database
from kasve_desktop.services.people import marketing
from kasve_desktop.services.people.marketing import CONSENT_CHANNEL_LABELS, ConsentRow
from kasve_desktop.services.requests import actions as request_actions
from kasve_desktop.services.requests.detail import RequestDetail

DECISION = N_("Decision")


class MarketingObjectionDialog(ActionDialog):
    """Which kinds of direct marketing the person objects to, and from when."""

    def __init__(self, db: Database, today: Callable[[], dt.date], detail: RequestDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, today, detail, parent)
        self.ui = Ui_MarketingObjectionDialog()
        self.ui.setupUi(self)
        self.scopes: dict[str, QCheckBox] = {}
        for scope in MarketingScope:
            box = QCheckBox(_(MARKETING_SCOPE_LABELS[scope]), self)
            box.setObjectName(f"scope_{scope.value.replace('-', '_')}")
            box.toggled.connect(self._update)
            self.ui.scopes_layout.addWidget(box)
            self.scopes[scope.value] = box
        self.setup(_("Record an objection to direct marketing"),
                   _("{name} may not be sent the chosen kinds of direct marketing from the "
                     "date below. Should the data be erased later, keyed hashes of the e-mail "
                     "addresses or phone numbers that the objection covers stay on the "
                     "suppression list, so that the marketing does not start again.").format(
                       name=detail.person_name))
        self.ui.since.setDate(to_qdate(detail.received_on))  # the objection holds from receipt
        self.ok_button().setText(_("Record the objection"))
        self._update()

    def chosen(self) -> list[str]:
        return [scope for scope, box in self.scopes.items() if box.isChecked()]

    @Slot()
    def _update(self) -> None:
        self.ok_button().setEnabled(bool(self.chosen()))

    def accept(self) -> None:
        scopes, since = self.chosen(), from_qdate(self.ui.since.date())
        note = self.ui.note.toPlainText()
        if self.run(lambda: request_actions.record_marketing_objection(
                self.db, self.detail.id, scopes, since, note, self.today())):
            super().accept()


def consent_text(row: ConsentRow) -> str:
    channel = CONSENT_CHANNEL_LABELS.get(row.channel)
    return _("{purpose} — {channel}, given {date}").format(
        purpose=row.purpose, channel=_(channel) if channel else row.channel,
        date=display_datetime(row.granted_at))


class ConsentWithdrawalDialog(ActionDialog):
    """Tick the consents the person withdraws and the time of the withdrawal."""

    def __init__(self, db: Database, today: Callable[[], dt.date], detail: RequestDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, today, detail, parent)
        self.ui = Ui_ConsentWithdrawalDialog()
        self.ui.setupUi(self)
        assert detail.person_id is not None
        active = [c for c in marketing.list_consents(db, detail.person_id) if c.active]
        for row in active:
            item = QListWidgetItem(consent_text(row), self.ui.consents)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setup(_("Withdraw consents of {name}").format(name=detail.person_name),
                   _("The consents stay on record with the time of withdrawal; nothing is "
                     "processed on their basis afterwards.") if active else
                   _("{name} has no active consents: there is nothing to withdraw.").format(
                       name=detail.person_name))
        now = self.db.clock.local_now().time()
        self.ui.at.setDateTime(QDateTime(to_qdate(today()), QTime(now.hour, now.minute)))
        self.ok_button().setText(_("Record the withdrawal"))
        self.ui.consents.itemChanged.connect(self._update)
        self._update()

    def chosen(self) -> list[int]:
        items = (self.ui.consents.item(n) for n in range(self.ui.consents.count()))
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    @Slot()
    def _update(self) -> None:
        self.ok_button().setEnabled(bool(self.chosen()))

    def at(self) -> dt.datetime:
        moment = self.ui.at.dateTime()
        return dt.datetime.combine(from_qdate(moment.date()),
                                   dt.time(moment.time().hour(), moment.time().minute()))

    def accept(self) -> None:
        chosen, at = self.chosen(), self.at()
        if self.run(lambda: request_actions.withdraw_consents(
                self.db, self.detail.id, chosen, at, self.today())):
            super().accept()


class ObjectionDecisionDialog(ActionDialog):
    """Art. 21(1): the decision is recorded on the timeline; no data changes by itself."""

    field_labels: ClassVar[Mapping[str, str] | None] = {"decision": DECISION}

    def __init__(self, db: Database, today: Callable[[], dt.date], detail: RequestDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, today, detail, parent)
        self.ui = Ui_ObjectionDecisionDialog()
        self.ui.setupUi(self)
        self.setup(_("Decide on the objection"),
                   _("Processing based on legitimate interests must stop unless there are "
                     "compelling legitimate grounds that override the person's interests "
                     "(GDPR Art. 21(1)). Write what was decided and why; change the data "
                     "itself on the person's page."))
        self.ok_button().setText(_("Record the decision"))
        self.ui.decision.setFocus()

    def mark_invalid(self, problems: dict[str, InvalidValue]) -> None:
        error = problems.get("decision")
        mark_invalid(self.ui.decision, None, error.text() if error else "")

    def accept(self) -> None:
        decision = self.ui.decision.toPlainText()
        if self.run(lambda: request_actions.record_objection_decision(
                self.db, self.detail.id, decision, self.today())):
            super().accept()
