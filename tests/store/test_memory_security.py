"""SQLCipher's memory security: on wherever the application connects, off only when
``KASVE_CIPHER_MEMORY_SECURITY=off`` says so (the test suite does, to stay fast).

The setting is process-wide and cannot be turned off once on, so each case runs in a
fresh Python process that opens a real encrypted database and reads the pragma back.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kasve_desktop.store.connection import MEMORY_SECURITY_VARIABLE
from kasve_desktop.store.engine import open_database
from tests.conftest import PASSPHRASE, fixed_clock

READ_BACK = """
import sys
from pathlib import Path
import datetime as dt
from kasve_desktop.clock import FixedClock
from kasve_desktop.store.engine import open_database
db = open_database(Path(sys.argv[1]), sys.argv[2], clock=FixedClock.on(dt.date(2026, 11, 24)))
with db.engine.connect() as connection:
    print(connection.exec_driver_sql("PRAGMA cipher_memory_security").scalar())
db.close()
"""


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "kasve.db"
    open_database(path, PASSPHRASE, clock=fixed_clock(), create=True).close()
    return path


def memory_security(database: Path, switch: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != MEMORY_SECURITY_VARIABLE}
    if switch is not None:
        env[MEMORY_SECURITY_VARIABLE] = switch
    done = subprocess.run([sys.executable, "-c", READ_BACK, str(database), PASSPHRASE],
                          capture_output=True, text=True, env=env, timeout=120, check=True)
    return done.stdout.strip()


def test_memory_security_is_on_by_default(database: Path) -> None:
    assert memory_security(database, None) == "1"


def test_the_switch_leaves_it_off(database: Path) -> None:
    assert memory_security(database, "off") == "0"


def test_the_suite_runs_with_it_off() -> None:
    assert os.environ[MEMORY_SECURITY_VARIABLE] == "off"
