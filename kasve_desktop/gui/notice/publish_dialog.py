"""The publish dialog: the effective date, a note, and a confirmation that publishing freezes.

The dialog shows the completeness check of what is about to be published. While it
shows a missing item or an open remark, publishing needs a reason, which is kept
with the version. The dialog only asks; the area publishes (off the GUI thread)
when it is accepted.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from kasve_desktop.domain.notice_check import NoticeCheck
from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.forms.ui_publish_dialog import Ui_PublishDialog
from kasve_desktop.i18n import _


class PublishDialog(QDialog):
    def __init__(self, today: dt.date, next_number: int, registers_text: str,
                 checked: NoticeCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PublishDialog()
        self.ui.setupUi(self)
        self.ui.heading.setText(_("Publish version {number}").format(number=next_number))
        self.ui.registers.setText(registers_text)
        mute(self.ui.intro)
        self.ui.effective_date.setDate(QDate(today.year, today.month, today.day))
        self.publish_button: QPushButton = self.ui.buttons.addButton(
            _("&Publish"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.clean = checked.clean
        self._show_check(checked)
        self.ui.confirm.toggled.connect(self._on_confirm)
        self.ui.override_reason.textChanged.connect(self._update_button)
        self._on_confirm(False)
        self.ui.effective_date.setFocus()

    def _show_check(self, checked: NoticeCheck) -> None:
        """Green, or every gap and remark, then the request for a reason."""
        self.ui.override_label.setVisible(not self.clean)
        self.ui.override_reason.setVisible(not self.clean)
        self.ui.check_result.setVisible(not self.clean)
        if self.clean:
            self.ui.check_heading.setText(_("The completeness check shows no gaps."))
            return
        self.ui.check_heading.setText(
            _("The completeness check shows gaps:") + " "
            + _("Publishing anyway needs a reason; the version list marks it."))
        self.ui.check_result.setPlainText("\n".join(f"• {gap}" for gap in checked.gaps(_)))

    @property
    def effective_date(self) -> dt.date:
        chosen = self.ui.effective_date.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    @property
    def note(self) -> str:
        return self.ui.note.toPlainText().strip()

    @property
    def override_reason(self) -> str:
        return "" if self.clean else self.ui.override_reason.toPlainText().strip()

    def _ready(self) -> bool:
        return self.ui.confirm.isChecked() and (self.clean or bool(self.override_reason))

    def accept(self) -> None:
        if self._ready():
            super().accept()

    @Slot(bool)
    def _on_confirm(self, _confirmed: bool) -> None:
        self._update_button()

    @Slot()
    def _update_button(self) -> None:
        ready = self._ready()
        self.publish_button.setEnabled(ready)
        self.publish_button.setDefault(ready)
