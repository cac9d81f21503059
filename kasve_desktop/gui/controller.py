"""The window's life: unlock or create a database (or build the demo), show it, lock it.

The controller owns the open database. Its dialogs are shown with ``open()``
(never a blocking ``exec()``) and report back through ``finished``; the demo is
built in a worker thread behind a progress dialog. ``finished`` tells the
application to quit.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from kasve_desktop import paths
from kasve_desktop.clock import Clock
from kasve_desktop.gui.common.language import QtTranslators
from kasve_desktop.gui.common.worker import Job, wait_for_jobs
from kasve_desktop.gui.unlock.unlock_dialog import UnlockDialog
from kasve_desktop.i18n import _
from kasve_desktop.services.errors import StoreError

if TYPE_CHECKING:  # these pull in SQLAlchemy: imported once a dialog is on screen
    from kasve_desktop.gui.main_window import MainWindow
    from kasve_desktop.gui.safety.drafts import Drafts
    from kasve_desktop.gui.unlock.create_dialog import CreateDialog  # only for a new file
    from kasve_desktop.services.database import Database

T = TypeVar("T")

HEAVY_MODULES = ("kasve_desktop.services.database", "kasve_desktop.gui.main_window")


def preload_in_background(today: dt.date | None = None) -> threading.Thread:
    """Import the database and window modules while the user types the passphrase, read
    the holiday calendar of ``today``'s year and the next (the inbox's dates need them;
    reading them first takes ~0.2 s), then freeze what exists (``gc.freeze``)."""

    def load() -> None:
        for name in HEAVY_MODULES:
            importlib.import_module(name)
        if today is not None:
            from kasve_desktop.domain.deadlines import non_working_reason

            for year in (today.year, today.year + 1):  # it reads the year's holidays first
                non_working_reason(dt.date(year, 1, 1))
        # What start-up made (modules, classes, the catalog) lives as long as the process:
        # kept out of the collector's full passes, which otherwise stall the window for
        # ~0.1 s now and then once a large database is open. Never gc.collect() here: it
        # would destroy Qt objects off the GUI thread (a crash). This runs within half a
        # second of the dialog being shown, before a passphrase can have been typed, so
        # nothing of an unlock is frozen with it.
        gc.freeze()

    thread = threading.Thread(target=load, name="kasve-preload", daemon=True)
    thread.start()
    return thread

DEMO_FILENAME = "kasve-demo.db"


class AppController(QObject):
    finished = Signal()
    """Nothing is left to show: the application should quit."""
    opened = Signal()
    """A database was unlocked, created or built and the main window shows it."""

    def __init__(self, settings: QSettings, translators: QtTranslators,
                 clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._translators = translators
        self._clock = clock
        self.window: MainWindow | None = None
        self.db: Database | None = None
        self.dialog: UnlockDialog | CreateDialog | None = None
        self.progress: QProgressDialog | None = None
        self._demo_job: Job | None = None
        self._demo_folders: list[Path] = []
        self._demo_path: Path | None = None
        self._unlock_path: Path | None = None
        self._preload: threading.Thread | None = None
        self.drafts: Drafts | None = None
        """What was typed when the database was auto-locked, until it is unlocked again."""

    # --- starting ----------------------------------------------------------------

    def start(self, db_path: Path | None, demo: bool) -> None:
        """The first screen: the demo, the unlock dialog, or the create dialog."""
        if demo:
            self.open_demo()
            return
        path = db_path or paths.default_database()
        if path.is_file():
            self.show_unlock(path)
        else:
            self.show_create(path)
        self._preload = preload_in_background(self._clock.today())

    def show_unlock(self, path: Path) -> None:
        self._unlock_path = path
        dialog = UnlockDialog(path, self._clock, self.window)
        dialog.finished.connect(self._on_unlock_finished)
        self._show(dialog)

    def show_create(self, path: Path) -> None:
        from kasve_desktop.gui.unlock.create_dialog import CreateDialog

        dialog = CreateDialog(path, self._clock, self.window)
        dialog.finished.connect(self._on_create_finished)
        self._show(dialog)

    def open_demo(self) -> None:
        """Build a fresh demo database in a private temporary folder, then show it."""
        folder = Path(tempfile.mkdtemp(prefix="kasve-demo-"))
        self._demo_folders.append(folder)
        path = folder / DEMO_FILENAME
        self.progress = self._progress_dialog()
        from kasve_desktop.demo import build as demo

        clock = self._clock
        self._demo_job = Job(lambda: demo.create_demo_database(path, clock))
        self._demo_job.succeeded.connect(self._on_demo_ready)
        self._demo_job.failed.connect(self._on_demo_failed)
        self._demo_job.start()

    def _progress_dialog(self) -> QProgressDialog:
        progress = QProgressDialog(_("Building the demonstration database…"), "", 0, 0,
                                   self.window)
        progress.setWindowTitle(_("Demo"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumWidth(360)
        progress.show()
        return progress

    def _show(self, dialog: UnlockDialog | CreateDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- what the dialogs report ----------------------------------------------------

    @Slot(int)
    def _on_unlock_finished(self, result: int) -> None:
        dialog = self.dialog
        assert isinstance(dialog, UnlockDialog)
        self.dialog = None
        if result == QDialog.DialogCode.Accepted and dialog.database is not None:
            self._show_database(dialog.database, demo=dialog.path == self._demo_path)
        elif result == UnlockDialog.CREATE:
            self.show_create(dialog.path.with_name(paths.DATABASE_FILENAME))
        elif result == UnlockDialog.DEMO:
            self.open_demo()
        elif self.window is None:
            self.quit()

    @Slot(int)
    def _on_create_finished(self, result: int) -> None:
        from kasve_desktop.gui.unlock.create_dialog import CreateDialog

        dialog = self.dialog
        assert isinstance(dialog, CreateDialog)
        self.dialog = None
        if result == QDialog.DialogCode.Accepted and dialog.database is not None:
            self._show_database(dialog.database, demo=False)
        elif result == CreateDialog.OPEN_EXISTING:
            self.show_unlock(dialog.path)
        elif result == CreateDialog.DEMO:
            self.open_demo()
        elif self._unlock_path is not None and self._unlock_path.is_file():
            self.show_unlock(self._unlock_path)
        elif self.window is None:
            self.quit()

    @Slot(object)
    def _on_demo_ready(self, db: Database) -> None:
        self._close_progress()
        self._demo_path = db.path
        self._show_database(db, demo=True)

    @Slot(object)
    def _on_demo_failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, StoreError):
            box = QMessageBox(QMessageBox.Icon.Warning, _("Demo"), error.text(),
                              QMessageBox.StandardButton.Ok, self.window)
            box.open()
        if self.window is None:
            self.start(self._unlock_path, demo=False)
        if not isinstance(error, StoreError):
            raise error

    def _close_progress(self) -> None:
        self._demo_job = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    # --- the main window ------------------------------------------------------------

    def _show_database(self, db: Database, demo: bool) -> None:
        from kasve_desktop.gui.main_window import MainWindow

        self.db = db
        if self.window is None:
            self.window = MainWindow(self._settings, self._translators, self._clock)
            self.window.lock_requested.connect(self.lock)
            self.window.unlock_requested.connect(self._on_unlock_requested)
            self.window.closed.connect(self.quit)
            self.window.auto_lock.lock_due.connect(self.auto_lock)
            self.window.safety.restorer.set_replacer(self.replace_database)
            self.window.passphrase.set_replacer(self.replace_database)
        self.window.set_database(db, demo)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        drafts, self.drafts = self.drafts, None
        if drafts is not None:
            self.window.load_areas(drafts.areas)
            drafts.restore(db)
        self.window.remind()
        self.opened.emit()

    @Slot()
    def lock(self) -> None:
        """Close the database (dropping its key), empty the views, ask for the passphrase."""
        if self.db is None or self.window is None:
            return
        path = self.db.path
        self._close_database()
        self.show_unlock(path)

    @Slot()
    def auto_lock(self) -> None:
        """Lock without questions (nobody is there): keep drafts of what was typed first."""
        if self.db is None or self.window is None:
            return
        self.drafts = self.window.auto_lock.keep_drafts(self.db.path)
        self.lock()

    def replace_database(self, work: Callable[[Path], T], passphrase: str) -> T:
        """Close the open database, run ``work`` on its closed file, reopen it with ``passphrase``.

        For whatever must rewrite the database file while nothing has it open (a restore
        from a backup, a passphrase change). ``work(path)`` gets the database's path with
        the database closed (key dropped, lock released, views emptied); its result is
        returned once the file has been reopened with ``passphrase`` and the window shows
        it again (the same demo flag; no reminders, no ``opened``).

        If ``work`` raises, or the file does not reopen with ``passphrase``, the file is
        reopened with the passphrase it was open with (failing that, with ``passphrase``;
        failing both, the unlock dialog is shown) and the exception is re-raised for the
        caller to explain. The caller asks the areas about unsaved work first
        (``MainWindow.confirm_leave``). Raises ``RuntimeError`` when no database is open.
        """
        if self.db is None or self.window is None:
            raise RuntimeError("no database is open")
        from kasve_desktop.services.database import unlock

        path, old, demo = self.db.path, self.db.key.value(), self.window.is_demo
        self._close_database()
        try:
            result = work(path)
            db = unlock(path, passphrase, self._clock)
        except BaseException:
            self._reopen(path, (old, passphrase), demo)
            raise
        self._reshow(db, demo)
        return result

    def _reopen(self, path: Path, passphrases: tuple[str, ...], demo: bool) -> None:
        """Open ``path`` again with the first passphrase that opens it, else ask for one."""
        from kasve_desktop.services.database import unlock

        for passphrase in passphrases:
            try:
                db = unlock(path, passphrase, self._clock)
            except StoreError:
                continue
            self._reshow(db, demo)
            return
        self.show_unlock(path)

    def _reshow(self, db: Database, demo: bool) -> None:
        self.db = db
        assert self.window is not None
        self.window.set_database(db, demo)

    @Slot()
    def _on_unlock_requested(self) -> None:
        if self.db is None and self.dialog is None and self._unlock_path is not None:
            self.show_unlock(self._unlock_path)

    def _close_database(self) -> None:
        """Empty the views first, so that nothing asks the closed database for rows."""
        wait_for_jobs()
        if self.window is not None and self.window.database is not None:
            self.window.set_database(None, self.window.is_demo)
        if self.db is not None:
            self.db.close()
            self.db = None

    @Slot()
    def quit(self) -> None:
        self.shutdown()
        self.finished.emit()

    def shutdown(self) -> None:
        """Close the database and delete the demo's temporary folders (idempotent)."""
        self._close_database()
        if self._demo_folders:
            from kasve_desktop.services.database import forget

            for folder in self._demo_folders:
                forget(folder / DEMO_FILENAME)  # nothing of it stays in the settings folder
                shutil.rmtree(folder, ignore_errors=True)
        self._demo_folders.clear()
