"""Saving a document the program built: where to ask first, the question, the writing.

Every "Save as" of a document (a PDF, a spreadsheet, a calendar file) starts in the
folder the user last saved a document in, kept in the window's settings under
``FOLDER_KEY`` (a folder name: no personal data). The first time, or when that folder
is gone, it starts in the user's Documents folder, else the home folder: never the
folder the program was started from. The question is ``QFileDialog.getSaveFileName``,
looked up when asked (GUI tests answer it by replacing it); the file is written with
``paths.write_private`` (for the user only).

``settings`` defaults to ``QSettings()``: the application's organisation and name
(``gui.app.application``), so the same file as the window's ``open_settings``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kasve_desktop.i18n import _
from kasve_desktop.paths import write_private

FOLDER_KEY = "files/save_folder"


def _settings(settings: QSettings | None) -> QSettings:
    return settings if settings is not None else QSettings()


def first_folder() -> Path:
    """The user's Documents folder if there is one, else the home folder."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def start_folder(settings: QSettings | None = None) -> Path:
    """Where a save dialog opens: the last folder saved in, if it still exists."""
    value = _settings(settings).value(FOLDER_KEY)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return first_folder()


def remember_folder(path: Path, settings: QSettings | None = None) -> None:
    """Keep the folder of ``path`` as the next save dialog's start."""
    _settings(settings).setValue(FOLDER_KEY, str(path.parent))


def ask_save_path(parent: QWidget | None, caption: str, name: str, file_filter: str,
                  suffix: str, settings: QSettings | None = None) -> Path | None:
    """Ask where to save ``name``; the path (``.suffix`` added if none was typed), or
    None when cancelled. The folder chosen is remembered."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(start_folder(settings) / name), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    path = path if path.suffix else path.with_suffix(f".{suffix}")
    remember_folder(path, settings)
    return path


def write_file(path: Path, content: bytes) -> str | None:
    """Write ``content`` for the user only; None, or the translated reason it failed."""
    try:
        write_private(path, content)
    except OSError as error:
        return save_error_text(error)
    return None


def save_error_text(error: OSError) -> str:
    return _("The file could not be saved: {reason}").format(
        reason=error.strerror or str(error))
