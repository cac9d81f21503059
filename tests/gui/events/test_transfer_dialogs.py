"""The transfer dialogs: exporting events from a laptop, importing them at the workstation.

Two real encrypted databases play the laptop and the workstation (as in the
services' tests); the dialogs are driven through their widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kasve_desktop.gui.events.transfer_dialogs import Choice, default_file_name, export_text
from kasve_desktop.gui.events.transfer_export import TransferExportDialog
from kasve_desktop.gui.events.transfer_import import TransferImportDialog
from kasve_desktop.i18n import _
from kasve_desktop.services.events import transfer
from kasve_desktop.services.events.transfer import ExportSummary, TransferUnreadable
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import Event, Participation, Person
from tests.conftest import PASSPHRASE, fixed_clock
from tests.services.events.test_transfer import (
    FILE_PASSPHRASE,
    add_existing,
    make_laptop,
    make_workstation,
    snapshot,
)

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    make_laptop(tmp_path / "laptop.db")
    db = open_database(tmp_path / "laptop.db", PASSPHRASE, clock=fixed_clock())
    yield db
    db.close()


@pytest.fixture
def workstation(tmp_path: Path) -> Iterator[Database]:
    db = make_workstation(tmp_path / "workstation.db")
    yield db
    db.close()


def laptop_events(db: Database) -> list[tuple[int, str, dt.date]]:
    with db.sessions() as s:
        return [(e.id, e.name, e.starts_on) for e in s.scalars(select(Event).order_by(Event.id))]


def export_dialog(qtbot: QtBot, db: Database, checked: list[int] | None = None
                  ) -> TransferExportDialog:
    events = laptop_events(db)
    dialog = TransferExportDialog(db, events, lambda: TODAY, checked=checked)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def fill_export(dialog: TransferExportDialog, path: Path,
                passphrase: str = FILE_PASSPHRASE, repeat: str | None = None) -> None:
    dialog.passphrase.setText(passphrase)
    dialog.repeat.setText(passphrase if repeat is None else repeat)
    dialog.path.setText(str(path))


@pytest.fixture
def exported(qtbot: QtBot, tmp_path: Path, laptop: Database) -> Path:
    """The laptop's two first events exported through the dialog."""
    first, second, _other = (e[0] for e in laptop_events(laptop))
    dialog = export_dialog(qtbot, laptop, [first, second])
    fill_export(dialog, tmp_path / "siirto")
    with qtbot.waitSignal(dialog.exported):
        dialog.export_button.click()
    close_notice(dialog.notice)
    return tmp_path / "siirto.kasvesiirto"


def close_notice(box: QMessageBox | None) -> None:
    assert box is not None and box.isVisible()
    box.done(0)


# --- exporting ----------------------------------------------------------------------

def test_the_export_writes_the_checked_events(qtbot: QtBot, tmp_path: Path, laptop: Database,
                                              workstation: Database) -> None:
    training, evening, _other = (e[0] for e in laptop_events(laptop))
    dialog = export_dialog(qtbot, laptop, [training, evening])
    dialog.set_checked(evening, False)
    assert dialog.chosen_ids() == [training]
    fill_export(dialog, tmp_path / "valmennus.kasvesiirto")
    dialog.export_button.click()
    assert dialog.summary == ExportSummary(events=1, persons=2, participations=2, consents=1)
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()
    assert "valmennus.kasvesiirto" in dialog.result_text
    close_notice(dialog.notice)
    preview = transfer.read_transfer(workstation, tmp_path / "valmennus.kasvesiirto",
                                     FILE_PASSPHRASE)
    assert [e.name for e in preview.content.events] == ["Johtajuusvalmennus"]
    assert sorted(p.first_name for p in preview.content.persons) == ["Aino", "Pekka"]


def test_the_result_gives_the_four_counts() -> None:
    text = export_text(ExportSummary(1, 10, 10, 8))
    assert [part.split()[0] for part in text.split(", ")] == ["1", "10", "10", "8"]


def test_the_default_file_is_named_after_the_first_event_and_today(
        qtbot: QtBot, laptop: Database) -> None:
    training, evening, other = (e[0] for e in laptop_events(laptop))
    dialog = export_dialog(qtbot, laptop, [evening, other])
    path = Path(dialog.path.text())
    assert path.name == default_file_name("Asiakasilta", TODAY)
    assert path.name.endswith("-Asiakasilta-2026-11-24.kasvesiirto")
    assert path.parent.name in ("Documents", Path.home().name)
    dialog.set_checked(evening, False)
    assert Path(dialog.path.text()).name == default_file_name("Muu tilaisuus", TODAY)
    assert "Muu-tilaisuus" in dialog.path.text()
    dialog.path.setText("/elsewhere/oma.kasvesiirto")
    dialog.path.textEdited.emit("/elsewhere/oma.kasvesiirto")
    dialog.set_checked(training, True)
    assert dialog.path.text() == "/elsewhere/oma.kasvesiirto"


