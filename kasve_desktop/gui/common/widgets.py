"""Small helpers shared by the views: icons, messages at a field, a busy cursor."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from kasve_desktop.i18n import _

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"
PATH_WIDTH = 380


def translated(labels: Mapping[Any, str], value: str) -> str:
    """The translated label of a machine name (the name itself if it has none)."""
    return _(labels[value]) if value in labels else value


def icon(name: str) -> QIcon:
    """An icon of ours (``resources/icons/<name>.svg``)."""
    # A plain path (QIcon reads files), without importlib.resources at start-up.
    package = importlib.import_module("kasve_desktop.resources").__file__
    assert package is not None
    return QIcon(str(Path(package).parent / "icons" / f"{name}.svg"))


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


class UnsavedChangesGuard:
    """Save / Discard / Cancel before a form with unsaved changes is left.

    Mixed into a form widget that provides ``dirty``, ``save() -> bool``,
    ``discard_changes()`` and ``unsaved_text()`` ("The register X has unsaved
    changes."). ``question`` is the open question box, if any (tests answer it).
    ``leave_default`` is the button Enter presses: Save, unless saving does more than
    keep what was typed (a step dialog's Save takes the step), where it is Cancel.
    """

    question: QMessageBox | None = None
    leave_default = QMessageBox.StandardButton.Save

    @property
    def dirty(self) -> bool:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def discard_changes(self) -> None:
        raise NotImplementedError

    def unsaved_text(self) -> str:
        raise NotImplementedError

    def confirm_leave(self, then: Callable[[], object]) -> None:
        """Run ``then`` once the unsaved changes are saved or discarded (not on Cancel)."""
        if not self.dirty:
            then()
            return
        assert isinstance(self, QWidget)
        box = QMessageBox(QMessageBox.Icon.Question, _("Unsaved changes"), self.unsaved_text(),
                          parent=self)
        box.setInformativeText(_("Save them before you go on?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(self.leave_default)
        box.finished.connect(lambda _result: self._on_leave_answer(box, then))
        self.question = box
        box.open()

    def ask_before_closing(self) -> None:
        """Save or discard, without Cancel: for when the database is being locked."""
        if not self.dirty:
            return
        assert isinstance(self, QWidget)
        answer = QMessageBox.question(
            self, _("Unsaved changes"),
            self.unsaved_text() + " " + _("Save them before the database is locked?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            self.save()

    def _on_leave_answer(self, box: QMessageBox, then: Callable[[], object]) -> None:
        # The answer handler holds the form; let it go before the box is deleted, or a
        # form that nothing else holds would be deleted in the middle of deleting the box.
        box.finished.disconnect()
        box.deleteLater()
        self.question = None
        button = box.standardButton(box.clickedButton())
        if button == QMessageBox.StandardButton.Save:
            if self.save():
                then()
        elif button == QMessageBox.StandardButton.Discard:
            self.discard_changes()
            then()
