"""``kasve-desktop backup`` and ``restore`` end to end: the lines, the confirmation, the exit
codes, and a round trip that passes ``check`` with every row there."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kasve_desktop.store.engine import open_database
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.sample import fill
from tests.services.safety.test_backups import dump


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KASVE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "kasve.db"
    db = open_database(path, PASSPHRASE, clock=fixed_clock(), create=True)
    fill(db)
    db.close()
    return path


def test_backup_then_restore_from_the_command_line(database: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopio.bak"
    made = run("--lang", "en", "backup", "--db", str(database), "-o", str(copy))
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines() == [
        f"Backup written and verified: {copy} (registers 3, persons 3, requests 4, "
        "documents 0)"]
    restored_path = tmp_path / "palautettu.db"
    restored = run("--lang", "en", "restore", str(copy), "--db", str(restored_path), "--yes")
    assert restored.returncode == 0, restored.stderr
    lines = restored.stdout.splitlines()
    assert lines[0] == f"Backup {copy}: registers 3, persons 3, requests 4, documents 0"
    assert lines[1].startswith("last change recorded: ")
    assert lines[2:4] == [f"Restored {restored_path}", "integrity: ok"]
    assert lines[4:] == ["cipher integrity: ok", "schema: 0009 (current)",
                         lines[6]]
    assert lines[6].startswith("audit log: ") and lines[6].endswith("chain intact")
    assert dump(restored_path) == dump(copy)
    check = run("check", "--db", str(restored_path))
    assert check.returncode == 0, check.stdout + check.stderr


def test_restore_asks_first_and_without_an_answer_changes_nothing(database: Path,
                                                                  tmp_path: Path) -> None:
    copy = tmp_path / "kopio.bak"
    assert run("backup", "--db", str(database), "-o", str(copy)).returncode == 0
    before = digest(database)
    result = run("--lang", "en", "restore", str(copy), "--db", str(database))
    assert_one_line_error(result, 2)
    assert "add --yes" in result.stderr
    assert digest(database) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kasve.db", "kopio.bak"]


def test_restore_over_a_database_names_its_safety_copy(database: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopio.bak"
    assert run("backup", "--db", str(database), "-o", str(copy)).returncode == 0
    result = run("--lang", "en", "restore", str(copy), "--db", str(database), "--yes")
    assert result.returncode == 0, result.stderr
    [line] = [ln for ln in result.stdout.splitlines() if ln.startswith("The database it")]
    safety = Path(line.removeprefix("The database it replaced was copied to "))
    assert safety.parent == tmp_path and safety.name.startswith("kasve.db.before-restore-")
    assert dump(safety) == dump(copy)


def test_an_unusable_backup_exits_2_with_one_line(database: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopio.bak"
    assert run("backup", "--db", str(database), "-o", str(copy)).returncode == 0
    before = digest(database)
    result = run("--lang", "en", "restore", str(copy), "--db", str(database), "--yes",
                 passphrase="väärä tunnuslause")
    assert_one_line_error(result, 2)
    assert "is not a usable backup" in result.stderr
    copy.write_bytes(b"")
    empty = run("--lang", "en", "restore", str(copy), "--db", str(database), "--yes")
    assert_one_line_error(empty, 2)
    assert digest(database) == before


def test_a_backup_to_a_missing_folder_exits_2_and_leaves_nothing(database: Path,
                                                                 tmp_path: Path) -> None:
    result = run("--lang", "en", "backup", "--db", str(database), "-o",
                 str(tmp_path / "ei" / "kopio.bak"))
    assert_one_line_error(result, 2)
    assert "The backup could not be made" in result.stderr
    assert not (tmp_path / "ei").exists()
