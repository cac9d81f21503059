"""The inbox's doors to the intake, matching and per-type action dialogs.

Those live in their own modules (``intake_dialog``, ``person_match``,
``actions``) and are imported only when used, so that the inbox opens fast
and does not depend on them at start-up. ``Unavailable`` says that such a
module is missing from this build.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from kasve_desktop.services.database import Database
from kasve_desktop.services.requests import RequestDetail

PACKAGE = "kasve_desktop.gui.requests"
Today = Callable[[], dt.date]
"""The injected clock, as the dialogs take it."""


class Unavailable(Exception):
    """A dialog's module is not part of this build."""


def _module(name: str) -> Any:
    qualified = f"{PACKAGE}.{name}"
    try:
        return importlib.import_module(qualified)
    except ModuleNotFoundError as missing:
        if missing.name == qualified:
            raise Unavailable(name) from None
        raise


def new_request(parent: QWidget, db: Database, today: Today) -> int | None:
    """The intake dialog; the new request's id, or None if none was entered."""
    dialog = _module("intake_dialog").IntakeDialog(db, today, parent, draft=None,
                                                   attachments=())
    dialog.exec()
    created = dialog.created_id
    return int(created) if created is not None else None


def request_from_eml(parent: QWidget, db: Database, today: Today, path: Path) -> int | None:
    created = _module("intake_dialog").create_from_eml(parent, db, today, path)
    return int(created) if created is not None else None


def link_person(parent: QWidget, db: Database, today: Today, request_id: int) -> None:
    _module("person_match").PersonMatchDialog(db, today, request_id, parent).exec()


def take_action(parent: QWidget, db: Database, today: Today, detail: RequestDetail) -> bool:
    """The per-type action (rectify, erase, …); True when something changed."""
    return bool(_module("actions").run_action(parent, db, today, detail))
