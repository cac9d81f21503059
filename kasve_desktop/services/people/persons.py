"""One data subject's record: the person's details and the restriction of processing.

The details are loaded as an editable ``PersonData`` and saved back whole: every
field is checked first (``domain.validation``) and if anything is wrong one
``ValidationFailed`` names every field (``"emails.1"``, ``"postal_code"``) and
nothing is written. Phone numbers are stored in E.164. The restriction is set and
lifted one change at a time, each in its own transaction (the audit hook logs
every change). ``PersonNotFound`` is raised by every service of ``services.people``
asked about a person who does not exist (any more).

The rest of a person is in the modules beside this one: register entries
(``entries``), consents and marketing objections (``marketing``), who must not be
marketed to (``suppression``), erasure and rectification (``erasure``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from kasve_desktop.domain import validation as check
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.validation import Checker, ValidationFailed
from kasve_desktop.i18n import LANGUAGES, N_
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Person, PersonEmail, PersonPhone

__all__ = ["ValidationFailed"]

FIRST_BIRTH_YEAR = 1900
NAME_NEEDED = N_("Enter a first name or a last name.")
BIRTH_YEAR = N_("Write the birth year as four digits from 1900 to {last}, or leave it empty.")
UNKNOWN_CHOICE = N_("Choose one of the options.")
PERSON_MISSING = N_("The person no longer exists.")


class PersonNotFound(UserError, LookupError):
    """The person does not exist (any more): never created, merged away or erased."""

    message = PERSON_MISSING

    def __init__(self, person_id: int | None = None) -> None:
        super().__init__()
        self.person_id = person_id


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


def person_row(session: Session, person_id: int) -> Person:
    """The person's row in ``session``, or ``PersonNotFound``."""
    person = session.get(Person, person_id)
    if person is None:
        raise PersonNotFound(person_id)
    return person


def load_person(db: Database, person_id: int) -> PersonData:
    with db.sessions() as session:
        return _person_of(person_row(session, person_id))


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
        row = Person() if checked.id is None else person_row(session, checked.id)
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
        row = person_row(session, person_id)
        row.restricted, row.restriction_reason, row.restricted_since = True, text, since
        return _person_of(row)


def lift_restriction(db: Database, person_id: int) -> PersonData:
    with transaction(db) as session:
        row = person_row(session, person_id)
        row.restricted, row.restriction_reason, row.restricted_since = False, "", None
        return _person_of(row)
