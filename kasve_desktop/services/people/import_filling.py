"""An imported row's person: a new record, or a kept person's empty fields filled in.

``importing.apply_import`` writes with these; ``fill`` never overwrites what is kept, it
only fills empty fields and adds an e-mail address or phone number not yet known.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain.import_mapping import PersonFields
from kasve_desktop.domain.vocabulary import RegisterItemKind
from kasve_desktop.store.models import Person, PersonEmail, PersonPhone, Register, RegisterItem

__all__ = ["fill", "new_person", "single_basis"]

FILLED_FIELDS = ("first_name", "last_name", "organisation", "role", "municipality",
                 "customer_number", "business_id", "notes")
ADDRESS_FIELDS = ("street", "postal_code", "locality", "country")


def single_basis(session: Session, register: Register) -> str:
    """The legal basis of the register's purposes if they name exactly one, else empty."""
    bases = set(session.scalars(select(RegisterItem.legal_basis).where(
        RegisterItem.register_id == register.id,
        RegisterItem.kind == RegisterItemKind.PURPOSE.value,
        RegisterItem.legal_basis.is_not(None), RegisterItem.legal_basis != "")))
    return str(bases.pop()) if len(bases) == 1 else ""


def new_person(data: PersonFields) -> Person:
    values = {f.name: getattr(data, f.name) for f in dataclasses.fields(data)
              if f.name not in ("email", "phone")}
    person = Person(**values)
    if data.email:
        person.emails.append(PersonEmail(position=0, address=data.email))
    if data.phone:
        person.phones.append(PersonPhone(position=0, number=data.phone))
    return person


def fill(person: Person, data: PersonFields) -> bool:
    """Fill the person's empty fields from ``data``, add a new e-mail or phone; True if changed."""
    changed = False
    for name in FILLED_FIELDS:
        if getattr(data, name) and not getattr(person, name):
            setattr(person, name, getattr(data, name))
            changed = True
    if data.street and not person.street:
        for name in ADDRESS_FIELDS:
            setattr(person, name, getattr(data, name))
        changed = True
    if data.email and all(e.address.casefold() != data.email.casefold() for e in person.emails):
        person.emails.append(PersonEmail(position=len(person.emails), address=data.email))
        changed = True
    if data.phone and all(p.number != data.phone for p in person.phones):
        person.phones.append(PersonPhone(position=len(person.phones), number=data.phone))
        changed = True
    return changed
