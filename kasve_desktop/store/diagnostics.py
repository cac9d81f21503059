"""What SQLite and SQLCipher say about the open file: their version and its integrity."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text


@dataclass(frozen=True)
class Integrity:
    sqlite: list[str]
    """The rows of SQLite's ``integrity_check``: ``["ok"]`` for a sound file."""
    cipher_problems: int
    """SQLCipher's ``cipher_integrity_check`` gives one row per page that fails its HMAC."""


def integrity(connection: Connection) -> Integrity:
    """SQLite's and SQLCipher's integrity checks of the whole file."""
    sqlite = [str(row[0]) for row in connection.execute(text("PRAGMA integrity_check"))]
    cipher = connection.execute(text("PRAGMA cipher_integrity_check")).fetchall()
    return Integrity(sqlite, len(cipher))


def cipher_version(connection: Connection) -> str:
    return str(connection.execute(text("PRAGMA cipher_version")).scalar() or "")
