"""The response letter dialog, driven through the inbox from an access request to a sent report."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kasve_desktop.cli import main
from kasve_desktop.documents.access_words import ITEM_HEADINGS
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import StepDetails
from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.gui.inbox.detail_pane import RESPONSE
from kasve_desktop.gui.inbox.response_dialog import NEW_LETTER, ResponseDialog
from kasve_desktop.services.answers import responses
from kasve_desktop.services.requests import intake as requests
from kasve_desktop.services.requests import steps as request_steps
from kasve_desktop.services.requests.detail import load_request
from kasve_desktop.services.requests.intake import RequestDraft
from kasve_desktop.store.engine import Database, open_database
from tests.conftest import PASSPHRASE, fixed_clock
from tests.services.answers.test_access_report import _seed, add_person, text_of

D = dt.date
RECEIVED, TODAY = D(2026, 11, 20), D(2026, 11, 25)


@pytest.fixture
def area(qtbot: QtBot, db: Database) -> Iterator[InboxArea]:
    """The inbox with one postal access request by a person in two registers, made ready
    for its response through the services."""
    _seed(db)
    person = add_person(db, "liisa@example.fi", registers=("asiakkaat", "tapahtumat"))
    request_id = requests.create_request(db, RequestDraft(
        type="access", channel="post", received_on=RECEIVED, requester_name="Liisa Laine",
        requester_street="Tie 2", requester_postal_code="70200", requester_locality="Kuopio",
        person_id=person), TODAY)
    for target in (S.IN_PROGRESS, S.RESPONSE_READY):
        request_steps.take_step(db, request_id, target, StepDetails(D(2026, 11, 23)), TODAY)
    shown = InboxArea(lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1280, 780)
    shown.set_database(db)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() == 1)
    shown.table.setCurrentIndex(shown.proxy.index(0, 0))
    yield shown
    wait_for_jobs()
    shown.set_database(None)


def open_dialog(area: InboxArea) -> ResponseDialog:
    assert area.pane is not None
    button = area.pane.buttons[RESPONSE]
    assert button.isVisibleTo(area)
    button.click()
    dialog = area.dialog
    assert isinstance(dialog, ResponseDialog) and dialog.isVisible()
    return dialog


def build(qtbot: QtBot, dialog: ResponseDialog) -> None:
    dialog.ui.build_button.click()
    assert dialog.busy and not dialog.ui.store_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def mark_sent(qtbot: QtBot, dialog: ResponseDialog, on: QDate) -> None:
    """"Mark as sent…": the postal request's default channel is post; OK makes it final."""
    dialog.ui.sent_button.click()
    sent = dialog.sent_dialog
    assert sent is not None and sent.isVisible() and sent.channel.currentData() == "post"
    sent.on_date.setDate(on)
    sent.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not sent.isVisible())


def request_id(area: InboxArea) -> int:
    assert area.pane is not None and area.pane.detail is not None
    return area.pane.detail.id


def test_from_access_request_to_a_stored_sent_report(qtbot: QtBot, area: InboxArea,
                                                     db: Database) -> None:
    dialog = open_dialog(area)
    ui = dialog.ui
    assert (ui.document.currentData(), ui.kind.currentData(), ui.language.currentData()) == (
        NEW_LETTER, "access-report", "fi")
    assert ui.paragraph.isEnabled() and not ui.sent_button.isEnabled()
    ui.paragraph.setPlainText("Pahoittelemme vastauksen viipymistä.")
    build(qtbot, dialog)
    assert dialog.ui.preview.page_count > 1 and not ui.error.text()
    ui.store_button.click()
    (draft,) = responses.response_documents(db, request_id(area))
    assert ui.document.currentData() == draft.id and not draft.is_final
    mark_sent(qtbot, dialog, QDate(2026, 11, 24))
    (final,) = responses.response_documents(db, request_id(area))
    assert (final.id, final.is_final, final.sent_on, final.sent_channel) == (
        draft.id, True, D(2026, 11, 24), "post")
    detail = load_request(db, request_id(area), TODAY)
    assert detail.status == "sent" and area.pane is not None
    assert area.pane.detail is not None and area.pane.detail.status == "sent"
    assert area.pane.buttons[RESPONSE].isVisibleTo(area)  # for reprints
    assert [e.kind for e in detail.timeline[-2:]] == ["document", "status"]
    assert final.filename in detail.timeline[-2].note
    stored = responses.document_bytes(db, final.id)
    assert stored == dialog.pdf
    text = text_of(stored)
    assert "Liisa Laine" in text
    assert "Pahoittelemme vastauksen viipymistä." in text  # the personal paragraph
    for heading in ITEM_HEADINGS["fi"]:
        assert heading in text, heading
    read_only = (ui.kind, ui.language, ui.paragraph, ui.build_button, ui.store_button,
                 ui.sent_button)
    assert not any(w.isEnabled() for w in read_only)
    assert ui.print_button.isEnabled() and ui.save_button.isEnabled()


