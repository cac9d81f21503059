"""The breach register (GDPR Art. 33(5)): recording, editing, listing and closing breaches.

A breach is recorded with its discovery, from which the 72 hours of
``domain.breach_clock`` run; its reference is ``L-YYYY-NNN``, numbered per year of
the discovery in Helsinki. Its status is never stored: it follows from the risk
assessment and what has been done (``status_of``). Later information given to the
authority (phased notification, Art. 33(4)) is a dated addition, and the notification
is never removed or moved after the first one. A breach assessed as no risk needs no
notification; one made anyway (voluntarily) makes it NOTIFIED, never late. The persons
told are marked (``mark_told``), e.g. once their letters are sent. Every write is one
transaction; refused input (``BreachInvalid``) changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kasve_desktop.clock import as_utc, local_date, local_time, stored
from kasve_desktop.domain import breach_clock
from kasve_desktop.domain.breach_clock import Risk
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.names import display_name
from kasve_desktop.i18n import N_, _, display_datetime
from kasve_desktop.services.breaches.addresses import has_postal_address
from kasve_desktop.services.breaches.form import (
    CLOSED_NEEDS_DONE,
    PERSONS_RANGE,
    BreachInput,
    BreachInvalid,
    check_input,
    one_line,
)
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Breach, BreachAddition, BreachPerson, Person, Register

__all__ = [
    "Addition", "BreachDetail", "BreachInput", "BreachInvalid", "BreachNotFound", "BreachRow",
    "BreachStatus", "LinkedPerson", "Risk", "add_addition", "breach_detail", "close_breach",
    "list_breaches", "mark_told", "open_deadlines", "record_breach", "reopen_breach", "risk_label",
    "status_label", "update_breach",
]

REGISTER_MISSING = N_("The register {key} does not exist.")
PERSON_MISSING = N_("A linked person no longer exists.")
ADDITION_TEXT_NEEDED = N_("Write what the addition tells the authority.")
ADDITION_NEEDS_NOTIFICATION = N_("An addition follows the authority's notification: record "
                                 "the notification first.")
ADDITIONS_BEFORE = N_("Additions were sent to the authority, the first on {first}: the "
                      "notification cannot be removed or dated after it.")
ADDITION_RANGE = N_("The addition must be dated between the authority's notification and "
                    "now.")
TOLD_WHOM = N_("Choose the persons who were told.")
TOLD_NOT_LINKED = N_("Only persons linked to the breach can be marked as told.")
CLOSE_REFUSED = N_("The breach cannot be closed yet: {status}.")


class BreachStatus(StrEnum):
    ASSESSING = "assessing"
    """The risk is not assessed yet (the 72 hours run)."""
    TO_NOTIFY = "to-notify"
    """Risk or high risk, the authority not notified yet (the 72 hours run)."""
    TO_TELL = "to-tell"
    """High risk, the authority notified, the persons neither told nor a reason given."""
    NOTIFIED = "notified"
    """All the risk requires is done (or, no risk, the authority notified voluntarily)."""
    DOCUMENTED = "documented"
    """No risk: documented only (Art. 33(5))."""
    CLOSED = "closed"


RUNNING = frozenset({BreachStatus.ASSESSING, BreachStatus.TO_NOTIFY})
"""The statuses in which the 72 hours run."""
UNFINISHED = RUNNING | {BreachStatus.TO_TELL}
"""The statuses in which a breach cannot be closed."""

STATUS_LABELS: dict[BreachStatus, str] = {
    BreachStatus.ASSESSING: N_("Risk being assessed"),
    BreachStatus.TO_NOTIFY: N_("Authority to be notified"),
    BreachStatus.TO_TELL: N_("Persons to be told"),
    BreachStatus.NOTIFIED: N_("Notified"),
    BreachStatus.DOCUMENTED: N_("Documented only"),
    BreachStatus.CLOSED: N_("Closed"),
}
RISK_LABELS: dict[Risk | None, str] = {
    None: N_("Not assessed"),
    Risk.NONE: N_("No risk"),
    Risk.RISK: N_("Risk"),
    Risk.HIGH: N_("High risk"),
}


def status_label(status: BreachStatus) -> str:
    return _(STATUS_LABELS[status])


def risk_label(risk: Risk | None) -> str:
    return _(RISK_LABELS[risk])


class BreachNotFound(UserError, LookupError):
    message = N_("The breach {reference} does not exist.")

    def __init__(self, reference: str) -> None:
        super().__init__(reference=reference)
        self.reference = reference


@dataclass(frozen=True)
class BreachRow:
    reference: str
    title: str
    discovered_at: dt.datetime
    """Aware UTC."""
    notify_by: dt.datetime
    """Aware UTC: 72 elapsed hours after the discovery."""
    risk: Risk | None
    authority_notified_at: dt.datetime | None
    persons_notified_at: dt.datetime | None
    persons_count: int | None
    linked_persons: int
    status: BreachStatus
    hours_left: int | None
    """``breach_clock.hours_left`` while the 72 hours run (ASSESSING, TO_NOTIFY), else None."""
    late: bool
    """Notified after the 72 hours, or they ran out with the notification still due."""
    uid: str = ""
    """The breach's stable identifier (the calendar's event UID is built from it)."""


@dataclass(frozen=True)
class LinkedPerson:
    id: int
    name: str
    language: str
    has_address: bool
    told_at: dt.datetime | None


@dataclass(frozen=True)
class Addition:
    at: dt.datetime
    text: str


@dataclass(frozen=True)
class BreachDetail:
    row: BreachRow
    data: BreachInput
    persons: tuple[LinkedPerson, ...]
    additions: tuple[Addition, ...]


# --- reading ------------------------------------------------------------------------------

def _aware(instant: dt.datetime | None) -> dt.datetime | None:
    return None if instant is None else as_utc(instant)


def _risk(row: Breach) -> Risk | None:
    return Risk(row.risk) if row.risk else None


def status_of(row: Breach) -> BreachStatus:
    """What the breach's risk still requires, from what is recorded."""
    risk = _risk(row)
    if row.closed_at is not None:
        return BreachStatus.CLOSED
    if risk is None:
        return BreachStatus.ASSESSING
    if not breach_clock.authority_to_be_notified(risk):
        # no notification is due; one made anyway (voluntarily) is what was done
        return (BreachStatus.DOCUMENTED if row.authority_notified_at is None
                else BreachStatus.NOTIFIED)
    if row.authority_notified_at is None:
        return BreachStatus.TO_NOTIFY
    if breach_clock.persons_to_be_told(risk) and row.persons_notified_at is None \
            and not row.persons_not_told_reason.strip():
        return BreachStatus.TO_TELL
    return BreachStatus.NOTIFIED


