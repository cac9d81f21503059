"""Creating, unlocking and checking a database."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from kasve_desktop.clock import Clock
from kasve_desktop.domain.passphrase import check_new
from kasve_desktop.store import audit, diagnostics
from kasve_desktop.store.audit import verify_chain
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.migrate import current_revision, head_revision

__all__ = ["CheckReport", "Database", "check", "create_database", "passphrase_matches",
           "single_transaction", "transaction", "unlock"]

@contextmanager
def transaction(db: Database) -> Iterator[Session]:
    """One unit of work: committed when the block ends, rolled back on any error."""
    with db.sessions.begin() as session:
        yield session


@contextmanager
def single_transaction(db: Database) -> Iterator[Database]:
    """``db`` whose sessions all join one transaction, committed when the block ends.

    Services that each open their own ``transaction`` can then be combined all or
    nothing: their commits only release savepoints, and the audit hook still runs.
    """
    with db.engine.connect() as connection:
        outer = connection.begin()
        sessions = sessionmaker(bind=connection, expire_on_commit=False,
                                join_transaction_mode="create_savepoint")
        audit.install(sessions)
        try:
            yield replace(db, sessions=sessions)
        except BaseException:
            outer.rollback()
            raise
        outer.commit()


def create_database(path: Path, passphrase: str, clock: Clock) -> Database:
    """A new, empty database; the passphrase must follow the rule (raises PassphraseError)."""
    return open_database(path, check_new(passphrase), clock=clock, create=True)


def unlock(path: Path, passphrase: str, clock: Clock) -> Database:
    return open_database(path, passphrase, clock=clock)


def passphrase_matches(db: Database, passphrase: str) -> bool:
    """Whether ``passphrase`` is the open database's (compared in constant time)."""
    return hmac.compare_digest(passphrase.encode(), db.key.value().encode())


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]
    cipher_problems: int
    schema_revision: str | None
    schema_head: str
    audit_entries: int
    audit_broken_at: int | None

    @property
    def ok(self) -> bool:
        return (self.integrity == ["ok"] and self.cipher_problems == 0
                and self.schema_revision == self.schema_head and self.audit_broken_at is None)


def check(db: Database) -> CheckReport:
    """SQLite's and SQLCipher's integrity checks, the schema revision and the audit chain."""
    with db.engine.connect() as connection:
        found = diagnostics.integrity(connection)
        revision = current_revision(connection)
    with db.sessions() as session:
        chain = verify_chain(session)
    return CheckReport(found.sqlite, found.cipher_problems, revision, head_revision(),
                       chain.entries, chain.first_broken_id)
