"""The transfer file: events with their sign-ups, people and consents, carried between
a laptop and the workstation in an SQLCipher file of its own.

A small schema of its own (not the main database's, no migrations, no audit log),
keyed with the transfer passphrase, so nothing in it can be read without it. The
file is written under a temporary name, created owner-only before SQLCipher writes a
byte into it, and renamed into place when complete; it is read only after
SQLCipher's and SQLite's integrity checks pass, so a wrong
passphrase, a damaged file or a file that is not a transfer file is one error,
``TransferUnreadable``, before anything is used.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3

from kasve_desktop.i18n import N_
from kasve_desktop.paths import create_private, make_private, sync_folder
from kasve_desktop.store.connection import connect
from kasve_desktop.store.errors import StoreError

FORMAT = "kasve-desktop-transfer"
VERSION = 2


class TransferUnreadable(StoreError):
    """Wrong passphrase, a damaged file or not a transfer file: nothing was read."""

    message = N_("The transfer file could not be opened: the passphrase is wrong, or the "
                 "file is damaged or is not a Kasve Desktop transfer file.")


@dataclass(frozen=True)
class TransferEvent:
    uid: str
    name: str
    starts_on: dt.date
    ends_on: dt.date | None
    location: str
    register_key: str
    """The key of the event's register ("" if none)."""
    description: str
    organiser: str
    notice_number: int | None
    """The number of the notice version in force for its sign-ups."""


@dataclass(frozen=True)
class TransferPerson:
    """Only what the workstation needs of a participant."""

    uid: str
    first_name: str
    last_name: str
    organisation: str
    language: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    """E.164, as the database keeps them."""


@dataclass(frozen=True)
class TransferParticipation:
    uid: str
    event_uid: str
    person_uid: str
    signed_up_at: dt.datetime
    attended: bool | None
    captured_on: str
    notice_number: int | None
    note: str


@dataclass(frozen=True)
class TransferConsent:
    """A consent given at one of the events, with its evidence."""

    uid: str
    person_uid: str
    event_uid: str
    register_key: str
    purpose: str
    channel: str
    granted_at: dt.datetime
    withdrawn_at: dt.datetime | None
    captured_via: str
    notice_number: int | None
    evidence: str
    wording: str
    language: str


@dataclass(frozen=True)
class TransferNotice:
    """A published notice version the events name, so that a laptop that receives them
    shows the participants what that version says (its frozen content, as JSON)."""

    uid: str
    """"notice-<number>"."""
    number: int
    effective_date: dt.date
    published_at: dt.datetime
    register_keys: tuple[str, ...]
    content: str
    note: str
    override_reason: str


@dataclass(frozen=True)
class TransferNoticePdf:
    uid: str
    """"notice-<number>-<language>"."""
    number: int
    language: str
    filename: str
    content: bytes


@dataclass(frozen=True)
class TransferRegister:
    """The key and name of a register the events or consents belong to."""

    uid: str
    """The register's key."""
    name: str
    """Its name per language, as JSON."""


@dataclass(frozen=True)
class TransferContent:
    events: tuple[TransferEvent, ...]
    persons: tuple[TransferPerson, ...]
    participations: tuple[TransferParticipation, ...]
    consents: tuple[TransferConsent, ...]
    notices: tuple[TransferNotice, ...] = ()
    notice_pdfs: tuple[TransferNoticePdf, ...] = ()
    registers: tuple[TransferRegister, ...] = ()


TABLES: dict[str, type[Any]] = {
    "transfer_event": TransferEvent,
    "transfer_person": TransferPerson,
    "transfer_participation": TransferParticipation,
    "transfer_consent": TransferConsent,
    "transfer_notice": TransferNotice,
    "transfer_notice_pdf": TransferNoticePdf,
    "transfer_register": TransferRegister,
}
SCHEMA = ["CREATE TABLE transfer_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"] + [
    f"CREATE TABLE {table} ({', '.join(f.name for f in fields(kind))}, "
    "PRIMARY KEY (uid))" for table, kind in TABLES.items()]

T = TypeVar("T")


# --- values to and from the file's columns --------------------------------------------

