"""Process start to the unlock dialog shown, against a bare PySide6 window process.

Both sides are fresh Python processes (offscreen Qt) that print "shown" when their
first dialog is shown; the time runs from starting the process to reading that line.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.dataset import PASSPHRASE
from benchmarks.figures import Figure, figure

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
app = QApplication([])
window = QDialog()
window.resize(480, 320)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

# Starts the real program; reports the first dialog shown, then leaves at once.
UNLOCK_DIALOG = """
import os, sys
from PySide6.QtWidgets import QDialog
original = QDialog.showEvent
def show_event(self, event):
    original(self, event)
    print("shown", flush=True)
    os._exit(0)
QDialog.showEvent = show_event
from kasve_desktop.cli import main
main(["--db", sys.argv[1]])
"""


def child_environment(home: Path) -> dict[str, str]:
    folder = str(home)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": folder,
            "XDG_CONFIG_HOME": folder, "XDG_DATA_HOME": folder, "KASVE_DATA_DIR": folder,
            "KASVE_CONFIG_DIR": folder}


def time_until_shown(script: str, *args: str, home: Path) -> float:
    """Seconds from starting a Python process to its 'shown' line."""
    start = time.perf_counter()
    with subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                          text=True, env=child_environment(home)) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        child.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"the child did not show a window: {line!r}")
    return elapsed


def measure(folder: Path, repeat: int) -> list[Figure]:
    database = folder / "startup.db"
    if not database.exists():
        subprocess.run([sys.executable, "-m", "kasve_desktop", "init", "--db", str(database)],
                       env={**child_environment(folder), "KASVE_PASSPHRASE": PASSPHRASE},
                       check=True, capture_output=True)
    time_until_shown(BARE_WINDOW, home=folder)  # warm the disk cache for both
    time_until_shown(UNLOCK_DIALOG, str(database), home=folder)
    bare, ours = [], []
    for _ in range(repeat):
        bare.append(time_until_shown(BARE_WINDOW, home=folder))
        ours.append(time_until_shown(UNLOCK_DIALOG, str(database), home=folder))
    return [figure("Process start → unlock dialog shown", ours, "bare PySide6 window process",
                   bare, "≤ 1.5×", lambda v, ratio: ratio is not None and ratio <= 1.5)]
