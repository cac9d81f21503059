"""The person's record: details saved all or nothing, the restriction, one ``PersonNotFound``."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kasve_desktop.i18n import _
from kasve_desktop.services import listing
from kasve_desktop.services.people import entries, erasure, marketing, merge, persons
from kasve_desktop.services.people.persons import PersonData, PersonNotFound, ValidationFailed
from kasve_desktop.store.engine import Database

TODAY = dt.date(2026, 11, 24)
NOON = dt.datetime(2026, 11, 24, 12, 0)


def new_person(db: Database, **changes: object) -> PersonData:
    data = PersonData(first_name="Matti", last_name="Virtanen",
                      emails=["matti@example.fi"], phones=["040 765 4321"])
    return persons.create_person(db, dataclasses.replace(data, **changes), TODAY)


def test_a_person_round_trips_in_stored_form(db: Database) -> None:
    data = PersonData(
        first_name=" Äila ", last_name="Öhman", emails=["aila@example.fi", "a.o@example.com"],
        phones=["040-765 4321", "+46 70 123 45 67"], street="Kauppakatu 5", address_extra="B 7",
        postal_code="70100", locality="Kuopio", country="fi", municipality="Kuopio",
        organisation="Kasvu Oy", role="Toimitusjohtaja", birth_year=1985, gender="nainen",
        customer_number="10001", business_id="2457832-5", language="sv", username="aila",
        website="www.example.fi", notes="Soittaa mieluiten aamuisin.")
    stored = persons.create_person(db, data, TODAY)
    assert stored.id is not None
    loaded = persons.load_person(db, stored.id)
    assert loaded == stored
    assert loaded.first_name == "Äila" and loaded.country == "FI"
    assert loaded.phones == ["+358407654321", "+46701234567"]
    assert loaded.emails == ["aila@example.fi", "a.o@example.com"]
    assert loaded.website == "https://www.example.fi"
    assert (loaded.birth_year, loaded.language, loaded.address_extra) == (1985, "sv", "B 7")


def test_a_bad_phone_among_good_fields_changes_nothing(db: Database) -> None:
    stored = new_person(db)
    audit_before = listing.audit_count(db)
    changed = dataclasses.replace(stored, last_name="Korhonen", phones=["+358407654321", "123"],
                                  emails=["ok@example.fi", "not an address"],
                                  postal_code="7010", birth_year=1850, business_id="2457832-4")
    with pytest.raises(ValidationFailed) as failure:
        persons.save_person(db, changed, TODAY)
    assert set(failure.value.errors) == {"phones.1", "emails.1", "postal_code", "birth_year",
                                         "business_id"}
    assert persons.load_person(db, stored.id or 0) == stored
    assert listing.audit_count(db) == audit_before


def test_a_name_is_required(db: Database) -> None:
    with pytest.raises(ValidationFailed) as failure:
        persons.create_person(db, PersonData(emails=["x@example.fi"]), TODAY)
    assert set(failure.value.errors) == {"first_name"}
    assert listing.person_count(db) == 0
    assert persons.create_person(db, PersonData(last_name="Virtanen"), TODAY).id is not None


def test_saving_edits_the_lists(db: Database) -> None:
    stored = new_person(db)
    saved = persons.save_person(db, dataclasses.replace(
        stored, emails=["uusi@example.fi"], phones=[]), TODAY)
    assert saved.emails == ["uusi@example.fi"] and saved.phones == []
    assert persons.load_person(db, stored.id or 0).emails == ["uusi@example.fi"]


def test_restriction_set_and_lifted(db: Database) -> None:
    person = new_person(db)
    assert person.id is not None
    with pytest.raises(ValidationFailed):
        persons.set_restriction(db, person.id, " ", TODAY)
    restricted = persons.set_restriction(db, person.id, "Oikaisupyyntö kesken", TODAY)
    assert (restricted.restricted, restricted.restricted_since) == (True, TODAY)
    assert persons.load_person(db, person.id).restriction_reason == "Oikaisupyyntö kesken"
    lifted = persons.lift_restriction(db, person.id)
    assert not lifted.restricted and lifted.restricted_since is None


def test_control_characters_in_free_text_are_refused(db: Database) -> None:
    from kasve_desktop.domain.validation import ValidationFailed

    data = persons.PersonData(first_name="Liisa", last_name="Virtanen",
                              notes="soita \x1b[31m huomenna")
    with pytest.raises(ValidationFailed) as caught:
        persons.save_person(db, data, TODAY)
    assert set(caught.value.errors) == {"notes"}


def test_every_service_of_a_missing_person_raises_the_one_person_not_found(
        db: Database) -> None:
    gone = 424242
    calls = [
        lambda: persons.load_person(db, gone),
        lambda: persons.set_restriction(db, gone, "Kiistetty", TODAY),
        lambda: entries.save_entry(db, gone, entries.EntryData("asiakkaat")),
        lambda: marketing.add_objection(db, gone, "all", TODAY),
        lambda: erasure.erase_person(db, gone, reason=""),
        lambda: erasure.rectify(db, gone, {"last_name": "X"}, TODAY),
        lambda: merge.merge(db, new_person(db).id or 0, gone),
    ]
    for call in calls:
        with pytest.raises(PersonNotFound) as caught:
            call()
        assert caught.value.text() == _(persons.PERSON_MISSING)
