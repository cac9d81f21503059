"""The participants of an event: added once, marked attended, removed; a person's events."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kasve_desktop.services.database import transaction
from kasve_desktop.services.events import events, participants
from kasve_desktop.services.events.events import EventData, EventNotFound
from kasve_desktop.services.events.participants import (
    AlreadyParticipating,
    ParticipantRow,
    ParticipationNotFound,
    PersonEventRow,
)
from kasve_desktop.services.people.persons import PersonNotFound
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Participation, RegisterEntry
from tests.services.events.sample import SIGNED_UP, TODAY, add_sample

STORED = SIGNED_UP.replace(tzinfo=None)


def new_event(db: Database, name: str, starts_on: dt.date, **changes: object) -> int:
    return events.save_event(db, EventData(name=name, starts_on=starts_on, **changes), TODAY)


def test_participants_are_listed_by_name_with_their_details(db: Database) -> None:
    sample = add_sample(db)
    event_id = new_event(db, "Asiakasilta", dt.date(2026, 12, 2),
                         notice_version_id=sample.notice_version)
    helsinki = dt.timezone(dt.timedelta(hours=2))
    for person in (sample.ville, sample.aino, sample.pekka):
        participants.add_participant(db, event_id, person, SIGNED_UP.astimezone(helsinki))
    rows = participants.participants(db, event_id)
    assert [row.name for row in rows] == ["Pekka Ahonen", "Aino Virtanen", "Ville Öhman"]
    aino = rows[1]
    assert aino == ParticipantRow(aino.id, sample.aino, "Aino Virtanen", "aino@example.fi",
                                  "Kasvu Oy", STORED, None)
    with db.sessions() as s:
        row = s.get(Participation, aino.id)
        assert row is not None and row.notice_version_id == sample.notice_version
        [entry] = row.person.entries
        assert (entry.register_id, entry.source, entry.collected_on, entry.last_needed_on) == (
            sample.events_register, "Ilmoittautuminen: Asiakasilta", dt.date(2026, 11, 1),
            dt.date(2026, 12, 2))


def test_a_person_already_in_the_register_is_needed_until_the_event(db: Database) -> None:
    sample = add_sample(db)
    with transaction(db) as s:
        s.add(RegisterEntry(person_id=sample.aino, register_id=sample.events_register,
                            source="Verkkolomake", collected_on=dt.date(2025, 3, 1),
                            last_needed_on=dt.date(2025, 3, 1)))
    event_id = new_event(db, "Asiakasilta", dt.date(2026, 12, 2))
    participants.add_participant(db, event_id, sample.aino, SIGNED_UP)
    with db.sessions() as s:
        [entry] = s.scalars(select(RegisterEntry)).all()
    assert (entry.source, entry.collected_on, entry.last_needed_on) == (
        "Verkkolomake", dt.date(2025, 3, 1), dt.date(2026, 12, 2))


def test_a_second_participation_is_refused(db: Database) -> None:
    sample = add_sample(db)
    event_id = new_event(db, "Asiakasilta", dt.date(2026, 12, 2))
    first = participants.add_participant(db, event_id, sample.aino, SIGNED_UP)
    with pytest.raises(AlreadyParticipating) as refused:
        participants.add_participant(db, event_id, sample.aino, SIGNED_UP)
    assert refused.value.message == participants.ALREADY_PARTICIPATING
    assert refused.value.params == {"name": "Aino Virtanen"}
    assert refused.value.participation_id == first.id
    assert [row.id for row in participants.participants(db, event_id)] == [first.id]


def test_adding_needs_an_existing_event_and_person(db: Database) -> None:
    sample = add_sample(db)
    event_id = new_event(db, "Asiakasilta", dt.date(2026, 12, 2))
    with pytest.raises(EventNotFound):
        participants.add_participant(db, event_id + 1, sample.aino, SIGNED_UP)
    with pytest.raises(PersonNotFound):
        participants.add_participant(db, event_id, sample.ville + 100, SIGNED_UP)
    with pytest.raises(EventNotFound):
        participants.participants(db, event_id + 1)
    assert participants.participants(db, event_id) == []


def test_attendance_is_marked_and_unmarked(db: Database) -> None:
    sample = add_sample(db)
    event_id = new_event(db, "Asiakasilta", dt.date(2026, 12, 2))
    row = participants.add_participant(db, event_id, sample.pekka, SIGNED_UP)
    assert participants.set_attended(db, row.id, True).attended is True
    assert participants.participants(db, event_id)[0].attended is True
    assert participants.set_attended(db, row.id, False).attended is False
    assert participants.set_attended(db, row.id, None).attended is None
    assert participants.participants(db, event_id)[0].attended is None


def test_a_participation_is_removed(db: Database) -> None:
    sample = add_sample(db)
    event_id = new_event(db, "Asiakasilta", dt.date(2026, 12, 2))
    aino = participants.add_participant(db, event_id, sample.aino, SIGNED_UP)
    pekka = participants.add_participant(db, event_id, sample.pekka, SIGNED_UP)
    participants.remove_participation(db, aino.id)
    participants.remove_participation(db, aino.id)  # already gone: no error
    assert [row.id for row in participants.participants(db, event_id)] == [pekka.id]
    with pytest.raises(ParticipationNotFound) as missing:
        participants.set_attended(db, aino.id, True)
    assert missing.value.message == participants.PARTICIPATION_MISSING
    # removed, the person may sign up again
    again = participants.add_participant(db, event_id, sample.aino, SIGNED_UP)
    assert again.person_id == sample.aino


def test_a_persons_events_are_the_latest_first(db: Database) -> None:
    sample = add_sample(db)
    autumn = new_event(db, "Syysseminaari", dt.date(2026, 9, 10), ends_on=dt.date(2026, 9, 11))
    spring = new_event(db, "Kevätseminaari", dt.date(2026, 3, 5))
    winter = new_event(db, "Talvitapaaminen", dt.date(2027, 1, 20))
    new_event(db, "Asiakasilta", dt.date(2026, 12, 2))  # Aino not signed up
    rows = {e: participants.add_participant(db, e, sample.aino, SIGNED_UP)
            for e in (spring, autumn, winter)}
    participants.add_participant(db, winter, sample.pekka, SIGNED_UP)
    participants.set_attended(db, rows[autumn].id, True)
    assert participants.person_events(db, sample.aino) == [
        PersonEventRow(winter, rows[winter].id, "Talvitapaaminen", dt.date(2027, 1, 20), None,
                       None),
        PersonEventRow(autumn, rows[autumn].id, "Syysseminaari", dt.date(2026, 9, 10),
                       dt.date(2026, 9, 11), True),
        PersonEventRow(spring, rows[spring].id, "Kevätseminaari", dt.date(2026, 3, 5), None,
                       None)]
    assert participants.person_events(db, sample.ville) == []
    with pytest.raises(PersonNotFound):
        participants.person_events(db, sample.ville + 100)
