"""The register editor on the demo data: lists in place, errors at the field, unsaved changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kasve_desktop.domain.completeness import Coverage
from kasve_desktop.domain.notice import ItemFacts
from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.gui.registers.area import RegistersArea
from kasve_desktop.gui.registers.columns import BASIS_CHOICES, ITEM_COLUMNS
from kasve_desktop.gui.registers.list_editor import ItemListEditor
from kasve_desktop.gui.registers.rows_model import CHOICE_ROLE
from kasve_desktop.i18n import _
from kasve_desktop.services.registers import registers
from kasve_desktop.store.engine import Database

TODAY = dt.date(2026, 11, 24)
F = next(i for i, (value, _label) in enumerate(BASIS_CHOICES)
         if value == LegalBasis.LEGITIMATE_INTERESTS.value)
CONTRACT = next(i for i, (value, _label) in enumerate(BASIS_CHOICES)
                if value == LegalBasis.CONTRACT.value)


TEXT, BASIS, INTEREST = 1, 2, 3
"""The purposes' columns: the coded purpose (0), own wording, legal basis, interest."""


def add_purpose(editor: ItemListEditor, text: str, basis: int) -> int:
    editor.view.setCurrentIndex(editor.model.index(editor.model.rowCount() - 1, 0))
    editor.add_row()
    row = editor.current_row()
    editor.view.closePersistentEditor(editor.model.index(row, 0))
    editor.model.setData(editor.model.index(row, TEXT), text)
    editor.model.setData(editor.model.index(row, BASIS), basis, CHOICE_ROLE)
    return row


def test_first_register_is_shown(area: RegistersArea) -> None:
    assert area.form is not None and area.form.key == "asiakkaat"
    assert area.form.ui.name.text() == "Asiakasrekisteri"
    assert "Kasve Oy" in area.controller_label.text()
    assert area.form.ui.name_note.text() == ""  # the draft is translated
    purposes = area.form.ui.purposes.model
    assert purposes.index(0, 0).data() == "Asiakassuhteen hoitaminen ja asiakaspalvelu"
    assert purposes.index(0, BASIS).data() == _("Contract (Art. 6(1)(b))")


def test_legitimate_interest_is_required_at_the_field(qtbot: QtBot, area: RegistersArea,
                                                      demo: Database) -> None:
    form = area.form
    assert form is not None
    editor = form.ui.purposes
    row = add_purpose(editor, "Asiakasviestintä", F)
    assert form.dirty
    qtbot.keyClick(form.ui.purposes_text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (row, "legitimate_interest") in editor.model.errors
    assert editor.error_label.isVisible()
    assert _(registers.INTEREST_NEEDED) in editor.error_label.text()
    assert form.ui.status_label.isVisible()
    assert len(registers.load_register(demo, "asiakkaat").items_of("purpose")) == row

    editor.model.setData(editor.model.index(row, INTEREST), "Asiakassuhteen ylläpito")
    assert form.save()
    assert not form.dirty and not editor.error_label.isVisible()
    stored = registers.load_register(demo, "asiakkaat").items_of("purpose")
    assert stored[-1].text == {"fi": "Asiakasviestintä"}
    assert stored[-1].legitimate_interest == {"fi": "Asiakassuhteen ylläpito"}
    area.show_register("kumppanit")
    area.show_register("asiakkaat")
    assert editor.model.rows[-1].text["fi"] == "Asiakasviestintä"


def test_keyboard_moves_and_removes_rows(qtbot: QtBot, area: RegistersArea) -> None:
    assert area.form is not None
    editor = area.form.ui.sources
    area.form.ui.tabs.setCurrentWidget(area.form.ui.sources_tab)
    first = editor.model.rows[0].category
    assert first == "data-subject"
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert editor.model.rows[1].category == first and editor.current_row() == 1
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert all(r.category != first for r in editor.model.rows)
    assert area.form.dirty


def test_switching_with_unsaved_changes_asks(qtbot: QtBot, area: RegistersArea) -> None:
    form = area.form
    assert form is not None
    form.ui.name.setText("Asiakkaat ja tilaajat")
    second = area.proxy.index(1, 1)
    area.ui.table.setCurrentIndex(second)
    box = form.question
    assert box is not None and box.isVisible()
    assert form.key == "asiakkaat"
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: form.question is None
                    and area.ui.table.currentIndex().row() == 0)  # back on the shown one
    assert form.key == "asiakkaat" and form.ui.name.text() == "Asiakkaat ja tilaajat"

    area.ui.table.setCurrentIndex(second)
    assert form.question is not None
    form.question.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: form.key == "kumppanit")
    assert not form.dirty

    form.ui.description.setPlainText("Kumppanien yhteyshenkilöt")
    area.ui.table.setCurrentIndex(area.proxy.index(0, 1))
    assert form.question is not None
    form.question.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: form.key == "asiakkaat")
    assert area.form is not None and registers.load_register(
        area._db, "kumppanit").description == {"fi": "Kumppanien yhteyshenkilöt"}