def extended(db: Database, area: InboxArea) -> None:
    """The request's time extended: its extension notice is an interim letter to send (an
    acknowledgement no longer fits a request ready to be answered)."""
    request_steps.extend_deadline(db, request_id(area), TODAY, "Laaja pyyntö.", TODAY)


def test_a_sent_letter_opens_read_only(qtbot: QtBot, area: InboxArea, db: Database) -> None:
    extended(db, area)
    draft = responses.make_draft(db, request_id(area), "extension", None, "", TODAY)
    responses.send_draft(db, request_id(area), draft, TODAY, "post", TODAY)
    dialog = open_dialog(area)
    assert dialog.ui.document.currentData() == NEW_LETTER  # the access report is still due
    dialog.ui.document.setCurrentIndex(1)
    assert dialog.pdf == draft.pdf
    assert dialog.ui.kind.currentData() == "extension"
    assert not dialog.ui.sent_button.isEnabled() and not dialog.ui.build_button.isEnabled()
    assert dialog.ui.print_button.isEnabled()


def test_a_letter_that_cannot_be_written_changes_nothing(qtbot: QtBot, area: InboxArea,
                                                         db: Database) -> None:
    dialog = open_dialog(area)
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("extension"))
    build(qtbot, dialog)
    assert dialog.ui.error.text()  # the request was never extended: named, not printed
    assert not dialog.pdf and not dialog.ui.store_button.isEnabled()
    assert responses.response_documents(db, request_id(area)) == []


def test_personal_paragraph_and_encrypted_copy(qtbot: QtBot, area: InboxArea, db: Database,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "kirje.pdf"

    def answer(*_args: Any) -> tuple[str, str]:
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    extended(db, area)
    dialog = open_dialog(area)
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("extension"))
    assert dialog.ui.paragraph.isEnabled()
    dialog.ui.paragraph.setPlainText("Kiitos kärsivällisyydestäsi.")
    build(qtbot, dialog)
    assert "Kiitos kärsivällisyydestäsi." in text_of(dialog.pdf)
    dialog.ui.encrypt_button.click()
    shown = dialog.password_dialog
    assert shown is not None and shown.isVisible()
    password = shown.password.text()
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(target.read_bytes()))
    with pikepdf.open(io.BytesIO(target.read_bytes()), password=password) as pdf:
        assert pdf.is_encrypted and len(pdf.pages) == 1
    shown.copy_button.click()
    assert QGuiApplication.clipboard().text() == password
    assert responses.response_documents(db, request_id(area)) == []  # saving keeps nothing


# --- the window and the command line answer alike ---------------------------------------------

@dataclass(frozen=True)
class Answer:
    pdf: bytes
    error: str


ASKED = {"linked": ("liisa@example.fi", "sv"), "unknown": ("outi@example.fi", "en"),
         "unlinked": ("LIISA@example.fi", "fi")}
"""The requester's e-mail address and the request's language; only "linked" is linked."""


def access_requests(path: Path) -> dict[str, tuple[int, str]]:
    """Three access requests in progress (so the window offers the access report), by
    id and reference: linked to Liisa (whose record says English), by somebody nobody
    knows, and by Liisa's e-mail address but linked to nobody."""
    db = open_database(path, PASSPHRASE, clock=fixed_clock(), create=True)
    try:
        _seed(db)
        liisa = add_person(db, "liisa@example.fi", language="en")
        made = {}
        for key, (email, language) in ASKED.items():
            request_id = requests.create_request(db, RequestDraft(
                type="access", channel="post", received_on=RECEIVED, language=language,
                requester_name="Liisa Laine", requester_email=email, requester_street="Tie 2",
                requester_postal_code="70200", requester_locality="Kuopio",
                person_id=liisa if key == "linked" else None), TODAY)
            detail = request_steps.take_step(db, request_id, S.IN_PROGRESS,
                                             StepDetails(D(2026, 11, 23)), TODAY)
            made[key] = (request_id, detail.reference)
        return made
    finally:
        db.close()


def command_line_answer(path: Path, reference: str, out: Path,
                        capsys: pytest.CaptureFixture[str]) -> Answer:
    code = main(["letter", "--db", str(path), "--request", reference, "--kind", "access-report",
                 "-o", str(out)], clock=fixed_clock(TODAY))
    error = capsys.readouterr().err.strip().removeprefix("kasve-desktop: ")
    assert code == (1 if error else 0), error
    return Answer(out.read_bytes() if out.exists() else b"", error)


