"""Erasure (Art. 17): first what will be erased and what kept and why, then the erasure.

Nothing is erased until the user ticks the confirmation and presses Erase. The
dialog then shows what was really erased and kept (the report of the erasure
service) and offers only Close.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kasve_desktop.gui.common.widgets import ERROR_STYLE
from kasve_desktop.gui.forms.ui_action_erasure_dialog import Ui_ErasureDialog
from kasve_desktop.gui.inbox.action_base import ActionDialog
from kasve_desktop.i18n import _
from kasve_desktop.services.database import Database
from kasve_desktop.services.people.erasure import KeptItem
from kasve_desktop.services.requests import erasure as request_erasure
from kasve_desktop.services.requests.detail import RequestDetail
from kasve_desktop.services.requests.erasure import ErasureDone


def bullets(lines: Sequence[str]) -> str:
    if not lines:
        return f"<p>{html.escape(_('nothing'))}</p>"
    items = "".join(f"<li>{html.escape(line[:1].upper() + line[1:])}</li>" for line in lines)
    return f"<ul style='margin-left: -20px'>{items}</ul>"


def kept_html(items: Sequence[KeptItem]) -> str:
    rows = []
    for item in items:
        what = html.escape(item.what) + (f" — {html.escape(item.register)}"
                                         if item.register else "")
        rows.append(f"<li style='margin-bottom: 4px'><b>{what}</b><br>"
                    f"{html.escape(item.reason)}</li>")
    if not rows:
        return f"<p>{html.escape(_('nothing'))}</p>"
    return f"<ul style='margin-left: -20px'>{''.join(rows)}</ul>"


class ErasureDialog(ActionDialog):
    """Preview, confirm, erase, and show what happened."""

    def __init__(self, db: Database, today: Callable[[], dt.date], detail: RequestDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, today, detail, parent)
        self.ui = Ui_ErasureDialog()
        self.ui.setupUi(self)
        self.preview = request_erasure.preview_erasure(db, detail.id)
        self.setup(_("Erase the data of {name}").format(name=self.preview.person_name),
                   _("Request {reference}. Check what will be erased and what must be kept "
                     "before you erase.").format(reference=detail.reference))
        self.ui.erased.setHtml(bullets(self.preview.erased))
        self.ui.kept.setHtml(kept_html(self.preview.kept))
        self.ui.warning.setStyleSheet(ERROR_STYLE)
        self.ok_button().setText(_("Erase"))
        self.ok_button().setEnabled(False)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.ui.confirm.toggled.connect(self._on_confirm)

    @Slot(bool)
    def _on_confirm(self, checked: bool) -> None:
        self.ok_button().setEnabled(checked)

    def accept(self) -> None:
        if not self.ui.confirm.isChecked():
            return
        if self.run(lambda: request_erasure.apply_erasure(self.db, self.detail.id,
                                                          self.today())):
            self._show_done()

    def _show_done(self) -> None:
        assert isinstance(self.outcome, ErasureDone)
        report = self.outcome.report
        self.ui.heading.setText(_("The data of {name} was erased").format(
            name=self.preview.person_name))
        self.ui.explanation.setText(_("This is recorded on the timeline of request "
                                      "{reference}.").format(reference=self.detail.reference))
        self.ui.erased_label.setText(_("Erased:"))
        self.ui.kept_label.setText(_("Kept, and why:"))
        self.ui.erased.setHtml(bullets(request_erasure.erased_lines(report)))
        self.ui.kept.setHtml(kept_html(request_erasure.kept_items(report)))
        for widget in (self.ui.warning, self.ui.confirm):
            widget.setVisible(False)
        self.ui.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
