"""One data subject: the person's details, register entries, consents, objections, restriction.

The details are loaded as an editable ``PersonData`` and saved back whole: every
field is checked first (``domain.validation``) and if anything is wrong one
``ValidationFailed`` names every field (``"emails.1"``, ``"postal_code"``) and
nothing is written. Phone numbers are stored in E.164. Register entries,
consents, objections and the restriction are changed one at a time, each in its
own transaction (the audit hook logs every change). The suppression list (who
must not be marketed to) is at the end.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain import validation as check
from kasve_desktop.domain.validation import Checker, InvalidValue, ValidationFailed
from kasve_desktop.domain.vocabulary import LegalBasis, MarketingScope
from kasve_desktop.i18n import LANGUAGES, N_
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Consent,
    MarketingObjection,
    NoticeVersion,
    Person,
    PersonEmail,
    PersonPhone,
    Register,
    RegisterEntry,
)

__all__ = ["ValidationFailed"]

Texts = dict[str, str]
FIRST_BIRTH_YEAR = 1900
NAME_NEEDED = N_("Enter a first name or a last name.")
BIRTH_YEAR = N_("Write the birth year as four digits from 1900 to {last}, or leave it empty.")
UNKNOWN_CHOICE = N_("Choose one of the options.")
ALREADY_IN_REGISTER = N_("The person is already in this register.")
DATES_REVERSED = N_("The data cannot be last needed before it was collected.")
CONSENT_CHANNEL_LABELS: dict[str, str] = {
    "email": N_("E-mail"), "sms": N_("Text message"), "phone": N_("Phone"), "post": N_("Post")}
CAPTURED_VIA_LABELS: dict[str, str] = {
    "web-form": N_("Web form"), "event": N_("At an event"), "paper": N_("Paper form"),
    "email": N_("E-mail"), "phone": N_("Phone call"), "in-person": N_("In person")}
SUPPRESSED_BY_SCOPE = {"email": (MarketingScope.ALL, MarketingScope.EMAIL),
                       "phone": (MarketingScope.ALL, MarketingScope.PHONE)}
CONSENT_KIND = {"email": "email", "sms": "phone", "phone": "phone"}


class PersonNotFound(LookupError):
    pass


# --- the person's details --------------------------------------------------------------

@dataclass
class PersonData:
    """A person as the form edits it; phones in E.164 when loaded, as typed before saving."""

    id: int | None = None
    first_name: str = ""
    last_name: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    street: str = ""
    address_extra: str = ""
    postal_code: str = ""
    locality: str = ""
    country: str = "FI"
    municipality: str = ""
    organisation: str = ""
    role: str = ""
    birth_year: int | None = None
    gender: str = ""
    customer_number: str = ""
    business_id: str = ""
    language: str = "fi"
    username: str = ""
    website: str = ""
    notes: str = ""
    restricted: bool = False
    """Read only here: see ``set_restriction`` and ``lift_restriction``."""
    restriction_reason: str = ""
    restricted_since: dt.date | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


PLAIN_FIELDS = ("first_name", "last_name", "street", "address_extra", "locality",
                "municipality", "organisation", "role", "gender", "customer_number",
                "username", "notes")


def _person_of(row: Person) -> PersonData:
    data = PersonData(id=row.id, emails=[e.address for e in row.emails],
                      phones=[p.number for p in row.phones], country=row.country,
                      postal_code=row.postal_code, birth_year=row.birth_year,
                      business_id=row.business_id, language=row.language, website=row.website,
                      restricted=row.restricted, restriction_reason=row.restriction_reason,
                      restricted_since=row.restricted_since)
    for name in PLAIN_FIELDS:
        setattr(data, name, getattr(row, name))
    return data


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise PersonNotFound(person_id)
    return person


def load_person(db: Database, person_id: int) -> PersonData:
    with db.sessions() as session:
        return _person_of(_get(session, person_id))


def _checked_lists(c: Checker, data: PersonData) -> tuple[list[str], list[str]]:
    emails = [c.value(f"emails.{n}", check.email, text) for n, text in enumerate(data.emails)]
    phones = [c.value(f"phones.{n}", check.phone, text) for n, text in enumerate(data.phones)]
    return [e for e in emails if e.strip()], [p for p in phones if p.strip()]


def check_person(data: PersonData, today: dt.date) -> PersonData:
    """The person in stored form, or ``ValidationFailed`` naming every bad field."""
    c = Checker()
    plain = {name: c.value(name, check.text, getattr(data, name).strip())
             for name in PLAIN_FIELDS}
    if not (plain["first_name"] or plain["last_name"]):
        c.fail("first_name", NAME_NEEDED)
    emails, phones = _checked_lists(c, data)
    country = c.value("country", check.country, data.country) or "FI"
    last = today.year
    if data.birth_year is not None and not FIRST_BIRTH_YEAR <= data.birth_year <= last:
        c.fail("birth_year", BIRTH_YEAR, last=str(last))
    if data.language not in LANGUAGES:
        c.fail("language", UNKNOWN_CHOICE)
    checked = PersonData(
        id=data.id, emails=emails, phones=phones, country=country,
        postal_code=c.value("postal_code", lambda v: check.postal_code(v, country),
                            data.postal_code),
        birth_year=data.birth_year, business_id=c.value("business_id", check.business_id,
                                                        data.business_id),
        language=data.language, website=c.value("website", check.website, data.website),
        restricted=data.restricted, restriction_reason=data.restriction_reason,
        restricted_since=data.restricted_since, **plain)
    c.raise_if_failed()
    return checked


def _write_person(row: Person, data: PersonData) -> None:
    for name in (*PLAIN_FIELDS, "postal_code", "country", "birth_year", "business_id",
                 "language", "website"):
        if getattr(row, name) != getattr(data, name):
            setattr(row, name, getattr(data, name))
    if [e.address for e in row.emails] != data.emails:
        row.emails = [PersonEmail(position=n, address=a) for n, a in enumerate(data.emails)]
    if [p.number for p in row.phones] != data.phones:
        row.phones = [PersonPhone(position=n, number=p) for n, p in enumerate(data.phones)]


def save_person(db: Database, data: PersonData, today: dt.date) -> PersonData:
    """Create (``id`` None) or update the person; all or nothing. Returns it as stored."""
    checked = check_person(data, today)
    with transaction(db) as session:
        row = Person() if checked.id is None else _get(session, checked.id)
        if checked.id is None:
            session.add(row)
        _write_person(row, checked)
        session.flush()
        return _person_of(row)


def create_person(db: Database, data: PersonData, today: dt.date) -> PersonData:
    """A new person from ``data`` (its ``id`` is ignored)."""
    data.id = None
    return save_person(db, data, today)


# --- restriction of processing ------------------------------------------------------------

def set_restriction(db: Database, person_id: int, reason: str, since: dt.date) -> PersonData:
    """Restrict the processing of the person's data (GDPR Art. 18); the reason is required."""
    c = Checker()
    text = c.value("restriction_reason", check.required, reason)
    c.raise_if_failed()
    with transaction(db) as session:
        row = _get(session, person_id)
        row.restricted, row.restriction_reason, row.restricted_since = True, text, since
        return _person_of(row)