@pytest.mark.parametrize(("passphrase", "repeat", "message"), [
    ("lyhyt", "lyhyt", "The passphrase must be at least 10 characters long."),
    (FILE_PASSPHRASE, FILE_PASSPHRASE + "x", "The passphrases do not match."),
])
def test_a_bad_passphrase_is_said_and_nothing_is_written(
        qtbot: QtBot, tmp_path: Path, laptop: Database, passphrase: str, repeat: str,
        message: str) -> None:
    dialog = export_dialog(qtbot, laptop)
    fill_export(dialog, tmp_path / "x.kasvesiirto", passphrase, repeat)
    dialog.export_button.click()
    assert dialog.passphrase_error.text() == _(message)
    assert dialog.isVisible() and dialog.notice is None
    assert not (tmp_path / "x.kasvesiirto").exists()


def test_no_event_chosen_is_said(qtbot: QtBot, tmp_path: Path, laptop: Database) -> None:
    dialog = export_dialog(qtbot, laptop, [])
    fill_export(dialog, tmp_path / "x.kasvesiirto")
    dialog.export_button.click()
    assert dialog.events_error.text() == _("Choose at least one event.")
    assert dialog.passphrase_error.text() == ""
    assert not (tmp_path / "x.kasvesiirto").exists()
    dialog.set_checked(laptop_events(laptop)[0][0], True)
    assert dialog.events_error.text() == ""


def test_an_existing_file_is_replaced_only_after_yes(qtbot: QtBot, tmp_path: Path,
                                                     laptop: Database) -> None:
    target = tmp_path / "olemassa.kasvesiirto"
    target.write_bytes(b"vanha")
    dialog = export_dialog(qtbot, laptop)
    fill_export(dialog, target)
    dialog.export_button.click()
    box = dialog.question
    assert box is not None and "olemassa.kasvesiirto" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert target.read_bytes() == b"vanha" and dialog.isVisible()
    dialog.export_button.click()
    box = dialog.question
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert target.read_bytes() != b"vanha"
    assert dialog.summary is not None and dialog.summary.events == 3
    close_notice(dialog.notice)


# --- importing ----------------------------------------------------------------------

def import_dialog(qtbot: QtBot, db: Database, path: Path,
                  passphrase: str = FILE_PASSPHRASE) -> TransferImportDialog:
    dialog = TransferImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.path.setText(str(path))
    dialog.passphrase.setText(passphrase)
    return dialog


def persons(db: Database, first_name: str) -> list[tuple[object, ...]]:
    with db.sessions() as s:
        return [(p.organisation, p.language, tuple(n.number for n in p.phones),
                 len(p.participations), len(p.consents))
                for p in s.scalars(select(Person).where(Person.first_name == first_name)
                                   .order_by(Person.id))]


def cell(dialog: TransferImportDialog, row: int, column: int) -> str:
    item = dialog.persons.item(row, column)
    return item.text() if item is not None else ""


def test_a_wrong_passphrase_is_said_and_nothing_changes(
        qtbot: QtBot, exported: Path, workstation: Database) -> None:
    add_existing(workstation)
    before = snapshot(workstation)
    dialog = import_dialog(qtbot, workstation, exported, "väärä tunnuslause")
    dialog.open_button.click()
    assert dialog.open_message.text() == TransferUnreadable().text()
    assert dialog.stack.currentIndex() == 0 and dialog.preview is None
    assert snapshot(workstation) == before


def test_a_missing_file_is_said(qtbot: QtBot, tmp_path: Path, workstation: Database) -> None:
    dialog = import_dialog(qtbot, workstation, tmp_path / "ei-ole.kasvesiirto")
    dialog.open_button.click()
    assert "ei-ole.kasvesiirto" in dialog.open_message.text()
    assert dialog.stack.currentIndex() == 0


def test_enter_on_the_passphrase_opens_the_preview(qtbot: QtBot, exported: Path,
                                                   workstation: Database) -> None:
    dialog = import_dialog(qtbot, workstation, exported)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == 1
    assert dialog.persons.rowCount() == 3


