"""What a transfer file would change: the people matched, their differing fields, and
the decisions under a conflict policy.

A person of the file is the workstation's person with the same uid (one imported
before), else the one an earlier import put their sign-ups or consents on (by the
records' uids), else the one with the same e-mail address (casefolded), else the one
with the same phone number (normalised to E.164, as ``domain.validation.phone``
does). The same first and last name with the same organisation is only a
suggestion, shown in the preview: such a person is imported as new unless the
user accepts the suggestion (``accept``). Sign-ups and
consents already present (by uid) are left as they are, so importing a file
again changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain import validation
from kasve_desktop.store.models import (
    Consent,
    Event,
    Participation,
    Person,
    PersonEmail,
    PersonPhone,
)
from kasve_desktop.store.transfer_file import (
    TransferConsent,
    TransferContent,
    TransferParticipation,
    TransferPerson,
)

COMPARED_FIELDS = ("first_name", "last_name", "organisation", "language")
CONTACT_FIELDS = ("email", "phone")


class Policy(StrEnum):
    """What to do when a matched person's field differs between the two databases."""

    KEEP = "keep"
    """Keep the workstation's value (empty fields are still filled)."""
    TAKE = "take"
    """Take the event's value."""
    BOTH = "both"
    """Keep both persons: the event's person is added as a new one."""


class MatchedBy(StrEnum):
    NONE = ""
    UID = "uid"
    EMAIL = "email"
    PHONE = "phone"
    RECORD = "record"
    """A sign-up or consent of the person, imported earlier, is on this person."""
    NAME = "name"
    """The user accepted the suggestion of the same name and organisation."""


EARLIER_TRANSFER = frozenset({MatchedBy.UID, MatchedBy.RECORD})
"""Matched because an earlier import brought the person or their records."""


@dataclass(frozen=True)
class Difference:
    """One field of a matched person: the workstation's value and the event's."""

    field: str
    workstation: str
    event: str


@dataclass(frozen=True)
class PersonMatch:
    person: TransferPerson
    person_id: int | None = None
    """The workstation's person it was matched to."""
    name: str = ""
    matched_by: MatchedBy = MatchedBy.NONE
    differences: tuple[Difference, ...] = ()
    """Fields set in both and different: the conflict policy decides."""
    fills: tuple[Difference, ...] = ()
    """Fields empty at the workstation and set in the file: filled whatever the policy."""
    suggestion_id: int | None = None
    """An unmatched person with the same name and organisation (not matched automatically)."""
    suggestion_name: str = ""
    suggestion_differences: tuple[Difference, ...] = ()
    """The differences and fills if the suggestion is accepted as the match."""
    suggestion_fills: tuple[Difference, ...] = ()


@dataclass(frozen=True)
class TransferPreview:
    """The file's content against the workstation's database, before anything is written."""

    content: TransferContent
    persons: tuple[PersonMatch, ...]
    known_events: Mapping[str, int]
    """Event uid → the workstation's event of that uid."""
    known_records: frozenset[str]
    """Uids of the file's sign-ups and consents the workstation already has."""
    signed_up: frozenset[tuple[str, int]]
    """(event uid, person id) already signed up at the workstation."""
    additions: int = 0
    """The file's notice versions and registers the database lacks (added on import)."""

    @property
    def new_events(self) -> tuple[str, ...]:
        return tuple(e.name for e in self.content.events if e.uid not in self.known_events)


@dataclass(frozen=True)
class PersonDecision:
    match: PersonMatch
    create: bool
    changes: tuple[Difference, ...]
    participations: tuple[TransferParticipation, ...]
    consents: tuple[TransferConsent, ...]
    skipped: int
    """The person's sign-ups and consents already at the workstation."""

    @property
    def changed(self) -> bool:
        return bool(self.create or self.changes or self.participations or self.consents)


# --- matching -----------------------------------------------------------------------

def normal_phone(number: str) -> str:
    try:
        return validation.phone(number)
    except validation.InvalidValue:
        return number.strip()


def _name_key(first: str, last: str, organisation: str) -> str:
    return "|".join(" ".join(p.casefold().split()) for p in (first, last, organisation))


class _Index:
    """The workstation's persons by uid, e-mail, phone and name with organisation."""

    def __init__(self, session: Session, content: TransferContent) -> None:
        self.uids = {uid: pid for uid, pid in session.execute(
            select(Person.uid, Person.id).where(Person.uid.in_(
                [p.uid for p in content.persons])))}
        self.records = _record_holders(session, content)
        self.emails: dict[str, int] = {}
        for address, pid in session.execute(
                select(PersonEmail.address, PersonEmail.person_id).order_by(PersonEmail.id)):
            self.emails.setdefault(address.casefold(), pid)
        self.phones: dict[str, int] = {}
        for number, pid in session.execute(
                select(PersonPhone.number, PersonPhone.person_id).order_by(PersonPhone.id)):
            self.phones.setdefault(normal_phone(number), pid)
        self.names: dict[str, int] = {}
        for pid, first, last, organisation in session.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.organisation)
                .order_by(Person.id)):
            if first or last:
                self.names.setdefault(_name_key(first, last, organisation), pid)

    def find(self, person: TransferPerson) -> tuple[int | None, MatchedBy]:
        if person.uid in self.uids:
            return self.uids[person.uid], MatchedBy.UID
        if person.uid in self.records:  # an earlier import put their records there
            return self.records[person.uid], MatchedBy.RECORD
        for address in person.emails:
            if address.casefold() in self.emails:
                return self.emails[address.casefold()], MatchedBy.EMAIL
        for number in person.phones:
            if normal_phone(number) in self.phones:
                return self.phones[normal_phone(number)], MatchedBy.PHONE
        return None, MatchedBy.NONE


