"""Carrying events between a laptop and the workstation in an encrypted transfer file.

``export_events(db, ids, path, passphrase)`` writes the events, their sign-ups, the
people concerned (names, e-mails, phones, organisation, language only), the consents
given at them with their evidence, and the notice versions and registers they name
(``transfer_notices``: so a laptop with an empty database can open the sign-ups).
``read_transfer(db, path, passphrase)`` opens a file and matches it against ``db``
(see ``transfer_plan``): a preview, nothing written. ``apply_transfer(db, preview,
policy, policies, accepted)`` writes it in one transaction, matching again inside it;
importing the same file twice changes nothing the second time. The audit hook logs
every row written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kasve_desktop.clock import local_date
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.passphrase import PassphraseError, check_new
from kasve_desktop.i18n import N_
from kasve_desktop.services.database import transaction
from kasve_desktop.services.events.register_entries import keep_in_register
from kasve_desktop.services.events.transfer_notices import (
    NoticeConflict,
    carried,
    check_notices,
    install,
    missing,
)
from kasve_desktop.services.events.transfer_plan import (
    EARLIER_TRANSFER,
    Difference,
    MatchedBy,
    PersonDecision,
    PersonMatch,
    Policy,
    TransferPreview,
    accept,
    decide,
    normal_phone,
    preview_in,
)
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Consent,
    Event,
    NoticeVersion,
    Participation,
    Person,
    PersonEmail,
    PersonPhone,
    Register,
    RegisterEntry,
)
from kasve_desktop.store.numbering import Numbering
from kasve_desktop.store.transfer_file import (
    TransferConsent,
    TransferContent,
    TransferEvent,
    TransferParticipation,
    TransferPerson,
    TransferUnreadable,
    read_transfer_file,
    write_transfer_file,
)

__all__ = ["EARLIER_TRANSFER", "Difference", "ExportSummary", "MatchedBy", "NoticeConflict",
           "PassphraseError",
           "PersonMatch", "Policy", "TransferPreview", "TransferSummary", "TransferUnreadable",
           "UnknownEvent", "apply_transfer", "export_events", "load_transfer",
           "preview_transfer", "read_transfer", "summarise"]


class UnknownEvent(UserError):
    message = N_("No event has the id {id}.")


@dataclass(frozen=True)
class ExportSummary:
    events: int
    persons: int
    participations: int
    consents: int


@dataclass(frozen=True)
class TransferSummary:
    """What an import would do or did. ``written`` is True only after a commit."""

    new_persons: int
    matched_persons: int
    """Matched persons that gain a sign-up, a consent or a field."""
    participations: int
    consents: int
    unchanged: int
    """The file's persons, sign-ups and consents the database already holds as they are."""
    new_events: int
    written: bool = False


# --- export -------------------------------------------------------------------------

def _number(version: NoticeVersion | None) -> int | None:
    return version.number if version is not None else None


def _event(row: Event) -> TransferEvent:
    return TransferEvent(row.uid, row.name, row.starts_on, row.ends_on, row.location,
                         row.register.key if row.register else "", row.description,
                         row.organiser, _number(row.notice_version))


def _person(row: Person) -> TransferPerson:
    return TransferPerson(row.uid, row.first_name, row.last_name, row.organisation,
                          row.language, tuple(e.address for e in row.emails),
                          tuple(p.number for p in row.phones))


def _notice_number(session: Session, version_id: int | None) -> int | None:
    return _number(session.get(NoticeVersion, version_id) if version_id else None)


def _participation(session: Session, row: Participation) -> TransferParticipation:
    return TransferParticipation(row.uid, row.event.uid, row.person.uid, row.signed_up_at,
                                 row.attended, row.captured_on,
                                 _notice_number(session, row.notice_version_id), row.note)


def _consent(row: Consent, event_uids: Mapping[int, str]) -> TransferConsent:
    return TransferConsent(
        row.uid, row.person.uid, event_uids[row.event_id or 0],
        row.register.key if row.register else "", row.purpose, row.channel, row.granted_at,
        row.withdrawn_at, row.captured_via, _number(row.notice_version), row.evidence,
        row.wording, row.language)


