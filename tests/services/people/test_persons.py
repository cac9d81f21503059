"""The person service: details saved all or nothing, entries, consents, objections, suppression."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from kasve_desktop.demo.build import build_demo
from kasve_desktop.services import listing
from kasve_desktop.services.people import persons
from kasve_desktop.services.people.persons import (
    ConsentData,
    EntryData,
    PersonData,
    SuppressionRow,
    ValidationFailed,
)
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


def test_entries_are_unique_per_register(db: Database) -> None:
    build_demo(db, TODAY)
    person = new_person(db)
    assert person.id is not None
    entry = persons.save_entry(db, person.id, EntryData(
        "asiakkaat", "Suoraan asiakkaalta", "contract", TODAY - dt.timedelta(days=10)))
    assert entry.register_key == "asiakkaat" and entry.register_name["fi"]
    with pytest.raises(ValidationFailed) as failure:
        persons.save_entry(db, person.id, EntryData("asiakkaat", "Toinen"))
    assert set(failure.value.errors) == {"register_key"}
    edited = persons.save_entry(db, person.id, dataclasses.replace(
        EntryData("asiakkaat", "Puhelimitse", "contract", last_needed_on=TODAY, legal_hold=True),
        id=entry.id))
    assert edited.id == entry.id and edited.legal_hold and edited.source == "Puhelimitse"
    with pytest.raises(ValidationFailed) as failure:
        persons.save_entry(db, person.id, EntryData(
            "markkinointi", legal_basis="whim", collected_on=TODAY,
            last_needed_on=TODAY - dt.timedelta(days=1)))
    assert set(failure.value.errors) == {"legal_basis", "last_needed_on"}
    persons.save_entry(db, person.id, EntryData("markkinointi", legal_basis="consent"))
    assert [e.register_key for e in persons.list_entries(db, person.id)] == [
        "asiakkaat", "markkinointi"]
    persons.remove_entry(db, entry.id)
    assert [e.register_key for e in persons.list_entries(db, person.id)] == ["markkinointi"]


def test_entry_details_show_as_lines() -> None:
    row = persons.EntryRow(1, "tapahtumat", {"fi": "Tapahtumat"}, "", "", None, None, False,
                           {"ruokavalio": "kasvis", "koko": "M"}, "")
    assert row.details_text == "ruokavalio: kasvis\nkoko: M"


def test_consents_are_added_listed_and_withdrawn(db: Database) -> None:
    build_demo(db, TODAY)
    person = new_person(db)
    assert person.id is not None
    with pytest.raises(ValidationFailed) as failure:
        persons.add_consent(db, person.id, ConsentData(purpose="", channel="pigeon"))
    assert set(failure.value.errors) == {"purpose", "channel", "granted_at"}
    consent = persons.add_consent(db, person.id, ConsentData(
        "Uutiskirje", "email", NOON - dt.timedelta(days=30), "web-form", None,
        "Lomake kasve.fi", "markkinointi"))
    assert consent.active and consent.register_key == "markkinointi"
    withdrawn = persons.withdraw_consent(db, consent.id, NOON)
    assert withdrawn.withdrawn_at == NOON and not withdrawn.active
    again = persons.withdraw_consent(db, consent.id, NOON + dt.timedelta(days=1))
    assert again.withdrawn_at == NOON
    assert persons.list_consents(db, person.id) == [withdrawn]


def test_objections_are_listed_and_removed(db: Database) -> None:
    person = new_person(db)
    assert person.id is not None
    with pytest.raises(ValidationFailed):
        persons.add_objection(db, person.id, "carrier-pigeon", TODAY)
    objection = persons.add_objection(db, person.id, "phone", TODAY, " Puhelimessa ")
    assert persons.list_objections(db, person.id) == [
        persons.ObjectionRow(objection.id, "phone", TODAY, "Puhelimessa")]
    persons.remove_objection(db, objection.id)
    assert persons.list_objections(db, person.id) == []


def test_suppression_list_follows_objections_and_withdrawals(db: Database) -> None:
    everything = new_person(db, emails=["kaikki@example.fi"], phones=["0401111111"])
    by_phone = new_person(db, emails=["puhelin@example.fi"], phones=["0402222222"])
    by_post = new_person(db, emails=["posti@example.fi"], phones=["0403333333"])
    withdrew = new_person(db, emails=["peruttu@example.fi"], phones=["0404444444"])
    for person, scope in ((everything, "all"), (by_phone, "phone"), (by_post, "post")):
        persons.add_objection(db, person.id or 0, scope, TODAY)
    consent = persons.add_consent(db, withdrew.id or 0, ConsentData("Uutiskirje", "email", NOON))
    persons.withdraw_consent(db, consent.id, NOON)
    assert persons.suppression_list(db) == [
        SuppressionRow("email", "kaikki@example.fi"), SuppressionRow("email", "peruttu@example.fi"),
        SuppressionRow("phone", "+358401111111"), SuppressionRow("phone", "+358402222222")]


def test_suppression_csv_of_the_demo(db: Database, tmp_path: Path) -> None:
    build_demo(db, TODAY)
    path = tmp_path / "estolista.csv"
    count = persons.write_suppression_csv(db, path)
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
        scopes = {o.scope for o in persons.list_objections(db, row.id)}
        person = persons.load_person(db, row.id)
        if "all" in scopes and person.phones:
            return person
    raise AssertionError("the demo has nobody with an objection to all marketing and a phone")


def test_control_characters_in_free_text_are_refused(db: Database) -> None:
    from kasve_desktop.domain.validation import ValidationFailed

    data = persons.PersonData(first_name="Liisa", last_name="Virtanen",
                              notes="soita \x1b[31m huomenna")
    with pytest.raises(ValidationFailed) as caught:
        persons.save_person(db, data, TODAY)
    assert set(caught.value.errors) == {"notes"}
