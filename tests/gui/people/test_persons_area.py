"""Henkilöt on the demo data: search, the person page, errors at the field, unsaved changes."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from kasve_desktop.demo.build import build_demo
from kasve_desktop.demo.texts import people_texts
from kasve_desktop.domain import validation
from kasve_desktop.gui.common.table_model import ID_ROLE
from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.people.area import SubjectsArea
from kasve_desktop.gui.people.dialogs import ConsentDialog, EntryDialog, ObjectionDialog
from kasve_desktop.gui.people.duplicates_dialog import DuplicatesDialog
from kasve_desktop.gui.people.import_dialog import ImportDialog
from kasve_desktop.gui.people.person_page import PersonPage
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.people import persons
from kasve_desktop.services.people.entries import ALREADY_IN_REGISTER
from kasve_desktop.services.people.suppression import suppression_list
from kasve_desktop.store.engine import Database

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, TODAY)
    return db


@pytest.fixture
def area(qtbot: QtBot, demo: Database) -> Iterator[SubjectsArea]:
    shown = SubjectsArea(lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1300, 800)
    shown.set_database(demo)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    wait_for_jobs()
    assert shown.page is not None
    shown.page.show_person(None)  # nothing unsaved: no question at locking
    shown.set_database(None)


def page_of(area: SubjectsArea) -> PersonPage:
    assert area.page is not None
    return area.page


def search(qtbot: QtBot, area: SubjectsArea, text: str) -> None:
    area.search.setText(text)
    qtbot.waitUntil(lambda: area._query == text.strip())
    qtbot.waitUntil(lambda: area.model.rowCount() == area.model.total)


def choose(qtbot: QtBot, area: SubjectsArea, row: int = 0) -> None:
    area.ui.table.setCurrentIndex(area.proxy.index(row, 0))


def open_maija(qtbot: QtBot, area: SubjectsArea) -> PersonPage:
    search(qtbot, area, "meikäläinen")
    assert area.model.total == 1
    choose(qtbot, area)
    page = page_of(area)
    qtbot.waitUntil(lambda: page.person_id is not None)
    return page


def names(area: SubjectsArea) -> list[str]:
    return [area.proxy.index(r, 0).data() for r in range(area.proxy.rowCount())]


def test_typing_in_the_search_box_filters_the_list(qtbot: QtBot, area: SubjectsArea) -> None:
    assert area.model.total == 151
    search(qtbot, area, "meik")
    assert names(area) == ["Meikäläinen, Maija"]
    assert area.ui.summary.text() == ngettext("{count} person found", "{count} people found",
                                              1).format(count=1)
    search(qtbot, area, "zzzzqq")
    assert area.ui.content.currentWidget() is area.ui.empty_page
    assert "zzzzqq" in area.ui.empty_label.text()
    search(qtbot, area, "")
    assert area.model.total == 151


def test_maija_shows_her_registers_and_consent(qtbot: QtBot, area: SubjectsArea) -> None:
    page = open_maija(qtbot, area)
    assert page.ui.person_title.text() == "Maija Meikäläinen"
    assert page.form.ui.first_name.text() == "Maija"
    assert [r.register_key for r in page.entries.model.rows] == [
        "asiakkaat", "markkinointi", "tapahtumat"]
    assert page.entries.model.index(0, 0).data() == "Asiakasrekisteri"
    consents = page.marketing.consents.rows
    assert [(c.purpose, c.channel, c.active) for c in consents] == [
        (people_texts().marketing_purpose, "email", True)]
    assert page.marketing.consents.index(0, 1).data() == _("E-mail")


def test_a_phone_is_saved_in_e164(qtbot: QtBot, area: SubjectsArea, demo: Database) -> None:
    page = open_maija(qtbot, area)
    phones = page.form.ui.phones
    qtbot.mouseClick(phones.add_button, Qt.MouseButton.LeftButton)
    row = phones.current_row()
    phones.view.closePersistentEditor(phones.model.index(row, 0))
    phones.model.setData(phones.model.index(row, 0), "040-765 4321")
    assert page.dirty and page.ui.save_button.isEnabled()
    qtbot.keyClick(page.form.ui.first_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.person_id is not None
    assert persons.load_person(demo, page.person_id).phones == ["+358407654321"]
    assert not page.dirty and page.ui.status_label.text() == _("Saved.")
    assert phones.model.index(0, 0).data() == "040 7654321"
    assert area.proxy.index(0, 2).data() == "040 7654321"


def test_a_bad_email_is_marked_and_nothing_saved(qtbot: QtBot, area: SubjectsArea,
                                                 demo: Database) -> None:
    page = open_maija(qtbot, area)
    assert page.person_id is not None
    before = persons.load_person(demo, page.person_id)
    audit = listing.audit_count(demo)
    emails = page.form.ui.emails
    emails.model.setData(emails.model.index(0, 0), "maija@")
    qtbot.keyClicks(page.form.ui.role, "Asiakas")
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    assert (0, "value") in emails.model.errors
    assert emails.error_label.isVisible()
    assert _(validation.EMAIL) in emails.error_label.text()
    assert page.ui.status_label.text() == ngettext(
        "Nothing was saved: {count} field needs attention.",
        "Nothing was saved: {count} fields need attention.", 1).format(count=1)
    assert persons.load_person(demo, page.person_id) == before
    assert listing.audit_count(demo) == audit
    assert page.dirty


def test_switching_person_asks_about_unsaved_changes(qtbot: QtBot, area: SubjectsArea,
                                                     demo: Database) -> None:
    search(qtbot, area, "virtanen")
    choose(qtbot, area, 0)
    page = page_of(area)
    first = page.person_id
    qtbot.keyClicks(page.form.ui.role, " (muutettu)")
    assert page.dirty
    choose(qtbot, area, 1)
    box = page.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert page.person_id == first and page.dirty
    assert area.ui.table.currentIndex().data(ID_ROLE) == first
    choose(qtbot, area, 1)
    box = page.question
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    second = area.proxy.index(1, 0).data(ID_ROLE)
    assert first is not None and page.person_id == second != first
    assert persons.load_person(demo, first).role.endswith(" (muutettu)")


def test_locking_asks_through_confirm_leave(qtbot: QtBot, area: SubjectsArea,
                                            demo: Database) -> None:
    page = open_maija(qtbot, area)
    qtbot.keyClicks(page.form.ui.role, "Opettaja")
    done: list[bool] = []
    area.confirm_leave(lambda: done.append(True))
    box = page.question
    assert isinstance(box, QMessageBox) and not done
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert done == [True] and not page.dirty
    assert persons.load_person(demo, page.person_id or 0).role == ""


def test_a_new_person_is_created(qtbot: QtBot, area: SubjectsArea, demo: Database) -> None:
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    page = page_of(area)
    assert page.is_new and not page.ui.tabs.isTabEnabled(1)
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    assert page.form.ui.first_name_note.isVisible()
    qtbot.keyClicks(page.form.ui.first_name, "Uuno")
    page.form.ui.last_name.setText("Turhapuro")
    qtbot.keyClicks(page.form.ui.postal_code, "00100")
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    assert page.person_id is not None and not page.is_new
    assert listing.person_count(demo) == 152
    assert page.ui.tabs.isTabEnabled(1)
    assert area.ui.table.currentIndex().data(ID_ROLE) == page.person_id


def test_entries_are_added_once_per_register(qtbot: QtBot, area: SubjectsArea) -> None:
    page = open_maija(qtbot, area)
    page.ui.tabs.setCurrentWidget(page.ui.entries_tab)
    qtbot.mouseClick(page.ui.add_entry_button, Qt.MouseButton.LeftButton)
    dialog = page.entries.dialog
    assert isinstance(dialog, EntryDialog) and dialog.isVisible()
    dialog.ui.register_key.setCurrentIndex(dialog.ui.register_key.findData("asiakkaat"))
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.register_key_note.text() == _(ALREADY_IN_REGISTER)
    dialog.ui.register_key.setCurrentIndex(dialog.ui.register_key.findData("kumppanit"))
    dialog.ui.source.setText("Käyntikortista")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [r.register_key for r in page.entries.model.rows] == [
        "asiakkaat", "kumppanit", "markkinointi", "tapahtumat"]


def test_consent_withdrawn_and_objection_added(qtbot: QtBot, area: SubjectsArea,
                                               demo: Database) -> None:
    page = open_maija(qtbot, area)
    page.ui.tabs.setCurrentWidget(page.ui.marketing_tab)
    page.ui.consents_table.selectRow(0)
    qtbot.mouseClick(page.ui.withdraw_consent_button, Qt.MouseButton.LeftButton)
    box = page.marketing.question
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    consent = page.marketing.consents.rows[0]
    assert consent.withdrawn_at is not None and consent.withdrawn_at.date() == TODAY
    assert page.marketing.consents.index(0, 3).data()
    qtbot.mouseClick(page.ui.add_objection_button, Qt.MouseButton.LeftButton)
    dialog = page.marketing.dialog
    assert isinstance(dialog, ObjectionDialog)
    dialog.ui.scope.setCurrentIndex(dialog.ui.scope.findData("all"))
    dialog.ui.note.setPlainText("Ilmoitti puhelimessa.")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert [(o.scope, o.since) for o in page.marketing.objections.rows] == [("all", TODAY)]
    values = {row.value for row in suppression_list(demo)}
    assert "maija.meikalainen@example.fi" in values


def test_a_consent_is_added_with_the_notice_version(qtbot: QtBot, area: SubjectsArea) -> None:
    page = open_maija(qtbot, area)
    qtbot.mouseClick(page.ui.add_consent_button, Qt.MouseButton.LeftButton)
    dialog = page.marketing.dialog
    assert isinstance(dialog, ConsentDialog)
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.purpose_note.isVisible()
    dialog.ui.purpose.setText("Tekstiviestimarkkinointi")
    dialog.ui.channel.setCurrentIndex(dialog.ui.channel.findData("sms"))
    dialog.ui.notice_version.setCurrentIndex(dialog.ui.notice_version.count() - 1)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    added = next(c for c in page.marketing.consents.rows if c.channel == "sms")
    assert added.purpose == "Tekstiviestimarkkinointi" and added.active


def test_processing_is_restricted_and_lifted(qtbot: QtBot, area: SubjectsArea,
                                             demo: Database) -> None:
    page = open_maija(qtbot, area)
    page.ui.tabs.setCurrentWidget(page.ui.marketing_tab)
    qtbot.mouseClick(page.ui.restrict_button, Qt.MouseButton.LeftButton)
    assert page.ui.restriction_reason_note.isVisible()
    page.ui.restriction_reason.setText("Oikaisupyyntö käsittelyssä")
    qtbot.mouseClick(page.ui.restrict_button, Qt.MouseButton.LeftButton)
    assert page.ui.restriction_badge.isVisible() and not page.dirty
    assert persons.load_person(demo, page.person_id or 0).restricted
    qtbot.mouseClick(page.ui.lift_button, Qt.MouseButton.LeftButton)
    box = page.marketing.question
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert not page.ui.restriction_badge.isVisible()
    assert not persons.load_person(demo, page.person_id or 0).restricted


def test_the_suppression_list_is_saved(qtbot: QtBot, area: SubjectsArea, tmp_path: Path) -> None:
    qtbot.mouseClick(area.suppression_button, Qt.MouseButton.LeftButton)
    assert area.dialog is not None and area.dialog.isVisible()
    area.dialog.close()
    path = tmp_path / "estolista.csv"
    area.save_suppression(str(path))
    qtbot.waitUntil(lambda: area.suppression_button.isEnabled())
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["kind", "value"] and len(rows) > 1
    assert page_of(area).ui.status_label.text()



def test_import_and_duplicates_open_from_the_area(qtbot: QtBot, area: SubjectsArea) -> None:
    for button, kind in ((area.import_button, ImportDialog),
                         (area.duplicates_button, DuplicatesDialog)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = area.dialog
        assert isinstance(dialog, kind) and dialog.isVisible()
        dialog.reject()
        assert not dialog.isVisible()
    assert area.model.total == 151
