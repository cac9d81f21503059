"""Who must not be marketed to: the list of the people kept, the hashes of the people erased.

Both follow ``domain.suppression.suppressed_kinds``; these tests pin that they agree.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from kasve_desktop.demo.build import build_demo
from kasve_desktop.services import listing
from kasve_desktop.services.people import erasure, marketing, persons, suppression
from kasve_desktop.services.people.marketing import ConsentData
from kasve_desktop.services.people.persons import PersonData
from kasve_desktop.services.people.suppression import (
    SuppressionRow,
    is_suppressed,
    suppression_list,
    write_suppression_csv,
)
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Person, SuppressionEntry
from tests.services.people.test_persons import NOON, TODAY, new_person

JAN, FEB, MAR = (dt.datetime(2026, month, 2, 9, 30) for month in (1, 2, 3))


def test_suppression_list_follows_objections_and_withdrawals(db: Database) -> None:
    everything = new_person(db, emails=["kaikki@example.fi"], phones=["0401111111"])
    by_phone = new_person(db, emails=["puhelin@example.fi"], phones=["0402222222"])
    by_post = new_person(db, emails=["posti@example.fi"], phones=["0403333333"])
    withdrew = new_person(db, emails=["peruttu@example.fi"], phones=["0404444444"])
    for person, scope in ((everything, "all"), (by_phone, "phone"), (by_post, "post")):
        marketing.add_objection(db, person.id or 0, scope, TODAY)
    consent = marketing.add_consent(db, withdrew.id or 0, ConsentData("Uutiskirje", "email", NOON))
    marketing.withdraw_consent(db, consent.id, NOON)
    assert suppression_list(db) == [
        SuppressionRow("email", "kaikki@example.fi"), SuppressionRow("email", "peruttu@example.fi"),
        SuppressionRow("phone", "+358401111111"), SuppressionRow("phone", "+358402222222")]


def consent(db: Database, person: PersonData, channel: str, granted: dt.datetime,
            withdrawn: dt.datetime | None = None) -> None:
    row = marketing.add_consent(db, person.id or 0, ConsentData("Tarjoukset", channel, granted))
    if withdrawn is not None:
        marketing.withdraw_consent(db, row.id, withdrawn)


def people_who_said_different_things(db: Database) -> list[PersonData]:
    """Seven people, numbered by their addresses and numbers (``n1@``, ``040 000 0001``)."""
    people = [new_person(db, first_name=f"Henkilö {n}", emails=[f"n{n}@example.fi"],
                         phones=[f"040 000 000{n}"]) for n in range(1, 8)]
    marketing.add_objection(db, people[0].id or 0, "all", TODAY)
    marketing.add_objection(db, people[1].id or 0, "phone", TODAY)
    marketing.add_objection(db, people[2].id or 0, "post", TODAY)
    consent(db, people[3], "email", JAN, FEB)                  # withdrawn
    consent(db, people[4], "email", JAN, FEB)                  # withdrawn, then granted again
    consent(db, people[4], "email", MAR)
    consent(db, people[5], "email", JAN, MAR)                  # an older consent withdrawn last
    consent(db, people[5], "email", FEB)
    consent(db, people[6], "sms", JAN)                         # a consent that stands
    return people


EXPECTED = [SuppressionRow("email", "n1@example.fi"), SuppressionRow("email", "n4@example.fi"),
            SuppressionRow("email", "n6@example.fi"), SuppressionRow("phone", "+358400000001"),
            SuppressionRow("phone", "+358400000002")]


def test_the_list_and_the_hashes_after_erasure_agree(db: Database) -> None:
    people = people_who_said_different_things(db)
    assert suppression_list(db) == EXPECTED
    for person in people:
        erasure.erase_person(db, person.id or 0, reason="")
    assert suppression_list(db) == []
    for n in range(1, 8):
        email, phone = f"n{n}@example.fi", f"+35840000000{n}"
        assert is_suppressed(db, email=email) == (SuppressionRow("email", email) in EXPECTED)
        assert is_suppressed(db, phone=phone) == (SuppressionRow("phone", phone) in EXPECTED)


def test_after_a_phone_only_objection_only_the_numbers_are_kept_as_hashes(
        db: Database) -> None:
    person = new_person(db, emails=["vain.puhelin@example.fi", "toinen@example.fi"],
                        phones=["040 123 4567"])
    marketing.add_objection(db, person.id or 0, "phone", TODAY)
    report = erasure.erase_person(db, person.id or 0, reason="")
    assert report.suppressed == 1
    assert is_suppressed(db, phone="+358401234567")
    assert not is_suppressed(db, email="vain.puhelin@example.fi")
    assert not is_suppressed(db, email="toinen@example.fi")


def test_hashes_are_kept_only_of_contacts_the_person_has(db: Database) -> None:
    """What the erasure preview asks: a phone-only objector without a phone keeps nothing."""
    no_phone = new_person(db, emails=["ei.puhelinta@example.fi"], phones=[])
    with_phone = new_person(db, emails=[], phones=["040 765 0000"])
    for person in (no_phone, with_phone):
        marketing.add_objection(db, person.id or 0, "phone", TODAY)
    with db.sessions() as session:
        rows = [session.get(Person, person.id) for person in (no_phone, with_phone)]
        assert [bool(suppression.suppressed_contacts(row)) for row in rows if row] == [False, True]
    assert erasure.erase_person(db, no_phone.id or 0, reason="").suppressed == 0


def test_a_consent_granted_again_leaves_no_hash_after_erasure(db: Database) -> None:
    person = new_person(db, emails=["palasi@example.fi"], phones=[])
    consent(db, person, "email", JAN, FEB)
    consent(db, person, "email", MAR)
    assert suppression_list(db) == []
    report = erasure.erase_person(db, person.id or 0, reason="")
    assert report.suppressed == 0
    assert not is_suppressed(db, email="palasi@example.fi")
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(SuppressionEntry)) == 0


def test_suppression_csv_of_the_demo(db: Database, tmp_path: Path) -> None:
    build_demo(db, TODAY)
    path = tmp_path / "estolista.csv"
    count = write_suppression_csv(db, path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["kind", "value"] and len(rows) == count + 1 > 1
    assert all(kind in ("email", "phone") for kind, _value in rows[1:])
    assert all(value.startswith("+") for kind, value in rows[1:] if kind == "phone")
    objecting = _someone_objecting_to_everything(db)
    values = {value for _kind, value in rows[1:]}
    assert set(objecting.emails) <= values and set(objecting.phones) <= values
    assert objecting.emails and objecting.phones


def _someone_objecting_to_everything(db: Database) -> PersonData:
    page = listing.person_page(db, listing.Page(listing.Order(), 0, 1000))
    for row in page:
        scopes = {o.scope for o in marketing.list_objections(db, row.id)}
        person = persons.load_person(db, row.id)
        if "all" in scopes and person.phones:
            return person
    raise AssertionError("the demo has nobody with an objection to all marketing and a phone")
