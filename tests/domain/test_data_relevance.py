"""Which categories of data a recipient's service and a purpose concern: the access report
names to a person only those that may reach data held about them, and hides nothing it
cannot tell about."""

from __future__ import annotations

import pytest

from kasve_desktop.domain.data_relevance import (
    PURPOSE_DATA,
    SERVICE_DATA,
    purpose_concerns,
    service_concerns,
)
from kasve_desktop.domain.notice_vocabulary import PURPOSES, SERVICES, DataCategory

C = DataCategory
MAIJA = frozenset({C.NAME, C.CONTACT, C.BIRTH_YEAR, C.GENDER, C.LANGUAGE, C.CUSTOMER})
"""The demo's Maija in the customer register: no billing, order, website or account data."""


def test_the_tables_use_the_vocabularys_codes() -> None:
    assert set(SERVICE_DATA) <= set(SERVICES)
    assert set(PURPOSE_DATA) <= set(PURPOSES)


@pytest.mark.parametrize(("service", "held", "concerns"), [
    ("web-analytics", MAIJA, False),
    ("web-analytics", {C.ONLINE}, True),
    ("billing", MAIJA, False),  # a customer number alone: never invoiced
    ("billing", {C.NAME, C.ORDERS}, True),
    ("accounting", {C.BILLING}, True),
    ("payments", {C.NAME, C.CONTACT, C.CUSTOMER}, False),
    ("email-marketing", {C.NAME}, True),
    ("email-marketing", {C.ONLINE}, False),
    ("event-registration", {C.PARTICIPATION}, True),
    ("event-registration", {C.ONLINE}, False),
    ("crm", {C.ONLINE}, True),
    ("crm", {C.GENDER}, True),
])
def test_a_service_concerns_the_data_it_receives(service: str, held: set[DataCategory],
                                                  concerns: bool) -> None:
    assert service_concerns(service, held) is concerns


@pytest.mark.parametrize("service", ["", "statutory-reporting", "courier", " crm "])
def test_a_service_the_table_cannot_tell_about_concerns_everything(service: str) -> None:
    assert service_concerns(service, {C.GENDER})
    assert service_concerns(service, {C.ONLINE})


@pytest.mark.parametrize(("purpose", "held", "concerns"), [
    ("billing", MAIJA, False),
    ("legal-obligations", MAIJA, False),
    ("legal-obligations", {C.BILLING}, True),
    ("legal-claims", MAIJA, False),
    ("legal-claims", {C.ORDERS}, True),
    ("website-analytics", MAIJA, False),
    ("website-analytics", {C.ONLINE}, True),
    ("user-accounts", MAIJA, False),
    ("user-accounts", {C.ACCOUNT}, True),
    ("service-development", MAIJA, False),
    ("service-development", {C.COMMUNICATIONS}, True),
    ("service-development", {C.PARTICIPATION}, True),
    ("direct-marketing", MAIJA, True),
    ("electronic-marketing", {C.CONSENTS}, True),
    ("partner-relationship", {C.ORGANISATION}, True),
    ("events", {C.PARTICIPATION}, True),
    ("customer-relationship", {C.ONLINE}, True),
    ("service-delivery", {C.GENDER}, True),
])
def test_a_purpose_concerns_the_data_it_is_pursued_with(purpose: str, held: set[DataCategory],
                                                        concerns: bool) -> None:
    assert purpose_concerns(purpose, held) is concerns


@pytest.mark.parametrize("purpose", ["", "research", "Asiakastyytyväisyyskyselyt"])
def test_a_purpose_the_table_cannot_tell_about_concerns_everything(purpose: str) -> None:
    assert purpose_concerns(purpose, {C.GENDER})