def window_answer(qtbot: QtBot, db: Database, request_id: int) -> tuple[str, str, Answer]:
    """The kind and language the dialog offers, and what "Build" makes of them."""
    dialog = ResponseDialog(db, load_request(db, request_id, TODAY), TODAY)
    qtbot.addWidget(dialog)
    offered = (str(dialog.ui.kind.currentData()), str(dialog.ui.language.currentData()))
    build(qtbot, dialog)
    return *offered, Answer(dialog.pdf, dialog.ui.error.text())


def test_the_window_and_the_command_line_write_the_same_answer(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "answers.db"
    made = access_requests(path)
    monkeypatch.setenv("KASVE_PASSPHRASE", PASSPHRASE)
    cli = {key: command_line_answer(path, reference, tmp_path / f"{key}.pdf", capsys)
           for key, (_id, reference) in made.items()}
    db = open_database(path, PASSPHRASE, clock=fixed_clock())
    try:
        window = {key: window_answer(qtbot, db, request_id)
                  for key, (request_id, _reference) in made.items()}
    finally:
        wait_for_jobs()
        db.close()
    for key, (_email, language) in ASKED.items():
        assert window[key] == ("access-report", language, cli[key]), key
    assert ITEM_HEADINGS["sv"][1] in text_of(cli["linked"].pdf)  # the report, in Swedish
    assert "Our registers hold no personal data about you" in text_of(cli["unknown"].pdf)
    assert cli["unlinked"].pdf == b"" and "Liisa Laine" in cli["unlinked"].error


def test_the_no_data_letter_is_offered_only_when_it_is_true(qtbot: QtBot, tmp_path: Path) -> None:
    """Disabled, with the reason, for a person in the registers; offered for a stranger."""
    path = tmp_path / "answers.db"
    made = access_requests(path)
    db = open_database(path, PASSPHRASE, clock=fixed_clock())
    try:
        offered = {}
        for key in ("linked", "unlinked", "unknown"):
            dialog = ResponseDialog(db, load_request(db, made[key][0], TODAY), TODAY)
            qtbot.addWidget(dialog)
            model = dialog.ui.kind.model()
            assert isinstance(model, QStandardItemModel)
            item = model.item(dialog.ui.kind.findData("no-data"))
            offered[key] = (item.isEnabled(), item.toolTip())
    finally:
        wait_for_jobs()
        db.close()
    untrue = ("Liisa Laine on rekistereissä: kirje, jonka mukaan tietoja ei ole, olisi väärä. "
              "Vastaa tarkastusvastauksella.")
    assert offered == {"linked": (False, untrue), "unlinked": (False, untrue),
                       "unknown": (True, "")}


def test_a_letter_printing_finnish_texts_warns_and_asks_before_it_is_sent(
        qtbot: QtBot, db: Database) -> None:
    """A Swedish refused objection whose reasons were typed in Finnish (its objection letter
    is its answer): the warning under the state, then a question before "Mark as sent"; a
    Finnish letter goes straight on."""
    request_id = requests.create_request(db, RequestDraft(
        type="objection", channel="post", received_on=RECEIVED, language="sv",
        requester_name="Lisa Lind", requester_street="Tie 2", requester_postal_code="70200",
        requester_locality="Kuopio"), TODAY)
    request_steps.take_step(db, request_id, S.IN_PROGRESS, StepDetails(D(2026, 11, 21)), TODAY)
    request_steps.take_step(db, request_id, S.REFUSED, StepDetails(
        D(2026, 11, 23), refusal_reasons="Käsittely on tarpeen oikeusvaateen puolustamiseksi."),
        TODAY)
    dialog = ResponseDialog(db, load_request(db, request_id, TODAY), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    ui, warning = dialog.ui, dialog.untranslated_warning
    assert (ui.kind.currentData(), ui.language.currentData()) == ("objection", "sv")
    assert not warning.isVisible()
    build(qtbot, dialog)
    assert warning.isVisible() and "perustelut" in warning.text()  # "the reasons given"
    ui.sent_button.click()
    question = dialog.untranslated_question
    assert question is not None and question.isVisible() and dialog.sent_dialog is None
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.sent_dialog is None  # nothing marked, nothing asked further
    ui.sent_button.click()
    question = dialog.untranslated_question
    assert question is not None
    send = next(b for b in question.buttons()
                if question.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    send.click()
    sent = dialog.sent_dialog
    assert sent is not None and sent.isVisible()
    sent.reject()
    ui.store_button.click()  # the kept draft still says so
    assert ui.document.currentData() != NEW_LETTER and warning.isVisible()
    ui.document.setCurrentIndex(ui.document.findData(NEW_LETTER))
    ui.language.setCurrentIndex(ui.language.findData("fi"))
    assert not warning.isVisible()
    build(qtbot, dialog)
    assert not warning.isVisible()
    ui.sent_button.click()
    assert dialog.sent_dialog is not None and dialog.sent_dialog is not sent
    assert dialog.sent_dialog.isVisible()
    dialog.sent_dialog.reject()
