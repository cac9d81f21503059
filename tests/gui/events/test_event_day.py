"""An event day, end to end and without a network: two databases play the laptop and the
workstation; ten participants sign up in the laptop's sign-up mode, the event goes to the
workstation in one transfer file, and a second import of the same file changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kasve_desktop.gui.events.signup_mode import SignupMode
from kasve_desktop.services.database import transaction
from kasve_desktop.services.events import transfer
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import (
    Consent,
    Event,
    NoticeVersion,
    Participation,
    Person,
    PersonEmail,
    PersonPhone,
    RegisterEntry,
)
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.events.conftest import type_text
from tests.offline import no_network
from tests.services.events.signup_sample import AT, EVENT_DAY, add_signup_sample

__all__ = ["no_network"]  # the fixture, used by name

FILE_PASSPHRASE = "kuljetus laukku kymmenen"


@dataclass(frozen=True)
class Participant:
    first: str
    last: str
    email: str
    organisation: str = ""
    phone: str = ""
    consents: bool = False


TEN = (
    Participant("Maija", "Mallikas", "MAIJA@example.fi", "Kasvu Oy", consents=True),
    Participant("Pekka", "Ahonen", "pekka@uusi.fi", phone="040 111 2233"),
    Participant("Sää", "Öhman", "saa@example.fi", "Pöllö Oy", consents=True),
    Participant("Åsa", "Lindström", "asa@example.se", phone="+46 70 123 45 67"),
    Participant("Jyrki", "Kärkkäinen", "jyrki@example.fi", "Väre ry", consents=True),
    Participant("Eeva", "Ylä-Mäkelä", "eeva@example.fi"),
    Participant("Tiina", "Rautio", "tiina@example.fi", "Kasvu Oy", consents=True),
    Participant("Oskari", "Häyrynen", "oskari@example.fi", phone="0501234567"),
    Participant("Anni", "Pöyhönen", "anni@example.fi", consents=True),
    Participant("Väinö", "Lähde", "vaino@example.fi", "Lähde & Co", consents=True),
)


def sign_up_all(qtbot: QtBot, laptop: Database, event_id: int) -> None:
    mode = SignupMode(laptop, event_id, lambda: AT, "Tapahtumakone 1")
    qtbot.addWidget(mode)
    mode.show()
    for p in TEN:
        for field, value in (("first_name", p.first), ("last_name", p.last),
                             ("email", p.email), ("organisation", p.organisation),
                             ("phone", p.phone)):
            type_text(mode.edit(field), value)
        if p.consents:
            next(iter(mode.choices.values())).setChecked(True)
        mode.submit()
        assert mode.ui.thanks.text() == "Kiitos!"
        mode.next_participant()
    mode.leave()


def make_workstation(path: Path) -> tuple[Database, int]:
    """The same notice version; Maija (by e-mail) and Pekka (by phone) already kept."""
    db = open_database(path, PASSPHRASE, clock=fixed_clock(), create=True)
    sample = add_signup_sample(db)
    with transaction(db) as s:
        pekka = Person(first_name="Pekka", last_name="Ahonen")
        pekka.emails = [PersonEmail(position=0, address="pekka@vanha.fi")]
        pekka.phones = [PersonPhone(position=0, number="+358401112233")]
        s.add(pekka)
        s.get(Event, sample.event).name = "Toinen tapahtuma"  # type: ignore[union-attr]
    return db, sample.maija


def test_ten_sign_ups_on_the_laptop_reach_the_workstation_whole_and_once(
        qtbot: QtBot, tmp_path: Path, no_network: None) -> None:
    laptop = open_database(tmp_path / "laptop.db", PASSPHRASE, clock=fixed_clock(),
                           create=True)
    event_id = add_signup_sample(laptop).event
    sign_up_all(qtbot, laptop, event_id)
    file = tmp_path / "tapahtuma-kasvun-paiva-2026-12-03.kasvesiirto"
    exported = transfer.export_events(laptop, [event_id], file, FILE_PASSPHRASE)
    laptop.close()
    # Maija was kept on the laptop already (found there by e-mail): ten people in the file
    assert (exported.events, exported.persons, exported.participations,
            exported.consents) == (1, 10, 10, 6)
    assert b"Mallikas" not in file.read_bytes()

    workstation, maija = make_workstation(tmp_path / "workstation.db")
    try:
        preview = transfer.read_transfer(workstation, file, FILE_PASSPHRASE)
        matched = {m.person.emails[0]: m.matched_by.value for m in preview.persons
                   if m.person_id is not None}
        assert matched == {"maija@example.fi": "email", "pekka@uusi.fi": "phone"}
        done = transfer.apply_transfer(workstation, preview)
        assert (done.new_persons, done.matched_persons, done.participations, done.consents,
                done.unchanged) == (8, 2, 10, 6, 0)
        with workstation.sessions() as s:
            event = s.scalars(select(Event).where(Event.name == "Kasvun päivä")).one()
            participants = s.scalars(select(Participation).where(
                Participation.event_id == event.id)).all()
            assert len(participants) == 10
            assert {p.person.full_name for p in participants} == {
                f"{p.first} {p.last}" for p in TEN}
            assert maija in {p.person_id for p in participants}
            entries = s.scalars(select(RegisterEntry).where(
                RegisterEntry.register_id == event.register_id)).all()
            assert len(entries) == 10
            assert {(e.source, e.last_needed_on) for e in entries} == {
                ("Ilmoittautuminen: Kasvun päivä", EVENT_DAY)}
            assert s.scalar(select(func.count()).select_from(Person)) == 10
            version = s.scalars(select(NoticeVersion)).one()
            consents = s.scalars(select(Consent)).all()
            assert len(consents) == 6
            for consent in consents:
                assert consent.event_id == event.id
                assert consent.notice_version_id == version.id
                assert consent.language == "fi"
                assert consent.wording.startswith(
                    "Annan suostumukseni siihen, että Kasve Oy käsittelee tietojani")
                assert consent.granted_at.isoformat() == "2026-12-03T09:15:00"
            assert {c.person.last_name for c in consents} == {
                p.last for p in TEN if p.consents}
        again = transfer.apply_transfer(
            workstation, transfer.read_transfer(workstation, file, FILE_PASSPHRASE))
        assert (again.new_persons, again.matched_persons, again.participations,
                again.consents, again.written) == (0, 0, 0, 0, False)
        with workstation.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Participation)) == 10
            assert s.scalar(select(func.count()).select_from(Consent)) == 6
    finally:
        workstation.close()
