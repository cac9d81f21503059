"""Long work off the GUI thread: run a callable in Qt's thread pool, report back by signal.

The job's signals are delivered in the GUI thread (queued) to the slots of
QObjects living there; widgets are touched only from those slots.

While a job runs, Python's automatic garbage collection is switched off: a
collection that happens to start in the worker thread would destroy unreachable
Qt objects of the GUI thread from the wrong thread, and crash (seen here:
"Segmentation fault … Garbage-collecting" in a job building the demo). When the
last job has finished, collection is switched on again and run once, in the GUI
thread.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot


class Job(QObject):
    """One piece of work; ``succeeded(result)`` or ``failed(exception)`` follows."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    _running: ClassVar[set[Job]] = set()
    _collecting: ClassVar[bool] = True
    """Whether automatic collection was on before the first running job switched it off."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work
        self.finished.connect(self._forget)

    def start(self) -> Job:
        if not Job._running:
            Job._collecting = gc.isenabled()
            gc.disable()
        Job._running.add(self)
        QThreadPool.globalInstance().start(self._run)
        return self

    def _run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # reported to the GUI thread, which decides
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()

    @Slot()
    def _forget(self) -> None:
        Job._running.discard(self)
        if not Job._running and Job._collecting:
            gc.enable()
            gc.collect()


def wait_for_jobs(timeout_ms: int = 10_000) -> bool:
    """Wait until no job is running (for orderly shutdown and tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
