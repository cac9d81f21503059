"""The ORM schema: everything the application keeps, in one encrypted file.

``base`` holds the declarative base and the tables that refer to no other by a
relationship; ``records`` the product's related records. Every model is
importable from here.
"""

from __future__ import annotations

from kasve_desktop.store.models.base import (
    NAMING,
    AuditEntry,
    Base,
    FlagDismissal,
    NoticeVersion,
    Setting,
    SuppressionEntry,
    Texts,
    Timestamped,
    new_uid,
)
from kasve_desktop.store.models.breaches import (
    Breach,
    BreachAddition,
    BreachPerson,
    RecordVersion,
)
from kasve_desktop.store.models.records import (
    Consent,
    ContactPerson,
    Controller,
    Document,
    DocumentExpiry,
    Event,
    MarketingObjection,
    Participation,
    Person,
    PersonEmail,
    PersonPhone,
    Register,
    RegisterEntry,
    RegisterItem,
    Request,
    RequestEvent,
)

__all__ = [
    "NAMING",
    "AuditEntry",
    "Base",
    "Breach",
    "BreachAddition",
    "BreachPerson",
    "Consent",
    "ContactPerson",
    "Controller",
    "Document",
    "DocumentExpiry",
    "Event",
    "FlagDismissal",
    "MarketingObjection",
    "NoticeVersion",
    "Participation",
    "Person",
    "PersonEmail",
    "PersonPhone",
    "RecordVersion",
    "Register",
    "RegisterEntry",
    "RegisterItem",
    "Request",
    "RequestEvent",
    "Setting",
    "SuppressionEntry",
    "Texts",
    "Timestamped",
    "new_uid",
]
