"""Seloste käsittelytoimista…: the dialog of the Registers area, driven."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kasve_desktop.gui.registers.area import RegistersArea
from kasve_desktop.gui.registers.record_dialog import RecordDialog
from kasve_desktop.services.registers import record, registers
from kasve_desktop.store.engine import Database
from tests.documents.test_notice_pdf import full_text


@pytest.fixture
def chosen_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """QFileDialog.getSaveFileName replaced: it answers ``asked["answer"]`` (or cancels)."""
    asked: dict[str, Any] = {"answer": None, "defaults": []}

    def answer(parent: Any, caption: str, directory: str, file_filter: str) -> tuple[str, str]:
        asked["defaults"].append(Path(directory).name)
        asked["folder"] = Path(directory).parent
        asked["filter"] = file_filter
        return (str(asked["answer"]) if asked["answer"] else "", file_filter)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def open_dialog(qtbot: QtBot, area: RegistersArea) -> RecordDialog:
    assert area.record_button.text() == "Seloste &käsittelytoimista…"
    qtbot.mouseClick(area.record_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert isinstance(dialog, RecordDialog)
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot: QtBot, dialog: RecordDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.status.text().startswith(
        "Tallennettu:"), timeout=20_000)


def test_the_flags_are_listed(qtbot: QtBot, area: RegistersArea) -> None:
    dialog = open_dialog(qtbot, area)
    assert dialog.windowTitle() == "Seloste käsittelytoimista"
    flags = [dialog.flags.item(i).text() for i in range(dialog.flags.count())]
    assert flags == ["Tilitoimisto Saarni Oy: Katselmointi myöhässä"]
    assert dialog.version.itemText(0) == ("Nykyinen seloste (uusi versio, jos rekisterit "
                                          "ovat muuttuneet)")
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    assert dialog.flags.item(0).text() == "Tilitoimisto Saarni Oy: Granskningen är försenad"


def test_save_xlsx_then_the_frozen_version_as_swedish_pdf(
        qtbot: QtBot, area: RegistersArea, demo: Database, chosen_path: dict[str, Any],
        tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, area)
    dialog.file_format.setCurrentIndex(dialog.file_format.findData("xlsx"))
    chosen_path["answer"] = tmp_path / "seloste"  # no suffix: the format's is added
    save(qtbot, dialog)
    assert chosen_path["defaults"] == ["seloste-kasittelytoimista-v1-fi.xlsx"]
    assert chosen_path["filter"] == "Excel-työkirjat (*.xlsx)"
    written = tmp_path / "seloste.xlsx"
    assert written.stat().st_mode & 0o777 == 0o600
    assert load_workbook(written).sheetnames[0] == "Yhteenveto"
    assert [v.number for v in record.record_versions(demo)] == [1]
    assert dialog.version.itemText(1) == "Versio 1, laadittu 24.11.2026"

    dialog.version.setCurrentIndex(1)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.file_format.setCurrentIndex(dialog.file_format.findData("pdf"))
    chosen_path["answer"] = tmp_path / "register.pdf"
    save(qtbot, dialog)
    assert chosen_path["defaults"][-1] == "register-over-behandling-v1-sv.pdf"
    assert chosen_path["folder"] == tmp_path  # where the first one was saved
    text = full_text((tmp_path / "register.pdf").read_bytes())
    assert "Register över behandling" in text and "Version 1, upprättad 24.11.2026" in text


def test_cancelling_the_file_dialog_writes_nothing(qtbot: QtBot, area: RegistersArea,
                                                   demo: Database,
                                                   chosen_path: dict[str, Any]) -> None:
    dialog = open_dialog(qtbot, area)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert chosen_path["defaults"] == ["seloste-kasittelytoimista-v1-fi.pdf"]
    assert dialog.job is None and dialog.status.text() == ""
    assert record.record_versions(demo) == []


def test_the_dialog_says_which_parts_print_in_finnish(
        qtbot: QtBot, demo: Database, area: RegistersArea, chosen_path: dict[str, Any],
        tmp_path: Path) -> None:
    facts = registers.load_register(demo, "markkinointi")
    registers.save_register(demo, dataclasses.replace(
        facts, purposes_text={"fi": "Uutiskirje lähetetään kerran kuussa."}))
    dialog = open_dialog(qtbot, area)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    chosen_path["answer"] = tmp_path / "register.pdf"
    save(qtbot, dialog)
    assert dialog.status.text() == (
        f"Tallennettu: {tmp_path / 'register.pdf'}\n"
        "Näitä osia ei ole käännetty, ja ne tulostetaan suomeksi merkittyinä: "
        "Marknadsföringsregister: b) Ändamålen med behandlingen")
