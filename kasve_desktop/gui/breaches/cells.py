"""The breach list's 72-hour countdown: "31 h jäljellä", "Myöhässä 5 h" or "—".

The countdown carries its state three ways, as the inbox's does and with the
inbox's colours and icons (``gui.inbox.countdown``): the words, a colour (red once
past or under 12 hours, amber under 24) and an icon whose shape differs too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from kasve_desktop.clock import local_time
from kasve_desktop.gui.common.table_model import ROW_ROLE, Emphasis
from kasve_desktop.gui.inbox.countdown import (
    COUNTDOWN_COLOURS,
    EMPHASIS,
    ICON_SIZE,
    countdown_icon,
)
from kasve_desktop.i18n import _, display_datetime, display_number, ngettext
from kasve_desktop.services.breaches import BreachRow
from kasve_desktop.services.listing import Countdown

ALERT_HOURS = 12
WARNING_HOURS = 24
NO_DEADLINE = "—"
COLOURS = COUNTDOWN_COLOURS
"""The colour of each state (the inbox's); none once no deadline runs."""


def hours_state(hours_left: int | None) -> Countdown:
    """The inbox's countdown state that ``hours_left`` looks like (CLOSED: none runs)."""
    if hours_left is None:
        return Countdown.CLOSED
    if hours_left < 0:
        return Countdown.OVERDUE
    if hours_left < ALERT_HOURS:
        return Countdown.TODAY
    if hours_left < WARNING_HOURS:
        return Countdown.WEEK
    return Countdown.ON_TIME


def hours_text(hours_left: int | None) -> str:
    """``31 h jäljellä``, ``Myöhässä 5 h``; ``—`` when no deadline runs."""
    if hours_left is None:
        return NO_DEADLINE
    if hours_left < 0:
        return ngettext("Overdue by {count} hour", "Overdue by {count} hours",
                        -hours_left).format(count=display_number(-hours_left))
    return ngettext("{count} hour left", "{count} hours left", hours_left).format(
        count=display_number(hours_left))


def local_text(instant: dt.datetime | None) -> str:
    """An instant in Helsinki time, as the interface writes it."""
    return display_datetime(local_time(instant)) if instant is not None else ""


def row_hours_text(row: BreachRow) -> str:
    """The countdown; once none runs, "Notified late" for a late notification."""
    if row.hours_left is None and row.late:
        return _("Notified late")
    return hours_text(row.hours_left)


def row_emphasis(row: BreachRow) -> Emphasis | None:
    return EMPHASIS[hours_state(row.hours_left)]


def row_tooltip(row: BreachRow) -> str:
    if row.hours_left is None:
        if row.late:
            return _("The authority was notified after the 72 hours.")
        return _("No 72-hour deadline runs for this breach.")
    return _("Notify the supervisory authority by {time} (72 hours from the discovery)."
             ).format(time=local_text(row.notify_by))


class HoursDelegate(QStyledItemDelegate):
    """Draws the countdown cell with its state's icon before the text."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        row = index.data(ROW_ROLE)
        if not isinstance(row, BreachRow) or row.hours_left is None:
            return
        option.icon = countdown_icon(hours_state(row.hours_left))  # type: ignore[attr-defined]
        option.decorationSize = QSize(ICON_SIZE, ICON_SIZE)  # type: ignore[attr-defined]
        option.features |= (  # type: ignore[attr-defined]
            QStyleOptionViewItem.ViewItemFeature.HasDecoration)
