"""Importing people from a CSV or XLSX file into a register, all or nothing.

``read_table(path)`` reads the file (see ``import_reading``);
``plan_import(db, table, key)`` maps the columns (proposed from the header
unless a mapping is given), checks every row and matches it against the
people already kept (by e-mail address, casefolded, or by E.164 phone number;
a row with neither by name and postal address)
and against the earlier rows of the same file; ``apply_import(db, plan, …)``
writes everything in one transaction, or nothing: with an invalid row and no
``skip_invalid`` it raises ``ImportRejected``. Importing the same file twice
adds nothing the second time. The audit hook logs every row written.

An import may name an event (``plan_import(…, event_id=…)``): every person of a usable row
is then also signed up for it, in the same transaction (see ``import_participants``; the
register defaults to the event's).

Rows of a person whose e-mail or phone is on the erasure suppression list
(``suppression.is_suppressed_in``: keyed hashes of erased people's suppressed
contacts) are not imported and are reported as suppressed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kasve_desktop.domain.import_mapping import (
    ColumnMap,
    PersonFields,
    Problem,
    check_mapping,
    check_row,
    propose_mapping,
    row_values,
)
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people.import_filling import fill, new_person, single_basis
from kasve_desktop.services.people.import_participants import (
    EventNotFound,
    SignUps,
    event_target,
)
from kasve_desktop.services.people.import_reading import (
    ImportUnreadable,
    Table,
    TableRow,
    read_table,
)
from kasve_desktop.services.people.suppression import Contacts, _contact_keys, _digest, _secret
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Participation,
    Person,
    PersonEmail,
    PersonPhone,
    Register,
    RegisterEntry,
    SuppressionEntry,
)
from kasve_desktop.store.numbering import Numbering

__all__ = ["EventNotFound", "ImportPlan", "ImportRejected", "ImportSummary",
           "ImportUnreadable", "RowPlan",
           "RowStatus", "Table", "UnknownRegister", "apply_import", "find_register",
           "plan_import", "read_table", "summarise"]

SOURCE = "Tuonti: {name}"
"""The source of an imported entry: stored data, in Finnish like the rest of the registers."""
SOURCE_LENGTH = 200
FLUSH_EVERY = 500
OnMatched = Literal["merge", "skip"]
Progress = Callable[[int, int], None]
Suppressed = Callable[[PersonFields], bool]
Checked = tuple[tuple[Problem, ...], PersonFields | None]
"""A row as checked: its problems (none: usable) and its person."""


class RowStatus(StrEnum):
    NEW = "new"
    MATCHED = "matched"
    SAME_AS_ROW = "same-as-row"
    INVALID = "invalid"
    SUPPRESSED = "suppressed"


@dataclass(frozen=True)
class RowPlan:
    """What happens to one row: a new person, a match, the same person as an earlier row, …"""

    number: int
    status: RowStatus
    person: PersonFields | None = None
    problems: tuple[Problem, ...] = ()
    person_id: int | None = None
    """The existing person a MATCHED row belongs to."""
    person_name: str = ""
    same_as: int | None = None
    """The earlier row of the same person (SAME_AS_ROW)."""


@dataclass(frozen=True)
class ImportPlan:
    table: Table
    register_key: str
    register_name: str
    mapping: ColumnMap
    column_problems: tuple[Problem, ...]
    rows: tuple[RowPlan, ...]
    event_id: int | None = None
    """The event the people are signed up for (None: none)."""
    event_name: str = ""

    def with_status(self, *statuses: RowStatus) -> list[RowPlan]:
        return [row for row in self.rows if row.status in statuses]


@dataclass(frozen=True)
class ImportSummary:
    """What an import read, would do or did. ``written`` is True only after a commit."""

    rows_read: int
    new_persons: int
    matched_persons: int
    rejected: tuple[RowPlan, ...]
    suppressed: tuple[int, ...]
    column_problems: tuple[Problem, ...] = ()
    persons_updated: int = 0
    entries_added: int = 0
    written: bool = False
    event_id: int | None = None
    participations_added: int = 0
    already_signed_up: int = 0
    """People of the file who were signed up for the event before this import."""


class ImportRejected(Exception):
    """Nothing was written: invalid rows (without skip_invalid) or unusable columns."""

    def __init__(self, summary: ImportSummary) -> None:
        super().__init__(f"{len(summary.rejected)} invalid rows, "
                         f"{len(summary.column_problems)} column problems")
        self.summary = summary


class UnknownRegister(LookupError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


# --- planning -----------------------------------------------------------------------

def _register(session: Session, key: str) -> Register:
    row = session.scalars(select(Register).where(Register.key == key)).first()
    if row is None:
        raise UnknownRegister(key)
    return row


def find_register(db: Database, key: str) -> str:
    """The Finnish name of the register ``key``; raises ``UnknownRegister``."""
    with db.sessions() as session:
        register = _register(session, key)
        return str((register.name or {}).get("fi") or register.key)


class _Index:
    """The e-mail addresses (casefolded) and phone numbers already kept, to their person."""

    def __init__(self, session: Session) -> None:
        self.keys: dict[str, int] = {}
        for address, pid in session.execute(
                select(PersonEmail.address, PersonEmail.person_id).order_by(PersonEmail.id)):
            self.keys.setdefault("e:" + address.casefold(), pid)
        for number, pid in session.execute(
                select(PersonPhone.number, PersonPhone.person_id).order_by(PersonPhone.id)):
            self.keys.setdefault("p:" + number, pid)
        for pid, first, last, street, postal_code in session.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.street,
                       Person.postal_code).where(Person.street != "").order_by(Person.id)):
            key = _address_key(first, last, street, postal_code)
            if key:
                self.keys.setdefault(key, pid)

    def find(self, keys: Iterable[str]) -> int | None:
        return next((self.keys[k] for k in keys if k in self.keys), None)


def _address_key(first: str, last: str, street: str, postal_code: str) -> str:
    """Name and postal address, for the people who have neither e-mail nor phone."""
    if not (street and postal_code and (first or last)):
        return ""
    return "a:" + "|".join(" ".join(p.casefold().split()) for p in (first, last, street,
                                                                   postal_code))


def _keys(person: PersonFields) -> list[str]:
    """What identifies a person: e-mail (casefolded), E.164 phone, else name and address."""
    keys = ["e:" + person.email.casefold()] if person.email else []
    keys += ["p:" + person.phone] if person.phone else []
    address = _address_key(person.first_name, person.last_name, person.street,
                           person.postal_code)
    return keys + ([address] if address and not keys else [])


def _no_suppression(person: PersonFields) -> bool:
    return False


def suppression_check(session: Session) -> Suppressed:
    """``suppression.is_suppressed_in`` as a check of one row inside ``session``: the keyed
    hashes are read once, not queried per row."""
    if session.scalar(select(SuppressionEntry.id).limit(1)) is None:
        return _no_suppression
    secret = _secret(session, create=False)
    if secret is None:
        return _no_suppression
    kept = set(session.scalars(select(SuppressionEntry.digest)))

    def suppressed(person: PersonFields) -> bool:
        contacts = Contacts((person.email,) if person.email else (),
                            (person.phone,) if person.phone else ())
        return any(_digest(secret, kind, key) in kept for kind, key in _contact_keys(contacts))
    return suppressed


class _Resolver:
    """Decides each row's fate, remembering the people of the earlier rows."""

    def __init__(self, session: Session, mapping: ColumnMap, suppressed: Suppressed) -> None:
        self.index = _Index(session)
        self.mapping = mapping
        self.suppressed = suppressed
        self.seen: dict[str, int] = {}

    def resolve(self, row: TableRow, checked: Checked | None = None) -> RowPlan:
        """``checked``: the row's problems and person as checked when planning (they do not
        depend on the database); None: check the row now."""
        if checked is None:
            check = check_row(row_values(self.mapping, row.cells))
            checked = row.problems + check.problems, check.person
        problems, found = checked
        if problems or found is None:
            return RowPlan(row.number, RowStatus.INVALID, problems=problems)
        person, keys = found, _keys(found)
        earlier = next((self.seen[k] for k in keys if k in self.seen), None)
        existing = self.index.find(keys)
        for key in keys:
            self.seen.setdefault(key, earlier or row.number)
        if earlier is not None:
            return RowPlan(row.number, RowStatus.SAME_AS_ROW, person, same_as=earlier)
        if existing is not None:
            return RowPlan(row.number, RowStatus.MATCHED, person, person_id=existing)
        if self.suppressed(person):
            for key in keys:
                del self.seen[key]
            return RowPlan(row.number, RowStatus.SUPPRESSED, person)
        return RowPlan(row.number, RowStatus.NEW, person)