def _late(row: Breach, status: BreachStatus, now: dt.datetime) -> bool:
    """No deadline binds a voluntary notification (risk none): it is never late."""
    risk = _risk(row)
    if risk is not None and not breach_clock.authority_to_be_notified(risk):
        return False
    if row.authority_notified_at is not None:
        return breach_clock.is_late(row.discovered_at, row.authority_notified_at)
    return status in RUNNING and as_utc(now) > breach_clock.notify_by(row.discovered_at)


def _row(row: Breach, now: dt.datetime) -> BreachRow:
    status = status_of(row)
    return BreachRow(
        reference=row.reference, title=row.title, discovered_at=as_utc(row.discovered_at),
        notify_by=breach_clock.notify_by(row.discovered_at), risk=_risk(row),
        authority_notified_at=_aware(row.authority_notified_at),
        persons_notified_at=_aware(row.persons_notified_at), persons_count=row.persons_count,
        linked_persons=len(row.persons), status=status,
        hours_left=(breach_clock.hours_left(row.discovered_at, now)
                    if status in RUNNING else None),
        late=_late(row, status, now), uid=row.uid)


def _input_of(row: Breach) -> BreachInput:
    return BreachInput(
        title=row.title, discovered_at=as_utc(row.discovered_at),
        happened_at=_aware(row.happened_at), happened_note=row.happened_note,
        description=row.description, person_categories=row.person_categories,
        persons_count=row.persons_count, data_categories=row.data_categories,
        records_count=row.records_count, register_keys=tuple(row.register_keys),
        consequences=row.consequences, measures_taken=row.measures_taken,
        measures_proposed=row.measures_proposed, risk=_risk(row),
        risk_reasons=row.risk_reasons, decided_by=row.decided_by,
        decided_at=_aware(row.decided_at), authority_notified_at=_aware(row.authority_notified_at),
        authority_reference=row.authority_reference, delay_reasons=row.delay_reasons,
        persons_notified_at=_aware(row.persons_notified_at),
        persons_not_told_reason=row.persons_not_told_reason, note=row.note,
        persons_message=row.persons_message,
        person_ids=tuple(link.person_id for link in row.persons))


