"""Auto-lock: the database is locked when nobody has used the window for a while.

``IdleWatcher`` counts the user's input (keys, mouse presses, moves and the wheel) on
any window of the application through an application event filter, and checks on a
timer whether the last input is older than the setting's minutes (a monotonic clock)
or whether the wall clock jumped forward by more than that between two checks (the
computer slept: the monotonic clock stands still during sleep). It also passes on the
platform's word that the computer is going to sleep or the screen was locked, where
the platform tells us (logind and the screen saver over D-Bus on Linux; silently
nothing elsewhere). A window merely losing the focus locks nothing.

The watcher is armed only while a database is open, and the sign-up mode is exempt
(it has its own idle reset). ``AutoLockSetting`` is the minutes' spin box in
Asetukset (0 = never), kept in QSettings; a change takes effect at once.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import SLOT, QEvent, QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from kasve_desktop.clock import Clock, SystemClock
from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.events.area import EventsArea
from kasve_desktop.gui.safety.drafts import Drafts, keep_drafts
from kasve_desktop.gui.settings.area import SettingsArea
from kasve_desktop.i18n import _
from kasve_desktop.services.database import Database

AUTO_LOCK_KEY = "security/auto_lock_minutes"
DEFAULT_MINUTES = 5
MAX_MINUTES = 120
TICK_MS = 15_000
ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                      QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
                      QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
                      QEvent.Type.InputMethod})
SLEEP_SIGNALS = (
    # (system bus?, service, path, interface, signal, slot)
    (True, "org.freedesktop.login1", "/org/freedesktop/login1",
     "org.freedesktop.login1.Manager", "PrepareForSleep", "on_prepare_for_sleep(bool)"),
    (False, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
     "org.freedesktop.ScreenSaver", "ActiveChanged", "on_screen_saver(bool)"),
    (False, "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver",
     "ActiveChanged", "on_screen_saver(bool)"),
)


def saved_minutes(settings: QSettings) -> int:
    """The setting's minutes (0 = never), the default when unset or unreadable."""
    value = str(settings.value(AUTO_LOCK_KEY, DEFAULT_MINUTES))
    return min(int(value), MAX_MINUTES) if value.isdigit() else DEFAULT_MINUTES


class IdleWatcher(QObject):
    """Emits ``lock_due`` once the window has been idle ``minutes`` (0 = never).

    ``monotonic`` (seconds) measures idleness; ``wall`` (aware datetimes) detects sleep.
    Tests hand in clocks of their own and call ``check`` rather than wait for the timer.
    """

    lock_due = Signal()

    def __init__(self, minutes: int, monotonic: Callable[[], float] = time.monotonic,
                 wall: Callable[[], dt.datetime] | None = None,
                 exempt: Callable[[], bool] = lambda: False, tick_ms: int = TICK_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.monotonic = monotonic
        self.wall = wall or SystemClock().now
        self._exempt = exempt
        self._minutes = minutes
        self._armed = False
        self._last_input = monotonic()
        self._last_wall = self.wall()
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check)

    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def armed(self) -> bool:
        return self._armed

    @Slot(int)
    def set_minutes(self, minutes: int) -> None:
        """A new limit, counted from now."""
        self._minutes = minutes
        self.touch()
        self._update_timer()

    def set_armed(self, armed: bool) -> None:
        """Watch while a database is open; idleness is counted from now."""
        self._armed = armed
        self.touch()
        self._update_timer()

    def touch(self) -> None:
        self._last_input = self.monotonic()
        self._last_wall = self.wall()

    def _update_timer(self) -> None:
        """The timer and the input filter run only while there is something to lock."""
        app = QApplication.instance()
        if self._armed and self._minutes > 0:
            self.timer.start()
            if app is not None:
                app.installEventFilter(self)  # installing twice keeps one
        else:
            self.timer.stop()
            if app is not None:
                app.removeEventFilter(self)

    @Slot()
    def check(self) -> None:
        """Lock when idle for the limit or when the wall clock jumped past it (sleep)."""
        if not self._armed or self._minutes <= 0:
            return
        now_wall = self.wall()
        gap = (now_wall - self._last_wall).total_seconds()
        self._last_wall = now_wall
        if self._exempt():
            self._last_input = self.monotonic()
            return
        limit = self._minutes * 60
        if gap > limit or self.monotonic() - self._last_input >= limit:
            self._fire()

    @Slot()
    def session_ending(self) -> None:
        """The computer is going to sleep or the screen was locked: lock now."""
        if self._armed and not self._exempt():
            self._fire()

    def _fire(self) -> None:
        self._armed = False
        self._update_timer()
        self.lock_due.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._last_input = self.monotonic()
        return False


