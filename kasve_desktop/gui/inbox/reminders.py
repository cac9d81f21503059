"""The reminder notice and the calendar export of the main window.

``ReminderScheduler`` shows a non-modal ``ReminderNotice`` when asked (after a
database is unlocked) and again whenever the injected ``today`` turns to a new
day while the database stays open; nothing is shown when nothing is due. The
breaches whose 72 hours run come first, with the hours left, the most urgent
first; then the requests. "Go to breaches" (shown when breaches are listed) and
"Go to requests" (shown when requests are) ask the window for those areas.
``CalendarExporter`` asks for a file name (starting in the folder documents were last
saved in, ``gui.common.save_files``) and writes the open requests' dates and the
breaches' running deadlines as an iCalendar file (``services.requests.calendar``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.domain.vocabulary import REQUEST_TYPE_LABELS, RequestType
from kasve_desktop.gui.breaches.cells import COLOURS, hours_state, local_text
from kasve_desktop.gui.common.save_files import remember_folder, start_folder
from kasve_desktop.i18n import _, display_date, display_number, ngettext
from kasve_desktop.services.breaches import BreachRow
from kasve_desktop.services.database import Database
from kasve_desktop.services.requests.calendar import DEFAULT_FILENAME, write_ics
from kasve_desktop.services.requests.reminders import OpenRequest, Reminders, reminders

CHECK_INTERVAL_MS = 60_000
MOST_URGENT = 6
ALERT_STYLE = "color: #b3261e; font-weight: bold;"
WARNING_STYLE = "color: #9a5b00; font-weight: bold;"
HEADING_STYLE = "font-size: 13pt; font-weight: bold;"
SUBHEADING_STYLE = "font-weight: bold;"
MUTED_STYLE = "color: palette(placeholder-text);"


def count_lines(found: Reminders) -> list[tuple[str, str]]:
    """``(text, style)`` for each situation that has breaches or requests, the most urgent
    first."""
    lines: list[tuple[str, str]] = []
    if found.breaches:
        lines.append((ngettext(
            "{count} breach whose 72 hours for notifying the authority are running",
            "{count} breaches whose 72 hours for notifying the authority are running",
            len(found.breaches)).format(count=display_number(len(found.breaches))),
            breach_style(min(found.breaches, key=_hours_left))))
    overdue, soon = len(found.overdue), len(found.due_soon)
    later = len(found.due_this_week) - soon
    if overdue:
        lines.append((ngettext("{count} request overdue", "{count} requests overdue",
                               overdue).format(count=display_number(overdue)), ALERT_STYLE))
    if soon:
        lines.append((ngettext("{count} due within 2 working days",
                               "{count} due within 2 working days",
                               soon).format(count=display_number(soon)), WARNING_STYLE))
    if later:
        text = (ngettext("{count} more due within 7 days", "{count} more due within 7 days",
                         later) if soon else
                ngettext("{count} due within 7 days", "{count} due within 7 days", later))
        lines.append((text.format(count=display_number(later)), ""))
    waiting = len(found.identity_waiting)
    if waiting:
        lines.append((ngettext(
            "{count} identity question unanswered for {days} days or more",
            "{count} identity questions unanswered for {days} days or more",
            waiting).format(count=display_number(waiting), days=found.identity_days), ""))
    return lines


def situation(request: OpenRequest, today: dt.date) -> tuple[str, str]:
    """``(text, style)``: overdue by N days, due today, due in N days, or asked N days ago."""
    days = request.days_left
    if days < 0:
        return ngettext("overdue by {days} day", "overdue by {days} days", -days).format(
            days=display_number(-days)), ALERT_STYLE
    if days == 0:
        return _("due today"), WARNING_STYLE
    if days == 1:
        return _("due tomorrow"), ""
    if days <= 7:
        return ngettext("due in {days} day", "due in {days} days", days).format(
            days=display_number(days)), ""
    asked = (today - request.paused_on).days if request.paused_on else 0
    return ngettext("identity asked {days} day ago", "identity asked {days} days ago",
                    asked).format(days=display_number(asked)), ""


def _hours_left(breach: BreachRow) -> int:
    return breach.hours_left if breach.hours_left is not None else 0


def breach_style(breach: BreachRow) -> str:
    """The breach list's colour for the hours left (``gui.breaches.cells``), in bold."""
    colour = COLOURS.get(hours_state(_hours_left(breach)))
    return f"color: {colour}; font-weight: bold;" if colour else ""


