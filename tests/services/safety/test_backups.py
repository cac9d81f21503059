"""Backups are whole, encrypted, private and verified; restore puts one back atomically after
a safety copy, and a damaged or foreign backup changes nothing."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest
import sqlcipher3

from kasve_desktop.services.database import transaction
from kasve_desktop.services.safety.backups import (
    BackupFailed,
    BackupUnusable,
    backup,
    inspect,
    restore,
)
from kasve_desktop.store.connection import connect
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.errors import DatabaseInUse
from kasve_desktop.store.models import Person, PersonEmail
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.sample import fill

PLANTED = "Zyrkkonen-Varmuuskopio"


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read straight from the file."""
    conn = connect(path, PASSPHRASE)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def kept(db: Database) -> Database:
    fill(db)
    with transaction(db) as s:
        person = Person(first_name="Aino", last_name=PLANTED)
        person.emails = [PersonEmail(position=0, address="aino@varmuus.example")]
        s.add(person)
    return db


def test_a_backup_is_a_whole_encrypted_private_copy(kept: Database, tmp_path: Path) -> None:
    target = tmp_path / "kopio.bak"
    written = backup(kept, target)
    assert written.path == target
    assert written.count("person") == 4 and written.count("register") == 3
    assert written.last_audit is not None
    assert PLANTED.encode() not in target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not (tmp_path / "kopio.bak.partial").exists()
    assert dump(target) == dump(kept.path)
    assert inspect(target, PASSPHRASE).rows == written.rows


def test_a_backup_that_cannot_be_written_leaves_nothing(kept: Database, tmp_path: Path) -> None:
    with pytest.raises(BackupFailed):
        backup(kept, tmp_path / "ei-ole" / "kopio.bak")
    assert list(tmp_path.iterdir()) == [kept.path, kept.path.with_name(kept.path.name + ".lock")]


def test_restore_into_a_new_path_gives_every_row(kept: Database, tmp_path: Path) -> None:
    target = tmp_path / "kopio.bak"
    backup(kept, target)
    restored = restore(target, tmp_path / "uusi.db", PASSPHRASE, fixed_clock())
    assert restored.safety is None
    assert restored.report.ok
    assert dump(tmp_path / "uusi.db") == dump(target)


def test_restore_over_a_database_keeps_a_safety_copy_of_it(kept: Database,
                                                            tmp_path: Path) -> None:
    target = tmp_path / "kopio.bak"
    backup(kept, target)
    with transaction(kept) as s:
        s.add(Person(first_name="Myöhemmin", last_name="Lisätty"))
    changed = dump(kept.path)
    path = kept.path
    kept.close()
    restored = restore(target, path, PASSPHRASE, fixed_clock())
    assert restored.report.ok
    assert dump(path) == dump(target)
    assert restored.safety is not None and restored.safety.name.startswith(
        f"{path.name}.before-restore-")
    assert dump(restored.safety) == changed
    assert stat.S_IMODE(restored.safety.stat().st_mode) == 0o600


def test_a_damaged_backup_is_refused_and_changes_nothing(kept: Database,
                                                         tmp_path: Path) -> None:
    target = tmp_path / "kopio.bak"
    backup(kept, target)
    data = bytearray(target.read_bytes())
    for i in range(len(data) // 2, len(data) // 2 + 32):
        data[i] ^= 0xFF
    target.write_bytes(bytes(data))
    path = kept.path
    kept.close()
    before = digest(path)
    with pytest.raises(BackupUnusable):
        inspect(target, PASSPHRASE)
    with pytest.raises(BackupUnusable):
        restore(target, path, PASSPHRASE, fixed_clock())
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, "kopio.bak"])


def test_a_backup_with_another_passphrase_or_of_another_kind_is_refused(
        kept: Database, tmp_path: Path) -> None:
    target = tmp_path / "kopio.bak"
    backup(kept, target)
    with pytest.raises(BackupUnusable):
        inspect(target, "väärä tunnuslause")
    other = tmp_path / "muu.db"
    conn = sqlcipher3.connect(str(other))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupUnusable) as refused:
        inspect(other, PASSPHRASE)
    assert "not a Kasve Desktop database" in refused.value.text() or \
        "ei ole Kasve Desktopin" in refused.value.text()


def test_a_database_open_elsewhere_is_not_replaced(kept: Database, tmp_path: Path) -> None:
    target = tmp_path / "kopio.bak"
    backup(kept, target)
    before = digest(kept.path)
    with pytest.raises(DatabaseInUse):
        restore(target, kept.path, PASSPHRASE, fixed_clock())
    assert digest(kept.path) == before
    reopened = open_database(target, PASSPHRASE, clock=fixed_clock())
    reopened.close()


def test_a_damaged_database_is_restored_and_its_bytes_kept_as_they_were(
        kept: Database, tmp_path: Path) -> None:
    """The damage message says to restore the latest backup: that must work."""
    target = tmp_path / "kopio.bak"
    backup(kept, target)
    path = kept.path
    kept.close()
    data = bytearray(path.read_bytes())
    page = 4096 * (len(data) // 4096 // 2)
    for i in range(page + 100, page + 164):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    damaged = digest(path)
    restored = restore(target, path, PASSPHRASE, fixed_clock())
    assert restored.report.ok
    assert dump(path) == dump(target)
    assert restored.safety is not None and digest(restored.safety) == damaged
    assert stat.S_IMODE(restored.safety.stat().st_mode) == 0o600
