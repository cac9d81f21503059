"""The publish dialog: the effective date, a note, and a confirmation that publishing freezes.

The dialog only asks; the area publishes (off the GUI thread) when it is accepted.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.forms.ui_publish_dialog import Ui_PublishDialog
from kasve_desktop.i18n import _


class PublishDialog(QDialog):
    def __init__(self, today: dt.date, next_number: int, registers_text: str,
                 parent: QWidget | None = None) -> None:
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
        self.ui.confirm.toggled.connect(self._on_confirm)
        self._on_confirm(False)
        self.ui.effective_date.setFocus()

    @property
    def effective_date(self) -> dt.date:
        chosen = self.ui.effective_date.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    @property
    def note(self) -> str:
        return self.ui.note.toPlainText().strip()

    def accept(self) -> None:
        if self.ui.confirm.isChecked():
            super().accept()

    @Slot(bool)
    def _on_confirm(self, confirmed: bool) -> None:
        self.publish_button.setEnabled(confirmed)
        self.publish_button.setDefault(confirmed)
