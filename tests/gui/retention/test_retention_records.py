"""The Säilytys area and the records of handled requests: shown, confirmed, erased."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kasve_desktop.demo.build import build_demo
from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.retention.area import RetentionArea
from kasve_desktop.i18n import _
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people import retention
from kasve_desktop.services.people.request_records import due_request_records
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Document, Request, RequestEvent
from tests.gui.retention.test_retention_area import confirm, press

TODAY = dt.date(2026, 11, 24)
DUE_2 = ("2 pyyntöä on erääntynyt poistettavaksi: pyynnön tiedot säilytetään 3 vuotta "
         "vastauksen jälkeen.")
DUE_3 = DUE_2.replace("2 pyyntöä", "3 pyyntöä")
ERASE_2 = ("2 pyyntöä poistetaan pysyvästi tietoineen – pyynnöt, niiden käsittelyvaiheet ja "
           "kirjeet – 3 vuotta vastauksen jälkeen.")


def add_requests(db: Database) -> None:
    """Two answered three years ago (one with its letter sent), one answered a day later."""
    def request(reference: str, sent_on: dt.date, letter_sent: bool = False) -> Request:
        return Request(reference=reference, type="access", channel="email",
                       received_on=sent_on - dt.timedelta(days=20), status="sent",
                       requester_name=f"Pyytäjä {reference}", sent_on=sent_on,
                       events=[RequestEvent(on_date=sent_on, kind="status", to_status="sent")],
                       documents=[Document(kind="letter", content=b"%PDF-", sha256="0" * 64,
                                           is_final=letter_sent)])

    with transaction(db) as s:
        s.add_all([request("R-1", dt.date(2023, 11, 24)),
                   request("R-2", dt.date(2023, 11, 20), letter_sent=True),
                   request("R-3", dt.date(2023, 11, 25))])


def shown_area(qtbot: QtBot, db: Database) -> RetentionArea:
    area = RetentionArea(lambda: TODAY)
    qtbot.addWidget(area)
    area.resize(1100, 600)
    area.set_database(db)
    area.show()
    return area


@pytest.fixture
def area(qtbot: QtBot, db: Database) -> Iterator[RetentionArea]:
    build_demo(db, TODAY)
    add_requests(db)
    shown = shown_area(qtbot, db)
    qtbot.waitUntil(lambda: shown.model.rowCount() == shown.model.total > 0)
    yield shown
    wait_for_jobs()
    shown.set_database(None)


def test_the_records_due_are_noted_with_the_entries(area: RetentionArea) -> None:
    note = area.bar.records_note
    assert note.isVisibleTo(area) and note.text() == DUE_2
    lines = note.toolTip().splitlines()
    assert len(lines) == 2 and "R-2" in lines[0] and "R-1" in lines[1]
    assert "Pyytäjä R-1" in lines[1]
    area.bar.as_of_date.setDate(QDate(2026, 11, 25))
    assert note.text() == DUE_3
    area.bar.as_of_date.setDate(QDate(2026, 11, 19))
    assert not note.isVisibleTo(area) and note.toolTip() == ""
    area.grab().save("/tmp/kasve-retention-records.png")


def test_erase_all_confirms_and_erases_the_records_too(qtbot: QtBot, area: RetentionArea,
                                                       db: Database) -> None:
    qtbot.mouseClick(area.bar.erase_all_button, Qt.MouseButton.LeftButton)
    box = confirm(qtbot, area)
    assert "10" in box.text() and ERASE_2 in box.text().split("\n\n")
    press(box, QMessageBox.ButtonRole.DestructiveRole)
    qtbot.waitUntil(lambda: area.summary is not None, timeout=10_000)
    assert area.summary is not None and area.summary.request_records == ("R-2", "R-1")
    assert area.summary_box is not None
    assert "2 pyyntöä tietoineen poistettiin: R-2, R-1" in area.summary_box.text()
    qtbot.waitUntil(lambda: area.model.total == 0)
    assert due_request_records(db, TODAY) == []
    assert not area.bar.records_note.isVisibleTo(area)
    with db.sessions() as s:  # the sent letter of R-2 went with its record
        assert s.scalars(select(Request.reference).where(Request.reference.like("R-%"))
                         ).all() == ["R-3"]


def test_erase_selected_and_one_register_leave_the_records(qtbot: QtBot, area: RetentionArea,
                                                           db: Database) -> None:
    area.bar.register_filter.setCurrentIndex(1)
    qtbot.mouseClick(area.bar.erase_all_button, Qt.MouseButton.LeftButton)
    box = confirm(qtbot, area)
    assert "pyyntö" not in box.text()
    press(box, QMessageBox.ButtonRole.DestructiveRole)
    qtbot.waitUntil(lambda: area.summary is not None, timeout=10_000)
    assert area.summary is not None and area.summary.request_records == ()
    assert len(due_request_records(db, TODAY)) == 2


def test_only_records_due_can_be_erased_from_an_empty_list(qtbot: QtBot,
                                                           db: Database) -> None:
    add_requests(db)
    area = shown_area(qtbot, db)
    assert area.model.total == 0 and area.ui.content.currentWidget() is area.ui.empty_page
    assert area.ui.empty_label.text() == _(area.entries_empty_text)
    assert area.bar.erase_all_button.isEnabled()
    qtbot.mouseClick(area.bar.erase_all_button, Qt.MouseButton.LeftButton)
    box = confirm(qtbot, area)
    erase = next(b for b in box.buttons()
                 if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    assert erase.isEnabled() and ERASE_2 in box.text()
    erase.click()
    qtbot.waitUntil(lambda: area.summary is not None, timeout=10_000)
    assert area.summary is not None and area.summary.request_records == ("R-2", "R-1")
    assert retention.plan_erasure(db, TODAY).request_records == 0
    area.bar.as_of_date.setDate(QDate(2026, 11, 19))
    assert area.ui.empty_label.text() == _(area.empty_text)
    assert not area.bar.erase_all_button.isEnabled()
    wait_for_jobs()
    area.set_database(None)
