"""The window on the data set: unlock → inbox painted, switching areas, peak memory.

Each round is a fresh Python process (offscreen Qt, the application's own memory
security setting) running ``python -m benchmarks.window``:

- ``--db PATH``: the key derivation alone (a raw keyed connection and its probe);
  then from ``services.database.unlock`` to the inbox's first rows painted in a new
  main window, as the application does after the unlock dialog; then each area shown
  in turn (switch, events processed, rows of a table area fetched, painted); and the
  process's peak resident memory (VmHWM) with every area visited;
- ``--bare``: the peak memory of a bare PySide6 window process.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import cast

from benchmarks.dataset import CLOCK, PASSPHRASE, Built
from benchmarks.figures import Figure, figure

SETTLE_LIMIT = 10.0


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _settle(widget: object) -> None:
    """Process events until a table area has its first rows (or knows it has none)."""
    from PySide6.QtWidgets import QApplication, QWidget

    QApplication.processEvents()
    model = getattr(widget, "model", None)
    end = time.perf_counter() + SETTLE_LIMIT
    if model is not None and hasattr(model, "rowCount"):
        while model.rowCount() == 0 and getattr(model, "total", 1) != 0:
            QApplication.processEvents()
            if time.perf_counter() > end:
                break
    assert isinstance(widget, QWidget)
    widget.repaint()
    QApplication.processEvents()


def child_window(path: Path) -> dict[str, object]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kasve_desktop.gui.common.language import QtTranslators
    from kasve_desktop.gui.inbox.area import InboxArea
    from kasve_desktop.services.database import unlock
    from kasve_desktop.store.connection import connect

    app = QApplication([])
    from kasve_desktop.gui.controller import preload_in_background
    from kasve_desktop.gui.unlock.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(path, CLOCK, None)  # shown before: Qt, fonts and texts are up
    dialog.show()
    app.processEvents()
    preload_in_background(CLOCK.today()).join()  # as while the passphrase is typed
    dialog.close()
    start = time.perf_counter()
    connect(path, PASSPHRASE).close()
    key = time.perf_counter() - start

    from kasve_desktop.gui.main_window import MainWindow

    start = time.perf_counter()
    db = unlock(path, PASSPHRASE, CLOCK)
    window = MainWindow(QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat),
                        QtTranslators(app), CLOCK)
    window.resize(1280, 800)
    window.set_database(db)
    window.show()
    window.show_inbox()
    inbox = next(a for a in window.areas if isinstance(a, InboxArea))
    _settle(inbox)
    unlocked = time.perf_counter() - start
    areas: dict[str, float] = {}
    for visit in range(2):  # the first visit of each, then each again
        for row, area in enumerate(window.areas):
            start = time.perf_counter()
            window.show_area(row)
            _settle(area)
            elapsed = time.perf_counter() - start
            if visit == 0:
                areas[str(area.title)] = elapsed
    memory = peak_rss_mb()
    from kasve_desktop.gui.common.worker import wait_for_jobs

    wait_for_jobs()  # as the application does before closing (a PDF may be rendering)
    window.set_database(None)
    db.close()
    return {"key": key, "unlock": unlocked, "areas": areas, "rss_mb": memory}


def child_bare() -> dict[str, object]:
    from PySide6.QtWidgets import QApplication, QDialog

    app = QApplication([])
    window = QDialog()
    window.resize(480, 320)
    window.show()
    app.processEvents()
    window.repaint()
    return {"rss_mb": peak_rss_mb()}


def _child(*args: str, home: Path) -> dict[str, object]:
    from benchmarks.startup import child_environment

    done = subprocess.run([sys.executable, "-m", "benchmarks.window", *args],
                          capture_output=True, text=True, env=child_environment(home),
                          cwd=Path(__file__).resolve().parent.parent)
    if done.returncode != 0:
        raise RuntimeError(f"the window child failed ({done.returncode}): "
                           f"{done.stderr.strip().splitlines()[-3:]}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(found, dict)
    return found


def _values(rounds: list[dict[str, object]], key: str) -> list[float]:
    return [float(cast(float, r[key])) for r in rounds]


def measure(dataset: Built, folder: Path, repeat: int) -> list[Figure]:
    rounds = [_child("--db", str(dataset.path), home=folder) for _ in range(repeat)]
    bare = [_child("--bare", home=folder) for _ in range(repeat)]
    n = f"{dataset.counts.requests:,} requests"
    found = [figure(f"Unlock → inbox painted, {n}", _values(rounds, "unlock"),
                    "the key derivation alone", _values(rounds, "key"), "≤ 0.3 s beyond it",
                    lambda v, ratio: ratio is not None and v - v / ratio <= 0.3)]
    areas = [cast(dict[str, float], r["areas"]) for r in rounds]
    for title in areas[0]:
        found.append(figure(f"Switching to “{title}” (first visit), "
                            f"{dataset.counts.entries:,} entries",
                            [a[title] for a in areas], target="≤ 150 ms",
                            meets=lambda v, ratio: v <= 0.150))
    found.append(figure("Peak memory (VmHWM), data set open, every area visited",
                        _values(rounds, "rss_mb"), "a bare PySide6 window process",
                        _values(bare, "rss_mb"), "≤ 300 MB RSS", lambda v, ratio: v <= 300,
                        unit="MB"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--bare", action="store_true")
    args = parser.parse_args()
    found = child_bare() if args.bare else child_window(args.db)
    sys.stdout.flush()
    print(json.dumps(found), flush=True)
    os._exit(0)  # leave without tearing the window down: nothing more is measured


if __name__ == "__main__":
    main()
