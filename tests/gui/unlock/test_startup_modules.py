"""The program shows its unlock dialog having imported only what that dialog needs.

Not a timing test (start-up is measured in benchmarks/): the modules loaded when the
dialog is shown are the guard. SQLAlchemy, SQLCipher, the documents' libraries and the
main window are imported by the preload thread once the dialog is on screen; babel
when a date or number is first shown; the subcommands only for a subcommand.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from kasve_desktop.i18n import gettext_in

# Run the real program to its first dialog (offscreen), report what is loaded, leave.
SCRIPT = """
import json, os, sys
from PySide6.QtWidgets import QApplication, QDialog
original = QDialog.showEvent
def show_event(self, event):
    original(self, event)
    print(json.dumps({"dialog": type(self).__name__, "title": self.windowTitle(),
                      "icon": not QApplication.windowIcon().isNull(),
                      "modules": sorted(sys.modules)}), flush=True)
    os._exit(0)
QDialog.showEvent = show_event
from kasve_desktop.cli import main
main(["--db", sys.argv[1]])
"""

HEAVY = ("sqlalchemy", "sqlcipher3", "alembic", "reportlab", "PIL", "pypdf", "pikepdf",
         "openpyxl", "babel")
"""Third-party packages the unlock dialog does without."""

ALLOWED = {
    "kasve_desktop.cli": {"kasve_desktop.cli", "kasve_desktop.cli.common"},
    "kasve_desktop.services": {"kasve_desktop.services", "kasve_desktop.services.errors",
                               "kasve_desktop.services.safety",
                               "kasve_desktop.services.safety.unlocking"},
    "kasve_desktop.store": {"kasve_desktop.store", "kasve_desktop.store.errors",
                            "kasve_desktop.store.verdicts", "kasve_desktop.store.local_state"},
    "kasve_desktop.documents": set(),
    "kasve_desktop.demo": set(),
    "kasve_desktop.gui.main_window": set(),
}
"""For each part of our own: the modules of it that may be loaded when the dialog shows."""


def first_dialog(database: Path, home: Path) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home),
           "KASVE_DATA_DIR": str(home)}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(database)], env=env,
                            capture_output=True, text=True, timeout=60, check=True)
    found: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return found


def test_the_unlock_dialog_shows_before_anything_heavy_is_imported(
        closed_db: Path, tmp_path: Path) -> None:
    shown = first_dialog(closed_db, tmp_path / "home")
    modules = set(shown["modules"])
    assert shown["dialog"] == "UnlockDialog"
    assert shown["title"] == gettext_in("fi", "Open database")  # translated, in Finnish
    assert shown["icon"]  # the window's icon was found without importlib.resources
    assert sorted(name for name in HEAVY if name in modules) == []
    for part, allowed in ALLOWED.items():
        loaded = {name for name in modules if name == part or name.startswith(part + ".")}
        assert sorted(loaded - allowed) == [], part
