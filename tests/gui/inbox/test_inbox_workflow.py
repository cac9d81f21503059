"""The issue's walk through the inbox: a postal request of 24.11.2026 from entry to closed.

Every step is taken through the pane's buttons and the step dialog's real
widgets, with the clock moved forward between the steps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.gui.inbox.detail_pane import RequestPane
from kasve_desktop.gui.inbox.step_dialog import StepDialog
from kasve_desktop.i18n import _
from kasve_desktop.services.listing import Scope
from kasve_desktop.services.requests import intake as requests
from kasve_desktop.services.requests.detail import load_request
from kasve_desktop.services.requests.intake import RequestDraft
from kasve_desktop.store.engine import Database

D = dt.date


class Clock:
    def __init__(self, today: dt.date) -> None:
        self.today = today

    def __call__(self) -> dt.date:
        return self.today


@pytest.fixture
def clock() -> Clock:
    return Clock(D(2026, 11, 25))


@pytest.fixture
def area(qtbot: QtBot, db: Database, clock: Clock) -> Iterator[InboxArea]:
    draft = RequestDraft(type="access", channel="post", received_on=D(2026, 11, 24),
                         requester_name="Maija Meikäläinen", requester_street="Esimerkkitie 1",
                         requester_postal_code="00100", requester_locality="HELSINKI",
                         description="Pyydän kopion tiedoistani.")
    requests.create_request(db, draft, clock())
    shown = InboxArea(clock)
    qtbot.addWidget(shown)
    shown.resize(1280, 780)
    shown.set_database(db)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() == 1)
    shown.table.setCurrentIndex(shown.proxy.index(0, 0))
    yield shown
    wait_for_jobs()
    shown.set_database(None)


def pane_of(area: InboxArea) -> RequestPane:
    assert area.pane is not None and area.pane.detail is not None
    return area.pane


def open_step(area: InboxArea, button: QPushButton) -> StepDialog:
    assert button.isVisibleTo(area), button.objectName()
    button.click()
    dialog = area.dialog
    assert isinstance(dialog, StepDialog) and dialog.isVisible()
    return dialog


def finish(qtbot: QtBot, area: InboxArea, dialog: StepDialog, on: dt.date | None = None,
           text: str = "", note: str = "") -> None:
    """Fill the dialog's fields, press OK and wait until it has closed."""
    if on is not None:
        dialog.ui.on_date.setDate(QDate(on.year, on.month, on.day))
    if text:
        dialog.ui.text.setPlainText(text)
    if note:
        dialog.ui.note.setPlainText(note)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not dialog.ui.error.text()


def status(area: InboxArea) -> str:
    detail = pane_of(area).detail
    assert detail is not None
    return detail.status


def test_the_postal_request_of_24_11_2026_walked_to_closed(qtbot: QtBot, area: InboxArea,
                                                           clock: Clock, db: Database) -> None:
    ui = pane_of(area).ui
    assert area.proxy.index(0, 5).data() == "28.12.2026"
    assert ui.due.text().startswith("28.12.2026")
    assert "24.12.2026 Jouluaatto → 28.12.2026" in ui.due_details.text()
    assert not ui.resume_button.isVisibleTo(area)

    # Extend it (reasons required: none given is refused in the dialog).
    clock.today = D(2026, 11, 27)
    dialog = open_step(area, ui.extend_button)
    assert dialog.ui.explanation.text().endswith(_(  # the new date before deciding
        "New answer-by date: {new}. Last day to decide and tell the person: {last}.").format(
        new="24.2.2027", last="28.12.2026"))
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.ui.error.text() == _(
        "An extension needs its reasons: the person must be told why.")
    finish(qtbot, area, dialog, text="Pyyntö koskee useita rekistereitä.")
    assert ui.due.text().startswith("24.2.2027")
    assert "28.12.2026" in ui.due_details.text() and "24.2.2027" in ui.due_details.text()
    assert area.proxy.index(0, 5).data() == _("{date} (extended)").format(date="24.2.2027")
    assert not ui.extend_button.isVisibleTo(area)

    # Pause it for an identity check: both the paused and the unpaused dates are shown.
    clock.today = D(2026, 11, 30)
    dialog = open_step(area, ui.identity_button)
    assert dialog.ui.pause.isVisible() and dialog.ui.pause.isChecked()
    assert dialog.ui.text.isVisible() and not dialog.ui.note.isVisible()  # the question itself
    finish(qtbot, area, dialog, text="allekirjoitettu kirje rekisterissä olevasta osoitteesta.")
    assert status(area) == S.IDENTITY_CHECK
    assert pane_of(area).detail is not None
    assert pane_of(area).detail.timeline[-1].note == (  # type: ignore[union-attr]
        "allekirjoitettu kirje rekisterissä olevasta osoitteesta.")
    clock.today = D(2026, 12, 7)
    area.refresh(pane_of(area).request_id)
    lines = ui.due_details.text()
    assert _("Without the pause: {date}").format(date="24.2.2027") in lines
    assert "3.3.2027" in ui.due.text() and "3.3.2027" in lines  # 24.2. + 7 days
    assert ui.resume_button.isVisibleTo(area)

    # The answer arrives; the identity was confirmed (how: required).
    dialog = open_step(area, ui.resume_button)
    finish(qtbot, area, dialog, note="Kirje saapui.")
    assert not ui.resume_button.isVisibleTo(area)
    dialog = open_step(area, ui.in_progress_button)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.ui.error.text() == _(
        "Write how the identity was confirmed (no copies of ID documents are kept).")
    finish(qtbot, area, dialog, text="Allekirjoitettu kirje, osoite täsmää rekisteriin.")
    assert status(area) == S.IN_PROGRESS

    # Response ready, sent by post (the default for a postal request), closed.
    clock.today = D(2026, 12, 14)
    finish(qtbot, area, open_step(area, ui.response_ready_button))
    dialog = open_step(area, ui.sent_button)
    assert dialog.ui.channel.currentData() == "post"
    finish(qtbot, area, dialog)
    finish(qtbot, area, open_step(area, ui.closed_button), note="Valmis.")
    detail = load_request(db, pane_of(area).request_id or 0, clock())
    assert detail.status == S.CLOSED and detail.sent_on == D(2026, 12, 14)
    assert detail.response_channel == "post"
    assert [e.kind for e in detail.timeline] == [
        "created", "extended", "status", "paused", "resumed", "status", "status", "status",
        "status"]
    assert pane_of(area).timeline.rowCount() == len(detail.timeline)
    assert [b.objectName() for b in pane_of(area).buttons.values()
            if b.isVisibleTo(area)] == ["link_button", "note_button"]
    assert area.model.total == 0  # no longer open; the pane still shows it
    area.bar.ui.scope.setCurrentIndex(area.bar.ui.scope.findData(Scope.ALL.value))
    qtbot.waitUntil(lambda: area.model.rowCount() == 1)


