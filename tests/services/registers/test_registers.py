"""Editing the registers, their texts and items: round trips, all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kasve_desktop.demo.build import build_demo
from kasve_desktop.domain.notice import ItemFacts
from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.services.registers import registers
from kasve_desktop.services.registers.registers import RegisterInUse, ValidationFailed
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import AuditEntry, Register
from tests.seed_registers import restore_seed

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def demo(db: Database) -> Database:
    """The demo with its customer register put back as the seed notice had it."""
    build_demo(db, TODAY)
    restore_seed(db, "asiakkaat")
    return db


def audit_count(db: Database) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_register_round_trip_keeps_order(demo: Database) -> None:
    data = registers.load_register(demo, "asiakkaat")
    purposes = data.items_of("purpose")
    assert len(purposes) == 10
    purposes[0].legal_basis = LegalBasis.CONTRACT.value
    data.items.insert(0, ItemFacts("purpose", {"fi": "Uutiskirje", "sv": "Nyhetsbrev"},
                                  LegalBasis.CONSENT.value))
    data.description = {"fi": "Asiakkaiden tiedot", "sv": " "}
    data.retention_months = 24
    saved = registers.save_register(demo, data)
    texts = [p.text["fi"] for p in saved.items_of("purpose")]
    assert texts[:2] == ["Uutiskirje", "asiakassuhteen hoitaminen"]
    assert saved.items_of("purpose")[1].legal_basis == "contract"
    assert saved.description == {"fi": "Asiakkaiden tiedot"}
    assert saved.retention_months == 24
    assert registers.load_register(demo, "asiakkaat") == saved


def test_register_all_or_nothing(demo: Database) -> None:
    before, audit = registers.load_register(demo, "asiakkaat"), audit_count(demo)
    data = registers.load_register(demo, "asiakkaat")
    data.name = {"sv": "Kundregister"}
    data.items.append(ItemFacts("purpose", {"fi": "Profilointi"},
                               LegalBasis.LEGITIMATE_INTERESTS.value))
    data.items.append(ItemFacts("recipient", {"fi": "Pilvipalvelu"}, name="Pilvi Inc",
                               country="usa"))
    data.retention_months = 0
    with pytest.raises(ValidationFailed) as failed:
        registers.save_register(demo, data)
    assert set(failed.value.errors) == {
        "name", "purpose.10.legitimate_interest", "recipient.5.country",
        "recipient.5.transfer_mechanism", "retention_months"}
    assert registers.load_register(demo, "asiakkaat") == before
    assert audit_count(demo) == audit


def test_structured_facts_round_trip(demo: Database) -> None:
    data = registers.load_register(demo, "asiakkaat")
    data.items = [
        ItemFacts("purpose", category="billing", legal_basis="legal-obligation"),
        ItemFacts("data-category", category="billing", required=True,
                  consequence={"fi": "emme voi laskuttaa"}, retention_months=84,
                  retention_anchor="collected"),
        ItemFacts("recipient", name="Google LLC", role="processor", category="web-analytics",
                  country="us", agreement_date=dt.date(2024, 5, 2), transfer_mechanism="dpf")]
    saved = registers.save_register(demo, data)
    google = saved.items_of("recipient")[0]
    assert (google.role, google.country, google.agreement_date, google.transfer_mechanism) == (
        "processor", "US", dt.date(2024, 5, 2), "dpf")
    assert google.outside_eea and google.is_processor
    billing = saved.items_of("data-category")[0]
    assert (billing.category, billing.retention_months, billing.retention_anchor) == (
        "billing", 84, "collected")
    assert registers.load_register(demo, "asiakkaat") == saved


def test_unknown_codes_and_a_transfer_without_safeguard_are_refused(demo: Database) -> None:
    data = registers.load_register(demo, "asiakkaat")
    data.items = [ItemFacts("purpose", category="fortune-telling", legal_basis="contract"),
                  ItemFacts("data-category", category="name", retention_months=0,
                            retention_anchor="someday"),
                  ItemFacts("recipient", name="Pilvi", role="friend", country="JP"),
                  ItemFacts("recipient", name="Pilvi 2", country="US",
                            transfer_mechanism="handshake")]
    with pytest.raises(ValidationFailed) as failed:
        registers.save_register(demo, data)
    assert set(failed.value.errors) == {
        "purpose.0.category", "data-category.0.retention_months",
        "data-category.0.retention_anchor", "recipient.0.role",
        "recipient.0.transfer_mechanism", "recipient.1.transfer_mechanism"}


def test_create_and_delete_register(demo: Database) -> None:
    created = registers.create_register(demo, "rekrytointi", "Rekrytointirekisteri")
    assert created.name == {"fi": "Rekrytointirekisteri"}
    assert [r.key for r in registers.list_registers(demo)][-1] == "rekrytointi"
    with pytest.raises(ValidationFailed) as taken:
        registers.create_register(demo, "rekrytointi", "Toinen")
    assert set(taken.value.errors) == {"key"}
    with pytest.raises(ValidationFailed) as bad:
        registers.create_register(demo, "Rekry tointi", "")
    assert set(bad.value.errors) == {"key", "name"}
    registers.delete_register(demo, "rekrytointi")
    with demo.sessions() as session:
        assert session.scalars(select(Register).where(Register.key == "rekrytointi")).first() \
            is None


def test_a_register_with_people_is_not_deleted(demo: Database) -> None:
    with pytest.raises(RegisterInUse) as refused:
        registers.delete_register(demo, "asiakkaat")
    assert refused.value.entries > 0
    assert str(refused.value.entries) in refused.value.text()
    assert registers.load_register(demo, "asiakkaat").key == "asiakkaat"


@pytest.mark.parametrize("bad", ["Nimi\x00", "Rek\x1b[31misteri", "2ivir\u202eBAT",
                                 "x" * 20_001])
def test_control_characters_and_huge_texts_are_refused(db: Database, bad: str) -> None:
    from kasve_desktop.domain.validation import ValidationFailed

    build_demo(db, dt.date(2026, 11, 24))
    data = registers.load_register(db, "asiakkaat")
    data.description = {"fi": bad}
    with pytest.raises(ValidationFailed) as caught:
        registers.save_register(db, data)
    assert "description" in caught.value.errors
    assert registers.load_register(db, "asiakkaat").description == {}
