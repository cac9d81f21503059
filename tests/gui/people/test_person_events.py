"""The person page's Events tab lists the events the person signed up for."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kasve_desktop.gui.people.person_page import PersonPage
from kasve_desktop.services import listing
from kasve_desktop.services.events import participants
from kasve_desktop.services.events.events import EventData, save_event
from kasve_desktop.services.listing import Order, Page
from kasve_desktop.store.engine import Database
from tests.gui.sample import TODAY


def person_id(db: Database, name: str) -> int:
    rows = listing.person_page(db, Page(Order("name", False), 0, 50))
    return next(r.id for r in rows if set(r.name.replace(",", "").split()) == set(name.split()))


def test_the_person_page_lists_the_persons_events(qtbot: QtBot, filled_db: Database) -> None:
    page = PersonPage(lambda: TODAY)
    qtbot.addWidget(page)
    page.set_database(filled_db)
    matti = person_id(filled_db, "Matti Virtanen")
    later = save_event(filled_db, EventData(name="Joulujuhla", starts_on=TODAY), TODAY)
    added = participants.add_participant(filled_db, later, matti, filled_db.clock.now())
    participants.set_attended(filled_db, added.id, True)
    page.load(matti)
    tabs = page.ui.tabs
    assert tabs.isTabEnabled(tabs.indexOf(page.events))
    assert [r.name for r in page.events.model.rows] == ["Joulujuhla", "Kasvupäivä 2026"]
    assert page.events.model.index(0, 2).data() != page.events.model.index(1, 2).data()
    aalto = person_id(filled_db, "Liisa Aalto")
    page.load(aalto)
    assert page.events.model.rows == []
    assert page.events.note.text()
    page.show_person(None)
    assert not tabs.isTabEnabled(tabs.indexOf(page.events))
