"""Save a PNG of every area of the main window and of its dialogs, on the demo data.

    python tools/screenshots.py [FOLDER] [--lang fi|sv|en] [--size 1280x780]

FOLDER defaults to /tmp/kasve-shots; a folder inside the repository is refused.
Runs offscreen (set QT_QPA_PLATFORM to use a real display, e.g. under Xvfb);
the demo database and the settings live in a temporary folder that is removed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from kasve_desktop import i18n
from kasve_desktop.clock import SystemClock
from kasve_desktop.demo.build import create_demo_database
from kasve_desktop.gui.app import application
from kasve_desktop.gui.common.language import QtTranslators, switch_language
from kasve_desktop.gui.common.table_model import ROW_ROLE
from kasve_desktop.gui.inbox.actions import action_dialog
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.gui.inbox.intake_dialog import IntakeDialog
from kasve_desktop.gui.inbox.person_match import PersonMatchDialog
from kasve_desktop.gui.inbox.reminders import ReminderNotice
from kasve_desktop.gui.inbox.response_dialog import ResponseDialog
from kasve_desktop.gui.main_window import MainWindow
from kasve_desktop.gui.unlock.create_dialog import CreateDialog
from kasve_desktop.gui.unlock.unlock_dialog import UnlockDialog
from kasve_desktop.services.database import Database
from kasve_desktop.services.requests.detail import RequestDetail, load_request
from kasve_desktop.services.requests.intake import inbox_rows
from kasve_desktop.services.requests.mail import read_eml
from kasve_desktop.services.requests.reminders import reminders

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_MAIL = ROOT / "tests" / "data" / "mail_with_pdf.eml"
CLOCK = SystemClock()  # the screenshots show the demo as it stands today
AREA_NAMES = ("requests", "registers", "notice", "people", "events", "retention", "audit-log",
              "settings")


def settle(seconds: float = 0.3) -> None:
    """Let Qt lay out, fetch and paint."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, folder: Path, name: str) -> Path:
    settle()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def shoot_window(window: MainWindow, folder: Path) -> None:
    for row, name in enumerate(AREA_NAMES):
        window.show_area(row)
        area = window.areas[row]
        deadline = time.monotonic() + 10
        while getattr(area, "busy", False) and time.monotonic() < deadline:
            QApplication.processEvents()  # let a background preview finish
            time.sleep(0.02)
        if isinstance(area, InboxArea):
            shoot_inbox(window, area, folder)
        save(window, folder, f"{row + 1:02d}-{name}")


def _choose_paused(area: InboxArea) -> None:
    """Choose the first request whose date is moved by a pause (else the first one)."""
    settle()
    rows = [area.proxy.index(r, 0).data(ROW_ROLE) for r in range(area.proxy.rowCount())]
    chosen = next((n for n, row in enumerate(rows) if row.source == "paused"), 0)
    area.table.setCurrentIndex(area.proxy.index(chosen, 0))


def shoot_inbox(window: MainWindow, area: InboxArea, folder: Path) -> None:
    """The inbox with a request chosen, and the dialog of one of its actions."""
    _choose_paused(area)
    detail = area.pane.detail if area.pane is not None else None
    if detail is None:
        return
    key = "in-progress" if "in-progress" in detail.allowed else "note"
    area.run_action(key)
    if isinstance(area.dialog, QWidget):
        save(area.dialog, folder, "01b-request-step-dialog")
        area.dialog.close()
    area.pane.ui.tabs.setCurrentIndex(0)


def shoot_dialogs(db_path: Path, work: Path, folder: Path) -> None:
    unlock = UnlockDialog(db_path, CLOCK)
    unlock.show()
    save(unlock, folder, "09-unlock")
    unlock.ui.passphrase.setText("väärä tunnuslause")
    unlock.unlock()
    save(unlock, folder, "10-unlock-wrong-passphrase")
    unlock.close()
    create = CreateDialog(work / "uusi.db", CLOCK)
    create.show()
    create.ui.passphrase.setText("kolme sanaa riittää")
    create.ui.repeat.setText("kolme sanaa")
    save(create, folder, "11-create-mismatch")
    create.ui.repeat.setText("kolme sanaa riittää")
    save(create, folder, "12-create-ready")
    create.close()


def _request_of(db: Database, type_: str, *, linked: bool) -> RequestDetail:
    today = CLOCK.today()
    rows = inbox_rows(db, today)
    for row in rows:
        detail = load_request(db, row.id, today)
        if row.type == type_ and (detail.person_id is not None) == linked:
            return detail
    return load_request(db, rows[0].id, today)


def shoot_request_dialogs(window: MainWindow, db: Database, folder: Path) -> None:
    """The intake dialog filled from an e-mail, matching, an action, the reminder notice."""
    draft, files = read_eml(SAMPLE_MAIL.read_bytes(), CLOCK.today(), filename=SAMPLE_MAIL.name)
    intake = IntakeDialog(db, CLOCK.today, window, draft=draft, attachments=files)
    intake.show()
    save(intake, folder, "13-intake-from-email")
    intake.close()
    stranger = _request_of(db, "access", linked=False)
    match = PersonMatchDialog(db, CLOCK.today, stranger.id, window)
    match.show()
    save(match, folder, "14-person-match")
    match.close()
    erasure = action_dialog(window, db, CLOCK.today, _request_of(db, "erasure", linked=True))
    if erasure is not None:
        erasure.show()
        save(erasure, folder, "15-erasure-action")
        erasure.close()
    maija = next(r for r in inbox_rows(db, CLOCK.today()) if r.requester == "Maija Meikäläinen")
    response = ResponseDialog(db, load_request(db, maija.id, CLOCK.today()), CLOCK.today(),
                              window)
    response.resize(1100, 760)
    response.show()
    response.build()
    deadline = time.monotonic() + 20
    while response.busy and time.monotonic() < deadline:
        settle(0.1)
    save(response, folder, "17-response-letter")
    response.close()
    notice = ReminderNotice(window)
    notice.show_reminders(reminders(db, CLOCK.today()))
    save(notice, folder, "16-reminders")
    notice.close()


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="/tmp/kasve-shots", type=Path)
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default="fi")
    parser.add_argument("--size", default="1280x780")
    args = parser.parse_args(argv)
    if args.folder.resolve().is_relative_to(ROOT):
        parser.error("write the screenshots outside the repository")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="kasve-shots-"))
    try:
        app = application()
        translators = QtTranslators(app)
        switch_language(args.lang, translators)
        db = create_demo_database(work / "kasve-demo.db", CLOCK)
        settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, translators, CLOCK)
        width, height = (int(n) for n in args.size.split("x"))
        window.resize(width, height)
        window.set_database(db, demo=True)
        window.show()
        shoot_window(window, args.folder)
        shoot_request_dialogs(window, db, args.folder)
        window.set_database(None)
        db.close()
        shoot_dialogs(db.path, work, args.folder)
        window.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
