"""The guard against PySide6 dropping references to None: a long session must not abort."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QPushButton
{protect}
app = QApplication(sys.argv[:1])
button = QPushButton()
calls = 200000  # None has a few thousand references here: without the guard this aborts
before = sys.getrefcount(None)
for _ in range(100):
    button.setEnabled(True)
print("leaked", before - sys.getrefcount(None), flush=True)
for _ in range(calls):
    button.setEnabled(True)
print("survived", calls)
"""


def run(protect: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT.format(protect=protect)],
                          capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})


def test_more_void_calls_than_references_to_none_do_not_abort() -> None:
    from kasve_desktop.gui.common.qt_workaround import needs_protection

    unprotected = run("")
    if needs_protection() and unprotected.stdout.startswith("leaked 100"):
        assert unprotected.returncode != 0  # the bug is there, and the script exercises it
    result = run("from kasve_desktop.gui.common.qt_workaround import protect_singletons\n"
                 "protect_singletons()")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "survived 200000"


GUARD_ORDER = """
import sys
from PySide6.QtWidgets import QApplication
from kasve_desktop.gui.common import qt_workaround
original = qt_workaround.protect_singletons
def recording():
    print("guard, application exists:", QApplication.instance() is not None, flush=True)
    original()
qt_workaround.protect_singletons = recording
from kasve_desktop.gui.app import application
application()
reserve = sys.getrefcount(None) > qt_workaround.RESERVE or not qt_workaround.needs_protection()
print("reserve:", reserve)
"""


def test_the_guard_is_applied_before_the_application_is_made() -> None:
    """In a fresh process (the test suite's own set-up has already applied the guard here)."""
    result = subprocess.run([sys.executable, "-c", GUARD_ORDER], capture_output=True, text=True,
                            timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["guard, application exists: False", "reserve: True"]


def test_no_automatic_collection_while_a_job_runs(qtbot: object) -> None:
    """A collection started in a worker thread could free GUI objects there (a crash)."""
    import gc
    import threading

    from kasve_desktop.gui.common.worker import Job, wait_for_jobs

    started, release = threading.Event(), threading.Event()
    seen: list[bool] = []

    def work() -> None:
        started.set()
        seen.append(gc.isenabled())
        release.wait(5)

    assert gc.isenabled()
    job = Job(work).start()
    started.wait(5)
    release.set()
    wait_for_jobs()
    assert seen == [False]
    qtbot.waitUntil(gc.isenabled)  # type: ignore[attr-defined]  # on again once it finished
    assert job not in Job._running
