"""Events carried from a laptop's database to the workstation's in a transfer file.

Two encrypted databases on one machine play the laptop and the workstation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kasve_desktop.domain.passphrase import PassphraseError
from kasve_desktop.services.database import transaction
from kasve_desktop.services.events import transfer
from kasve_desktop.services.events.transfer import (
    MatchedBy,
    Policy,
    TransferUnreadable,
    UnknownEvent,
)
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import (
    AuditEntry,
    Consent,
    Controller,
    Event,
    NoticeVersion,
    Participation,
    Person,
    PersonEmail,
    PersonPhone,
    Register,
)
from tests.conftest import PASSPHRASE, fixed_clock

FILE_PASSPHRASE = "kuljetus laukku kymmenen"
WORDING = "Haluan Kasven uutiskirjeen sähköpostiini."
PLANTED_NAME = "Zyrkkonen"
PLANTED_EMAIL = "aino.zyrkkonen@example.fi"


def _registers(s: Session, *, shift: bool) -> tuple[Register, NoticeVersion]:
    """The events register and notice version 3; ``shift`` puts others first so that the
    two databases' ids differ."""
    controller = Controller(name="Kasve Oy")
    if shift:
        s.add_all([Register(key="asiakkaat", name={"fi": "Asiakkaat"}, controller=controller),
                   NoticeVersion(number=1, effective_date=dt.date(2025, 1, 1)),
                   NoticeVersion(number=2, effective_date=dt.date(2025, 6, 1))])
        s.flush()
    register = Register(key="tapahtumat", name={"fi": "Tapahtumat"}, controller=controller)
    version = NoticeVersion(number=3, effective_date=dt.date(2026, 9, 1))
    s.add_all([register, version])
    s.flush()
    return register, version


def make_laptop(path: Path) -> list[int]:
    """A laptop database with two events (and one more that is not exported): Aino (e-mail,
    phone, a consent), Pekka (phone only) and Liisa (no contacts) signed up."""
    db = open_database(path, PASSPHRASE, clock=fixed_clock(), create=True)
    try:
        with transaction(db) as s:
            register, version = _registers(s, shift=False)
            training = Event(name="Johtajuusvalmennus", starts_on=dt.date(2026, 11, 2),
                             ends_on=dt.date(2026, 11, 3), location="Joensuu",
                             register=register, notice_version=version, organiser="Kasve")
            evening = Event(name="Asiakasilta", starts_on=dt.date(2026, 11, 5))
            other = Event(name="Muu tilaisuus", starts_on=dt.date(2026, 11, 9))
            aino = Person(first_name="Aino", last_name=PLANTED_NAME, organisation="Kasve",
                          language="fi", emails=[PersonEmail(address=PLANTED_EMAIL)],
                          phones=[PersonPhone(number="+358401234567")],
                          street="Salainen katu 1")
            pekka = Person(first_name="Pekka", last_name="Puu", organisation="Puu Oy",
                           language="sv", phones=[PersonPhone(number="+358407654321")])
            liisa = Person(first_name="Liisa", last_name="Laine", organisation="Laine Ky")
            outsider = Person(first_name="Olli", last_name="Ulkona")
            s.add_all([training, evening, other, aino, pekka, liisa, outsider])
            s.flush()
            s.add_all([
                Participation(event=training, person=aino, attended=True, captured_on="läppäri",
                              signed_up_at=dt.datetime(2026, 11, 2, 8),
                              notice_version_id=version.id),
                Participation(event=training, person=pekka,
                              signed_up_at=dt.datetime(2026, 11, 2, 9)),
                Participation(event=evening, person=liisa,
                              signed_up_at=dt.datetime(2026, 11, 5, 17), note="kasvis"),
                Participation(event=other, person=outsider,
                              signed_up_at=dt.datetime(2026, 11, 9, 9)),
                Consent(person=aino, register=register, purpose="Uutiskirje", channel="email",
                        granted_at=dt.datetime(2026, 11, 2, 8, 5), event_id=training.id,
                        wording=WORDING, language="fi", notice_version=version,
                        captured_via="event", evidence="Rasti lomakkeella"),
                Consent(person=aino, register=register, purpose="Vanha", channel="email",
                        granted_at=dt.datetime(2026, 1, 2, 8))])  # not given at an event
            return [training.id, evening.id]
    finally:
        db.close()