def _linked(link: BreachPerson) -> LinkedPerson:
    person = link.person
    return LinkedPerson(
        id=person.id, name=display_name(person.first_name, person.last_name),
        language=person.language, has_address=has_postal_address(person),
        told_at=_aware(link.told_at))


def _find(session: Session, reference: str) -> Breach:
    row = session.scalar(select(Breach).where(Breach.reference == reference)
                         .options(selectinload(Breach.persons).selectinload(BreachPerson.person),
                                  selectinload(Breach.additions)))
    if row is None:
        raise BreachNotFound(reference)
    return row


def breach_detail(db: Database, reference: str, now: dt.datetime) -> BreachDetail:
    """One breach in full (raises ``BreachNotFound``)."""
    with db.sessions() as session:
        row = _find(session, reference)
        return BreachDetail(
            row=_row(row, now), data=_input_of(row),
            persons=tuple(_linked(link) for link in row.persons),
            additions=tuple(Addition(as_utc(a.at), a.text) for a in row.additions))


def _matches(row: Breach, words: str) -> bool:
    haystack = " ".join((row.reference, row.title, row.description, row.authority_reference))
    return all(word in haystack.casefold() for word in words.casefold().split())


def list_breaches(db: Database, now: dt.datetime, search: str = "",
                  open_only: bool = False) -> list[BreachRow]:
    """The breaches, the newest discovery first; ``search`` matches the reference, title,
    description and the authority's case number; ``open_only`` leaves out closed ones."""
    with db.sessions() as session:
        found = session.scalars(select(Breach).options(selectinload(Breach.persons))
                                .order_by(Breach.discovered_at.desc(), Breach.id.desc()))
        rows = [_row(row, now) for row in found if _matches(row, search)]
    return [row for row in rows if not (open_only and row.status is BreachStatus.CLOSED)]


def open_deadlines(db: Database, now: dt.datetime) -> list[BreachRow]:
    """The breaches whose 72 hours still run (ASSESSING, TO_NOTIFY), the soonest first."""
    with db.sessions() as session:
        found = session.scalars(select(Breach).options(selectinload(Breach.persons))
                                .where(Breach.closed_at.is_(None)))
        rows = [_row(row, now) for row in found]
    return sorted((row for row in rows if row.status in RUNNING),
                  key=lambda row: (row.notify_by, row.reference))


# --- writing ------------------------------------------------------------------------------

