"""The audit chain's anchor: its head (count, last hash, last id) kept outside the file.

A hash chain proves only that its entries follow one another. Cut at its end, emptied,
or recomputed whole by someone who has the passphrase, it is still a valid chain. So
the head is remembered outside the database too, in its ``local_state`` (key
``audit_head``), and ``audit.verify_chain`` reports a chain that is shorter than its
anchor or does not pass through it.

The anchor moves forward after every committed transaction that appended entries: when
the connection goes back to the pool, the chain's last entry is read (one indexed
lookup, no scan), and the anchor is advanced only if the entry at the anchor's id still
has the anchor's hash — a chain found altered keeps its old anchor as the evidence.
Reading the head after the commit, outside any transaction, means an anchor is never
ahead of what was committed; a crash in between leaves it behind, which is not an alarm.

The anchor is set from the whole chain (one count) when a database is created, opened
on a computer that keeps no anchor for it yet, or replaced by a restored backup.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, event

from kasve_desktop.store import local_state
from kasve_desktop.store.audit import APPENDED, EMPTY, Head

KEY = "audit_head"
log = logging.getLogger(__name__)


def known_head(database: Path) -> Head | None:
    """The anchor kept for ``database`` on this computer (None: none yet)."""
    value: Any = local_state.load(Path(database)).get(KEY)
    try:
        return Head(int(value["count"]), str(value["hash"]), int(value["id"]))
    except (TypeError, KeyError, ValueError):
        return None


def remember(database: Path, head: Head) -> None:
    local_state.update(Path(database), **{
        KEY: {"count": head.count, "hash": head.hash, "id": head.id}})


def _last(conn: sqlcipher3.Connection) -> tuple[int, str] | None:
    row = conn.execute("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def head_of(conn: sqlcipher3.Connection) -> Head:
    """The head of the chain in ``conn`` (counts the entries: for the rare cases only)."""
    last = _last(conn)
    if last is None:
        return EMPTY
    count = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    return Head(int(count), last[1], last[0])


def advanced(conn: sqlcipher3.Connection, anchor: Head) -> Head | None:
    """The new head if the chain grew and still passes through ``anchor``; else None."""
    last = _last(conn)
    if last is None or last == (anchor.id, anchor.hash):
        return None
    if anchor.id:
        row = conn.execute("SELECT hash FROM audit_entry WHERE id = ?", (anchor.id,)).fetchone()
        if row is None or row[0] != anchor.hash:
            return None  # altered since: keep the anchor that shows it
    return Head(anchor.count + last[0] - anchor.id, last[1], last[0])


def _follow(database: Path, conn: sqlcipher3.Connection) -> None:
    anchor = known_head(database)
    head = head_of(conn) if anchor is None else advanced(conn, anchor)
    if head is not None:
        remember(database, head)


def install(engine: Engine, database: Path, *, fresh: bool) -> None:
    """Keep the anchor of ``database`` (open in ``engine``) up to date; set it now if
    the database is new (``fresh``) or this computer keeps none for it yet."""
    database = Path(database)
    if fresh or known_head(database) is None:
        raw = engine.raw_connection()
        try:
            remember(database, head_of(raw.driver_connection))
        except OSError as error:  # an unwritable configuration folder: open all the same
            log.warning("could not set the audit anchor of %s: %s", database, error)
        finally:
            raw.close()

    @event.listens_for(engine, "checkin")
    def _checkin(dbapi_connection: Any, record: Any) -> None:
        if record is None or not record.info.pop(APPENDED, False) or dbapi_connection is None:
            return
        try:
            _follow(database, dbapi_connection)
        except (OSError, sqlcipher3.Error) as error:  # the commit itself has succeeded
            log.warning("could not update the audit anchor of %s: %s", database, error)

