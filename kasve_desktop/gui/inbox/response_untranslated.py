"""The response dialog's warning about texts printed in Finnish in a Swedish or English letter.

A letter in the person's language may still print what the user typed in
Finnish (reasons, notes, register texts kept in Finnish only); the letter marks
each such text (``services.answers.letters.free_text``). The dialog says so
under the preview's state, and asks once more before the letter is marked as
sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kasve_desktop.i18n import _

WARNING_STYLE = "color: #8a4b00;"


def warning_text(texts: Sequence[str]) -> str:
    return _("This letter prints texts in Finnish, marked as untranslated: {texts}. Translate "
             "them into the letter's language, or make sure the person reads Finnish.").format(
        texts=", ".join(texts))


def warning_label(parent: QWidget) -> QLabel:
    """The warning under the state line: hidden until a letter carries such texts."""
    label = QLabel(parent)
    label.setObjectName("untranslated_warning")
    label.setWordWrap(True)
    label.setStyleSheet(WARNING_STYLE)
    label.hide()
    return label


def show_warning(label: QLabel, texts: Sequence[str]) -> None:
    label.setText(warning_text(texts) if texts else "")
    label.setVisible(bool(texts))


def ask_to_send(parent: QWidget, texts: Sequence[str], then: Callable[[], object]) -> QMessageBox:
    """Ask before a letter with Finnish texts is marked as sent; ``then`` runs on "yes"."""
    box = QMessageBox(QMessageBox.Icon.Warning, _("Texts in Finnish"), warning_text(texts),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("untranslated_question")
    box.setInformativeText(_("Mark the letter as sent all the same?"))
    send = box.addButton(_("Mark as sent"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered(_result: int) -> None:
        if box.clickedButton() is send:
            then()
        box.deleteLater()
    box.finished.connect(answered)
    box.open()
    return box
