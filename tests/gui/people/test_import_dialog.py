"""The import dialog, driven through its widgets on a real encrypted database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kasve_desktop.gui.common.worker import wait_for_jobs
from kasve_desktop.gui.people.import_dialog import ImportDialog
from kasve_desktop.i18n import _, display_date
from kasve_desktop.services.events.participants import participants
from kasve_desktop.services.people.importing import ImportSummary
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Event, Person, PersonEmail
from tests.gui.sample import TODAY

DATA = Path(__file__).resolve().parents[2] / "data"


def person_count(db: Database) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def open_dialog(qtbot: QtBot, db: Database, path: Path | None) -> ImportDialog:
    dialog = ImportDialog(db, lambda: TODAY, None, path)
    qtbot.addWidget(dialog)
    dialog.show()
    if path is not None:
        checked(qtbot, dialog)
    return dialog


def checked(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=10_000)


def report_rows(dialog: ImportDialog) -> list[tuple[str, str]]:
    table = dialog.ui.report
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def confirm(qtbot: QtBot, dialog: ImportDialog, register: str = "Asiakasrekisteri") -> None:
    dialog.ui.import_button.click()
    box = dialog.confirm
    assert box is not None and box.isVisible()
    assert register in box.text()
    button = box.button(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as signal:
        button.click()
    assert isinstance(signal.args[0], ImportSummary)
    wait_for_jobs()


def test_the_proposed_mapping_and_the_preview(qtbot: QtBot, filled_db: Database) -> None:
    dialog = open_dialog(qtbot, filled_db, DATA / "good.csv")
    assert dialog.ui.register_combo.currentData() == "asiakkaat"
    assert dialog.mapping()[:4] == ("first_name", "last_name", "email", "phone")
    assert dialog.field_combo(2).currentText() == _("E-mail")
    preview = dialog.ui.preview
    assert preview.horizontalHeaderItem(2).text() == "C (Sähköposti)"
    assert preview.verticalHeaderItem(1).text() == "2"
    assert preview.item(4, 1).text() == "Östman"
    assert dialog.ui.import_button.isEnabled()
    assert "UTF-8" in dialog.ui.file_info.text()
    assert report_rows(dialog) == [("–", _("Every row is valid and new."))]
    dialog.grab().save("/tmp/kasve-import-dialog.png")


def test_import_with_confirmation_and_progress(qtbot: QtBot, filled_db: Database) -> None:
    before = person_count(filled_db)
    dialog = open_dialog(qtbot, filled_db, DATA / "good.csv")
    confirm(qtbot, dialog)
    assert person_count(filled_db) == before + 4
    assert dialog.summary is not None and dialog.summary.written
    assert dialog.progress is None
    assert not dialog.ui.import_button.isEnabled()
    assert dialog.ui.summary.text().startswith(_("Imported."))


def test_invalid_rows_block_until_skipped(qtbot: QtBot, filled_db: Database) -> None:
    dialog = open_dialog(qtbot, filled_db, DATA / "ragged.csv")
    rows = report_rows(dialog)
    assert rows[0][0] == "3"
    assert "5" in rows[0][1] and "3" in rows[0][1]
    assert not dialog.ui.import_button.isEnabled()
    dialog.ui.skip_invalid.setChecked(True)
    assert dialog.ui.import_button.isEnabled()
    before = person_count(filled_db)
    confirm(qtbot, dialog)
    assert person_count(filled_db) == before + 2


def test_correcting_the_mapping_checks_again(qtbot: QtBot, filled_db: Database,
                                             tmp_path: Path) -> None:
    path = tmp_path / "outo.csv"
    path.write_text("Henkilö;Yhteys\nAino Aalto;aino.aalto@example.fi\n", encoding="utf-8")
    dialog = open_dialog(qtbot, filled_db, path)
    assert dialog.mapping() == (None, None)
    assert dialog.ui.columns_message.isVisibleTo(dialog)
    assert not dialog.ui.import_button.isEnabled()
    dialog.field_combo(0).setCurrentIndex(dialog.field_combo(0).findData("full_name"))
    dialog.field_combo(1).setCurrentIndex(dialog.field_combo(1).findData("email"))
    checked(qtbot, dialog)
    assert not dialog.ui.columns_message.isVisibleTo(dialog)
    assert dialog.ui.import_button.isEnabled()
    confirm(qtbot, dialog)
    with filled_db.sessions() as session:
        assert session.scalar(select(PersonEmail).where(
            PersonEmail.address == "aino.aalto@example.fi")) is not None


def test_matched_people_can_be_left_alone(qtbot: QtBot, filled_db: Database,
                                          tmp_path: Path) -> None:
    path = tmp_path / "tutut.csv"
    path.write_text("Nimi;Sähköposti;Titteli\n"
                    "Matti Virtanen;MATTI.VIRTANEN@example.fi;Johtaja\n", encoding="utf-8")
    dialog = open_dialog(qtbot, filled_db, path)
    assert report_rows(dialog)[0][1] == _("already kept: {name}").format(name="Matti Virtanen")
    dialog.ui.skip_matched.setChecked(True)
    confirm(qtbot, dialog)
    with filled_db.sessions() as session:
        roles = session.scalars(select(Person.role).where(Person.first_name == "Matti")).all()
    assert roles == [""]


def test_an_unreadable_file_is_explained(qtbot: QtBot, filled_db: Database) -> None:
    dialog = open_dialog(qtbot, filled_db, DATA / "undecodable.csv")
    assert "0x81" in dialog.ui.file_info.text()
    assert dialog.plan is None and not dialog.ui.import_button.isEnabled()


def test_another_register_is_checked_again(qtbot: QtBot, filled_db: Database) -> None:
    dialog = open_dialog(qtbot, filled_db, DATA / "good.csv")
    combo = dialog.ui.register_combo
    combo.setCurrentIndex(combo.findData("tapahtumat"))
    checked(qtbot, dialog)
    assert dialog.plan is not None and dialog.plan.register_key == "tapahtumat"


def event_id(db: Database, name: str) -> int:
    with db.sessions() as session:
        return session.scalars(select(Event.id).where(Event.name == name)).one()


def test_the_events_the_latest_first(qtbot: QtBot, filled_db: Database) -> None:
    dialog = open_dialog(qtbot, filled_db, None)
    combo = dialog.ui.event_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        _("No event"),
        f"Syysseminaari ({display_date(TODAY + dt.timedelta(days=20))})",
        f"Kasvupäivä 2026 ({display_date(TODAY - dt.timedelta(days=30))})"]
    assert dialog.event_id() is None


def test_a_chosen_event_signs_the_people_up(qtbot: QtBot, filled_db: Database) -> None:
    day = event_id(filled_db, "Kasvupäivä 2026")
    before = len(participants(filled_db, day))
    dialog = open_dialog(qtbot, filled_db, DATA / "good.csv")
    combo = dialog.ui.event_combo
    combo.setCurrentIndex(combo.findData(day))
    checked(qtbot, dialog)
    assert dialog.ui.register_combo.currentData() == "tapahtumat"
    assert dialog.plan is not None and dialog.plan.event_id == day
    confirm(qtbot, dialog, "Tapahtumarekisteri")
    names = {row.name for row in participants(filled_db, day)}
    assert len(names) == before + 4 and "Pekka Östman" in names
    expected = _("participations added: {added}, already signed up: {already}").format(
        added=4, already=0)
    assert dialog.ui.summary.text().endswith(expected)


def test_a_preselected_event_and_another_register(qtbot: QtBot, filled_db: Database) -> None:
    seminar = event_id(filled_db, "Syysseminaari")
    dialog = ImportDialog(filled_db, lambda: TODAY, None, DATA / "good.csv", event_id=seminar)
    qtbot.addWidget(dialog)
    dialog.show()
    checked(qtbot, dialog)
    assert dialog.event_id() == seminar
    assert dialog.ui.register_combo.currentData() == "tapahtumat"
    assert dialog.plan is not None and dialog.plan.event_id == seminar
    registers = dialog.ui.register_combo
    registers.setCurrentIndex(registers.findData("asiakkaat"))
    checked(qtbot, dialog)
    assert dialog.plan is not None and dialog.plan.register_key == "asiakkaat"
    assert dialog.plan.event_id == seminar
    confirm(qtbot, dialog)
    assert len(participants(filled_db, seminar)) == 4
    dialog.ui.event_combo.setCurrentIndex(0)
    checked(qtbot, dialog)
    assert dialog.plan is not None and dialog.plan.event_id is None
