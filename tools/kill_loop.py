"""The SIGKILL loop: a process killed at any moment loses no commit it acknowledged.

A child process opens a real encrypted database through the application's own
services and creates people one at a time (``services.people.create_person``:
the ORM, the audit hook, a committed transaction each). After each commit it
prints an acknowledgement ``ack <run> <n> <person id>``, flushed. The parent
reads the acknowledgements and kills the child with SIGKILL at a seeded random
moment: after a random number of acknowledgements and a random delay of up to
one and a half commits, so that some kills fall in the middle of a commit (the
rollback journal is left behind) and some between two. The next child then
opens the same file: the dead process's lock file must be taken over and its
half-written transaction rolled back. At the end the database is opened and
checked (``services.database.check``: SQLite's and SQLCipher's integrity checks
and the audit chain) and every acknowledged person must be there, as written.

The test suite runs a short loop (``tests/store/test_crash_loop.py``); the
benchmark runs a long one (``benchmarks/crash_loop.py``). By hand::

    python tools/kill_loop.py --kills 100 [--seed 13] [--folder DIR]

POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PASSPHRASE = "kaatuva prosessi ei hukkaa mitään"
DAY = dt.date(2026, 11, 24)
FIRST_NAME = "Kaatuja"
MAX_ACKS = 8
"""At most this many acknowledgements before a kill (a random number from 0)."""
CHILD_LIMIT = 10_000
"""A child that is never killed stops by itself after this many commits."""
TIMEOUT = 60.0
"""Seconds a child may take to open the database or to acknowledge the next commit."""

CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
import kill_loop
kill_loop.child(sys.argv[2], int(sys.argv[3]))
"""


def last_name(run: int, n: int) -> str:
    """The last name of the ``n``-th person created by child ``run``: unique in the loop."""
    return f"K{run}-{n}"


def child(database: str, run: int) -> None:
    """Open ``database`` and create people until killed, acknowledging each commit."""
    from kasve_desktop.clock import FixedClock
    from kasve_desktop.services.database import unlock
    from kasve_desktop.services.people.persons import PersonData, create_person

    clock = FixedClock.on(DAY)
    db = unlock(Path(database), os.environ["KASVE_PASSPHRASE"], clock)
    print(f"open {os.getpid()}", flush=True)
    for n in range(CHILD_LIMIT):
        person = create_person(db, PersonData(first_name=FIRST_NAME,
                                              last_name=last_name(run, n)), clock.today())
        print(f"ack {run} {n} {person.id}", flush=True)
    db.close()


class ChildFailed(RuntimeError):
    """A child ended or fell silent before it was killed: it could not open the file."""


class Lines:
    """The lines a child writes, read with a deadline (a hung child fails, never hangs us)."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        self.process = process
        self.fd = process.stdout.fileno()
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.fd, selectors.EVENT_READ)
        self.buffer = b""
        self.ended = False

    def next(self, timeout: float = TIMEOUT) -> str | None:
        """The next whole line, or None once the child has closed its output."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            if self.ended:
                return None
            left = deadline - time.monotonic()
            if left <= 0 or not self.selector.select(left):
                raise ChildFailed(f"child {self.process.pid} was silent for {timeout} s")
            chunk = os.read(self.fd, 65536)
            self.ended = not chunk
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()

    def rest(self) -> list[str]:
        """Every line left once the child is dead (its last, unfinished line dropped)."""
        found = []
        while (line := self.next()) is not None:
            found.append(line)
        self.selector.close()
        return found


@dataclass
class LoopResult:
    """What a loop did and found."""

    kills: int = 0
    acknowledged: dict[int, str] = field(default_factory=dict)
    """Person id → last name, for every commit a child acknowledged."""
    rows: int = 0
    lost: list[int] = field(default_factory=list)
    """Acknowledged person ids missing from the database (or changed)."""
    journals_left: int = 0
    """Kills that fell inside a write transaction: the rollback journal was left behind."""
    stale_locks: int = 0
    """Kills that left a lock file naming the dead process, taken over by the next child."""
    checks: int = 0
    problems: list[str] = field(default_factory=list)
    """What a check of the database found wrong (integrity, audit chain)."""
    seconds: float = 0.0