def lift_restriction(db: Database, person_id: int) -> PersonData:
    with transaction(db) as session:
        row = _get(session, person_id)
        row.restricted, row.restriction_reason, row.restricted_since = False, "", None
        return _person_of(row)


# --- register entries -----------------------------------------------------------------------

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
        _get(session, person_id)
        register = _checked_entry(session, person_id, data)
        row = RegisterEntry(person_id=person_id) if data.id is None else session.get(
            RegisterEntry, data.id)
        if row is None or row.person_id != person_id:
            raise LookupError(data.id)
        session.add(row)
        row.register = register
        row.source, row.legal_basis = data.source.strip(), data.legal_basis
        row.note = data.note.strip()
        row.collected_on, row.last_needed_on = data.collected_on, data.last_needed_on
        row.legal_hold = data.legal_hold
        session.flush()
        return _entry_row(row)


def remove_entry(db: Database, entry_id: int) -> None:
    with transaction(db) as session:
        row = session.get(RegisterEntry, entry_id)
        if row is not None:
            session.delete(row)


# --- consents ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ConsentRow:
    id: int
    purpose: str
    channel: str
    register_key: str | None
    granted_at: dt.datetime
    withdrawn_at: dt.datetime | None
    captured_via: str
    notice_version: int | None
    """The number of the notice version shown when the consent was given."""
    evidence: str

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


