"""Creating, editing and deleting events through the Events area's dialogs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.events.area import EventsArea, delete_detail
from kasve_desktop.gui.events.event_dialog import EventDialog
from kasve_desktop.gui.people.records import set_optional_date, to_qdate
from kasve_desktop.services import listing
from kasve_desktop.services.events import participants
from kasve_desktop.services.events.events import (
    default_register_id,
    delete_preview,
    event_summaries,
    load_event,
)
from kasve_desktop.store.engine import Database
from tests.gui.events.conftest import choose, shown_events, type_text
from tests.gui.sample import TODAY


def open_new(qtbot: QtBot, area: EventsArea) -> EventDialog:
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert isinstance(dialog, EventDialog) and dialog.isVisible()
    return dialog


def ok(qtbot: QtBot, dialog: EventDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_a_new_event_is_created_through_the_dialog(qtbot: QtBot, area: EventsArea,
                                                   filled_db: Database) -> None:
    dialog = open_new(qtbot, area)
    assert dialog.ui.register_id.currentData() == default_register_id(filled_db)
    assert dialog.ui.notice_version_id.currentData() is None
    assert dialog.ui.notice_version_id.currentText() == "—"
    type_text(dialog.ui.name, "Kevätpäivä Jyväskylässä")
    dialog.ui.starts_on.setDate(to_qdate(TODAY + dt.timedelta(days=40)))
    dialog.ui.ends_on.setDate(to_qdate(TODAY + dt.timedelta(days=41)))
    type_text(dialog.ui.place, "Paviljonki, Jyväskylä")
    dialog.ui.organiser.setText("Kasve Oy")
    dialog.ui.description.setPlainText("Kaksipäiväinen koulutus.")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    event_id = shown_events(area)["Kevätpäivä Jyväskylässä"]
    assert area.current_id() == event_id
    saved = load_event(filled_db, event_id)
    assert (saved.starts_on, saved.ends_on) == (TODAY + dt.timedelta(days=40),
                                                TODAY + dt.timedelta(days=41))
    assert (saved.place, saved.organiser, saved.description) == (
        "Paviljonki, Jyväskylä", "Kasve Oy", "Kaksipäiväinen koulutus.")
    assert saved.register_id == default_register_id(filled_db)
    assert saved.notice_version_id is None


def test_ctrl_n_opens_a_new_event(qtbot: QtBot, area: EventsArea) -> None:
    area.ui.table.setFocus()
    QTest.keyClick(area.ui.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(area.dialog, EventDialog) and area.dialog.isVisible()
    assert area.dialog.ui.name.text() == ""


def test_invalid_fields_are_shown_and_nothing_is_saved(qtbot: QtBot, area: EventsArea,
                                                       filled_db: Database) -> None:
    before = event_summaries(filled_db)
    dialog = open_new(qtbot, area)
    set_optional_date(dialog.ui.starts_on, None)
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.name_note.isVisible() and dialog.ui.name_note.text()
    assert dialog.ui.starts_on_note.isVisible() and dialog.ui.starts_on_note.text()
    assert not dialog.ui.place_note.isVisible()
    assert dialog.ui.message.isVisible()
    type_text(dialog.ui.name, "Syyspäivä")
    dialog.ui.starts_on.setDate(to_qdate(TODAY))
    dialog.ui.ends_on.setDate(to_qdate(TODAY - dt.timedelta(days=3)))
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert not dialog.ui.name_note.isVisible() and not dialog.ui.starts_on_note.isVisible()
    assert dialog.ui.ends_on_note.isVisible() and dialog.ui.ends_on_note.text()
    dialog.ui.ends_on.setDate(to_qdate(dt.date(1950, 1, 1)))
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.ends_on_note.isVisible()
    assert event_summaries(filled_db) == before


def test_enter_opens_the_event_and_an_edit_is_saved(qtbot: QtBot, area: EventsArea,
                                                    filled_db: Database) -> None:
    event_id = choose(area, "Syysseminaari")
    area.ui.table.setFocus()
    QTest.keyClick(area.ui.table, Qt.Key.Key_Return)
    dialog = area.dialog
    assert isinstance(dialog, EventDialog) and dialog.isVisible()
    assert dialog.ui.name.text() == "Syysseminaari"
    assert dialog.ui.place.text() == "Helsinki"
    dialog.ui.place.setText("Säätytalo, Helsinki")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert load_event(filled_db, event_id).place == "Säätytalo, Helsinki"
    assert area.model.index(0, 0).data() is not None
    assert "Säätytalo, Helsinki" in {str(area.model.index(r, 2).data())
                                     for r in range(area.model.rowCount())}


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, area: EventsArea,
                                           filled_db: Database) -> None:
    event_id = choose(area, "Syysseminaari")
    area.open_event(event_id)
    dialog = area.dialog
    assert isinstance(dialog, EventDialog)
    dialog.ui.name.setText("Talviseminaari")
    dialog.reject()
    assert dialog.question is not None and dialog.isVisible()
    dialog.question.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.ui.name.text() == "Talviseminaari"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.question is not None
    dialog.question.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()
    assert load_event(filled_db, event_id).name == "Syysseminaari"


def test_an_unchanged_dialog_closes_without_asking(qtbot: QtBot, area: EventsArea) -> None:
    dialog = open_new(qtbot, area)
    dialog.reject()
    assert dialog.question is None and not dialog.isVisible()


def test_delete_asks_with_the_counts_and_cancel_keeps_it(qtbot: QtBot, area: EventsArea,
                                                         filled_db: Database) -> None:
    event_id = choose(area, "Kasvupäivä 2026")
    preview = delete_preview(filled_db, event_id)
    assert preview.participations == 2
    area.ui.table.setFocus()
    QTest.keyClick(area.ui.table, Qt.Key.Key_Delete)
    box = area.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Kasvupäivä 2026" in box.text()
    assert box.informativeText() == delete_detail(preview)
    assert "2" in box.informativeText()
    box.button(QMessageBox.StandardButton.No).click()
    assert event_id in shown_events(area).values()
    assert len(participants.participants(filled_db, event_id)) == 2
    qtbot.mouseClick(area.delete_button, Qt.MouseButton.LeftButton)
    box = area.question
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert "Kasvupäivä 2026" not in shown_events(area)
    assert [e.name for e in event_summaries(filled_db)] == ["Syysseminaari"]
    assert listing.event_count(filled_db) == 1


def test_buttons_follow_the_choice_and_the_lock(area: EventsArea) -> None:
    area.ui.table.clearSelection()
    area.ui.table.setCurrentIndex(area.proxy.index(-1, -1))
    assert area.new_button.isEnabled()
    assert not area.delete_button.isEnabled() and not area.participants_button.isEnabled()
    choose(area, "Syysseminaari")
    assert area.delete_button.isEnabled() and area.participants_button.isEnabled()
    area.confirm_delete()
    assert area.question is not None
    area.question.button(QMessageBox.StandardButton.No).click()
    area.set_database(None)
    assert not area.new_button.isEnabled() and not area.delete_button.isEnabled()
    area.new_event()
    area.confirm_delete()
    assert area.dialog is None


def test_the_notice_version_chosen_is_the_one_saved(qtbot: QtBot, area: EventsArea,
                                                    filled_db: Database) -> None:
    from kasve_desktop.services.registers import notice
    from kasve_desktop.store.models import NoticeVersion

    for offset in (-60, -10):
        notice.publish(filled_db, TODAY + dt.timedelta(days=offset), override_reason="Testi")
    dialog = open_new(qtbot, area)
    combo = dialog.ui.notice_version_id
    assert combo.count() == 3 and combo.itemData(0) is None
    combo.setCurrentIndex(next(i for i in range(combo.count()) if " 2 (" in combo.itemText(i)))
    chosen_text = combo.currentText()
    type_text(dialog.ui.name, "Työpaja")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    saved = load_event(filled_db, shown_events(area)["Työpaja"])
    with filled_db.sessions() as session:
        version = session.get(NoticeVersion, saved.notice_version_id)
        assert version is not None and version.number == 2
    area.open_event(shown_events(area)["Työpaja"])
    reopened = area.dialog
    assert isinstance(reopened, EventDialog)
    assert reopened.ui.notice_version_id.currentText() == chosen_text
    assert not reopened.dirty


def test_leaving_the_area_asks_about_an_open_dialog(qtbot: QtBot, area: EventsArea,
                                                    filled_db: Database) -> None:
    assert not area.has_unsaved()
    dialog = open_new(qtbot, area)
    type_text(dialog.ui.name, "Pikkujoulut")
    assert area.has_unsaved()
    left: list[bool] = []
    area.confirm_leave(lambda: left.append(True))
    assert dialog.question is not None and left == []
    dialog.question.button(QMessageBox.StandardButton.Save).click()
    assert left == [True] and not dialog.isVisible()
    assert "Pikkujoulut" in shown_events(area)
    assert not area.has_unsaved()
