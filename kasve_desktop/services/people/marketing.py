"""A person's consents and objections to direct marketing.

A consent is given to one purpose over one channel, against the notice version
shown, and withdrawn at an instant (it is never deleted here: the record of the
consent is the evidence). An objection (tarjonnanesto, GDPR Art. 21(2)) bans
direct marketing over one ``MarketingScope`` from a date until it is removed.
Each change is its own transaction (the audit hook logs it). What they mean for
the person's e-mail addresses and phone numbers is decided in ``suppression``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kasve_desktop.domain import validation as check
from kasve_desktop.domain.validation import Checker, InvalidValue, ValidationFailed
from kasve_desktop.domain.vocabulary import MarketingScope
from kasve_desktop.i18n import N_
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people.persons import UNKNOWN_CHOICE, person_row
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Consent, MarketingObjection, NoticeVersion, Register

CONSENT_CHANNEL_LABELS: dict[str, str] = {
    "email": N_("E-mail"), "sms": N_("Text message"), "phone": N_("Phone"), "post": N_("Post")}
CAPTURED_VIA_LABELS: dict[str, str] = {
    "web-form": N_("Web form"), "event": N_("At an event"), "paper": N_("Paper form"),
    "email": N_("E-mail"), "phone": N_("Phone call"), "in-person": N_("In person")}


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
                               .options(selectinload(Consent.register),
                                        selectinload(Consent.notice_version))
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
        person_row(session, person_id)
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
        person_row(session, person_id)
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