def test_completeness_follows_unsaved_edits(qtbot: QtBot, seeded: RegistersArea) -> None:
    area = seeded
    assert area.form is not None
    panel = area.panel
    assert panel.report is not None and panel.report.item("C").coverage is Coverage.MISSING
    assert any(f.code == "repealed-act" for f in panel.report.flags)
    editor = area.form.ui.purposes
    for row in range(editor.model.rowCount()):
        editor.model.setData(editor.model.index(row, BASIS), CONTRACT, CHOICE_ROLE)
    qtbot.waitUntil(lambda: panel.report is not None
                    and panel.report.item("C").coverage is Coverage.COVERED)
    assert "✗" in panel.ui.items.text() and "✓" in panel.ui.items.text()


def test_the_draft_is_complete(area: RegistersArea) -> None:
    assert area.panel.report is not None
    assert area.panel.report.missing == () and area.panel.report.flags == ()
    assert area.panel.fixes == []


def test_dismissing_a_flag_asks_for_a_note(qtbot: QtBot, seeded: RegistersArea) -> None:
    area = seeded
    panel = area.panel
    assert panel.report is not None
    button = panel.findChild(type(area.new_button), "dismiss_in-writing")
    assert button is not None
    button.click()
    dialog = panel.note_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setTextValue("Korjataan seuraavassa versiossa")
    dialog.accept()
    qtbot.waitUntil(lambda: panel.report is not None
                    and all(f.code != "in-writing" for f in panel.report.flags))


def test_language_selector_marks_missing_translations(seeded: RegistersArea) -> None:
    form = seeded.form
    assert form is not None
    assert form.ui.name_note.text() == _("Translation missing: {languages}").format(
        languages="sv, en")
    form.ui.language.setCurrentIndex(form.ui.language.findData("sv"))
    assert form.ui.name.text() == "" and form.ui.name.placeholderText() == "Asiakasrekisteri"
    form.ui.name.setText("Kundregister")
    form.ui.language.setCurrentIndex(form.ui.language.findData("fi"))
    assert form.ui.name.text() == "Asiakasrekisteri"
    assert form.current_data() is not None
    assert form.current_data().name == {"fi": "Asiakasrekisteri", "sv": "Kundregister"}
    assert form.ui.name_note.text() == _("Translation missing: {languages}").format(
        languages="en")


def test_a_register_with_people_is_not_deleted(qtbot: QtBot, area: RegistersArea) -> None:
    area.delete_button.click()
    assert area.question is not None
    area.question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: area.question is not None
                    and area.question.icon() == QMessageBox.Icon.Information)
    from kasve_desktop.i18n import ngettext

    assert area.question.text() == ngettext(
        "The register still holds {count} person. Move or erase the entry first.",
        "The register still holds {count} people. Move or erase the entries first.",
        107).format(count=107)
    assert area.question.text() == ("Rekisterissä on vielä 107 henkilöä. "
                                    "Siirrä tai poista tiedot ensin.")
    area.question.close()
    assert area.form is not None and area.form.key == "asiakkaat"


def test_new_register(qtbot: QtBot, area: RegistersArea, demo: Database) -> None:
    area.new_button.click()
    dialog = area.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.name.setText("Rekrytointi")
    dialog.ui.name.textEdited.emit("Rekrytointi")
    assert dialog.ui.key.text() == "rekrytointi"
    dialog.ui.buttons.accepted.emit()
    qtbot.waitUntil(lambda: area.form is not None and area.form.key == "rekrytointi")
    assert [r.key for r in registers.list_registers(demo)][-1] == "rekrytointi"


def test_rows_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    editor = ItemListEditor()
    editor.configure(ITEM_COLUMNS["recipient"], lambda: ItemFacts("recipient"))
    editor.set_rows([ItemFacts("recipient", {"fi": "Posti"}, name="Posti Oy", country="FI"),
                     ItemFacts("recipient", {"fi": "Pilvi"}, country="US")])
    qtmodeltester.check(editor.model)
    editor.deleteLater()


def test_cancel_after_a_click_keeps_the_list_on_the_shown_register(
        qtbot: QtBot, area: RegistersArea) -> None:
    form = area.form
    assert form is not None
    form.ui.name.setText("Asiakkaat ja tilaajat")
    view = area.ui.table
    second = area.proxy.index(1, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(second).center())
    assert form.question is not None
    form.question.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: view.currentIndex().row() == 0)
    selected = {index.row() for index in view.selectionModel().selectedIndexes()}
    assert selected == {0} and form.key == "asiakkaat"


def test_a_date_that_is_not_one_is_refused_at_the_cell() -> None:
    editor = ItemListEditor()
    editor.configure(ITEM_COLUMNS["recipient"], lambda: ItemFacts("recipient"))
    editor.set_rows([ItemFacts("recipient", name="Postitin Oy", role="processor")])
    column = next(i for i, c in enumerate(ITEM_COLUMNS["recipient"]) if c.key == "agreement_date")
    index = editor.model.index(0, column)
    assert not editor.model.setData(index, "31.2.2025")
    assert editor.model.rows[0].agreement_date is None
    assert (0, "agreement_date") in editor.model.errors
    assert editor.model.setData(index, "1.3.2025")
    assert editor.model.rows[0].agreement_date == dt.date(2025, 3, 1)
    assert index.data() == "1.3.2025"
    editor.deleteLater()
