"""Matching a request to a person: search, link, create from the request, remove the link."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.inbox.person_match import PersonMatchDialog, PersonPickerDialog
from kasve_desktop.i18n import _
from kasve_desktop.services import listing
from kasve_desktop.services.people import persons
from kasve_desktop.services.people.persons import PersonData
from kasve_desktop.services.requests import intake as requests
from kasve_desktop.services.requests import steps as request_steps
from kasve_desktop.services.requests.detail import load_request
from kasve_desktop.services.requests.intake import RequestDraft
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Person

TODAY = dt.date(2026, 11, 25)


def today() -> dt.date:
    return TODAY


def a_request(db: Database, **changes: str) -> int:
    values = {"channel": "email", "requester_name": "Maija Meikäläinen",
              "requester_email": "maija@example.fi", "requester_phone": "040 765 4321",
              **changes}
    return requests.create_request(db, RequestDraft(
        type="access", received_on=dt.date(2026, 11, 24),
        description="Mitä tietoja minusta on?", **values), TODAY)


@pytest.fixture
def maija(db: Database) -> int:
    """Maija and a namesake; only Maija has the requester's e-mail address."""
    persons.create_person(db, PersonData(first_name="Maija", last_name="Mäkelä",
                                         municipality="Espoo"), TODAY)
    person = persons.create_person(db, PersonData(
        first_name="Maija", last_name="Meikäläinen", emails=["maija@example.fi"],
        phones=["040 765 4321"], municipality="Kuopio"), TODAY)
    assert person.id is not None
    return person.id


