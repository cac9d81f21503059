"""The pane under the breach list: the chosen breach's form and what can be done with it.

Save and Revert act on the form; Close (or Reopen) and the additions act on the
stored breach at once, so they first ask to save unsaved changes; the two document
buttons build the PDFs of what is stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.breaches.additions import AdditionDialog
from kasve_desktop.gui.breaches.documents import BreachDocuments
from kasve_desktop.gui.breaches.fields import Now
from kasve_desktop.gui.breaches.form import BreachForm
from kasve_desktop.i18n import _
from kasve_desktop.services import breaches
from kasve_desktop.services.breaches import BreachStatus
from kasve_desktop.services.database import Database

HINT_WIDTH = 640
HINT_HEIGHT = 420


def _button(parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


class BreachPane(QWidget):
    changed = Signal(str)
    """The breach with this reference was saved, closed, reopened or added to."""

    def __init__(self, now: Now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breach_pane")
        self._now = now
        self._db: Database | None = None
        self.dialog: AdditionDialog | None = None
        self.form = BreachForm(now, self)
        self.documents = BreachDocuments(self, now)
        self.heading = QLabel(self)
        self.heading.setObjectName("breach_heading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.save_button = _button(self, "save_button")
        self.revert_button = _button(self, "revert_button")
        self.close_button = _button(self, "close_button")
        self.authority_button = _button(self, "authority_pdf_button")
        self.letters_button = _button(self, "letters_pdf_button")
        self._lay_out()
        self._connect()
        self.retranslate()
        self.update_state()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.save_button, self.revert_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.authority_button)
        buttons.addWidget(self.letters_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.form, 1)
        column.addLayout(buttons)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.form.save)
        self.revert_button.clicked.connect(self.form.revert)
        self.close_button.clicked.connect(self.close_or_reopen)
        self.authority_button.clicked.connect(self.authority_notification)
        self.letters_button.clicked.connect(self.person_letters)
        self.documents.persons_told.connect(self._reload)
        self.form.fields.addition_button.clicked.connect(self.add_addition)
        self.form.saved.connect(self._on_saved)
        self.form.edited.connect(self.update_state)

    def sizeHint(self) -> QSize:
        """Modest: the window's first size follows its areas' hints, and this pane is
        laid out to fit whatever room the window has."""
        return QSize(HINT_WIDTH, HINT_HEIGHT)

    def retranslate(self) -> None:
        self.save_button.setText(_("&Save the breach"))
        self.save_button.setToolTip(_("Save the breach (Ctrl+S)"))
        self.revert_button.setText(_("&Revert"))
        self.revert_button.setToolTip(_("Show the breach as last saved"))
        self.authority_button.setText(_("Notification to the supervisory authority (PDF)…"))
        self.authority_button.setToolTip(_("Every fact of GDPR Art. 33(3), for copying into "
                                           "the authority's notification form"))
        self.letters_button.setText(_("Letters to the data subjects (PDF)…"))
        self.letters_button.setToolTip(_("A letter for a window envelope to each linked "
                                         "person, in their language (GDPR Art. 34(2))"))
        self.form.fields.retranslate()
        self.update_state()

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.form.set_database(db)
        self.update_state()

    # --- state -----------------------------------------------------------------------------

    @Slot()
    def update_state(self) -> None:
        detail, form = self.form.detail, self.form
        shown = form.is_new or detail is not None
        closed = detail is not None and detail.row.status is BreachStatus.CLOSED
        self.heading.setText(self._heading())
        self.save_button.setEnabled(shown)
        self.revert_button.setEnabled(shown and form.dirty)
        self.close_button.setText(_("R&eopen") if closed else _("C&lose the breach"))
        self.close_button.setToolTip(_("Open the closed breach again") if closed else
                                     _("Close the breach once all its risk requires is done"))
        for button in (self.close_button, self.authority_button, self.letters_button):
            button.setEnabled(detail is not None)
        notified = detail is not None and detail.data.authority_notified_at is not None
        form.fields.addition_button.setEnabled(notified)
        form.fields.addition_button.setToolTip(
            _("Record information given to the authority later") if notified else
            _("Additions follow the authority's notification: record it first"))

    def _heading(self) -> str:
        detail = self.form.detail
        if detail is not None:
            return f"{detail.row.reference} · {detail.row.title} — " \
                   f"{breaches.status_label(detail.row.status)}"
        if self.form.is_new:
            return _("New breach")
        return _("Choose a breach in the list, or record a new one (Ctrl+N).")

    @Slot(str)
    def _on_saved(self, reference: str) -> None:
        self.update_state()
        self.changed.emit(reference)

    # --- acting on the stored breach ----------------------------------------------------------

    def _after_saving(self, then: Callable[[str], object]) -> None:
        """Run ``then(reference)`` once unsaved changes are saved or discarded."""
        reference = self.form.reference
        if self._db is not None and reference is not None:
            self.form.confirm_leave(lambda: then(reference))

    @Slot()
    def close_or_reopen(self) -> None:
        self._after_saving(self._close_or_reopen)

    def _close_or_reopen(self, reference: str) -> None:
        assert self._db is not None
        detail = self.form.detail
        try:
            if detail is not None and detail.row.status is BreachStatus.CLOSED:
                breaches.reopen_breach(self._db, reference)
            else:
                breaches.close_breach(self._db, reference, self._now())
            self._reload(reference)
        except UserError as refused:  # BreachInvalid, or BreachNotFound: gone meanwhile
            self.documents.tell(refused.text())

    @Slot()
    def add_addition(self) -> None:
        self._after_saving(self._open_addition)

    def _open_addition(self, reference: str) -> None:
        assert self._db is not None
        dialog = AdditionDialog(self._db, reference, self._now, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._reload(reference))
        self.dialog = dialog
        dialog.open()

    def _reload(self, reference: str) -> None:
        self.form.load(reference)
        self.update_state()
        self.changed.emit(reference)

    @Slot()
    def authority_notification(self) -> None:
        self._after_saving(lambda ref: self.documents.authority_notification(self._db, ref)
                           if self._db is not None else None)

    @Slot()
    def person_letters(self) -> None:
        self._after_saving(lambda ref: self.documents.person_letters(self._db, ref)
                           if self._db is not None else None)
