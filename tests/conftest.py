"""Shared test set-up: offscreen Qt, a private home, a fresh encrypted database per test."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything creates a QApplication or asks platformdirs for a folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_REAL_HOME = Path(os.path.expanduser("~"))
_TEST_HOME = Path(tempfile.mkdtemp(prefix="kasve-test-home-"))
for _variable, _sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"),
                        ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                        ("KASVE_DATA_DIR", "kasve-data"), ("KASVE_CONFIG_DIR", "kasve-config")):
    os.environ[_variable] = str(_TEST_HOME / _sub) if _sub else str(_TEST_HOME)
os.environ.pop("KASVE_PASSPHRASE", None)
os.environ["KASVE_CIPHER_MEMORY_SECURITY"] = "off"  # fast; see tests/store/test_memory_security.py

import pytest  # noqa: E402

from kasve_desktop import i18n  # noqa: E402
from kasve_desktop.clock import FixedClock  # noqa: E402
from kasve_desktop.gui.common.qt_workaround import protect_singletons  # noqa: E402
from kasve_desktop.store.engine import Database, open_database  # noqa: E402

PASSPHRASE = "oikea hevonen patteri niitti"
CLOCK_DAY = dt.date(2026, 11, 24)  # a Tuesday: the day the tests' databases live on


def _real_home_snapshot() -> set[str]:
    """Names under the real home that a stray write of ours would create."""
    found = set()
    for folder in (".config", ".local/share", ".cache", ""):
        base = _REAL_HOME / folder
        if base.is_dir():
            found |= {str(p) for p in base.iterdir() if "kasve" in p.name.lower()}
    return found


_BEFORE = _real_home_snapshot()


def pytest_configure(config: pytest.Config) -> None:
    """As the application does before it makes its QApplication (see qt_workaround.py)."""
    protect_singletons()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if any test wrote under the real home folder."""
    added = _real_home_snapshot() - _BEFORE
    if added:
        session.exitstatus = 1
        print(f"\nTests wrote under the real home folder: {sorted(added)}")


@pytest.fixture(autouse=True)
def _same_umask() -> Iterator[None]:
    """A test that runs the window (which sets ``umask 077``) leaves the umask as it was."""
    before = os.umask(0o022)
    os.umask(before)
    yield
    os.umask(before)


@pytest.fixture(autouse=True)
def _finnish() -> Iterator[None]:
    """Every test starts in Finnish and leaves the language as it found it."""
    i18n.set_language("fi")
    yield
    i18n.set_language("fi")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kasve.db"


def fixed_clock(day: dt.date = CLOCK_DAY) -> FixedClock:
    """A clock standing at noon (Helsinki) on ``day``: tests never read the real one."""
    return FixedClock.on(day)


@pytest.fixture
def db_clock() -> FixedClock:
    """The clock of the ``db`` fixture's database; a test may set it to another moment."""
    return fixed_clock()


@pytest.fixture(scope="session")
def _empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the head schema, created once for the whole run through the
    product's own path: creating one runs every migration (~0.8 s), while a copy of it
    opens in ~0.1 s. Creating stamps no rows, so a copy is the same new database."""
    path = tmp_path_factory.mktemp("empty") / "kasve.db"
    open_database(path, PASSPHRASE, clock=fixed_clock(), create=True).close()
    return path


@pytest.fixture
def db(db_path: Path, db_clock: FixedClock, _empty_database: Path) -> Iterator[Database]:
    """A fresh, empty encrypted database (a copy of ``_empty_database``), stamping its
    rows by ``db_clock``."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_empty_database, db_path)
    db_path.chmod(0o600)
    database = open_database(db_path, PASSPHRASE, clock=db_clock)
    yield database
    database.close()
