"""A new request: a letter, an e-mail, a call or a visit entered in under a minute.

The dialog is filled with the keyboard from top to bottom (Ctrl+Enter saves)
and shows the answer-by date as the receipt date changes, with the reason
when it moved. The contact fields follow the channel: the address is shown
for requests whose answer may go by post, and the labels of what the
channel's answer needs are bold. Saving checks the whole request through the
service; a refused value is shown at its field and nothing is saved. A request
like an open one from the same requester is asked about first (link it as a
duplicate, keep it separate, or go back). Closing with something typed asks
before dropping it.

``create_from_eml`` opens the dialog filled from a saved e-mail (the inbox's
drop handler calls it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from kasve_desktop.domain.names import display_name
from kasve_desktop.domain.validation import InvalidValue, ValidationFailed, display_phone
from kasve_desktop.gui.common.widgets import ERROR_STYLE, HINT_STYLE, UnsavedChangesGuard, mute
from kasve_desktop.gui.forms.ui_intake_dialog import Ui_IntakeDialog
from kasve_desktop.gui.inbox import intake_fields as fields
from kasve_desktop.gui.inbox.intake_attachments import AttachmentList, dropped_files
from kasve_desktop.gui.inbox.intake_duplicates import DuplicateQuestion
from kasve_desktop.gui.inbox.person_match import PersonPickerDialog
from kasve_desktop.gui.people.records import from_qdate, to_qdate
from kasve_desktop.gui.registers.fields import mark_invalid
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services.database import Database
from kasve_desktop.services.people import persons
from kasve_desktop.services.requests import mail
from kasve_desktop.services.requests.intake import (
    NewAttachment,
    RequestDraft,
    check_draft,
    create_request,
    find_duplicates,
)

LINE_FIELDS = ("requester_name", "requester_email", "requester_phone", "requester_street",
               "requester_postal_code", "requester_locality", "requester_country")
CHOICE_FIELDS = ("type", "channel", "language")
NOTED_FIELDS = ("received_on", *CHOICE_FIELDS, "requester_name", "requester_email",
                "requester_phone", "requester_street", "requester_postal_code",
                "requester_country", "description")
EARLIEST = QDate(2000, 1, 1)


class IntakeDialog(UnsavedChangesGuard, QDialog):
    """Enter one request; after ``exec()``, ``created_id`` is its id (None if cancelled)."""

    def __init__(self, db: Database, today: Callable[[], dt.date],
                 parent: QWidget | None = None, draft: RequestDraft | None = None,
                 attachments: tuple[NewAttachment, ...] = ()) -> None:
        super().__init__(parent)
        self.ui = Ui_IntakeDialog()
        self.ui.setupUi(self)
        self._db, self._today = db, today
        self.created_id: int | None = None
        self._errors_shown = False
        self.duplicates: DuplicateQuestion | None = None
        self.picker: PersonPickerDialog | None = None
        self._person: tuple[int, str] | None = None
        self._address_asked = False
        self.files = AttachmentList(self.ui.attachments, self.ui.add_attachment_button,
                                    self.ui.remove_attachment_button, self.ui.attachments_note,
                                    self)
        self._set_up()
        self._connect()
        self.set_draft(draft or RequestDraft(received_on=today()))
        self.files.add(attachments)
        self._initial = self._state()
        (self.ui.requester_name if draft else self.ui.type).setFocus()

    # --- set-up -----------------------------------------------------------------------

    def _set_up(self) -> None:
        for combo, choices in ((self.ui.type, fields.type_choices()),
                               (self.ui.channel, fields.channel_choices()),
                               (self.ui.language, fields.language_choices())):
            for value, label in choices:
                combo.addItem(label, value)
        self.ui.received_on.setDateRange(EARLIEST, to_qdate(self._today()))
        mute(self.ui.attachments_hint)
        self.save_button.setToolTip(_("Save the request (Ctrl+Enter)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)

    def _connect(self) -> None:
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.received_on.dateChanged.connect(self._show_due)
        self.ui.channel.currentIndexChanged.connect(self._show_channel)
        self.ui.address_button.clicked.connect(self._show_address)
        self.ui.person_button.clicked.connect(self.search_person)
        self.ui.person_clear_button.clicked.connect(self.clear_person)
        self.ui.channel.currentIndexChanged.connect(self._recheck)
        for name in LINE_FIELDS:
            getattr(self.ui, name).textChanged.connect(self._recheck)

    @property
    def save_button(self) -> QWidget:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)

    # --- the draft in and out ---------------------------------------------------------

    def set_draft(self, draft: RequestDraft) -> None:
        self.ui.received_on.setDate(to_qdate(draft.received_on))
        for name in CHOICE_FIELDS:
            combo: QComboBox = getattr(self.ui, name)
            combo.setCurrentIndex(max(0, combo.findData(getattr(draft, name))))
        for name in LINE_FIELDS:
            value = getattr(draft, name)
            getattr(self.ui, name).setText(display_phone(value) if name == "requester_phone"
                                           else value)
        self.ui.description.setPlainText(draft.description)
        self.set_person(draft.person_id, self._person_name(draft.person_id))
        self._show_due()
        self._show_channel()

    def draft(self) -> RequestDraft:
        """The request as the fields show it now."""
        # Keyword arguments by field name (all str): mypy cannot match dynamic keys to
        # RequestDraft's parameters, so the values are typed Any.
        lines: dict[str, Any] = {name: getattr(self.ui, name).text() for name in LINE_FIELDS}
        return RequestDraft(
            type=str(self.ui.type.currentData()), channel=str(self.ui.channel.currentData()),
            language=str(self.ui.language.currentData()),
            received_on=from_qdate(self.ui.received_on.date()),
            description=self.ui.description.toPlainText(),
            person_id=self._person[0] if self._person else None, **lines)

    def _state(self) -> tuple[RequestDraft, tuple[NewAttachment, ...]]:
        return self.draft(), self.files.attachments()

    def has_changes(self) -> bool:
        return self._state() != self._initial

    @property
    def dirty(self) -> bool:
        """Something typed that is not entered yet (the guard asks before it is dropped)."""
        return self.created_id is None and self.has_changes()

    # --- what follows the fields --------------------------------------------------------

    @Slot()
    def _show_due(self) -> None:
        text, explanation = fields.answer_by(from_qdate(self.ui.received_on.date()))
        self.ui.due_text.setText(text)
        self.ui.due_text.setToolTip(explanation)

    @Slot()
    def _show_channel(self) -> None:
        channel = str(self.ui.channel.currentData())
        typed = any(getattr(self.ui, name).text().strip() not in ("", "FI")
                    for name in fields.ADDRESS_FIELDS)
        self._set_address_visible(fields.shows_address(channel) or typed or self._address_asked)
        needed = fields.needed_fields(channel)
        for name in LINE_FIELDS:
            label = getattr(self.ui, f"{name}_label", None)
            if isinstance(label, QLabel):
                font = QFont(label.font())
                font.setBold(name in needed)
                label.setFont(font)

    def _set_address_visible(self, shown: bool) -> None:
        ui = self.ui
        for widget in (ui.requester_street_label, ui.requester_street,
                       ui.requester_postal_code_label, ui.requester_postal_code,
                       ui.requester_locality, ui.requester_country_label,
                       ui.requester_country):
            widget.setVisible(shown)
        for note in (ui.requester_street_note, ui.requester_postal_code_note,
                     ui.requester_country_note):
            note.setVisible(shown and bool(note.text()))
        ui.address_button.setVisible(not shown)
        if self.isVisible():
            self._fit_groups()

    @Slot()
    def _show_address(self) -> None:
        self._address_asked = True
        self._set_address_visible(True)
        self.ui.requester_street.setFocus()

    # --- the person -----------------------------------------------------------------------

    def _person_name(self, person_id: int | None) -> str:
        if person_id is None:
            return ""
        try:
            data = persons.load_person(self._db, person_id)
        except persons.PersonNotFound:
            return ""
        return display_name(data.first_name, data.last_name)

    def set_person(self, person_id: int | None, name: str) -> None:
        self._person = (person_id, name) if person_id is not None else None
        self.ui.person_name.setText(name if self._person else _("Not linked to a person yet."))
        self.ui.person_name.setStyleSheet("" if self._person else HINT_STYLE)
        self.ui.person_clear_button.setVisible(self._person is not None)

    @Slot()
    def search_person(self) -> None:
        text = self.ui.requester_email.text().strip() or self.ui.requester_name.text().strip()
        picker = PersonPickerDialog(self._db, text, self)
        picker.accepted.connect(lambda: self._on_person_chosen(picker))
        self.picker = picker
        picker.open()

    def _on_person_chosen(self, picker: PersonPickerDialog) -> None:
        if picker.person is not None:
            self.set_person(picker.person.id, picker.person.name)

    @Slot()
    def clear_person(self) -> None:
        self.set_person(None, "")
        self.ui.person_button.setFocus()

    # --- saving ---------------------------------------------------------------------------

    @Slot()
    def _recheck(self) -> None:
        """Once errors are shown, follow the user's corrections: no message stays stale."""
        if not self._errors_shown:
            return
        try:
            check_draft(self.draft(), self._today())
        except ValidationFailed as failure:
            self.show_errors(failure.errors)
        else:
            self.show_errors({})

    def save(self) -> bool:
        """Check the request, ask about a likely duplicate, then enter it.

        True once the request is entered (and the dialog closed); False while a
        refused field or the duplicate question keeps the dialog open.
        """
        if self.created_id is not None:
            return True
        draft = self.draft()
        try:
            check_draft(draft, self._today())
        except ValidationFailed as failure:
            self.show_errors(failure.errors)
            return False
        self.show_errors({})
        duplicates = find_duplicates(self._db, draft)
        if not duplicates:
            self.enter(draft)
            return self.created_id is not None
        self.duplicates = DuplicateQuestion(self, duplicates, lambda linked: self.enter(
            replace(draft, duplicate_of_id=linked)))
        self.question = self.duplicates.box
        return False

    def enter(self, draft: RequestDraft) -> None:
        """Store the request with its attachments and close; a refusal is shown."""
        try:
            self.created_id = create_request(self._db, draft, self._today(),
                                             self.files.attachments())
        except ValidationFailed as failure:
            self.show_errors(failure.errors)
            return
        super().accept()

    def show_errors(self, errors: dict[str, InvalidValue]) -> None:
        """Each reason at its field, and how many fields need attention (none: cleared)."""
        self._errors_shown = bool(errors)
        for name in NOTED_FIELDS:
            reason = errors[name].text() if name in errors else ""
            if name == "requester_postal_code" and "requester_locality" in errors:
                reason = reason or errors["requester_locality"].text()
            mark_invalid(getattr(self.ui, name), getattr(self.ui, f"{name}_note"), reason)
        locality = errors.get("requester_locality")
        mark_invalid(self.ui.requester_locality, None, locality.text() if locality else "")
        self.files.show_error(errors["attachments"].text() if "attachments" in errors else "")
        if any(name in errors for name in fields.ADDRESS_FIELDS):
            self._set_address_visible(True)
        self._show_status(len(errors))
        self._fit_groups()
        first = next((getattr(self.ui, n) for n in (*NOTED_FIELDS, "attachments")
                      if n in errors), None)
        if first is not None:
            first.setFocus()

    def _fit_groups(self) -> None:
        """Keep room for the wrapped reasons in the two columns (no note is cut off)."""
        for group in (self.ui.request_group, self.ui.requester_group):
            group.setMinimumHeight(0)
            group.layout().activate()
            group.setMinimumHeight(max(group.heightForWidth(group.width()),
                                       group.minimumSizeHint().height()))

    def _show_status(self, count: int) -> None:
        self.ui.status_label.setStyleSheet(ERROR_STYLE)
        self.ui.status_label.setText(ngettext(
            "Nothing was saved: {count} field needs attention.",
            "Nothing was saved: {count} fields need attention.", count).format(count=count))
        self.ui.status_label.setVisible(count > 0)

    # --- leaving ------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Escape or closing: something typed is asked about, never dropped."""
        self.confirm_leave(self._close_without_request)

    def _close_without_request(self) -> None:
        """Close, unless saving from the question has just entered the request (and closed)."""
        if self.created_id is None:
            super().reject()

    def unsaved_text(self) -> str:
        return _("The new request has not been saved.")

    def take_draft(self) -> Callable[[Database], object] | None:
        """Keep what was typed before an auto-lock; the restore opens the dialog again."""
        if not self.dirty:
            return None
        parent, today, (draft, files) = self.parentWidget(), self._today, self._state()
        self._initial = self._state()  # closing now asks nothing
        refresh = getattr(parent, "refresh", None)  # the inbox shows what was entered

        def reopen(db: Database) -> IntakeDialog:
            dialog = IntakeDialog(db, today, parent, draft, files)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog._initial = (RequestDraft(received_on=today()), ())
            dialog.ui.status_label.setStyleSheet(HINT_STYLE)
            dialog.ui.status_label.setText(_("What you had typed before the database was "
                                             "locked is shown again; it is not saved yet."))
            dialog.ui.status_label.setVisible(True)
            if callable(refresh):
                dialog.accepted.connect(lambda: refresh(dialog.created_id))
            dialog.open()
            return dialog

        return reopen

    def discard_changes(self) -> None:
        """Nothing to undo: the dialog closes and what was typed goes with it."""

    # --- dropped files ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
        if paths:
            self.files.add_files(paths)
            event.acceptProposedAction()


def create_from_eml(parent: QWidget, db: Database, today: Callable[[], dt.date],
                    path: Path) -> int | None:
    """A request from a saved e-mail: the intake dialog filled from it; the new id or None."""
    try:
        draft, attachments = mail.read_eml_file(path, today())
    except mail.MailUnreadable as unreadable:
        box = QMessageBox(QMessageBox.Icon.Warning, _("The e-mail cannot be read"),
                          _("{name} cannot be made into a request.").format(name=path.name),
                          QMessageBox.StandardButton.Ok, parent)
        box.setInformativeText(unreadable.text())
        box.exec()
        return None
    dialog = IntakeDialog(db, today, parent, draft, attachments)
    dialog.exec()
    return dialog.created_id