def make_workstation(path: Path) -> Database:
    db = open_database(path, PASSPHRASE, clock=fixed_clock(dt.date(2026, 11, 20)), create=True)
    with transaction(db) as s:
        _registers(s, shift=True)
    return db


@pytest.fixture
def laptop(tmp_path: Path) -> list[int]:
    return make_laptop(tmp_path / "laptop.db")


@pytest.fixture
def exported(tmp_path: Path, laptop: list[int]) -> Path:
    db = open_database(tmp_path / "laptop.db", PASSPHRASE, clock=fixed_clock())
    try:
        summary = transfer.export_events(db, laptop, tmp_path / "siirto.kasve", FILE_PASSPHRASE)
    finally:
        db.close()
    assert summary == transfer.ExportSummary(events=2, persons=3, participations=3, consents=1)
    return tmp_path / "siirto.kasve"


@pytest.fixture
def workstation(tmp_path: Path) -> Iterator[Database]:
    db = make_workstation(tmp_path / "workstation.db")
    yield db
    db.close()


def add_existing(db: Database) -> None:
    """The workstation already knows Aino (by e-mail, another organisation and phone),
    Pekka (by phone, written nationally) and a Liisa Laine of Laine Ky with no contacts."""
    with transaction(db) as s:
        s.add_all([
            Person(first_name="Aino", last_name=PLANTED_NAME, organisation="Kasve Oy",
                   emails=[PersonEmail(address=PLANTED_EMAIL.upper())],
                   phones=[PersonPhone(number="+358501111111")]),
            Person(first_name="Pekka", last_name="Puu", organisation="",
                   phones=[PersonPhone(number="040 765 4321")]),
            Person(first_name="Liisa", last_name="Laine", organisation="Laine Ky")])


def snapshot(db: Database) -> dict[str, object]:
    """Everything the transfer may touch, by uid and key (not by id)."""
    with db.sessions() as s:
        persons = {p.uid: (p.first_name, p.last_name, p.organisation, p.language,
                           tuple(e.address for e in p.emails), tuple(n.number for n in p.phones))
                   for p in s.scalars(select(Person))}
        events = {e.uid: (e.name, e.starts_on, e.ends_on, e.location,
                          e.register.key if e.register else "",
                          e.notice_version.number if e.notice_version else None)
                  for e in s.scalars(select(Event))}
        parts = {p.uid: (p.event.uid, p.person.uid, p.signed_up_at, p.attended, p.captured_on,
                         p.note) for p in s.scalars(select(Participation))}
        consents = {c.uid: (c.person.uid, c.purpose, c.channel, c.granted_at, c.wording,
                            c.language, c.notice_version.number if c.notice_version else None,
                            c.evidence, c.captured_via, c.register.key if c.register else "")
                    for c in s.scalars(select(Consent).where(Consent.event_id.is_not(None)))}
        return {"persons": persons, "events": events, "participations": parts,
                "consents": consents}


def count(db: Database, model: type[object]) -> int:
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_round_trip_into_a_fresh_database_is_equal(tmp_path: Path, exported: Path,
                                                      workstation: Database) -> None:
    summary = transfer.apply_transfer(workstation, transfer.read_transfer(
        workstation, exported, FILE_PASSPHRASE))
    assert (summary.new_persons, summary.matched_persons, summary.participations,
            summary.consents, summary.unchanged, summary.new_events) == (3, 0, 3, 1, 0, 2)
    assert summary.written
    laptop = open_database(tmp_path / "laptop.db", PASSPHRASE, clock=fixed_clock())
    try:
        expected = snapshot(laptop)
    finally:
        laptop.close()
    got = snapshot(workstation)
    exported_events = {uid: row for uid, row in expected["events"].items()  # type: ignore[attr-defined]
                       if row[0] != "Muu tilaisuus"}
    assert got["events"] == exported_events
    outsider = [uid for uid, row in expected["persons"].items()  # type: ignore[attr-defined]
                if row[0] == "Olli"]
    assert got["persons"] == {uid: row for uid, row in expected["persons"].items()  # type: ignore[attr-defined]
                              if uid not in outsider}
    assert got["participations"] == {
        uid: row for uid, row in expected["participations"].items()  # type: ignore[attr-defined]
        if row[1] not in outsider}
    assert got["consents"] == expected["consents"]
    (consent,) = got["consents"].values()  # type: ignore[attr-defined]
    assert consent[4:7] == (WORDING, "fi", 3)


