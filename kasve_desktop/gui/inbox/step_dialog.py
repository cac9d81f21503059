"""One small dialog for every workflow action: the date, the text it needs, and OK.

The date defaults to today and can be neither before receipt nor after today.
OK calls the action's service; a refusal (``StepRefused``) is shown in the
dialog in the user's language and nothing changes; on success the dialog
closes and ``outcome`` holds the request as it is now.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kasve_desktop.domain.deadlines import extended
from kasve_desktop.domain.vocabulary import CHANNEL_LABELS, Channel
from kasve_desktop.domain.workflow import StepRefused, one_month_in_force
from kasve_desktop.gui.common.widgets import (
    UnsavedChangesGuard,
    mute,
    reserve_lines,
    show_error,
)
from kasve_desktop.gui.forms.ui_request_step_dialog import Ui_StepDialog
from kasve_desktop.gui.inbox.steps import EXTEND, StepInput, StepSpec
from kasve_desktop.gui.people.dialogs import choose, fill_choices
from kasve_desktop.gui.people.records import from_qdate, to_qdate
from kasve_desktop.i18n import _, display_date
from kasve_desktop.services.answers.letters.letters import default_response_channel
from kasve_desktop.services.database import Database
from kasve_desktop.services.requests.detail import RequestDetail


class StepDialog(UnsavedChangesGuard, QDialog):
    """Take one action on a request; ``outcome`` is the request afterwards."""

    def __init__(self, spec: StepSpec, detail: RequestDetail, db: Database, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.detail, self._db, self._today = spec, detail, db, today
        self.outcome: RequestDetail | None = None
        self.ui = Ui_StepDialog()
        self.ui.setupUi(self)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        mute(self.ui.explanation)
        reserve_lines(self.ui.error)
        self._fill()

    def _fill(self) -> None:
        spec, ui = self.spec, self.ui
        self.setWindowTitle(f"{_(spec.title)} — {self.detail.reference}")
        ui.heading.setText(_(spec.title))
        ui.explanation.setText(_(spec.explanation) + self._extension_dates())
        ui.on_date_label.setText(_(spec.date_label))
        ui.on_date.setDateRange(to_qdate(self.detail.received_on), to_qdate(self._today))
        ui.on_date.setDate(to_qdate(self._today))
        ui.text_label.setText(_(spec.text_label) if spec.text_label else "")
        for widget in (ui.text_label, ui.text):
            widget.setVisible(bool(spec.text_label))
        for widget in (ui.note_label, ui.note):
            widget.setVisible(spec.note)
        for widget in (ui.channel_label, ui.channel):
            widget.setVisible(spec.channel)
        fill_choices(ui.channel, [(c.value, _(CHANNEL_LABELS[c])) for c in Channel
                                  if c is not Channel.WEB_FORM])  # no answer goes by web form
        choose(ui.channel, default_response_channel(self.detail))
        ui.pause.setVisible(spec.pause)
        ui.pause.setChecked(True)
        (ui.text if spec.text_label else ui.on_date).setFocus()

    def _extension_dates(self) -> str:
        """For the extension: the new date, and the last day to decide it."""
        if self.spec.key != EXTEND:
            return ""
        one = one_month_in_force(self.detail.facts, self._today)
        return "\n\n" + _("New answer-by date: {new}. Last day to decide and tell the person: "
                          "{last}.").format(new=display_date(extended(self.detail.received_on).due),
                                            last=display_date(one))

    def given(self) -> StepInput:
        ui = self.ui
        return StepInput(on_date=from_qdate(ui.on_date.date()), text=ui.text.toPlainText(),
                         note=ui.note.toPlainText() if self.spec.note else "",
                         channel=str(ui.channel.currentData() or "") if self.spec.channel
                         else "", pause=ui.pause.isChecked())

    def accept(self) -> None:
        show_error(self.ui.error, "")
        try:
            self.outcome = self.spec.run(self._db, self.detail.id, self.given(), self._today)
        except StepRefused as refused:
            show_error(self.ui.error, refused.text())
            return
        super().accept()

    # --- leaving ------------------------------------------------------------------------

    leave_default = QMessageBox.StandardButton.Cancel  # Save would take the step

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape with something typed asks first: a note is never lost by a stray key."""
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.confirm_leave(self._close_without_step)
            return
        super().keyPressEvent(event)

    def _close_without_step(self) -> None:
        """Close, unless saving from the question has just taken the step (and closed)."""
        if self.outcome is None:
            self.reject()

    @property
    def dirty(self) -> bool:
        typed = self.ui.text.toPlainText().strip() or self.ui.note.toPlainText().strip()
        return self.outcome is None and bool(typed)

    def save(self) -> bool:
        """Take the step with what was written; False (the reason shown) if it is refused."""
        self.accept()
        return self.outcome is not None

    def discard_changes(self) -> None:
        """Nothing to undo: the dialog closes and what was written goes with it."""

    def unsaved_text(self) -> str:
        return f"{self.windowTitle()}: " + _("unsaved changes")
