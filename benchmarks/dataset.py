"""The synthetic encrypted database the benchmarks measure.

At scale 1 ("full"): 100,000 people (each with an e-mail and a phone), 1,000,000
register entries (ten registers, every person in each), 10,000 requests and 200 events
with 20,000 participations; "small" is a tenth of each. Names, places and phone numbers
are recombined from the demo's made-up people with a seeded random generator, so that
every build at one scale is the same. Nothing here is real data.

The database is created by ``services.database.create_database`` (migrations, audit
chain, its anchor), then filled table by table with bulk inserts (the raw DBAPI's
``executemany`` and SQLAlchemy Core ``insert()``, no ORM object per row) in one
transaction. The person search index is rebuilt once at the end instead of row by row
by its triggers, which are dropped and recreated from their own stored SQL in the same
transaction. Synthetic rows get no audit entries; the database passes
``services.database.check``.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert

from kasve_desktop.clock import FixedClock
from kasve_desktop.demo.build import load_people
from kasve_desktop.domain.deadlines import extended
from kasve_desktop.domain.vocabulary import Channel, RegisterItemKind, RequestStatus, RequestType
from kasve_desktop.services.database import create_database
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Event, Register, RegisterItem, Request

PASSPHRASE = "benchmark passphrase"
TODAY = dt.date(2026, 11, 24)
CLOCK = FixedClock.on(TODAY)
SCALES = {"full": 1.0, "small": 0.1}
"""The scales the command offers; tests build at 1/1000 through ``Counts.at``."""

STAMP = "2026-01-01 00:00:00.000000"
SEED = 2457832
WEIGHTED_STATUSES = [RequestStatus.CLOSED] * 14 + [
    RequestStatus.RECEIVED, RequestStatus.IDENTITY_CHECK, RequestStatus.IN_PROGRESS,
    RequestStatus.RESPONSE_READY, RequestStatus.SENT, RequestStatus.REFUSED,
    RequestStatus.WITHDRAWN]


@dataclass(frozen=True)
class Counts:
    people: int
    registers: int
    requests: int
    events: int
    participations_per_event: int

    @classmethod
    def at(cls, scale: float) -> Counts:
        """The counts at ``scale`` (1 = 100,000 people, 1,000,000 entries…)."""
        return cls(people=max(10, round(100_000 * scale)), registers=10,
                   requests=max(10, round(10_000 * scale)), events=max(2, round(200 * scale)),
                   participations_per_event=100)

    @property
    def entries(self) -> int:
        return self.people * self.registers

    @property
    def participations(self) -> int:
        return self.events * min(self.participations_per_event, self.people)


@dataclass(frozen=True)
class Built:
    path: Path
    counts: Counts
    seconds: float


def _demo_parts() -> tuple[list[str], list[str], list[tuple[str, str]]]:
    demo = load_people()
    firsts = sorted({p.first_name for p in demo if p.first_name})
    lasts = sorted({p.last_name for p in demo if p.last_name})
    places = sorted({(p.postal_code, p.locality) for p in demo if p.locality})
    return firsts, lasts, places


def _people(counts: Counts, rng: random.Random) -> Iterator[tuple[object, ...]]:
    firsts, lasts, places = _demo_parts()
    for n in range(1, counts.people + 1):
        postal, locality = rng.choice(places)
        yield (n, f"bench-{n:07d}", rng.choice(firsts), rng.choice(lasts), postal, locality,
               locality, rng.choice(("", f"{rng.choice(lasts)} Oy")), STAMP, STAMP)


PERSON = ("INSERT INTO person (id, uid, first_name, last_name, postal_code, locality,"
          " municipality, organisation, street, address_extra, country, role, gender,"
          " customer_number, business_id, language, username, website, notes, restricted,"
          " restriction_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '',"
          " 'FI', '', '', '', '', 'fi', '', '', '', 0, '', ?, ?)")
ENTRY = ("INSERT INTO register_entry (uid, person_id, register_id, source, legal_basis,"
         " collected_on, legal_hold, details, note, created_at, updated_at) VALUES"
         " (?, ?, ?, 'Synteettinen', 'contract', ?, 0, ?, '', ?, ?)")
PARTICIPATION = ("INSERT INTO participation (uid, event_id, person_id, signed_up_at, attended,"
                 " captured_on, note, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, '', '',"
                 " ?, ?)")


def _request(n: int, person: int | None, rng: random.Random,
             names: tuple[list[str], list[str]]) -> dict[str, object]:
    received = TODAY - dt.timedelta(days=rng.randint(0, 400))
    first, last = rng.choice(names[0]), rng.choice(names[1])
    paused = received + dt.timedelta(days=2) if rng.random() < 0.1 else None
    return dict(
        uid=f"bench-request-{n:06d}", reference=f"{received.year}-{n:05d}",
        type=rng.choice(list(RequestType)).value, channel=rng.choice(list(Channel)).value,
        received_on=received, language="fi", status=rng.choice(WEIGHTED_STATUSES).value,
        requester_name=f"{first} {last}", person_id=person,
        requester_email=f"{first.lower()}.{last.lower()}{n}@example.fi",
        requester_phone=f"+35840{rng.randrange(10**7):07d}",
        description=f"Pyyntö {n}: haluan tietää, mitä tietoja minusta on.",
        extended_due_on=extended(received).due if rng.random() < 0.1 else None,
        paused_on=paused,
        resumed_on=paused + dt.timedelta(days=5) if paused and rng.random() < 0.5 else None)


def fill(db: Database, counts: Counts) -> None:
    """Bulk-insert the synthetic rows into ``db`` (new and empty) in one transaction."""
    rng = random.Random(SEED)
    firsts, lasts, _places = _demo_parts()
    with db.engine.begin() as connection:
        sql = connection.exec_driver_sql
        sql("PRAGMA cache_size = -200000")
        triggers = [row[0] for row in sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'person_fts_%'"
            " ORDER BY name")]
        names = [row[0] for row in sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'person_fts_%'"
            " ORDER BY name")]
        for name in names:
            sql(f"DROP TRIGGER {name}")
        sql(PERSON, list(_people(counts, rng)))
        sql("INSERT INTO person_email (person_id, position, address) VALUES (?, 0, ?)",
            [(n, f"henkilo{n}@example.fi") for n in range(1, counts.people + 1)])
        sql("INSERT INTO person_phone (person_id, position, number) VALUES (?, 0, ?)",
            [(n, f"+35840{rng.randrange(10**7):07d}") for n in range(1, counts.people + 1)])
        sql("INSERT INTO controller (name, business_id, street, postal_code, locality, country,"
            " email, phone, website, shares_customer_contacts, created_at, updated_at) VALUES"
            " ('Kasve Oy', '', '', '', '', 'FI', '', '', '', 0, ?, ?)", (STAMP, STAMP))
        connection.execute(insert(Register), [
            dict(key=f"rekisteri{r}", controller_id=1, position=r,
                 name={"fi": f"Rekisteri {r}"}, retention_months=24)
            for r in range(1, counts.registers + 1)])
        connection.execute(insert(RegisterItem), [
            dict(register_id=r, kind=kind.value, position=0, text={"fi": text},
                 legal_basis="contract" if kind is RegisterItemKind.PURPOSE else None)
            for r in range(1, counts.registers + 1) for kind, text in (
                (RegisterItemKind.PURPOSE, "Asiakassuhteen hoitaminen"),
                (RegisterItemKind.DATA_CATEGORY, "Yhteystiedot"),
                (RegisterItemKind.SOURCE, "Henkilö itse"))])
        for register in range(1, counts.registers + 1):
            collected = (TODAY - dt.timedelta(days=30 * register)).isoformat()
            details = f'{{"asiakasnumero": "{register}", "luokka": "synteettinen"}}'
            sql(ENTRY, [(f"bench-entry-{register}-{n:07d}", n, register, collected, details,
                         STAMP, STAMP) for n in range(1, counts.people + 1)])
        connection.execute(insert(Request), [
            _request(n, n if n % 3 == 0 and n <= counts.people else None, rng, (firsts, lasts))
            for n in range(1, counts.requests + 1)])
        connection.execute(insert(Event), [
            dict(uid=f"bench-event-{e:04d}", name=f"Koulutus {e}",
                 starts_on=TODAY - dt.timedelta(days=e), location="Kuopio", register_id=1)
            for e in range(1, counts.events + 1)])
        per_event = min(counts.participations_per_event, counts.people)
        sql(PARTICIPATION, [
            (f"bench-part-{e:04d}-{k:03d}", e, (e * 997 + k) % counts.people + 1,
             STAMP, STAMP, STAMP)
            for e in range(1, counts.events + 1) for k in range(per_event)])
        sql(_fts_rows())
        for trigger in triggers:
            sql(trigger)


def _fts_rows() -> str:
    import importlib

    search_migration = importlib.import_module(
        "kasve_desktop.store.migrations.versions.0002_person_search")
    return str(search_migration.INSERT_ROWS)


def build(path: Path, counts: Counts) -> Built:
    """Create and fill the database at ``path``; the seconds it took."""
    start = time.perf_counter()
    db = create_database(path, PASSPHRASE, CLOCK)
    try:
        fill(db, counts)
    finally:
        db.close()
    return Built(path, counts, time.perf_counter() - start)


def build_in_child(path: Path, scale: float) -> Built:
    """``build`` in a child process with SQLCipher's memory security off.

    Memory security is process-wide and, once on, stays on; it makes bulk writing many
    times slower (see memory_security.py), so the data set is written by a process of
    its own and the measurements run in this one with the application's setting."""
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "KASVE_CIPHER_MEMORY_SECURITY": "off"}
    done = subprocess.run([sys.executable, "-m", "benchmarks.dataset", "--scale", str(scale),
                           "--out", str(path)], env=env, check=True, capture_output=True,
                          text=True, cwd=Path(__file__).resolve().parent.parent)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return Built(path, Counts.at(scale), float(found["seconds"]))


def main() -> None:
    import argparse
    import json

    parser = argparse.ArgumentParser(description="Build the synthetic benchmark database.")
    parser.add_argument("--scale", type=float, required=True, help="1 = full, 0.1 = small")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    built = build(args.out, Counts.at(args.scale))
    print(json.dumps({"seconds": built.seconds}))


if __name__ == "__main__":
    main()
