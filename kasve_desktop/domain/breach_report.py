"""The facts of one personal-data breach as its notification drafts print them (Art. 33–34).

Plain data for ``documents.breach_notification_pdf`` (the authority's notification,
Art. 33(3)) and ``documents.breach_letter_pdf`` (the letters to the persons, Art.
34(2)); ``services.breaches.documents`` fills them from the breach register. Instants
are aware datetimes in Helsinki time, as they are printed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kasve_desktop.domain.breach_clock import Risk

DPO = "dpo"
CONTACT = "contact"


@dataclass(frozen=True)
class ContactPoint:
    """The data protection officer (``role`` ``dpo``) or the controller's contact person."""

    role: str
    name: str
    address: str = ""
    """One line: street, postal code and locality."""
    email: str = ""
    phone: str = ""

    @property
    def is_dpo(self) -> bool:
        return self.role == DPO


@dataclass(frozen=True)
class ControllerDetails:
    name: str
    business_id: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Addition:
    """Information given to the authority later (phased notification, Art. 33(4))."""

    at: dt.datetime
    text: str


@dataclass(frozen=True)
class BreachTimes:
    happened_at: dt.datetime | None
    happened_note: str
    discovered_at: dt.datetime
    notify_by: dt.datetime
    """72 elapsed hours after the discovery (``domain.breach_clock.notify_by``)."""
    authority_notified_at: dt.datetime | None = None
    late: bool = False
    """The notification is (or would be, made now) after the 72 hours; never a voluntary one
    (risk none), which no deadline binds."""
    delay_reasons: str = ""


@dataclass(frozen=True)
class BreachNature:
    """Art. 33(3)(a): what happened, whom and what it concerned."""

    description: str
    person_categories: str = ""
    persons_count: int | None = None
    data_categories: str = ""
    records_count: int | None = None
    registers: tuple[str, ...] = ()
    """The names of the registers concerned."""


@dataclass(frozen=True)
class RiskAssessment:
    risk: Risk
    reasons: str = ""
    decided_by: str = ""
    decided_at: dt.datetime | None = None


@dataclass(frozen=True)
class PersonsTold:
    """Whether and when the persons were told (Art. 34)."""

    told_at: dt.datetime | None = None
    not_told_reason: str = ""


@dataclass(frozen=True)
class BreachReport:
    """Everything the authority's notification prints."""

    reference: str
    title: str
    draft_date: dt.date
    """The day it is printed: a draft's date until the notification is recorded
    (``times.authority_notified_at``), then the print date of the notification made."""
    controller: ControllerDetails
    contacts: tuple[ContactPoint, ...]
    """Art. 33(3)(b): the DPO first if there is one, then the contact person."""
    times: BreachTimes
    nature: BreachNature
    consequences: str
    """Art. 33(3)(c)."""
    measures_taken: str
    measures_proposed: str
    """Art. 33(3)(d), with the measures to mitigate the adverse effects."""
    assessment: RiskAssessment
    persons: PersonsTold = PersonsTold()
    authority_reference: str = ""
    additions: tuple[Addition, ...] = ()


@dataclass(frozen=True)
class PersonNotice:
    """What a letter to a person concerned says (Art. 34(2)); the texts as typed (marked
    where they are Finnish in a letter that is not). ``message`` is what the persons are
    told happened, written for them in clear and plain language, never the controller's
    internal account of the breach (``BreachNature.description``)."""

    reference: str
    discovered: str
    """The day of the discovery as the letter writes dates (``24.11.2026``, ``24 November
    2026``)."""
    risk: Risk
    message: str
    consequences: str
    measures_taken: str
    measures_proposed: str
    contacts: tuple[ContactPoint, ...]
    data_categories: str = ""
    """Which of the person's data the breach concerned ("" when not recorded)."""
