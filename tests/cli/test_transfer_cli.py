"""``kasve-desktop transfer export`` and ``transfer import`` end to end: the exact summary
lines and the exit codes, a laptop's database and a workstation's on one machine."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import open_database
from kasve_desktop.store.models import NoticeVersion
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE, fixed_clock
from tests.services.events.test_transfer import (
    FILE_PASSPHRASE,
    PLANTED_EMAIL,
    PLANTED_NAME,
    make_laptop,
    make_workstation,
)


@pytest.fixture
def databases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, list[int]]:
    monkeypatch.setenv("KASVE_TRANSFER_PASSPHRASE", FILE_PASSPHRASE)
    laptop, workstation = tmp_path / "laptop.db", tmp_path / "workstation.db"
    ids = make_laptop(laptop)
    make_workstation(workstation).close()
    return laptop, workstation, ids


def export(laptop: Path, ids: list[int], out: Path) -> list[str]:
    args = [arg for i in ids for arg in ("--event", str(i))]
    result = run("transfer", "export", "--db", str(laptop), *args, "-o", str(out))
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_then_import_twice(tmp_path: Path, databases: tuple[Path, Path, list[int]]) -> None:
    laptop, workstation, ids = databases
    out = tmp_path / "siirto.kasve"
    assert export(laptop, ids, out) == ["events 2, persons 3, participations 3, consents 1"]
    raw = out.read_bytes()
    assert PLANTED_NAME.encode() not in raw and PLANTED_EMAIL.encode() not in raw

    before = digest(workstation)
    dry = run("transfer", "import", str(out), "--db", str(workstation), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        "new persons 3, matched persons 0, participations 3, consents 1, unchanged 0"]
    assert digest(workstation) == before

    first = run("transfer", "import", str(out), "--db", str(workstation))
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        "new persons 3, matched persons 0, participations 3, consents 1, unchanged 0"]
    second = run("transfer", "import", str(out), "--db", str(workstation),
                 "--on-conflict", "take")
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines() == [
        "new persons 0, matched persons 0, participations 0, consents 0, unchanged 7"]
    persons = run("persons", "--db", str(workstation), "--format", "csv").stdout
    assert PLANTED_EMAIL in persons


def test_the_lines_are_english_in_every_language(
        tmp_path: Path, databases: tuple[Path, Path, list[int]]) -> None:
    laptop, workstation, ids = databases
    out = tmp_path / "siirto.kasve"
    result = run("--lang", "sv", "transfer", "export", "--db", str(laptop), "--event",
                 str(ids[1]), "-o", str(out))
    assert result.stdout.splitlines() == ["events 1, persons 1, participations 1, consents 0"]
    result = run("--lang", "sv", "transfer", "import", str(out), "--db", str(workstation),
                 "--on-conflict", "both")
    assert result.stdout.splitlines() == [
        "new persons 1, matched persons 0, participations 1, consents 0, unchanged 0"]


@pytest.mark.parametrize("damage", ["wrong passphrase", "flipped bytes", "foreign file"])
def test_an_unreadable_file_exits_2_and_changes_nothing(
        tmp_path: Path, databases: tuple[Path, Path, list[int]],
        monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    laptop, workstation, ids = databases
    out = tmp_path / "siirto.kasve"
    export(laptop, ids, out)
    if damage == "wrong passphrase":
        monkeypatch.setenv("KASVE_TRANSFER_PASSPHRASE", "väärä tunnuslause")
    elif damage == "flipped bytes":
        data = bytearray(out.read_bytes())
        for i in range(len(data) // 2, len(data) // 2 + 8):
            data[i] ^= 0x5A
        out.write_bytes(bytes(data))
    else:
        out = tmp_path / "vieras.csv"
        out.write_text("name,email\nAino,aino@example.fi\n", encoding="utf-8")
    before = digest(workstation)
    assert_one_line_error(run("transfer", "import", str(out), "--db", str(workstation)), 2)
    assert digest(workstation) == before


def test_bad_arguments_exit_2(tmp_path: Path, databases: tuple[Path, Path, list[int]],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    laptop, workstation, ids = databases
    out = tmp_path / "siirto.kasve"
    assert_one_line_error(run("transfer", "export", "--db", str(laptop), "--event", "999",
                              "-o", str(out)), 2)
    assert_one_line_error(run("transfer", "export", "--db", str(laptop), "-o", str(out)), 2)
    assert_one_line_error(run("transfer", "import", str(out), "--db", str(workstation),
                              "--on-conflict", "merge"), 2)
    monkeypatch.setenv("KASVE_TRANSFER_PASSPHRASE", "lyhyt")
    assert_one_line_error(run("transfer", "export", "--db", str(laptop), "--event",
                              str(ids[0]), "-o", str(out)), 2)
    monkeypatch.delenv("KASVE_TRANSFER_PASSPHRASE")
    assert_one_line_error(run("transfer", "export", "--db", str(laptop), "--event",
                              str(ids[0]), "-o", str(out)), 2)
    assert not out.exists()
    monkeypatch.setenv("KASVE_TRANSFER_PASSPHRASE", FILE_PASSPHRASE)
    assert_one_line_error(run("transfer", "export", "--db", str(laptop), "--event",
                              str(ids[0]), "-o", str(out), passphrase="väärä tunnuslause"), 2)
    assert not out.exists()


def test_a_different_notice_version_of_the_same_number_exits_2_and_changes_nothing(
        tmp_path: Path, databases: tuple[Path, Path, list[int]]) -> None:
    laptop, workstation, ids = databases
    out = tmp_path / "siirto.kasve"
    export(laptop, ids, out)
    db = open_database(workstation, PASSPHRASE, clock=fixed_clock())
    try:
        with transaction(db) as s:
            version = s.scalars(select(NoticeVersion).where(NoticeVersion.number == 3)).one()
            version.content = {"fi": {"title": "Toinen seloste"}}
    finally:
        db.close()
    before = digest(workstation)
    result = run("transfer", "import", str(out), "--db", str(workstation))
    assert_one_line_error(result, 2)
    assert "version 3" in result.stderr or "versio 3" in result.stderr
    assert digest(workstation) == before
