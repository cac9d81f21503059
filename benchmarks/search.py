"""Person search on the synthetic data set: encrypted against an unencrypted copy.

The data set (``benchmarks.dataset``) is copied to an unencrypted SQLite file with
``sqlcipher_export``; for each of 200 queries (names, places, e-mails, phone numbers
and organisations recombined from the demo's made-up people) the search box's work
is timed — count the matches and fetch the first page — on both. Each round gives a
median and a 99th percentile over the 200 queries.
"""

from __future__ import annotations

import random
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from benchmarks.dataset import CLOCK, PASSPHRASE, Built
from benchmarks.figures import Figure, figure, percentile
from kasve_desktop.demo.build import load_people
from kasve_desktop.services.people import search
from kasve_desktop.store.connection import connect
from kasve_desktop.store.engine import open_database
from kasve_desktop.store.queries import Order, Page

FIRST_PAGE = Page(Order("name", False), 0, 200)
QUERY_COUNT = 200
REFERENCE = "same FTS query, unencrypted copy"


@dataclass(frozen=True)
class Plain:
    """Just enough of a Database for the search service: a session factory."""

    sessions: sessionmaker  # type: ignore[type-arg]


def queries(count: int = QUERY_COUNT) -> list[str]:
    """``count`` search texts as a user types them (prefixes, whole words, numbers)."""
    demo = load_people()
    words = sorted({w for p in demo for w in (p.first_name, p.last_name, p.locality) if w})
    rng = random.Random(200)
    found = []
    for n in range(count):
        kind = n % 5
        word = rng.choice(words)
        if kind == 0:
            found.append(word.lower()[: max(3, len(word) // 2)])
        elif kind == 1:
            found.append(word)
        elif kind == 2:
            found.append(f"{rng.choice(words)} {word}".lower())
        elif kind == 3:
            found.append(f"040 {rng.randrange(100, 1000)}")
        else:
            found.append(f"henkilo{rng.randrange(1, 1000)}")
    return found


def plain_copy(path: Path) -> Path:
    target = path.with_name(path.stem + "-plain.sqlite")
    if target.exists():
        return target
    connection = connect(path, PASSPHRASE)
    connection.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    connection.execute("SELECT sqlcipher_export('plain')")
    connection.execute("DETACH DATABASE plain")
    connection.close()
    return target


def _round(db: object, texts: list[str]) -> list[float]:
    times = []
    for text in texts:
        start = time.perf_counter()
        search.search_count(db, text)  # type: ignore[arg-type]
        search.search_page(db, text, FIRST_PAGE)  # type: ignore[arg-type]
        times.append(time.perf_counter() - start)
    return times


def timings(dataset: Built, repeat: int) -> tuple[list[list[float]], list[list[float]]]:
    """Per round, the 200 query times on the encrypted data set and on its plain copy."""
    texts = queries()
    plain = plain_copy(dataset.path)
    db = open_database(dataset.path, PASSPHRASE, clock=CLOCK)
    engine = create_engine(f"sqlite:///{plain}")
    unencrypted = Plain(sessionmaker(engine))
    try:
        _round(db, texts[:20])  # warm up both: the first pages from disk
        _round(unencrypted, texts[:20])
        ours, theirs = [], []
        for _ in range(repeat):  # taking turns, so that a busy moment hits both
            ours.append(_round(db, texts))
            theirs.append(_round(unencrypted, texts))
    finally:
        db.close()
        engine.dispose()
    return ours, theirs


def measure(dataset: Built, repeat: int) -> list[Figure]:
    ours, theirs = timings(dataset, repeat)
    people = f"{dataset.counts.people:,} people"
    median = figure(f"Person search, {people}, median of 200 queries",
                    [statistics.median(r) for r in ours], REFERENCE,
                    [statistics.median(r) for r in theirs], "≤ 1.5×",
                    lambda v, ratio: ratio is not None and ratio <= 1.5)
    p99 = figure(f"Person search, {people}, p99 of 200 queries",
                 [percentile(r, 0.99) for r in ours], REFERENCE,
                 [percentile(r, 0.99) for r in theirs], "≤ 50 ms and ≤ 1.5×",
                 lambda v, ratio: v <= 0.050 and ratio is not None and ratio <= 1.5)
    return [median, p99]


def growth(dataset: Built) -> dict[str, float]:
    """Median and p99 of one round, for the table of how cost grows."""
    texts = queries()
    db = open_database(dataset.path, PASSPHRASE, clock=CLOCK)
    try:
        _round(db, texts[:20])
        times = _round(db, texts)
    finally:
        db.close()
    return {"median": statistics.median(times), "p99": percentile(times, 0.99)}
