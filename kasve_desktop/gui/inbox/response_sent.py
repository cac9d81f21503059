"""The small dialogs of the response dialog: "Mark as sent" and the PDF's password.

Both are built in code: each is a few labelled fields around one decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.domain.vocabulary import CHANNEL_LABELS, Channel
from kasve_desktop.gui.common.clipboard import copy_for_a_while
from kasve_desktop.gui.common.widgets import mute, reserve_lines, show_error
from kasve_desktop.gui.inbox.response_text import PROBLEMS, problem_text
from kasve_desktop.gui.people.dialogs import choose, fill_choices
from kasve_desktop.gui.people.records import from_qdate, to_qdate
from kasve_desktop.i18n import _

MarkSent = Callable[[dt.date, str], object]
"""Called with the date and the channel; raises ``StepRefused`` (or another of
``PROBLEMS``) to refuse, which is shown in the dialog."""
DIALOG_WIDTH = 460


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSize(13)
    font.setBold(True)
    label.setFont(font)
    return label


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SentDialog(QDialog):
    """When and how the letter went out; OK makes the stored letter final."""

    def __init__(self, title: str, received_on: dt.date, today: dt.date, channel: str,
                 mark: MarkSent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mark = mark
        self.setWindowTitle(_("Mark as sent"))
        self.setMinimumWidth(DIALOG_WIDTH)
        self.on_date = QDateEdit(to_qdate(today))
        self.on_date.setDisplayFormat("d.M.yyyy")
        self.on_date.setCalendarPopup(True)
        self.on_date.setDateRange(to_qdate(received_on), to_qdate(today))
        self.channel = QComboBox()
        fill_choices(self.channel, [(c.value, _(CHANNEL_LABELS[c])) for c in Channel
                                    if c is not Channel.WEB_FORM])  # no answer goes by web form
        choose(self.channel, channel)
        self.error = _wrapped("")
        reserve_lines(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Mark as sent"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(title)

    def _lay_out(self, title: str) -> None:
        warning = _wrapped(_("After this the letter is final: it cannot be changed or "
                             "replaced, and every reprint shows exactly this document."))
        mute(warning)
        form = QFormLayout()
        form.addRow(_("&Sent on:"), self.on_date)
        form.addRow(_("Sent &by:"), self.channel)
        layout = QVBoxLayout(self)
        for widget in (_heading(_("Mark as sent")), _wrapped(title), warning):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        show_error(self.error, "")
        try:
            self._mark(from_qdate(self.on_date.date()), str(self.channel.currentData()))
        except PROBLEMS as error:
            show_error(self.error, problem_text(error) or "")
            return
        super().accept()


class PasswordDialog(QDialog):
    """The encrypted PDF's password, shown this once, with a copy button."""

    def __init__(self, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Password of the PDF"))
        self.setMinimumWidth(DIALOG_WIDTH)
        self.password = QLineEdit(password)
        self.password.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 12))
        font.setWeight(QFont.Weight.Bold)
        self.password.setFont(font)
        self.copy_button = QPushButton(_("&Copy"))
        self.copy_button.clicked.connect(self._copy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.copy_button)
        warning = _wrapped(_("The PDF opens only with this password, and it is shown only "
                             "now: it is not stored anywhere. Give it to the person through "
                             "another channel than the e-mail that carries the PDF, for "
                             "example by phone or text message."))
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(_("Password of the PDF")))
        layout.addLayout(row)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)

    @Slot()
    def _copy(self) -> None:
        """Copied for 30 seconds: then the clipboard is emptied if it still holds it."""
        copy_for_a_while(self.password.text(), QGuiApplication.instance() or self)
        self.copy_button.setText(_("Copied"))
