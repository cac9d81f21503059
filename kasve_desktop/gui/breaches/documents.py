"""The breach's two documents: the authority's notification and the persons' letters (PDF).

Each is built by ``services.breaches.documents`` (imported when first used: it brings
reportlab) and saved where the user chooses, as the notice area saves its PDF. A
refusal (``BreachDocumentRefused``) is shown with its reason; for the letters the
message says how many were written and who had no postal address, and asks whether
they are sent now: Yes marks the persons written to as told today (``mark_told``) and
``persons_told`` asks the pane to show it. The save dialog is ``gui.common.save_files``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.common.save_files import ask_save_path, write_file
from kasve_desktop.gui.common.widgets import busy_cursor
from kasve_desktop.i18n import _, display_number, ngettext
from kasve_desktop.services import breaches
from kasve_desktop.services.database import Database

Now = Callable[[], dt.datetime]


@dataclass(frozen=True)
class _Letters:
    """Letters saved and not yet answered for: whom to mark as told if sent now."""
    db: Database
    reference: str
    person_ids: tuple[int, ...]


def letter_person_ids(detail: breaches.BreachDetail) -> tuple[int, ...]:
    """The linked persons written to: those with a postal address (``person_letters``'
    rule, ``has_postal_address``, which ``LinkedPerson.has_address`` carries)."""
    return tuple(person.id for person in detail.persons if person.has_address)


class BreachDocuments(QObject):
    """Builds and saves the documents of one breach at a time; ``message`` is the last
    message box shown (for tests)."""

    persons_told = Signal(str)
    """The persons of the breach with this reference were marked as told."""

    def __init__(self, parent: QWidget, now: Now) -> None:
        super().__init__(parent)
        self._parent = parent
        self._now = now
        self.message: QMessageBox | None = None
        self._letters: _Letters | None = None

    def authority_notification(self, db: Database, reference: str) -> Path | None:
        """Build the notification, ask where to save it, save it; the path, or None."""
        from kasve_desktop.services.breaches import documents

        try:
            with busy_cursor():
                pdf = documents.authority_notification_pdf(db, reference, self._now())
        except documents.BreachDocumentRefused as refused:
            self.tell(refused.text(), QMessageBox.Icon.Warning)
            return None
        path = self._ask_path(_("Save the notification to the supervisory authority"),
                              f"{reference}-ilmoitus.pdf")
        if path is None or not self._write(path, pdf):
            return None
        self.tell(_("Saved: {path}").format(path=path))
        return path

    def person_letters(self, db: Database, reference: str) -> Path | None:
        """Build the letters, ask where to save them, save them; the path, or None."""
        from kasve_desktop.services.breaches import documents

        try:
            with busy_cursor():
                letters = documents.person_letters(db, reference, self._now())
        except documents.BreachDocumentRefused as refused:
            self.tell(refused.text(), QMessageBox.Icon.Warning)
            return None
        path = self._ask_path(_("Save the letters to the data subjects"),
                              f"{reference}-kirjeet.pdf")
        if path is None or not self._write(path, letters.pdf):
            return None
        text = letters_text(letters.count, letters.without_address, path)
        ids = letter_person_ids(breaches.breach_detail(db, reference, self._now()))
        if ids:
            self._ask_sent(text, _Letters(db, reference, ids))
        else:
            self.tell(text)
        return path

    def _ask_sent(self, text: str, letters: _Letters) -> None:
        """The letters' message, asking whether they go now (No by default)."""
        box = QMessageBox(QMessageBox.Icon.Question, _("Breaches"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self._parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setInformativeText(sent_question(len(letters.person_ids)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_sent_answer)
        self._letters = letters
        self.message = box
        box.open()

    @Slot(int)
    def _on_sent_answer(self, _result: int) -> None:
        box, letters = self.message, self._letters
        self._letters = None
        if box is None or letters is None or \
                box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        now = self._now()
        try:
            breaches.mark_told(letters.db, letters.reference, letters.person_ids, at=now,
                               now=now)
        except UserError as refused:  # BreachInvalid, or BreachNotFound: gone meanwhile
            self.tell(refused.text(), QMessageBox.Icon.Warning)
            return
        self.persons_told.emit(letters.reference)

    def _ask_path(self, caption: str, name: str) -> Path | None:
        return ask_save_path(self._parent, caption, name, _("PDF files (*.pdf)"), "pdf")

    def _write(self, path: Path, content: bytes) -> bool:
        problem = write_file(path, content)
        if problem is not None:
            self.tell(problem, QMessageBox.Icon.Warning)
        return problem is None

    def tell(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        box = QMessageBox(icon, _("Breaches"), text, QMessageBox.StandardButton.Ok,
                          self._parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()


def sent_question(count: int) -> str:
    return ngettext("Are the letters being sent now? Mark {count} person as told today?",
                    "Are the letters being sent now? Mark {count} persons as told today?",
                    count).format(count=display_number(count))


def letters_text(count: int, without_address: tuple[str, ...], path: Path) -> str:
    """How many letters were written, to where, and who had no postal address."""
    text = ngettext("{count} letter written: {path}", "{count} letters written: {path}",
                    count).format(count=display_number(count), path=path)
    if without_address:
        text += "\n\n" + ngettext(
            "No letter for this person, who has no postal address: {names}.",
            "No letters for these persons, who have no postal address: {names}.",
            len(without_address)).format(names=", ".join(without_address))
    return text
