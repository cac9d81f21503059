"""Likely duplicate people, and merging two records of the same person into one.

``find_duplicates`` lists the people who share an e-mail address, a phone number
(however typed) or a name and postal code (rules in ``domain.duplicates``).
``merge`` moves everything of one person to another and deletes the emptied
record, in one transaction; the audit hook records every moved and deleted row
(field names only). Nothing is lost: two entries in the same register become one
that keeps the earliest collection date, the latest last-needed date, a legal
hold if either had one and every filled field; two sign-ups to the same event
likewise; e-mails and phones are united; empty fields of the kept person are
filled from the other one, and differing notes are joined.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain.duplicates import (
    DuplicateReason,
    PersonKeys,
    email_key,
    phone_key,
)
from kasve_desktop.domain.duplicates import find_duplicates as find_groups
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.names import display_name
from kasve_desktop.i18n import N_
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people.persons import PersonNotFound
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Document,
    Participation,
    Person,
    PersonEmail,
    PersonPhone,
    RegisterEntry,
    Request,
)

SAME_PERSON = N_("A person cannot be merged with themselves.")
NOT_FILLED = frozenset({"id", "uid", "created_at", "updated_at", "country", "language",
                        "restricted", "restricted_since", "notes"})


class MergeError(UserError, ValueError):
    """A person cannot be merged into themselves."""

    message = SAME_PERSON

    def __init__(self, person_id: int | None = None) -> None:
        super().__init__()
        self.person_id = person_id


@dataclass(frozen=True)
class DuplicatePerson:
    id: int
    name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    postal_code: str
    locality: str
    entries: int


@dataclass(frozen=True)
class DuplicateGroup:
    reasons: tuple[DuplicateReason, ...]
    people: tuple[DuplicatePerson, ...]

    @property
    def reason(self) -> DuplicateReason:
        return self.reasons[0]

    @property
    def person_ids(self) -> tuple[int, ...]:
        return tuple(person.id for person in self.people)


def _contacts(session: Session, model: Any, column: Any) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for owner, value in session.execute(select(model.person_id, column).order_by(
            model.person_id, model.position, model.id)):
        found[owner].append(value)
    return found


def find_duplicates(db: Database) -> list[DuplicateGroup]:
    """Groups of people who are likely the same person, with the reasons."""
    with db.sessions() as session:
        emails = _contacts(session, PersonEmail, PersonEmail.address)
        phones = _contacts(session, PersonPhone, PersonPhone.number)
        people = {p.id: p for p in session.scalars(select(Person))}
        entries: dict[int, int] = defaultdict(int)
        for person_id in session.scalars(select(RegisterEntry.person_id)):
            entries[person_id] += 1
    keys = [PersonKeys(p.id, p.first_name, p.last_name, p.postal_code,
                       tuple(emails[p.id]), tuple(phones[p.id])) for p in people.values()]
    return [DuplicateGroup(group.reasons, tuple(
        DuplicatePerson(i, display_name(people[i].first_name, people[i].last_name),
                        tuple(emails[i]), tuple(phones[i]), people[i].postal_code,
                        people[i].locality, entries[i]) for i in group.person_ids))
        for group in find_groups(keys)]


# --- merging ------------------------------------------------------------------------

@dataclass
class MergeReport:
    kept_id: int
    removed_id: int
    moved: dict[str, int] = field(default_factory=dict)
    """Rows moved to the kept person, by kind (entries, consents, …)."""
    combined: dict[str, int] = field(default_factory=dict)
    """Rows joined into one the kept person already had (same register, same event)."""
    filled_fields: list[str] = field(default_factory=list)

    def count(self, kind: str, combined: bool = False) -> None:
        target = self.combined if combined else self.moved
        target[kind] = target.get(kind, 0) + 1


def _fill(target: Any, source: Any, names: Sequence[str]) -> list[str]:
    filled = []
    for name in names:
        if getattr(target, name) in (None, "", {}) and getattr(source, name) not in (
                None, "", {}):
            setattr(target, name, getattr(source, name))
            filled.append(name)
    return filled


def _earliest(*days: Any) -> Any:
    known = [day for day in days if day is not None]
    return min(known) if known else None


def _latest(*days: Any) -> Any:
    known = [day for day in days if day is not None]
    return max(known) if known else None


def _join_entry(kept: RegisterEntry, other: RegisterEntry) -> None:
    _fill(kept, other, ("source", "legal_basis", "details"))
    kept.collected_on = _earliest(kept.collected_on, other.collected_on)
    kept.last_needed_on = _latest(kept.last_needed_on, other.last_needed_on)
    kept.legal_hold = kept.legal_hold or other.legal_hold
    # only data kept longer are left in both: the later date; else the register's rule
    kept.kept_until = (None if kept.kept_until is None or other.kept_until is None
                       else max(kept.kept_until, other.kept_until))
    kept.note = _joined(kept.note, other.note)


def _joined(first: str, second: str) -> str:
    if not second.strip() or second.strip() in first:
        return first
    return f"{first}\n\n{second}" if first.strip() else second


def _move_entries(keep: Person, remove: Person, report: MergeReport) -> None:
    mine = {entry.register_id: entry for entry in keep.entries}
    for entry in list(remove.entries):
        if entry.register_id in mine:
            _join_entry(mine[entry.register_id], entry)
            remove.entries.remove(entry)
            report.count("entries", combined=True)
        else:
            entry.person = keep
            report.count("entries")


def _join_participation(kept: Participation, other: Participation) -> None:
    kept.signed_up_at = min(kept.signed_up_at, other.signed_up_at)
    if other.attended is not None:
        kept.attended = bool(kept.attended) or other.attended
    _fill(kept, other, ("captured_on", "notice_version_id"))
    kept.note = _joined(kept.note, other.note)


def _move_participations(keep: Person, remove: Person, report: MergeReport) -> None:
    mine = {p.event_id: p for p in keep.participations}
    for sign_up in list(remove.participations):
        if sign_up.event_id in mine:
            _join_participation(mine[sign_up.event_id], sign_up)
            remove.participations.remove(sign_up)
            report.count("participations", combined=True)
        else:
            sign_up.person = keep
            report.count("participations")


def _move_simple(keep: Person, remove: Person, report: MergeReport) -> None:
    for consent in list(remove.consents):
        consent.person = keep
        report.count("consents")
    for objection in list(remove.objections):
        objection.person = keep
        report.count("objections")


def _move_contacts(keep: Person, remove: Person, report: MergeReport) -> None:
    known = {email_key(e.address) for e in keep.emails}
    for email in list(remove.emails):
        if email_key(email.address) in known:
            remove.emails.remove(email)
        else:
            known.add(email_key(email.address))
            email.position = len(keep.emails)
            email.person = keep
            report.count("emails")
    numbers = {phone_key(p.number) for p in keep.phones}
    for phone in list(remove.phones):
        if phone_key(phone.number) in numbers:
            remove.phones.remove(phone)
        else:
            numbers.add(phone_key(phone.number))
            phone.position = len(keep.phones)
            phone.person = keep
            report.count("phones")


def _move_records(session: Session, keep: Person, remove: Person, report: MergeReport) -> None:
    for request in session.scalars(select(Request).where(Request.person_id == remove.id)):
        request.person_id = keep.id
        report.count("requests")
    for document in session.scalars(select(Document).where(Document.person_id == remove.id)):
        document.person_id = keep.id
        report.count("documents")


def _fill_person(keep: Person, remove: Person) -> list[str]:
    names = [a.key for a in Person.__mapper__.column_attrs if a.key not in NOT_FILLED]
    filled = _fill(keep, remove, names)
    if remove.restricted and not keep.restricted:
        keep.restricted, keep.restricted_since = True, remove.restricted_since
        filled += ["restricted", "restricted_since"]
    notes = _joined(keep.notes, remove.notes)
    if notes != keep.notes:
        keep.notes = notes
        filled.append("notes")
    return filled


def merge(db: Database, keep_id: int, remove_id: int) -> MergeReport:
    """Move everything of ``remove_id`` to ``keep_id`` and delete the emptied record."""
    if keep_id == remove_id:
        raise MergeError(keep_id)
    report = MergeReport(keep_id, remove_id)
    with transaction(db) as session:
        keep, remove = session.get(Person, keep_id), session.get(Person, remove_id)
        if keep is None or remove is None:
            raise PersonNotFound(remove_id if keep is not None else keep_id)
        _move_entries(keep, remove, report)
        _move_participations(keep, remove, report)
        _move_simple(keep, remove, report)
        _move_contacts(keep, remove, report)
        _move_records(session, keep, remove, report)
        report.filled_fields = _fill_person(keep, remove)
        session.flush()
        session.delete(remove)
    return report
