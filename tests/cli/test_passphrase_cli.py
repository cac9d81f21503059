"""``kasve-desktop passphrase``: the database re-encrypted under the new passphrase, checked;
refusals change nothing; and a process killed at any moment leaves a file that opens with
the old passphrase or the new one, never neither."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kasve_desktop.store.connection import connect
from kasve_desktop.store.engine import open_database
from kasve_desktop.store.errors import CannotOpen
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.sample import fill
from tests.services.safety.test_backups import dump

NEW = "uusi pitkä tunnuslause"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "kasve.db"
    db = open_database(path, PASSPHRASE, clock=fixed_clock(), create=True)
    fill(db)
    db.close()
    return path


def opens_with(path: Path, passphrase: str) -> bool:
    try:
        conn = connect(path, passphrase)
    except CannotOpen:
        return False
    try:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0] == 3
    finally:
        conn.close()


def change(database: Path, new: str | None = NEW, old: str = PASSPHRASE,
           ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KASVE_NEW_PASSPHRASE"}
    if new is not None:
        env["KASVE_NEW_PASSPHRASE"] = new
    env["KASVE_PASSPHRASE"] = old
    return subprocess.run([sys.executable, "-m", "kasve_desktop", "--lang", "en", "passphrase",
                           "--db", str(database)], capture_output=True, text=True, env=env,
                          timeout=120)


def test_the_passphrase_is_changed_and_every_row_kept(database: Path) -> None:
    before = dump(database)
    result = change(database)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"The passphrase of {database} was changed."
    assert lines[1:3] == ["integrity: ok", "cipher integrity: ok"]
    assert not opens_with(database, PASSPHRASE)
    assert opens_with(database, NEW)
    assert run("check", "--db", str(database), passphrase=NEW).returncode == 0
    conn_rows = dump_with(database, NEW)
    assert conn_rows == before
    assert not database.with_name(database.name + ".partial").exists()


def dump_with(path: Path, passphrase: str) -> dict[str, list[tuple[object, ...]]]:
    conn = connect(path, passphrase)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        conn.close()


@pytest.mark.parametrize(("new", "old", "says"), [
    ("lyhyt", PASSPHRASE, "at least 10 characters"),
    (NEW, "väärä tunnuslause", "the passphrase is wrong"),
    (None, PASSPHRASE, "KASVE_NEW_PASSPHRASE"),
])
def test_a_refused_change_leaves_the_file_as_it_was(database: Path, new: str | None, old: str,
                                                    says: str) -> None:
    before = digest(database)
    result = change(database, new, old)
    assert_one_line_error(result, 2)
    assert says in result.stderr
    assert digest(database) == before


def test_a_kill_at_any_moment_leaves_a_file_that_opens(database: Path, tmp_path: Path) -> None:
    template = tmp_path / "pohja.db"
    shutil.copy(database, template)
    env = {**os.environ, "KASVE_PASSPHRASE": PASSPHRASE, "KASVE_NEW_PASSPHRASE": NEW}
    command = [sys.executable, "-m", "kasve_desktop", "passphrase", "--db", str(database)]
    # How long a whole change takes on this machine now, so that the kills are spread from
    # its start to past its end however loaded the machine is.
    started = time.monotonic()
    subprocess.run(command, env=env, check=True, capture_output=True)
    whole = time.monotonic() - started
    outcomes = set()
    for step in range(16):
        shutil.copy(template, database)
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(whole * (0.1 + step * 0.075))
        process.send_signal(signal.SIGKILL)
        process.wait()
        old, new = opens_with(database, PASSPHRASE), opens_with(database, NEW)
        assert old != new, f"after a kill at step {step} the file opened with neither (or both)"
        outcomes.add("new" if new else "old")
    assert outcomes == {"old", "new"}  # the kills fell both before and after the rename
