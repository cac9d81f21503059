"""Which categories of data a recipient's service and a processing purpose concern.

The access report (GDPR Art. 15) describes the person, not the register: a register's
purposes and recipients are told to a person only where they concern data actually
held about them. An invoicing service concerns billing and order data, website
analytics the website usage data; a person about whom neither is held is not told
that the invoicing firm or the analytics provider processes their data.

Never hide what may apply: a code these tables do not know, or an item described in
free text only (no code), concerns every category — the report cannot tell, so it
lists the item. Codes whose processing reaches everything held (a CRM system, the
customer relationship itself) concern every category too.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Final

from kasve_desktop.domain.notice_vocabulary import DataCategory

C = DataCategory
EVERY: Final = frozenset(DataCategory)
BILLED: Final = frozenset({C.BILLING, C.ORDERS})
"""Invoices, payments and the orders they are for. A customer number alone is not
billing: a customer with no order or billing data held has not been invoiced."""

SERVICE_DATA: Final[dict[str, frozenset[DataCategory]]] = {
    "email-marketing": frozenset({C.NAME, C.CONTACT, C.CONSENTS}),
    "billing": BILLED,
    "accounting": BILLED,
    "payments": BILLED,
    "web-analytics": frozenset({C.ONLINE}),
    "crm": EVERY,
    "event-registration": frozenset({C.PARTICIPATION, C.NAME, C.CONTACT}),
}
"""A recipient's service (``notice_vocabulary.SERVICES``, a recipient item's ``category``)
and the categories of data it receives. ``statutory-reporting`` is left out on purpose:
what a statutory report contains depends on the law, so it concerns every category."""

PURPOSE_DATA: Final[dict[str, frozenset[DataCategory]]] = {
    "customer-relationship": EVERY,
    "service-delivery": EVERY,
    "events": frozenset({C.PARTICIPATION, C.NAME, C.CONTACT}),
    "billing": BILLED,
    "legal-obligations": BILLED,
    "legal-claims": BILLED,  # the order history kept for warranty and legal claims
    "direct-marketing": frozenset({C.NAME, C.CONTACT}),
    "electronic-marketing": frozenset({C.NAME, C.CONTACT, C.CONSENTS}),
    "partner-relationship": frozenset({C.NAME, C.CONTACT, C.ORGANISATION}),
    "website-analytics": frozenset({C.ONLINE}),
    "service-development": frozenset({C.COMMUNICATIONS, C.PARTICIPATION}),
    "user-accounts": frozenset({C.ACCOUNT}),
}
"""A purpose (``notice_vocabulary.PURPOSES``) and the categories of data it is pursued
with: feedback is customer service messages, or given on the courses and events
attended."""


def concerned_by_service(code: str) -> frozenset[DataCategory]:
    """The categories a recipient with the service ``code`` receives: every category for
    no code or one the table does not know."""
    return SERVICE_DATA.get(code.strip(), EVERY)


def concerned_by_purpose(code: str) -> frozenset[DataCategory]:
    """The categories the purpose ``code`` concerns: every category for no code or one
    the table does not know."""
    return PURPOSE_DATA.get(code.strip(), EVERY)


def service_concerns(code: str, held: Set[DataCategory]) -> bool:
    """Whether a recipient with the service ``code`` may receive some of ``held``."""
    return not concerned_by_service(code).isdisjoint(held)


def purpose_concerns(code: str, held: Set[DataCategory]) -> bool:
    """Whether the purpose ``code`` may be pursued with some of ``held``."""
    return not concerned_by_purpose(code).isdisjoint(held)
