"""The completeness check through the services: stored, as edited, and dismissed flags."""

from __future__ import annotations

import datetime as dt

import pytest

from kasve_desktop.demo.build import build_demo
from kasve_desktop.domain.completeness import Coverage
from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.services.registers import completeness, registers
from kasve_desktop.services.registers.notice import NoticeError
from kasve_desktop.store.engine import Database
from tests.seed_registers import restore_seed

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def demo(db: Database) -> Database:
    """The demo with two registers put back as the seed notice had them."""
    build_demo(db, TODAY)
    restore_seed(db, "asiakkaat", "kumppanit")
    return db


def test_the_demo_draft_is_complete(db: Database) -> None:
    build_demo(db, TODAY)
    for key in ("asiakkaat", "kumppanit", "markkinointi", "valmennukset", "tapahtumat"):
        report = completeness.completeness(db, key)
        assert report.missing == () and report.flags == (), key


def test_completeness_of_the_demo_and_dismissing_a_flag(demo: Database) -> None:
    report = completeness.completeness(demo, "asiakkaat")
    assert report.item("C").coverage is Coverage.MISSING
    assert "in-writing" in {f.code for f in report.flags}
    completeness.dismiss_flag(demo, "asiakkaat", "in-writing", "Korjataan seuraavaan versioon.")
    again = completeness.completeness(demo, "asiakkaat")
    assert "in-writing" not in {f.code for f in again.flags}
    assert "in-writing" in {f.code for f in completeness.completeness(demo, "kumppanit").flags}


def test_a_dismissal_needs_a_note(demo: Database) -> None:
    with pytest.raises(NoticeError):
        completeness.dismiss_flag(demo, "asiakkaat", "in-writing", "   ")
    assert "in-writing" in {f.code for f in completeness.completeness(demo, "asiakkaat").flags}


def test_unsaved_state_is_checked_for_completeness(demo: Database) -> None:
    context = completeness.check_context(demo, "asiakkaat")
    data = registers.load_register(demo, "asiakkaat")
    assert completeness.check_unsaved(context, data).item("C").coverage == "missing"
    for item in data.items_of("purpose"):
        item.legal_basis = LegalBasis.CONTRACT.value
    assert completeness.check_unsaved(context, data).item("C").coverage == "covered"
    assert completeness.completeness(demo, "asiakkaat").item("C").coverage == "missing"