def _start(database: Path, run: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KASVE_PASSPHRASE": PASSPHRASE}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(Path(__file__).parent),
                             str(database), str(run)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)


def _acks(lines: list[str], result: LoopResult) -> None:
    for line in lines:
        kind, *words = line.split()
        if kind == "ack":
            run, n, person = (int(w) for w in words)
            result.acknowledged[person] = last_name(run, n)


def _let_commit(lines: Lines, run: int, rng: random.Random) -> list[str]:
    """Read a random number of acknowledgements, then wait up to one and a half commits."""
    opened = lines.next()
    if opened is None or not opened.startswith("open "):
        raise ChildFailed(f"child {run} did not open the database (it said {opened!r})")
    seen, last, interval = [], time.monotonic(), 0.005
    for _ in range(rng.randint(0, MAX_ACKS)):
        line = lines.next()
        if line is None:
            raise ChildFailed(f"child {run} ended before it was killed")
        seen.append(line)
        now = time.monotonic()
        interval, last = now - last, now
    time.sleep(rng.uniform(0, 1.5 * interval))
    return seen


def kill_one(database: Path, run: int, rng: random.Random, result: LoopResult) -> None:
    """Start child ``run``, let it commit a random while, and kill it."""
    from kasve_desktop.store.lock import lock_path

    with _start(database, run) as process:
        lines = Lines(process)
        try:
            seen = _let_commit(lines, run, rng)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        _acks([*seen, *lines.rest()], result)
    result.kills += 1
    result.journals_left += database.with_name(database.name + "-journal").exists()
    lock = lock_path(database)
    owner = lock.read_text(encoding="utf-8") if lock.exists() else ""
    result.stale_locks += owner.startswith(f"{process.pid}@")


def verify(database: Path, result: LoopResult) -> None:
    """Open the database, check it, and note every acknowledged person it lacks."""
    from sqlalchemy import select

    from kasve_desktop.clock import FixedClock
    from kasve_desktop.services.database import check, unlock
    from kasve_desktop.store.models import Person

    db = unlock(database, PASSPHRASE, FixedClock.on(DAY))
    try:
        report = check(db)
        with db.sessions() as session:
            stored = {row.id: row.last_name for row in session.execute(
                select(Person.id, Person.last_name))}
    finally:
        db.close()
    result.checks += 1
    if not report.ok:
        result.problems.append(f"after {result.kills} kills: {report}")
    result.rows = len(stored)
    result.lost = sorted(p for p, name in result.acknowledged.items() if stored.get(p) != name)


def create(database: Path) -> None:
    from kasve_desktop.clock import FixedClock
    from kasve_desktop.services.database import create_database

    create_database(database, PASSPHRASE, FixedClock.on(DAY)).close()


def crash_loop(folder: Path, kills: int, seed: int, *, check_every: int = 0,
               progress: Callable[[LoopResult], None] | None = None) -> LoopResult:
    """Kill ``kills`` children committing to a new database in ``folder``, then verify it.

    With ``check_every``, the database is also verified after every so many kills.
    """
    database = folder / "kaatuu.db"
    create(database)
    rng = random.Random(seed)
    result = LoopResult()
    start = time.perf_counter()
    for run in range(kills):
        kill_one(database, run, rng, result)
        if check_every and result.kills % check_every == 0 and result.kills < kills:
            verify(database, result)
        if progress is not None:
            progress(result)
    verify(database, result)
    result.seconds = time.perf_counter() - start
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--check-every", type=int, default=0)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.folder or Path(temporary)
        result = crash_loop(folder, args.kills, args.seed, check_every=args.check_every)
    print(f"kills {result.kills}, acknowledged {len(result.acknowledged)}, rows {result.rows}, "
          f"lost {len(result.lost)}, mid-commit kills {result.journals_left}, stale locks "
          f"taken over {result.stale_locks}, checks {result.checks}, problems "
          f"{len(result.problems)}, {result.seconds:.1f} s")
    return 0 if not result.lost and not result.problems else 1


if __name__ == "__main__":
    sys.exit(main())
