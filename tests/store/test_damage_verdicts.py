"""A damaged file gets one clear line naming the page, from ``check`` and from a read.

A real demo database is damaged on disk, byte by byte: its first page, the root page
of the people table (flipped and zeroed), its last page, and cut short inside a page
and by whole pages. ``check`` and ``persons`` then exit 2 with one line that says what
is damaged and how to restore it, never "unexpected error", a traceback or SQL text.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kasve_desktop.services.database import check
from kasve_desktop.services.errors import DatabaseDamaged
from kasve_desktop.store.connection import connect
from kasve_desktop.store.engine import open_database
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE, fixed_clock

PAGE = 4096
RESTORE = "Palauta uusin varmuuskopio: ikkunassa Tiedosto → Palauta varmuuskopio…"
SQL_WORDS = ("SELECT", "FROM", "sqlite", "sqlcipher", "odottamaton", "Traceback",
             "malformed", "sqlalche.me")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("damage") / "demo.db"
    made = run("init", "--db", str(path), "--demo")
    assert made.returncode == 0, made.stderr
    return path.read_bytes()


@pytest.fixture
def demo(tmp_path: Path, demo_template: bytes) -> Path:
    path = tmp_path / "demo.db"
    path.write_bytes(demo_template)
    return path


def people_root(path: Path) -> int:
    """The root page of the people table: every query on people reads it."""
    connection = connect(path, PASSPHRASE)
    try:
        row = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()
    finally:
        connection.close()
    return int(row[0])


def flip(path: Path, page: int, offset: int = 2000) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE + offset] ^= 0xFF
    path.write_bytes(bytes(data))


def zero(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE:page * PAGE] = bytes(PAGE)
    path.write_bytes(bytes(data))


def cut(path: Path, size: int) -> None:
    with path.open("r+b") as handle:
        handle.truncate(size)


def pages_of(path: Path) -> int:
    return path.stat().st_size // PAGE


def assert_verdict(result: subprocess.CompletedProcess[str], page: int | None) -> str:
    """Exit 2, one line on stderr naming ``page`` (or no page) and the restore, no SQL."""
    assert_one_line_error(result, 2)
    line = result.stderr.strip()
    if page is None:
        assert "Tietokantatiedosto on vioittunut." in line
    else:
        assert f"Tietokantatiedoston sivu {page} on vioittunut." in line
    assert RESTORE in line and "kasve-desktop restore" in line
    for word in SQL_WORDS:
        assert word not in result.stdout + result.stderr
    return line


def test_a_sound_demo_is_unaffected(demo: Path) -> None:
    checked = run("check", "--db", str(demo))
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.splitlines()[:2] == ["eheys: kunnossa", "salauksen eheys: kunnossa"]
    listed = run("persons", "--db", str(demo))
    assert listed.returncode == 0, listed.stderr
    assert listed.stderr == ""
    assert len(listed.stdout.splitlines()) > 50


def test_a_damaged_page_of_the_people_table(demo: Path) -> None:
    page = people_root(demo)
    flip(demo, page)
    assert_verdict(run("check", "--db", str(demo)), page)
    assert run("persons", "--db", str(demo)).stdout == ""  # nothing partial either
    assert_verdict(run("persons", "--db", str(demo)), page)


def test_a_zeroed_page(demo: Path) -> None:
    page = people_root(demo)
    zero(demo, page)
    assert_verdict(run("check", "--db", str(demo)), page)
    assert_verdict(run("persons", "--db", str(demo), "--search", "Virtanen"), page)


def test_the_last_page(demo: Path) -> None:
    last = pages_of(demo)
    flip(demo, last, 3000)
    assert_verdict(run("check", "--db", str(demo)), last)


def test_a_middle_page_in_english(demo: Path) -> None:
    page = pages_of(demo) // 2
    flip(demo, page, 100)
    result = run("--lang", "en", "check", "--db", str(demo))
    assert_one_line_error(result, 2)
    assert (f"The database file is damaged at page {page}. Restore the latest backup: "
            "File → Restore a backup… in the window, or kasve-desktop restore") in result.stderr


def test_cut_short_inside_the_last_page(demo: Path) -> None:
    """Found at open for the price of one stat: no full check, any command stops."""
    last = pages_of(demo)
    cut(demo, demo.stat().st_size - 100)
    assert_verdict(run("persons", "--db", str(demo)), last)
    assert_verdict(run("check", "--db", str(demo)), last)


def test_cut_short_by_whole_pages(demo: Path) -> None:
    cut(demo, demo.stat().st_size - 3 * PAGE)
    assert_verdict(run("check", "--db", str(demo)), None)
    assert_verdict(run("persons", "--db", str(demo)), None)


def test_a_damaged_first_page_cannot_be_told_from_a_wrong_passphrase(demo: Path) -> None:
    """SQLCipher checks the first page with the key: a flipped byte there and a wrong
    passphrase fail alike, so the line names both (and no page)."""
    flip(demo, 1, 100)
    result = run("check", "--db", str(demo))
    assert_one_line_error(result, 2)
    assert "tunnuslause on väärä, tai tiedosto on vioittunut" in result.stderr
    for word in SQL_WORDS:
        assert word not in result.stderr


def test_check_in_process_names_the_page(demo: Path) -> None:
    """The service raises the verdict; the pages come from cipher_integrity_check."""
    last = pages_of(demo)
    flip(demo, last, 3000)
    db = open_database(demo, PASSPHRASE, clock=fixed_clock())
    try:
        with pytest.raises(DatabaseDamaged) as raised:
            check(db)
    finally:
        db.close()
    assert raised.value.pages == (last,)


def test_many_pages_stay_one_line(demo: Path) -> None:
    for page in range(2, 40):
        flip(demo, page, 50)
    result = run("check", "--db", str(demo))
    assert_one_line_error(result, 2)
    assert "Tietokantatiedoston sivut 2, 3, 4, 5, 6, … ovat vioittuneet." in result.stderr
