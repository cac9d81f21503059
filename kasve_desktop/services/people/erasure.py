"""Erasure and rectification: what the request inbox calls.

``erase_person`` erases a data subject across the registers, except what the law
requires to be kept: an entry marked ``legal_hold`` or an entry of a register that
names a legal hold (``legal_hold_text``, e.g. accounting records). What was kept
is reported with the reason. Requests keep their own record (the requester's
details stay on the request, the link to the person is removed), and so do the
documents of a request. Rows are deleted through the ORM in one transaction, so
the audit hook records each deletion (names of records, never values), and the
database runs with ``secure_delete`` on, so the freed pages are overwritten.

The contacts of an erased person that must not be used for marketing
(``suppression.suppressed_contacts``: by the scopes of their objections and their
withdrawn consents) stay on the suppression list as keyed hashes only
(``suppression.suppress_person``), so that a later import does not market to them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain import validation
from kasve_desktop.domain.notice_vocabulary import DATA_CATEGORIES
from kasve_desktop.domain.retention import Outliving
from kasve_desktop.domain.validation import InvalidValue
from kasve_desktop.i18n import LANGUAGES, N_, _, current_language, display_date
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people.kept_longer import category_rules, keep_only, kept_longer
from kasve_desktop.services.people.persons import PersonNotFound
from kasve_desktop.services.people.suppression import (
    Contacts,
    suppress_person,
    suppressed_contacts,
)
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Document,
    Person,
    PersonEmail,
    PersonPhone,
    RegisterEntry,
    Request,
)

HELD_ENTRY = N_("The entry in this register")
HELD_DATA = N_("{category} of the entry in this register, until {date}")
HELD_DATA_REASON = N_("Kept by their own retention period, which has not ended.")
HELD_PERSON = N_("Name and contact details")
HELD_PERSON_REASON = N_("Needed by the entries kept under a legal hold.")
HELD_DEFAULT_REASON = N_("Marked as kept under a legal hold.")
REQUEST_RECORD = N_("Request {reference}: the requester's details and its handling record")
REQUEST_REASON = N_("The record of how the request was handled and answered must be kept to "
                    "show it was answered lawfully (GDPR Art. 5(2)); it is no longer linked to "
                    "the person.")
UNKNOWN_FIELD = N_("This field cannot be corrected here.")
BIRTH_YEAR = N_("Write the year of birth with four digits, e.g. 1980.")
LANGUAGE_CODE = N_("Choose fi, sv or en.")


# --- removing a person ----------------------------------------------------------------

def detach_records(session: Session, person_id: int) -> tuple[list[str], int]:
    """Unlink the person's requests and their documents (kept as the requests' record);
    delete documents that belong to no request. Returns request references and the
    number of documents deleted."""
    references = []
    for request in session.scalars(select(Request).where(Request.person_id == person_id)
                                   .order_by(Request.received_on, Request.id)):
        request.person_id = None
        references.append(request.reference)
    deleted = 0
    for document in session.scalars(select(Document).where(Document.person_id == person_id)):
        if document.request_id is None:
            session.delete(document)
            deleted += 1
        else:
            document.person_id = None
    return references, deleted


def remove_person(session: Session, person: Person,
                  suppressed: Contacts | None = None) -> tuple[list[str], int, int]:
    """Delete a person with everything that is only theirs (audited row by row).

    ``suppressed``: their contacts that must not be used for marketing, when known
    from before some of their records were erased (default: judged from what is
    left; see ``suppression.suppress_person``). Returns the references of their
    requests (kept, unlinked), the number of documents deleted and the number of
    suppression digests added.
    """
    digests = suppress_person(session, person, suppressed)
    references, documents = detach_records(session, person.id)
    session.delete(person)
    session.flush()
    return references, documents, digests


# --- erasure on request -----------------------------------------------------------

@dataclass(frozen=True)
class KeptItem:
    """Something not erased: in which register (empty: none), what, and why."""

    register: str
    what: str
    reason: str


@dataclass(frozen=True)
class ErasedCounts:
    entries: int = 0
    consents: int = 0
    objections: int = 0
    participations: int = 0
    emails: int = 0
    phones: int = 0
    documents: int = 0
    person: bool = False


@dataclass(frozen=True)
class ErasureReport:
    person_id: int
    reason: str
    erased: ErasedCounts
    kept: list[KeptItem] = field(default_factory=list)
    suppressed: int = 0
    """Keyed hashes added to the suppression list."""
    hashed: Contacts = field(default_factory=Contacts)
    """The contacts whose keyed hashes the suppression list keeps (new or already there)."""


def _localized(texts: Mapping[str, str]) -> str:
    return texts.get(current_language()) or texts.get("fi") or ""


def hold_reason(entry: RegisterEntry) -> str | None:
    """Why an entry must be kept by law (None: it need not be)."""
    register_text = _localized(entry.register.legal_hold_text or {}).strip()
    if entry.legal_hold:
        return entry.note.strip() or register_text or _(HELD_DEFAULT_REASON)
    return register_text or None


@dataclass(frozen=True)
class EntryFate:
    """What an erasure does with an entry: erase it (``reason`` None), keep it whole, or
    keep only its data kept longer by their own rule (``only``), and why."""

    reason: str | None
    only: Outliving | None = None


def entry_fate(entry: RegisterEntry, today: dt.date) -> EntryFate:
    """An entry marked as held is kept whole. Otherwise what the law keeps is the data
    whose category has a retention rule of its own that has not run out (billing data
    under the Accounting Act, Art. 17(3)(b)): only those are kept, for the register's
    legal-hold reason, and the rest goes. A register that names a legal hold but keeps no
    category by a rule of its own cannot tell which data the law keeps: its entry is kept
    whole, as before."""
    reason = hold_reason(entry)
    if entry.legal_hold:
        return EntryFate(reason)
    only = kept_longer(entry, today)
    if only is not None:
        return EntryFate(reason or _(HELD_DATA_REASON), only)
    if reason is not None and not category_rules(entry.register):
        return EntryFate(reason)
    return EntryFate(None)


def held_data(only: Outliving) -> list[str]:
    """What a partly kept entry keeps, category by category, in the words of
    ``KeptItem.what``."""
    return [_(HELD_DATA).format(category=DATA_CATEGORIES[category][current_language()],
                                date=display_date(due)) for category, due in only.dues.items()]


def _erase_entries(session: Session, person: Person, kept: list[KeptItem],
                   today: dt.date) -> int:
    erased = 0
    for entry in list(person.entries):
        fate = entry_fate(entry, today)
        register = _localized(entry.register.name)
        if fate.reason is None:
            person.entries.remove(entry)
            erased += 1
        elif fate.only is not None:
            keep_only(entry, fate.only)
            kept += [KeptItem(register, what, fate.reason) for what in held_data(fate.only)]
        else:
            kept.append(KeptItem(register, _(HELD_ENTRY), fate.reason))
    session.flush()
    return erased


PERSON_DATA_CLEARED = ("municipality", "organisation", "role", "gender", "customer_number",
                       "business_id", "username", "website", "notes")
"""What a person kept only for held data loses: all but the name and contact details (and
the language to write to them in, and a restriction, which protects them)."""


def _clear(session: Session, person: Person) -> tuple[int, int, int, int, int]:
    """Erase what a person kept for held entries need not keep; their objections stay."""
    counts = (len(person.consents), len(person.participations))
    person.consents.clear()
    person.participations.clear()
    for name in PERSON_DATA_CLEARED:
        setattr(person, name, "")
    person.birth_year = None
    session.flush()
    return counts[0], 0, counts[1], 0, 0


def _removed_counts(person: Person) -> tuple[int, int, int, int, int]:
    return (len(person.consents), len(person.objections), len(person.participations),
            len(person.emails), len(person.phones))


def erase_person(db: Database, person_id: int, *, reason: str) -> ErasureReport:
    """Erase a person everywhere except entries under a legal hold; report what was kept.

    When entries are kept the person's name and contact details stay with them
    (and their marketing objections, which protect them); otherwise the person
    is deleted. ``reason`` (e.g. the request's reference) is returned in the report.
    """
    with transaction(db) as session:
        person = session.get(Person, person_id)
        if person is None:
            raise PersonNotFound(person_id)
        kept: list[KeptItem] = []
        hashed = suppressed_contacts(person)
        entries = _erase_entries(session, person, kept, db.clock.today())
        removed = not kept
        if removed:
            counts = _removed_counts(person)
            references, documents, suppressed = remove_person(session, person, hashed)
        else:
            suppressed = suppress_person(session, person, hashed)
            counts = _clear(session, person)
            references, documents = detach_records(session, person_id)
            kept.append(KeptItem("", _(HELD_PERSON), _(HELD_PERSON_REASON)))
        kept += [KeptItem("", _(REQUEST_RECORD).format(reference=ref), _(REQUEST_REASON))
                 for ref in references]
    erased = ErasedCounts(entries, *counts, documents=documents, person=removed)
    return ErasureReport(person_id, reason, erased, kept, suppressed, hashed)


# --- rectification ----------------------------------------------------------------

TEXT_FIELDS = frozenset({
    "first_name", "last_name", "street", "address_extra", "locality", "municipality",
    "organisation", "role", "gender", "customer_number", "username", "notes",
    "restriction_reason"})
LIST_FIELDS = frozenset({"emails", "phones"})


@dataclass(eq=False)
class RectificationFailed(Exception):
    """Nothing was changed: ``problems`` maps each refused field to its reason."""

    problems: dict[str, InvalidValue]


def _birth_year(value: str, today: dt.date) -> int | None:
    text = value.strip()
    if not text:
        return None
    if not (text.isdigit() and len(text) == 4 and 1900 <= int(text) <= today.year):
        raise InvalidValue(BIRTH_YEAR)
    return int(text)


def _language(value: str) -> str:
    text = value.strip().lower()
    if text not in LANGUAGES:
        raise InvalidValue(LANGUAGE_CODE)
    return text


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.replace(";", "\n").replace(",", "\n").split("\n")
            if part.strip()]


def _check(name: str, value: str, country: str, today: dt.date) -> object:
    checks: dict[str, Callable[[str], object]] = {
        "postal_code": lambda v: validation.postal_code(v, country),
        "country": validation.country, "business_id": validation.business_id,
        "website": validation.website, "birth_year": lambda v: _birth_year(v, today),
        "language": _language,
        "emails": lambda v: [validation.email(a) for a in _split(v)],
        "phones": lambda v: [validation.phone(p) for p in _split(v)]}
    if name in checks:
        return checks[name](value)
    if name in TEXT_FIELDS:
        return value.strip()
    raise InvalidValue(UNKNOWN_FIELD)


def _checked(changes: Mapping[str, str], country: str, today: dt.date) -> dict[str, object]:
    values: dict[str, object] = {}
    problems: dict[str, InvalidValue] = {}
    for name, value in changes.items():
        try:
            values[name] = _check(name, value, country, today)
        except InvalidValue as error:
            problems[name] = error
    if problems:
        raise RectificationFailed(problems)
    return values


def _set_list(person: Person, name: str, values: list[str]) -> bool:
    if name == "emails":
        if [e.address for e in person.emails] == values:
            return False
        person.emails = [PersonEmail(address=a, position=i) for i, a in enumerate(values)]
    else:
        if [p.number for p in person.phones] == values:
            return False
        person.phones = [PersonPhone(number=n, position=i) for i, n in enumerate(values)]
    return True


def rectify(db: Database, person_id: int, changes: Mapping[str, str],
            today: dt.date) -> list[str]:
    """Correct a person's fields (checked and normalised); returns the fields that changed.

    ``emails`` and ``phones`` take the whole list, separated by commas or new lines.
    Any invalid value raises ``RectificationFailed`` and changes nothing. The audit
    hook records the update with the names of the changed fields, never the values.
    """
    with transaction(db) as session:
        person = session.get(Person, person_id)
        if person is None:
            raise PersonNotFound(person_id)
        values = _checked(changes, changes.get("country", person.country).strip().upper(),
                          today)
        changed = []
        for name, value in values.items():
            if name in LIST_FIELDS:
                assert isinstance(value, list)
                if _set_list(person, name, value):
                    changed.append(name)
            elif getattr(person, name) != value:
                setattr(person, name, value)
                changed.append(name)
        session.flush()
    return changed
