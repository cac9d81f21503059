"""The breach pane's links: the persons concerned, the additions, and the two PDFs."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kasve_desktop.clock import FixedClock
from kasve_desktop.gui.breaches.additions import AdditionDialog
from kasve_desktop.gui.breaches.area import BreachesArea
from kasve_desktop.gui.breaches.people_box import PeopleBox
from kasve_desktop.services import breaches
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Breach, ContactPerson, Controller, Person
from tests.gui.breaches.helpers import choose, helsinki, notified, record, refresh, type_text


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def link(qtbot: QtBot, people: PeopleBox, search: str) -> None:
    """Search for ``search`` in the person picker and choose the one found."""
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    dialog: Any = people.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.ui.search, search)
    dialog.run_search()
    qtbot.mouseClick(dialog.ui.link_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_persons_are_linked_and_removed(qtbot: QtBot, area: BreachesArea,
                                        clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-001")
    people = area.pane.form.fields.people
    assert people.summary.text().startswith("Henkilöitä ei ole linkitetty.")
    link(qtbot, people, "Virtanen")
    link(qtbot, people, "aila.ohman@example.fi")
    assert [people.list.item(r).text() for r in range(people.list.count())] == \
        ["Virtanen, Matti", "Öhman, Äila"]
    assert people.summary.text() == "2 henkilöä linkitetty." and area.has_unsaved()
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    detail = breaches.breach_detail(filled_db, "L-2027-001", clock.now())
    assert [p.name for p in detail.persons] == ["Virtanen, Matti", "Öhman, Äila"]
    assert people.list.item(0).text() == "Virtanen, Matti (ei postiosoitetta)"
    people.list.setCurrentRow(0)
    qtbot.mouseClick(people.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    detail = breaches.breach_detail(filled_db, "L-2027-001", clock.now())
    assert [p.name for p in detail.persons] == ["Öhman, Äila"]
    assert area.pane.form.fields.people.summary.text() == "1 henkilö linkitetty."


def save_button(dialog: AdditionDialog) -> QPushButton:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    return button


def test_an_addition_is_dated_and_listed(qtbot: QtBot, area: BreachesArea,
                                         clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-001")
    fields = area.pane.form.fields
    assert not fields.addition_button.isEnabled()  # the authority is not notified yet
    assert fields.addition_button.toolTip() == \
        "Täydennykset seuraavat viranomaiselle tehtyä ilmoitusta: kirjaa se ensin"
    notified(filled_db, clock.now())  # L-2027-002, notified 28.3. 9:30
    refresh(area)
    choose(qtbot, area, "L-2027-002")
    qtbot.mouseClick(fields.addition_button, Qt.MouseButton.LeftButton)
    dialog = area.pane.dialog
    assert dialog is not None and dialog.at.dateTime().toString("d.M.yyyy H.mm") == \
        "28.3.2027 10.00"
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == \
        "Kirjoita, mitä lisäys kertoo valvontaviranomaiselle."
    type_text(dialog.text, "Vastaanottajia oli 41, ei 40.")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [fields.additions.item(r).text() for r in range(fields.additions.count())] == \
        ["28.3.2027 klo 10.00: Vastaanottajia oli 41, ei 40."]
    detail = breaches.breach_detail(filled_db, "L-2027-002", clock.now())
    assert [a.text for a in detail.additions] == ["Vastaanottajia oli 41, ei 40."]


@pytest.fixture
def chosen_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """QFileDialog.getSaveFileName replaced: it answers a path of the test's."""
    asked: dict[str, Any] = {"answer": tmp_path / "valittu.pdf"}

    def answer(parent: Any, caption: str, directory: str, file_filter: str) -> tuple[str, str]:
        asked["default"] = Path(directory).name
        return (str(asked["answer"]) if asked["answer"] else "", file_filter)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def give_address(db: Database, last_name: str) -> None:
    with transaction(db) as session:
        person = session.scalars(select(Person).where(Person.last_name == last_name)).one()
        person.street, person.postal_code, person.locality = "Puijonkatu 1", "70100", "Kuopio"


def tell_persons(db: Database, reference: str) -> None:
    """The message the letters print (Art. 34(2)): the letters are refused without it."""
    with transaction(db) as session:
        breach = session.scalars(select(Breach).where(Breach.reference == reference)).one()
        breach.persons_message = "Sähköpostiosoitteesi näkyi muille vastaanottajille."


@pytest.fixture
def contact(filled_db: Database) -> None:
    """The controller's contact person, whom the documents name."""
    with transaction(filled_db) as session:
        controller = session.scalars(select(Controller)).one()
        session.add(ContactPerson(controller=controller, name="Kaisa Kasvinen",
                                  email="tietosuoja@kasve.fi"))


