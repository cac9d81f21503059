"""Files dropped on the inbox, and the chosen request's attachments opened or saved.

An ``.eml`` file becomes a request (through the intake dialog's
``create_from_eml``); PDF and image files are attached to the chosen request
after a confirmation; anything else is refused with the reason and nothing
happens. Attachments are opened from a private temporary copy or saved where
the user chooses.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kasve_desktop.domain.validation import ValidationFailed
from kasve_desktop.gui.common.save_files import remember_folder, start_folder
from kasve_desktop.gui.inbox import hooks
from kasve_desktop.gui.inbox.files import (
    Dropped,
    ViewerCopies,
    read_attachments,
    safe_name,
    sort_dropped,
)
from kasve_desktop.gui.people.records import ask
from kasve_desktop.i18n import N_, _, ngettext
from kasve_desktop.paths import write_private
from kasve_desktop.services.requests.detail import (
    RequestNotFound,
    add_attachments,
    attachment_content,
)

if TYPE_CHECKING:
    import datetime as dt

    from kasve_desktop.gui.inbox.detail_pane import RequestPane
    from kasve_desktop.services.database import Database

REFUSED = N_("These files cannot be dropped here: {names}.\n\nDrop an e-mail saved as an "
             ".eml file to enter it as a request, or scanned letters (PDF, PNG, JPEG or "
             "TIFF) to attach them to the chosen request.")
CHOOSE_FIRST = N_("Choose the request to attach the files to first, then drop them again.")


def local_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]


class DropHost(Protocol):
    """What the handler needs of the inbox area (a widget): its database and chosen request."""

    pane: RequestPane | None

    @property
    def database(self) -> Database | None: ...

    def today(self) -> dt.date: ...

    def tell(self, text: str, icon: QMessageBox.Icon = ...) -> None: ...

    def refresh(self, request_id: int | None) -> None: ...


class DropHandler(QObject):
    """The inbox's file handling; it works on the area's database and chosen request."""

    def __init__(self, area: QWidget, host: DropHost) -> None:
        super().__init__(area)
        self.widget, self.area = area, host
        self.copies = ViewerCopies()
        self.question: QMessageBox | None = None
        self.dialog: QFileDialog | None = None

    def clear(self) -> None:
        self.copies.clear()

    # --- dropping ----------------------------------------------------------------------------

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if self.area.database is not None and local_paths(event):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        paths = local_paths(event)
        if paths:
            event.acceptProposedAction()
            self.drop_files(paths)

    def drop_files(self, paths: Sequence[Path]) -> None:
        """Create requests from e-mails, attach scans (after asking), refuse the rest."""
        dropped = sort_dropped(paths)
        if dropped.refused:
            names = ", ".join(path.name for path in dropped.refused)
            self.area.tell(_(REFUSED).format(names=names), QMessageBox.Icon.Warning)
            return
        target = self.area.pane.request_id if self.area.pane is not None else None
        if dropped.emails:
            self._enter_emails(dropped)
        if dropped.attachments:
            self._offer_attachments(dropped.attachments, target)

    def _enter_emails(self, dropped: Dropped) -> None:
        db = self.area.database
        assert db is not None
        created = None
        for path in dropped.emails:
            created = hooks.request_from_eml(self.widget, db, self.area.today, path) or created
        if created is not None:
            self.area.refresh(created)

    def _offer_attachments(self, paths: tuple[Path, ...], target: int | None) -> None:
        detail = self.area.pane.detail if self.area.pane is not None else None
        if target is None or detail is None or detail.id != target:
            self.area.tell(_(CHOOSE_FIRST))
            return
        question = ngettext("Attach {count} file to request {reference}?",
                            "Attach {count} files to request {reference}?", len(paths))
        self.question = ask(self.widget, _("Attach files"),
                            question.format(count=len(paths), reference=detail.reference),
                            lambda: self.attach(paths, target),
                            "\n".join(path.name for path in paths))

    def attach(self, paths: Sequence[Path], request_id: int) -> None:
        """Store the files inside the database as the request's attachments."""
        db = self.area.database
        if db is None:
            return
        try:
            add_attachments(db, request_id, read_attachments(paths), self.area.today())
        except OSError as error:
            self.area.tell(_("The file could not be read: {reason}").format(
                reason=error.strerror or error), QMessageBox.Icon.Warning)
            return
        except ValidationFailed as failure:
            reasons = "\n".join(e.text() for e in failure.errors.values())
            self.area.tell(reasons, QMessageBox.Icon.Warning)
            return
        self.area.refresh(request_id)

    # --- attachments out ---------------------------------------------------------------------

    @Slot(int, bool)
    def show_attachment(self, document_id: int, save: bool) -> None:
        db = self.area.database
        if db is None:
            return
        try:
            attachment = attachment_content(db, document_id)
        except RequestNotFound:
            return
        if save:
            self._choose_file(document_id, safe_name(attachment.filename))
        elif not self.copies.open(attachment):
            self.area.tell(_("No program on this computer opens “{name}”. Save it with "
                             "“Save as…” instead.").format(name=attachment.filename))

    def _choose_file(self, document_id: int, name: str) -> None:
        dialog = QFileDialog(self.widget, _("Save the attachment"), str(start_folder() / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save(document_id, Path(path)))
        self.dialog = dialog
        dialog.open()

    def save(self, document_id: int, path: Path) -> None:
        db = self.area.database
        if db is None:
            return
        try:
            write_private(path, attachment_content(db, document_id).content)
        except OSError as error:
            self.area.tell(_("The attachment was not saved: {reason}").format(
                reason=error.strerror or error), QMessageBox.Icon.Warning)
        else:
            remember_folder(path)
