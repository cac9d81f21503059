"""Importing an event's sign-ups from a laptop into the workstation (transfer file).

Set-up, not timed, the way the product carries an event: the workstation is the demo
database, where a new event is created in the events register with the notice version
in force and sent in a transfer file to a laptop with an empty database; there 500 new
people sign up at the stand (``services.events.signup.sign_up``: name, e-mail, every
other one ticking the consents offered: the demo's events register asks none, so the
file carries the people, their sign-ups and no consents), and the laptop exports the
event back. The import adds the 500 people (e-mails, entries in the events register)
and their sign-ups to the known event.

Timed, each round on a fresh copy of the workstation database (copied and unlocked
before the clock starts), what the user waits for in the import dialog: opening the
file (``read_transfer``: decrypt, parse, match against the database, and the summary
the dialog shows with it) and then importing it (``apply_transfer`` under the
default choices, committed). The figure is the sum of those two waits; ``rounds``
gives them apart.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from benchmarks.dataset import CLOCK, PASSPHRASE, TODAY
from benchmarks.figures import Figure, figure
from kasve_desktop.demo.build import create_demo_database, load_people
from kasve_desktop.services.database import create_database
from kasve_desktop.services.events import transfer as service
from kasve_desktop.services.events.events import (
    EventData,
    default_register_id,
    notice_in_force,
    save_event,
)
from kasve_desktop.services.events.signup import SignupEntry, sign_up, signup_setup
from kasve_desktop.store.engine import open_database
from kasve_desktop.store.models import Event

SIGNUPS = 500
FILE_PASSPHRASE = "benchmark transfer file"
EVENT_NAME = "Kasvun päivä (benchmark)"
SEED = 7215
TARGET_S = 2.0


@dataclass(frozen=True)
class Prepared:
    """The workstation database before the import and the laptop's transfer file."""

    workstation: Path
    file: Path
    event_uid: str
    signups: int


@dataclass(frozen=True)
class Round:
    """One import: the wait for the preview, the wait for the import, where it went."""

    preview: float
    apply: float
    database: Path

    @property
    def total(self) -> float:
        return self.preview + self.apply


def email(n: int) -> str:
    return f"osallistuja{n:05d}@example.fi"


def _sign_ups(laptop_path: Path, event_uid: str, signups: int) -> None:
    """``signups`` new people signing up at the laptop's stand, a second apart."""
    demo = load_people()
    firsts = sorted({p.first_name for p in demo if p.first_name})
    lasts = sorted({p.last_name for p in demo if p.last_name})
    rng = random.Random(SEED)
    laptop = open_database(laptop_path, PASSPHRASE, clock=CLOCK)
    try:
        with laptop.sessions() as session:
            event_id = session.scalars(select(Event.id).where(Event.uid == event_uid)).one()
        setup = signup_setup(laptop, event_id, "fi")
        codes = frozenset(c.code for c in setup.choices)
        start = dt.datetime.combine(TODAY, dt.time(9, 0), tzinfo=dt.UTC)
        for n in range(1, signups + 1):
            entry = SignupEntry(first_name=rng.choice(firsts), last_name=rng.choice(lasts),
                                email=email(n), consents=codes if n % 2 else frozenset())
            sign_up(laptop, setup, entry, start + dt.timedelta(seconds=n), "benchmark laptop")
    finally:
        laptop.close()


def prepare(folder: Path, signups: int = SIGNUPS) -> Prepared:
    """The workstation (demo) database and the laptop's file with ``signups`` sign-ups."""
    workstation_path = folder / "transfer-workstation.db"
    laptop_path = folder / "transfer-laptop.db"
    to_laptop = folder / "to-laptop.kasvesiirto"
    back = folder / "from-laptop.kasvesiirto"
    workstation = create_demo_database(workstation_path, CLOCK, PASSPHRASE)
    try:
        event_id = save_event(workstation, EventData(
            name=EVENT_NAME, starts_on=TODAY, place="Joensuu",
            register_id=default_register_id(workstation),
            notice_version_id=notice_in_force(workstation, TODAY)), TODAY)
        with workstation.sessions() as session:
            event_uid = session.scalars(select(Event.uid).where(Event.id == event_id)).one()
        service.export_events(workstation, [event_id], to_laptop, FILE_PASSPHRASE)
    finally:
        workstation.close()
    laptop = create_database(laptop_path, PASSPHRASE, CLOCK)
    try:
        received = service.apply_transfer(laptop, service.read_transfer(
            laptop, to_laptop, FILE_PASSPHRASE))
        assert received.new_events == 1 and received.written, received
    finally:
        laptop.close()
    _sign_ups(laptop_path, event_uid, signups)
    laptop = open_database(laptop_path, PASSPHRASE, clock=CLOCK)
    try:
        with laptop.sessions() as session:
            event_id = session.scalars(select(Event.id).where(Event.uid == event_uid)).one()
        sent = service.export_events(laptop, [event_id], back, FILE_PASSPHRASE)
        assert (sent.events, sent.persons, sent.participations) == (1, signups, signups), sent
    finally:
        laptop.close()
    return Prepared(workstation_path, back, event_uid, signups)


def one_round(prepared: Prepared, database: Path) -> Round:
    """Import the file into a fresh copy of the workstation database at ``database``."""
    shutil.copy(prepared.workstation, database)
    db = open_database(database, PASSPHRASE, clock=CLOCK)
    try:
        start = time.perf_counter()
        preview = service.read_transfer(db, prepared.file, FILE_PASSPHRASE)
        planned = service.summarise(preview)  # the dialog's summary line, shown with it
        opened = time.perf_counter()
        done = service.apply_transfer(db, preview)
        end = time.perf_counter()
    finally:
        db.close()
    expected = (prepared.signups, prepared.signups, 0, True)
    if (done.new_persons, done.participations, done.new_events, done.written) != expected:
        raise RuntimeError(f"the import did not do what was measured: {done}")
    if planned.new_persons != prepared.signups:
        raise RuntimeError(f"the preview did not plan what was measured: {planned}")
    return Round(opened - start, end - opened, database)


def rounds(folder: Path, repeat: int, signups: int = SIGNUPS) -> list[Round]:
    prepared = prepare(folder, signups)
    return [one_round(prepared, folder / f"transfer-round-{n}.db") for n in range(repeat)]


def figures(found: list[Round], signups: int = SIGNUPS) -> list[Figure]:
    """The figure of ``found`` rounds: each the sum of the preview's and the import's wait."""
    return [figure(f"Transfer import of an event with {signups:,} sign-ups (preview + import)",
                   [r.total for r in found], target=f"≤ {TARGET_S:g} s",
                   meets=lambda v, ratio: v <= TARGET_S)]


def measure(folder: Path, repeat: int, signups: int = SIGNUPS) -> list[Figure]:
    return figures(rounds(folder, repeat, signups), signups)
