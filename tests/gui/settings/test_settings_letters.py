"""Kirjeet ja ikkunakuoret in the settings: the window offset, the calibration page, and
the letter template editor with its checks, restore default and unsaved-changes guard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.lib.units import mm

from kasve_desktop.demo.build import build_demo
from kasve_desktop.documents.letter import WindowOffset
from kasve_desktop.domain.letter_templates import default_template
from kasve_desktop.gui.notice import printing
from kasve_desktop.gui.settings.area import SettingsArea
from kasve_desktop.gui.settings.letter_templates_dialog import (
    LetterTemplatesDialog,
    paragraphs_from,
    paragraphs_text,
    raw_text,
)
from kasve_desktop.i18n import _
from kasve_desktop.services.answers.calibration import SAMPLE_ADDRESS
from kasve_desktop.services.answers.letters import letters
from kasve_desktop.services.answers.letters.parts import set_window_offset, window_offset
from kasve_desktop.store.engine import Database
from tests.documents.test_notice_pdf import page_runs, read

TODAY = dt.date(2026, 11, 24)
Save, Discard, Cancel, Yes = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                              QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, TODAY)
    return db


@pytest.fixture
def area(qtbot: QtBot, demo: Database) -> Iterator[SettingsArea]:
    widget = SettingsArea(lambda: TODAY)
    qtbot.addWidget(widget)
    widget.set_database(demo)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    dialog = widget.letters.templates_dialog
    if dialog is not None:  # a test may leave edits: locking would ask about them
        dialog.discard_changes()
    widget.set_database(None)


@pytest.fixture
def chosen_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """QFileDialog.getSaveFileName answers a path of the test's own."""
    state: dict[str, Any] = {"answer": tmp_path / "kalibrointi.pdf"}

    def answer(parent: object, caption: str, default: str, file_filter: str) -> tuple[str, str]:
        state["default"] = Path(default).name
        return str(state["answer"]), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return state


# --- the window offset ----------------------------------------------------------------

def test_the_offset_is_saved_from_the_spin_boxes(area: SettingsArea, demo: Database) -> None:
    right, down = area.ui.offset_right, area.ui.offset_down
    assert (right.decimals(), right.minimum(), right.maximum()) == (1, -15, 15)
    assert right.value() == 0 and down.value() == 0 and area.ui.letters_group.isEnabled()
    right.setValue(2.5)
    down.setValue(-1.2)
    assert window_offset(demo) == WindowOffset(2.5, -1.2)


def test_the_offset_is_clamped_to_15_mm(area: SettingsArea, demo: Database) -> None:
    area.ui.offset_right.setValue(20)
    area.ui.offset_down.setValue(-40)
    assert area.ui.offset_right.value() == 15 and area.ui.offset_down.value() == -15
    assert window_offset(demo) == WindowOffset(15, -15)


def test_the_stored_offset_is_shown_and_emptied_when_locked(qtbot: QtBot,
                                                            demo: Database) -> None:
    set_window_offset(demo, WindowOffset(3, -4.5))
    widget = SettingsArea(lambda: TODAY)
    qtbot.addWidget(widget)
    widget.set_database(demo)
    assert (widget.ui.offset_right.value(), widget.ui.offset_down.value()) == (3, -4.5)
    widget.set_database(None)
    assert widget.ui.offset_right.value() == 0 and not widget.ui.letters_group.isEnabled()
    assert window_offset(demo) == WindowOffset(3, -4.5)  # showing nothing saves nothing


# --- the calibration page ---------------------------------------------------------------

def name_position(data: bytes) -> tuple[float, float]:
    run = next(r for r in page_runs(data)[0] if r.text == SAMPLE_ADDRESS.name)
    return run.x / mm, run.y / mm


def test_saved_calibration_page_moves_with_the_offset(area: SettingsArea,
                                                      chosen_path: dict[str, Any],
                                                      tmp_path: Path) -> None:
    area.ui.save_calibration.click()
    base = name_position(chosen_path["answer"].read_bytes())
    assert chosen_path["default"] == _("calibration-page") + ".pdf"
    assert area.ui.letters_status.text() == _("Saved: {path}").format(
        path=chosen_path["answer"])
    area.ui.offset_right.setValue(4)
    area.ui.offset_down.setValue(2.5)
    chosen_path["answer"] = tmp_path / "toinen"  # no suffix typed: .pdf is added
    area.ui.save_calibration.click()
    moved = name_position((tmp_path / "toinen.pdf").read_bytes())
    assert round(moved[0] - base[0], 2) == 4
    assert round(base[1] - moved[1], 2) == 2.5


