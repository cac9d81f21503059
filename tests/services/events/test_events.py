"""An event saved whole and checked, its register by default, and deleted without losing the
consents given at it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from kasve_desktop.domain import validation
from kasve_desktop.services import listing
from kasve_desktop.services.database import transaction
from kasve_desktop.services.events import events, participants
from kasve_desktop.services.events.events import EventData, EventNotFound, ValidationFailed
from kasve_desktop.services.people.persons import UNKNOWN_CHOICE
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import AuditEntry, Consent, NoticeVersion, Participation
from tests.services.events.sample import SIGNED_UP, TODAY, Sample, add_sample

START = dt.date(2026, 12, 2)


def training(**changes: object) -> EventData:
    data = EventData(name=" Johtajuusvalmennus ", starts_on=START,
                     ends_on=START + dt.timedelta(days=1), place="Joensuu, Tiedepuisto",
                     organiser="Kasve Oy", description="Kaksipäiväinen valmennus.")
    return dataclasses.replace(data, **changes)


def refused(db: Database, data: EventData) -> dict[str, validation.InvalidValue]:
    with pytest.raises(ValidationFailed) as failure:
        events.save_event(db, data, TODAY)
    return failure.value.errors


def test_an_event_round_trips_in_the_events_register_by_default(db: Database) -> None:
    sample = add_sample(db)
    event_id = events.save_event(db, training(notice_version_id=sample.notice_version), TODAY)
    loaded = events.load_event(db, event_id)
    assert loaded == training(id=event_id, name="Johtajuusvalmennus",
                              register_id=sample.events_register,
                              notice_version_id=sample.notice_version)
    assert events.default_register_id(db) == sample.events_register
    [summary] = events.event_summaries(db)
    assert (summary.name, summary.place, summary.register_key) == (
        "Johtajuusvalmennus", "Joensuu, Tiedepuisto", "tapahtumat")


def test_an_edit_changes_the_same_event(db: Database) -> None:
    sample = add_sample(db)
    event_id = events.save_event(db, training(), TODAY)
    edited = training(id=event_id, name="Johtajuusvalmennus, osa 2", ends_on=None,
                      register_id=sample.trainings_register)
    assert events.save_event(db, edited, TODAY) == event_id
    assert events.load_event(db, event_id) == edited
    with pytest.raises(EventNotFound):
        events.save_event(db, training(id=event_id + 1), TODAY)


def test_the_name_and_the_start_are_required(db: Database) -> None:
    add_sample(db)
    errors = refused(db, training(name="  ", starts_on=None, ends_on=None))
    assert {path: error.message for path, error in errors.items()} == {
        "name": validation.REQUIRED, "starts_on": validation.REQUIRED}


def test_texts_have_their_limits(db: Database) -> None:
    add_sample(db)
    errors = refused(db, training(name="x" * 201, place="y" * 201, organiser="z" * 201,
                                  description="rivi\x00"))
    assert {path: error.message for path, error in errors.items()} == {
        "name": validation.TOO_LONG, "place": validation.TOO_LONG,
        "organiser": validation.TOO_LONG, "description": validation.CONTROL_CHARACTERS}
    assert errors["name"].params == {"limit": "200"}
    assert events.save_event(db, training(name="x" * 200), TODAY)


def test_the_end_is_not_before_the_start(db: Database) -> None:
    add_sample(db)
    errors = refused(db, training(ends_on=START - dt.timedelta(days=1)))
    assert {path: error.message for path, error in errors.items()} == {
        "ends_on": events.ENDS_BEFORE_START}
    assert events.save_event(db, training(ends_on=START), TODAY)  # a one-day event


def test_a_mistyped_year_is_caught(db: Database) -> None:
    add_sample(db)
    errors = refused(db, training(starts_on=dt.date(2062, 12, 2), ends_on=dt.date(2062, 12, 3)))
    assert {path: error.message for path, error in errors.items()} == {
        "starts_on": events.DATE_OUT_OF_RANGE, "ends_on": events.DATE_OUT_OF_RANGE}
    assert errors["starts_on"].params == {"first": "1990", "last": "2036"}
    assert events.save_event(db, training(starts_on=dt.date(2036, 12, 30), ends_on=None), TODAY)


def test_the_register_must_exist(db: Database) -> None:
    sample = add_sample(db)
    errors = refused(db, training(register_id=sample.trainings_register + 100))
    assert {path: error.message for path, error in errors.items()} == {
        "register_id": UNKNOWN_CHOICE}


def test_without_an_events_register_the_register_is_required(db: Database) -> None:
    sample = add_sample(db, events_register=False)
    assert events.default_register_id(db) is None
    errors = refused(db, training())
    assert {path: error.message for path, error in errors.items()} == {
        "register_id": validation.REQUIRED}
    event_id = events.save_event(db, training(register_id=sample.trainings_register), TODAY)
    assert events.load_event(db, event_id).register_id == sample.trainings_register


def test_the_notice_version_must_be_a_published_one(db: Database) -> None:
    sample = add_sample(db)
    errors = refused(db, training(notice_version_id=sample.notice_version + 1))
    assert {path: error.message for path, error in errors.items()} == {
        "notice_version_id": events.NOTICE_NOT_PUBLISHED}


def test_a_refused_save_writes_nothing(db: Database) -> None:
    add_sample(db)
    audit_before = listing.audit_count(db)
    refused(db, training(name="", notice_version_id=999))
    assert events.event_summaries(db) == []
    assert listing.audit_count(db) == audit_before


def _consent_at(db: Database, sample: Sample, event_id: int) -> int:
    with transaction(db) as s:
        consent = Consent(person_id=sample.aino, register_id=sample.events_register,
                          purpose="Uutiskirje", granted_at=dt.datetime(2026, 12, 2, 10),
                          captured_via="event-laptop", notice_version_id=sample.notice_version,
                          evidence="Rasti ilmoittautumislomakkeessa.", event_id=event_id,
                          wording="Haluan uutiskirjeen sähköpostiini.", language="fi")
        s.add(consent)
        s.flush()
        return consent.id


def test_deleting_keeps_the_consents_and_their_evidence(db: Database) -> None:
    sample = add_sample(db)
    event_id = events.save_event(db, training(), TODAY)
    other_id = events.save_event(db, training(name="Asiakasilta"), TODAY)
    for person in (sample.aino, sample.pekka):
        participants.add_participant(db, event_id, person, SIGNED_UP)
    kept = participants.add_participant(db, other_id, sample.aino, SIGNED_UP)
    consent_id = _consent_at(db, sample, event_id)
    preview = events.delete_preview(db, event_id)
    assert preview == events.DeletePreview(event_id, "Johtajuusvalmennus", 2, 1)
    assert events.delete_event(db, event_id) == preview
    with pytest.raises(EventNotFound):
        events.load_event(db, event_id)
    with db.sessions() as s:
        consent = s.get(Consent, consent_id)
        assert consent is not None and consent.event_id is None
        assert (consent.evidence, consent.wording, consent.language, consent.captured_via) == (
            "Rasti ilmoittautumislomakkeessa.", "Haluan uutiskirjeen sähköpostiini.", "fi",
            "event-laptop")
        assert consent.notice_version_id == sample.notice_version
        assert list(s.scalars(select(Participation.id))) == [kept.id]
        audited = {(e.entity, e.action, tuple(e.fields)) for e in s.scalars(
            select(AuditEntry).order_by(AuditEntry.id.desc()).limit(4))}
    assert audited == {("consent", "update", ("event_id",)), ("event", "delete", ()),
                       ("participation", "delete", ())}


def test_a_missing_event_is_reported(db: Database) -> None:
    with pytest.raises(EventNotFound) as missing:
        events.delete_preview(db, 1)
    assert missing.value.message == events.EVENT_MISSING
    with pytest.raises(EventNotFound):
        events.delete_event(db, 1)


def test_a_new_event_defaults_to_the_notice_version_in_force(db: Database) -> None:
    with transaction(db) as s:
        versions = [NoticeVersion(number=n, effective_date=day) for n, day in (
            (1, dt.date(2025, 1, 1)), (2, dt.date(2026, 11, 1)), (3, dt.date(2027, 1, 1)))]
        s.add_all(versions)
        s.flush()
        ids = [v.id for v in versions]
    assert events.notice_in_force(db, dt.date(2026, 12, 2)) == ids[1]
    assert events.notice_in_force(db, dt.date(2026, 11, 1)) == ids[1]
    assert events.notice_in_force(db, dt.date(2027, 1, 1)) == ids[2]
    assert events.notice_in_force(db, dt.date(2024, 12, 31)) is None
