"""``kasve-desktop events``: one row per event, the CSV header exactly as scripts expect."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import open_database
from kasve_desktop.store.models import (
    Consent,
    Controller,
    Event,
    Participation,
    Person,
    Register,
)
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE, fixed_clock


@pytest.fixture
def events_db(tmp_path: Path) -> Path:
    """Two events: a two-day training in the events register with two sign-ups and one
    consent given at it, and an evening with no register, place or sign-ups."""
    path = tmp_path / "events.db"
    db = open_database(path, PASSPHRASE, clock=fixed_clock(), create=True)
    try:
        with transaction(db) as s:
            register = Register(key="tapahtumat", position=1, name={"fi": "Tapahtumat"},
                                controller=Controller(name="Kasve Oy"))
            training = Event(name="Johtajuusvalmennus, osa 1", starts_on=dt.date(2026, 11, 2),
                             ends_on=dt.date(2026, 11, 3), location="Joensuu, Tiedepuisto",
                             register=register)
            evening = Event(name="Asiakasilta", starts_on=dt.date(2026, 10, 19))
            aino, pekka = Person(first_name="Aino"), Person(first_name="Pekka")
            s.add_all([training, evening, aino, pekka])
            s.flush()
            s.add_all([Participation(event=training, person=aino,
                                     signed_up_at=dt.datetime(2026, 10, 1, 9)),
                       Participation(event=training, person=pekka,
                                     signed_up_at=dt.datetime(2026, 10, 2, 9)),
                       Consent(person=aino, register=register, purpose="Uutiskirje",
                               granted_at=dt.datetime(2026, 11, 2, 10), event_id=training.id,
                               wording="Haluan uutiskirjeen sähköpostiini.", language="fi"),
                       Consent(person=pekka, register=register, purpose="Uutiskirje",
                               granted_at=dt.datetime(2026, 9, 1, 10))])
    finally:
        db.close()
    return path


def test_the_csv_has_the_exact_header_and_one_row_per_event(events_db: Path) -> None:
    result = run("events", "--db", str(events_db), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "id,name,starts,ends,place,register,participants,consents",
        "2,Asiakasilta,2026-10-19,,,,0,0",
        '1,"Johtajuusvalmennus, osa 1",2026-11-02,2026-11-03,"Joensuu, Tiedepuisto",'
        "tapahtumat,2,1"]


def test_the_table_is_in_the_interface_language(events_db: Path) -> None:
    lines = run("events", "--db", str(events_db)).stdout.splitlines()
    assert lines[0].split() == ["Tunnus", "Nimi", "Alkaa", "Päättyy", "Paikka", "Rekisteri",
                                "Osallistujia", "Suostumukset"]
    assert "2.11.2026" in lines[2] and "3.11.2026" in lines[2] and "Tiedepuisto" in lines[2]


def test_a_wrong_passphrase_is_one_line_and_exit_2(events_db: Path) -> None:
    assert_one_line_error(run("events", "--db", str(events_db), passphrase="väärä tunnuslause"),
                          2)
