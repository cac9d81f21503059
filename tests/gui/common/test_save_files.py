"""The one "Save as" of the program's documents: where it starts, what it remembers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from kasve_desktop.gui.common import save_files
from kasve_desktop.gui.common.save_files import (
    FOLDER_KEY,
    ask_save_path,
    first_folder,
    start_folder,
    write_file,
)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """QFileDialog.getSaveFileName replaced: it answers ``asked["answer"]`` (or cancels)."""
    seen: dict[str, Any] = {"answer": "", "directories": []}

    def answer(parent: Any, caption: str, directory: str, file_filter: str) -> tuple[str, str]:
        seen["directories"].append(Path(directory))
        return str(seen["answer"]), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return seen


def test_the_first_time_is_documents_else_home(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    documents = tmp_path / "Tiedostot"
    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        staticmethod(lambda _location: str(documents)))
    assert first_folder() == Path.home()  # no Documents folder: never the program's
    documents.mkdir()
    assert first_folder() == documents


def test_the_folder_saved_in_is_where_the_next_dialog_starts(
        qapp: object, settings: QSettings, asked: dict[str, Any], tmp_path: Path) -> None:
    assert start_folder(settings) == first_folder() != Path.cwd()
    chosen = tmp_path / "kirjeet" / "L-2027-001-kirjeet"
    chosen.parent.mkdir()
    asked["answer"] = chosen
    path = ask_save_path(None, "Tallenna", "a.pdf", "PDF (*.pdf)", "pdf", settings)
    assert path == chosen.with_suffix(".pdf")  # the suffix added to a bare name
    assert settings.value(FOLDER_KEY) == str(chosen.parent)
    assert ask_save_path(None, "Tallenna", "b.pdf", "PDF (*.pdf)", "pdf", settings) == path
    assert asked["directories"] == [first_folder() / "a.pdf", chosen.parent / "b.pdf"]


def test_a_cancel_remembers_nothing_and_a_gone_folder_is_forgotten(
        qapp: object, settings: QSettings, asked: dict[str, Any], tmp_path: Path) -> None:
    assert ask_save_path(None, "Tallenna", "a.pdf", "PDF (*.pdf)", "pdf", settings) is None
    assert settings.value(FOLDER_KEY) is None
    settings.setValue(FOLDER_KEY, str(tmp_path / "poistettu"))
    assert start_folder(settings) == first_folder()


def test_a_write_that_fails_gives_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    assert write_file(path, b"%PDF") is None and path.read_bytes() == b"%PDF"
    assert (path.stat().st_mode & 0o777) == 0o600
    problem = write_file(tmp_path / "ei-ole" / "b.pdf", b"%PDF")
    assert problem is not None and problem.startswith("Tiedostoa ei voitu tallentaa: ")
    assert save_files.FOLDER_KEY == "files/save_folder"
