"""Search latency at 100,000 people and 500,000 register entries, encrypted vs plain.

Builds an encrypted database of synthetic people (names, places and phone
numbers recombined from the demo's made-up people), copies it to an
unencrypted SQLite file with ``sqlcipher_export``, and times what the search
box does for each query — count the matches and fetch the first page — on
both. Reported: median and 99th percentile over all queries and rounds.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from kasve_desktop.clock import FixedClock
from kasve_desktop.demo.build import load_people
from kasve_desktop.services.database import create_database
from kasve_desktop.services.people import search
from kasve_desktop.store.connection import connect
from kasve_desktop.store.queries import Order, Page

PASSPHRASE = "benchmark passphrase"
CLOCK = FixedClock.on(dt.date(2026, 11, 24))
PEOPLE = 100_000
ENTRIES_PER_PERSON = 5
QUERIES = ("meik", "virtanen", "kuopio", "040 765", "aanekoski", "maija.v", "korhonen oy",
           "+358 45", "70100", "jarvi", "helsinki", "lindberg")
FIRST_PAGE = Page(Order("name", False), 0, 200)


@dataclass(frozen=True)
class Plain:
    """Just enough of a Database for the search service: a session factory."""

    sessions: sessionmaker  # type: ignore[type-arg]


def _people_rows(rng: random.Random) -> list[tuple[object, ...]]:
    demo = load_people()
    firsts = sorted({p.first_name for p in demo})
    lasts = sorted({p.last_name for p in demo})
    places = sorted({(p.postal_code, p.locality) for p in demo})
    rows = []
    for n in range(1, PEOPLE + 1):
        postal, locality = rng.choice(places)
        rows.append((n, f"bench-{n}", rng.choice(firsts), rng.choice(lasts), postal, locality,
                     locality, rng.choice(("", f"{rng.choice(lasts)} Oy"))))
    return rows


def populate(path: Path) -> None:
    """100,000 people with an e-mail, a phone and five register entries each."""
    create_database(path, PASSPHRASE, CLOCK).close()
    rng = random.Random(2457832)
    connection = connect(path, PASSPHRASE)
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO person (id, uid, first_name, last_name, postal_code, locality, municipality,"
        " organisation, street, address_extra, country, role, gender, customer_number,"
        " business_id, language, username, website, notes, restricted, restriction_reason,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', 'FI', '', '', '', '',"
        " 'fi', '', '', '', 0, '', '2026-01-01', '2026-01-01')", _people_rows(rng))
    connection.executemany(
        "INSERT INTO person_email (person_id, position, address) VALUES (?, 0, ?)",
        [(n, f"henkilo{n}@example.fi") for n in range(1, PEOPLE + 1)])
    connection.executemany(
        "INSERT INTO person_phone (person_id, position, number) VALUES (?, 0, ?)",
        [(n, f"+35840{rng.randrange(10**7):07d}") for n in range(1, PEOPLE + 1)])
    _entries(connection)
    connection.execute("COMMIT")
    connection.close()


def _entries(connection: sqlcipher3.Connection) -> None:
    connection.execute("INSERT INTO controller (name, business_id, street, postal_code,"
                       " locality, country, email, phone, website, shares_customer_contacts,"
                       " created_at, updated_at) VALUES ('Kasve Oy', '', '', '', '', 'FI', '',"
                       " '', '', 0, '2026-01-01', '2026-01-01')")
    for position in range(ENTRIES_PER_PERSON):
        connection.execute(
            "INSERT INTO register (key, controller_id, position, name, description,"
            " purposes_text, data_content_text, sources_text, disclosures_text,"
            " transfers_text, security_manual, security_electronic, security_text,"
            " retention_text, retention_anchor, legal_hold_text, rights_text,"
            " automated_decisions, automated_text, changes_text, created_at, updated_at)"
            " VALUES (?, 1, ?, '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}',"
            " 'last-needed', '{}', '{}', 0, '{}', '{}', '2026-01-01', '2026-01-01')",
            (f"r{position}", position))
        connection.executemany(
            "INSERT INTO register_entry (uid, person_id, register_id, source, legal_basis,"
            " legal_hold, details, note, created_at, updated_at) VALUES"
            " (?, ?, ?, '', 'contract', 0, '{}', '', '2026-01-01', '2026-01-01')",
            [(f"e{position}-{n}", n, position + 1) for n in range(1, PEOPLE + 1)])


def plain_copy(path: Path) -> Path:
    target = path.with_name("plain.sqlite")
    connection = connect(path, PASSPHRASE)
    connection.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute("DETACH DATABASE plain")
    connection.close()
    return target


def _timings(db: object, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        for text in QUERIES:
            start = time.perf_counter()
            search.search_count(db, text)  # type: ignore[arg-type]
            search.search_page(db, text, FIRST_PAGE)  # type: ignore[arg-type]
            times.append(time.perf_counter() - start)
    return times


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(rounds: int) -> tuple[dict[str, float], dict[str, float]]:
    """Median and p99 (seconds) for the encrypted database and its plain copy."""
    from kasve_desktop.store.engine import open_database

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        populate(path)
        plain = plain_copy(path)
        db = open_database(path, PASSPHRASE, clock=CLOCK)
        try:
            encrypted = _timings(db, rounds)
        finally:
            db.close()
        engine = create_engine(f"sqlite:///{plain}")
        unencrypted = _timings(Plain(sessionmaker(engine)), rounds)
        engine.dispose()
    summary = {name: {"median": statistics.median(t), "p99": percentile(t, 0.99)}
               for name, t in (("encrypted", encrypted), ("plain", unencrypted))}
    return summary["encrypted"], summary["plain"]
