"""A person's consents and objections to direct marketing."""

from __future__ import annotations

import datetime as dt

import pytest

from kasve_desktop.demo.build import build_demo
from kasve_desktop.domain.validation import ValidationFailed
from kasve_desktop.services.people import marketing
from kasve_desktop.services.people.marketing import ConsentData
from kasve_desktop.store.engine import Database
from tests.services.people.test_persons import NOON, TODAY, new_person


def test_consents_are_added_listed_and_withdrawn(db: Database) -> None:
    build_demo(db, TODAY)
    person = new_person(db)
    assert person.id is not None
    with pytest.raises(ValidationFailed) as failure:
        marketing.add_consent(db, person.id, ConsentData(purpose="", channel="pigeon"))
    assert set(failure.value.errors) == {"purpose", "channel", "granted_at"}
    consent = marketing.add_consent(db, person.id, ConsentData(
        "Uutiskirje", "email", NOON - dt.timedelta(days=30), "web-form", None,
        "Lomake kasve.fi", "markkinointi"))
    assert consent.active and consent.register_key == "markkinointi"
    withdrawn = marketing.withdraw_consent(db, consent.id, NOON)
    assert withdrawn.withdrawn_at == NOON and not withdrawn.active
    again = marketing.withdraw_consent(db, consent.id, NOON + dt.timedelta(days=1))
    assert again.withdrawn_at == NOON
    assert marketing.list_consents(db, person.id) == [withdrawn]


def test_objections_are_listed_and_removed(db: Database) -> None:
    person = new_person(db)
    assert person.id is not None
    with pytest.raises(ValidationFailed):
        marketing.add_objection(db, person.id, "carrier-pigeon", TODAY)
    objection = marketing.add_objection(db, person.id, "phone", TODAY, " Puhelimessa ")
    assert marketing.list_objections(db, person.id) == [
        marketing.ObjectionRow(objection.id, "phone", TODAY, "Puhelimessa")]
    marketing.remove_objection(db, objection.id)
    assert marketing.list_objections(db, person.id) == []
