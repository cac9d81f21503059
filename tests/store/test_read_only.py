"""A database on a read-only medium (or a read-only file) opens read-only, with a notice.

The folder or file is made really read-only: with ``chmod`` for an ordinary user, and
with ``chattr +i`` (immutable, which stops root too) when the tests run as root, where
``chmod`` stops nothing. No lock file is needed then; a write is refused with one line.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from kasve_desktop.services.database import read_only_notice
from kasve_desktop.services.errors import DatabaseOutdatedReadOnly, DatabaseReadOnly
from kasve_desktop.store.engine import open_database
from kasve_desktop.store.lock import lock_path
from kasve_desktop.store.models import Setting
from tests.cli.test_cli import run
from tests.conftest import PASSPHRASE, fixed_clock

GOOD = str(Path(__file__).resolve().parents[1] / "data" / "good.csv")
NOTICE = "Tietokanta avattiin vain luettavaksi: "


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` (a folder or a file) may not be written, not even by root, until the end."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


@pytest.fixture
def made(tmp_path: Path) -> Path:
    folder = tmp_path / "levy"
    folder.mkdir()
    path = folder / "kasve.db"
    db = open_database(path, PASSPHRASE, clock=fixed_clock(), create=True)
    with db.sessions.begin() as session:
        session.add(Setting(key="tervehdys", value={"teksti": "hei"}))
    db.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_writable_database_is_not_read_only(made: Path) -> None:
    db = open_database(made, PASSPHRASE, clock=fixed_clock())
    try:
        assert not db.read_only
        assert read_only_notice(db) is None
        assert lock_path(made).exists()
    finally:
        db.close()


@pytest.mark.parametrize("what", ["folder", "file"])
def test_opens_read_only_and_refuses_writes(made: Path, what: str) -> None:
    before = digest(made)
    with read_only(made.parent if what == "folder" else made):
        db = open_database(made, PASSPHRASE, clock=fixed_clock())
        try:
            assert db.read_only and db.is_open
            assert not lock_path(made).exists()
            with db.sessions() as session:
                assert session.scalars(select(Setting.key)).all() == ["tervehdys"]
            with pytest.raises(DatabaseReadOnly) as refused, db.sessions.begin() as session:
                session.add(Setting(key="uusi", value={}))
            notice = read_only_notice(db)
        finally:
            db.close()
    assert not db.is_open
    assert "vain luettavaksi" in refused.value.text() and "SQL" not in refused.value.text()
    assert notice is not None and notice.startswith(NOTICE) and str(made) in notice
    assert digest(made) == before


def test_the_command_line_tells_once_and_refuses_a_write(tmp_path: Path) -> None:
    made = tmp_path / "levy" / "demo.db"
    made.parent.mkdir()
    assert run("init", "--db", str(made), "--demo").returncode == 0
    with read_only(made.parent):
        listed = run("persons", "--db", str(made))
        imported = run("import", "--db", str(made), GOOD, "--register", "asiakkaat")
    assert listed.returncode == 0, listed.stderr
    assert listed.stderr.splitlines() == [f"kasve-desktop: {NOTICE}" + listed.stderr.split(
        NOTICE, 1)[1].rstrip("\n")]
    assert imported.returncode == 2, imported.stderr
    lines = imported.stderr.splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"kasve-desktop: {NOTICE}")
    assert lines[1].startswith("kasve-desktop: Tietokanta on avattu vain luettavaksi")
    for word in ("odottamaton", "Traceback", "INSERT", "readonly", "sqlite"):
        assert word not in imported.stderr + imported.stdout


def test_an_older_database_on_a_read_only_medium_is_refused_unchanged(tmp_path: Path) -> None:
    """It would need its schema updated (and a copy taken first): neither can be written."""
    from tests.store.test_migrations import _first_schema_database

    folder = tmp_path / "levy"
    folder.mkdir()
    path = folder / "vanha.db"
    _first_schema_database(path)
    before = digest(path)
    with read_only(folder):
        with pytest.raises(DatabaseOutdatedReadOnly) as refused:
            open_database(path, PASSPHRASE, clock=fixed_clock())
        assert sorted(p.name for p in folder.iterdir()) == ["vanha.db"]
    assert "kirjoitettavaan kansioon" in refused.value.text()
    assert digest(path) == before
