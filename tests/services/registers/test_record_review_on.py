"""A processor agreement's review date (``RegisterItem.review_on``) is saved, loaded and
frozen with a notice's facts; facts frozen before it existed still load."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kasve_desktop.demo.build import build_demo
from kasve_desktop.domain.notice_json import facts_from_json, facts_to_json
from kasve_desktop.services.registers import notice, registers
from kasve_desktop.store.engine import Database

TODAY = dt.date(2026, 11, 24)


def test_review_on_is_saved_and_loaded(db: Database) -> None:
    build_demo(db, TODAY)
    facts = registers.load_register(db, "asiakkaat")
    saarni = next(i for i in facts.items if i.name == "Tilitoimisto Saarni Oy")
    assert saarni.review_on == dt.date(2025, 5, 14)  # the demo's overdue review
    items = [dataclasses.replace(i, review_on=dt.date(2027, 5, 14)) if i is saarni else i
             for i in facts.items]
    saved = registers.save_register(db, dataclasses.replace(facts, items=items))
    assert next(i for i in saved.items if i.name == "Tilitoimisto Saarni Oy").review_on == \
        dt.date(2027, 5, 14)
    assert next(i for i in registers.load_register(db, "asiakkaat").items
                if i.name == "Kanto CRM Oy").review_on == dt.date(2027, 2, 1)


def test_review_on_is_frozen_and_old_json_without_it_loads(db: Database) -> None:
    build_demo(db, TODAY)
    with db.sessions() as session:
        facts = notice.notice_facts(session, ["asiakkaat"])
    frozen = facts_to_json(facts)
    items = frozen["registers"][0]["items"]  # type: ignore[index]
    kanto = next(i for i in items if i["name"] == "Kanto CRM Oy")
    assert kanto["review_on"] == "2027-02-01"
    assert facts_from_json(frozen, {}).registers[0].items == facts.registers[0].items
    for item in items:
        del item["review_on"]  # a version published before migration 0009
    old = facts_from_json(frozen, {})
    assert {i.review_on for i in old.registers[0].items} == {None}
    assert next(i for i in old.registers[0].items
                if i.name == "Kanto CRM Oy").agreement_date == dt.date(2021, 2, 1)


def test_the_demo_draft_still_checks_clean(db: Database) -> None:
    build_demo(db, TODAY)
    assert notice.notice_check(db).clean
