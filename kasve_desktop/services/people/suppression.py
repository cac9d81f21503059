"""Who must not be marketed to: the suppression list, and the keyed hashes kept after erasure.

Which of a person's contacts are suppressed is decided by one rule,
``domain.suppression.suppressed_kinds`` (objections by scope, withdrawn consents
by channel); ``suppressed_contacts`` applies it to a stored person. Two lists
follow from it:

- ``suppression_list`` (saved by ``write_suppression_csv``): the e-mail addresses
  and phone numbers of the people kept in the database that must not be used.
- The keyed hashes of an erased person's suppressed contacts
  (``suppress_person``): an HMAC-SHA256 of each casefolded e-mail and each E.164
  phone number under a per-database secret key (``Setting`` ``suppression-key``,
  inside the encrypted database). No name is kept, and the hashes cannot be
  turned back into addresses. An import asks ``is_suppressed_in`` and does not
  import such a person.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain.duplicates import email_key, phone_key
from kasve_desktop.domain.spreadsheet import safe_rows
from kasve_desktop.domain.suppression import EMAIL, PHONE, ConsentTimes, suppressed_kinds
from kasve_desktop.paths import write_private
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Consent,
    MarketingObjection,
    Person,
    Setting,
    SuppressionEntry,
)

SUPPRESSION_KEY_SETTING = "suppression-key"


@dataclass(frozen=True)
class Contacts:
    """E-mail addresses and phone numbers (E.164) of one person."""

    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.emails or self.phones)


def suppressed_contacts(person: Person) -> Contacts:
    """The person's contacts that must not be used for marketing (``suppressed_kinds``)."""
    kinds = suppressed_kinds(
        (objection.scope for objection in person.objections),
        (ConsentTimes(c.channel, c.granted_at, c.withdrawn_at) for c in person.consents))
    return Contacts(
        tuple(e.address for e in person.emails) if EMAIL in kinds else (),
        tuple(p.number for p in person.phones) if PHONE in kinds else ())


# --- the list of the people kept -----------------------------------------------------------

@dataclass(frozen=True)
class SuppressionRow:
    kind: str
    """``email`` or ``phone``."""
    value: str
    """The address, or the number in E.164."""


def suppression_list(db: Database) -> list[SuppressionRow]:
    """The e-mail addresses and phone numbers that must not be used for marketing.

    A person's contacts are listed as ``suppressed_contacts`` says. Erased persons
    are not here: only keyed hashes of their contacts are kept, which cannot be
    turned back into addresses, so they are matched by hash at import.
    """
    found: dict[tuple[str, str], SuppressionRow] = {}
    with db.sessions() as session:
        people = session.scalars(select(Person).where(
            Person.id.in_(select(MarketingObjection.person_id))
            | Person.id.in_(select(Consent.person_id).where(Consent.withdrawn_at.is_not(None)))))
        for person in people:
            contacts = suppressed_contacts(person)
            values = [(EMAIL, a) for a in contacts.emails] + [(PHONE, n) for n in contacts.phones]
            for kind, value in values:
                found.setdefault((kind, value.casefold()), SuppressionRow(kind, value))
    return [found[key] for key in sorted(found)]


def write_suppression_csv(db: Database, path: Path) -> int:
    """Write ``suppression_list`` as CSV (header ``kind,value``); the number of rows."""
    rows = suppression_list(db)
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(("kind", "value"))
    writer.writerows(safe_rows((row.kind, row.value) for row in rows))
    write_private(path, text.getvalue().encode("utf-8"))
    return len(rows)


# --- the keyed hashes of the people erased --------------------------------------------------

def _secret(session: Session, *, create: bool) -> bytes | None:
    setting = session.get(Setting, SUPPRESSION_KEY_SETTING)
    if setting is None:
        if not create:
            return None
        setting = Setting(key=SUPPRESSION_KEY_SETTING, value={"hex": secrets.token_hex(32)})
        session.add(setting)
    return bytes.fromhex(str(setting.value["hex"]))


def _digest(secret: bytes, kind: str, key: str) -> str:
    return hmac.new(secret, f"{kind}:{key}".encode(), hashlib.sha256).hexdigest()


def _contact_keys(contacts: Contacts) -> list[tuple[str, str]]:
    keys = ([(EMAIL, email_key(a)) for a in contacts.emails]
            + [(PHONE, phone_key(p)) for p in contacts.phones])
    return [(kind, key) for kind, key in keys if key]


def suppress(session: Session, contacts: Contacts) -> int:
    """Add keyed hashes of the addresses and numbers; returns how many were new."""
    secret = _secret(session, create=True)
    assert secret is not None
    added = 0
    for kind, key in _contact_keys(contacts):
        digest = _digest(secret, kind, key)
        if session.scalar(select(SuppressionEntry.id).where(
                SuppressionEntry.digest == digest)) is None:
            session.add(SuppressionEntry(kind=kind, digest=digest))
            session.flush()
            added += 1
    return added


def suppress_person(session: Session, person: Person, contacts: Contacts | None = None) -> int:
    """Keep hashes of the person's suppressed contacts before the person is erased.

    ``contacts``: the suppressed contacts when known from before some of the
    person's records were erased (default: ``suppressed_contacts`` of what is left).
    Returns how many hashes were new.
    """
    chosen = suppressed_contacts(person) if contacts is None else contacts
    return suppress(session, chosen) if chosen else 0


def is_suppressed_in(session: Session, email: str | None = None,
                     phone: str | None = None) -> bool:
    """``is_suppressed`` inside the caller's session (e.g. an import's transaction)."""
    secret = _secret(session, create=False)
    if secret is None:
        return False
    contacts = Contacts((email,) if email else (), (phone,) if phone else ())
    digests = [_digest(secret, kind, key) for kind, key in _contact_keys(contacts)]
    return bool(digests) and session.scalar(select(SuppressionEntry.id).where(
        SuppressionEntry.digest.in_(digests)).limit(1)) is not None


def is_suppressed(db: Database, email: str | None = None, phone: str | None = None) -> bool:
    """Whether an erased person whose contact was suppressed had this e-mail or phone."""
    with db.sessions() as session:
        return is_suppressed_in(session, email, phone)