def _content(session: Session, event_ids: Sequence[int]) -> TransferContent:
    events = list(session.scalars(select(Event).where(Event.id.in_(event_ids))
                                  .order_by(Event.id)))
    missing = sorted(set(event_ids) - {e.id for e in events})
    if missing:
        raise UnknownEvent(id=missing[0])
    participations = list(session.scalars(select(Participation).where(
        Participation.event_id.in_(event_ids)).order_by(Participation.id)))
    consents = list(session.scalars(select(Consent).where(
        Consent.event_id.in_(event_ids)).order_by(Consent.id)))
    person_ids = {p.person_id for p in participations} | {c.person_id for c in consents}
    persons = session.scalars(select(Person).where(Person.id.in_(person_ids))
                              .order_by(Person.id))
    event_uids = {e.id: e.uid for e in events}
    return carried(session, TransferContent(
        tuple(_event(e) for e in events), tuple(_person(p) for p in persons),
        tuple(_participation(session, p) for p in participations),
        tuple(_consent(c, event_uids) for c in consents)))


def export_events(db: Database, event_ids: Sequence[int], path: Path,
                  passphrase: str) -> ExportSummary:
    """Write the events ``event_ids`` to a transfer file keyed with ``passphrase``.

    Raises ``PassphraseError`` (the rule of at least ten characters) or ``UnknownEvent``
    before anything is written.
    """
    key = check_new(passphrase)
    with db.sessions() as session:
        content = _content(session, event_ids)
    write_transfer_file(path, key, content)
    return ExportSummary(len(content.events), len(content.persons),
                         len(content.participations), len(content.consents))


# --- preview ------------------------------------------------------------------------

def load_transfer(path: Path, passphrase: str) -> TransferContent:
    """The content of a transfer file; raises ``TransferUnreadable``."""
    return read_transfer_file(path, passphrase)


def preview_transfer(db: Database, content: TransferContent) -> TransferPreview:
    """The file's content matched against ``db`` (``NoticeConflict`` if its notice version
    is not the database's version of that number)."""
    with db.sessions() as session:
        check_notices(session, content)
        return dataclasses.replace(preview_in(session, content),
                                   additions=sum(missing(session, content)))


def read_transfer(db: Database, path: Path, passphrase: str) -> TransferPreview:
    """Open the transfer file and match it against ``db``; writes nothing."""
    return preview_transfer(db, load_transfer(path, passphrase))


def _summary(preview: TransferPreview, decisions: Sequence[PersonDecision],
             written: bool) -> TransferSummary:
    return TransferSummary(
        new_persons=sum(d.create for d in decisions),
        matched_persons=sum(not d.create and d.changed for d in decisions),
        participations=sum(len(d.participations) for d in decisions),
        consents=sum(len(d.consents) for d in decisions),
        unchanged=sum((not d.changed) + d.skipped for d in decisions),
        new_events=len(preview.new_events), written=written)


def summarise(preview: TransferPreview, policy: Policy = Policy.KEEP,
              policies: Mapping[str, Policy] | None = None,
              accepted: Collection[str] = ()) -> TransferSummary:
    """What ``apply_transfer`` would do with the same choices (nothing is written).

    ``policies`` chooses per person (by the file's person uid); ``policy`` is the rest's.
    ``accepted``: the file's persons (by uid) whose suggestion is taken as their match.
    """
    chosen = dict(policies or {})
    accepted_preview = accept(preview, accepted)
    decisions = decide(accepted_preview, lambda uid: chosen.get(uid, policy))
    return _summary(accepted_preview, decisions, written=False)


# --- apply --------------------------------------------------------------------------

NUMBERED = (Person, PersonEmail, PersonPhone, RegisterEntry, Participation, Consent)
"""The records a transfer creates, numbered before the flush (``store.numbering``): one
``executemany`` per table instead of an INSERT per row."""