class SessionSignals(QObject):
    """The platform's "going to sleep" and "screen locked", where D-Bus tells them.

    Without QtDBus or without a bus (Windows, macOS, a bare container) it simply
    never emits; ``connected`` counts the signals it listens to.
    """

    session_ending = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected = 0
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        for system, service, path, interface, name, slot in SLEEP_SIGNALS:
            bus = QDBusConnection.systemBus() if system else QDBusConnection.sessionBus()
            if not bus.isConnected():
                continue
            try:
                if bus.connect(service, path, interface, name, self,
                               SLOT(slot)):  # type: ignore[call-overload]
                    self.connected += 1
            except (TypeError, RuntimeError):
                continue

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.session_ending.emit()

    @Slot(bool)
    def on_screen_saver(self, active: bool) -> None:
        if active:
            self.session_ending.emit()


class AutoLockSetting(QGroupBox):
    """Asetukset ▸ Lukitus: the minutes without use before the database is locked."""

    changed = Signal(int)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auto_lock_group")
        self._settings = settings
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("auto_lock_minutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.minutes.setValue(saved_minutes(settings))
        self.label = QLabel(self)
        self.label.setBuddy(self.minutes)
        self.hint = QLabel(self)
        self.hint.setObjectName("auto_lock_hint")
        self.hint.setWordWrap(True)
        mute(self.hint)
        layout = QFormLayout(self)
        layout.addRow(self.label, self.minutes)
        layout.addRow(self.hint)
        self.minutes.valueChanged.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(_("Locking"))
        self.label.setText(_("&Lock automatically when unused (min)"))
        self.minutes.setSpecialValueText(_("off"))
        self.minutes.setToolTip(_("0 = never"))
        self.hint.setText(_("The database is also locked when the computer goes to sleep. "
                            "Anything typed but not saved is kept and shown again after "
                            "unlocking."))

    @Slot(int)
    def _on_changed(self, minutes: int) -> None:
        self._settings.setValue(AUTO_LOCK_KEY, minutes)
        self.changed.emit(minutes)


class WindowAutoLock(QObject):
    """The main window's auto-lock: the watcher, the platform's signals, the setting.

    ``lock_due`` asks the window's owner to lock without questions; it first takes the
    drafts (``keep_drafts``) and gives them back to ``Drafts.restore`` after unlocking.
    """

    lock_due = Signal()

    def __init__(self, settings: QSettings, clock: Clock, window: QWidget,
                 areas: Sequence[object], parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._window, self._areas = window, areas
        self.watcher = IdleWatcher(saved_minutes(settings), wall=clock.now,
                                   exempt=self.in_signup_mode, parent=self)
        self.session = SessionSignals(self)
        self.setting = AutoLockSetting(settings)
        self.watcher.lock_due.connect(self.lock_due)
        self.session.session_ending.connect(self.watcher.session_ending)
        self.setting.changed.connect(self.watcher.set_minutes)

    def install(self, settings_area: SettingsArea | None) -> None:
        if settings_area is not None:
            settings_area.add_section(self.setting)

    def in_signup_mode(self) -> bool:
        return any(isinstance(area, EventsArea) and area.signup is not None
                   for area in self._areas)

    def set_database(self, db: Database | None) -> None:
        self.watcher.set_armed(db is not None)

    def keep_drafts(self, path: Path) -> Drafts:
        """What was typed in the areas and dialogs, kept; the dialogs closed."""
        return keep_drafts(path, self._window, self._areas)

    def retranslate(self) -> None:
        self.setting.retranslate()
