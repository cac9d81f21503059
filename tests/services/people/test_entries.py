"""A person's register entries: one per register, checked, changed and removed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kasve_desktop.demo.build import build_demo
from kasve_desktop.domain.validation import ValidationFailed
from kasve_desktop.services.people import entries
from kasve_desktop.services.people.entries import EntryData
from kasve_desktop.store.engine import Database
from tests.services.people.test_persons import TODAY, new_person


def test_entries_are_unique_per_register(db: Database) -> None:
    build_demo(db, TODAY)
    person = new_person(db)
    assert person.id is not None
    entry = entries.save_entry(db, person.id, EntryData(
        "asiakkaat", "Suoraan asiakkaalta", "contract", TODAY - dt.timedelta(days=10)))
    assert entry.register_key == "asiakkaat" and entry.register_name["fi"]
    with pytest.raises(ValidationFailed) as failure:
        entries.save_entry(db, person.id, EntryData("asiakkaat", "Toinen"))
    assert set(failure.value.errors) == {"register_key"}
    edited = entries.save_entry(db, person.id, dataclasses.replace(
        EntryData("asiakkaat", "Puhelimitse", "contract", last_needed_on=TODAY, legal_hold=True),
        id=entry.id))
    assert edited.id == entry.id and edited.legal_hold and edited.source == "Puhelimitse"
    with pytest.raises(ValidationFailed) as failure:
        entries.save_entry(db, person.id, EntryData(
            "markkinointi", legal_basis="whim", collected_on=TODAY,
            last_needed_on=TODAY - dt.timedelta(days=1)))
    assert set(failure.value.errors) == {"legal_basis", "last_needed_on"}
    entries.save_entry(db, person.id, EntryData("markkinointi", legal_basis="consent"))
    assert [e.register_key for e in entries.list_entries(db, person.id)] == [
        "asiakkaat", "markkinointi"]
    entries.remove_entry(db, entry.id)
    assert [e.register_key for e in entries.list_entries(db, person.id)] == ["markkinointi"]


def test_entry_details_show_as_lines() -> None:
    row = entries.EntryRow(1, "tapahtumat", {"fi": "Tapahtumat"}, "", "", None, None, False,
                           {"ruokavalio": "kasvis", "koko": "M"}, "")
    assert row.details_text == "ruokavalio: kasvis\nkoko: M"
