"""Files in and out of the inbox: what may be dropped, and opening or saving an attachment.

A dropped ``.eml`` file becomes a new request; scanned letters (PDF, PNG, JPEG,
TIFF) are attached to the chosen request; anything else is refused with the
reason. Attachments live inside the encrypted database: "Open" writes a copy
into a private temporary folder (readable by the user only) for the system's
viewer, and the folder is removed when the database is locked or the
application quits; "Save as…" writes where the user chooses.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from kasve_desktop.paths import write_private
from kasve_desktop.services.requests.intake import NewAttachment

EMAIL_SUFFIX = ".eml"
ATTACHABLE: dict[str, str] = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}


@dataclass(frozen=True)
class Dropped:
    """Dropped files sorted by what the inbox does with them."""

    emails: tuple[Path, ...]
    attachments: tuple[Path, ...]
    refused: tuple[Path, ...]


def sort_dropped(paths: Iterable[Path]) -> Dropped:
    emails, attachments, refused = [], [], []
    for path in paths:
        suffix = path.suffix.lower()
        if not path.is_file():
            refused.append(path)
        elif suffix == EMAIL_SUFFIX:
            emails.append(path)
        elif suffix in ATTACHABLE:
            attachments.append(path)
        else:
            refused.append(path)
    return Dropped(tuple(emails), tuple(attachments), tuple(refused))


def read_attachments(paths: Iterable[Path]) -> tuple[NewAttachment, ...]:
    """The files' bytes with their MIME type by extension (raises ``OSError``)."""
    return tuple(NewAttachment(path.name, ATTACHABLE[path.suffix.lower()], path.read_bytes())
                 for path in paths)


def safe_name(filename: str) -> str:
    """A stored file name usable as a file name here (no folders, never empty)."""
    name = Path(filename.replace("\\", "/")).name.strip()
    return name if name not in ("", ".", "..") else "liite"


class ViewerCopies:
    """Private copies of attachments for the system's viewer, removed by ``clear()``."""

    def __init__(self) -> None:
        self._folder: tempfile.TemporaryDirectory[str] | None = None

    def write(self, attachment: NewAttachment) -> Path:
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="kasve-view-")
        folder = Path(self._folder.name)
        target = folder / safe_name(attachment.filename)
        write_private(target, attachment.content)
        return target

    def open(self, attachment: NewAttachment) -> bool:
        """Show the attachment in the system's viewer; False if none could open it."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.write(attachment))))

    def clear(self) -> None:
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
