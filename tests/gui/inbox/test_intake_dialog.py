"""The intake dialog driven through its widgets: channels, errors, duplicates, files, .eml."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kasve_desktop.domain.deadline_text import day_text
from kasve_desktop.gui.inbox import intake_fields
from kasve_desktop.gui.inbox.intake_dialog import IntakeDialog, create_from_eml
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.people import persons
from kasve_desktop.services.requests import intake as requests
from kasve_desktop.services.requests import mail
from kasve_desktop.services.requests.detail import attachment_content, load_request
from kasve_desktop.services.requests.intake import RequestDraft
from kasve_desktop.store.engine import Database

TODAY = dt.date(2026, 11, 25)
DATA = Path(__file__).resolve().parents[2] / "data"
PDF = b"%PDF-1.4\n%%EOF\n"


def today() -> dt.date:
    return TODAY


@pytest.fixture
def open_dialog(qtbot: QtBot, db: Database) -> Callable[..., IntakeDialog]:
    """The dialog shown over a window, as the inbox opens it (the window owns it)."""
    windows: list[QWidget] = []

    def opened(**kwargs: object) -> IntakeDialog:
        windows.append(QWidget())
        qtbot.addWidget(windows[-1])
        dialog = IntakeDialog(db, today, windows[-1], **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):  # shortcuts and focus need the active window
            dialog.show()
            dialog.activateWindow()
        return dialog
    return opened


def choose(dialog: IntakeDialog, name: str, value: str) -> None:
    combo = getattr(dialog.ui, name)
    combo.setCurrentIndex(combo.findData(value))


def type_into(qtbot: QtBot, dialog: IntakeDialog, **values: str) -> None:
    """Type ASCII text key by key (QTest cannot type other characters)."""
    for name, text in values.items():
        qtbot.keyClicks(getattr(dialog.ui, name), text)


def press_save(qtbot: QtBot, dialog: IntakeDialog) -> None:
    qtbot.keyClick(dialog.ui.requester_name, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)


def request_count(db: Database) -> int:
    return listing.request_count(db)


# --- the answer-by date ---------------------------------------------------------------

def test_a_request_of_24_11_2026_is_due_28_12_2026_with_the_reason(
        qtbot: QtBot, open_dialog: Callable[..., IntakeDialog]) -> None:
    dialog = open_dialog()
    assert dialog.ui.received_on.date().toPython() == TODAY
    dialog.ui.received_on.setFocus()
    qtbot.keyClicks(dialog.ui.received_on, "24.11.2026")
    assert dialog.ui.received_on.date().toPython() == dt.date(2026, 11, 24)
    assert dialog.ui.due_text.text() == _("Answer by {date} ({reason})").format(
        date="28.12.2026", reason="24.12.2026 Jouluaatto → 28.12.2026")
    assert "Tapaninpäivä" in dialog.ui.due_text.toolTip()
    dialog.ui.received_on.setDate(dt.date(2026, 11, 23))
    assert dialog.ui.due_text.text() == _("Answer by {date}").format(date="23.12.2026")


def test_the_receipt_date_cannot_be_after_today(open_dialog: Callable[..., IntakeDialog]
                                                ) -> None:
    dialog = open_dialog()
    assert dialog.ui.received_on.calendarPopup()
    dialog.ui.received_on.setDate(TODAY + dt.timedelta(days=3))
    assert dialog.ui.received_on.date().toPython() == TODAY
    assert dialog.ui.received_on.displayFormat() == "d.M.yyyy"


def test_types_show_their_article(open_dialog: Callable[..., IntakeDialog]) -> None:
    dialog = open_dialog()
    combo = dialog.ui.type
    assert combo.itemText(combo.findData("access")) == _("{label} (Art. {article})").format(
        label=_("Access"), article="15")
    assert combo.itemText(combo.findData("other")) == _("Other")
    assert "21(2)–(3)" in intake_fields.type_label(intake_fields.RequestType.OBJECTION_MARKETING)


# --- every channel through the widgets ---------------------------------------------------

CHANNELS = [
    ("post", {"requester_street": "Esimerkkitie 1 A 2", "requester_postal_code": "00100",
              "requester_locality": "Helsinki"}),
    ("email", {"requester_email": "maija@example.fi"}),
    ("web-form", {"requester_email": "maija@example.fi"}),
    ("phone", {"requester_phone": "040 765 4321"}),
    ("in-person", {}),
]


@pytest.mark.parametrize(("channel", "contact"), CHANNELS, ids=[c for c, _v in CHANNELS])
def test_each_channel_is_entered_with_the_keyboard(
        qtbot: QtBot, db: Database, open_dialog: Callable[..., IntakeDialog], channel: str,
        contact: dict[str, str]) -> None:
    dialog = open_dialog()
    dialog.ui.received_on.setDate(dt.date(2026, 11, 24))
    choose(dialog, "type", "erasure")
    choose(dialog, "channel", channel)
    choose(dialog, "language", "sv")
    type_into(qtbot, dialog, requester_name="Maija Meikalainen", **contact)
    qtbot.keyClicks(dialog.ui.description, "Radera mina uppgifter.")
    with qtbot.waitSignal(dialog.accepted):
        press_save(qtbot, dialog)
    assert dialog.created_id is not None
    detail = load_request(db, dialog.created_id, TODAY)
    assert (detail.type, detail.channel, detail.language) == ("erasure", channel, "sv")
    assert detail.draft.requester_name == "Maija Meikalainen"
    assert detail.draft.description == "Radera mina uppgifter."
    assert detail.in_force.deadline.due == dt.date(2026, 12, 28)
    if channel == "phone":
        assert detail.draft.requester_phone == "+358407654321"
    if channel == "post":
        assert detail.draft.requester_locality == "Helsinki"


def test_errors_are_shown_at_the_fields_and_nothing_is_saved(
        qtbot: QtBot, db: Database, open_dialog: Callable[..., IntakeDialog]) -> None:
    dialog = open_dialog()
    choose(dialog, "channel", "post")
    type_into(qtbot, dialog, requester_postal_code="123")
    press_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.created_id is None
    ui = dialog.ui
    assert ui.requester_name_note.isVisible()
    assert ui.requester_name_note.text() == _(requests.NAME_NEEDED)
    assert ui.requester_street_note.text() == _(requests.ADDRESS_NEEDED)
    assert ui.requester_postal_code_note.isVisible()
    assert ui.status_label.text() == ngettext(
        "Nothing was saved: {count} field needs attention.",
        "Nothing was saved: {count} fields need attention.", 3).format(count=3)
    assert ui.requester_name.hasFocus()
    assert request_count(db) == 0
    for note in (ui.requester_name_note, ui.requester_street_note,
                 ui.requester_postal_code_note):  # wrapped, never cut off
        assert note.height() >= note.heightForWidth(note.width())
    type_into(qtbot, dialog, requester_name="Maija", requester_street="Tie 1",
              requester_locality="Espoo")
    ui.requester_postal_code.setText("02100")
    with qtbot.waitSignal(dialog.accepted):
        ui.buttons.button(ui.buttons.StandardButton.Save).click()
    assert request_count(db) == 1 and not ui.requester_name_note.isVisible()


def test_the_address_follows_the_channel(qtbot: QtBot, open_dialog: Callable[..., IntakeDialog]
                                         ) -> None:
    dialog = open_dialog()
    ui = dialog.ui
    choose(dialog, "channel", "email")
    assert not ui.requester_street.isVisible() and ui.address_button.isVisible()
    assert ui.requester_email_label.font().bold() and not ui.requester_phone_label.font().bold()
    choose(dialog, "channel", "post")
    assert ui.requester_street.isVisible() and not ui.address_button.isVisible()
    assert ui.requester_street_label.font().bold()
    choose(dialog, "channel", "email")
    qtbot.mouseClick(ui.address_button, Qt.MouseButton.LeftButton)
    assert ui.requester_street.isVisible() and ui.requester_street.hasFocus()


def test_the_tab_order_goes_down_the_form(qtbot: QtBot, open_dialog: Callable[..., IntakeDialog]
                                          ) -> None:
    dialog = open_dialog()
    choose(dialog, "channel", "phone")
    dialog.ui.received_on.setFocus()
    order: list[str] = []
    while len(order) < 13:
        focused = QApplication.focusWidget()
        assert focused is not None
        if not order or order[-1] != owner_name(focused):  # the date's day, month, year
            order.append(owner_name(focused))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert order == ["received_on", "type", "channel", "language", "person_button",
                     "requester_name", "requester_email", "requester_phone",
                     "requester_street", "requester_postal_code", "requester_locality",
                     "requester_country", "description"]


def owner_name(widget: QWidget) -> str:
    """The named widget that ``widget`` belongs to (a date edit's inner line edit…)."""
    current: QWidget | None = widget
    while current is not None and not current.objectName():
        current = current.parentWidget()
    while current is not None and current.objectName().startswith("qt_"):
        current = current.parentWidget()
    return current.objectName() if current is not None else ""


# --- likely duplicates -------------------------------------------------------------------

def earlier(db: Database) -> int:
    return requests.create_request(db, RequestDraft(
        type="access", channel="email", received_on=dt.date(2026, 11, 2),
        requester_name="Maija Meikäläinen", requester_email="maija@example.fi"), TODAY)


def fill_same_requester(qtbot: QtBot, dialog: IntakeDialog) -> None:
    choose(dialog, "type", "access")
    choose(dialog, "channel", "email")
    type_into(qtbot, dialog, requester_name="M. Meikalainen", requester_email="MAIJA@example.fi")


@pytest.mark.parametrize("answer", ["link", "keep", "cancel"])
def test_a_likely_duplicate_is_asked_about(qtbot: QtBot, db: Database,
                                           open_dialog: Callable[..., IntakeDialog],
                                           answer: str) -> None:
    first = earlier(db)
    dialog = open_dialog()
    fill_same_requester(qtbot, dialog)
    press_save(qtbot, dialog)
    question = dialog.duplicates
    assert question is not None and question.box.isVisible()
    assert "2026-0001" in question.box.text()
    assert request_count(db) == 1
    button = {"link": question.link_button, "keep": question.keep_button,
              "cancel": question.cancel_button}[answer]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if answer == "cancel":
        assert dialog.isVisible() and dialog.created_id is None and request_count(db) == 1
        return
    assert dialog.created_id is not None and not dialog.isVisible()
    detail = load_request(db, dialog.created_id, TODAY)
    assert detail.duplicate_of == ("2026-0001" if answer == "link" else "")
    assert first != dialog.created_id


def test_another_type_is_no_duplicate(qtbot: QtBot, db: Database,
                                      open_dialog: Callable[..., IntakeDialog]) -> None:
    earlier(db)
    dialog = open_dialog()
    fill_same_requester(qtbot, dialog)
    choose(dialog, "type", "erasure")
    press_save(qtbot, dialog)
    assert dialog.duplicates is None and dialog.created_id is not None


# --- leaving -----------------------------------------------------------------------------

def test_escape_with_something_typed_asks(qtbot: QtBot, db: Database,
                                          open_dialog: Callable[..., IntakeDialog]) -> None:
    dialog = open_dialog()
    qtbot.keyClicks(dialog.ui.requester_name, "Maija")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.question is not None
    dialog.question.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.ui.requester_name.text() == "Maija"
    dialog.reject()
    dialog.question.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible() and dialog.created_id is None
    assert request_count(db) == 0


def test_save_from_the_question_checks_the_fields(qtbot: QtBot, db: Database,
                                                  open_dialog: Callable[..., IntakeDialog]
                                                  ) -> None:
    dialog = open_dialog()
    choose(dialog, "channel", "email")
    qtbot.keyClicks(dialog.ui.requester_name, "Maija")
    dialog.reject()
    assert dialog.question is not None
    dialog.question.button(QMessageBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.ui.requester_email_note.isVisible()
    assert request_count(db) == 0


def test_save_from_the_question_enters_the_request_and_closes_once(
        qtbot: QtBot, db: Database, open_dialog: Callable[..., IntakeDialog]) -> None:
    dialog = open_dialog()
    choose(dialog, "channel", "in-person")
    qtbot.keyClicks(dialog.ui.requester_name, "Maija")
    results: list[int] = []
    dialog.finished.connect(results.append)
    dialog.reject()
    assert dialog.question is not None
    dialog.question.button(QMessageBox.StandardButton.Save).click()
    assert results == [QDialog.DialogCode.Accepted.value]  # saved, and not rejected after
    assert dialog.created_id is not None and request_count(db) == 1


def test_escape_without_changes_just_closes(qtbot: QtBot,
                                            open_dialog: Callable[..., IntakeDialog]) -> None:
    dialog = open_dialog()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.question is None


# --- attachments --------------------------------------------------------------------------

def files(tmp_path: Path) -> tuple[Path, Path, Path]:
    letter, scan, other = tmp_path / "kirje.pdf", tmp_path / "skannaus.JPG", tmp_path / "a.docx"
    letter.write_bytes(PDF)
    scan.write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    other.write_bytes(b"word")
    return letter, scan, other


def drop(dialog: IntakeDialog, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(event)
    return event


def test_dropped_files_are_attached_and_stored(qtbot: QtBot, db: Database, tmp_path: Path,
                                               open_dialog: Callable[..., IntakeDialog]
                                               ) -> None:
    letter, scan, other = files(tmp_path)
    dialog = open_dialog()
    assert dialog.acceptDrops()
    event = drop(dialog, [letter, scan, other])
    assert event.isAccepted()
    ui = dialog.ui
    assert ui.attachments.count() == 2
    assert ui.attachments.item(0).text().startswith("kirje.pdf")
    assert ui.attachments_note.isVisible() and "a.docx" in ui.attachments_note.text()
    assert dialog.has_changes()
    ui.attachments.item(1).setSelected(True)
    qtbot.mouseClick(ui.remove_attachment_button, Qt.MouseButton.LeftButton)
    assert ui.attachments.count() == 1 and not ui.attachments_note.isVisible()
    choose(dialog, "channel", "in-person")
    qtbot.keyClicks(ui.requester_name, "Maija")
    press_save(qtbot, dialog)
    assert dialog.created_id is not None
    stored = load_request(db, dialog.created_id, TODAY).attachments
    assert [(a.filename, a.mime_type, a.size) for a in stored] == [
        ("kirje.pdf", "application/pdf", len(PDF))]


def test_the_add_button_opens_a_file_dialog(qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            open_dialog: Callable[..., IntakeDialog]) -> None:
    letter, scan, _other = files(tmp_path)
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, _folder: str, filter_: str
               ) -> tuple[list[str], str]:
        asked.append(filter_)
        return [str(letter), str(scan)], filter_

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(answer))
    dialog = open_dialog()
    qtbot.mouseClick(dialog.ui.add_attachment_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.attachments.count() == 2 and "*.pdf" in asked[0]
    assert [a.mime_type for a in dialog.files.attachments()] == ["application/pdf",
                                                                "image/jpeg"]


# --- a person at intake -------------------------------------------------------------------

def test_a_person_can_be_linked_at_intake(qtbot: QtBot, db: Database,
                                          open_dialog: Callable[..., IntakeDialog]) -> None:
    person = persons.create_person(db, persons.PersonData(
        first_name="Maija", last_name="Meikäläinen", emails=["maija@example.fi"]), TODAY)
    dialog = open_dialog()
    choose(dialog, "channel", "email")
    type_into(qtbot, dialog, requester_name="Maija Meikalainen",
              requester_email="maija@example.fi")
    assert not dialog.ui.person_clear_button.isVisible()
    qtbot.mouseClick(dialog.ui.person_button, Qt.MouseButton.LeftButton)
    picker = dialog.picker
    assert picker is not None and picker.ui.search.text() == "maija@example.fi"
    assert picker.model.rowCount() == 1 and picker.ui.link_button.isEnabled()
    qtbot.mouseClick(picker.ui.link_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.person_name.text() == "Meikäläinen, Maija"
    assert dialog.ui.person_clear_button.isVisible()
    press_save(qtbot, dialog)
    assert dialog.created_id is not None
    assert load_request(db, dialog.created_id, TODAY).person_id == person.id


def test_a_linked_person_can_be_removed_again(qtbot: QtBot, db: Database,
                                              open_dialog: Callable[..., IntakeDialog]) -> None:
    person = persons.create_person(db, persons.PersonData(first_name="Eero", last_name="Esim"),
                                   TODAY)
    dialog = open_dialog(draft=RequestDraft(received_on=TODAY, person_id=person.id))
    assert dialog.ui.person_name.text() == "Esim, Eero"
    qtbot.mouseClick(dialog.ui.person_clear_button, Qt.MouseButton.LeftButton)
    assert dialog.draft().person_id is None
    assert dialog.ui.person_name.text() == _("Not linked to a person yet.")


# --- from an e-mail -------------------------------------------------------------------------

def test_a_draft_from_an_eml_is_shown_and_saved_with_its_files(
        qtbot: QtBot, db: Database, open_dialog: Callable[..., IntakeDialog]) -> None:
    draft, attachments = mail.read_eml((DATA / "mail_with_pdf.eml").read_bytes(), TODAY,
                                       filename="viesti.eml")
    dialog = open_dialog(draft=draft, attachments=attachments)
    ui = dialog.ui
    assert ui.requester_name.text() == "Ville Virtanen" and ui.requester_name.hasFocus()
    assert ui.channel.currentData() == "email" and ui.language.currentData() == "sv"
    assert ui.received_on.date().toPython() == dt.date(2026, 11, 23)
    assert ui.description.toPlainText().startswith("Begäran om radering")
    assert ui.attachments.count() == 3
    assert not dialog.has_changes()
    press_save(qtbot, dialog)
    assert dialog.created_id is not None
    detail = load_request(db, dialog.created_id, TODAY)
    assert [a.filename for a in detail.attachments] == ["viesti.eml", "hakemus.pdf",
                                                        "kuva.png"]


def answer_modal(qtbot: QtBot, act: Callable[[QWidget], None]) -> list[str]:
    """Act on the next modal window once it is shown (from inside its exec())."""
    seen: list[str] = []

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, attempt)
            return
        seen.append(type(modal).__name__)
        act(modal)

    QTimer.singleShot(0, attempt)
    return seen


def test_create_from_eml_end_to_end(qtbot: QtBot, db: Database) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def save(modal: QWidget) -> None:
        assert isinstance(modal, IntakeDialog)
        assert modal.ui.requester_email.text() == "maija.meikalainen@example.fi"
        modal.save()

    seen = answer_modal(qtbot, save)
    created = create_from_eml(parent, db, today, DATA / "mail_plain.eml")
    assert seen == ["IntakeDialog"] and created is not None
    detail = load_request(db, created, TODAY)
    assert detail.channel == "email" and detail.received_on == dt.date(2026, 11, 24)
    assert detail.attachments[0].mime_type == "message/rfc822"
    stored = attachment_content(db, detail.attachments[0].id)
    assert stored.content == (DATA / "mail_plain.eml").read_bytes()


def test_create_from_eml_cancelled_gives_none(qtbot: QtBot, db: Database) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def discard(modal: QWidget) -> None:
        assert isinstance(modal, IntakeDialog)
        modal.reject()  # untouched since it was filled: closes without asking

    answer_modal(qtbot, discard)
    assert create_from_eml(parent, db, today, DATA / "mail_plain.eml") is None
    assert request_count(db) == 0


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n binary", None])
def test_an_unreadable_file_is_explained(qtbot: QtBot, db: Database, tmp_path: Path,
                                         content: bytes | None) -> None:
    path = tmp_path / "roskaa.eml"
    if content is not None:
        path.write_bytes(content)
    parent = QWidget()
    qtbot.addWidget(parent)
    texts: list[str] = []

    def close(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        texts.append(modal.informativeText())
        modal.button(QMessageBox.StandardButton.Ok).click()

    answer_modal(qtbot, close)
    assert create_from_eml(parent, db, today, path) is None
    expected = _(mail.NOT_MAIL) if content else _(mail.FILE_UNREADABLE).split("{")[0]
    assert texts and texts[0].startswith(expected)
    assert request_count(db) == 0


def test_answer_by_uses_the_letter_date_form() -> None:
    text, tooltip = intake_fields.answer_by(dt.date(2026, 11, 24))
    assert day_text(dt.date(2026, 12, 28)) in text and tooltip


def test_errors_follow_the_corrections_and_a_new_channel(
        qtbot: QtBot, open_dialog: Callable[..., IntakeDialog]) -> None:
    dialog = open_dialog()
    ui = dialog.ui
    choose(dialog, "channel", "email")
    press_save(qtbot, dialog)
    assert ui.requester_email_note.text() == _(requests.EMAIL_NEEDED)
    assert ui.requester_name_note.text() == _(requests.NAME_NEEDED)
    choose(dialog, "channel", "in-person")  # no e-mail needed in person
    assert not ui.requester_email_note.isVisible()
    assert ui.requester_name_note.text() == _(requests.NAME_NEEDED)
    type_into(qtbot, dialog, requester_name="Maija")
    assert not ui.requester_name_note.isVisible()
    assert dialog.created_id is None  # corrections alone save nothing
