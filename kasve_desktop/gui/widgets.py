"""Small helpers shared by the views: icons, messages at a field, a busy cursor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"
PATH_WIDTH = 380


def icon(name: str) -> QIcon:
    """An icon of ours (``resources/icons/<name>.svg``)."""
    path = resources.files("kasve_desktop.resources") / "icons" / f"{name}.svg"
    return QIcon(str(path))


def reserve_lines(label: QLabel, lines: int = 2) -> None:
    """Keep room for a message of ``lines`` lines, so that the dialog does not jump."""
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines + 2)


def show_error(label: QLabel, text: str) -> None:
    """Show ``text`` as an error under a field (an empty text clears it)."""
    label.setStyleSheet(ERROR_STYLE)
    label.setText(text)


def set_echo(edits: list[QLineEdit], shown: bool) -> None:
    mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
    for edit in edits:
        edit.setEchoMode(mode)


def show_path(label: QLabel, path: Path, width: int = PATH_WIDTH) -> None:
    """A file path shortened in the middle, the whole path as its tooltip."""
    text = str(path)
    label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, width))
    label.setToolTip(text)


def mute(widget: QWidget) -> None:
    widget.setStyleSheet(HINT_STYLE)


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor for work of a fraction of a second on the GUI thread."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