@pytest.fixture
def open_match(qtbot: QtBot, db: Database) -> Callable[[int], PersonMatchDialog]:
    def opened(request_id: int) -> PersonMatchDialog:
        dialog = PersonMatchDialog(db, today, request_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return opened


def test_the_search_starts_with_the_e_mail_and_links_the_person(
        qtbot: QtBot, db: Database, maija: int,
        open_match: Callable[[int], PersonMatchDialog]) -> None:
    request_id = a_request(db)
    dialog = open_match(request_id)
    ui = dialog.ui
    assert ui.search.text() == "maija@example.fi"
    assert "2026-0001" in ui.request_info.text()
    assert ui.link_status.text() == _("Not linked to a person yet.")
    assert not ui.unlink_button.isEnabled()
    assert dialog.model.rowCount() == 1
    row = dialog.model.rows[0]
    assert (row.id, row.name) == (maija, "Meikäläinen, Maija")
    assert dialog.model.data(dialog.model.index(0, 3)) == "040 7654321"
    assert dialog.model.data(dialog.model.index(0, 4)) == "Kuopio"
    with qtbot.waitSignal(dialog.person_changed):
        qtbot.mouseClick(ui.link_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.changed
    detail = load_request(db, request_id, TODAY)
    assert detail.person_id == maija
    assert detail.timeline[-1].kind == "linked"


def test_a_name_search_lists_everyone_of_that_name(
        qtbot: QtBot, db: Database, maija: int,
        open_match: Callable[[int], PersonMatchDialog]) -> None:
    dialog = open_match(a_request(db, channel="phone", requester_email=""))
    assert dialog.ui.search.text() == "Maija Meikäläinen"
    dialog.ui.search.setText("maija")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert not dialog.ui.link_button.isEnabled()  # nobody chosen yet
    dialog.ui.results.selectRow(1)
    assert dialog.ui.link_button.isEnabled()


def test_nothing_found_is_said_clearly(qtbot: QtBot, db: Database, maija: int,
                                       open_match: Callable[[int], PersonMatchDialog]) -> None:
    dialog = open_match(a_request(db))
    dialog.ui.search.setText("Virtanen")
    qtbot.keyClick(dialog.ui.search, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 0
    assert dialog.ui.empty_label.isVisible()
    assert dialog.ui.empty_label.text().startswith(
        _("Nobody matches “{query}”.").format(query="Virtanen"))
    assert not dialog.ui.link_button.isEnabled() and dialog.ui.create_button.isEnabled()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes,
                                    QMessageBox.StandardButton.No])
def test_a_person_is_created_from_the_request_after_a_confirm(
        qtbot: QtBot, db: Database, open_match: Callable[[int], PersonMatchDialog],
        answer: QMessageBox.StandardButton) -> None:
    request_id = a_request(db, requester_name="Eero Esimerkki", requester_email="eero@example.fi")
    before = listing.person_count(db)
    dialog = open_match(request_id)
    qtbot.mouseClick(dialog.ui.create_button, Qt.MouseButton.LeftButton)
    assert dialog.question is not None and dialog.question.isVisible()
    assert "Eero Esimerkki" in dialog.question.text()
    dialog.question.button(answer).click()
    detail = load_request(db, request_id, TODAY)
    if answer == QMessageBox.StandardButton.No:
        assert detail.person_id is None and listing.person_count(db) == before
        assert dialog.isVisible()
        return
    assert detail.person_id is not None and not dialog.isVisible()
    person = persons.load_person(db, detail.person_id)
    assert (person.first_name, person.last_name) == ("Eero", "Esimerkki")
    assert person.emails == ["eero@example.fi"] and person.phones == ["+358407654321"]


def test_the_link_can_be_removed(qtbot: QtBot, db: Database, maija: int,
                                 open_match: Callable[[int], PersonMatchDialog]) -> None:
    request_id = a_request(db)
    request_steps.link_person(db, request_id, maija, TODAY)
    dialog = open_match(request_id)
    ui = dialog.ui
    assert ui.link_status.text() == _("Linked to: {name}").format(name="Maija Meikäläinen")
    assert ui.unlink_button.isEnabled() and not ui.create_button.isEnabled()
    with qtbot.waitSignal(dialog.person_changed):
        qtbot.mouseClick(ui.unlink_button, Qt.MouseButton.LeftButton)
    assert load_request(db, request_id, TODAY).person_id is None
    assert dialog.isVisible() and ui.link_status.text() == _("Not linked to a person yet.")
    assert not ui.unlink_button.isEnabled() and ui.create_button.isEnabled()


def test_a_person_deleted_meanwhile_is_refused_with_the_reason(
        qtbot: QtBot, db: Database, maija: int,
        open_match: Callable[[int], PersonMatchDialog]) -> None:
    dialog = open_match(a_request(db))
    with db.sessions() as session:  # another window removed the person meanwhile
        session.delete(session.get(Person, maija))
        session.commit()
    qtbot.mouseClick(dialog.ui.link_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.message.isVisible()
    assert dialog.ui.message.text() == _(request_steps.PERSON_MISSING)


def test_the_picker_hands_back_the_chosen_person(qtbot: QtBot, db: Database, maija: int) -> None:
    picker = PersonPickerDialog(db, "040 765 4321")
    qtbot.addWidget(picker)
    picker.show()
    assert picker.ui.create_button.isHidden() and picker.ui.unlink_button.isHidden()
    assert picker.model.rowCount() == 1
    with qtbot.waitSignal(picker.accepted):
        picker.ui.results.doubleClicked.emit(picker.model.index(0, 0))
    assert picker.person is not None and picker.person.id == maija


def test_the_picker_shows_the_organisation_a_person_matched_by(
        qtbot: QtBot, db: Database) -> None:
    """"Koskinen" finds Eklund by his company's name: the list says why he is there."""
    persons.create_person(db, PersonData(first_name="Pekka", last_name="Eklund",
                                         organisation="Eklund Koskinen Oy"), TODAY)
    persons.create_person(db, PersonData(first_name="Anna", last_name="Koskinen"), TODAY)
    picker = PersonPickerDialog(db, "Koskinen")
    qtbot.addWidget(picker)
    model = picker.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Organisaatio"
    shown = {model.data(model.index(row, 0)): model.data(model.index(row, 1))
             for row in range(model.rowCount())}
    assert shown == {"Eklund, Pekka": "Eklund Koskinen Oy", "Koskinen, Anna": ""}


def test_the_picker_is_used_from_the_keyboard(qtbot: QtBot, db: Database) -> None:
    """Down in the search box moves into the list, Enter on a row chooses it."""
    persons.create_person(db, PersonData(first_name="Pekka", last_name="Eklund",
                                         organisation="Eklund Koskinen Oy"), TODAY)
    anna = persons.create_person(db, PersonData(first_name="Anna", last_name="Koskinen"),
                                 TODAY)
    picker = PersonPickerDialog(db, "Koskinen")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.activateWindow()
    qtbot.waitUntil(picker.ui.search.hasFocus)
    assert picker.model.rowCount() == 2 and picker.chosen() is None
    qtbot.keyClick(picker.ui.search, Qt.Key.Key_Down)
    assert picker.ui.results.hasFocus()
    assert picker.chosen() is not None and picker.chosen() == picker.model.rows[0]
    qtbot.keyClick(picker.ui.results, Qt.Key.Key_Down)
    assert picker.chosen() == picker.model.rows[1]
    assert picker.isVisible()
    with qtbot.waitSignal(picker.accepted):
        qtbot.keyClick(picker.ui.results, Qt.Key.Key_Return)
    assert picker.person is not None and picker.person.id == anna.id


def test_an_empty_search_asks_for_a_word(qtbot: QtBot, db: Database, maija: int) -> None:
    picker = PersonPickerDialog(db, "")
    qtbot.addWidget(picker)
    assert picker.model.rowCount() == 0
    assert picker.ui.empty_label.text() == _(
        "Type a name, an e-mail address or a phone number to search.")
