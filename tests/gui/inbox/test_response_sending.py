"""One step to send: "Mark as sent" in the letter dialog takes the request to "Sent"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from kasve_desktop.documents.response_letter_pdf import response_letter_pdf
from kasve_desktop.domain.vocabulary import LetterKind
from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.gui.inbox.detail_pane import RESPONSE
from kasve_desktop.gui.inbox.response_dialog import ResponseDialog
from kasve_desktop.services.answers import responses
from kasve_desktop.services.requests import intake as requests
from kasve_desktop.services.requests import steps as request_steps
from kasve_desktop.services.requests.detail import load_request
from kasve_desktop.services.requests.intake import RequestDraft
from kasve_desktop.store.engine import Database
from tests.documents.test_response_letter_pdf import CONTENT
from tests.services.answers.test_access_report import _seed

D = dt.date
RECEIVED, ASKED, TODAY = D(2026, 11, 20), D(2026, 11, 21), D(2026, 11, 25)


def new_request(db: Database) -> int:
    return requests.create_request(db, RequestDraft(
        type="access", channel="post", received_on=RECEIVED, requester_name="Outi Oja",
        requester_street="Tie 2", requester_postal_code="70200", requester_locality="Kuopio"),
        TODAY)


def keep_letter(db: Database, request_id: int) -> int:
    """The access request's answer kept as a draft (its words are not what is tested)."""
    draft = responses.ResponseDraft(request_id, "2026-0001", LetterKind.ACCESS_REPORT, "fi",
                                    response_letter_pdf(CONTENT))
    return responses.store_response(db, request_id, draft, TODAY)


@pytest.fixture
def area(qtbot: QtBot, db: Database) -> Iterator[InboxArea]:
    """The inbox with one postal access request, just received, its answer kept as a draft."""
    _seed(db)
    keep_letter(db, new_request(db))
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


def open_dialog(area: InboxArea, db: Database) -> ResponseDialog:
    """The letter dialog with the kept answer chosen in "Letter" (a request just received
    opens on the acknowledgement it most likely needs first)."""
    assert area.pane is not None and area.pane.detail is not None
    area.pane.buttons[RESPONSE].click()
    dialog = area.dialog
    assert isinstance(dialog, ResponseDialog) and dialog.isVisible()
    (kept,) = responses.response_documents(db, area.pane.detail.id)
    dialog.ui.document.setCurrentIndex(dialog.ui.document.findData(kept.id))
    assert dialog.document == kept
    return dialog


def press_sent(qtbot: QtBot, dialog: ResponseDialog, on: QDate) -> None:
    assert dialog.document is not None and not dialog.document.is_final
    dialog.ui.sent_button.click()
    sent = dialog.sent_dialog
    assert sent is not None and sent.isVisible()
    sent.on_date.setDate(on)
    sent.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_marking_the_answer_sent_takes_a_new_request_to_sent(qtbot: QtBot, area: InboxArea,
                                                             db: Database) -> None:
    dialog = open_dialog(area, db)
    press_sent(qtbot, dialog, QDate(2026, 11, 24))
    sent = dialog.sent_dialog
    assert sent is not None
    qtbot.waitUntil(lambda: not sent.isVisible())
    assert area.pane is not None and area.pane.detail is not None
    detail = load_request(db, area.pane.detail.id, TODAY)
    assert (detail.status, detail.sent_on, detail.response_channel) == (
        "sent", D(2026, 11, 24), "post")
    assert [(e.from_status, e.to_status) for e in detail.timeline if e.kind == "status"] == [
        ("received", "in-progress"), ("in-progress", "response-ready"),
        ("response-ready", "sent")]
    assert area.pane.detail.status == "sent"  # the pane shows it: no second step there
    assert dialog.ui.state.text().endswith("Pyyntö on nyt tilassa ”Lähetetty”.")
    assert not dialog.ui.sent_button.isEnabled()


def test_an_open_identity_check_is_named_and_nothing_changes(qtbot: QtBot, area: InboxArea,
                                                             db: Database) -> None:
    assert area.pane is not None and area.pane.detail is not None
    request_id = area.pane.detail.id
    request_steps.ask_identity(db, request_id, ASKED, "Allekirjoitus?", TODAY)
    before = load_request(db, request_id, TODAY)
    dialog = open_dialog(area, db)
    press_sent(qtbot, dialog, QDate(2026, 11, 24))
    sent = dialog.sent_dialog
    assert sent is not None and sent.isVisible()  # refused: the dialog stays to say why
    assert "keskeytetty 21.11.2026 alkaen" in sent.error.text()
    assert "”Henkilöllisyys varmistettu…”" in sent.error.text()
    sent.reject()
    assert load_request(db, request_id, TODAY) == before
    (kept,) = responses.response_documents(db, request_id)
    assert not kept.is_final


def test_the_letter_is_saved_under_a_finnish_name(qtbot: QtBot, area: InboxArea, db: Database,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[str] = []

    def cancel(_parent: Any, _caption: str, default: str, _filter: str) -> tuple[str, str]:
        offered.append(default)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    dialog = open_dialog(area, db)
    dialog.ui.save_button.click()
    assert [Path(name).name for name in offered] == ["2026-0001-tarkastusvastaus-fi.pdf"]
