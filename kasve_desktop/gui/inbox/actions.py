"""Take action…: the action a request's type asks for, in a dialog of its own.

``run_action`` is what the inbox's detail pane calls. It opens the dialog of
the request's type (rectification, erasure, restriction, portability, objection
to direct marketing, other objection, consent withdrawal) and returns True when
something was done, so that the pane shows the request again. A request whose
type has no action (access, other), that is no longer open or that is not yet
linked to a person gets a message saying so, and nothing happens.

The data-access report (Art. 15) and the response letters come with the next
issue: their dialog plugs into ``DIALOGS`` under ``RequestType.ACCESS``, once
``request_actions.available_action`` names an action for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from kasve_desktop.domain.vocabulary import RequestType
from kasve_desktop.gui.inbox.action_base import GONE, GONE_ERRORS, ActionDialog
from kasve_desktop.gui.inbox.action_erasure import ErasureDialog
from kasve_desktop.gui.inbox.action_marketing import (
    ConsentWithdrawalDialog,
    MarketingObjectionDialog,
    ObjectionDecisionDialog,
)
from kasve_desktop.gui.inbox.action_person import RectificationDialog, RestrictionDialog
from kasve_desktop.gui.inbox.action_portability import PortabilityDialog
from kasve_desktop.i18n import _
from kasve_desktop.services.database import Database
from kasve_desktop.services.requests import actions as request_actions
from kasve_desktop.services.requests.actions import ActionRefused
from kasve_desktop.services.requests.detail import RequestDetail

DIALOGS: dict[RequestType, type[ActionDialog]] = {
    RequestType.RECTIFICATION: RectificationDialog,
    RequestType.ERASURE: ErasureDialog,
    RequestType.RESTRICTION: RestrictionDialog,
    RequestType.PORTABILITY: PortabilityDialog,
    RequestType.OBJECTION_MARKETING: MarketingObjectionDialog,
    RequestType.OBJECTION: ObjectionDecisionDialog,
    RequestType.CONSENT_WITHDRAWAL: ConsentWithdrawalDialog,
}


def tell(parent: QWidget, text: str) -> None:
    """A message with OK only."""
    box = QMessageBox(QMessageBox.Icon.Information, _("Take action"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.exec()
    box.deleteLater()


def action_dialog(parent: QWidget, db: Database, today: Callable[[], dt.date],
                  detail: RequestDetail) -> ActionDialog | None:
    """The dialog for ``detail``, or None after telling the user why there is none."""
    try:
        kind = request_actions.check_request(detail)
        return DIALOGS[kind](db, today, detail, parent)
    except ActionRefused as refused:
        tell(parent, refused.text())
    except GONE_ERRORS:
        tell(parent, _(GONE))
    return None


def run_action(parent: QWidget, db: Database, today: Callable[[], dt.date],
               detail: RequestDetail) -> bool:
    """Open the action of the request's type; True when it was taken (refresh the request)."""
    dialog = action_dialog(parent, db, today, detail)
    if dialog is None:
        return False
    dialog.exec()
    dialog.deleteLater()
    return dialog.outcome is not None
