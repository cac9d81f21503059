"""``kasve-desktop import … --event ID``: a participant list, end to end in a subprocess."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import open_database
from kasve_desktop.store.models import (
    Controller,
    Event,
    Participation,
    Person,
    PersonEmail,
    Register,
    RegisterEntry,
)
from tests.cli.test_cli import assert_one_line_error, run
from tests.cli.test_import_cli import digest
from tests.conftest import PASSPHRASE, fixed_clock

GOOD = str(Path(__file__).resolve().parents[1] / "data" / "good.csv")
LINES = ["rows read: 4", "new persons: 4", "matched persons: 0", "rejected rows: 0",
         "suppressed rows: 0", "register entries added: 4", "persons updated: 0"]


@pytest.fixture
def events_db(tmp_path: Path) -> Path:
    """The events and customer registers; a training in the events register with Aino
    Virtanen (of good.csv) signed up, and an evening in no register."""
    path = tmp_path / "events.db"
    db = open_database(path, PASSPHRASE, clock=fixed_clock(), create=True)
    try:
        with transaction(db) as s:
            controller = Controller(name="Kasve Oy")
            events = Register(key="tapahtumat", position=1, name={"fi": "Tapahtumat"},
                              controller=controller)
            customers = Register(key="asiakkaat", position=2, name={"fi": "Asiakkaat"},
                                 controller=controller)
            aino = Person(first_name="Aino", last_name="Virtanen",
                          emails=[PersonEmail(position=0, address="aino.virtanen@example.fi")])
            training = Event(name="Johtajuusvalmennus", starts_on=dt.date(2026, 11, 2),
                             register=events)
            evening = Event(name="Asiakasilta", starts_on=dt.date(2026, 10, 19))
            s.add_all([customers, aino, training, evening])
            s.flush()
            s.add(Participation(event=training, person=aino,
                                signed_up_at=dt.datetime(2026, 10, 1, 9)))
    finally:
        db.close()
    return path


def state(path: Path) -> tuple[dict[str, int], dict[str, int]]:
    """The participations per event, the register entries per register."""
    db = open_database(path, PASSPHRASE, clock=fixed_clock())
    try:
        with db.sessions() as session:
            events = dict.fromkeys(session.scalars(select(Event.name)), 0)
            for name in session.scalars(select(Event.name).join(Participation)):
                events[name] += 1
            registers: dict[str, int] = {}
            for key in session.scalars(select(Register.key).join(RegisterEntry)):
                registers[key] = registers.get(key, 0) + 1
            return events, registers
    finally:
        db.close()


def test_an_event_import_signs_up_into_the_events_register(events_db: Path) -> None:
    first = run("--lang", "en", "import", "--db", str(events_db), GOOD, "--event", "1")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        "rows read: 4", "new persons: 3", "matched persons: 1", "rejected rows: 0",
        "suppressed rows: 0", "register entries added: 4", "persons updated: 1",
        "participations added: 3, already signed up: 1"]
    assert state(events_db) == ({"Johtajuusvalmennus": 4, "Asiakasilta": 0},
                                {"tapahtumat": 4})
    again = run("--lang", "en", "import", "--db", str(events_db), GOOD, "--event", "1")
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == "participations added: 0, already signed up: 4"
    assert state(events_db) == ({"Johtajuusvalmennus": 4, "Asiakasilta": 0},
                                {"tapahtumat": 4})


def test_a_register_named_with_the_event(events_db: Path) -> None:
    result = run("--lang", "en", "import", "--db", str(events_db), GOOD, "--event", "2",
                 "--register", "asiakkaat")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "participations added: 4, already signed up: 0"
    assert state(events_db) == ({"Johtajuusvalmennus": 1, "Asiakasilta": 4},
                                {"asiakkaat": 4})


def test_an_event_without_a_register_uses_the_events_register(events_db: Path) -> None:
    result = run("--lang", "en", "import", "--db", str(events_db), GOOD, "--event", "2")
    assert result.returncode == 0, result.stderr
    assert state(events_db)[1] == {"tapahtumat": 4}


def test_without_event_the_output_is_unchanged(events_db: Path) -> None:
    result = run("--lang", "en", "import", "--db", str(events_db), GOOD, "--register",
                 "asiakkaat")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        *LINES[:1], "new persons: 3", "matched persons: 1", *LINES[3:5],
        "register entries added: 4", "persons updated: 1"]


def test_a_dry_run_with_an_event_writes_nothing(events_db: Path) -> None:
    unchanged = digest(events_db)
    result = run("--lang", "en", "import", "--db", str(events_db), GOOD, "--event", "1",
                 "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "dry run: nothing was written"
    assert digest(events_db) == unchanged


def test_an_invalid_row_writes_no_sign_ups(events_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    path.write_text("Nimi;Sähköposti\nOlli Oja;olli@example.fi\nEero;eero(at)example.fi\n",
                    encoding="utf-8")
    unchanged = digest(events_db)
    result = run("--lang", "en", "import", "--db", str(events_db), str(path), "--event", "1")
    assert_one_line_error(result, 1)
    assert "participations" not in result.stdout
    assert digest(events_db) == unchanged


@pytest.mark.parametrize("args", [("--event", "99"), ("--event", "99", "--register",
                                                      "asiakkaat")])
def test_an_unknown_event_exits_2(events_db: Path, args: tuple[str, ...]) -> None:
    unchanged = digest(events_db)
    result = run("--lang", "en", "import", "--db", str(events_db), GOOD, *args)
    assert_one_line_error(result, 2)
    assert "no event has the id 99" in result.stderr
    assert digest(events_db) == unchanged


@pytest.mark.parametrize("args", [(), ("--event",), ("--event", "yksi")])
def test_neither_register_nor_event_exits_2(events_db: Path, args: tuple[str, ...]) -> None:
    unchanged = digest(events_db)
    result = run("--lang", "en", "import", "--db", str(events_db), GOOD, *args)
    assert_one_line_error(result, 2)
    assert digest(events_db) == unchanged
