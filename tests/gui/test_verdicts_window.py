"""The window's side of clear verdicts: one message box, no crash dialog; a read-only notice.

A real damaged database: a query on its damaged page raises the store's verdict, which
``VerdictHandler`` (the window's ``sys.excepthook``) shows as one translated line; our
own bugs still reach the crash dialog. A database in a read-only folder is shown with
the notice in the status bar.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kasve_desktop.gui.app import VerdictHandler
from kasve_desktop.gui.common.language import QtTranslators
from kasve_desktop.gui.main_window import MainWindow
from kasve_desktop.services.errors import DatabaseDamaged
from kasve_desktop.store.connection import connect, key_statement
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import Person
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.sample import TODAY, fill

PAGE = 4096


@pytest.fixture
def damaged(db: Database) -> Iterator[tuple[Path, int]]:
    """The filled database, closed, the root page of its people table flipped."""
    fill(db)
    path = db.path
    db.close()
    probe = connect(path, PASSPHRASE)
    page = int(probe.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'person'").fetchone()[0])
    probe.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE + 1000] ^= 0xFF
    path.write_bytes(bytes(data))
    yield path, page


def raised_by(work: object) -> BaseException:
    assert callable(work)
    try:
        work()
    except Exception as error:
        return error
    raise AssertionError("nothing was raised")


def boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_damaged_page_is_one_message_not_a_crash(qtbot: QtBot,
                                                   damaged: tuple[Path, int]) -> None:
    path, page = damaged
    db = open_database(path, PASSPHRASE, clock=fixed_clock())  # opening reads no person
    try:
        with db.sessions() as session:
            error = raised_by(lambda: session.scalars(select(Person)).all())
    finally:
        db.close()
    assert isinstance(error, DatabaseDamaged) and error.pages == (page,)
    handler = VerdictHandler()
    for _ in range(3):  # a table meeting the page row after row: one box
        handler(type(error), error, error.__traceback__)
    shown = boxes()
    assert handler.dialog is None  # no crash dialog
    assert len(shown) == 1 and shown[0] is handler.verdict
    assert shown[0].text().startswith(f"Tietokantatiedoston sivu {page} on vioittunut.")
    assert "SELECT" not in shown[0].text() and shown[0].detailedText() == ""
    shown[0].close()


def test_an_untranslated_sqlite_error_gets_its_verdict_too(qtbot: QtBot,
                                                           damaged: tuple[Path, int]) -> None:
    """Raw SQLCipher, outside the engine (as a backup or a transfer file reads it)."""
    path, _page = damaged
    raw = sqlcipher3.connect(str(path))
    raw.execute(key_statement(PASSPHRASE))
    error = raised_by(lambda: raw.execute("SELECT * FROM person").fetchall())
    raw.close()
    handler = VerdictHandler()
    handler(type(error), error, error.__traceback__)
    assert handler.dialog is None and handler.verdict is not None
    assert handler.verdict.text().startswith("Tietokantatiedosto on vioittunut.")
    handler.verdict.close()


def test_our_own_bug_still_reaches_the_crash_dialog(qtbot: QtBot) -> None:
    error = raised_by(lambda: [][1])
    handler = VerdictHandler()
    handler(type(error), error, error.__traceback__)
    assert handler.verdict is None and handler.dialog is not None
    assert "IndexError" in handler.dialog.detailedText()
    handler.dialog.close()


def test_a_read_only_database_is_told_in_the_status_bar(qtbot: QtBot, db: Database,
                                                        settings: QSettings,
                                                        translators: QtTranslators) -> None:
    path = db.path
    db.close()
    folder = path.parent
    root = os.geteuid() == 0
    if root:  # chmod does not stop root: make the folder immutable
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    try:
        opened = open_database(path, PASSPHRASE, clock=fixed_clock())
        window = MainWindow(settings, translators, fixed_clock(TODAY))
        qtbot.addWidget(window)
        window.set_database(opened)
        message = window.ui.status_bar.currentMessage()
        # nothing can replace or re-encrypt it where it is
        rewriting = (window.safety.action_restore.isEnabled(),
                     window.passphrase.action.isEnabled())
        window.set_database(None)
        opened.close()
    finally:
        if root:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)
    assert message.startswith("Tietokanta avattiin vain luettavaksi: ")
    assert str(path) in message
    assert rewriting == (False, False)