def next_reference(session: Session, discovered_at: dt.datetime) -> str:
    """``L-2026-001``: numbered per year of the discovery in Helsinki."""
    prefix = f"L-{local_date(discovered_at).year}-"
    taken = session.scalars(select(Breach.reference)
                            .where(Breach.reference.like(prefix + "%"))).all()
    numbers = [int(ref.removeprefix(prefix)) for ref in taken
               if ref.removeprefix(prefix).isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


def _check_links(session: Session, data: BreachInput) -> None:
    keys = set(session.scalars(select(Register.key)
                               .where(Register.key.in_(data.register_keys))))
    for key in data.register_keys:
        if key not in keys:
            raise BreachInvalid(REGISTER_MISSING, field="register_keys", key=key)
    wanted = set(data.person_ids)
    found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
    if found != wanted:
        raise BreachInvalid(PERSON_MISSING, field="person_ids")


def _when(instant: dt.datetime | None) -> dt.datetime | None:
    return None if instant is None else stored(instant)


def _fill(row: Breach, data: BreachInput) -> None:
    row.title = one_line(data.title)
    row.discovered_at = stored(data.discovered_at)
    row.happened_at = _when(data.happened_at)
    row.decided_at = _when(data.decided_at)
    row.authority_notified_at = _when(data.authority_notified_at)
    row.persons_notified_at = _when(data.persons_notified_at)
    row.risk = data.risk.value if data.risk is not None else ""
    row.persons_count, row.records_count = data.persons_count, data.records_count
    row.register_keys = list(dict.fromkeys(data.register_keys))
    for name in ("happened_note", "description", "person_categories", "data_categories",
                 "consequences", "measures_taken", "measures_proposed", "risk_reasons",
                 "decided_by", "authority_reference", "delay_reasons",
                 "persons_not_told_reason", "note", "persons_message"):
        setattr(row, name, getattr(data, name).strip())


def _link_persons(row: Breach, person_ids: tuple[int, ...]) -> None:
    """Keep the links (and when each was told) of the persons still named."""
    wanted = list(dict.fromkeys(person_ids))
    row.persons = [link for link in row.persons if link.person_id in wanted]
    linked = {link.person_id for link in row.persons}
    row.persons.extend(BreachPerson(person_id=pid) for pid in wanted if pid not in linked)


def _check_additions(row: Breach, data: BreachInput) -> None:
    """The additions (Art. 33(4)) follow the notification: it stays, at or before the first."""
    if not row.additions:
        return
    first = min(as_utc(addition.at) for addition in row.additions)
    notified = data.authority_notified_at
    if notified is None or as_utc(notified) > first:
        raise BreachInvalid(ADDITIONS_BEFORE, field="authority_notified_at",
                            first=display_datetime(local_time(first)))


def _write(session: Session, row: Breach, data: BreachInput, now: dt.datetime) -> None:
    check_input(data, now)
    _check_additions(row, data)
    _check_links(session, data)
    _fill(row, data)
    _link_persons(row, data.person_ids)
    if row.closed_at is not None and _unfinished(row):
        raise BreachInvalid(CLOSED_NEEDS_DONE)


def _unfinished(row: Breach) -> bool:
    closed, row.closed_at = row.closed_at, None
    try:
        return status_of(row) in UNFINISHED
    finally:
        row.closed_at = closed


def record_breach(db: Database, data: BreachInput, now: dt.datetime) -> str:
    """Record a new breach; its reference (raises ``BreachInvalid``, nothing stored)."""
    check_input(data, now)
    with transaction(db) as session:
        row = Breach(reference=next_reference(session, as_utc(data.discovered_at)),
                     persons=[])
        _write(session, row, data, now)
        session.add(row)
        return row.reference


def update_breach(db: Database, reference: str, data: BreachInput, now: dt.datetime) -> None:
    """Store ``data`` as the breach's (raises ``BreachInvalid`` or ``BreachNotFound``).

    The reference stays what it was, even when the discovery moves to another year."""
    check_input(data, now)
    with transaction(db) as session:
        _write(session, _find(session, reference), data, now)


def add_addition(db: Database, reference: str, text: str, at: dt.datetime,
                 now: dt.datetime) -> None:
    """Record information given to the authority later (phased notification, Art. 33(4))."""
    if not text.strip():
        raise BreachInvalid(ADDITION_TEXT_NEEDED, field="text")
    with transaction(db) as session:
        row = _find(session, reference)
        if row.authority_notified_at is None:
            raise BreachInvalid(ADDITION_NEEDS_NOTIFICATION, field="authority_notified_at")
        if not as_utc(row.authority_notified_at) <= as_utc(at) <= as_utc(now):
            raise BreachInvalid(ADDITION_RANGE, field="at")
        row.additions.append(BreachAddition(at=stored(at), text=text.strip()))


def mark_told(db: Database, reference: str, person_ids: Sequence[int], at: dt.datetime,
              now: dt.datetime) -> None:
    """Record that the linked persons ``person_ids`` were told of the breach at ``at``
    (Art. 34), e.g. once their letters were sent; the breach's ``persons_notified_at``
    becomes ``at`` if none is recorded. A person told before keeps the earlier time.
    Raises ``BreachInvalid`` (nothing stored) or ``BreachNotFound``."""
    wanted = set(person_ids)
    if not wanted:
        raise BreachInvalid(TOLD_WHOM, field="person_ids")
    with transaction(db) as session:
        row = _find(session, reference)
        links = [link for link in row.persons if link.person_id in wanted]
        if len(links) != len(wanted):
            raise BreachInvalid(TOLD_NOT_LINKED, field="person_ids")
        if not as_utc(row.discovered_at) <= as_utc(at) <= as_utc(now):
            raise BreachInvalid(PERSONS_RANGE, field="at")
        for link in links:
            if link.told_at is None or as_utc(link.told_at) > as_utc(at):
                link.told_at = stored(at)
        if row.persons_notified_at is None:
            row.persons_notified_at = stored(at)


def close_breach(db: Database, reference: str, now: dt.datetime) -> None:
    """Close the breach once nothing its risk requires is left (raises ``BreachInvalid``)."""
    with transaction(db) as session:
        row = _find(session, reference)
        status = status_of(row)
        if status in UNFINISHED:
            raise BreachInvalid(CLOSE_REFUSED, status=status_label(status))
        if row.closed_at is None:
            row.closed_at = stored(now)


def reopen_breach(db: Database, reference: str) -> None:
    """Open a closed breach again (raises ``BreachNotFound``)."""
    with transaction(db) as session:
        row = _find(session, reference)
        row.closed_at = None
