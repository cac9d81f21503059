"""Automatic backups: their names, the rotation (the newest N of ours, nothing else), when
one is due or overdue by fixed clocks, and the last backup remembered outside the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kasve_desktop.clock import FixedClock, at_local
from kasve_desktop.services.safety import automatic
from kasve_desktop.services.safety.automatic import (
    BackupRecord,
    automatic_name,
    automatic_stamp,
    is_due,
    is_overdue,
    last_backup,
    last_failure,
    make_automatic,
    remember_made,
    rotate,
    to_remove,
)
from kasve_desktop.services.safety.backups import BackupFailed, backup, inspect
from kasve_desktop.store import local_state
from kasve_desktop.store.engine import Database
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.sample import fill

DB = Path("/data/kasve.db")
NOON = at_local(dt.date(2026, 11, 24), dt.time(12, 0))


def test_the_name_is_the_database_and_the_local_time() -> None:
    assert automatic_name(DB, dt.datetime(2026, 11, 24, 9, 5, 7)) == "kasve-20261124-090507.bak"
    assert automatic_name(Path("/x/oma.db"), dt.datetime(2027, 1, 2, 23, 59, 0)) \
        == "oma-20270102-235900.bak"
    assert automatic_stamp(DB, "kasve-20261124-090507.bak") == dt.datetime(2026, 11, 24, 9, 5, 7)
    for other in ("kasve-varmuuskopio-2026-11-24.bak", "kasve-20261124-090507.bak.partial",
                  "oma-20261124-090507.bak", "kasve-20261324-090507.bak",
                  "kasve-2-20261124-090507.bak", "xkasve-20261124-090507.bak",
                  "kasve-20261124-090507.db"):
        assert automatic_stamp(DB, other) is None, other


def test_rotation_keeps_the_newest_automatic_ones_and_nothing_else_is_chosen() -> None:
    ours = [f"kasve-202611{day:02d}-120000.bak" for day in range(1, 16)]
    others = ["kasve-varmuuskopio-2026-11-01.bak", "muistiinpanot.txt",
              "oma-20261101-120000.bak", "kasve-20261101-120000.bak.partial"]
    names = ours[7:] + others + ours[:7]  # not in order
    removed = to_remove(DB, names, 10)
    assert sorted(removed) == ours[:5]
    assert to_remove(DB, names, 100) == []
    assert sorted(to_remove(DB, names, 1)) == ours[:14]
    assert sorted(to_remove(DB, names, 0)) == ours[:14]  # at least one is always kept


def test_rotate_deletes_only_our_old_files(tmp_path: Path) -> None:
    ours = [tmp_path / f"kasve-2026110{day}-080000.bak" for day in range(1, 6)]
    others = [tmp_path / "kasve-varmuuskopio-2026-11-01.bak", tmp_path / "lue.txt",
              tmp_path / "muu-20261101-080000.bak"]
    for path in ours + others:
        path.write_bytes(b"x")
        remember_made(tmp_path / "kasve.db", path)  # even a file by another name: never
    (tmp_path / "kasve-20261101-070000.bak").mkdir()  # a folder is never removed
    removed = rotate(tmp_path, tmp_path / "kasve.db", 2)
    assert sorted(removed) == ours[:3]
    assert sorted(p for p in tmp_path.iterdir() if p.is_file()) == sorted(ours[3:] + others)
    assert (tmp_path / "kasve-20261101-070000.bak").is_dir()


def test_rotation_leaves_another_database_of_the_same_name_alone(tmp_path: Path) -> None:
    """Two databases both called kasve.db, backed up into one folder."""
    folder = tmp_path / "varmuuskopiot"
    folder.mkdir()
    first, second = tmp_path / "a" / "kasve.db", tmp_path / "b" / "kasve.db"
    theirs = [folder / f"kasve-2026110{day}-080000.bak" for day in range(1, 5)]
    ours = [folder / f"kasve-2026110{day}-090000.bak" for day in range(1, 4)]
    for path in theirs:
        path.write_bytes(b"x")
        remember_made(first, path)
    for path in ours:
        path.write_bytes(b"x")
        remember_made(second, path)
    assert sorted(rotate(folder, second, 1)) == ours[:2]
    assert all(path.is_file() for path in theirs)
    assert sorted(rotate(folder, first, 2)) == theirs[:2]
    assert sorted(folder.iterdir()) == sorted(theirs[2:] + ours[2:])


def test_due_once_a_day_and_overdue_after_a_week() -> None:
    assert is_due(None, NOON) and is_overdue(None, NOON)
    last = BackupRecord(NOON, "x.bak")
    assert not is_due(last, NOON + dt.timedelta(hours=23, minutes=59))
    assert is_due(last, NOON + dt.timedelta(days=1))
    assert not is_overdue(last, NOON + dt.timedelta(days=6, hours=23))
    assert is_overdue(last, NOON + dt.timedelta(days=7))
    assert is_due(last, NOON - dt.timedelta(hours=1))  # a clock set back: not trusted


@pytest.fixture
def filled(db: Database) -> Database:
    fill(db)
    return db


def test_an_automatic_backup_is_verified_remembered_and_rotated(filled: Database,
                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "varmuuskopiot"
    clock = FixedClock(NOON)
    assert last_backup(filled.path) is None
    made = []
    for _hour in range(4):
        made.append(make_automatic(filled, folder, 3, clock))
        clock.advance(dt.timedelta(hours=1))
    assert [m.contents.path.name for m in made] == [
        f"kasve-20261124-{h}0000.bak" for h in (12, 13, 14, 15)]
    assert made[-1].removed == [folder / "kasve-20261124-120000.bak"]
    assert sorted(p.name for p in folder.iterdir()) == [
        "kasve-20261124-130000.bak", "kasve-20261124-140000.bak", "kasve-20261124-150000.bak"]
    assert inspect(made[-1].contents.path, PASSPHRASE).count("person") == 3
    last = last_backup(filled.path)
    assert last == BackupRecord(NOON + dt.timedelta(hours=3),
                                str(folder / "kasve-20261124-150000.bak"))


def test_a_failure_is_remembered_until_a_backup_succeeds(filled: Database,
                                                         tmp_path: Path) -> None:
    blocker = tmp_path / "tiedosto"
    blocker.write_text("ei kansio")
    clock = FixedClock(NOON)
    with pytest.raises(BackupFailed):
        make_automatic(filled, blocker / "varmuuskopiot", 10, clock)
    failure = last_failure(filled.path)
    assert failure is not None and failure.at == NOON and failure.reason
    assert last_backup(filled.path) is None
    local_state.update(filled.path, audit_head="säilyy")
    make_automatic(filled, tmp_path / "kansio", 10, clock)
    assert last_failure(filled.path) is None and last_backup(filled.path) is not None
    assert local_state.load(filled.path)["audit_head"] == "säilyy"  # other keys are kept


def test_a_backup_by_hand_is_remembered_too(filled: Database, tmp_path: Path) -> None:
    backup(filled, tmp_path / "kasin.bak")
    assert last_backup(filled.path) == BackupRecord(fixed_clock().now(),
                                                    str((tmp_path / "kasin.bak").resolve()))
    assert automatic.last_failure(filled.path) is None
