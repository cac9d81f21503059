"""Automatic backups in the window: when the window closes, and once a day.

The settings (on or off, the folder, how many to keep) live in QSettings; the rules
(names, rotation, when one is due, what was last made) in
``services.safety.automatic``. A backup is made when the window closes with a database
open, at unlock when the last one is a day old, and by an hourly timer while the window
stays open; never for the demo. A failed automatic backup never keeps the window from
closing: it is remembered and reported in the status bar at the next unlock.

After unlock, when the last backup is a week old (or there is none), a non-modal notice
says so and offers "Back up now".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from kasve_desktop import paths
from kasve_desktop.clock import Clock
from kasve_desktop.domain.errors import UserError
from kasve_desktop.gui.common.widgets import busy_cursor
from kasve_desktop.i18n import _, display_datetime
from kasve_desktop.services.database import Database
from kasve_desktop.services.safety import automatic
from kasve_desktop.services.safety.automatic import BackupRecord

ENABLED_KEY = "backups/automatic"
FOLDER_KEY = "backups/folder"
KEEP_KEY = "backups/keep"
TIMER_INTERVAL_MS = 60 * 60 * 1000


def default_folder() -> Path:
    return paths.data_dir() / automatic.FOLDER_NAME


def record_time(record: BackupRecord) -> str:
    return display_datetime(automatic.local_stamp(record))


class AutomaticBackups(QObject):
    """The automatic backups of the window's database, and the start-up notice."""

    message = Signal(str)
    """A line for the status bar."""
    changed = Signal()
    """A backup was made or failed, or a setting changed."""

    def __init__(self, settings: QSettings, clock: Clock, window: QWidget) -> None:
        super().__init__(window)
        self._settings, self._clock, self._window = settings, clock, window
        self._db: Database | None = None
        self.warning: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TIMER_INTERVAL_MS)
        self.timer.timeout.connect(self.check_due)
        self.timer.start()

    # --- settings ---------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        value = self._settings.value(ENABLED_KEY, True)
        return value if isinstance(value, bool) else str(value).lower() == "true"

    def set_enabled(self, on: bool) -> None:
        self._settings.setValue(ENABLED_KEY, on)
        self.changed.emit()

    @property
    def folder(self) -> Path:
        value = self._settings.value(FOLDER_KEY, "")
        return Path(str(value)) if value else default_folder()

    def set_folder(self, folder: Path) -> None:
        self._settings.setValue(FOLDER_KEY, str(folder))
        self.changed.emit()

    @property
    def keep(self) -> int:
        value = str(self._settings.value(KEEP_KEY, automatic.DEFAULT_KEEP))
        number = int(value) if value.isdigit() else automatic.DEFAULT_KEEP
        return min(max(number, automatic.MIN_KEEP), automatic.MAX_KEEP)

    def set_keep(self, keep: int) -> None:
        self._settings.setValue(KEEP_KEY, keep)
        self.changed.emit()

    # --- the database -----------------------------------------------------------------

    def set_database(self, db: Database | None, demo: bool) -> None:
        """The database to back up (None, or the demo's: nothing is backed up)."""
        self._db = None if demo else db
        self.changed.emit()

    @property
    def database(self) -> Database | None:
        return self._db

    def last(self) -> BackupRecord | None:
        return automatic.last_backup(self._db.path) if self._db is not None else None

    def last_failure(self) -> BackupRecord | None:
        return automatic.last_failure(self._db.path) if self._db is not None else None

    @Slot()
    def backup_now(self) -> bool:
        """A backup into the folder now (whether or not automatic backups are on)."""
        if self._db is None:
            return False
        try:
            with busy_cursor():
                made = automatic.make_automatic(self._db, self.folder, self.keep, self._clock)
        except UserError as error:
            self.message.emit(_("Automatic backup failed: {reason}").format(
                reason=error.text()))
            self.changed.emit()
            return False
        self.message.emit(_("Backup saved and checked: {file}").format(
            file=made.contents.path))
        self.changed.emit()
        return True

    @Slot()
    def check_due(self) -> None:
        """The timer's (and the unlock's) question: is the daily backup due?"""
        if self._db is not None and self.enabled and automatic.is_due(self.last(),
                                                                       self._clock.now()):
            self.backup_now()

    def after_unlock(self) -> None:
        """The daily backup if due, the previous failure if any, the notice if a week old."""
        if self._db is None:
            return
        failure = self.last_failure()
        self.check_due()
        if failure is not None:
            text = _("The automatic backup of {time} failed: {reason}").format(
                time=record_time(failure), reason=failure.reason)
            if self.last_failure() is None:
                text += " " + _("A new backup was made now.")
            self.message.emit(text)
        if automatic.is_overdue(self.last(), self._clock.now()):
            self._warn(self.last())

    def on_close(self) -> None:
        """The closing backup; its failure is only remembered (closing goes on)."""
        if self._db is not None and self.enabled:
            self.backup_now()

    # --- the notice -------------------------------------------------------------------

    def _warn(self, last: BackupRecord | None) -> None:
        text = (_("The database has not been backed up yet.") if last is None else
                _("The database was last backed up on {time}, more than a week ago.").format(
                    time=record_time(last)))
        box = QMessageBox(QMessageBox.Icon.Warning, _("Backups"), text,
                          QMessageBox.StandardButton.NoButton, self._window)
        box.setObjectName("backup_warning")
        box.setInformativeText(_("A backup protects the registers against a broken disk, "
                                 "a lost laptop or a mistake. Keep one on an external drive "
                                 "or a network folder."))
        now: QPushButton = box.addButton(_("Back up now"), QMessageBox.ButtonRole.AcceptRole)
        now.setObjectName("backup_now")
        later = box.addButton(_("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        now.clicked.connect(self.backup_now)
        self.warning = box
        box.destroyed.connect(self._forget_warning(box))
        box.show()

    def _forget_warning(self, box: QMessageBox) -> Callable[[], None]:
        def forget() -> None:
            if self.warning is box:
                self.warning = None
        return forget
