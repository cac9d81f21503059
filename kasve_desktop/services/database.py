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
from kasve_desktop.i18n import N_, _
from kasve_desktop.store import audit, diagnostics, local_state
from kasve_desktop.store.audit import ChainCheck, verify_chain
from kasve_desktop.store.audit_anchor import known_head
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.migrate import current_revision, head_revision

__all__ = ["CheckReport", "Database", "check", "create_database", "passphrase_matches",
           "read_only_notice", "single_transaction", "transaction", "unlock"]

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


def forget(path: Path) -> None:
    """Drop what is kept about the database at ``path`` outside it (its audit head, last
    backup, wrong passphrases): for a temporary database deleted with its folder."""
    local_state.forget(Path(path))


def passphrase_matches(db: Database, passphrase: str) -> bool:
    """Whether ``passphrase`` is the open database's (compared in constant time)."""
    return hmac.compare_digest(passphrase.encode(), db.key.value().encode())


READ_ONLY = N_("The database was opened read-only: {path} cannot be written here (a "
               "read-only medium, folder or file). You can look, but not change anything.")


def read_only_notice(db: Database) -> str | None:
    """The one line telling that ``db`` was opened read-only; None when it was not."""
    return _(READ_ONLY).format(path=db.path) if db.read_only else None


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]
    cipher_problems: int
    schema_revision: str | None
    schema_head: str
    audit_entries: int
    audit_broken_at: int | None
    audit_chain: ChainCheck | None = None
    """The whole chain check, with its anchor (``missing``, ``diverged_id``)."""

    @property
    def ok(self) -> bool:
        return (self.integrity == ["ok"] and self.cipher_problems == 0
                and self.schema_revision == self.schema_head and self.audit_broken_at is None
                and (self.audit_chain is None or self.audit_chain.ends_in_anchor))


def check(db: Database) -> CheckReport:
    """SQLite's and SQLCipher's integrity checks, the schema revision and the audit chain.

    A damaged file raises ``DatabaseDamaged`` (naming its pages) instead of a report."""
    with db.engine.connect() as connection:
        found = diagnostics.integrity(connection)
        damage = found.verdict()
        if damage is not None:  # nothing else of a damaged file can be trusted
            raise damage
        revision = current_revision(connection)
    with db.sessions() as session:
        chain = verify_chain(session, known_head(db.path))
    return CheckReport(found.sqlite, found.cipher_problems, revision, head_revision(),
                       chain.entries, chain.first_broken_id, chain)
