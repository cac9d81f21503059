"""The inbox's doors to the intake, matching, per-type action and response letter dialogs.

Those dialogs live in their own modules (``intake_dialog``, ``person_match``,
``actions``, ``response_dialog``) and are imported only when first used, so that
the inbox opens fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kasve_desktop.services.database import Database
from kasve_desktop.services.requests.detail import RequestDetail

if TYPE_CHECKING:
    from kasve_desktop.gui.inbox.response_dialog import ResponseDialog

Today = Callable[[], dt.date]
"""The injected clock, as the dialogs take it."""


def new_request(parent: QWidget, db: Database, today: Today) -> int | None:
    """The intake dialog; the new request's id, or None if none was entered."""
    from kasve_desktop.gui.inbox.intake_dialog import IntakeDialog

    dialog = IntakeDialog(db, today, parent, draft=None, attachments=())
    dialog.exec()
    return dialog.created_id


def request_from_eml(parent: QWidget, db: Database, today: Today, path: Path) -> int | None:
    from kasve_desktop.gui.inbox.intake_dialog import create_from_eml

    return create_from_eml(parent, db, today, path)


def link_person(parent: QWidget, db: Database, today: Today, request_id: int) -> None:
    from kasve_desktop.gui.inbox.person_match import PersonMatchDialog

    PersonMatchDialog(db, today, request_id, parent).exec()


def take_action(parent: QWidget, db: Database, today: Today, detail: RequestDetail) -> bool:
    """The per-type action (rectify, erase, …); True when something changed."""
    from kasve_desktop.gui.inbox.actions import run_action

    return run_action(parent, db, today, detail)


def response_letter(parent: QWidget, db: Database, today: Today,
                    detail: RequestDetail) -> ResponseDialog:
    """The response letter dialog, opened (not exec'd); it emits ``request_changed``."""
    from kasve_desktop.gui.inbox.response_dialog import ResponseDialog

    dialog = ResponseDialog(db, detail, today(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
