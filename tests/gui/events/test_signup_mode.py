"""The sign-up mode as a participant and the organiser use it: typing with Finnish letters,
consents unticked by default, nothing of earlier sign-ups shown, the idle reset, the
notice, the language, and leaving only with the passphrase."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kasve_desktop.gui.events.area import EventsArea
from kasve_desktop.gui.events.event_dialog import EventDialog
from kasve_desktop.gui.events.signup_dialogs import LeaveDialog, NoticeDialog
from kasve_desktop.gui.events.signup_mode import SignupMode
from kasve_desktop.gui.people.import_dialog import ImportDialog
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Consent, Event, Participation, Person
from tests.conftest import PASSPHRASE
from tests.gui.events.conftest import type_text
from tests.services.events.signup_sample import AT, SignupSample, add_signup_sample

WORDING = ("Annan suostumukseni siihen, että Kasve Oy käsittelee tietojani tähän tarkoitukseen: "
           "sähköinen suoramarkkinointi (uutiskirjeet sekä sähköposti- ja "
           "tekstiviestitarjoukset): tapahtumakutsut ja uutiskirje. Voin perua suostumukseni "
           "milloin tahansa.")


@pytest.fixture
def sample(db: Database) -> SignupSample:
    return add_signup_sample(db, with_pdf=True)


@pytest.fixture
def mode(qtbot: QtBot, db: Database, sample: SignupSample) -> Iterator[SignupMode]:
    shown = SignupMode(db, sample.event, lambda: AT, "Tapahtumakone 1")
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    if shown.isVisible():
        shown.leave()


def press(widget: object, key: Qt.Key) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key,  # type: ignore[arg-type]
                                             Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key,  # type: ignore[arg-type]
                                             Qt.KeyboardModifier.NoModifier))


def fill_in(mode: SignupMode) -> None:
    type_text(mode.ui.first_name, "Sää")
    press(mode.ui.first_name, Qt.Key.Key_Return)
    assert mode.ui.last_name.hasFocus()
    type_text(mode.ui.last_name, "Öhmän-Åkerlund")
    type_text(mode.ui.email, "saa.ohman@example.fi")
    type_text(mode.ui.organisation, "Pöllö Oy")


def shown_texts(mode: SignupMode) -> list[str]:
    return ([e.text() for e in mode.findChildren(QLineEdit)]
            + [label.text() for label in mode.findChildren(QLabel) if label.isVisible()])


def test_a_participant_signs_up_with_finnish_letters_and_ticks_the_consent(
        qtbot: QtBot, mode: SignupMode, db: Database, sample: SignupSample) -> None:
    [box] = mode.choices.values()
    assert not box.isChecked()
    words = next(label for label in mode.findChildren(QLabel) if label.text() == WORDING)
    fill_in(mode)
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    press(mode.ui.organisation, Qt.Key.Key_Return)
    assert mode.ui.pages.currentWidget() is mode.ui.thanks_page
    assert mode.ui.thanks.text() == "Kiitos!"
    assert mode.ui.thanks_detail.text() == ("Ilmoittautumisesi tapahtumaan Kasvun päivä on "
                                            "vastaanotettu.")
    with db.sessions() as s:
        person = s.scalars(select(Person).where(Person.first_name == "Sää")).one()
        assert (person.last_name, person.organisation) == ("Öhmän-Åkerlund", "Pöllö Oy")
        [consent] = person.consents
        assert (consent.wording, consent.language, consent.event_id,
                consent.notice_version_id) == (WORDING, "fi", sample.event,
                                               sample.notice_version)
        [participation] = person.participations
        assert participation.captured_on == "Tapahtumakone 1"


def test_nothing_of_an_earlier_sign_up_is_shown(qtbot: QtBot, mode: SignupMode) -> None:
    fill_in(mode)
    next(iter(mode.choices.values())).setChecked(True)
    qtbot.mouseClick(mode.ui.submit_button, Qt.MouseButton.LeftButton)
    assert all(not mode.edit(name).text() for name in ("first_name", "last_name", "email",
                                                        "organisation", "phone"))
    assert not any(box.isChecked() for box in mode.choices.values())
    qtbot.mouseClick(mode.ui.next_button, Qt.MouseButton.LeftButton)
    assert mode.ui.pages.currentWidget() is mode.ui.form_page
    assert mode.ui.first_name.hasFocus()
    assert not any("Öhmän" in t or "saa.ohman" in t or "Sää" in t for t in shown_texts(mode))


def test_the_thanks_page_returns_to_an_empty_form_by_itself(qtbot: QtBot,
                                                             mode: SignupMode) -> None:
    mode.thanks_timer.setInterval(20)
    fill_in(mode)
    mode.submit()
    assert mode.ui.pages.currentWidget() is mode.ui.thanks_page
    qtbot.waitUntil(lambda: mode.ui.pages.currentWidget() is mode.ui.form_page, timeout=2000)


def test_bad_input_is_marked_with_messages_a_participant_understands(
        qtbot: QtBot, mode: SignupMode, db: Database) -> None:
    type_text(mode.ui.first_name, "Sää")
    type_text(mode.ui.email, "saa@")
    type_text(mode.ui.phone, "12")
    qtbot.mouseClick(mode.ui.submit_button, Qt.MouseButton.LeftButton)
    assert mode.ui.pages.currentWidget() is mode.ui.form_page
    notes = {name: mode.note(name).text() for name in ("first_name", "last_name", "email",
                                                        "phone", "organisation")
             if mode.note(name).isVisible()}
    assert notes == {
        "last_name": "Kirjoita sukunimesi.",
        "email": "Sähköpostiosoite ei näytä oikealta. Tarkista se: esimerkiksi nimi@yritys.fi.",
        "phone": "Puhelinnumero ei näytä oikealta. Kirjoita se esimerkiksi muodossa "
                 "040 123 4567."}
    assert mode.ui.message.text() == "Tarkista punaisella merkityt kohdat."
    assert mode.ui.last_name.hasFocus()
    type_text(mode.ui.last_name, "Ö")
    assert not mode.note("last_name").isVisible()  # fixed: its message goes
    assert mode.note("email").isVisible()
    assert mode.ui.first_name.text() == "Sää"
    with db.sessions() as s:
        assert s.scalars(select(Participation)).all() == []


def test_a_half_filled_form_is_cleared_when_nobody_touches_it(qtbot: QtBot, mode: SignupMode,
                                                               db: Database) -> None:
    assert mode.idle.interval() == 60_000
    mode.idle.setInterval(30)
    type_text(mode.ui.first_name, "Sää")
    next(iter(mode.choices.values())).setChecked(True)
    assert mode.idle.isActive()
    qtbot.waitUntil(lambda: not mode.ui.first_name.text(), timeout=2000)
    assert not any(box.isChecked() for box in mode.choices.values())
    with db.sessions() as s:
        assert s.scalars(select(Participation)).all() == []


def test_a_consent_ticked_alone_is_cleared_too(qtbot: QtBot, mode: SignupMode) -> None:
    mode.idle.setInterval(30)
    [box] = mode.choices.values()
    words = next(label for label in mode.findChildren(QLabel) if label.text() == WORDING)
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    qtbot.waitUntil(lambda: not box.isChecked(), timeout=2000)


def test_the_next_participant_cannot_undo_back_the_previous_one(
        qtbot: QtBot, mode: SignupMode) -> None:
    fill_in(mode)
    mode.submit()
    mode.next_participant()
    for name in ("first_name", "last_name", "email", "organisation"):
        edit = mode.edit(name)
        assert not edit.isUndoAvailable()
        edit.undo()
        assert edit.text() == ""
        assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    type_text(mode.ui.first_name, "Sää")
    mode.reset()
    mode.ui.first_name.undo()
    assert mode.ui.first_name.text() == ""


def test_the_idle_reset_returns_to_the_stands_language_and_closes_the_passphrase(
        qtbot: QtBot, mode: SignupMode) -> None:
    qtbot.mouseClick(mode.ui.lang_en, Qt.MouseButton.LeftButton)
    assert mode.ui.submit_button.text() == "Sign up"
    mode.ask_to_leave()
    assert isinstance(mode.dialog, LeaveDialog)
    mode.dialog.passphrase.setText("oikea hev")
    mode.idle.setInterval(30)
    mode.idle.start()
    qtbot.waitUntil(lambda: mode.dialog is None, timeout=2000)
    assert mode.ui.submit_button.text() == "Ilmoittaudu"
    assert mode.isVisible()


def test_the_idle_reset_closes_the_notice_too(qtbot: QtBot, mode: SignupMode) -> None:
    type_text(mode.ui.first_name, "Sää")
    qtbot.mouseClick(mode.ui.read_notice_button, Qt.MouseButton.LeftButton)
    assert isinstance(mode.dialog, NoticeDialog)
    mode.idle.setInterval(30)
    mode.idle.start()
    qtbot.waitUntil(lambda: mode.dialog is None and not mode.ui.first_name.text(),
                    timeout=2000)


def test_the_full_notice_of_the_events_version_is_shown_and_printable(
        qtbot: QtBot, mode: SignupMode, tmp_path: Path) -> None:
    qtbot.mouseClick(mode.ui.read_notice_button, Qt.MouseButton.LeftButton)
    dialog = mode.dialog
    assert isinstance(dialog, NoticeDialog)
    assert dialog.windowState() & Qt.WindowState.WindowFullScreen
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.pdf)).pages)
    assert "Tapahtumien rekisteri" in " ".join(text.split())
    assert (dialog.print_button.text(), dialog.close_button.text()) == ("Tulosta", "Sulje")
    dialog.printer = None
    dialog.print_notice()
    assert dialog.message.text() == ("Tulostinta ei ole käytettävissä. Kysy järjestäjältä "
                                     "paperiversiota.")
    printed = tmp_path / "printed.pdf"
    dialog.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer.setOutputFileName(str(printed))
    dialog.print_notice()
    pages = len(PdfReader(io.BytesIO(dialog.pdf)).pages)
    assert len(PdfReader(printed).pages) == pages
    assert dialog.message.text() == f"Seloste lähetettiin tulostimelle ({pages} s.)."
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert mode.dialog is None


def test_the_participant_chooses_swedish(qtbot: QtBot, mode: SignupMode, db: Database) -> None:
    type_text(mode.ui.first_name, "Åsa")
    next(iter(mode.choices.values())).setChecked(True)
    qtbot.mouseClick(mode.ui.lang_sv, Qt.MouseButton.LeftButton)
    assert (mode.ui.first_name_label.text(), mode.ui.submit_button.text()) == (
        "Förnamn", "Anmäl dig")
    assert mode.ui.first_name.text() == "Åsa"
    [box] = mode.choices.values()
    assert not box.isChecked()
    box.setChecked(True)
    type_text(mode.ui.last_name, "Lindström")
    type_text(mode.ui.email, "asa@example.se")
    mode.submit()
    assert mode.ui.thanks.text() == "Tack!"
    with db.sessions() as s:
        consent = s.scalars(select(Consent)).one()
    assert consent.language == "sv"
    assert consent.wording.startswith("Jag samtycker till att Kasve Oy behandlar")


def test_escape_and_closing_do_not_leave_the_mode(qtbot: QtBot, mode: SignupMode) -> None:
    press(mode, Qt.Key.Key_Escape)
    press(mode.ui.first_name, Qt.Key.Key_Escape)
    mode.close()
    QApplication.processEvents()
    assert mode.isVisible()


def test_leaving_needs_the_database_passphrase(qtbot: QtBot, mode: SignupMode) -> None:
    with qtbot.assertNotEmitted(mode.left):
        qtbot.mouseClick(mode.ui.leave_button, Qt.MouseButton.LeftButton)
        dialog = mode.dialog
        assert isinstance(dialog, LeaveDialog)
        dialog.passphrase.setText("väärä hevonen")
        qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
        assert dialog.error.text() == "Tunnuslause ei ole tietokannan tunnuslause."
        assert not dialog.end_button.isEnabled()
        assert mode.isVisible()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.check()
        assert mode.isVisible()
    qtbot.waitUntil(dialog.end_button.isEnabled, timeout=5000)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(mode.left, timeout=1000):
        qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    assert not mode.isVisible()


def test_the_events_area_opens_the_mode_full_screen_or_says_why_not(
        qtbot: QtBot, db: Database, sample: SignupSample) -> None:
    area = EventsArea(lambda: AT.date())
    qtbot.addWidget(area)
    area.set_database(db)
    area.show()
    area.select_id(sample.event)
    assert area.signup_button.text() == "&Ilmoittautumistila…"
    area.signup_button.click()
    assert area.signup is not None
    assert area.signup.isFullScreen()
    assert not area.isVisible()  # nothing of the registers behind the stand
    with qtbot.waitSignal(area.data_changed, timeout=1000):  # the status bar's counts
        area.signup.leave()
    assert area.signup is None
    assert area.isVisible()
    with transaction(db) as s:
        event = s.get(Event, sample.event)
        assert event is not None
        event.notice_version_id = None
    area.signup_button.click()
    assert area.signup is None
    assert area.question is not None
    assert "tietosuojaselosteen" in area.question.text()
    area.question.done(0)
    area.set_database(None)


def test_the_events_area_imports_a_participant_list_for_the_chosen_event(
        qtbot: QtBot, db: Database, sample: SignupSample) -> None:
    area = EventsArea(lambda: AT.date())
    qtbot.addWidget(area)
    area.set_database(db)
    area.show()
    area.select_id(sample.event)
    assert area.import_action.text() == "&Tuo osallistujalista…"
    assert area.import_action.isEnabled()
    area.import_action.trigger()
    assert isinstance(area.dialog, ImportDialog)
    assert area.dialog.event_id() == sample.event
    assert area.dialog.ui.event_combo.currentText() == "Kasvun päivä (3.12.2026)"


def test_a_new_event_starts_with_the_notice_version_in_force(
        qtbot: QtBot, db: Database, sample: SignupSample) -> None:
    dialog = EventDialog(db, lambda: AT.date(), None)
    qtbot.addWidget(dialog)
    assert dialog.ui.notice_version_id.currentData() == sample.notice_version
    assert dialog.ui.notice_version_id.currentText() == "Versio 2 (voimassa 1.11.2026 alkaen)"