def test_only_the_needed_fields_of_a_person_travel(exported: Path,
                                                   workstation: Database) -> None:
    content = transfer.load_transfer(exported, FILE_PASSPHRASE)
    aino = next(p for p in content.persons if p.first_name == "Aino")
    assert set(vars(aino)) == {"uid", "first_name", "last_name", "organisation", "language",
                               "emails", "phones"}
    transfer.apply_transfer(workstation, transfer.preview_transfer(workstation, content))
    with workstation.sessions() as s:
        assert s.scalars(select(Person.street)).all() == ["", "", ""]


def test_importing_the_same_file_again_changes_nothing(exported: Path,
                                                       workstation: Database) -> None:
    transfer.apply_transfer(workstation, transfer.read_transfer(
        workstation, exported, FILE_PASSPHRASE))
    before, audit = snapshot(workstation), count(workstation, AuditEntry)
    again = transfer.apply_transfer(workstation, transfer.read_transfer(
        workstation, exported, FILE_PASSPHRASE))
    assert (again.new_persons, again.matched_persons, again.participations, again.consents,
            again.new_events) == (0, 0, 0, 0, 0)
    assert again.unchanged == 3 + 3 + 1
    assert not again.written
    assert snapshot(workstation) == before
    assert count(workstation, AuditEntry) == audit


def test_every_write_is_audited(exported: Path, workstation: Database) -> None:
    before = count(workstation, AuditEntry)
    transfer.apply_transfer(workstation, transfer.read_transfer(
        workstation, exported, FILE_PASSPHRASE))
    with workstation.sessions() as s:
        entities = set(s.scalars(select(AuditEntry.entity).where(AuditEntry.id > before)))
    assert {"event", "person", "participation", "consent"} <= entities


def test_the_preview_matches_by_email_then_phone_and_only_suggests_by_name(
        exported: Path, workstation: Database) -> None:
    add_existing(workstation)
    preview = transfer.read_transfer(workstation, exported, FILE_PASSPHRASE)
    by_name = {m.person.first_name: m for m in preview.persons}
    aino, pekka, liisa = by_name["Aino"], by_name["Pekka"], by_name["Liisa"]
    assert aino.matched_by is MatchedBy.EMAIL
    assert [(d.field, d.workstation, d.event) for d in aino.differences] == [
        ("organisation", "Kasve Oy", "Kasve"), ("phone", "+358501111111", "+358401234567")]
    assert pekka.matched_by is MatchedBy.PHONE
    assert [(d.field, d.event) for d in pekka.fills] == [("organisation", "Puu Oy")]
    assert [d.field for d in pekka.differences] == ["language"]
    assert liisa.person_id is None and liisa.suggestion_name == "Liisa Laine"
    assert preview.new_events == ("Johtajuusvalmennus", "Asiakasilta")
    summary = transfer.summarise(preview)
    assert (summary.new_persons, summary.matched_persons, summary.participations,
            summary.consents, summary.unchanged) == (1, 2, 3, 1, 0)
    assert count(workstation, Event) == 0


def _person(db: Database, first_name: str) -> list[tuple[object, ...]]:
    with db.sessions() as s:
        return [(p.organisation, p.language, tuple(e.address for e in p.emails),
                 tuple(n.number for n in p.phones), len(p.participations), len(p.consents))
                for p in s.scalars(select(Person).where(Person.first_name == first_name)
                                   .order_by(Person.id))]


def test_keep_keeps_the_workstations_values_and_fills_the_empty_ones(
        exported: Path, workstation: Database) -> None:
    add_existing(workstation)
    preview = transfer.read_transfer(workstation, exported, FILE_PASSPHRASE)
    summary = transfer.apply_transfer(workstation, preview, Policy.KEEP)
    assert (summary.new_persons, summary.matched_persons) == (1, 2)
    assert _person(workstation, "Aino") == [
        ("Kasve Oy", "fi", (PLANTED_EMAIL.upper(),), ("+358501111111",), 1, 1)]
    assert _person(workstation, "Pekka") == [("Puu Oy", "fi", (), ("040 765 4321",), 1, 0)]
    assert count(workstation, Person) == 4  # Liisa suggested only: a new person


