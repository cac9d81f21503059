"""What SQLite and SQLCipher say about the open file: their version and its integrity."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from kasve_desktop.store.errors import DatabaseDamaged
from kasve_desktop.store.verdicts import pages_named


@dataclass(frozen=True)
class Integrity:
    sqlite: list[str]
    """The rows of SQLite's ``integrity_check``: ``["ok"]`` for a sound file."""
    cipher_problems: int
    """SQLCipher's ``cipher_integrity_check`` gives one row per page that fails its HMAC."""
    pages: tuple[int, ...] = field(default=(), compare=False)
    """The damaged pages: those SQLCipher names, else those SQLite's check names."""

    @property
    def damaged(self) -> bool:
        return self.sqlite != ["ok"] or self.cipher_problems > 0

    def verdict(self) -> DatabaseDamaged | None:
        """The error to stop with when the file is damaged (None when it is sound)."""
        return DatabaseDamaged(self.pages) if self.damaged else None


def integrity(connection: Connection) -> Integrity:
    """SQLite's and SQLCipher's integrity checks of the whole file."""
    sqlite = [str(row[0]) for row in connection.execute(text("PRAGMA integrity_check"))]
    cipher = [str(row[0]) for row in
              connection.execute(text("PRAGMA cipher_integrity_check")).fetchall()]
    pages = pages_named(cipher) or (pages_named(sqlite) if sqlite != ["ok"] else [])
    return Integrity(sqlite, len(cipher), tuple(pages))


def cipher_version(connection: Connection) -> str:
    return str(connection.execute(text("PRAGMA cipher_version")).scalar() or "")