@pytest.mark.usefixtures("contact")
def test_the_authority_notification_is_saved_where_chosen(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database,
        chosen_path: dict[str, Any]) -> None:
    assert area.pane is not None
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-001")
    qtbot.mouseClick(area.pane.authority_button, Qt.MouseButton.LeftButton)
    box = area.pane.documents.message
    assert box is not None and box.text().startswith(
        "Loukkauksen L-2027-001 riskiä ei ole vielä arvioitu.")
    assert not chosen_path["answer"].exists()
    box.close()
    notified(filled_db, clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-002")
    qtbot.mouseClick(area.pane.authority_button, Qt.MouseButton.LeftButton)
    assert chosen_path["default"] == "L-2027-002-ilmoitus.pdf"
    text = pdf_text(chosen_path["answer"])
    assert "L-2027-002" in text and "Uutiskirje lähti näkyvin vastaanottajin." in text
    box = area.pane.documents.message
    assert box is not None and box.text() == f"Tallennettu: {chosen_path['answer']}"


def link_two(qtbot: QtBot, area: BreachesArea, db: Database, clock: FixedClock) -> None:
    """L-2027-001 (notified, with its message to the persons) chosen, Virtanen (with an
    address) and Aalto (without) linked in the form, not saved yet."""
    assert area.pane is not None
    tell_persons(db, notified(db, clock.now()))
    give_address(db, "Virtanen")
    refresh(area)
    choose(qtbot, area, "L-2027-001")
    for search in ("Virtanen", "Aalto"):
        link(qtbot, area.pane.form.fields.people, search)


@pytest.mark.usefixtures("contact")
def test_the_letters_say_who_had_no_address(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database,
        chosen_path: dict[str, Any]) -> None:
    assert area.pane is not None
    link_two(qtbot, area, filled_db, clock)
    qtbot.mouseClick(area.pane.letters_button, Qt.MouseButton.LeftButton)
    question = area.pane.form.question  # unsaved links: saved first
    assert question is not None
    question.button(question.StandardButton.Save).click()
    assert chosen_path["default"] == "L-2027-001-kirjeet.pdf"
    text = pdf_text(chosen_path["answer"])
    assert "Matti Virtanen" in text and "Puijonkatu 1" in text and "Aalto" not in text
    box = area.pane.documents.message
    assert box is not None and box.text() == (
        f"1 kirje kirjoitettu: {chosen_path['answer']}\n\n"
        "Kirjettä ei kirjoitettu henkilölle, jolla ei ole postiosoitetta: Liisa Aalto.")
    assert box.informativeText() == \
        "Lähetetäänkö kirjeet nyt? Merkitäänkö 1 henkilö ilmoitetuksi tänään?"


def letters_saved(qtbot: QtBot, area: BreachesArea, filled_db: Database,
                  clock: FixedClock) -> Any:
    """``link_two``, saved, and its letters saved: the message box asking whether they
    are sent now."""
    assert area.pane is not None
    link_two(qtbot, area, filled_db, clock)
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(area.pane.letters_button, Qt.MouseButton.LeftButton)
    box = area.pane.documents.message
    assert box is not None and box.isVisible()
    return box


@pytest.mark.usefixtures("contact")
def test_sending_the_letters_now_marks_those_written_to_as_told(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database,
        chosen_path: dict[str, Any]) -> None:
    box = letters_saved(qtbot, area, filled_db, clock)
    assert box.informativeText() == \
        "Lähetetäänkö kirjeet nyt? Merkitäänkö 1 henkilö ilmoitetuksi tänään?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).click()
    detail = breaches.breach_detail(filled_db, "L-2027-001", clock.now())
    told = {person.name: person.told_at for person in detail.persons}
    assert told == {"Virtanen, Matti": clock.now(), "Aalto, Liisa": None}
    assert detail.row.persons_notified_at == clock.now()
    assert area.pane is not None
    people = area.pane.form.fields.people  # the pane shows it at once
    assert [people.list.item(r).text() for r in range(people.list.count())] == \
        ["Virtanen, Matti (ilmoitettu)", "Aalto, Liisa (ei postiosoitetta)"]


@pytest.mark.usefixtures("contact")
def test_letters_not_sent_yet_mark_nobody(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database,
        chosen_path: dict[str, Any]) -> None:
    box = letters_saved(qtbot, area, filled_db, clock)
    box.button(QMessageBox.StandardButton.No).click()
    detail = breaches.breach_detail(filled_db, "L-2027-001", clock.now())
    assert [person.told_at for person in detail.persons] == [None, None]
    assert detail.row.persons_notified_at is None


@pytest.mark.usefixtures("contact")
def test_the_authority_pdf_asks_nothing_more(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database,
        chosen_path: dict[str, Any]) -> None:
    assert area.pane is not None
    notified(filled_db, clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-001")
    qtbot.mouseClick(area.pane.authority_button, Qt.MouseButton.LeftButton)
    box = area.pane.documents.message
    assert box is not None and box.informativeText() == ""
    assert box.standardButtons() == QMessageBox.StandardButton.Ok


def test_save_dialogs_start_where_the_last_document_was_saved(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first time in Documents (or home), never the program's folder; then in the
    folder the user last saved in."""
    from PySide6.QtCore import QSettings

    from kasve_desktop.gui.common.save_files import FOLDER_KEY, first_folder

    QSettings().remove(FOLDER_KEY)
    folders: list[Path] = []
    chosen = tmp_path / "kirjeet" / "ilmoitus.pdf"
    chosen.parent.mkdir()

    def answer(parent: Any, caption: str, directory: str, file_filter: str) -> tuple[str, str]:
        folders.append(Path(directory).parent)
        return str(chosen), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    assert area.pane is not None
    with transaction(filled_db) as session:
        controller = session.scalars(select(Controller)).one()
        session.add(ContactPerson(controller=controller, name="Kaisa Kasvinen",
                                  email="tietosuoja@kasve.fi"))
    notified(filled_db, clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-001")
    for _twice in range(2):
        qtbot.mouseClick(area.pane.authority_button, Qt.MouseButton.LeftButton)
        box = area.pane.documents.message
        assert box is not None
        box.button(QMessageBox.StandardButton.Ok).click()
    assert folders == [first_folder(), chosen.parent]
    assert folders[0] != Path.cwd()
    QSettings().remove(FOLDER_KEY)