def test_take_takes_the_events_values(exported: Path, workstation: Database) -> None:
    add_existing(workstation)
    preview = transfer.read_transfer(workstation, exported, FILE_PASSPHRASE)
    transfer.apply_transfer(workstation, preview, Policy.TAKE)
    assert _person(workstation, "Aino") == [
        ("Kasve", "fi", (PLANTED_EMAIL.upper(),), ("+358401234567", "+358501111111"), 1, 1)]
    assert _person(workstation, "Pekka") == [("Puu Oy", "sv", (), ("040 765 4321",), 1, 0)]
    again = transfer.apply_transfer(workstation, transfer.read_transfer(
        workstation, exported, FILE_PASSPHRASE), Policy.TAKE)
    assert (again.new_persons, again.matched_persons, again.unchanged) == (0, 0, 7)


def test_both_keeps_both_persons(exported: Path, workstation: Database) -> None:
    add_existing(workstation)
    preview = transfer.read_transfer(workstation, exported, FILE_PASSPHRASE)
    summary = transfer.apply_transfer(workstation, preview, Policy.BOTH)
    assert (summary.new_persons, summary.matched_persons) == (3, 0)
    assert _person(workstation, "Aino") == [
        ("Kasve Oy", "fi", (PLANTED_EMAIL.upper(),), ("+358501111111",), 0, 0),
        ("Kasve", "fi", (PLANTED_EMAIL,), ("+358401234567",), 1, 1)]
    assert count(workstation, Person) == 6
    again = transfer.apply_transfer(workstation, transfer.read_transfer(
        workstation, exported, FILE_PASSPHRASE), Policy.BOTH)
    assert (again.new_persons, again.matched_persons, again.unchanged) == (0, 0, 7)
    assert count(workstation, Person) == 6


def test_the_policy_is_chosen_per_person(exported: Path, workstation: Database) -> None:
    add_existing(workstation)
    preview = transfer.read_transfer(workstation, exported, FILE_PASSPHRASE)
    aino = next(m for m in preview.persons if m.person.first_name == "Aino")
    transfer.apply_transfer(workstation, preview, Policy.KEEP, {aino.person.uid: Policy.TAKE})
    assert _person(workstation, "Aino")[0][0] == "Kasve"
    assert _person(workstation, "Pekka")[0][1] == "fi"


def test_a_dry_run_says_what_applying_does(exported: Path, workstation: Database) -> None:
    add_existing(workstation)
    for policy in Policy:
        preview = transfer.read_transfer(workstation, exported, FILE_PASSPHRASE)
        planned = transfer.summarise(preview, policy)
        assert planned.written is False
        if policy is Policy.TAKE:
            applied = transfer.apply_transfer(workstation, preview, policy)
            assert applied == planned.__class__(**{**vars(planned), "written": True})


def test_a_sign_up_already_at_the_workstation_is_not_doubled(
        tmp_path: Path, exported: Path, workstation: Database) -> None:
    """The same person signed up for the same event in both databases (other uids)."""
    content = transfer.load_transfer(exported, FILE_PASSPHRASE)
    training = content.events[0]
    with transaction(workstation) as s:
        event = Event(uid=training.uid, name=training.name, starts_on=training.starts_on)
        pekka = Person(first_name="Pekka", phones=[PersonPhone(number="+358407654321")])
        s.add_all([event, pekka,
                   Participation(event=event, person=pekka,
                                 signed_up_at=dt.datetime(2026, 10, 1, 9))])
    summary = transfer.apply_transfer(workstation, transfer.preview_transfer(workstation,
                                                                             content))
    assert (summary.participations, summary.new_events) == (2, 1)
    assert count(workstation, Participation) == 3


@pytest.mark.parametrize("damage", ["wrong passphrase", "flipped bytes", "flipped header",
                                    "truncated", "foreign database", "not a database"])
def test_an_unreadable_file_changes_nothing(tmp_path: Path, exported: Path,
                                            workstation: Database, damage: str) -> None:
    add_existing(workstation)
    passphrase = FILE_PASSPHRASE
    data = bytearray(exported.read_bytes())
    if damage == "wrong passphrase":
        passphrase = "väärä tunnuslause"
    elif damage.startswith("flipped"):
        start = 40 if damage == "flipped header" else len(data) // 2
        for i in range(start, start + 16):
            data[i] ^= 0xFF
    elif damage == "truncated":
        data = data[: len(data) - 1000]
    elif damage == "foreign database":  # a Kasve database, with the passphrase given
        data, passphrase = bytearray((tmp_path / "laptop.db").read_bytes()), PASSPHRASE
    else:
        data = bytearray(b"name,email\nAino,aino@example.fi\n")
    exported.write_bytes(bytes(data))
    before = digest(workstation.path)
    with pytest.raises(TransferUnreadable) as raised:
        transfer.read_transfer(workstation, exported, passphrase)
    assert raised.value.message.startswith("The transfer file could not be opened")
    assert digest(workstation.path) == before
    assert count(workstation, Person) == 3


