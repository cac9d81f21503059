"""The main window: navigation on the left, one area at a time, counts in the status bar.

The window shows whatever database it is given (``set_database``) and empties
every view when given None (locked). Locking and quitting are requests to its
owner (signals); the language switch happens here, without a restart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import cast

from PySide6.QtCore import QByteArray, QRect, QSettings, QSignalBlocker, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from kasve_desktop import __version__, i18n
from kasve_desktop.clock import Clock
from kasve_desktop.gui.areas import Area, factories
from kasve_desktop.gui.breaches.area import BreachesArea
from kasve_desktop.gui.common.appinfo import (
    APP_NAME,
    AREA_KEY,
    GEOMETRY_KEY,
    LANGUAGE_KEY,
    STATE_KEY,
)
from kasve_desktop.gui.common.language import QtTranslators, switch_language
from kasve_desktop.gui.common.widgets import busy_cursor, icon
from kasve_desktop.gui.events.area import EventsArea
from kasve_desktop.gui.forms.ui_main_window import Ui_MainWindow
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.gui.inbox.reminders import CalendarExporter, ReminderScheduler
from kasve_desktop.gui.safety.auto_lock import WindowAutoLock
from kasve_desktop.gui.safety.backup_action import BackupMaker
from kasve_desktop.gui.safety.passphrase_dialog import PassphraseChanger
from kasve_desktop.gui.safety.window_safety import WindowSafety
from kasve_desktop.gui.settings.area import SettingsArea
from kasve_desktop.i18n import _, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database, read_only_notice

DEMO_STYLE = ("background: #c62828; color: white; font-weight: bold; "
              "padding: 1px 10px; border-radius: 3px;")
NAVIGATION_STYLE = """
QListWidget#navigation { background: palette(window); padding-top: 10px; outline: 0; }
QListWidget#navigation::item { padding: 7px 8px; margin: 1px 8px; border-radius: 5px; }
QListWidget#navigation::item:hover { background: palette(midlight); }
QListWidget#navigation::item:selected { background: palette(highlight);
                                        color: palette(highlighted-text); }
"""


def fitted_geometry(size: QSize, available: QRect) -> QRect:
    """``size`` made no larger than ``available`` (the screen without its panels), centred
    on it: the first start's default on a screen smaller than the designed size."""
    fitted = size.boundedTo(available.size())
    frame = QRect(0, 0, fitted.width(), fitted.height())
    frame.moveCenter(available.center())
    return frame


def totals_text(totals: listing.Totals) -> str:
    """``5 registers · 152 people · 40 requests (3 open)``."""
    parts = [
        ngettext("{count} register", "{count} registers", totals.registers),
        ngettext("{count} person", "{count} people", totals.people),
        ngettext("{count} request", "{count} requests", totals.requests),
    ]
    counts = (totals.registers, totals.people, totals.requests)
    text = " · ".join(p.format(count=display_number(n)) for p, n in zip(parts, counts,
                                                                         strict=True))
    if totals.open_requests:
        text += " " + ngettext("({count} open)", "({count} open)", totals.open_requests).format(
            count=display_number(totals.open_requests))
    return text


