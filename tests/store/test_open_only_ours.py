"""Only our own databases are opened: an empty file or an SQLCipher file of another kind is
refused and left byte for byte as it was; and the lock file is never held twice, even by
processes racing for it."""

from __future__ import annotations

import hashlib
import multiprocessing
import sqlite3
import time
from pathlib import Path

import pytest
import sqlcipher3

from kasve_desktop.store.connection import key_statement
from kasve_desktop.store.engine import open_database
from kasve_desktop.store.errors import CannotOpen, NotADatabase
from kasve_desktop.store.lock import DatabaseLock, lock_path
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE, fixed_clock


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_empty_file_is_refused_and_left_empty(tmp_path: Path) -> None:
    empty = tmp_path / "e.db"
    empty.touch()
    with pytest.raises(NotADatabase) as refused:
        open_database(empty, "x", clock=fixed_clock())
    assert refused.value.params == {"path": str(empty)}
    assert empty.stat().st_size == 0
    with pytest.raises(NotADatabase):
        open_database(empty, PASSPHRASE, clock=fixed_clock())
    assert empty.stat().st_size == 0


def test_the_command_line_refuses_an_empty_file_with_one_line(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    empty = tmp_path / "e.db"
    empty.touch()
    monkeypatch.setenv("KASVE_PASSPHRASE", "x")
    result = run("--lang", "en", "persons", "--db", str(empty))
    assert_one_line_error(result, 2)
    assert "is not a Kasve Desktop database" in result.stderr
    assert empty.stat().st_size == 0
    check = run("--lang", "en", "check", "--db", str(empty))
    assert_one_line_error(check, 2)
    assert empty.stat().st_size == 0


def test_an_encrypted_file_of_another_kind_is_refused_unchanged(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlcipher3.connect(str(other))
    conn.execute(key_statement(PASSPHRASE))
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('muistiinpano')")
    conn.commit()
    conn.close()
    before = digest(other)
    with pytest.raises(NotADatabase):
        open_database(other, PASSPHRASE, clock=fixed_clock())
    assert digest(other) == before


def test_a_plain_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(plain)
    with pytest.raises(CannotOpen):
        open_database(plain, PASSPHRASE, clock=fixed_clock())
    assert digest(plain) == before


def _compete(database: str, rounds: int, holders: object, violations: object,
             guard: object) -> None:
    lock = DatabaseLock(Path(database))
    for _ in range(rounds):
        try:
            lock.acquire()
        except Exception:  # held by another: try again
            continue
        with guard:  # type: ignore[attr-defined]
            holders.value += 1  # type: ignore[attr-defined]
            if holders.value > 1:  # type: ignore[attr-defined]
                violations.value += 1  # type: ignore[attr-defined]
        time.sleep(0.0005)  # held a moment, as a real holder would be
        with guard:  # type: ignore[attr-defined]
            holders.value -= 1  # type: ignore[attr-defined]
        lock.release()


def test_competing_processes_never_hold_the_lock_twice(tmp_path: Path) -> None:
    database = tmp_path / "kilpa.db"
    context = multiprocessing.get_context("spawn")
    holders, violations = context.Value("i", 0), context.Value("i", 0)
    guard = context.Lock()
    workers = [context.Process(target=_compete, args=(str(database), 400, holders,
                                                      violations, guard))
               for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    assert violations.value == 0
    assert not lock_path(database).exists()


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    database = tmp_path / "vanha.db"
    lock_path(database).write_text("4242@kone-joka-kaatui\n", encoding="utf-8")
    lock = DatabaseLock(database)
    lock.acquire()
    try:
        assert lock_path(database).read_text(encoding="utf-8").split("@")[0].isdigit()
        assert "kone-joka-kaatui" not in lock_path(database).read_text(encoding="utf-8")
    finally:
        lock.release()