def test_the_preview_shows_the_matches_and_the_differences(
        qtbot: QtBot, exported: Path, workstation: Database) -> None:
    add_existing(workstation)
    dialog = import_dialog(qtbot, workstation, exported)
    dialog.open_button.click()
    assert dialog.stack.currentIndex() == 1
    assert "Johtajuusvalmennus" in dialog.file_info.text()
    aino, pekka, liisa = (dialog.row_of(n) for n in ("Aino", "Pekka", "Liisa"))
    assert cell(dialog, aino, 1) == "aino.zyrkkonen@example.fi"
    assert "Aino Zyrkkonen" in cell(dialog, aino, 2)
    assert "Kasve Oy" in cell(dialog, aino, 3) and "+358401234567" in cell(dialog, aino, 3)
    assert (cell(dialog, aino, 4), cell(dialog, aino, 5)) == ("1", "1")
    assert "Puu Oy" in cell(dialog, pekka, 3)  # a fill
    assert "Liisa Laine" in cell(dialog, liisa, 2)
    combos = {row: dialog.choice_combo(row) for row in (aino, pekka, liisa)}
    assert [combos[aino].itemData(i) for i in range(combos[aino].count())] == [  # type: ignore[union-attr]
        Choice.KEEP, Choice.TAKE, Choice.BOTH]
    assert [combos[liisa].itemData(i) for i in range(combos[liisa].count())] == [  # type: ignore[union-attr]
        Choice.NEW, Choice.SAME]
    summary = dialog.summary
    assert summary is not None
    assert (summary.new_persons, summary.matched_persons, summary.participations,
            summary.consents, summary.unchanged) == (1, 2, 3, 1, 0)
    assert dialog.import_button.isEnabled()


@pytest.mark.parametrize(("choice", "expected", "count"), [
    (Choice.KEEP, [("Kasve Oy", "fi", ("+358501111111",), 1, 1)], 4),
    (Choice.TAKE, [("Kasve", "fi", ("+358401234567", "+358501111111"), 1, 1)], 4),
    (Choice.BOTH, [("Kasve Oy", "fi", ("+358501111111",), 0, 0),
                   ("Kasve", "fi", ("+358401234567",), 1, 1)], 5),
])
def test_each_conflict_choice_changes_the_right_things(
        qtbot: QtBot, exported: Path, workstation: Database, choice: Choice,
        expected: list[tuple[object, ...]], count: int) -> None:
    add_existing(workstation)
    dialog = import_dialog(qtbot, workstation, exported)
    dialog.open_button.click()
    dialog.set_choice(dialog.row_of("Aino"), choice)
    assert dialog.summary is not None
    assert dialog.summary.new_persons == (2 if choice is Choice.BOTH else 1)
    with qtbot.waitSignal(dialog.changed):
        dialog.import_button.click()
    close_notice(dialog.notice)
    assert not dialog.isVisible()
    assert persons(workstation, "Aino") == expected
    assert persons(workstation, "Pekka") == [("Puu Oy", "fi", ("040 765 4321",), 1, 0)]
    with workstation.sessions() as s:
        assert len(s.scalars(select(Person)).all()) == count


def test_accepting_a_suggestion_signs_up_the_suggested_person(
        qtbot: QtBot, exported: Path, workstation: Database) -> None:
    add_existing(workstation)
    dialog = import_dialog(qtbot, workstation, exported)
    dialog.open_button.click()
    before = dialog.summary_label.text()
    dialog.set_choice(dialog.row_of("Liisa"), Choice.SAME)
    assert dialog.summary is not None and dialog.summary.new_persons == 0
    assert dialog.summary_label.text() != before
    with qtbot.waitSignal(dialog.changed):
        dialog.import_button.click()
    close_notice(dialog.notice)
    assert persons(workstation, "Liisa") == [("Laine Ky", "fi", (), 1, 0)]
    with workstation.sessions() as s:
        assert len(s.scalars(select(Person)).all()) == 3
        assert len(s.scalars(select(Participation)).all()) == 3


def test_a_second_import_says_the_file_is_already_imported(
        qtbot: QtBot, exported: Path, workstation: Database) -> None:
    first = import_dialog(qtbot, workstation, exported)
    first.open_button.click()
    first.import_button.click()
    close_notice(first.notice)
    before = snapshot(workstation)
    again = import_dialog(qtbot, workstation, exported)
    again.open_button.click()
    assert again.summary_label.text() == _("The file has already been imported: nothing "
                                           "would change.")
    assert not again.import_button.isEnabled()
    again.import_button.click()
    assert snapshot(workstation) == before


def test_escape_cancels_the_import_and_changes_nothing(qtbot: QtBot, exported: Path,
                                                       workstation: Database) -> None:
    before = snapshot(workstation)
    dialog = import_dialog(qtbot, workstation, exported)
    dialog.open_button.click()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.persons, Qt.Key.Key_Escape)
    assert snapshot(workstation) == before
