"""The intake dialog's attachments: scanned letters (PDF, images) added by button or dropped.

``AttachmentList`` keeps the files in memory behind a list widget until the
request is saved; the service then stores them encrypted inside the database.
A file that cannot be attached (another kind, too large, unreadable) is named
in the note under the list, and the others are still added.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QListWidgetItem, QPushButton

from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.common.widgets import show_error
from kasve_desktop.gui.registers.fields import mark_invalid
from kasve_desktop.i18n import N_, _, display_number
from kasve_desktop.services.requests.intake import ATTACHMENT_LIMIT, NewAttachment
from kasve_desktop.services.requests.mail import SUFFIX_TYPES

NOT_ATTACHABLE = N_("{name}: only PDF files and images can be attached.")
TOO_LARGE = N_("{name}: the file is larger than 50 MB.")
UNREADABLE = N_("{name} could not be read: {reason}")
KILOBYTE = 1024


class AttachmentRefused(UserError):
    """A file that cannot be attached; ``text()`` says why."""


def is_attachable(path: Path) -> bool:
    return path.suffix.lower() in SUFFIX_TYPES


def read_attachment(path: Path) -> NewAttachment:
    """The file as an attachment, or ``AttachmentRefused``."""
    mime_type = SUFFIX_TYPES.get(path.suffix.lower())
    if mime_type is None:
        raise AttachmentRefused(NOT_ATTACHABLE, name=path.name)
    try:
        if path.stat().st_size > ATTACHMENT_LIMIT:
            raise AttachmentRefused(TOO_LARGE, name=path.name)
        content = path.read_bytes()
    except OSError as error:
        raise AttachmentRefused(UNREADABLE, name=path.name,
                                reason=error.strerror or str(error)) from None
    return NewAttachment(path.name, mime_type, content)


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files among dropped data (web addresses and texts are ignored)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def size_text(size: int) -> str:
    return _("{size} kB").format(size=display_number(max(1, round(size / KILOBYTE))))


def file_filter() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in SUFFIX_TYPES)
    return _("PDF files and images ({patterns})").format(patterns=patterns)


class AttachmentList(QObject):
    """The files to attach, shown in ``view``; ``changed`` whenever the list changes."""

    changed = Signal()

    def __init__(self, view: QListWidget, add_button: QPushButton, remove_button: QPushButton,
                 note: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view, self.note, self._remove = view, note, remove_button
        self._items: list[NewAttachment] = []
        add_button.clicked.connect(self.choose_files)
        remove_button.clicked.connect(self.remove_selected)
        view.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def attachments(self) -> tuple[NewAttachment, ...]:
        return tuple(self._items)

    def add(self, attachments: Iterable[NewAttachment]) -> None:
        self._items += list(attachments)
        self._show()

    def add_files(self, paths: Sequence[Path]) -> list[str]:
        """Attach the files that can be; the reasons for the others (also in the note)."""
        added, refusals = [], []
        for path in paths:
            try:
                added.append(read_attachment(path))
            except AttachmentRefused as refused:
                refusals.append(refused.text())
        self._say("\n".join(refusals))
        if added:
            self.add(added)
        return refusals

    @Slot()
    def choose_files(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self.view.window(), _("Attach files"), "", file_filter())
        if chosen:
            self.add_files([Path(name) for name in chosen])

    @Slot()
    def remove_selected(self) -> None:
        rows = sorted({self.view.row(item) for item in self.view.selectedItems()}, reverse=True)
        for row in rows:
            del self._items[row]
        if rows:
            self._say("")
            self._show()

    def show_error(self, reason: str) -> None:
        """The service's reason at the list (an empty one clears it)."""
        mark_invalid(self.view, self.note, reason)

    def _say(self, text: str) -> None:
        mark_invalid(self.view, self.note, "")
        show_error(self.note, text)
        self.note.setVisible(bool(text))

    def _show(self) -> None:
        self.view.clear()
        for attachment in self._items:
            item = QListWidgetItem(f"{attachment.filename} ({size_text(len(attachment.content))})")
            item.setToolTip(attachment.mime_type)
            item.setData(Qt.ItemDataRole.UserRole, attachment.filename)
            self.view.addItem(item)
        self._update_buttons()
        self.changed.emit()

    @Slot()
    def _update_buttons(self) -> None:
        self._remove.setEnabled(bool(self.view.selectedItems()))
