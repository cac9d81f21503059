"""SQLite's and SQLCipher's own checks of the file, and the version they report."""

from __future__ import annotations

from pathlib import Path

from kasve_desktop.store import diagnostics
from kasve_desktop.store.connection import connect
from kasve_desktop.store.engine import Database, open_database
from tests.conftest import PASSPHRASE, fixed_clock

PAGE = 4096


def test_a_sound_file(db: Database) -> None:
    with db.engine.connect() as connection:
        assert diagnostics.integrity(connection) == diagnostics.Integrity(["ok"], 0)
        assert diagnostics.cipher_version(connection).startswith("4.")


def _damage_a_free_page(path: Path) -> None:
    """Flip a byte of the file's last page, which a deleted blob left free.

    SQLite's own check reads only pages in use, so it still says "ok"; SQLCipher's
    check reads every page and finds the one whose HMAC no longer matches.
    """
    connection = connect(path, PASSPHRASE)
    connection.execute("CREATE TABLE scratch (b BLOB)")
    connection.execute("INSERT INTO scratch VALUES (zeroblob(200000))")
    connection.execute("DELETE FROM scratch")
    connection.close()
    data = bytearray(path.read_bytes())
    data[-PAGE // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_damaged_page_is_counted(db_path: Path) -> None:
    open_database(db_path, PASSPHRASE, create=True, clock=fixed_clock()).close()
    _damage_a_free_page(db_path)
    db = open_database(db_path, PASSPHRASE, clock=fixed_clock())
    try:
        with db.engine.connect() as connection:
            assert diagnostics.integrity(connection) == diagnostics.Integrity(["ok"], 1)
    finally:
        db.close()