def _with_names(session: Session, rows: list[RowPlan]) -> tuple[RowPlan, ...]:
    ids = {row.person_id for row in rows if row.person_id is not None}
    names = {pid: " ".join(p for p in (first, last) if p) for pid, first, last in session.execute(
        select(Person.id, Person.first_name, Person.last_name).where(Person.id.in_(ids)))}
    return tuple(dataclasses.replace(row, person_name=names.get(row.person_id, ""))
                 if row.person_id is not None else row for row in rows)


def _resolve(session: Session, table: Table, mapping: ColumnMap, suppressed: Suppressed,
             planned: tuple[RowPlan, ...] | None = None) -> tuple[RowPlan, ...]:
    """Each row's fate; ``planned``: the same rows as planned, whose checks are reused."""
    if check_mapping(mapping):
        return tuple(RowPlan(row.number, RowStatus.INVALID, problems=row.problems)
                     for row in table.rows)
    resolver = _Resolver(session, mapping, suppressed)
    if planned is None or [p.number for p in planned] != [r.number for r in table.rows]:
        return _with_names(session, [resolver.resolve(row) for row in table.rows])
    return _with_names(session, [resolver.resolve(row, (plan.problems, plan.person))
                                 for row, plan in zip(table.rows, planned, strict=True)])


