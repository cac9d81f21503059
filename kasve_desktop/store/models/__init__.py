"""The ORM schema: everything the application keeps, in one encrypted file.

One module per part of the product; every model is importable from here.
"""

from __future__ import annotations

from kasve_desktop.store.models.base import (
    NAMING,
    AuditEntry,
    Base,
    Setting,
    Texts,
    Timestamped,
    new_uid,
)
from kasve_desktop.store.models.events import Event, Participation
from kasve_desktop.store.models.people import (
    Consent,
    MarketingObjection,
    Person,
    PersonEmail,
    PersonPhone,
    RegisterEntry,
    SuppressionEntry,
)
from kasve_desktop.store.models.registers import (
    ContactPerson,
    Controller,
    FlagDismissal,
    NoticeVersion,
    Register,
    RegisterItem,
)
from kasve_desktop.store.models.requests import Document, Request, RequestEvent

__all__ = [
    "NAMING", "AuditEntry", "Base", "Consent", "ContactPerson", "Controller", "Document",
    "Event", "FlagDismissal", "MarketingObjection", "NoticeVersion", "Participation", "Person",
    "PersonEmail", "PersonPhone", "Register", "RegisterEntry", "RegisterItem", "Request",
    "RequestEvent", "Setting", "SuppressionEntry", "Texts", "Timestamped", "new_uid",
]
