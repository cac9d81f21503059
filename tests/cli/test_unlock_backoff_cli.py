"""Wrong passphrases on the command line: three free tries, then each next command waits
before it tries (told on standard error), counted outside the database across commands;
the right passphrase resets the count."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kasve_desktop.store import local_state
from kasve_desktop.store.engine import open_database
from tests.cli.test_cli import run
from tests.conftest import PASSPHRASE, fixed_clock

WRONG = "väärä tunnuslause"
WAITING = "odotetaan"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "kasve.db"
    open_database(path, PASSPHRASE, clock=fixed_clock(), create=True).close()
    return path


def check(database: Path, passphrase: str) -> tuple[int, list[str]]:
    result = run("--lang", "fi", "check", "--db", str(database), passphrase=passphrase)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stderr.strip().splitlines()


def check_timing_the_wait(database: Path, passphrase: str) -> tuple[int, list[str], float]:
    """Like ``check``, timing from the first line on standard error (the notice) to the end."""
    env = {**os.environ, "KASVE_PASSPHRASE": passphrase}
    with subprocess.Popen([sys.executable, "-m", "kasve_desktop", "--lang", "fi", "check",
                           "--db", str(database)], stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env=env) as child:
        assert child.stderr is not None
        first = child.stderr.readline()
        told = time.monotonic()
        rest = child.stderr.read()
        code = child.wait(timeout=120)
    return code, (first + rest).strip().splitlines(), time.monotonic() - told


def test_the_fourth_wrong_try_in_a_row_waits_a_second_first(database: Path) -> None:
    for tries in range(1, 4):
        code, lines = check(database, WRONG)
        assert code == 2 and len(lines) == 1 and WAITING not in lines[0]
        assert local_state.load(database)["unlock_failures"] == tries
    code, lines, after_notice = check_timing_the_wait(database, WRONG)
    assert code == 2
    assert lines[0] == ("kasve-desktop: Väärä tunnuslause 3 kertaa peräkkäin: "
                        "odotetaan 1 s ennen yritystä.")
    assert len(lines) == 2 and "tunnuslause on väärä" in lines[1]
    assert after_notice >= 1.0
    assert local_state.load(database)["unlock_failures"] == 4


def test_the_right_passphrase_resets_the_count(database: Path) -> None:
    local_state.update(database, unlock_failures=2, last_backup={"file": "kasve.bak"})
    code, lines = check(database, PASSPHRASE)
    assert code == 0 and not any(WAITING in line for line in lines)
    state = local_state.load(database)
    assert "unlock_failures" not in state and state["last_backup"] == {"file": "kasve.bak"}
    code, lines = check(database, WRONG)
    assert code == 2 and len(lines) == 1, lines
    assert local_state.load(database)["unlock_failures"] == 1


def test_the_passphrase_command_counts_wrong_old_passphrases_too(
        database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Else changing the passphrase would be a way around the wait."""
    local_state.update(database, unlock_failures=3)
    monkeypatch.setenv("KASVE_NEW_PASSPHRASE", "uusi pitkä tunnuslause")
    result = run("--lang", "fi", "passphrase", "--db", str(database), passphrase=WRONG)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2
    assert lines[0] == ("kasve-desktop: Väärä tunnuslause 3 kertaa peräkkäin: "
                        "odotetaan 1 s ennen yritystä.")
    assert local_state.load(database)["unlock_failures"] == 4
