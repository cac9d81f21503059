"""The SIGKILL loop: processes committing through the services, killed at random moments
(some in the middle of a commit), lose no commit they acknowledged; the file stays sound
and the lock of a killed process never blocks the next one.

The loop itself is ``tools/kill_loop.py`` (the benchmark runs it to 1,000 kills)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from kasve_desktop.store.connection import connect

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import kill_loop

KILLS = 30


@pytest.mark.slow
def test_no_acknowledged_commit_is_lost_in_thirty_kills(tmp_path: Path) -> None:
    result = kill_loop.crash_loop(tmp_path, KILLS, seed=13)
    assert result.kills == KILLS
    assert result.lost == []
    assert result.problems == []  # integrity, cipher integrity and audit chain after the loop
    assert result.checks == 1
    assert len(result.acknowledged) > KILLS  # the children did commit, several each
    assert result.rows >= len(result.acknowledged)
    # Every kill left the dead process's lock file behind, and the next process took it over.
    assert result.stale_locks == KILLS
    # Some kills fell inside a commit (its rollback journal left behind), some between two.
    assert 0 < result.journals_left < KILLS


def test_the_loop_notices_a_lost_commit(tmp_path: Path) -> None:
    """The check is not vacuous: a row that an acknowledgement names, missing, is found."""
    database = tmp_path / "kaatuu.db"
    kill_loop.create(database)
    result = kill_loop.LoopResult()
    rng = random.Random(3)
    while len(result.acknowledged) < 2:
        kill_loop.kill_one(database, result.kills, rng, result)
    kill_loop.verify(database, result)
    assert result.lost == [] and result.problems == []
    gone = min(result.acknowledged)
    conn = connect(database, kill_loop.PASSPHRASE)
    conn.execute("DELETE FROM person WHERE id = ?", (gone,))
    conn.close()
    kill_loop.verify(database, result)
    assert result.lost == [gone]
