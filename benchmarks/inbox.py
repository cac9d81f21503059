"""The request inbox at 10,000 requests: opening it, filtering, searching, choosing one.

The reference is an encrypted database of 100 synthetic requests (every type,
channel and state, received over the last thirteen months, some extended or
paused) written with one bulk insert. Times on the real ``InboxArea`` (offscreen):

- opening: from giving the area the database to its first batch of rows painted;
- a filter: from choosing "Overdue" to the first batch painted;
- a search: from the search text being run to the first batch painted;
- choosing a request: from choosing a row to its pane filled.

The large side is the synthetic data set (``benchmarks.dataset``: 10,000 requests at
full scale, beside its people and register entries). The same is measured on a
database of 100 requests as the reference, so that the ratio shows how the inbox
scales; the target is ≤ 1.5× (flat).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from benchmarks.dataset import CLOCK, Built
from benchmarks.figures import Figure, figure
from kasve_desktop.clock import FixedClock
from kasve_desktop.domain.deadlines import extended
from kasve_desktop.domain.vocabulary import Channel, RequestStatus, RequestType
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.services.database import create_database
from kasve_desktop.services.listing import Scope
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import Request

PASSPHRASE = "benchmark passphrase"
TODAY = dt.date(2026, 11, 24)
FIRSTS = ("Maija", "Matti", "Aino", "Juha", "Liisa", "Pekka", "Eeva", "Ville", "Äila", "Örjan")
LASTS = ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Öhman",
         "Lindberg", "Heikkinen", "Koskinen")
WEIGHTED_STATUSES = [RequestStatus.CLOSED] * 14 + [
    RequestStatus.RECEIVED, RequestStatus.IDENTITY_CHECK, RequestStatus.IN_PROGRESS,
    RequestStatus.RESPONSE_READY, RequestStatus.SENT, RequestStatus.REFUSED,
    RequestStatus.WITHDRAWN]


def _row(n: int, rng: random.Random) -> dict[str, object]:
    received = TODAY - dt.timedelta(days=rng.randint(0, 400))
    status = rng.choice(WEIGHTED_STATUSES)
    first, last = rng.choice(FIRSTS), rng.choice(LASTS)
    is_extended = rng.random() < 0.1
    paused = received + dt.timedelta(days=2) if rng.random() < 0.1 else None
    return dict(
        reference=f"{received.year}-{n:05d}", type=rng.choice(list(RequestType)).value,
        channel=rng.choice(list(Channel)).value, received_on=received, language="fi",
        status=status.value, requester_name=f"{first} {last}",
        requester_email=f"{first.lower()}.{last.lower()}{n}@example.fi",
        requester_phone=f"+35840{rng.randrange(10**7):07d}",
        description=f"Pyyntö {n}: haluan tietää, mitä tietoja minusta on.",
        extended_due_on=extended(received).due if is_extended else None,
        paused_on=paused,
        resumed_on=paused + dt.timedelta(days=5) if paused and rng.random() < 0.5 else None)


def populate(path: Path, count: int) -> Database:
    """An encrypted database with ``count`` requests, inserted in one statement."""
    db = create_database(path, PASSPHRASE, FixedClock.on(TODAY))
    rng = random.Random(20261124)
    with db.sessions.begin() as session:
        session.execute(insert(Request), [_row(n, rng) for n in range(1, count + 1)])
    return db


def _until(condition: Callable[[], bool], limit: float = 30.0) -> None:
    end = time.perf_counter() + limit
    while not condition():
        QApplication.processEvents()
        if time.perf_counter() > end:
            raise RuntimeError("the inbox did not show its rows")


def _first_batch(area: InboxArea, action: Callable[[], None]) -> float:
    """Seconds from ``action`` to the first batch of rows fetched and painted."""
    start = time.perf_counter()
    action()
    _until(lambda: area.model.rowCount() > 0 or area.model.total == 0)
    area.table.viewport().repaint()
    return time.perf_counter() - start


def _choose(area: InboxArea) -> float:
    start = time.perf_counter()
    area.table.setCurrentIndex(area.proxy.index(0, 0))
    _until(lambda: area.pane is not None and area.pane.detail is not None)
    area.repaint()
    return time.perf_counter() - start


def _round(db: Database) -> dict[str, float]:
    area = InboxArea(lambda: TODAY)
    area.resize(1280, 780)
    area.show()
    QApplication.processEvents()
    bar = area.bar
    assert bar is not None
    times = {"open": _first_batch(area, lambda: area.set_database(db)),
             "choose": _choose(area)}
    overdue = bar.ui.scope.findData(Scope.OVERDUE.value)
    times["filter"] = _first_batch(area, lambda: bar.ui.scope.setCurrentIndex(overdue))
    bar.ui.scope.setCurrentIndex(bar.ui.scope.findData(Scope.ALL.value))
    bar.ui.search.setText("hämäläinen")  # a name in both data sets
    times["search"] = _first_batch(area, bar.run_search)
    area.set_database(None)
    area.close()
    area.deleteLater()
    QApplication.processEvents()
    return times


STEPS = {"open": ("Inbox opens, {n} requests (first rows painted)", True),
         "filter": ("Inbox filter “Overdue”, {n} requests", True),
         "search": ("Inbox search, {n} requests", True),
         "choose": ("Inbox request chosen, pane filled, {n} requests", False)}


def timings(dataset: Built, repeat: int, baseline: int = 100
            ) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """Per round, each step's seconds on the data set and on ``baseline`` requests."""
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        small = populate(Path(folder) / "small.db", baseline)
        large = open_database(dataset.path, PASSPHRASE, clock=CLOCK)
        try:
            _round(small)  # warm up: imports, fonts, holiday tables
            _round(large)
            ours, theirs = [], []
            for _ in range(repeat):
                ours.append(_round(large))
                theirs.append(_round(small))
            return ours, theirs
        finally:
            large.close()
            small.close()


def measure(dataset: Built, repeat: int) -> list[Figure]:
    ours, theirs = timings(dataset, repeat)
    n = f"{dataset.counts.requests:,}"
    return [figure(name.format(n=n), [r[key] for r in ours], "the same with 100 requests",
                   [r[key] for r in theirs], "≤ 1.5× (flat)" if flat else "—",
                   (lambda v, ratio: ratio is not None and ratio <= 1.5) if flat else None)
            for key, (name, flat) in STEPS.items()]


def growth(dataset: Built) -> float:
    """Seconds to open the inbox on the data set (the median of three warm rounds), for
    the growth table."""
    QApplication.instance() or QApplication([])
    db = open_database(dataset.path, PASSPHRASE, clock=CLOCK)
    try:
        _round(db)
        return statistics.median(_round(db)["open"] for _ in range(3))
    finally:
        db.close()