@dataclass
class ConsentData:
    purpose: str = ""
    channel: str = "email"
    granted_at: dt.datetime | None = None
    captured_via: str = ""
    notice_version: int | None = None
    evidence: str = ""
    register_key: str | None = None


def _consent_row(row: Consent) -> ConsentRow:
    return ConsentRow(row.id, row.purpose, row.channel,
                      row.register.key if row.register else None, row.granted_at,
                      row.withdrawn_at, row.captured_via,
                      row.notice_version.number if row.notice_version else None, row.evidence)


def list_consents(db: Database, person_id: int) -> list[ConsentRow]:
    """The person's consents, the newest first."""
    with db.sessions() as session:
        rows = session.scalars(select(Consent).where(Consent.person_id == person_id)
                               .order_by(Consent.granted_at.desc(), Consent.id.desc()))
        return [_consent_row(row) for row in rows]


def notice_version_numbers(db: Database) -> list[int]:
    """The published notice versions, the newest first."""
    with db.sessions() as session:
        return list(session.scalars(select(NoticeVersion.number)
                                    .order_by(NoticeVersion.number.desc())))


def _checked_consent(session: Session, data: ConsentData) -> tuple[int | None, int | None]:
    """The ids of the consent's notice version and register."""
    c = Checker()
    c.value("purpose", check.required, data.purpose)
    if data.channel not in CONSENT_CHANNEL_LABELS:
        c.fail("channel", UNKNOWN_CHOICE)
    if data.granted_at is None:
        c.fail("granted_at", check.REQUIRED)
    version = register = None
    if data.notice_version is not None:
        version = session.scalar(select(NoticeVersion.id).where(
            NoticeVersion.number == data.notice_version))
        if version is None:
            c.fail("notice_version", UNKNOWN_CHOICE)
    if data.register_key:
        register = session.scalar(select(Register.id).where(Register.key == data.register_key))
        if register is None:
            c.fail("register_key", UNKNOWN_CHOICE)
    c.raise_if_failed()
    return version, register


def add_consent(db: Database, person_id: int, data: ConsentData) -> ConsentRow:
    with transaction(db) as session:
        _get(session, person_id)
        version, register = _checked_consent(session, data)
        assert data.granted_at is not None
        row = Consent(person_id=person_id, purpose=data.purpose.strip(), channel=data.channel,
                      granted_at=data.granted_at, captured_via=data.captured_via.strip(),
                      notice_version_id=version, register_id=register,
                      evidence=data.evidence.strip())
        session.add(row)
        session.flush()
        return _consent_row(row)


def withdraw_consent(db: Database, consent_id: int, at: dt.datetime) -> ConsentRow:
    """Record the withdrawal at ``at``; a consent already withdrawn keeps its first time."""
    with transaction(db) as session:
        row = session.get(Consent, consent_id)
        if row is None:
            raise LookupError(consent_id)
        if row.withdrawn_at is None:
            row.withdrawn_at = at
        return _consent_row(row)


# --- marketing objections --------------------------------------------------------------------