def plan_import(db: Database, table: Table, register_key: str | None,
                mapping: ColumnMap | None = None, *, event_id: int | None = None) -> ImportPlan:
    """Check and match every row; raises ``UnknownRegister`` or ``EventNotFound``. Writes
    nothing. With an event and no register (None) the people go into the event's register."""
    chosen = tuple(mapping) if mapping is not None else propose_mapping(table.header)
    chosen = (chosen + (None,) * len(table.header))[:len(table.header)]
    with db.sessions() as session:
        event = event_target(session, event_id) if event_id is not None else None
        if register_key is None:
            if event is None:
                raise ValueError("an import names a register or an event")
            register_key = event.register_key
        register = _register(session, register_key)
        name = str((register.name or {}).get("fi") or register.key)
        rows = _resolve(session, table, chosen, suppression_check(session))
    return ImportPlan(table, register_key, name, chosen, check_mapping(chosen), rows, event_id,
                      event.name if event is not None else "")


def _summary(rows: tuple[RowPlan, ...], column_problems: tuple[Problem, ...]) -> ImportSummary:
    matched = {row.person_id for row in rows if row.status is RowStatus.MATCHED}
    return ImportSummary(
        rows_read=len(rows),
        new_persons=sum(row.status is RowStatus.NEW for row in rows),
        matched_persons=len(matched),
        rejected=tuple(row for row in rows if row.status is RowStatus.INVALID),
        suppressed=tuple(row.number for row in rows if row.status is RowStatus.SUPPRESSED),
        column_problems=column_problems)


def summarise(plan: ImportPlan) -> ImportSummary:
    """What ``apply_import`` would do with this plan (nothing is written)."""
    return dataclasses.replace(_summary(plan.rows, plan.column_problems), event_id=plan.event_id)


# --- writing ------------------------------------------------------------------------

NUMBERED = (Person, PersonEmail, PersonPhone, RegisterEntry, Participation)
"""The records an import creates, numbered before each flush (``store.numbering``)."""
LOAD_CHUNK = 500


def _kept_people(session: Session, ids: Iterable[int]) -> dict[int, Person]:
    """The matched people with their e-mails, phones and entries, in a few queries."""
    wanted, found = sorted(set(ids)), {}
    for start in range(0, len(wanted), LOAD_CHUNK):
        found.update({p.id: p for p in session.scalars(
            select(Person).where(Person.id.in_(wanted[start:start + LOAD_CHUNK])).options(
                selectinload(Person.emails), selectinload(Person.phones),
                selectinload(Person.entries)))})
    return found


