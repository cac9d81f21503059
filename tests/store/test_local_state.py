"""The state kept beside a database, outside it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kasve_desktop.store import local_state


@pytest.fixture(autouse=True)
def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KASVE_CONFIG_DIR", str(tmp_path / "config"))


def test_values_are_kept_per_database_and_privately(tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    local_state.update(first, audit_head={"count": 3, "hash": "ab"})
    local_state.update(first, last_backup="2026-11-24T12:00:00+02:00")
    local_state.update(second, unlock_failures=2)
    assert local_state.load(first)["audit_head"] == {"count": 3, "hash": "ab"}
    assert local_state.load(first)["last_backup"] == "2026-11-24T12:00:00+02:00"
    assert "unlock_failures" not in local_state.load(first)
    assert local_state.load(second)["unlock_failures"] == 2
    mode = stat.S_IMODE(local_state.state_file(first).stat().st_mode)
    assert mode == 0o600
    assert local_state.state_file(first).parent.is_relative_to(tmp_path / "config")


def test_none_removes_a_value_and_a_damaged_file_is_an_empty_state(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    local_state.update(path, unlock_failures=4)
    local_state.update(path, unlock_failures=None)
    assert "unlock_failures" not in local_state.load(path)
    local_state.state_file(path).write_text("{not json", encoding="utf-8")
    assert local_state.load(path) == {}
    local_state.update(path, unlock_failures=1)
    assert local_state.load(path)["unlock_failures"] == 1


def test_writers_in_threads_and_processes_lose_no_key(tmp_path: Path) -> None:
    """Each writer sets its own key many times; at the end every key is there."""
    import subprocess
    import sys
    import threading

    path = tmp_path / "a.db"

    def write(name: str) -> None:
        for number in range(40):
            local_state.update(path, **{name: number})

    script = ("import sys; from pathlib import Path; from kasve_desktop.store import local_state\n"
              "for n in range(40): local_state.update(Path(sys.argv[1]), process=n)\n")
    child = subprocess.Popen([sys.executable, "-c", script, str(path)])
    threads = [threading.Thread(target=write, args=(f"thread{n}",)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert child.wait(timeout=60) == 0
    state = local_state.load(path)
    assert {key: state.get(key) for key in ("thread0", "thread1", "thread2", "process")} == {
        "thread0": 39, "thread1": 39, "thread2": 39, "process": 39}


def test_remember_tells_instead_of_raising_when_the_folder_cannot_be_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "tiedosto"
    blocker.write_text("ei kansio", encoding="utf-8")
    monkeypatch.setenv("KASVE_CONFIG_DIR", str(blocker / "config"))  # under a file: ENOTDIR
    with pytest.raises(OSError):
        local_state.update(tmp_path / "a.db", unlock_failures=1)
    assert local_state.remember(tmp_path / "a.db", unlock_failures=1) is False
    assert local_state.load(tmp_path / "a.db") == {}