@dataclass(frozen=True)
class ObjectionRow:
    id: int
    scope: str
    since: dt.date
    note: str


def list_objections(db: Database, person_id: int) -> list[ObjectionRow]:
    with db.sessions() as session:
        rows = session.scalars(select(MarketingObjection)
                               .where(MarketingObjection.person_id == person_id)
                               .order_by(MarketingObjection.since, MarketingObjection.id))
        return [ObjectionRow(r.id, r.scope, r.since, r.note) for r in rows]


def add_objection(db: Database, person_id: int, scope: str, since: dt.date,
                  note: str = "") -> ObjectionRow:
    """Record a ban on direct marketing over ``scope`` (a ``MarketingScope``) from ``since``."""
    if scope not in set(MarketingScope):
        raise ValidationFailed({"scope": InvalidValue(UNKNOWN_CHOICE)})
    with transaction(db) as session:
        _get(session, person_id)
        row = MarketingObjection(person_id=person_id, scope=scope, since=since,
                                 note=note.strip())
        session.add(row)
        session.flush()
        return ObjectionRow(row.id, row.scope, row.since, row.note)


def remove_objection(db: Database, objection_id: int) -> None:
    """End an objection (the person allows that marketing again, or it was a mistake)."""
    with transaction(db) as session:
        row = session.get(MarketingObjection, objection_id)
        if row is not None:
            session.delete(row)


# --- the suppression list ----------------------------------------------------------------------

@dataclass(frozen=True)
class SuppressionRow:
    kind: str
    """``email`` or ``phone``."""
    value: str
    """The address, or the number in E.164."""


def _withdrawn_kinds(consents: list[Consent]) -> set[str]:
    """``email``/``phone`` where the latest consent over that channel is withdrawn."""
    latest: dict[str, Consent] = {}
    for consent in sorted(consents, key=lambda c: c.granted_at):
        latest[consent.channel] = consent
    return {CONSENT_KIND[channel] for channel, consent in latest.items()
            if consent.withdrawn_at is not None and channel in CONSENT_KIND}


def _suppressed_kinds(person: Person) -> set[str]:
    scopes = {objection.scope for objection in person.objections}
    kinds = {kind for kind, covering in SUPPRESSED_BY_SCOPE.items()
             if scopes & {scope.value for scope in covering}}
    return kinds | _withdrawn_kinds(person.consents)


def suppression_list(db: Database) -> list[SuppressionRow]:
    """The e-mail addresses and phone numbers that must not be used for marketing.

    A person's e-mail addresses are listed when they have an objection of scope
    ``all`` or ``email``, or when their latest e-mail consent is withdrawn; their
    phone numbers when the objection's scope is ``all`` or ``phone``, or their
    latest SMS or phone consent is withdrawn. Postal and market-research
    objections have no e-mail or phone to list. Erased persons are not here:
    only keyed hashes of their contacts are kept (``SuppressionEntry``), which
    cannot be turned back into addresses, so they are matched by hash at import.
    """
    found: dict[tuple[str, str], SuppressionRow] = {}
    with db.sessions() as session:
        people = session.scalars(select(Person).where(
            Person.id.in_(select(MarketingObjection.person_id))
            | Person.id.in_(select(Consent.person_id).where(Consent.withdrawn_at.is_not(None)))))
        for person in people:
            kinds = _suppressed_kinds(person)
            values = [("email", e.address) for e in person.emails if "email" in kinds]
            values += [("phone", p.number) for p in person.phones if "phone" in kinds]
            for kind, value in values:
                found.setdefault((kind, value.casefold()), SuppressionRow(kind, value))
    return [found[key] for key in sorted(found)]


def write_suppression_csv(db: Database, path: Path) -> int:
    """Write ``suppression_list`` as CSV (header ``kind,value``); the number of rows."""
    rows = suppression_list(db)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("kind", "value"))
        writer.writerows((row.kind, row.value) for row in rows)
    return len(rows)