def test_print_calibration_page(qtbot: QtBot, area: SettingsArea, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "tulostettu.pdf"

    def pdf_printer(name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(printing, "new_printer", pdf_printer)

    def press_print() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QPrintDialog) and w.isVisible())
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    area.ui.print_calibration.click()
    request = area.letters.print_request
    assert request is not None and request.dialog.isVisible()
    assert request.dialog.maxPage() == 1
    with qtbot.waitSignal(request.printed, timeout=10_000):
        QTimer.singleShot(100, press_print)
    assert len(read(out.read_bytes()).pages) == 1
    assert area.ui.letters_status.text() == _("Sent {count} page to the printer.").format(
        count=1)


# --- the template editor ----------------------------------------------------------------

@pytest.fixture
def dialog(qtbot: QtBot, area: SettingsArea) -> LetterTemplatesDialog:
    area.ui.edit_templates.click()
    opened = area.letters.templates_dialog
    assert opened is not None and opened.isVisible()
    qtbot.waitExposed(opened)
    opened.choose("acknowledgement", "fi")
    return opened


def test_paragraphs_split_at_blank_lines() -> None:
    assert paragraphs_from("Yksi\nrivi\n\n  \nKaksi\n\n\n") == ("Yksi\nrivi", "Kaksi")
    assert paragraphs_from(paragraphs_text(("A", "B\nC"))) == ("A", "B\nC")


def test_letters_languages_and_placeholders(dialog: LetterTemplatesDialog) -> None:
    assert dialog.ui.letter.count() == 14
    assert dialog.ui.letter.findData("restriction-lifted") >= 0
    default = default_template("acknowledgement", "fi")
    assert dialog.ui.document_type.text() == default.document_type
    assert paragraphs_from(raw_text(dialog.ui.paragraphs)) == default.paragraphs
    first = dialog.ui.placeholders.item(0)
    assert first.text().startswith("{due}") and QFont(first.font()).bold()
    names = [dialog.ui.placeholders.item(i).text().split()[0]
             for i in range(dialog.ui.placeholders.count())]
    assert "{name}" in names and "{reference}" in names
    assert dialog.ui.state.text() == _("Default wording")
    assert not dialog.save_button.isEnabled() and not dialog.restore_button.isEnabled()
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("sv"))
    assert dialog.choice == ("acknowledgement", "sv")
    assert dialog.ui.subject.text() == default_template("acknowledgement", "sv").subject


def test_an_edit_is_saved_and_marked_customised(dialog: LetterTemplatesDialog,
                                                demo: Database) -> None:
    dialog.ui.subject.setText("Olemme saaneet pyyntösi")
    assert dialog.dirty and dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert letters.effective_template(demo, "acknowledgement", "fi").subject == (
        "Olemme saaneet pyyntösi")
    assert letters.is_customised(demo, "acknowledgement", "fi")
    assert not letters.is_customised(demo, "acknowledgement", "sv")
    assert not dialog.dirty and dialog.ui.message.text() == _("Saved.")
    assert dialog.ui.state.text() == _("Customised wording")
    index = dialog.ui.letter.findData("acknowledgement")
    assert dialog.ui.letter.itemText(index).endswith(_("{letter} (customised)").format(
        letter="").strip())


