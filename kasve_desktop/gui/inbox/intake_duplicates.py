"""The intake dialog's question about a likely duplicate: Link it / Keep separate / Cancel.

A new request from a requester who already has an open request of the same
type is probably the same request again (a reminder, a second channel). The
user decides: link it to the earlier one as its duplicate, keep it as a
separate request, or go back to the form. The box opens without blocking;
``then`` runs with the id to link (or None) once the user has chosen to save.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from kasve_desktop.domain.vocabulary import REQUEST_STATUS_LABELS, RequestStatus
from kasve_desktop.i18n import _, display_date
from kasve_desktop.services.requests.intake import RequestSummary


def duplicate_lines(duplicates: Sequence[RequestSummary]) -> str:
    """One line per earlier request: reference, received, status."""
    return "\n".join(
        _("{reference}, received {date}, {status}").format(
            reference=d.reference, date=display_date(d.received_on),
            status=_(REQUEST_STATUS_LABELS[RequestStatus(d.status)]).lower())
        for d in duplicates)


class DuplicateQuestion:
    """Asks about ``duplicates`` (the oldest first) over ``parent``."""

    def __init__(self, parent: QWidget, duplicates: Sequence[RequestSummary],
                 then: Callable[[int | None], None]) -> None:
        self.first = duplicates[0]
        self._then = then
        references = ", ".join(d.reference for d in duplicates)
        self.box = QMessageBox(QMessageBox.Icon.Question, _("Likely duplicate"), _(
            "A likely duplicate of {references}: the same requester, the same type, still "
            "open.").format(references=references), parent=parent)
        self.box.setInformativeText(_(
            "Link it to {reference} as a duplicate, or keep it as a separate request?").format(
                reference=self.first.reference))
        self.box.setDetailedText(duplicate_lines(duplicates))
        self.link_button = self._button(_("&Link it"), QMessageBox.ButtonRole.YesRole)
        self.keep_button = self._button(_("&Keep separate"), QMessageBox.ButtonRole.NoRole)
        self.cancel_button = self.box.addButton(QMessageBox.StandardButton.Cancel)
        self.box.setDefaultButton(self.link_button)
        self.box.setEscapeButton(self.cancel_button)
        self.box.finished.connect(self._on_answer)
        self.box.open()

    def _button(self, text: str, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.box.addButton(text, role)
        assert isinstance(button, QPushButton)
        return button

    def _on_answer(self, _result: int) -> None:
        role = self.box.buttonRole(self.box.clickedButton())
        if role == QMessageBox.ButtonRole.YesRole:
            self._then(self.first.id)
        elif role == QMessageBox.ButtonRole.NoRole:
            self._then(None)
