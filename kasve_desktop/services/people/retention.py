"""Retention: the register entries due for deletion on a day, and erasing them.

Each register's rule (``retention_months`` counted from ``retention_anchor``)
gives every entry a deletion-due date (``domain.retention.RetentionRule``); an
entry is due on and after that date. Entries under a legal hold are never
erased here: they are counted and reported instead.

Erasing an entry deletes it together with the person's consents recorded for
that register and their sign-ups to that register's events. A person left with
no entries is deleted too (their requests keep their own record, unlinked; see
``services.erasure``) — unless they still have an open request, which needs
them: such a person is kept and named in the summary. Everything happens in
one transaction through the ORM, so the audit hook records each deleted row
(record type and id, never a value) and ``secure_delete`` overwrites the freed
pages.

The same run erases the records of handled requests whose period has ended
(``request_records``: kept ``REQUEST_RECORD_YEARS`` after the reply): ``erase_due``
erases both, all that are due unless ids of either kind are chosen, in the same
transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain.names import display_name
from kasve_desktop.domain.retention import Outliving, RetentionAnchor, RetentionRule
from kasve_desktop.i18n import current_language
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people.erasure import remove_person
from kasve_desktop.services.people.kept_longer import keep_only, kept_longer
from kasve_desktop.services.people.request_records import DueRecord, chosen_records, erase_records
from kasve_desktop.services.people.suppression import suppressed_contacts
from kasve_desktop.store import queries
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Consent, Event, Participation, Person, RegisterEntry
from kasve_desktop.store.queries import AnyRow, Page

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DueEntry:
    id: int
    person_id: int
    person: str
    register_id: int
    register_key: str
    register_names: Mapping[str, str]
    collected_on: dt.date | None
    last_needed_on: dt.date | None
    due_on: dt.date
    legal_hold: bool


@dataclass(frozen=True)
class DueGroup:
    """The entries of one register that are due, the earliest first."""

    register_id: int
    register_key: str
    register_names: Mapping[str, str]
    entries: tuple[DueEntry, ...]


@dataclass(frozen=True)
class RegisterCount:
    """How many entries of one register (are due, were erased, are held…)."""

    register_id: int
    register_key: str
    register_names: Mapping[str, str]
    count: int


def _due_entry(row: AnyRow) -> DueEntry | None:
    rule = RetentionRule(row.retention_months, RetentionAnchor(row.retention_anchor))
    due = row.kept_until or rule.due(row.collected_on, row.last_needed_on)
    if due is None:
        return None
    return DueEntry(row.id, row.person_id, display_name(row.first_name, row.last_name),
                    row.register_id, row.key, row.register_name or {}, row.collected_on,
                    row.last_needed_on, due, row.legal_hold)


def _entries(session: Session, today: dt.date, held: bool = False) -> list[DueEntry]:
    """Due by the domain rule (the SQL only narrows the candidates)."""
    found = (_due_entry(row) for row in queries.due_entries(session, today, held=held))
    return [entry for entry in found if entry is not None and entry.due_on <= today]


def _grouped(entries: Sequence[DueEntry]) -> list[DueGroup]:
    groups: dict[str, list[DueEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.register_key, []).append(entry)
    return [DueGroup(found[0].register_id, key, found[0].register_names, tuple(found))
            for key, found in groups.items()]


def _counts(entries: Sequence[DueEntry]) -> tuple[RegisterCount, ...]:
    return tuple(RegisterCount(g.register_id, g.register_key, g.register_names,
                               len(g.entries))
                 for g in _grouped(entries))


def due_by_register(db: Database, today: dt.date) -> list[DueGroup]:
    """The entries due for deletion on ``today`` (not under a legal hold), by register."""
    with db.sessions() as session:
        return _grouped(_entries(session, today))


def due_register_counts(db: Database, today: dt.date) -> list[RegisterCount]:
    """The registers with entries due on ``today`` (not held), each with their number;
    counted in SQL, never by reading the entries."""
    with db.sessions() as session:
        rows = queries.due_counts_by_register(session, today)
    return [RegisterCount(row.id, row.key, row.name or {}, row.entries) for row in rows]


def held_count(db: Database, today: dt.date) -> int:
    """How many entries are past their date but kept under a legal hold."""
    with db.sessions() as session:
        return sum(row.entries for row in queries.due_counts_by_register(session, today,
                                                                       held=True))


def held_past_due(db: Database, today: dt.date) -> list[DueEntry]:
    """Entries past their date but kept under a legal hold."""
    with db.sessions() as session:
        return _entries(session, today, held=True)


def due_count(db: Database, today: dt.date, register_id: int | None = None) -> int:
    """For the list: how many entries are due (optionally in one register)."""
    with db.sessions() as session:
        return queries.due_entry_count(session, today, register_id)


def due_page(db: Database, page: Page, today: dt.date,
             register_id: int | None = None) -> list[DueEntry]:
    """For the list: a page of due entries, by default grouped by register."""
    with db.sessions() as session:
        rows = queries.due_entry_page(session, page, current_language(), today, register_id)
    return [entry for entry in map(_due_entry, rows) if entry is not None]


# --- erasing ----------------------------------------------------------------------

@dataclass(frozen=True)
class Selection:
    """What an erasure would touch."""

    entries: list[DueEntry]
    held: list[DueEntry]
    removed_person_ids: list[int]
    kept_person_ids: list[int]
    """People left without entries but kept for an open request."""
    records: list[DueRecord]
    """The records of handled requests due for deletion."""
    trimmed: list[DueEntry] = field(default_factory=list)
    """Due entries that keep only the data kept longer by their own rule
    (``kept_longer``); the rest of them is erased."""


def _select(session: Session, today: dt.date, entry_ids: Collection[int] | None,
            request_ids: Collection[int] | None) -> Selection:
    """All that is due when no ids are given; else only the ids given, of either kind."""
    if entry_ids is not None or request_ids is not None:
        entry_ids, request_ids = entry_ids or (), request_ids or ()
    entries, held = _entries(session, today), _entries(session, today, held=True)
    if entry_ids is not None:
        wanted = set(entry_ids)
        entries = [e for e in entries if e.id in wanted]
        held = [e for e in held if e.id in wanted]
    keeping = {e.id for e in entries if _keeps(session, e.id, today)}
    trimmed = [e for e in entries if e.id in keeping]
    entries = [e for e in entries if e.id not in keeping]
    people = sorted({e.person_id for e in entries})
    remaining = queries.remaining_entry_person_ids(session, people, [e.id for e in entries])
    emptied = [p for p in people if p not in remaining]
    open_requests = queries.open_request_person_ids(session, emptied)
    records = chosen_records(session, today, request_ids)
    return Selection(entries, held, [p for p in emptied if p not in open_requests],
                     [p for p in emptied if p in open_requests], records, trimmed)


def _keeps(session: Session, entry_id: int, today: dt.date) -> bool:
    entry = session.get(RegisterEntry, entry_id)
    return entry is not None and kept_longer(entry, today) is not None


@dataclass(frozen=True)
class RetentionPlan:
    """What ``erase_due`` would do, for the confirmation."""

    entries: int
    persons_removed: int
    persons_kept: int
    held: int
    request_records: int = 0
    """Records of handled requests whose period after the reply has ended."""
    trimmed: int = 0
    """Due entries that will keep only the data kept longer by their own rule."""


def plan_erasure(db: Database, today: dt.date, entry_ids: Collection[int] | None = None,
                 request_ids: Collection[int] | None = None) -> RetentionPlan:
    with db.sessions() as session:
        chosen = _select(session, today, entry_ids, request_ids)
    return RetentionPlan(len(chosen.entries), len(chosen.removed_person_ids),
                         len(chosen.kept_person_ids), len(chosen.held), len(chosen.records),
                         len(chosen.trimmed))


@dataclass(frozen=True)
class RetentionSummary:
    erased: tuple[RegisterCount, ...]
    persons_removed: int
    kept_for_requests: tuple[str, ...]
    """Names of people left without entries but kept because of an open request."""
    held: tuple[RegisterCount, ...]
    """Entries past their date kept under a legal hold, per register."""
    request_records: tuple[str, ...] = ()
    """References of the requests whose records were erased."""
    trimmed: tuple[RegisterCount, ...] = ()
    """Due entries that keep only the data kept longer by their own rule, per register."""

    @property
    def total_erased(self) -> int:
        return sum(count.count for count in self.erased)

    @property
    def total_held(self) -> int:
        return sum(count.count for count in self.held)


def _erase_entry(session: Session, entry: RegisterEntry, keep: Outliving | None = None) -> None:
    """The entry (all but ``keep``), and the person's consents and event sign-ups of that
    register."""
    person_id, register_id = entry.person_id, entry.register_id
    for consent in session.scalars(select(Consent).where(
            Consent.person_id == person_id, Consent.register_id == register_id)):
        session.delete(consent)
    for sign_up in session.scalars(select(Participation).join(Event).where(
            Participation.person_id == person_id, Event.register_id == register_id)):
        session.delete(sign_up)
    if keep is None:
        session.delete(entry)
    else:
        keep_only(entry, keep)


def erase_due(db: Database, today: dt.date, entry_ids: Collection[int] | None = None,
              progress: Progress | None = None,
              request_ids: Collection[int] | None = None) -> RetentionSummary:
    """Erase the entries due on ``today``, the people left with nothing, and the request
    records due, in one transaction. When ``entry_ids`` or ``request_ids`` is given, only
    the ids given are erased (of the kind not given, none); ids not due are ignored."""
    report = progress or (lambda _done, _total: None)
    with transaction(db) as session:
        chosen = _select(session, today, entry_ids, request_ids)
        total = (len(chosen.trimmed) + len(chosen.entries) + len(chosen.removed_person_ids)
                 + len(chosen.records))
        _trim_entries(session, chosen.trimmed, today, lambda done: report(done, total))
        start = len(chosen.trimmed)
        _erase_entries(session, chosen, lambda done: report(start + done, total))
        kept = tuple(_person_name(session, p) for p in chosen.kept_person_ids)
        start += len(chosen.entries) + len(chosen.removed_person_ids)
        erase_records(session, chosen.records, lambda done: report(start + done, total))
    return RetentionSummary(_counts(chosen.entries), len(chosen.removed_person_ids), kept,
                            _counts(chosen.held), tuple(r.reference for r in chosen.records),
                            _counts(chosen.trimmed))


def _trim_entries(session: Session, trimmed: Sequence[DueEntry], today: dt.date,
                  report: Callable[[int], None]) -> None:
    """Each entry keeps only its data kept longer; its consents and sign-ups go."""
    for done, due in enumerate(trimmed, start=1):
        entry = session.get(RegisterEntry, due.id)
        assert entry is not None
        kept = kept_longer(entry, today)
        assert kept is not None
        _erase_entry(session, entry, keep=kept)
        report(done)
    session.flush()


def _erase_entries(session: Session, chosen: Selection, report: Callable[[int], None]) -> None:
    """The entries chosen, then the people they leave with nothing."""
    suppressed = {p: suppressed_contacts(_person(session, p))
                  for p in chosen.removed_person_ids}
    for done, due in enumerate(chosen.entries, start=1):
        entry = session.get(RegisterEntry, due.id)
        assert entry is not None
        _erase_entry(session, entry)
        report(done)
    session.flush()
    for done, person_id in enumerate(chosen.removed_person_ids, len(chosen.entries) + 1):
        person = _person(session, person_id)
        session.refresh(person)
        remove_person(session, person, suppressed[person_id])
        report(done)


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    assert person is not None
    return person


def _person_name(session: Session, person_id: int) -> str:
    person = session.get(Person, person_id)
    return "" if person is None else display_name(person.first_name, person.last_name)