def _to_column(value: object) -> object:
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, dt.date):  # dates and datetimes
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _from_column(kind: str, value: object) -> object:
    """A column's value back as the dataclass field ``kind`` (its annotation) wants it."""
    if value is None:
        return None
    readers: dict[str, Callable[[Any], object]] = {
        "str": str, "int": int, "bool": bool, "bytes": bytes, "dt.date": dt.date.fromisoformat,
        "dt.datetime": dt.datetime.fromisoformat,
        "tuple[str, ...]": lambda text: tuple(str(v) for v in json.loads(text))}
    return readers[kind.split(" | ")[0]](value)


def astuple_shallow(content: TransferContent) -> tuple[tuple[Any, ...], ...]:
    """The content's record tuples in the order of ``TABLES``."""
    return tuple(getattr(content, f.name) for f in fields(content))


def _row_values(row: object) -> tuple[object, ...]:
    return tuple(_to_column(value) for value in astuple(row))  # type: ignore[call-overload]


def _record(kind: type[T], row: Sequence[object]) -> T:
    names = fields(kind)  # type: ignore[arg-type]
    if len(row) != len(names):
        raise ValueError("columns")
    return kind(**{f.name: _from_column(str(f.type), value) for f, value in zip(
        names, row, strict=True)})


# --- writing ------------------------------------------------------------------------

def _insert(conn: sqlcipher3.Connection, table: str, rows: Iterable[object]) -> None:
    columns = [f.name for f in fields(TABLES[table])]
    statement = (f"INSERT INTO {table} ({', '.join(columns)}) "
                 f"VALUES ({', '.join('?' for _ in columns)})")
    conn.executemany(statement, [_row_values(row) for row in rows])


def _fill(conn: sqlcipher3.Connection, content: TransferContent) -> None:
    conn.execute("BEGIN")
    for statement in SCHEMA:
        conn.execute(statement)
    conn.executemany("INSERT INTO transfer_meta (key, value) VALUES (?, ?)",
                     [("format", FORMAT), ("version", str(VERSION))])
    for table, rows in zip(TABLES, astuple_shallow(content), strict=True):
        _insert(conn, table, rows)
    conn.execute("COMMIT")


def write_transfer_file(path: Path, passphrase: str, content: TransferContent) -> None:
    """Write ``content`` to a new transfer file at ``path`` (replacing any file there).

    All or nothing: the file is made whole beside ``path`` (owner-only from its first
    byte) and renamed over it; a failure leaves the earlier file, and no partial one.
    """
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)  # left by a process that was killed
    create_private(partial)
    try:
        conn = connect(partial, passphrase)
        try:
            _fill(conn, content)
        finally:
            conn.close()
        make_private(partial)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


# --- reading ------------------------------------------------------------------------

def _check(conn: sqlcipher3.Connection) -> None:
    """Raise unless every page decrypts, the file is sound and is a transfer file."""
    if conn.execute("PRAGMA cipher_integrity_check").fetchall():
        raise TransferUnreadable()
    if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        raise TransferUnreadable()
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master "
                                            "WHERE type = 'table'")}
    if not {"transfer_meta", *TABLES} <= names:
        raise TransferUnreadable()
    meta = dict(conn.execute("SELECT key, value FROM transfer_meta").fetchall())
    if meta.get("format") != FORMAT or meta.get("version") != str(VERSION):
        raise TransferUnreadable()


def _rows(conn: sqlcipher3.Connection, table: str) -> tuple[Any, ...]:
    kind = TABLES[table]
    columns = ", ".join(f.name for f in fields(kind))
    return tuple(_record(kind, row) for row in conn.execute(
        f"SELECT {columns} FROM {table} ORDER BY rowid"))


def _check_json(content: TransferContent) -> None:
    """The notices' content and the registers' names are JSON objects (ValueError if not)."""
    for text in [n.content for n in content.notices] + [r.name for r in content.registers]:
        if not isinstance(json.loads(text), dict):
            raise ValueError("not an object")


def read_transfer_file(path: Path, passphrase: str) -> TransferContent:
    """The content of the transfer file at ``path``; raises ``TransferUnreadable``."""
    if not Path(path).is_file():
        raise TransferUnreadable()
    try:
        conn = connect(Path(path), passphrase)
    except StoreError:  # a wrong passphrase, a damaged or unreadable file: all unreadable
        raise TransferUnreadable() from None
    try:
        _check(conn)
        content = TransferContent(*(_rows(conn, table) for table in TABLES))
        _check_json(content)
        return content
    except (sqlcipher3.DatabaseError, ValueError, TypeError, KeyError):
        raise TransferUnreadable() from None
    finally:
        conn.close()
