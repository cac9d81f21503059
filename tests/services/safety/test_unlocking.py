"""Wrong passphrases in a row are counted outside the database and slow the next try."""

from __future__ import annotations

from pathlib import Path

import pytest

from kasve_desktop.services.errors import CannotOpen, DatabaseMissing
from kasve_desktop.services.safety.unlocking import (
    failures,
    record_failure,
    record_success,
    unlock_counted,
)
from kasve_desktop.store import local_state
from kasve_desktop.store.engine import open_database
from tests.conftest import PASSPHRASE, fixed_clock

WRONG = "väärä tunnuslause"


class Observer:
    """Records what ``unlock_counted`` tells and how long it sleeps, without sleeping."""

    def __init__(self) -> None:
        self.told: list[tuple[int, int]] = []
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)

    def waiting(self, count: int, seconds: int) -> None:
        self.told.append((count, seconds))


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "kasve.db"
    open_database(path, PASSPHRASE, clock=fixed_clock(), create=True).close()
    return path


def attempt(database: Path, passphrase: str, seen: Observer) -> bool:
    try:
        unlock_counted(database, passphrase, fixed_clock(), sleep=seen.sleep,
                       waiting=seen.waiting).close()
    except CannotOpen:
        return False
    return True


def test_three_wrong_tries_wait_nothing_then_each_waits_longer(database: Path) -> None:
    seen = Observer()
    for _ in range(3):
        assert not attempt(database, WRONG, seen)
    assert seen.slept == [] and failures(database) == 3
    for _ in range(3):
        assert not attempt(database, WRONG, seen)
    assert seen.told == [(3, 1), (4, 2), (5, 4)]
    assert seen.slept == [1, 2, 4]
    assert local_state.load(database)["unlock_failures"] == 6


def test_the_right_passphrase_waits_its_turn_then_resets_the_count(database: Path) -> None:
    seen = Observer()
    for _ in range(4):
        attempt(database, WRONG, seen)
    assert attempt(database, PASSPHRASE, seen)
    assert seen.slept == [1, 2]
    assert failures(database) == 0 and "unlock_failures" not in local_state.load(database)
    assert not attempt(database, WRONG, seen)
    assert seen.slept == [1, 2] and failures(database) == 1


def test_the_count_is_per_database_and_keeps_other_state(database: Path,
                                                         tmp_path: Path) -> None:
    local_state.update(database, last_backup={"file": "x.bak"})
    other = tmp_path / "toinen.db"
    record_failure(database)
    record_failure(database)
    assert failures(database) == 2 and failures(other) == 0
    record_success(database)
    assert failures(database) == 0
    assert local_state.load(database)["last_backup"] == {"file": "x.bak"}


def test_a_missing_file_is_not_a_wrong_passphrase(tmp_path: Path) -> None:
    missing = tmp_path / "ei-ole.db"
    with pytest.raises(DatabaseMissing):
        unlock_counted(missing, WRONG, fixed_clock(), sleep=Observer().sleep)
    assert failures(missing) == 0


@pytest.mark.parametrize("kept", ["kolme", -2, True, None])
def test_a_strange_remembered_count_is_no_count(database: Path, kept: object) -> None:
    local_state.update(database, unlock_failures=kept)
    assert failures(database) == 0
