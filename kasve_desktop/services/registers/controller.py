"""Editing the controller: the company, its registry contact person, the DPO, its subsidiaries.

The controller is loaded as plain, editable dataclasses and saved back whole. A
save checks every field first (``domain.validation``); if anything is wrong it
raises one ``ValidationFailed`` naming every field (``"contact.phone"``,
``"subsidiaries.0.name"``) and changes nothing. Values are stored in their
normal form: a Y-tunnus as ``2457832-5``, phone numbers in E.164. Every change
runs in ``services.database.transaction``, so the audit hook logs it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain import validation as check
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import ContactPerson, Controller

COMPANY_FIELDS = ("name", "business_id", "street", "postal_code", "locality", "country",
                  "email", "phone", "website")
CONTACT_FIELDS = ("name", "street", "postal_code", "locality", "email", "phone")


@dataclass
class CompanyData:
    """The controller or a subsidiary."""

    id: int | None = None
    name: str = ""
    business_id: str = ""
    street: str = ""
    postal_code: str = ""
    locality: str = ""
    country: str = "FI"
    email: str = ""
    phone: str = ""
    website: str = ""


@dataclass
class ContactData:
    """The registry contact person or the data protection officer."""

    name: str = ""
    street: str = ""
    postal_code: str = ""
    locality: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class ControllerData:
    company: CompanyData = field(default_factory=CompanyData)
    shares_customer_contacts: bool = False
    contact: ContactData | None = None
    dpo: ContactData | None = None
    subsidiaries: list[CompanyData] = field(default_factory=list)


# --- loading ------------------------------------------------------------------------

def main_controller(session: Session) -> Controller | None:
    """The controller itself (not a subsidiary); None before one is entered."""
    return session.scalars(select(Controller).where(Controller.parent_id.is_(None))
                           .order_by(Controller.id)).first()


def _company_of(row: Controller) -> CompanyData:
    return CompanyData(row.id, **{name: getattr(row, name) for name in COMPANY_FIELDS})


def _contact_of(row: ContactPerson | None) -> ContactData | None:
    if row is None:
        return None
    return ContactData(**{name: getattr(row, name) for name in CONTACT_FIELDS})


def _role(controller: Controller, role: str) -> ContactPerson | None:
    return next((c for c in controller.contacts if c.role == role), None)


def load_controller(db: Database) -> ControllerData:
    """The controller, its contact person, DPO and subsidiaries (empty if none yet)."""
    with db.sessions() as session:
        row = main_controller(session)
        if row is None:
            return ControllerData()
        subsidiaries = session.scalars(select(Controller).where(Controller.parent_id == row.id)
                                       .order_by(Controller.id))
        return ControllerData(_company_of(row), row.shares_customer_contacts,
                              _contact_of(_role(row, "contact")), _contact_of(_role(row, "dpo")),
                              [_company_of(s) for s in subsidiaries])


# --- checking -----------------------------------------------------------------------

def _checked_company(c: check.Checker, prefix: str, data: CompanyData) -> CompanyData:
    country = c.value(f"{prefix}.country", check.country, data.country) or "FI"
    return dataclasses.replace(
        data, name=c.value(f"{prefix}.name", check.required, data.name),
        business_id=c.value(f"{prefix}.business_id", check.business_id, data.business_id),
        street=data.street.strip(), locality=data.locality.strip(), country=country,
        postal_code=c.value(f"{prefix}.postal_code",
                            lambda v: check.postal_code(v, country), data.postal_code),
        email=c.value(f"{prefix}.email", check.email, data.email),
        phone=c.value(f"{prefix}.phone", check.phone, data.phone),
        website=c.value(f"{prefix}.website", check.website, data.website))


def _checked_contact(c: check.Checker, prefix: str,
                     data: ContactData | None) -> ContactData | None:
    if data is None:
        return None
    return ContactData(
        c.value(f"{prefix}.name", check.required, data.name), data.street.strip(),
        c.value(f"{prefix}.postal_code", check.postal_code, data.postal_code),
        data.locality.strip(), c.value(f"{prefix}.email", check.email, data.email),
        c.value(f"{prefix}.phone", check.phone, data.phone))


def check_controller(data: ControllerData) -> ControllerData:
    """``data`` in its stored form, or ValidationFailed naming every bad field."""
    c = check.Checker()
    clean = ControllerData(
        _checked_company(c, "controller", data.company), data.shares_customer_contacts,
        _checked_contact(c, "contact", data.contact), _checked_contact(c, "dpo", data.dpo),
        [_checked_company(c, f"subsidiaries.{i}", s) for i, s in enumerate(data.subsidiaries)])
    c.raise_if_failed()
    return clean


# --- saving -------------------------------------------------------------------------

def _set_company(row: Controller, data: CompanyData) -> None:
    for name in COMPANY_FIELDS:
        setattr(row, name, getattr(data, name))


def _set_contact(controller: Controller, role: str, data: ContactData | None) -> None:
    row = _role(controller, role)
    if data is None:
        if row is not None:
            controller.contacts.remove(row)
        return
    if row is None:
        row = ContactPerson(role=role, name=data.name)
        controller.contacts.append(row)
    for name in CONTACT_FIELDS:
        setattr(row, name, getattr(data, name))


def _set_subsidiaries(session: Session, parent: Controller, wanted: list[CompanyData]) -> None:
    existing = {row.id: row for row in session.scalars(
        select(Controller).where(Controller.parent_id == parent.id))}
    for data in wanted:
        row = existing.pop(data.id, None) if data.id is not None else None
        if row is None:
            row = Controller(parent_id=parent.id, name=data.name)
            session.add(row)
        _set_company(row, data)
    for row in existing.values():
        session.delete(row)


def save_controller(db: Database, data: ControllerData) -> ControllerData:
    """Check everything, then store it all in one transaction; returns what was stored."""
    clean = check_controller(data)
    with transaction(db) as session:
        row = main_controller(session)
        if row is None:
            row = Controller(name=clean.company.name)
            session.add(row)
        _set_company(row, clean.company)
        row.shares_customer_contacts = clean.shares_customer_contacts
        _set_contact(row, "contact", clean.contact)
        _set_contact(row, "dpo", clean.dpo)
        session.flush()
        _set_subsidiaries(session, row, clean.subsidiaries)
    return load_controller(db)
