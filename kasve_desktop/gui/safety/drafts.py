"""Drafts: what was typed when the database was locked without asking, shown again after.

An auto-lock asks nothing (nobody is there). Before the database is closed, every area
and every open dialog of the window that can hold typed work is asked for a draft
through ``take_draft()``: it keeps what was typed, drops it from the screen (so that
closing asks nothing either) and returns a ``Restore``, a callable that shows it again
against the reopened database. Dialogs without ``take_draft`` are closed (whatever
they held is lost); ``form_values`` and ``set_form_values`` keep and put back what the
named input widgets of a simple dialog show. ``Drafts`` belong to one database file
and are restored only after that file is unlocked again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from kasve_desktop.services.database import Database

Restore = Callable[[Database], object]
MAX_ROUNDS = 5  # closing a dialog may open a question, which is closed next round


@runtime_checkable
class Drafting(Protocol):
    """An area or dialog that keeps what was typed before an auto-lock."""

    def take_draft(self) -> Restore | None: ...


@dataclass
class Drafts:
    path: Path
    restores: list[Restore] = field(default_factory=list)
    areas: list[object] = field(default_factory=list)
    """The areas that kept a draft or whose dialog did: they need the database before
    the drafts are restored (the window gives it to the other areas on their first
    visit)."""

    def restore(self, db: Database) -> None:
        """Show every draft again if ``db`` is the database they were typed in."""
        if db.path != self.path:
            return
        for restore in self.restores:
            restore(db)


FormValues = dict[str, object]


def form_values(form: QWidget) -> FormValues:
    """What the named input widgets of ``form`` show, by objectName (Qt's own parts left out)."""
    values: FormValues = {}
    for widget in form.findChildren(QWidget):
        name = widget.objectName()
        if not name or name.startswith("qt_"):
            continue
        if isinstance(widget, QLineEdit):
            values[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values[name] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[name] = (widget.currentIndex(), widget.currentText())
        elif isinstance(widget, QCheckBox):
            values[name] = widget.isChecked()
        elif isinstance(widget, QSpinBox):
            values[name] = widget.value()
        elif isinstance(widget, QDateTimeEdit):  # and QDateEdit
            values[name] = widget.dateTime()
    return values


def set_form_values(form: QWidget, values: FormValues) -> None:
    """Put ``values`` (from ``form_values``) back into the same-named widgets of ``form``."""
    for widget in form.findChildren(QWidget):
        value = values.get(widget.objectName())
        if value is None:
            continue
        if isinstance(widget, QLineEdit) and isinstance(value, str):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(value, str):
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox) and isinstance(value, tuple):
            widget.setCurrentIndex(value[0])
            if widget.isEditable():
                widget.setEditText(value[1])
        elif isinstance(widget, QCheckBox) and isinstance(value, bool):
            widget.setChecked(value)
        elif isinstance(widget, QSpinBox) and isinstance(value, int):
            widget.setValue(value)
        elif isinstance(widget, QDateTimeEdit):
            widget.setDateTime(value)  # type: ignore[arg-type]


def depth(widget: QWidget) -> int:
    count = 0
    parent = widget.parentWidget()
    while parent is not None:
        count += 1
        parent = parent.parentWidget()
    return count


def belongs_to(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def open_dialogs(window: QWidget) -> list[QDialog]:
    """The window's visible dialogs, the innermost (most deeply parented) first."""
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible() and belongs_to(w, window)]
    return sorted(dialogs, key=depth, reverse=True)


def close_without_asking(dialog: QDialog) -> None:
    """Close past any "unsaved changes?" override of ``reject`` or ``done``."""
    discard = getattr(dialog, "discard_changes", None)
    if callable(discard):
        discard()
    QDialog.done(dialog, QDialog.DialogCode.Rejected.value)


def keep_drafts(path: Path, window: QWidget, areas: Iterable[object]) -> Drafts:
    """Take the drafts of ``areas`` and of the window's dialogs, and close the dialogs."""
    drafts = Drafts(path)
    for area in areas:  # first: an area may keep what its open dialog shows
        if isinstance(area, Drafting):
            restore = area.take_draft()
            if restore is not None:
                drafts.restores.append(restore)
                drafts.areas.append(area)
    dialog_restores: list[Restore] = []
    for _round in range(MAX_ROUNDS):
        dialogs = open_dialogs(window)
        if not dialogs:
            break
        for dialog in dialogs:
            if isinstance(dialog, Drafting):
                restore = dialog.take_draft()
                if restore is not None:
                    dialog_restores.append(restore)
                    drafts.areas += [area for area in areas if isinstance(area, QWidget)
                                     and belongs_to(dialog, area) and area not in drafts.areas]
            close_without_asking(dialog)
    drafts.restores.extend(reversed(dialog_restores))  # the outer dialog opens first
    return drafts