def _record_holders(session: Session, content: TransferContent) -> dict[str, int]:
    """The file's person uid → the workstation's person holding one of their records."""
    owners = {r.uid: r.person_uid for r in content.participations}
    owners.update({r.uid: r.person_uid for r in content.consents})
    holders: dict[str, int] = {}
    for model in (Participation, Consent):
        for uid, pid in session.execute(select(model.uid, model.person_id).where(
                model.uid.in_(list(owners))).order_by(model.id)):
            holders.setdefault(owners[uid], pid)
    return holders


def _compare(existing: Person, person: TransferPerson) -> tuple[list[Difference],
                                                                list[Difference]]:
    differences: list[Difference] = []
    fills: list[Difference] = []
    for name in COMPARED_FIELDS:
        ours, theirs = getattr(existing, name), getattr(person, name)
        if theirs and theirs != ours:
            (differences if ours else fills).append(Difference(name, ours, theirs))
    for name, kept, given in (
            ("email", [e.address for e in existing.emails], person.emails),
            ("phone", [p.number for p in existing.phones], person.phones)):
        known = {_contact_key(name, value) for value in kept}
        missing = [value for value in given if _contact_key(name, value) not in known]
        if missing:
            (differences if kept else fills).append(
                Difference(name, kept[0] if kept else "", ", ".join(missing)))
    return differences, fills


def _contact_key(field: str, value: str) -> str:
    return value.casefold() if field == "email" else normal_phone(value)


def _match(session: Session, index: _Index, person: TransferPerson) -> PersonMatch:
    person_id, matched_by = index.find(person)
    if person_id is None:
        suggestion = index.names.get(_name_key(person.first_name, person.last_name,
                                               person.organisation))
        found = session.get(Person, suggestion) if suggestion is not None else None
        if found is None:
            return PersonMatch(person)
        differences, fills = _compare(found, person)
        return PersonMatch(person, suggestion_id=found.id, suggestion_name=found.full_name,
                           suggestion_differences=tuple(differences),
                           suggestion_fills=tuple(fills))
    existing = session.get(Person, person_id)
    assert existing is not None
    differences, fills = _compare(existing, person)
    return PersonMatch(person, person_id, existing.full_name, matched_by, tuple(differences),
                       tuple(fills))


def preview_in(session: Session, content: TransferContent) -> TransferPreview:
    """Match the file's content against the database of ``session`` (writes nothing)."""
    index = _Index(session, content)
    persons = tuple(_match(session, index, person) for person in content.persons)
    events = {uid: eid for uid, eid in session.execute(select(Event.uid, Event.id).where(
        Event.uid.in_([e.uid for e in content.events])))}
    records = {*session.scalars(select(Participation.uid).where(
        Participation.uid.in_([p.uid for p in content.participations]))),
        *session.scalars(select(Consent.uid).where(
            Consent.uid.in_([c.uid for c in content.consents])))}
    by_id = {event_id: uid for uid, event_id in events.items()}
    signed_up = {(by_id[event_id], person_id) for event_id, person_id in session.execute(
        select(Participation.event_id, Participation.person_id).where(
            Participation.event_id.in_(list(by_id))))}
    return TransferPreview(content, persons, events, frozenset(records), frozenset(signed_up))


def accept(preview: TransferPreview, accepted: Collection[str]) -> TransferPreview:
    """The preview with the suggestions of the file's persons ``accepted`` (their uids)
    taken as their matches; other persons, and persons without a suggestion, as they are."""
    chosen = set(accepted)
    if not chosen:
        return preview
    persons = tuple(
        replace(m, person_id=m.suggestion_id, name=m.suggestion_name,
                matched_by=MatchedBy.NAME, differences=m.suggestion_differences,
                fills=m.suggestion_fills)
        if m.person.uid in chosen and m.person_id is None and m.suggestion_id is not None
        else m for m in preview.persons)
    return replace(preview, persons=persons)


# --- deciding -----------------------------------------------------------------------

def decide(preview: TransferPreview,
           policy_of: Callable[[str], Policy]) -> tuple[PersonDecision, ...]:
    """What applying the preview writes, person by person, under each one's policy."""
    signed_up = set(preview.signed_up)
    decisions = []
    for match in preview.persons:
        policy = policy_of(match.person.uid)
        create = match.person_id is None or (
            policy is Policy.BOTH and match.matched_by not in EARLIER_TRANSFER)
        changes = () if create else match.fills + (
            match.differences if policy is Policy.TAKE else ())
        participations, skipped = [], 0
        for row in preview.content.participations:
            if row.person_uid != match.person.uid:
                continue
            pair = (row.event_uid, match.person_id or 0)
            if row.uid in preview.known_records or (not create and pair in signed_up):
                skipped += 1
                continue
            participations.append(row)
            if not create:
                signed_up.add(pair)
        consents = [c for c in preview.content.consents if c.person_uid == match.person.uid]
        new_consents = tuple(c for c in consents if c.uid not in preview.known_records)
        decisions.append(PersonDecision(
            match, create, changes, tuple(participations), new_consents,
            skipped + len(consents) - len(new_consents)))
    return tuple(decisions)
