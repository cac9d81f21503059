"""A verified backup of the data set against a plain file copy and the two checks.

``services.safety.backups.backup`` writes an encrypted copy and verifies it; the
reference does the least a careful copy must: copy the file, then run SQLite's and
SQLCipher's integrity checks on the copy.
"""

from __future__ import annotations

import shutil
import time

from benchmarks.dataset import CLOCK, PASSPHRASE, Built
from benchmarks.figures import Figure, figure
from kasve_desktop.services.safety.backups import backup
from kasve_desktop.store.connection import connect
from kasve_desktop.store.engine import open_database


def _plain_copy(dataset: Built) -> float:
    target = dataset.path.with_name("copy.db")
    start = time.perf_counter()
    shutil.copyfile(dataset.path, target)
    connection = connect(target, PASSPHRASE)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert connection.execute("PRAGMA cipher_integrity_check").fetchall() == []
    connection.close()
    elapsed = time.perf_counter() - start
    target.unlink()
    return elapsed


def _backup(dataset: Built) -> float:
    db = open_database(dataset.path, PASSPHRASE, clock=CLOCK)
    target = dataset.path.with_name("backup.kasvebak")
    try:
        start = time.perf_counter()
        backup(db, target)
        elapsed = time.perf_counter() - start
    finally:
        db.close()
    target.unlink()
    return elapsed


def measure(dataset: Built, repeat: int) -> list[Figure]:
    ours, theirs = [], []
    for _ in range(repeat):
        ours.append(_backup(dataset))
        theirs.append(_plain_copy(dataset))
    size = dataset.path.stat().st_size / 1e6
    return [figure(f"Backup, verified, {dataset.counts.entries:,} entries ({size:.0f} MB)",
                   ours, "file copy + integrity_check + cipher_integrity_check", theirs,
                   "≤ 3×", lambda v, ratio: ratio is not None and ratio <= 3)]
