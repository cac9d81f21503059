"""The breach's two documents: the authority's notification and the persons' letters (PDF).

Each is built by ``services.breaches.documents`` (imported when first used: it brings
reportlab) and saved where the user chooses, as the notice area saves its PDF. A
refusal (``BreachDocumentRefused``) is shown with its reason; for the letters the
message says how many were written and who had no postal address.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kasve_desktop.gui.common.widgets import busy_cursor
from kasve_desktop.i18n import _, display_number, ngettext
from kasve_desktop.paths import write_private
from kasve_desktop.services.database import Database

Now = Callable[[], dt.datetime]


class BreachDocuments:
    """Builds and saves the documents of one breach at a time; ``message`` is the last
    message box shown (for tests)."""

    def __init__(self, parent: QWidget, now: Now) -> None:
        self._parent = parent
        self._now = now
        self.message: QMessageBox | None = None

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
        self.tell(letters_text(letters.count, letters.without_address, path))
        return path

    def _ask_path(self, caption: str, name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent, caption, str(Path(folder) / name), _("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(".pdf")

    def _write(self, path: Path, content: bytes) -> bool:
        try:
            write_private(path, content)
        except OSError as error:
            self.tell(_("The file could not be saved: {reason}").format(
                reason=error.strerror or str(error)), QMessageBox.Icon.Warning)
            return False
        return True

    def tell(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        box = QMessageBox(icon, _("Breaches"), text, QMessageBox.StandardButton.Ok,
                          self._parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()


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
