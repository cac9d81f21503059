"""The breach form's fields: the persons' message, the layout of the scope, the clock
changes, a breach gone meanwhile, and how times and the list are shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kasve_desktop.clock import HELSINKI, FixedClock
from kasve_desktop.gui.breaches.area import BreachesArea
from kasve_desktop.gui.breaches.people_box import Linked
from kasve_desktop.services import breaches
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models.breaches import Breach
from tests.gui.breaches.helpers import (
    cells,
    choose,
    helsinki,
    record,
    references,
    refresh,
    type_text,
    type_time,
)


def label_of(area: BreachesArea, field: QWidget) -> QLabel:
    assert area.pane is not None
    return next(label for label in area.pane.form.fields.findChildren(QLabel)
                if label.buddy() is field)


def test_what_the_persons_are_told_is_typed_near_their_notification_and_saved(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    record(filled_db, "Sähköposti väärälle vastaanottajalle", helsinki(2027, 3, 27, 22),
           clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-001")
    f = area.pane.form.fields
    f.setCurrentIndex(3)
    message = f.persons_message
    assert isinstance(message, QPlainTextEdit) and message.isVisible()
    assert label_of(area, message).text() == "Rekisteröidyille kerrottava kuvaus"
    assert message.placeholderText().startswith("Selkeällä ja yksinkertaisella kielellä")
    assert f.indexOf(message.parentWidget()) == f.indexOf(f.persons_notified_at.parentWidget())
    type_text(message, "Osoitteesi näkyi 40 vastaanottajalle.")
    assert area.has_unsaved()
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    stored = breaches.breach_detail(filled_db, "L-2027-001", clock.now()).data
    assert stored.persons_message == "Osoitteesi näkyi 40 vastaanottajalle."
    assert not area.has_unsaved() and message.toPlainText() == stored.persons_message


def test_the_scope_is_laid_out_the_same_with_and_without_persons(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    area.resize(815, 600)  # the area in a 1024 × 700 window
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-001")
    f = area.pane.form.fields
    f.setCurrentIndex(1)
    people = label_of(area, f.people)
    assert people.text() == "Koskee henkilöitä" and people.isVisible()
    assert f.people.list.count() == 0 and f.people.list.empty_text.startswith(
        "Ketään ei ole vielä linkitetty.")
    for text in (f.person_categories, f.data_categories):
        assert text.width() >= 180
    assert not f.register_keys.horizontalScrollBar().isVisible()
    keys = f.register_keys
    assert keys.width() >= 200 and 0 < keys.count() <= 4
    assert not keys.verticalScrollBar().isVisible()  # a few registers: every one in sight
    before = (people.geometry(), f.people.geometry(), f.person_categories.geometry())
    f.people.add(Linked(1, "Virtanen, Matti"))
    qtbot.wait(10)
    assert (people.geometry(), f.people.geometry(), f.person_categories.geometry()) == before


def test_how_exact_the_time_is_takes_lines(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    area.new_breach()
    f = area.pane.form.fields
    assert isinstance(f.happened_note, QPlainTextEdit)
    type_text(f.title, "Kadonnut muistitikku")
    f.happened_note.setPlainText("Illalla 22–23.\nTarkkaa aikaa ei tiedetä.")
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    assert breaches.breach_detail(filled_db, "L-2027-001", clock.now()).data.happened_note \
        == "Illalla 22–23.\nTarkkaa aikaa ei tiedetä."


def test_a_time_the_spring_clock_change_skips_is_refused_at_its_field(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    area.new_breach()
    f = area.pane.form.fields
    type_text(f.title, "Kadonnut muistitikku")
    type_time(f.discovered_at, 2027, 3, 28, 3, 30)  # 3.00 → 4.00 that night
    skipped = ("Aikaa 28.3.2027 klo 03.30 ei ole Suomen aikaa: kelloja siirrettiin sinä "
               "yönä tunnilla eteenpäin. Valitse aika ennen sitä tai sen jälkeen.")
    assert f.deadline.text() == skipped
    f.setCurrentIndex(2)
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    assert area.pane.form.message.text() == skipped
    assert f.currentIndex() == 0 and area.window().focusWidget() is f.discovered_at
    assert breaches.list_breaches(filled_db, clock.now()) == []
    type_time(f.discovered_at, 2027, 3, 28, 4, 30)
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    assert breaches.breach_detail(filled_db, "L-2027-001", clock.now()).data.discovered_at \
        == dt.datetime(2027, 3, 28, 1, 30, tzinfo=dt.UTC)


def test_the_repeated_autumn_hour_shows_which_of_the_two_it_is(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    clock.set(helsinki(2027, 11, 1, 12))
    second = dt.datetime(2027, 10, 31, 3, 30, tzinfo=HELSINKI, fold=1)  # 1.30 UTC
    record(filled_db, "Toisella kerralla", second, clock.now())
    refresh(area)
    area.new_breach()
    f = area.pane.form.fields
    type_time(f.discovered_at, 2027, 10, 31, 3, 30)  # 4.00 → 3.00 that night: the first
    assert f.deadline.text().startswith("3.11.2027 klo 02.30 · ")
    assert f.deadline.text().endswith(" · havaittu UTC+3: toistuvan tunnin ensimmäinen")
    area.pane.form.discard_changes()
    choose(qtbot, area, "L-2027-001")
    assert f.discovered_at.text() == "31.10.2027 03.30"
    assert f.deadline.text().startswith("3.11.2027 klo 03.30 · ")
    assert f.deadline.text().endswith(" · havaittu UTC+2: toistuvan tunnin jälkimmäinen")
    type_text(f.title, ", muokattu")
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    stored = breaches.breach_detail(filled_db, "L-2027-001", clock.now()).data
    assert stored.title == "Toisella kerralla, muokattu"
    assert stored.discovered_at == dt.datetime(2027, 10, 31, 1, 30, tzinfo=dt.UTC)


def delete(db: Database, reference: str) -> None:
    with transaction(db) as session:
        session.delete(session.scalars(select(Breach).where(
            Breach.reference == reference)).one())


def test_a_breach_gone_meanwhile_is_said_so_without_a_crash(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    assert area.pane is not None
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now())
    refresh(area)
    choose(qtbot, area, "L-2027-001")
    delete(filled_db, "L-2027-001")
    qtbot.mouseClick(area.pane.close_button, Qt.MouseButton.LeftButton)
    box = area.pane.documents.message
    assert box is not None and box.isVisible() and box.text() == "Loukkausta L-2027-001 ei ole."
    box.button(QMessageBox.StandardButton.Ok).click()
    f = area.pane.form.fields
    type_text(f.title, ", muokattu")
    qtbot.mouseClick(area.pane.save_button, Qt.MouseButton.LeftButton)
    assert area.pane.form.message.text() == "Loukkausta L-2027-001 ei ole."
    assert f.title.text() == "Kadonnut muistitikku, muokattu" and area.has_unsaved()


def test_times_show_two_digit_hours_and_an_unknown_time_is_blank(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock) -> None:
    assert area.pane is not None
    area.new_breach()
    f = area.pane.form.fields
    type_time(f.discovered_at, 2027, 3, 28, 7, 45)
    assert f.discovered_at.text() == "28.3.2027 07.45"
    assert not f.happened_at.check.isChecked() and f.happened_at.edit.text() == "—"
    f.happened_at.check.setChecked(True)
    assert f.happened_at.edit.text() == "28.3.2027 10.00"  # now
    f.happened_at.check.setChecked(False)
    assert f.happened_at.edit.text() == "—"


def test_a_late_notification_shows_in_the_list(
        area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    clock.set(helsinki(2027, 4, 2, 12))
    record(filled_db, "Kadonnut muistitikku", helsinki(2027, 3, 27, 22), clock.now(),
           risk=breaches.Risk.RISK, risk_reasons="Salaamaton ote.",
           decided_by="Maija Meikäläinen", decided_at=helsinki(2027, 3, 28, 8),
           authority_notified_at=helsinki(2027, 4, 2, 11), delay_reasons="Huomattiin myöhään.")
    refresh(area)
    assert cells(area)[4] == "Ilmoitettu myöhässä"
    assert area.proxy.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == \
        "Valvontaviranomaiselle ilmoitettiin 72 tunnin jälkeen."


def test_the_list_fits_a_narrow_window_with_the_title_taking_the_slack(
        qtbot: QtBot, area: BreachesArea, clock: FixedClock, filled_db: Database) -> None:
    for day in (26, 27):
        record(filled_db, "Valmennuksen viesti lähti kaikille vastaanottajille näkyvin "
               "osoittein", helsinki(2027, 3, day, 22), clock.now())
    area.resize(815, 600)  # the area in a 1024 × 700 window
    refresh(area)
    area.model.fetchMore(QModelIndex())
    qtbot.wait(10)
    table, header = area.table, area.table.horizontalHeader()
    assert references(area) == ["L-2027-002", "L-2027-001"]
    assert not table.horizontalScrollBar().isVisible()
    assert sum(header.sectionSize(c) for c in range(header.count())) <= \
        table.viewport().width()
    for column in range(header.count()):
        if column != 1:  # the title is elided; every other column is whole
            assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
    area.resize(1300, 600)
    qtbot.wait(10)
    assert header.sectionSize(1) >= table.sizeHintForColumn(1)  # room: the whole title
