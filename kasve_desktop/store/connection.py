"""Keyed connections: the passphrase first, then a probe, then the project's pragmas.

Every new connection is keyed first (``PRAGMA key``), then probed, because a
wrong key is only noticed at the first read. Nothing is written before the
probe succeeds, so a wrong passphrase leaves the file byte for byte unchanged.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from kasve_desktop.domain.passphrase import normalise
from kasve_desktop.store.errors import CannotOpen

CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = DELETE",
)


def key_statement(passphrase: str) -> str:
    """``PRAGMA key`` with the passphrase as a quoted SQL string literal."""
    return "PRAGMA key = '" + normalise(passphrase).replace("'", "''") + "'"


def connect(path: Path, passphrase: str) -> sqlcipher3.Connection:
    """A keyed, probed connection with the project's pragmas; raises ``CannotOpen``."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_statement(passphrase))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma).fetchall()
    except (sqlcipher3.DatabaseError, UnicodeError, ValueError):
        conn.close()
        raise CannotOpen() from None
    conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _transactional)
    return conn
