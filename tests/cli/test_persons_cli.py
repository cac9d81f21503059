"""`kasve-desktop persons` end to end on a demo database."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_one_line_error, run


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("persons") / "demo.db"
    assert run("init", "--db", str(path), "--demo").returncode == 0
    return path


def test_search_finds_maija_without_finnish_letters(demo_db: Path) -> None:
    result = run("persons", "--db", str(demo_db), "--search", "meikalainen", "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["name", "emails", "phones", "organisation", "municipality",
                       "registers"]
    assert rows[1:] == [["Meikäläinen, Maija", "maija.meikalainen@example.fi", "", "",
                         "Kuopio", "asiakkaat; markkinointi; tapahtumat"]]


def test_everyone_without_search(demo_db: Path) -> None:
    result = run("persons", "--db", str(demo_db), "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) == 1 + 151
    assert all(len(row) == 6 for row in rows)
    assert "Meikäläinen, Maija" in {row[0] for row in rows}
    assert rows[1][0] == "Aalto, Juha"  # by last name


def test_phone_search_in_any_format(demo_db: Path) -> None:
    csv_rows = list(csv.reader(io.StringIO(
        run("persons", "--db", str(demo_db), "--format", "csv").stdout)))
    name, phone = next((r[0], r[2]) for r in csv_rows[1:] if r[2].startswith("+35840"))
    national = "0" + phone[4:6] + "-" + phone[6:]
    for text in (phone, national, national.replace("-", "")):
        found = run("persons", "--db", str(demo_db), "--search", text, "--format", "csv")
        assert name in found.stdout, text


def test_table_has_headers_and_national_phones(demo_db: Path) -> None:
    result = run("persons", "--db", str(demo_db), "--search", "kuopio")
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["Nimi", "Sähköpostit"]
    assert "+358" not in result.stdout
    assert len(lines) > 5


def test_no_match_is_just_the_header(demo_db: Path) -> None:
    result = run("persons", "--db", str(demo_db), "--search", "xyzzyq", "--format", "csv")
    assert result.returncode == 0
    assert result.stdout.splitlines() == ["name,emails,phones,organisation,municipality,"
                                          "registers"]


def test_wrong_passphrase_and_bad_format(demo_db: Path) -> None:
    assert_one_line_error(run("persons", "--db", str(demo_db), passphrase="väärä tunnuslause"),
                          2)
    assert_one_line_error(run("persons", "--db", str(demo_db), "--format", "xml"), 2)
