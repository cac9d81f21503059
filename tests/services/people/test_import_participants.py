"""A participant list imported into an event, on real encrypted databases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kasve_desktop.clock import stored
from kasve_desktop.i18n import _
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people import importing
from kasve_desktop.services.people.import_participants import find_event
from kasve_desktop.services.people.import_report import summary_lines
from kasve_desktop.services.people.importing import EventNotFound, ImportRejected
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Event,
    NoticeVersion,
    Participation,
    Person,
    Register,
    RegisterEntry,
)
from tests.gui.sample import TODAY, fill

DATA = Path(__file__).resolve().parents[2] / "data"
NOW = dt.datetime(2026, 11, 24, 10, 15, tzinfo=dt.UTC)
LIST = ("Nimi;Sähköposti\nMatti Virtanen;MATTI.VIRTANEN@example.fi\n"
        "Olli Oja;olli.oja@example.fi\nOlli Oja;OLLI.OJA@example.fi\n")


@pytest.fixture
def sample(db: Database) -> Database:
    """The GUI sample (Kasvupäivä 2026 with Matti and Äila signed up, an empty
    Syysseminaari; neither names a register), Kasvupäivä with a notice version."""
    fill(db)
    with transaction(db) as session:
        notice = NoticeVersion(number=1, effective_date=TODAY)
        event = session.scalars(select(Event).where(Event.name == "Kasvupäivä 2026")).one()
        event.notice_version = notice
    return db


def event_id(db: Database, name: str) -> int:
    with db.sessions() as session:
        return session.scalars(select(Event.id).where(Event.name == name)).one()


def signed_up(db: Database, event: int) -> list[tuple[str, dt.datetime, str, str]]:
    with db.sessions() as session:
        rows = session.execute(
            select(Person.last_name, Participation.signed_up_at, Participation.note,
                   Participation.captured_on)
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.event_id == event).order_by(Person.last_name))
        return [(last, at, note, captured) for last, at, note, captured in rows]


def count(db: Database, model: type[object]) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def write(tmp_path: Path, text: str, name: str = "osallistujat.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run(db: Database, path: Path, event: int, register: str | None = None, *,
        skip_invalid: bool = False,
        on_matched: importing.OnMatched = "merge") -> importing.ImportSummary:
    plan = importing.plan_import(db, importing.read_table(path), register, event_id=event)
    return importing.apply_import(db, plan, today=TODAY, now=NOW, skip_invalid=skip_invalid,
                                  on_matched=on_matched)


def test_everyone_is_signed_up_and_again_adds_nothing(sample: Database) -> None:
    event = event_id(sample, "Syysseminaari")
    plan = importing.plan_import(sample, importing.read_table(DATA / "good.csv"), None,
                                 event_id=event)
    assert (plan.register_key, plan.event_name) == ("tapahtumat", "Syysseminaari")
    summary = importing.apply_import(sample, plan, skip_invalid=False, today=TODAY, now=NOW)
    assert (summary.participations_added, summary.already_signed_up) == (4, 0)
    assert summary.entries_added == 4
    at = stored(NOW)
    assert signed_up(sample, event) == [
        ("Kärkkäinen", at, "Tuonti: good.csv", ""), ("Mäkinen", at, "Tuonti: good.csv", ""),
        ("Virtanen", at, "Tuonti: good.csv", ""), ("Östman", at, "Tuonti: good.csv", "")]
    people, participations = count(sample, Person), count(sample, Participation)
    again = importing.apply_import(sample, plan, skip_invalid=False, today=TODAY, now=NOW)
    assert (again.participations_added, again.already_signed_up) == (0, 4)
    assert (count(sample, Person), count(sample, Participation)) == (people, participations)


def test_a_listed_sign_up_names_no_notice_version(sample: Database, tmp_path: Path) -> None:
    """Nobody on a list is known to have been shown the event's notice version."""
    event = event_id(sample, "Kasvupäivä 2026")
    run(sample, write(tmp_path, LIST), event)
    with sample.sessions() as session:
        notice = session.scalars(select(Event.notice_version_id).where(Event.id == event)).one()
        olli = session.scalars(select(Participation).join(Person).where(
            Person.last_name == "Oja")).one()
        assert notice is not None and olli.notice_version_id is None


