"""The portability export: every value the person provided, as JSON and CSV that parse back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest

from kasve_desktop.services.answers import portability
from kasve_desktop.services.requests import actions as request_actions
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Person
from tests.services.requests.test_actions import MAIJA, TODAY, World, build, new_request


@pytest.fixture
def world(db: Database) -> World:
    return build(db)


def export(db: Database, person_id: int) -> tuple[bytes, bytes]:
    with db.sessions() as session:
        person = session.get(Person, person_id)
        assert person is not None
        json_file, csv_file = portability.export_files(session, person, reference="2026-0042",
                                                       created_on=TODAY)
    assert (json_file.mime_type, csv_file.mime_type) == ("application/json", "text/csv")
    return json_file.content, csv_file.content


def leaves(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from leaves(inner, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for number, inner in enumerate(value, start=1):
            yield from leaves(inner, f"{path}.{number}")
    else:
        yield path, value


def test_json_holds_every_provided_value(db: Database, world: World) -> None:
    tree = json.loads(export(db, world.person_id)[0].decode("utf-8"))
    assert list(tree) == ["schema", "person", "register_entries", "consents",
                          "marketing_objections", "event_participations"]
    assert tree["schema"] == {"name": "kasve-desktop/portability", "version": 1,
                              "created_on": "2026-11-25", "request": "2026-0042",
                              "controller": "Kasve Oy"}
    person = tree["person"]
    for name in portability.PERSON_FIELDS:
        if name not in ("emails", "phones"):
            assert person[name] == getattr(MAIJA, name), name
    assert person["emails"] == MAIJA.emails
    assert person["phones"] == ["+358407654321"]
    assert [(e["register"], e["register_name"], e["source"], e["collected_on"])
            for e in tree["register_entries"]] == [
        ("asiakkaat", "Kundregister", "Tilaus", "2025-03-01"),
        ("laskutus", "Laskutus", "Lasku", "2025-03-01"),
        ("markkinointi", "Markkinointirekisteri", "Uutiskirjeen tilauslomake", "2025-03-01")]
    assert tree["register_entries"][2]["fields"] == {"interests": ["puutarha"],
                                                     "newsletter": "Kasvukirje"}
    assert [(c["purpose"], c["channel"], c["granted_at"], c["withdrawn_at"])
            for c in tree["consents"]] == [
        ("Uutiskirje", "email", "2025-03-01T10:15:00", None),
        ("Tekstiviestitarjoukset", "sms", "2025-03-01T10:15:00", None)]
    assert tree["event_participations"] == [
        {"event": "Kasvupäivä", "starts_on": "2026-05-12", "location": "Tampere",
         "signed_up_at": "2026-04-30T14:05:00", "attended": True}]
    assert tree["marketing_objections"] == []


def test_what_the_person_did_not_provide_is_left_out(db: Database, world: World) -> None:
    for content in export(db, world.person_id):
        text = content.decode("utf-8")
        assert MAIJA.notes not in text and MAIJA.customer_number not in text
        assert "restrict" not in text and "uid" not in text


def test_json_is_utf8_indented_and_stable(db: Database, world: World) -> None:
    first, _csv = export(db, world.person_id)
    assert "Meikäläinen".encode() in first
    assert first.startswith(b'{\n  "schema": {\n    "name"')
    assert export(db, world.person_id)[0] == first


def test_csv_parses_back_to_the_same_values(db: Database, world: World) -> None:
    json_bytes, csv_bytes = export(db, world.person_id)
    tree = json.loads(json_bytes)
    rows = list(csv.reader(io.StringIO(csv_bytes.decode("utf-8"), newline="")))
    assert rows[0] == ["section", "item", "field", "value"]
    expected = []
    for section, content in tree.items():
        items = content if isinstance(content, list) else [content]
        for number, item in enumerate(items, start=1):
            for field, value in leaves(item):
                text = "" if value is None else (str(value).lower() if isinstance(value, bool)
                                                 else str(value))
                expected.append([section, str(number) if isinstance(content, list) else "",
                                 field, text])
    assert rows[1:] == expected
    assert ["person", "", "emails.2", "mm@example.com"] in rows
    assert ["register_entries", "3", "fields.interests.1", "puutarha"] in rows
    assert ["event_participations", "1", "attended", "true"] in rows


def test_objections_and_withdrawals_are_exported(db: Database, world: World) -> None:
    request_id = new_request(db, "consent-withdrawal", world.person_id)
    at = dt.datetime(2026, 11, 25, 9, 30)
    request_actions.withdraw_consents(db, request_id, [world.consent_ids[0]], at, TODAY)
    other = new_request(db, "objection-marketing", world.person_id)
    request_actions.record_marketing_objection(db, other, ["phone"], TODAY, "", TODAY)
    tree = json.loads(export(db, world.person_id)[0])
    assert tree["consents"][0]["withdrawn_at"] == "2026-11-25T09:30:00"
    assert tree["marketing_objections"] == [{"scope": "phone", "since": "2026-11-25"}]