def test_ctrl_s_saves(qtbot: QtBot, dialog: LetterTemplatesDialog, demo: Database) -> None:
    dialog.ui.document_type.setFocus()
    dialog.ui.document_type.setText("KUITTAUS")
    qtbot.keyClick(dialog.ui.document_type, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert letters.effective_template(demo, "acknowledgement", "fi").document_type == "KUITTAUS"


def test_unknown_placeholder_is_refused_and_nothing_saved(dialog: LetterTemplatesDialog,
                                                          demo: Database) -> None:
    dialog.ui.paragraphs.setPlainText(dialog.ui.paragraphs.toPlainText() + "\n\nHei {nimi}.")
    assert dialog.save() is False
    message = dialog.ui.message.text()
    assert "{nimi}" in message and "{due}" in message  # the unknown, and what can be used
    assert dialog.ui.message.isVisible()
    assert not letters.is_customised(demo, "acknowledgement", "fi")
    assert dialog.dirty  # the edits stay for the user to fix


def test_a_required_placeholder_cannot_be_removed(dialog: LetterTemplatesDialog,
                                                  demo: Database) -> None:
    text = dialog.ui.paragraphs.toPlainText().replace("{due}", "pian")
    dialog.ui.paragraphs.setPlainText(text)
    dialog.save_button.click()
    assert "{due}" in dialog.ui.message.text()
    assert letters.effective_template(demo, "acknowledgement", "fi") == default_template(
        "acknowledgement", "fi")


def test_restore_default_asks_first(dialog: LetterTemplatesDialog, demo: Database) -> None:
    dialog.ui.subject.setText("Oma otsikko")
    assert dialog.save()
    dialog.restore_button.click()
    assert dialog.restore_question is not None
    dialog.restore_question.button(Cancel).click()
    assert letters.is_customised(demo, "acknowledgement", "fi")
    dialog.restore_button.click()
    assert dialog.restore_question is not None
    dialog.restore_question.button(Yes).click()
    assert not letters.is_customised(demo, "acknowledgement", "fi")
    assert dialog.ui.subject.text() == default_template("acknowledgement", "fi").subject
    assert dialog.ui.state.text() == _("Default wording")
    assert not dialog.restore_button.isEnabled()


def test_switching_letter_with_unsaved_changes_asks(dialog: LetterTemplatesDialog,
                                                    demo: Database) -> None:
    dialog.ui.subject.setText("Muutettu")
    dialog.ui.letter.setCurrentIndex(dialog.ui.letter.findData("erasure"))
    assert dialog.question is not None
    assert dialog.ui.letter.currentData() == "acknowledgement"  # until answered
    dialog.question.button(Cancel).click()
    assert dialog.choice == ("acknowledgement", "fi") and dialog.ui.subject.text() == "Muutettu"

    dialog.ui.letter.setCurrentIndex(dialog.ui.letter.findData("erasure"))
    assert dialog.question is not None
    dialog.question.button(Discard).click()
    assert dialog.choice == ("erasure", "fi")
    assert dialog.ui.letter.currentData() == "erasure"
    assert not letters.is_customised(demo, "acknowledgement", "fi")

    dialog.ui.subject.setText("Poistettu")
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("en"))
    assert dialog.question is not None
    dialog.question.button(Save).click()
    assert dialog.choice == ("erasure", "en")
    assert letters.effective_template(demo, "erasure", "fi").subject == "Poistettu"


def test_a_failed_save_keeps_the_letter(dialog: LetterTemplatesDialog) -> None:
    dialog.ui.document_type.setText("")
    dialog.ui.letter.setCurrentIndex(dialog.ui.letter.findData("refusal"))
    assert dialog.question is not None
    dialog.question.button(Save).click()
    assert dialog.choice == ("acknowledgement", "fi") and dialog.ui.message.text()


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, area: SettingsArea,
                                           dialog: LetterTemplatesDialog) -> None:
    dialog.ui.paragraphs.appendPlainText("\nUusi kappale.")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert dialog.question is not None and dialog.isVisible()
    dialog.question.button(Cancel).click()
    assert dialog.isVisible() and dialog.dirty
    dialog.reject()
    assert dialog.question is not None
    dialog.question.button(Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert area.letters.templates_dialog is None


def test_a_placeholder_is_inserted_where_the_cursor_was(qtbot: QtBot,
                                                        dialog: LetterTemplatesDialog) -> None:
    dialog.ui.subject.setFocus()
    qtbot.waitUntil(dialog.ui.subject.hasFocus)
    dialog.ui.subject.setText("Hei ")
    places = dialog.ui.placeholders
    centre = places.visualItemRect(places.item(0)).center()
    qtbot.mouseClick(places.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(places.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert dialog.ui.subject.text() == "Hei {due}"
    qtbot.waitUntil(dialog.ui.subject.hasFocus)


def test_locking_saves_or_discards_and_closes(area: SettingsArea, dialog: LetterTemplatesDialog,
                                              demo: Database,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    dialog.ui.subject.setText("Lukittaessa tallennettu")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: Save))
    area.set_database(None)
    assert not dialog.isVisible() and area.letters.templates_dialog is None
    assert letters.effective_template(demo, "acknowledgement", "fi").subject == (
        "Lukittaessa tallennettu")


def test_every_template_has_a_name_in_the_editor() -> None:
    from kasve_desktop.domain.letter_templates import TEMPLATE_KEYS
    from kasve_desktop.gui.settings.letter_words import LETTER_NAMES

    assert set(LETTER_NAMES) == set(TEMPLATE_KEYS)
