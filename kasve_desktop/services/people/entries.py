"""A person's register entries: in which registers they are, from what source, on what basis.

One entry per register and person. Each change is its own transaction (the audit
hook logs it); a bad entry raises ``ValidationFailed`` naming every bad field and
changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager

from kasve_desktop.domain import validation as check
from kasve_desktop.domain.validation import Checker
from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.i18n import N_
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people.persons import UNKNOWN_CHOICE, person_row
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Register, RegisterEntry

Texts = dict[str, str]
ALREADY_IN_REGISTER = N_("The person is already in this register.")
DATES_REVERSED = N_("The data cannot be last needed before it was collected.")


@dataclass(frozen=True)
class EntryRow:
    id: int
    register_key: str
    register_name: Texts
    source: str
    legal_basis: str
    collected_on: dt.date | None
    last_needed_on: dt.date | None
    legal_hold: bool
    details: dict[str, object]
    note: str

    @property
    def details_text(self) -> str:
        """The details as ``key: value`` lines."""
        return "\n".join(f"{key}: {value}" for key, value in self.details.items())


@dataclass
class EntryData:
    """A register entry as the entry dialog edits it (``id`` None: a new one)."""

    register_key: str = ""
    source: str = ""
    legal_basis: str = ""
    collected_on: dt.date | None = None
    last_needed_on: dt.date | None = None
    legal_hold: bool = False
    note: str = ""
    id: int | None = None


def _entry_row(row: RegisterEntry) -> EntryRow:
    return EntryRow(row.id, row.register.key, dict(row.register.name or {}), row.source,
                    row.legal_basis, row.collected_on, row.last_needed_on, row.legal_hold,
                    dict(row.details or {}), row.note)


def list_entries(db: Database, person_id: int) -> list[EntryRow]:
    """The person's register entries in register order."""
    with db.sessions() as session:
        rows = session.scalars(select(RegisterEntry).join(Register)
                               .options(contains_eager(RegisterEntry.register))
                               .where(RegisterEntry.person_id == person_id)
                               .order_by(Register.position, Register.key))
        return [_entry_row(row) for row in rows]


def _checked_entry(session: Session, person_id: int, data: EntryData) -> Register:
    c = Checker()
    register = session.scalar(select(Register).where(Register.key == data.register_key))
    if register is None:
        c.fail("register_key", check.REQUIRED if not data.register_key else UNKNOWN_CHOICE)
    elif session.scalar(select(RegisterEntry.id).where(
            RegisterEntry.person_id == person_id, RegisterEntry.register_id == register.id,
            RegisterEntry.id != (data.id or 0))) is not None:
        c.fail("register_key", ALREADY_IN_REGISTER)
    if data.legal_basis and data.legal_basis not in set(LegalBasis):
        c.fail("legal_basis", UNKNOWN_CHOICE)
    if (data.collected_on and data.last_needed_on
            and data.last_needed_on < data.collected_on):
        c.fail("last_needed_on", DATES_REVERSED)
    c.raise_if_failed()
    assert register is not None
    return register


def save_entry(db: Database, person_id: int, data: EntryData) -> EntryRow:
    """Add the person to a register or change an entry; one entry per register."""
    with transaction(db) as session:
        person_row(session, person_id)
        register = _checked_entry(session, person_id, data)
        row = RegisterEntry(person_id=person_id) if data.id is None else session.get(
            RegisterEntry, data.id)
        if row is None or row.person_id != person_id:
            raise LookupError(data.id)
        session.add(row)
        row.register = register
        row.source, row.legal_basis = data.source.strip(), data.legal_basis
        row.note = data.note.strip()
        if (row.collected_on, row.last_needed_on) != (data.collected_on, data.last_needed_on):
            row.kept_until = None  # needed again: the register's rule counts once more
        row.collected_on, row.last_needed_on = data.collected_on, data.last_needed_on
        row.legal_hold = data.legal_hold
        session.flush()
        return _entry_row(row)


def remove_entry(db: Database, entry_id: int) -> None:
    with transaction(db) as session:
        row = session.get(RegisterEntry, entry_id)
        if row is not None:
            session.delete(row)
