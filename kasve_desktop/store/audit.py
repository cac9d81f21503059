"""The audit log: every create, update and delete, hash-chained.

An entry records when, which operating-system account, what kind of record,
which record and which fields changed — never the values. It is written in the
same transaction as the change, by a flush hook on the session factory, so no
service can forget it. Each entry stores the previous entry's hash; changing or
removing an entry later breaks the chain, which ``verify_chain`` finds.
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
        append(session.connection(), _rows(session, user))


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_broken_id: int | None

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session) -> ChainCheck:
    """Recompute every hash in order; report the first entry that does not match."""
    prev, count = GENESIS, 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
        count += 1
        row = {"at": entry.at, "os_user": entry.os_user, "action": entry.action,
               "entity": entry.entity, "entity_id": entry.entity_id, "fields": entry.fields}
        if entry.prev_hash != prev or entry.hash != entry_hash(prev, row):
            return ChainCheck(count, entry.id)
        prev = entry.hash
    return ChainCheck(count, None)
