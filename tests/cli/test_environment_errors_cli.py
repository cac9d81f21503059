"""A full disk, a busy database and a missing permission: one translated line each.

All real: the file size limit of the process (``RLIMIT_FSIZE``, so that a write past it
fails with EFBIG, which SQLite reports as a disk I/O error), SQLite's own "database or
disk is full" (``max_page_count``), a second process holding a write transaction on
the file, and a file the user may not read (``chmod 000``; as root, which file modes do
not stop, the command runs through ``setpriv`` without the capabilities that let root
read any file).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kasve_desktop.services.errors import DiskFull
from kasve_desktop.store.connection import key_statement
from kasve_desktop.store.engine import Database
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE

GOOD = str(Path(__file__).resolve().parents[1] / "data" / "good.csv")
NOT_SHOWN = ("odottamaton", "Traceback", "SELECT", "INSERT", "sqlite", "sqlcipher",
             "sqlalche.me", "I/O error", "locked")


def assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    for word in NOT_SHOWN:
        assert word not in result.stdout + result.stderr, word


def limited(size: int) -> Callable[[], None]:
    """A ``preexec_fn``: no file of the child may grow past ``size`` bytes."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return apply


def run_limited(size: int, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KASVE_PASSPHRASE": PASSPHRASE}
    return subprocess.run([sys.executable, "-m", "kasve_desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120, preexec_fn=limited(size))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("environment") / "demo.db"
    assert run("init", "--db", str(path), "--demo").returncode == 0
    return path.read_bytes()


@pytest.fixture
def demo(tmp_path: Path, demo_template: bytes) -> Path:
    path = tmp_path / "demo.db"
    path.write_bytes(demo_template)
    return path


@pytest.mark.parametrize("args", [("init",), ("init", "--demo")])
def test_init_on_a_full_disk(tmp_path: Path, args: tuple[str, ...]) -> None:
    target = tmp_path / "uusi.db"
    result = run_limited(64 * 1024, *args, "--db", str(target))
    assert_one_line_error(result, 1)
    assert "levy voi olla täynnä" in result.stderr
    assert_clean(result)
    assert not target.exists()


def test_sqlite_says_the_disk_is_full(db: Database) -> None:
    """SQLite's own SQLITE_FULL: the file may not grow past its maximum page count."""
    with db.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(DiskFull) as raised:
            connection.exec_driver_sql(
                "INSERT INTO setting VALUES ('iso', json_object('x', hex(randomblob(90000))))")
    assert raised.value.text().startswith("Levy on täynnä")


@pytest.fixture
def holder(demo: Path) -> Iterator[Callable[[str], None]]:
    """Start another program (not ours: no lock file) holding a transaction on ``demo``."""
    started: list[subprocess.Popen[str]] = []

    def hold(begin: str) -> None:
        script = (
            "import sqlcipher3, sys, time\n"
            f"c = sqlcipher3.connect({str(demo)!r}, isolation_level=None)\n"
            f"c.execute({key_statement(PASSPHRASE)!r})\n"
            f"c.execute({begin!r})\n"
            "c.execute(\"INSERT INTO setting VALUES ('toinen', '{}')\")\n"
            "print('ready', flush=True)\n"
            "time.sleep(120)\n")
        process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                                   text=True)
        started.append(process)
        assert process.stdout is not None and process.stdout.readline() == "ready\n"

    yield hold
    for process in started:
        process.kill()
        process.communicate()


def test_a_write_while_another_program_writes(demo: Path,
                                              holder: Callable[[str], None]) -> None:
    holder("BEGIN IMMEDIATE")
    result = run("import", "--db", str(demo), GOOD, "--register", "asiakkaat")
    assert_one_line_error(result, 1)
    assert "Tietokanta on varattu: toinen ohjelma kirjoittaa siihen." in result.stderr
    assert_clean(result)


def test_opening_while_another_program_commits(demo: Path,
                                               holder: Callable[[str], None]) -> None:
    """Busy, not "wrong passphrase": a lock says nothing about the passphrase."""
    holder("BEGIN EXCLUSIVE")
    result = run("check", "--db", str(demo))
    assert_one_line_error(result, 1)
    assert "Tietokanta on varattu" in result.stderr
    assert "tunnuslause" not in result.stderr
    assert_clean(result)


def without_overriding_permissions() -> list[str]:
    """The command prefix that runs as root without the capabilities that let root read
    any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH): file modes then apply to it too."""
    setpriv = shutil.which("setpriv")
    assert setpriv is not None, "setpriv (util-linux) drops root's capabilities"
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def test_a_file_we_may_not_read(demo_template: bytes, tmp_path: Path) -> None:
    demo = tmp_path / "demo.db"
    demo.write_bytes(demo_template)
    demo.chmod(0o000)
    env = {**os.environ, "KASVE_PASSPHRASE": PASSPHRASE}
    prefix = without_overriding_permissions() if os.geteuid() == 0 else []
    result = subprocess.run([*prefix, sys.executable, "-m", "kasve_desktop", "persons",
                             "--db", str(demo)], capture_output=True, text=True, env=env,
                            timeout=120)
    demo.chmod(0o600)
    assert_one_line_error(result, 2)
    assert f"Ei oikeutta käyttää tiedostoa {demo}" in result.stderr
    assert_clean(result)