def test_an_impossible_action_shows_the_reason_and_changes_nothing(
        qtbot: QtBot, area: InboxArea, clock: Clock, db: Database) -> None:
    pane = pane_of(area)
    request_id = pane.request_id or 0
    before = load_request(db, request_id, clock())
    clock.today = D(2027, 1, 4)  # the one-month date (28.12.2026) has passed
    dialog = open_step(area, pane.ui.extend_button)
    dialog.ui.text.setPlainText("Liian myöhään.")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.ui.error.text() == _(
        "The extension had to be decided by the one-month date ({date}); that date has "
        "passed.").format(date="28.12.2026")
    dialog.reject()
    after = load_request(db, request_id, clock())
    assert (after.extended, after.timeline, after.status) == (
        before.extended, before.timeline, before.status)
    # A date in the future cannot be chosen: the date field stops at today.
    dialog = open_step(area, pane.ui.note_button)
    assert dialog.ui.on_date.maximumDate() == QDate(2027, 1, 4)
    assert dialog.ui.on_date.minimumDate() == QDate(2026, 11, 24)
    dialog.reject()


def test_ctrl_enter_takes_the_step(qtbot: QtBot, area: InboxArea, clock: Clock,
                                   db: Database) -> None:
    pane = pane_of(area)
    dialog = open_step(area, pane.ui.note_button)
    dialog.ui.text.setPlainText("Soitettu pyytäjälle.")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.ui.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    detail = load_request(db, pane.request_id or 0, clock())
    assert detail.timeline[-1].note == "Soitettu pyytäjälle."


def test_escape_asks_before_a_typed_note_is_lost(qtbot: QtBot, area: InboxArea) -> None:
    pane = pane_of(area)
    dialog = open_step(area, pane.ui.note_button)
    dialog.ui.text.setPlainText("Tärkeä muistiinpano.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.question is not None
    # Enter keeps the dialog open: here Save would take the step, so Cancel is the default.
    assert dialog.question.defaultButton() is dialog.question.button(
        QMessageBox.StandardButton.Cancel)
    dialog.question.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.ui.text.toPlainText() == "Tärkeä muistiinpano."
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.question is not None
    dialog.question.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()
    empty = open_step(area, pane.ui.note_button)
    qtbot.keyClick(empty, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not empty.isVisible()


def test_save_from_the_escape_question_takes_the_step_once(qtbot: QtBot, area: InboxArea,
                                                           clock: Clock, db: Database) -> None:
    pane = pane_of(area)
    dialog = open_step(area, pane.ui.note_button)
    dialog.ui.text.setPlainText("Soitettu takaisin.")
    results: list[int] = []
    dialog.finished.connect(results.append)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.question is not None
    dialog.question.button(QMessageBox.StandardButton.Save).click()
    assert results == [QDialog.DialogCode.Accepted.value]  # taken, and not rejected after
    notes = [e.note for e in load_request(db, pane.request_id or 0, clock()).timeline]
    assert notes.count("Soitettu takaisin.") == 1


def test_a_refused_step_from_the_escape_question_stays_open(qtbot: QtBot, area: InboxArea,
                                                            clock: Clock) -> None:
    pane = pane_of(area)
    clock.today = D(2027, 1, 4)  # the one-month date (28.12.2026) has passed
    dialog = open_step(area, pane.ui.extend_button)
    dialog.ui.text.setPlainText("Liian myöhään.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.question is not None
    dialog.question.button(QMessageBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.outcome is None and dialog.ui.error.text()