def breach_situation(breach: BreachRow) -> tuple[str, str]:
    """``(text, style)``: N hours left to notify by the deadline (Helsinki time), or the
    72 hours passed N hours ago; coloured as the breach list colours it."""
    hours = _hours_left(breach)
    deadline = local_text(breach.notify_by)
    if hours < 0:
        text = _("{hours}, the deadline was {time}").format(hours=ngettext(
            "notification overdue by {count} hour", "notification overdue by {count} hours",
            -hours).format(count=display_number(-hours)), time=deadline)
    else:
        text = _("{hours}, by {time}").format(hours=ngettext(
            "{count} hour left to notify", "{count} hours left to notify", hours).format(
            count=display_number(hours)), time=deadline)
    return text, breach_style(breach)


def heading(found: Reminders) -> str:
    if not found.breaches:
        return _("Requests that need attention")
    if found.requests_empty:
        return _("Breaches that need attention")
    return _("Breaches and requests that need attention")


def type_label(value: str) -> str:
    try:
        return _(REQUEST_TYPE_LABELS[RequestType(value)])
    except ValueError:
        return value


def _label(text: str, style: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(style)
    return label


class ReminderNotice(QDialog):
    """What needs attention today: counts, the running breaches, the most urgent requests."""

    inbox_requested = Signal()
    breaches_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_notice")
        self.setModal(False)
        self.found: Reminders | None = None
        self.heading = _label("", HEADING_STYLE, self)
        self.date_label = _label("", MUTED_STYLE, self)
        self.counts = QVBoxLayout()
        self.breach_heading = _label("", SUBHEADING_STYLE, self)
        self.breach_list = QGridLayout()
        self.breach_list.setHorizontalSpacing(14)
        self.urgent_heading = _label("", SUBHEADING_STYLE, self)
        self.urgent = QGridLayout()
        self.urgent.setHorizontalSpacing(14)
        self.buttons = QDialogButtonBox(self)
        self.inbox_button = QPushButton(self)
        self.inbox_button.setObjectName("inbox_button")
        self.buttons.addButton(self.inbox_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.breaches_button = QPushButton(self)
        self.breaches_button.setObjectName("breaches_button")
        self.buttons.addButton(self.breaches_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.inbox_button.clicked.connect(self._on_inbox)
        self.breaches_button.clicked.connect(self._on_breaches)
        self.ok_button.clicked.connect(self.accept)
        self._lay_out()

    def _lay_out(self) -> None:
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        for widget in (self.heading, self.date_label):
            text.addWidget(widget)
        text.addSpacing(6)
        text.addLayout(self.counts)
        text.addSpacing(10)
        text.addWidget(self.breach_heading)
        text.addLayout(self.breach_list)
        text.addSpacing(10)
        text.addWidget(self.urgent_heading)
        text.addLayout(self.urgent)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addSpacing(8)
        row.addLayout(text, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 12)
        column.addLayout(row)
        column.addSpacing(12)
        column.addWidget(self.buttons)

    def show_reminders(self, found: Reminders) -> None:
        """Fill the notice with ``found`` (its texts in the current language)."""
        self.found = found
        self.setWindowTitle(_("Reminders"))
        self.heading.setText(heading(found))
        self.date_label.setText(_("Situation on {date}").format(date=display_date(found.today)))
        self.inbox_button.setText(_("&Go to requests"))
        self.breaches_button.setText(_("Go to &breaches"))
        self.inbox_button.setVisible(not found.requests_empty)
        self.breaches_button.setVisible(bool(found.breaches))
        _clear(self.counts)
        for text, style in count_lines(found):
            self.counts.addWidget(_label("•  " + text, style, self))
        self._show_breaches(found)
        self._show_urgent(found)
        self.adjustSize()

    def _show_breaches(self, found: Reminders) -> None:
        """Every breach whose 72 hours run: there are few, and each one is urgent."""
        _clear(self.breach_list)
        self.breach_heading.setText(
            _("Breaches, the authority to be notified within 72 hours:") if found.breaches
            else "")
        for row, breach in enumerate(found.breaches):
            text, style = breach_situation(breach)
            for column, cell in enumerate((text, breach.reference, breach.title)):
                self.breach_list.addWidget(_label(cell, style if column == 0 else "", self),
                                           row, column)
        self.breach_list.setColumnStretch(2, 1)

    def _show_urgent(self, found: Reminders) -> None:
        _clear(self.urgent)
        everything = found.most_urgent()
        urgent = everything[:MOST_URGENT]
        self.urgent_heading.setText(_("The most urgent:") if urgent else "")
        for row, request in enumerate(urgent):
            text, style = situation(request, found.today)
            cells = (request.reference, type_label(request.type), request.requester, text)
            for column, cell in enumerate(cells):
                self.urgent.addWidget(_label(cell, style if column == 3 else "", self),
                                      row, column)
        more = len(everything) - len(urgent)
        if more:
            self.urgent.addWidget(_label(ngettext("and {count} more", "and {count} more", more)
                                         .format(count=display_number(more)), MUTED_STYLE, self),
                                  len(urgent), 0, 1, 4)
        self.urgent.setColumnStretch(2, 1)

    def forget(self) -> None:
        """Hide and empty the notice (the database is locked: no requester stays in it)."""
        self.hide()
        self.found = None
        for layout in (self.counts, self.breach_list, self.urgent):
            while (item := layout.takeAt(0)) is not None:
                widget = item.widget()
                if widget is not None:
                    widget.setParent(None)  # gone now, not after the next event loop turn
                    widget.deleteLater()

    def retranslate(self) -> None:
        if self.found is not None:
            self.show_reminders(self.found)

    @Slot()
    def _on_inbox(self) -> None:
        self.inbox_requested.emit()
        self.accept()

    @Slot()
    def _on_breaches(self) -> None:
        self.breaches_requested.emit()
        self.accept()


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class ReminderScheduler(QObject):
    """Shows the notice on unlocking (``show_now``) and when the day changes."""

    inbox_requested = Signal()
    breaches_requested = Signal()

    def __init__(self, today: Callable[[], dt.date], window: QWidget,
                 now: Callable[[], dt.datetime] | None = None) -> None:
        """``now`` counts the breaches' hours; without it, the open database's clock."""
        super().__init__(window)
        self._today, self._now = today, now
        self._db: Database | None = None
        self._checked_on: dt.date | None = None
        self.notice = ReminderNotice(window)
        self.notice.inbox_requested.connect(self.inbox_requested)
        self.notice.breaches_requested.connect(self.breaches_requested)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self._on_tick)

    def set_database(self, db: Database | None) -> None:
        """Follow the open database; the day's check waits for ``show_now`` or a new day."""
        self._db = db
        self.notice.hide()
        if db is None:
            self.notice.forget()
            self.timer.stop()
            self._checked_on = None
        else:
            self._checked_on = self._today()
            self.timer.start()

    def show_now(self, activate: bool = True) -> Reminders | None:
        """Check today's reminders and show them; hide the notice when nothing is due."""
        if self._db is None:
            return None
        self._checked_on = self._today()
        found = reminders(self._db, self._checked_on,
                          self._now() if self._now is not None else None)
        if found.empty:
            self.notice.hide()
            return found
        self.notice.show_reminders(found)
        self.notice.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not activate)
        self.notice.show()
        if activate:
            self.notice.raise_()
            self.notice.activateWindow()
        return found

    @Slot()
    def _on_tick(self) -> None:
        if self._db is not None and self._today() != self._checked_on:
            self.show_now(activate=False)

    def retranslate(self) -> None:
        if self.notice.isVisible():
            self.notice.retranslate()


class CalendarExporter(QObject):
    """File ▸ Export open deadlines to calendar…: a file name, then the .ics file (the open
    requests' answer-by dates and the breaches' running 72 hours)."""

    saved = Signal(str)
    """A confirmation for the status bar."""

    def __init__(self, today: Callable[[], dt.date], now: Callable[[], dt.datetime],
                 window: QWidget) -> None:
        super().__init__(window)
        self._today, self._now, self._window = today, now, window
        self._db: Database | None = None
        self.dialog: QFileDialog | None = None
        self.message: QMessageBox | None = None

    def set_database(self, db: Database | None) -> None:
        self._db = db

    @Slot()
    def choose_file(self) -> None:
        if self._db is None:
            return
        dialog = QFileDialog(self._window, _("Export open deadlines to calendar"),
                             str(start_folder() / DEFAULT_FILENAME),
                             _("iCalendar files (*.ics)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("ics")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save)
        self.dialog = dialog
        dialog.open()

    @Slot(str)
    def save(self, path: str) -> None:
        """Write the calendar file; a clear message if the file cannot be written."""
        self.dialog = None
        if self._db is None or not path:
            return
        try:
            count = write_ics(self._db, Path(path), self._today(), self._now())
        except OSError as error:
            self._show_error(path, error)
            return
        remember_folder(Path(path))
        self.saved.emit(ngettext(
            "{count} deadline saved to {file}", "{count} deadlines saved to {file}",
            count).format(count=display_number(count), file=Path(path).name))

    def _show_error(self, path: str, error: OSError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, _("Export open deadlines to calendar"),
                          _("The calendar file could not be saved."),
                          QMessageBox.StandardButton.Ok, self._window)
        box.setInformativeText(_("{path}: {reason}").format(
            path=path, reason=error.strerror or str(error)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