def test_a_person_already_signed_up_is_not_signed_up_twice(sample: Database,
                                                           tmp_path: Path) -> None:
    event = event_id(sample, "Kasvupäivä 2026")
    before = signed_up(sample, event)
    summary = run(sample, write(tmp_path, LIST), event)
    assert (summary.participations_added, summary.already_signed_up) == (1, 1)
    after = signed_up(sample, event)
    assert len(after) == len(before) + 1
    assert [row for row in after if row[0] == "Virtanen"] == [
        row for row in before if row[0] == "Virtanen"]


def test_matched_people_left_as_they_are_are_signed_up_all_the_same(
        sample: Database, tmp_path: Path) -> None:
    event = event_id(sample, "Syysseminaari")
    entries = count(sample, RegisterEntry)
    summary = run(sample, write(tmp_path, LIST), event, "asiakkaat", on_matched="skip")
    assert (summary.participations_added, summary.already_signed_up) == (2, 0)
    assert [row[0] for row in signed_up(sample, event)] == ["Oja", "Virtanen"]
    assert count(sample, RegisterEntry) == entries + 1  # Olli only: Matti was left alone


def test_another_register_takes_the_people_and_the_event_the_sign_ups(
        sample: Database, tmp_path: Path) -> None:
    event = event_id(sample, "Syysseminaari")
    run(sample, write(tmp_path, "Nimi;Sähköposti\nOlli Oja;olli.oja@example.fi\n"), event,
        "markkinointi")
    with sample.sessions() as session:
        keys = session.scalars(select(Register.key).join(RegisterEntry).join(Person).where(
            Person.last_name == "Oja")).all()
    assert keys == ["markkinointi"]
    assert [row[0] for row in signed_up(sample, event)] == ["Oja"]


def test_an_invalid_row_writes_no_sign_ups_either(sample: Database, tmp_path: Path) -> None:
    event = event_id(sample, "Syysseminaari")
    path = write(tmp_path, LIST + "Eero Esimerkki;eero(at)example.fi\n")
    people, participations = count(sample, Person), count(sample, Participation)
    with pytest.raises(ImportRejected):
        run(sample, path, event)
    assert (count(sample, Person), count(sample, Participation)) == (people, participations)
    summary = run(sample, path, event, skip_invalid=True)
    assert summary.participations_added == 2
    assert [row[0] for row in signed_up(sample, event)] == ["Oja", "Virtanen"]


def test_an_unknown_or_vanished_event(sample: Database, tmp_path: Path) -> None:
    table = importing.read_table(write(tmp_path, LIST))
    with pytest.raises(EventNotFound):
        importing.plan_import(sample, table, None, event_id=9999)
    with pytest.raises(EventNotFound):
        find_event(sample, 9999)
    event = event_id(sample, "Syysseminaari")
    plan = importing.plan_import(sample, table, None, event_id=event)
    with transaction(sample) as session:
        session.delete(session.get(Event, event))
    people = count(sample, Person)
    with pytest.raises(EventNotFound):
        importing.apply_import(sample, plan, skip_invalid=False, today=TODAY, now=NOW)
    assert count(sample, Person) == people


def test_an_event_needs_the_instant_and_no_event_needs_a_register(
        sample: Database, tmp_path: Path) -> None:
    table = importing.read_table(write(tmp_path, LIST))
    plan = importing.plan_import(sample, table, None, event_id=event_id(sample, "Syysseminaari"))
    with pytest.raises(ValueError, match="instant"):
        importing.apply_import(sample, plan, skip_invalid=False, today=TODAY)
    with pytest.raises(ValueError, match="register or an event"):
        importing.plan_import(sample, table, None)
    assert count(sample, Participation) == 2


def test_the_summary_line_only_with_an_event(sample: Database, tmp_path: Path) -> None:
    path = write(tmp_path, LIST)
    line = _("participations added: {added}, already signed up: {already}")
    summary = run(sample, path, event_id(sample, "Kasvupäivä 2026"))
    assert summary_lines(summary)[-1] == line.format(added=1, already=1)
    plain = importing.apply_import(
        sample, importing.plan_import(sample, importing.read_table(path), "asiakkaat"),
        skip_invalid=False, today=TODAY)
    assert plain.event_id is None
    assert len(summary_lines(plain)) == len(summary_lines(summary)) - 1