class _Writer:
    """Creates and merges the people of the resolved rows inside one session."""

    def __init__(self, session: Session, register: Register, source: str, today: dt.date,
                 merge: bool, rows: Iterable[RowPlan] = ()) -> None:
        self.session, self.register, self.source = session, register, source
        self.today, self.merge = today, merge
        self.basis = single_basis(session, register)
        self.kept = _kept_people(session, (r.person_id for r in rows if r.person_id is not None
                                           and r.status is RowStatus.MATCHED)) if merge else {}
        """Strong references too: the session's identity map alone would let them go."""
        self.in_register = set(session.scalars(select(RegisterEntry.person_id).where(
            RegisterEntry.register_id == register.id)))
        self.by_row: dict[int, Person | None] = {}
        self.who: dict[int, Person | int] = {}
        """Each row's person: a new one's object, a kept one's id (for the sign-ups)."""
        self.updated: set[int] = set()
        self.entries = 0

    def write(self, row: RowPlan) -> None:
        assert row.person is not None
        if row.status is RowStatus.NEW:
            new = new_person(row.person)
            self.session.add(new)
            self.who[row.number] = new
            person: Person | None = new
        elif row.status is RowStatus.MATCHED:
            assert row.person_id is not None
            person = (self.kept.get(row.person_id) or self.session.get(Person, row.person_id)
                      if self.merge else None)
            self.who[row.number] = row.person_id
        else:
            assert row.same_as is not None
            person = self.by_row[row.same_as]
            self.who[row.number] = self.who[row.same_as]
        self.by_row[row.number] = person
        if person is None:
            return
        if row.status is not RowStatus.NEW and fill(person, row.person) and person.id:
            self.updated.add(person.id)
        self._entry(person)

    def _entry(self, person: Person) -> None:
        if person.id is not None and person.id in self.in_register:
            return
        if any(entry.register is self.register if entry.register_id is None
               else entry.register_id == self.register.id for entry in person.entries):
            return  # (a kept entry by its key: loading its register would flush)
        person.entries.append(RegisterEntry(
            register=self.register, source=self.source, legal_basis=self.basis,
            collected_on=self.today, last_needed_on=self.today))
        self.entries += 1


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done == total or done % -(-total // 200) == 0):
        progress(done, total)


def _sign_ups(session: Session, plan: ImportPlan, source: str,
              now: dt.datetime | None) -> SignUps | None:
    if plan.event_id is None:
        return None
    if now is None:
        raise ValueError("signing people up for an event needs the import's instant")
    return SignUps(session, plan.event_id, now, source)


def apply_import(db: Database, plan: ImportPlan, *, skip_invalid: bool,
                 on_matched: OnMatched = "merge", progress: Progress | None = None,
                 today: dt.date, now: dt.datetime | None = None) -> ImportSummary:
    """Write the plan in one transaction. The rows are matched again inside it, so the
    result holds even if the database changed after planning. Raises ``ImportRejected``
    (nothing written) for unusable columns, or for invalid rows unless ``skip_invalid``;
    ``EventNotFound`` if the plan's event is gone. ``now`` (required with an event) is
    when the people are signed up."""
    if plan.column_problems:
        raise ImportRejected(summarise(plan))
    source = SOURCE.format(name=plan.table.name)[:SOURCE_LENGTH]
    with transaction(db) as session:
        register = _register(session, plan.register_key)
        sign_ups = _sign_ups(session, plan, source, now)
        rows = _resolve(session, plan.table, plan.mapping, suppression_check(session),
                        plan.rows)
        summary = dataclasses.replace(_summary(rows, ()), event_id=plan.event_id)
        if summary.rejected and not skip_invalid:
            raise ImportRejected(summary)
        usable = [r for r in rows if r.status not in (RowStatus.INVALID, RowStatus.SUPPRESSED)]
        writer = _Writer(session, register, source, today, on_matched == "merge", usable)
        with Numbering(session, NUMBERED):
            for done, row in enumerate(usable, start=1):
                writer.write(row)
                if sign_ups is not None:
                    sign_ups.sign_up(writer.who[row.number])
                if done % FLUSH_EVERY == 0:
                    session.flush()  # so that the progress shown is the work done
                _report(progress, done, len(usable))
            session.flush()
    return dataclasses.replace(
        summary, persons_updated=len(writer.updated), entries_added=writer.entries,
        participations_added=sign_ups.added if sign_ups else 0,
        already_signed_up=sign_ups.already if sign_ups else 0, written=True)
