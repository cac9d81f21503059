"""A participant's entry in the event's register: what retention and the access report read.

A sign-up (at the stand, from a transfer file, or an existing person added to the
participants) puts the person in the event's register if they are not there yet, with
the sign-up as the source and the basis of the register's own purpose (the first one
not based on consent; none if all are: a consent is recorded as a consent, not as the
basis of the whole entry); the entry is needed at least until the event ends, so the
register's retention rule counts from then.
"""

from __future__ import annotations

import datetime as dt

from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.domain.vocabulary import RegisterItemKind as Kind
from kasve_desktop.store.models import Event, Person, Register, RegisterEntry

SIGNUP_SOURCE = "Ilmoittautuminen: {event}"
"""The entry's source as stored (the register's data are kept in Finnish)."""


def entry_basis(register: Register) -> str:
    """The basis of the register's first purpose not based on consent ("" if none: a
    participant who ticked no consent is not kept on consent)."""
    bases = [item.legal_basis for item in register.items
             if item.kind == Kind.PURPOSE.value and item.legal_basis]
    return next((b for b in bases if b != LegalBasis.CONSENT), "")


def keep_in_register(person: Person, event: Event, day: dt.date) -> None:
    """The person's entry in the event's register, needed until the event ends (or ``day``)."""
    register = event.register
    source = SIGNUP_SOURCE.format(event=event.name)
    if register is None:
        return
    needed = max(event.ends_on or event.starts_on, day)
    entry = next((e for e in person.entries if e.register_id == register.id
                  or e.register is register), None)
    if entry is None:
        person.entries.append(RegisterEntry(
            register=register, source=source, legal_basis=entry_basis(register),
            collected_on=day, last_needed_on=needed))
        return
    if entry.collected_on is None or entry.collected_on > day:
        entry.collected_on = day
    if entry.last_needed_on is None or entry.last_needed_on < needed:
        entry.last_needed_on = needed
