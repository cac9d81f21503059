"""``kasve-desktop record``: the record of processing activities, end to end."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kasve_desktop.cli import main
from kasve_desktop.demo.build import DEMO_PASSPHRASE, create_demo_database
from kasve_desktop.services.registers import registers
from tests.conftest import PASSPHRASE, fixed_clock
from tests.documents.test_notice_pdf import full_text

DAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("record-cli") / "demo.db"
    create_demo_database(path, fixed_clock()).close()
    return path


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASVE_PASSPHRASE", DEMO_PASSPHRASE)


def test_finnish_pdf_by_default(demo_path: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "seloste.pdf"
    assert main(["record", "--db", str(demo_path), "-o", str(out)],
                clock=fixed_clock(DAY)) == 0
    assert capsys.readouterr().err == ""
    assert out.stat().st_mode & 0o777 == 0o600
    text = full_text(out.read_bytes())
    for fact in ("Seloste käsittelytoimista", "Versio 1, laadittu 24.11.2026", "Sivu 1 / ",
                 "1. Asiakasrekisteri", "5. Tapahtumien rekisteri",
                 "Henkilötietojen käsittelijät (28 artikla)", "Katselmointi myöhässä"):
        assert fact in text, fact


def test_swedish_xlsx(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.xlsx"
    assert main(["record", "--db", str(demo_path), "--lang", "sv", "--format", "xlsx",
                 "-o", str(out)], clock=fixed_clock(DAY)) == 0
    book = load_workbook(out)
    assert book.sheetnames[:2] == ["Sammanfattning", "1 Kundregister"]
    assert book["Sammanfattning"]["A1"].value == "Register över behandling"


def test_an_older_version_and_an_unknown_one(demo_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "v1.pdf"
    assert main(["record", "--db", str(demo_path), "--version", "1", "-o", str(out)],
                clock=fixed_clock(DAY + dt.timedelta(days=30))) == 0
    assert "Versio 1, laadittu 24.11.2026" in full_text(out.read_bytes())
    capsys.readouterr()
    missing = tmp_path / "v7.pdf"
    assert main(["record", "--db", str(demo_path), "--version", "7", "-o", str(missing)],
                clock=fixed_clock(DAY)) == 2
    err = capsys.readouterr().err
    assert err == "kasve-desktop: Selosteesta käsittelytoimista ei ole versiota 7.\n"
    assert not missing.exists()


def test_a_database_without_a_controller_is_refused(db_path: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KASVE_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--db", str(db_path)], clock=fixed_clock()) == 0
    capsys.readouterr()
    out = tmp_path / "x.pdf"
    assert main(["record", "--db", str(db_path), "-o", str(out)], clock=fixed_clock()) == 2
    assert capsys.readouterr().err == ("kasve-desktop: Syötä ensin rekisterinpitäjä: seloste "
                                       "käsittelytoimista nimeää sen.\n")
    assert not out.exists()


def test_a_wrong_format_is_a_usage_error(demo_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["record", "--db", str(demo_path), "--format", "docx",
                 "-o", str(tmp_path / "x.docx")], clock=fixed_clock()) == 2
    assert capsys.readouterr().err.startswith("kasve-desktop: ")


def test_a_swedish_record_warns_of_the_parts_printed_in_finnish(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.db"
    db = create_demo_database(path, fixed_clock())
    facts = registers.load_register(db, "tapahtumat")
    registers.save_register(db, dataclasses.replace(
        facts, retention_text={"fi": "Ilmoittautumiset poistetaan tapahtuman jälkeen."}))
    db.close()
    out = tmp_path / "register.xlsx"
    assert main(["record", "--db", str(path), "--lang", "sv", "--format", "xlsx",
                 "-o", str(out)], clock=fixed_clock(DAY)) == 0
    assert capsys.readouterr().err == (
        "varoitus: näitä osia ei ole käännetty, ja ne tulostetaan suomeksi: "
        "Evenemangsregister: f) Tidsfrister för radering av de olika kategorierna av "
        "uppgifter\n")
    assert "[inte översatt — text på finska]" in str(load_workbook(out).worksheets[5]["C7"].value)
