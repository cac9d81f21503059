"""What every action dialog shares: the heading, the error line, and calling the service.

A dialog calls its service through ``attempt``: a refusal or an invalid value
is shown in the dialog's error line in the user's language, the dialog stays
open and nothing has changed (the services run all or nothing). On success
``outcome`` holds what the service returned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from kasve_desktop.domain.validation import InvalidValue, ValidationFailed
from kasve_desktop.domain.vocabulary import REQUEST_TYPE_LABELS, RequestType
from kasve_desktop.gui.common.widgets import busy_cursor, mute, reserve_lines, show_error
from kasve_desktop.i18n import N_, _
from kasve_desktop.services.database import Database
from kasve_desktop.services.people import persons
from kasve_desktop.services.people.erasure import RectificationFailed
from kasve_desktop.services.requests.actions import ActionDone, ActionRefused
from kasve_desktop.services.requests.detail import RequestDetail, RequestNotFound

T = TypeVar("T")
GONE = N_("The request or the person no longer exists. Close this window and look again.")
GONE_ERRORS = (RequestNotFound, persons.PersonNotFound)
"""What the services raise when the request or the person was removed meanwhile."""


def problems_text(problems: dict[str, InvalidValue],
                  labels: Mapping[str, str] | None = None) -> str:
    """``Field: reason`` lines of ``InvalidValue``s by field name."""
    lines = []
    for name, problem in problems.items():
        label = _(labels[name]) if labels and name in labels else ""
        lines.append(f"{label}: {problem.text()}" if label else problem.text())
    return "\n".join(lines)


class ActionDialog(QDialog):
    """Base of the action dialogs; subclasses set ``ui`` (with ``heading``, ``explanation``,
    ``error`` and ``buttons``) before calling ``setup``."""

    ui: Any

    def __init__(self, db: Database, today: Callable[[], dt.date], detail: RequestDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.today, self.detail = db, today, detail
        self.outcome: ActionDone | None = None

    def setup(self, heading: str, explanation: str) -> None:
        label = _(REQUEST_TYPE_LABELS.get(RequestType(self.detail.type), self.detail.type))
        self.setWindowTitle(f"{label} — {self.detail.reference}")
        self.ui.heading.setText(heading)
        self.ui.explanation.setText(explanation)
        mute(self.ui.explanation)
        reserve_lines(self.ui.error, 1)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    field_labels: ClassVar[Mapping[str, str] | None] = None
    """Msgids of the field names a refusal may name."""

    def mark_invalid(self, problems: dict[str, InvalidValue]) -> None:
        """Mark the fields named in ``problems`` (the subclass knows its fields)."""

    def ok_button(self) -> QPushButton:
        button: QPushButton = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        return button

    def show_problem(self, text: str) -> None:
        show_error(self.ui.error, text)

    def attempt(self, call: Callable[[], T]) -> T | None:
        """Run ``call``; a refusal is shown in the dialog and None returned."""
        self.show_problem("")
        try:
            with busy_cursor():
                return call()
        except ActionRefused as refused:
            self.show_problem(refused.text())
        except ValidationFailed as failed:
            self.show_problem(problems_text(failed.errors, self.field_labels))
            self.mark_invalid(failed.errors)
        except RectificationFailed as failed:
            self.show_problem(problems_text(failed.problems, self.field_labels))
            self.mark_invalid(failed.problems)
        except GONE_ERRORS:
            self.show_problem(_(GONE))
        return None

    def run(self, call: Callable[[], ActionDone]) -> bool:
        """Run the action; on success keep its result in ``outcome``."""
        done = self.attempt(call)
        if done is None:
            return False
        self.outcome = done
        return True

