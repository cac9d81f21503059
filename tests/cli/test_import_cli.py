"""``kasve-desktop import`` end to end, in a subprocess, on real encrypted databases."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kasve_desktop.i18n import gettext_in
from kasve_desktop.store.engine import open_database
from kasve_desktop.store.models import Person, RegisterEntry
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE, fixed_clock

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = str(DATA / "good.csv")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("template") / "demo.db"
    assert run("init", "--db", str(path), "--demo").returncode == 0
    return path.read_bytes()


@pytest.fixture
def demo(tmp_path: Path, demo_template: bytes) -> Path:
    """A copy of one demo database made by ``init --demo`` (building one takes seconds)."""
    path = tmp_path / "demo.db"
    path.write_bytes(demo_template)
    return path


def persons(path: Path) -> tuple[int, int]:
    db = open_database(path, PASSPHRASE, clock=fixed_clock())
    try:
        with db.sessions() as session:
            return (session.scalar(select(func.count()).select_from(Person)) or 0,
                    session.scalar(select(func.count()).select_from(RegisterEntry)) or 0)
    finally:
        db.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "rivit.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_import_then_again_adds_nothing(demo: Path) -> None:
    before = persons(demo)
    first = run("--lang", "en", "import", "--db", str(demo), GOOD, "--register", "asiakkaat")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        "rows read: 4", "new persons: 4", "matched persons: 0", "rejected rows: 0",
        "suppressed rows: 0", "register entries added: 4", "persons updated: 0"]
    assert first.stderr == ""
    after = persons(demo)
    assert after == (before[0] + 4, before[1] + 4)
    again = run("--lang", "en", "import", "--db", str(demo), GOOD, "--register", "asiakkaat")
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[1:3] == ["new persons: 0", "matched persons: 4"]
    assert "register entries added: 0" in again.stdout.splitlines()
    assert persons(demo) == after


def test_the_report_is_in_the_interface_language(demo: Path) -> None:
    result = run("import", "--db", str(demo), str(DATA / "ragged.csv"), "--register",
                 "asiakkaat", "--dry-run")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(gettext_in("fi", "row {number}: {text}").format(
        number=3, text=""))
    assert lines[1] == gettext_in("fi", "rows read: {count}").format(count=3)


def test_an_invalid_row_writes_nothing_and_exits_1(demo: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "Nimi;Sähköposti;Puhelin\nAino Aalto;aino@example.fi;\n"
                 "Olli Oja;olli(at)example.fi;\nSanna Salo;;\nEero Esimerkki;;12\n")
    before, unchanged = persons(demo), digest(demo)
    result = run("--lang", "en", "import", "--db", str(demo), path, "--register", "asiakkaat")
    assert_one_line_error(result, 1)
    assert "3 rows are invalid: nothing was written" in result.stderr
    assert result.stdout.splitlines() == [
        "row 3: E-mail: Not an e-mail address: write e.g. name@example.fi.",
        "row 4: An e-mail address, a phone number or a postal address (street, postal code "
        "and post office) is needed.",
        "row 5: Phone: Not a phone number: write e.g. 040 765 4321 or +358 40 765 4321.",
        "rows read: 4", "new persons: 1", "matched persons: 0", "rejected rows: 3 (3, 4, 5)",
        "suppressed rows: 0"]
    assert persons(demo) == before
    assert digest(demo) == unchanged


def test_skip_invalid_imports_the_valid_rows(demo: Path, tmp_path: Path) -> None:
    path = write(tmp_path, "Nimi;Sähköposti\nAino Aalto;aino@example.fi\n"
                 "Olli Oja;olli(at)example.fi\nEero Esimerkki;eero@example.fi\n")
    before = persons(demo)
    result = run("--lang", "en", "import", "--db", str(demo), path, "--register", "asiakkaat",
                 "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert "rejected rows: 1 (3)" in result.stdout.splitlines()
    assert persons(demo)[0] == before[0] + 2


def test_dry_run_writes_nothing(demo: Path) -> None:
    unchanged = digest(demo)
    result = run("--lang", "en", "import", "--db", str(demo), GOOD, "--register", "asiakkaat",
                 "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "dry run: nothing was written"
    assert "new persons: 4" in result.stdout.splitlines()
    assert digest(demo) == unchanged


@pytest.mark.parametrize("name", ["undecodable.csv", "nowhere.csv", "people.pdf"])
def test_an_unreadable_file_exits_1(demo: Path, name: str) -> None:
    unchanged = digest(demo)
    result = run("--lang", "en", "import", "--db", str(demo), str(DATA / name), "--register",
                 "asiakkaat")
    assert_one_line_error(result, 1)
    assert "cannot read" in result.stderr
    assert digest(demo) == unchanged


def test_missing_columns_exit_1(demo: Path) -> None:
    result = run("--lang", "en", "import", "--db", str(demo),
                 str(DATA / "missing_name_column.csv"), "--register", "asiakkaat",
                 "--skip-invalid")
    assert_one_line_error(result, 1)
    assert result.stdout.startswith("columns: No column holds the name")


def test_an_unknown_register_exits_2(demo: Path) -> None:
    unchanged = digest(demo)
    result = run("--lang", "en", "import", "--db", str(demo), GOOD, "--register", "ei-ole")
    assert_one_line_error(result, 2)
    assert "ei-ole" in result.stderr
    assert digest(demo) == unchanged


@pytest.mark.parametrize("args", [(), ("--register",), ("--register", "asiakkaat", "--nope")])
def test_invalid_arguments_exit_2(demo: Path, args: tuple[str, ...]) -> None:
    assert_one_line_error(run("import", "--db", str(demo), GOOD, *args), 2)


def test_wrong_passphrase_exits_2(demo: Path) -> None:
    result = run("import", "--db", str(demo), GOOD, "--register", "asiakkaat",
                 passphrase="väärä salasana")
    assert_one_line_error(result, 2)