class MainWindow(QMainWindow):
    lock_requested = Signal()
    unlock_requested = Signal()
    closed = Signal()

    def __init__(self, settings: QSettings, translators: QtTranslators,
                 clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("kasve"))
        self._settings = settings
        self._translators = translators
        self._db: Database | None = None
        self._demo = False
        self._loaded: set[int] = set()
        """The rows of the areas that show ``_db``; the others get it on their first visit."""
        today = clock.today
        # The factories make the QWidgets the stack shows; each is also an Area, which mypy
        # cannot see (they are typed by QWidget; the table areas make title and icon_name
        # ClassVars).
        self.areas: list[Area] = [cast(Area, factory(today, self))
                                  for factory in factories(clock.now)]
        self._go_actions: list[QAction] = []
        self.reminders = ReminderScheduler(today, self)
        self.calendar_export = CalendarExporter(today, clock.now, self)
        self.action_export_calendar = QAction(self)
        self.action_export_calendar.setObjectName("action_export_calendar")
        self.ui.menu_file.insertAction(self.ui.action_lock, self.action_export_calendar)
        self.backups = BackupMaker(today, self)
        self.action_backup = QAction(self)
        self.action_backup.setObjectName("action_backup")
        self.ui.menu_file.insertAction(self.ui.action_lock, self.action_backup)
        self.safety = WindowSafety(settings, clock, self, self.confirm_leave, self._show_message)
        self.safety.install(self.ui.menu_file, self.action_backup, next(
            (a for a in self.areas if isinstance(a, SettingsArea)), None))
        self.auto_lock = WindowAutoLock(settings, clock, self, self.areas)
        self.auto_lock.install(next((a for a in self.areas if isinstance(a, SettingsArea)),
                                    None))
        self.passphrase = PassphraseChanger(clock, self.confirm_leave, self._show_message, self)
        self.ui.menu_file.insertAction(self.ui.action_lock, self.passphrase.action)
        self.ui.menu_file.insertSeparator(self.ui.action_lock)
        self._set_up_areas()
        self._set_up_status_bar()
        self._language_group = self._set_up_language_actions()
        self._connect()
        self._restore()
        self.retranslate()

    # --- set-up ------------------------------------------------------------------

    def _set_up_areas(self) -> None:
        self.ui.navigation.setStyleSheet(NAVIGATION_STYLE)
        self.ui.menu_view.addSeparator()
        for number, area in enumerate(self.areas, start=1):
            self.ui.area_stack.addWidget(area)
            self.ui.navigation.addItem(QListWidgetItem(icon(area.icon_name), ""))
            action = QAction(icon(area.icon_name), "", self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(number - 1)
            action.triggered.connect(self._on_go_action)
            self.ui.menu_view.addAction(action)
            self._go_actions.append(action)
        self.ui.navigation.setCurrentRow(0)

    def _set_up_status_bar(self) -> None:
        self.counts_label = QLabel(self)
        self.demo_label = QLabel("DEMO", self)
        self.demo_label.setObjectName("demo_marker")
        self.demo_label.setStyleSheet(DEMO_STYLE)
        self.demo_label.setVisible(False)
        self.ui.status_bar.addWidget(self.counts_label, 1)
        self.ui.status_bar.addPermanentWidget(self.demo_label)

    def _set_up_language_actions(self) -> QActionGroup:
        group = QActionGroup(self)
        for lang in i18n.LANGUAGES:
            action: QAction = getattr(self.ui, f"action_language_{lang}")
            action.setData(lang)
            group.addAction(action)
        group.setExclusive(True)
        return group

    def _connect(self) -> None:
        self.ui.navigation.currentRowChanged.connect(self._on_area_chosen)
        self.ui.action_lock.triggered.connect(self._on_lock_action)
        self.ui.action_quit.triggered.connect(self.close)
        self.ui.action_about.triggered.connect(self.show_about)
        self._language_group.triggered.connect(self._on_language_action)
        self.reminders.inbox_requested.connect(self.show_inbox)
        self.reminders.breaches_requested.connect(partial(self.show_area, next(
            row for row, area in enumerate(self.areas) if isinstance(area, BreachesArea))))
        self.action_export_calendar.triggered.connect(self.calendar_export.choose_file)
        self.calendar_export.saved.connect(self._show_message)
        self.action_backup.triggered.connect(self.backups.choose_file)
        self.backups.saved.connect(self._show_message)
        for area in self.areas:
            if isinstance(area, InboxArea | EventsArea):
                area.data_changed.connect(self._update_state)
        for area in self.areas:
            if isinstance(area, SettingsArea):
                area.language_requested.connect(self.set_language)

    def _restore(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self._fit_to_screen()
        state = self._settings.value(STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        area = str(self._settings.value(AREA_KEY, 0))
        row = int(area) if area.isdigit() else 0
        self.ui.navigation.setCurrentRow(row if row < len(self.areas) else 0)

    def _fit_to_screen(self) -> None:
        screen = self.screen()
        if screen is not None:
            self.setGeometry(fitted_geometry(self.size(), screen.availableGeometry()))

    # --- what the owner calls ------------------------------------------------------

    @property
    def database(self) -> Database | None:
        return self._db

    @property
    def is_demo(self) -> bool:
        return self._demo

    def set_database(self, db: Database | None, demo: bool = False) -> None:
        """Show ``db``; None empties every area (locked).

        Only the area on screen reads ``db`` now; each other area reads it on its first
        visit, so that unlocking costs one area's first page, not all of them.
        """
        self._db = db
        self._demo = demo
        shown = self.ui.navigation.currentRow()
        for row, area in enumerate(self.areas):
            if row in self._loaded or db is None or row == shown:
                area.set_database(db if row == shown else None)
        self._loaded = {shown} if db is not None else set()
        self.reminders.set_database(db)
        self.calendar_export.set_database(db)
        self.backups.set_database(db)
        self.safety.set_database(db, demo)
        self.auto_lock.set_database(db)
        self.passphrase.set_database(db, demo)
        self._update_state()
        self._update_title()
        notice = read_only_notice(db) if db is not None else None
        if notice is not None:  # told once, and kept until another message replaces it
            self.ui.status_bar.showMessage(notice)

    def load_areas(self, areas: Iterable[object]) -> None:
        """Give ``areas`` the database now, before their first visit (drafts to restore)."""
        for row, area in enumerate(self.areas):
            if any(area is wanted for wanted in areas):
                self._load(row)

    @Slot(str)
    def set_language(self, lang: str) -> None:
        """Switch every text of the window to ``lang`` and remember the choice."""
        switch_language(lang, self._translators)
        self._settings.setValue(LANGUAGE_KEY, lang)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.action_export_calendar.setText(_("E&xport open deadlines to calendar…"))
        self.action_backup.setText(_("&Back up…"))
        self.action_backup.setToolTip(_("Write a checked, encrypted copy of the database"))
        self.safety.retranslate()
        self.auto_lock.retranslate()
        self.passphrase.retranslate()
        self.reminders.retranslate()
        for row, area in enumerate(self.areas):
            self.ui.navigation.item(row).setText(_(area.title))
            self._go_actions[row].setText(_(area.title))
            area.retranslate()
        for action in self._language_group.actions():
            action.setChecked(action.data() == i18n.current_language())
        self.demo_label.setToolTip(_("Demonstration data of made-up people; it is deleted "
                                     "when you quit."))
        self._update_state()
        self._update_title()

    def show_area(self, row: int) -> None:
        self.ui.navigation.setCurrentRow(row)

    @Slot()
    def show_inbox(self) -> None:
        row = next(row for row, area in enumerate(self.areas) if isinstance(area, InboxArea))
        self.show_area(row)
        inbox = self.areas[row]
        assert isinstance(inbox, InboxArea)
        inbox.focus_list()

    def remind(self) -> None:
        """Show what is due (after unlocking); nothing appears when nothing is due."""
        self.reminders.show_now()
        self.safety.after_unlock()

    # --- internals -----------------------------------------------------------------

    def _update_title(self) -> None:
        title = APP_NAME
        if self._db is not None:
            title += " — " + self._db.path.name
        if self._demo:
            title += " [DEMO]"
        self.setWindowTitle(title)

    def _update_state(self) -> None:
        self.demo_label.setVisible(self._demo)
        self.action_export_calendar.setEnabled(self._db is not None)
        self.action_backup.setEnabled(self._db is not None)
        if self._db is None:
            self.ui.action_lock.setText(_("&Unlock…"))
            self.ui.action_lock.setToolTip(_("Open the database again"))
        else:
            self.ui.action_lock.setText(_("&Lock"))
            self.ui.action_lock.setToolTip(_("Close the database and ask for the passphrase "
                                             "again"))
        if self._db is None:
            self.counts_label.setText(_("Locked"))
        else:
            self.counts_label.setText(totals_text(listing.totals(self._db)))

    @Slot(int)
    def _on_area_chosen(self, row: int) -> None:
        """Give the area the database on its first visit, then show it (shown even if
        reading failed: the navigation and the area on screen never disagree). Leaving an
        area that asks on leaving (``ask_on_leaving``) with unsaved work asks first
        (``confirm_leave``); Cancel stays there."""
        leaving = self.ui.area_stack.currentWidget()
        if getattr(leaving, "ask_on_leaving", False) \
                and leaving is not self.ui.area_stack.widget(row) \
                and leaving.has_unsaved():  # type: ignore[attr-defined]
            with QSignalBlocker(self.ui.navigation):
                self.ui.navigation.setCurrentRow(self.ui.area_stack.currentIndex())
            leaving.confirm_leave(partial(self.show_area, row))  # type: ignore[attr-defined]
            return
        try:
            self._load(row)
        finally:
            self.ui.area_stack.setCurrentIndex(row)

    def _load(self, row: int) -> None:
        """Give area ``row`` the database unless it has it; a failed read is tried again
        on the next visit."""
        if self._db is not None and row >= 0 and row not in self._loaded:
            with busy_cursor():
                self.areas[row].set_database(self._db)
            self._loaded.add(row)

    @Slot()
    def _on_lock_action(self) -> None:
        if self._db is not None:
            self.confirm_leave(self.lock_requested.emit)
        else:
            self.unlock_requested.emit()

    def confirm_leave(self, then: Callable[[], object]) -> None:
        """Run ``then`` once every area with unsaved work has saved or discarded it.

        An area that can hold unsaved work has ``confirm_leave(then)``; answering
        Cancel there stops the chain, and ``then`` never runs.
        """
        guards = [area for area in self.areas if hasattr(area, "confirm_leave")]

        def step(index: int) -> None:
            if index == len(guards):
                then()
            else:
                guards[index].confirm_leave(lambda: step(index + 1))

        step(0)

    @Slot(str)
    def _show_message(self, text: str) -> None:
        self.ui.status_bar.showMessage(text, 10_000)

    @Slot()
    def _on_go_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_area(int(action.data()))
            focus_list = getattr(self.ui.area_stack.currentWidget(), "focus_list", None)
            if focus_list is not None:  # its keys (Ctrl+N, Ctrl+F) work at once
                focus_list()

    @Slot(QAction)
    def _on_language_action(self, action: QAction) -> None:
        self.set_language(str(action.data()))

    @Slot()
    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, _("About Kasve Desktop"),
                          f"<h3>{APP_NAME} {__version__}</h3>", QMessageBox.StandardButton.Ok,
                          self)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setInformativeText(
            _("Keeps a company's personal-data registers and answers data-subject "
              "requests on time."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._about = box

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing asks about unsaved work first (Cancel keeps the window open)."""
        if any(getattr(area, "has_unsaved", lambda: False)() for area in self.areas):
            event.ignore()
            self.confirm_leave(self.close)
            return
        self.safety.on_close()  # an automatic backup; its failure does not keep the window
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.setValue(AREA_KEY, self.ui.navigation.currentRow())
        self._settings.sync()
        super().closeEvent(event)
        self.closed.emit()