class _Writer:
    """Writes the decisions inside one session: events first, then people and records."""

    def __init__(self, session: Session, preview: TransferPreview) -> None:
        self.session = session
        content = preview.content
        keys = {e.register_key for e in content.events} | {
            c.register_key for c in content.consents}
        self.registers = {key: rid for key, rid in session.execute(
            select(Register.key, Register.id).where(Register.key.in_(keys)))}
        numbers = {e.notice_number for e in content.events} | {
            p.notice_number for p in content.participations} | {
            c.notice_number for c in content.consents}
        self.notices = {number: nid for number, nid in session.execute(
            select(NoticeVersion.number, NoticeVersion.id).where(
                NoticeVersion.number.in_([n for n in numbers if n is not None])))}
        self.events = dict(preview.known_events)
        for event in content.events:
            if event.uid not in self.events:
                self.events[event.uid] = self._new_event(event)
        self.event_rows = {row.id: row for row in session.scalars(
            select(Event).options(selectinload(Event.register))
            .where(Event.id.in_(self.events.values())))}
        """Held here, each read once: ``session.get`` per sign-up went to the database
        (the session holds its rows weakly) and flushed the person before it."""

    def _notice(self, number: int | None) -> int | None:
        return self.notices.get(number) if number is not None else None

    def _new_event(self, event: TransferEvent) -> int:
        row = Event(uid=event.uid, name=event.name, starts_on=event.starts_on,
                    ends_on=event.ends_on, location=event.location,
                    register_id=self.registers.get(event.register_key),
                    description=event.description, organiser=event.organiser,
                    notice_version_id=self._notice(event.notice_number))
        self.session.add(row)
        self.session.flush()
        return row.id

    def write(self, decision: PersonDecision) -> None:
        if not decision.changed:
            return
        person = self._person(decision)
        for row in decision.participations:
            person.participations.append(Participation(
                uid=row.uid, event_id=self.events[row.event_uid], signed_up_at=row.signed_up_at,
                attended=row.attended, captured_on=row.captured_on,
                notice_version_id=self._notice(row.notice_number), note=row.note))
            keep_in_register(person, self.event_rows[self.events[row.event_uid]],
                             local_date(row.signed_up_at))
        for consent in decision.consents:
            person.consents.append(self._consent(consent))

    def _consent(self, row: TransferConsent) -> Consent:
        return Consent(
            uid=row.uid, register_id=self.registers.get(row.register_key), purpose=row.purpose,
            channel=row.channel, granted_at=row.granted_at, withdrawn_at=row.withdrawn_at,
            captured_via=row.captured_via, notice_version_id=self._notice(row.notice_number),
            evidence=row.evidence, event_id=self.events.get(row.event_uid),
            wording=row.wording, language=row.language)

    def _person(self, decision: PersonDecision) -> Person:
        data = decision.match.person
        if decision.create:
            person = Person(uid=data.uid, first_name=data.first_name, last_name=data.last_name,
                            organisation=data.organisation, language=data.language or "fi")
            person.emails = [PersonEmail(position=i, address=a) for i, a in
                             enumerate(data.emails)]
            person.phones = [PersonPhone(position=i, number=n) for i, n in
                             enumerate(data.phones)]
            self.session.add(person)
            return person
        found = self.session.get(Person, decision.match.person_id)
        assert found is not None
        for change in decision.changes:
            _change(found, data, change)
        return found


def _change(person: Person, data: TransferPerson, change: Difference) -> None:
    """Take the event's value of one field; missing e-mails and phones go first."""
    if change.field == "email":
        known = {e.address.casefold() for e in person.emails}
        added = [PersonEmail(address=a) for a in data.emails if a.casefold() not in known]
        person.emails = added + list(person.emails)
        for position, email in enumerate(person.emails):
            email.position = position
    elif change.field == "phone":
        known = {normal_phone(p.number) for p in person.phones}
        new = [PersonPhone(number=n) for n in data.phones if normal_phone(n) not in known]
        person.phones = new + list(person.phones)
        for position, phone in enumerate(person.phones):
            phone.position = position
    else:
        setattr(person, change.field, change.event)


def apply_transfer(db: Database, preview: TransferPreview, policy: Policy = Policy.KEEP,
                   policies: Mapping[str, Policy] | None = None,
                   accepted: Collection[str] = ()) -> TransferSummary:
    """Write the preview's content in one transaction, matched again inside it.

    ``policies`` chooses per person (by the file's person uid); ``policy`` is the rest's.
    ``accepted``: the file's persons (by uid) whose name and organisation suggestion is
    taken as their match (fills applied, differences by the policy).
    """
    chosen = dict(policies or {})
    with transaction(db) as session:
        current = accept(preview_in(session, preview.content), accepted)
        decisions = decide(current, lambda uid: chosen.get(uid, policy))
        summary = _summary(current, decisions, written=True)
        check_notices(session, current.content)
        if not (summary.new_events or any(d.changed for d in decisions)
                or any(missing(session, current.content))):
            return _summary(current, decisions, written=False)
        install(session, current.content)
        writer = _Writer(session, current)
        with Numbering(session, NUMBERED):
            for decision in decisions:
                writer.write(decision)
            session.flush()
    return summary
