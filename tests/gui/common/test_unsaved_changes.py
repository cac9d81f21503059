"""The Save / Discard / Cancel guard shared by every form with unsaved changes."""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.common.widgets import UnsavedChangesGuard


class Form(UnsavedChangesGuard, QWidget):
    """A one-field form: dirty when the field differs from what was saved."""

    def __init__(self, saved: list[str]) -> None:
        super().__init__()
        self.field = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.field)
        self.saved, self.kept = saved, ""

    @property
    def dirty(self) -> bool:
        return self.field.text() != self.kept

    def save(self) -> bool:
        self.saved.append(self.field.text())
        self.kept = self.field.text()
        return True

    def discard_changes(self) -> None:
        self.field.setText(self.kept)

    def unsaved_text(self) -> str:
        return "Lomakkeessa on tallentamattomia muutoksia."


def ask(form: Form, left: list[str]) -> QMessageBox:
    form.confirm_leave(lambda: left.append("left"))
    assert form.question is not None
    return form.question


def test_save_saves_then_leaves(qtbot: QtBot) -> None:
    saved: list[str] = []
    left: list[str] = []
    form = Form(saved)
    qtbot.addWidget(form)
    form.field.setText("uusi")
    box = ask(form, left)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
    box.button(QMessageBox.StandardButton.Save).click()
    assert (saved, left, form.question) == (["uusi"], ["left"], None)


def test_discard_restores_and_cancel_stays(qtbot: QtBot) -> None:
    saved: list[str] = []
    left: list[str] = []
    form = Form(saved)
    qtbot.addWidget(form)
    form.field.setText("uusi")
    ask(form, left).button(QMessageBox.StandardButton.Cancel).click()
    assert (form.field.text(), left) == ("uusi", [])
    ask(form, left).button(QMessageBox.StandardButton.Discard).click()
    assert (form.field.text(), saved, left) == ("", [], ["left"])


def test_nothing_to_save_leaves_at_once(qtbot: QtBot) -> None:
    left: list[str] = []
    form = Form([])
    qtbot.addWidget(form)
    form.confirm_leave(lambda: left.append("left"))
    assert (left, form.question) == (["left"], None)


def test_a_form_nothing_else_holds_survives_its_answered_question(qtbot: QtBot) -> None:
    """The answer handler held the form: deleting the box once deleted the form inside it."""
    saved: list[str] = []
    form = Form(saved)
    form.field.setText("uusi")
    box = ask(form, [])
    box.button(QMessageBox.StandardButton.Discard).click()
    del form
    gc.collect()
    QApplication.sendPostedEvents(None, 0)  # the box's deferred deletion runs here
    assert not shiboken6.isValid(box)  # gone, and the process still alive
    assert saved == []
