"""The participants of an event: attendance, a person added, a participation removed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.events.area import EventsArea
from kasve_desktop.gui.events.event_dialog import EventDialog
from kasve_desktop.gui.events.participants_dialog import ATTENDED_COLUMN, ParticipantsDialog
from kasve_desktop.services.events import participants
from kasve_desktop.services.events.events import default_register_id
from kasve_desktop.store.engine import Database
from tests.gui.events.conftest import choose, shown_events

SHOTS = Path("/tmp/shots")


def open_participants(qtbot: QtBot, area: EventsArea, name: str) -> ParticipantsDialog:
    choose(area, name)
    qtbot.mouseClick(area.participants_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert isinstance(dialog, ParticipantsDialog) and dialog.isVisible()
    return dialog


def names(dialog: ParticipantsDialog) -> list[str]:
    return [row.name for row in dialog.model.rows]


def attendance(db: Database, event_id: int) -> dict[str, bool | None]:
    return {row.name: row.attended for row in participants.participants(db, event_id)}


def test_attendance_is_marked_and_saved(qtbot: QtBot, area: EventsArea,
                                        filled_db: Database) -> None:
    dialog = open_participants(qtbot, area, "Kasvupäivä 2026")
    event_id = dialog.event_id
    assert names(dialog) == ["Matti Virtanen", "Äila Öhman"]
    assert not dialog.ui.attended_button.isEnabled()
    check = dialog.model.index(0, ATTENDED_COLUMN)
    assert check.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    assert dialog.model.flags(check) & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.model.setData(check, Qt.CheckState.Checked.value,
                                Qt.ItemDataRole.CheckStateRole)
    assert attendance(filled_db, event_id) == {"Matti Virtanen": True, "Äila Öhman": None}
    assert check.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    dialog.ui.participants.selectRow(1)
    qtbot.mouseClick(dialog.ui.absent_button, Qt.MouseButton.LeftButton)
    assert attendance(filled_db, event_id) == {"Matti Virtanen": True, "Äila Öhman": False}
    dialog.ui.participants.selectRow(0)
    qtbot.mouseClick(dialog.ui.unknown_button, Qt.MouseButton.LeftButton)
    assert attendance(filled_db, event_id) == {"Matti Virtanen": None, "Äila Öhman": False}
    dialog.ui.participants.selectRow(1)
    qtbot.mouseClick(dialog.ui.attended_button, Qt.MouseButton.LeftButton)
    assert attendance(filled_db, event_id)["Äila Öhman"] is True
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "events-participants.png"))


def test_a_person_is_added_once_and_a_participation_removed(
        qtbot: QtBot, area: EventsArea, filled_db: Database) -> None:
    dialog = open_participants(qtbot, area, "Syysseminaari")
    event_id = dialog.event_id
    assert names(dialog) == []
    for attempt in range(2):
        qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
        picker = dialog.picker
        assert picker is not None and picker.isVisible()
        picker.ui.search.setText("Aalto")
        picker.run_search()
        assert picker.chosen() is not None
        qtbot.mouseClick(picker.ui.link_button, Qt.MouseButton.LeftButton)
        assert not picker.isVisible()
        assert names(dialog) == ["Liisa Aalto"]
        assert dialog.ui.message.isVisible() == (attempt == 1)  # already signed up
    assert [r.name for r in participants.participants(filled_db, event_id)] == ["Liisa Aalto"]
    assert area.model.index(0, 0).data() is not None
    row = next(r for r in range(area.model.rowCount())
               if area.model.index(r, 0).data() == "Syysseminaari")
    assert area.model.index(row, 3).data() == "1"
    dialog.ui.participants.selectRow(0)
    qtbot.mouseClick(dialog.ui.remove_button, Qt.MouseButton.LeftButton)
    box = dialog.question
    assert isinstance(box, QMessageBox) and "Liisa Aalto" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert names(dialog) == ["Liisa Aalto"]
    dialog.ui.participants.setFocus()
    dialog.confirm_remove()
    box = dialog.question
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert names(dialog) == []
    assert participants.participants(filled_db, event_id) == []


def test_a_deleted_event_does_not_crash_the_view(qtbot: QtBot, area: EventsArea,
                                                 filled_db: Database) -> None:
    from kasve_desktop.services.events.events import delete_event

    dialog = open_participants(qtbot, area, "Syysseminaari")
    delete_event(filled_db, dialog.event_id)
    dialog.reload()
    assert dialog.ui.message.isVisible() and not dialog.ui.add_button.isEnabled()
    dialog.done(0)
    area.open_event(dialog.event_id)  # gone: a message, no dialog
    assert area.dialog is None and isinstance(area.question, QMessageBox)
    area.question.done(0)
    assert "Syysseminaari" in shown_events(area)  # not yet refreshed
    area.model.refresh()
    assert "Syysseminaari" not in shown_events(area)


def test_screenshot_of_the_event_dialog(qtbot: QtBot, area: EventsArea,
                                        filled_db: Database) -> None:
    choose(area, "Kasvupäivä 2026")
    area._open_current()
    dialog = area.dialog
    assert isinstance(dialog, EventDialog)
    # Saved without a register: shown (and saved) as in the events register.
    assert dialog.ui.register_id.currentData() == default_register_id(filled_db)
    assert not dialog.dirty
    dialog.ui.organiser.setText("Kasve Oy")
    dialog.ui.name.setText("")
    dialog.accept()
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "events-dialog-errors.png"))
    dialog.discard_changes()
    dialog.show_errors({})
    dialog.grab().save(str(SHOTS / "events-dialog.png"))
    area.grab().save(str(SHOTS / "events-area.png"))
