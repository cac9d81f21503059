"""The window's share of keeping the data safe, in one place: Tiedosto ▸ Palauta
varmuuskopio…, the automatic backups and their section in Asetukset.

``MainWindow`` makes one ``WindowSafety`` and tells it the database, the language, the
unlock and the close; its owner (``AppController``) gives the restorer its
``replace_database``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from kasve_desktop.clock import Clock
from kasve_desktop.gui.safety.automatic_backup import AutomaticBackups
from kasve_desktop.gui.safety.backup_settings import BackupSection
from kasve_desktop.gui.safety.restore_action import Restorer
from kasve_desktop.gui.settings.area import SettingsArea
from kasve_desktop.i18n import _
from kasve_desktop.services.database import Database


class WindowSafety(QObject):
    def __init__(self, settings: QSettings, clock: Clock, window: QWidget,
                 confirm_leave: Callable[[Callable[[], object]], None],
                 show_message: Callable[[str], None]) -> None:
        super().__init__(window)
        self.restorer = Restorer(clock, confirm_leave, window)
        self.automatic = AutomaticBackups(settings, clock, window)
        self.restorer.start_folder = self._start_folder
        self.action_restore = QAction(window)
        self.action_restore.setObjectName("action_restore")
        self.action_restore.triggered.connect(self.restorer.choose_file)
        self.restorer.restored.connect(show_message)
        self.automatic.message.connect(show_message)
        self.section = BackupSection(self.automatic)

    def install(self, menu: QMenu, after: QAction, settings_area: SettingsArea | None) -> None:
        """The restore action after ``after`` in ``menu``; the section in Asetukset."""
        actions = menu.actions()
        index = actions.index(after)
        following = actions[index + 1] if index + 1 < len(actions) else None
        if following is None:
            menu.addAction(self.action_restore)
        else:
            menu.insertAction(following, self.action_restore)
        if settings_area is not None:
            settings_area.add_section(self.section)

    def set_database(self, db: Database | None, demo: bool) -> None:
        self.restorer.set_database(db, demo)
        self.automatic.set_database(db, demo)
        # a read-only database cannot be replaced where it is
        self.action_restore.setEnabled(db is not None and not demo and not db.read_only)

    def retranslate(self) -> None:
        self.action_restore.setText(_("&Restore a backup…"))
        self.action_restore.setToolTip(_("Replace the database by a backup, after a safety "
                                         "copy"))
        self.section.retranslate()

    def after_unlock(self) -> None:
        self.automatic.after_unlock()

    def on_close(self) -> None:
        self.automatic.on_close()

    def _start_folder(self) -> Path:
        folder = self.automatic.folder
        return folder if folder.is_dir() else folder.home()