def test_the_file_holds_no_plaintext(exported: Path) -> None:
    raw = exported.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for planted in (PLANTED_NAME, PLANTED_EMAIL, "Johtajuusvalmennus", WORDING, "tapahtumat",
                    "+358401234567", "kasve-desktop-transfer"):
        assert planted.encode() not in raw
        assert planted.encode("utf-16-le") not in raw
    assert not list(exported.parent.glob("*.partial"))


def test_the_export_passphrase_has_at_least_ten_characters(tmp_path: Path,
                                                           laptop: list[int]) -> None:
    db = open_database(tmp_path / "laptop.db", PASSPHRASE, clock=fixed_clock())
    try:
        with pytest.raises(PassphraseError):
            transfer.export_events(db, laptop, tmp_path / "lyhyt.kasve", "lyhyt")
        with pytest.raises(UnknownEvent):
            transfer.export_events(db, [*laptop, 999], tmp_path / "puuttuu.kasve",
                                   FILE_PASSPHRASE)
    finally:
        db.close()
    assert not (tmp_path / "lyhyt.kasve").exists()
    assert not (tmp_path / "puuttuu.kasve").exists()


def test_an_accepted_suggestion_is_the_match(exported: Path, workstation: Database) -> None:
    """Liisa Laine of Laine Ky, only suggested by name, taken as the same person."""
    add_existing(workstation)
    preview = transfer.read_transfer(workstation, exported, FILE_PASSPHRASE)
    liisa = next(m for m in preview.persons if m.person.first_name == "Liisa")
    assert liisa.suggestion_id is not None and liisa.suggestion_differences == ()
    planned = transfer.summarise(preview, accepted=[liisa.person.uid])
    assert (planned.new_persons, planned.matched_persons, planned.participations) == (0, 3, 3)
    assert transfer.summarise(preview).new_persons == 1  # the default is unchanged
    summary = transfer.apply_transfer(workstation, preview, accepted={liisa.person.uid})
    assert summary == planned.__class__(**{**vars(planned), "written": True})
    assert count(workstation, Person) == 3
    with workstation.sessions() as s:
        evening = s.scalars(select(Participation).join(Event).where(
            Event.name == "Asiakasilta")).one()
        assert (evening.person_id, evening.note) == (liisa.suggestion_id, "kasvis")
    again = transfer.read_transfer(workstation, exported, FILE_PASSPHRASE)
    liisa_again = next(m for m in again.persons if m.person.first_name == "Liisa")
    assert (liisa_again.person_id, liisa_again.matched_by) == (liisa.suggestion_id,
                                                               MatchedBy.RECORD)
    before = snapshot(workstation)
    second = transfer.apply_transfer(workstation, again)
    assert (second.new_persons, second.matched_persons, second.participations,
            second.consents, second.unchanged, second.written) == (0, 0, 0, 0, 7, False)
    # their records are at the workstation already: "keep both" adds no empty duplicate
    assert transfer.summarise(again, Policy.BOTH, {}).new_persons == 0
    assert snapshot(workstation) == before


def test_an_accepted_suggestion_follows_the_policy_for_its_differences(
        exported: Path, workstation: Database) -> None:
    add_existing(workstation)
    with transaction(workstation) as s:
        liisa = s.scalars(select(Person).where(Person.first_name == "Liisa")).one()
        liisa.language = "sv"
    preview = transfer.read_transfer(workstation, exported, FILE_PASSPHRASE)
    match = next(m for m in preview.persons if m.person.first_name == "Liisa")
    assert [(d.field, d.workstation, d.event) for d in match.suggestion_differences] == [
        ("language", "sv", "fi")]
    transfer.apply_transfer(workstation, preview, Policy.KEEP,
                            {match.person.uid: Policy.TAKE}, accepted=[match.person.uid])
    assert _person(workstation, "Liisa") == [("Laine Ky", "fi", (), (), 1, 0)]


def test_accepting_a_person_without_a_suggestion_changes_nothing(
        exported: Path, workstation: Database) -> None:
    preview = transfer.read_transfer(workstation, exported, FILE_PASSPHRASE)
    uids = [m.person.uid for m in preview.persons]
    assert transfer.summarise(preview, accepted=uids) == transfer.summarise(preview)
