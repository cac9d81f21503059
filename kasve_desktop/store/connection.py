"""Keyed connections: the passphrase first, then a probe, then the project's pragmas.

Every new connection is keyed first (``PRAGMA key``), then probed, because a
wrong key is only noticed at the first read. Nothing is written before the
probe succeeds, so a wrong passphrase leaves the file byte for byte unchanged.

Before the key, SQLCipher's memory security is turned on: memory it frees (pages,
the key material) is wiped first. It is process-wide and, once on, stays on. The
environment variable ``KASVE_CIPHER_MEMORY_SECURITY=off`` leaves it off; only the test
suite sets it, to stay fast (see benchmarks/memory_security.py for the cost).
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from kasve_desktop.domain.passphrase import normalise
from kasve_desktop.store import verdicts

CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = DELETE",
)

MEMORY_SECURITY_VARIABLE = "KASVE_CIPHER_MEMORY_SECURITY"


def memory_security_wanted() -> bool:
    """On unless ``KASVE_CIPHER_MEMORY_SECURITY`` is ``off`` (or ``0``/``no``/``false``)."""
    value = os.environ.get(MEMORY_SECURITY_VARIABLE, "on").strip().lower()
    return value not in {"off", "0", "no", "false"}


class SQLiteTooOld(RuntimeError):
    """The SQLite inside SQLCipher lacks what the lists' date SQL relies on."""


_DATES_CHECKED = False


def check_date_modifiers(conn: sqlcipher3.Connection) -> None:
    """Refuse an SQLite without the ``floor`` date modifier (3.46): the answer-by and
    deletion-due dates in SQL (``store.queries.add_months_sql``) would silently be NULL."""
    global _DATES_CHECKED
    if _DATES_CHECKED:
        return
    day, version = conn.execute("SELECT date('2024-01-31', '+1 months', 'floor'), "
                                "sqlite_version()").fetchone()
    if day != "2024-02-29":
        raise SQLiteTooOld(f"SQLite {version} is too old: 3.46 or newer is needed "
                           "(update the sqlcipher3 package)")
    _DATES_CHECKED = True


def key_statement(passphrase: str) -> str:
    """``PRAGMA key`` with the passphrase as a quoted SQL string literal."""
    return "PRAGMA key = '" + normalise(passphrase).replace("'", "''") + "'"


def connect(path: Path, passphrase: str, *, read_only: bool = False) -> sqlcipher3.Connection:
    """A keyed, probed connection with the project's pragmas; raises ``CannotOpen``, or
    the error ``store.verdicts`` names once the key is known right (a damaged file, a
    busy one…). ``read_only`` opens the file read-only (SQLite's ``mode=ro``)."""
    conn = (sqlcipher3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False) if read_only
            else sqlcipher3.connect(str(path), check_same_thread=False))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if memory_security_wanted():
            conn.execute("PRAGMA cipher_memory_security = ON").fetchall()
        conn.execute(key_statement(passphrase))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma).fetchall()
    except (sqlcipher3.DatabaseError, UnicodeError, ValueError) as error:
        raise verdicts.refused(conn, Path(path), error) from None
    try:
        check_date_modifiers(conn)
    except SQLiteTooOld:
        conn.close()
        raise
    conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _transactional)
    return conn
