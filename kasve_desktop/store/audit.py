"""The audit log: every create, update and delete, hash-chained.

An entry records when, which operating-system account, what kind of record,
which record and which fields changed — never the values. It is written in the
same transaction as the change, by a flush hook on the session factory, so no
service can forget it. Each entry stores the previous entry's hash; changing or
removing an entry later breaks the chain, which ``verify_chain`` finds.

A chain cut short at its end, emptied, or rebuilt whole by someone holding the
passphrase is still a valid chain: against those, ``verify_chain`` compares it with its
head as known outside the database (the anchor kept by ``store.audit_anchor``).
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from kasve_desktop.domain.vocabulary import AuditAction
from kasve_desktop.store.models import AuditEntry
from kasve_desktop.store.stamps import clock_of

GENESIS = "0" * 64
IGNORED_FIELDS = frozenset({"created_at", "updated_at"})
APPENDED = "kasve_audit_appended"
"""Set in a connection's ``info`` when a flush appended entries (see ``audit_anchor``)."""


@dataclass(frozen=True)
class Head:
    """The end of a chain: how many entries it has, and the last one's hash and id."""

    count: int
    hash: str
    id: int


EMPTY = Head(0, GENESIS, 0)


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def entry_hash(prev_hash: str, row: dict[str, Any]) -> str:
    payload = json.dumps(
        [row["at"].isoformat(), row["os_user"], row["action"], row["entity"],
         row["entity_id"], row["fields"]],
        ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def _column_keys(obj: object) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _changed_fields(obj: object, action: AuditAction) -> list[str]:
    state = inspect(obj)
    if action is AuditAction.DELETE:
        return []
    keys = [k for k in _column_keys(obj) if k not in IGNORED_FIELDS]
    if action is AuditAction.CREATE:
        return [k for k in keys if getattr(obj, k) not in (None, False, "", {}, [])]
    return [k for k in keys if state.attrs[k].history.has_changes()]


def _identity(obj: object) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join(str(part) for part in key)


def _changes(session: Session) -> Iterator[tuple[AuditAction, object]]:
    for obj in session.new:
        yield AuditAction.CREATE, obj
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            yield AuditAction.UPDATE, obj
    for obj in session.deleted:
        yield AuditAction.DELETE, obj


def _rows(session: Session, user: str) -> list[dict[str, Any]]:
    rows = []
    at = clock_of(session.connection()).stamp()
    for action, obj in _changes(session):
        if isinstance(obj, AuditEntry):
            continue
        fields = _changed_fields(obj, action)
        if action is AuditAction.UPDATE and not fields:
            continue
        rows.append({"at": at, "os_user": user, "action": action.value,
                     "entity": inspect(obj).mapper.local_table.name, "entity_id": _identity(obj),
                     "fields": fields})
    return rows


def append(connection: Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Chain and insert ``rows`` after the newest existing entry."""
    prev = connection.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    prev = prev or GENESIS
    chained = []
    for row in rows:
        digest = entry_hash(prev, row)
        chained.append({**row, "prev_hash": prev, "hash": digest})
        prev = digest
    if chained:
        connection.execute(insert(AuditEntry), chained)


def install(sessions: sessionmaker[Session]) -> None:
    """Write audit entries for every flush of sessions made by ``sessions``."""
    user = os_user()

    @event.listens_for(sessions, "after_flush")
    def _after_flush(session: Session, _context: object) -> None:
        rows = _rows(session, user)
        if rows:
            append(session.connection(), rows)
            session.connection().info[APPENDED] = True


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_broken_id: int | None
    anchor: Head | None = None
    """The head known from outside the database (None: none is kept on this computer)."""
    last_id: int | None = None
    """The id of the chain's last entry (None: the log is empty)."""
    diverged_id: int | None = None
    """The entry at the anchor's position, when its hash is not the anchor's."""

    @property
    def missing(self) -> int:
        """How many entries the chain lacks against its anchor."""
        if self.anchor is None or self.first_broken_id is not None:
            return 0
        return max(0, self.anchor.count - self.entries)

    @property
    def ends_in_anchor(self) -> bool:
        return self.missing == 0 and self.diverged_id is None

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None and self.ends_in_anchor


def _row(entry: AuditEntry) -> dict[str, Any]:
    return {"at": entry.at, "os_user": entry.os_user, "action": entry.action,
            "entity": entry.entity, "entity_id": entry.entity_id, "fields": entry.fields}


def verify_chain(session: Session, anchor: Head | None = None) -> ChainCheck:
    """Recompute every hash in order; report the first entry that does not match, and
    (given the ``anchor``) whether the chain reaches it and passes through it."""
    prev, count, last_id, diverged = GENESIS, 0, None, None
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
        count += 1
        if entry.prev_hash != prev or entry.hash != entry_hash(prev, _row(entry)):
            return ChainCheck(count, entry.id, anchor)
        if anchor is not None and count == anchor.count and entry.hash != anchor.hash:
            diverged = entry.id
        prev, last_id = entry.hash, entry.id
    return ChainCheck(count, None, anchor, last_id, diverged)
