"""The controller dialog: refused values at the field, nothing saved; then saved for real."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kasve_desktop.demo.build import build_demo
from kasve_desktop.domain import validation
from kasve_desktop.gui.registers.area import RegistersArea
from kasve_desktop.gui.registers.controller_dialog import ControllerDialog
from kasve_desktop.gui.settings.area import SettingsArea
from kasve_desktop.i18n import _
from kasve_desktop.services.registers import authority, controller
from kasve_desktop.store.engine import Database

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, TODAY)
    return db


def test_bad_business_id_is_refused_at_the_field(qtbot: QtBot, demo: Database) -> None:
    area = RegistersArea(lambda: TODAY)
    qtbot.addWidget(area)
    area.set_database(demo)
    area.show()
    area.controller_button.click()
    dialog = area.dialog
    assert isinstance(dialog, ControllerDialog) and dialog.isVisible()
    before = controller.load_controller(demo)
    dialog.ui.business_id.setText("2457832-4")
    dialog.ui.contact_phone.setText("040-7654321")
    dialog.save_button().click()
    assert dialog.isVisible()
    assert dialog.ui.business_id_note.isVisible()
    assert dialog.ui.business_id_note.text() == _(validation.BUSINESS_ID_CHECK).format(
        digits="2457832", check="5")
    assert dialog.ui.business_id.styleSheet()
    assert controller.load_controller(demo) == before

    dialog.ui.business_id.setText("2457832-5")
    dialog.ui.phone.setText("017 123 4567")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button().click()
    saved = controller.load_controller(demo)
    assert saved.company.phone == "+358171234567"
    assert saved.contact is not None and saved.contact.phone == "+358407654321"
    assert "017 1234567" in area.controller_label.text()
    area.set_database(None)


def test_dpo_and_subsidiaries(qtbot: QtBot, demo: Database) -> None:
    dialog = ControllerDialog(demo)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.ui.dpo_name.isEnabled()
    dialog.ui.dpo_designated.setChecked(True)
    dialog.ui.dpo_name.setText("Tiina Tietosuoja")
    dialog.ui.dpo_email.setText("dpo@@kasve.fi")
    editor = dialog.ui.subsidiaries
    editor.add_row()
    editor.view.closePersistentEditor(editor.model.index(0, 0))
    editor.model.setData(editor.model.index(0, 0), "Kasve Koulutus Oy")
    editor.model.setData(editor.model.index(0, 1), "1234567-2")
    dialog.save()
    assert dialog.ui.dpo_email_note.isVisible()
    assert (0, "business_id") in editor.model.errors
    assert dialog.ui.tabs.currentIndex() == 2
    dialog.ui.dpo_email.setText("dpo@kasve.fi")
    editor.model.setData(editor.model.index(0, 1), "1234567-1")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    saved = controller.load_controller(demo)
    assert saved.dpo is not None and saved.dpo.email == "dpo@kasve.fi"
    assert [s.business_id for s in saved.subsidiaries] == ["1234567-1"]


def test_authority_block_in_settings(qtbot: QtBot, demo: Database) -> None:
    area = SettingsArea(lambda: TODAY)
    qtbot.addWidget(area)
    area.set_database(demo)
    area.show()
    ui = area.ui
    assert ui.authority_name.text() == "Tietosuojavaltuutetun toimisto"
    ui.authority_language.setCurrentIndex(ui.authority_language.findData("sv"))
    assert ui.authority_name.text() == "Dataombudsmannens byrå"
    ui.authority_email.setText("ei sähköposti")
    ui.authority_language.setCurrentIndex(ui.authority_language.findData("fi"))
    ui.authority_postal.setText("PL 900, 00531 Helsinki")
    ui.authority_save.click()
    assert ui.authority_language.currentData() == "sv"
    assert ui.authority_email_note.isVisible()
    assert authority.load_authority(demo)["fi"].postal == "PL 800, 00531 Helsinki"
    ui.authority_email.setText("tietosuoja@om.fi")
    ui.authority_save.click()
    assert authority.load_authority(demo)["fi"].postal == "PL 900, 00531 Helsinki"
    ui.authority_restore.click()
    assert authority.load_authority(demo)["fi"].postal == "PL 800, 00531 Helsinki"
    ui.authority_language.setCurrentIndex(ui.authority_language.findData("fi"))
    assert ui.authority_postal.text() == "PL 800, 00531 Helsinki"


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    """The dialog's parent (the registers area in the application). Without one, the
    question box, deleted once answered, would drop the last reference to the dialog."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_dialog(db: Database, parent: QWidget) -> ControllerDialog:
    dialog = ControllerDialog(db, parent)
    dialog.show()
    return dialog


def test_escape_with_changes_asks_and_cancel_keeps_them(qtbot: QtBot, demo: Database,
                                                         parent: QWidget) -> None:
    dialog = open_dialog(demo, parent)
    dialog.ui.phone.setText("040 123 4567")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.question is not None
    dialog.question.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.ui.phone.text() == "040 123 4567"
    dialog.reject()
    dialog.question.button(QMessageBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert controller.load_controller(demo).company.phone == "+358401234567"


def test_closing_with_changes_and_discarding_them(demo: Database, parent: QWidget) -> None:
    dialog = open_dialog(demo, parent)
    before = controller.load_controller(demo)
    dialog.ui.phone.setText("040 123 4567")
    dialog.close()
    assert dialog.isVisible() and dialog.question is not None
    dialog.question.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()
    assert controller.load_controller(demo) == before


def test_escape_without_changes_just_closes(qtbot: QtBot, demo: Database) -> None:
    dialog = ControllerDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.question is None
