"""The dated additions of a breach (phased notification, GDPR Art. 33(4)).

The list shows each addition with its time in Helsinki; "Add an addition…" asks
the time (now by default) and the text in a small dialog, which the service
stores at once: the dialog stays open with its text when the service refuses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.breaches.fields import instant, instant_editor, set_instant
from kasve_desktop.gui.common.widgets import reserve_lines, show_error
from kasve_desktop.i18n import _
from kasve_desktop.services import breaches
from kasve_desktop.services.breaches import BreachInvalid
from kasve_desktop.services.database import Database

Now = Callable[[], dt.datetime]


class AdditionDialog(QDialog):
    """Time and text of an addition; accepted once the service has stored it."""

    def __init__(self, db: Database, reference: str, now: Now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addition_dialog")
        self.setWindowTitle(_("Addition to the notification of {reference}").format(
            reference=reference))
        self._db, self._reference, self._now = db, reference, now
        self.at = instant_editor(self, "addition_at")
        set_instant(self.at, now())
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("addition_text")
        self.text.setTabChangesFocus(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        reserve_lines(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self._lay_out()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 320)
        self.text.setFocus()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(_("Given to the authority"), self.at)
        form.addRow(_("What the addition tells"), self.text)
        hint = QLabel(_("Information given to the supervisory authority after the first "
                        "notification (GDPR Art. 33(4))."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot()
    def save(self) -> None:
        try:
            breaches.add_addition(self._db, self._reference, self.text.toPlainText(),
                                  instant(self.at), self._now())
        except BreachInvalid as refused:
            show_error(self.message, refused.text())
            (self.at if refused.field == "at" else self.text).setFocus()
            return
        except UserError as refused:  # BreachNotFound: gone since it was shown
            show_error(self.message, refused.text())
            return
        self.accept()
