"""Editing the controller, its people and subsidiaries: round trips, all or nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from kasve_desktop.demo.build import build_demo
from kasve_desktop.domain.validation import ValidationFailed
from kasve_desktop.services.registers import controller
from kasve_desktop.services.registers.controller import CompanyData, ContactData
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import AuditEntry

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, TODAY)
    return db


def audit_count(db: Database) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_controller_round_trip_normalises(demo: Database) -> None:
    data = controller.load_controller(demo)
    assert data.company.name == "Kasve Oy" and data.contact is not None and data.dpo is None
    data.company.phone = "040-7654321"
    data.company.business_id = "24578325"
    data.dpo = ContactData("Tiina Tietosuoja", email="dpo@kasve.fi", phone="0407654321")
    data.subsidiaries = [CompanyData(name="Kasve Koulutus Oy", business_id="2457832-5")]
    before = audit_count(demo)
    saved = controller.save_controller(demo, data)
    assert saved.company.phone == "+358407654321"
    assert saved.company.business_id == "2457832-5"
    assert saved.dpo is not None and saved.dpo.phone == "+358407654321"
    assert [s.name for s in saved.subsidiaries] == ["Kasve Koulutus Oy"]
    assert audit_count(demo) > before
    saved.subsidiaries = []
    saved.dpo = None
    again = controller.save_controller(demo, saved)
    assert again.subsidiaries == [] and again.dpo is None


def test_controller_all_or_nothing(demo: Database) -> None:
    before, audit = controller.load_controller(demo), audit_count(demo)
    data = dataclasses.replace(before, company=dataclasses.replace(
        before.company, name="Uusi nimi", business_id="2457832-4", email="ei osoite"))
    data.subsidiaries = [CompanyData(name="")]
    with pytest.raises(ValidationFailed) as failed:
        controller.save_controller(demo, data)
    assert set(failed.value.errors) == {"controller.business_id", "controller.email",
                                        "subsidiaries.0.name"}
    assert controller.load_controller(demo) == before
    assert audit_count(demo) == audit
