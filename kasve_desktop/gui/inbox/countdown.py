"""The inbox's deadline cells: the date in force with its marker, and the countdown.

A countdown reads "5 pv (3 arkipv)" — calendar days left, working days left —
or "Myöhässä 3 pv" / "Erääntyy tänään", and carries its state three ways, so
that nobody depends on colour alone: the words, a colour, and an icon whose
shape differs too (a check mark on time, a triangle when close, a circle with
"!" when overdue).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from kasve_desktop.domain.deadline_text import move_text
from kasve_desktop.gui.common.table_model import ROW_ROLE, Emphasis
from kasve_desktop.i18n import N_, _, display_date, display_number, ngettext
from kasve_desktop.services.listing import Countdown, RequestRow

COUNTDOWN_LABELS: dict[Countdown, str] = {
    Countdown.ON_TIME: N_("On time"),
    Countdown.WEEK: N_("Due within 7 days"),
    Countdown.SOON: N_("Due within 2 working days"),
    Countdown.TODAY: N_("Due today"),
    Countdown.OVERDUE: N_("Overdue"),
    Countdown.CLOSED: N_("Finished"),
}
COUNTDOWN_COLOURS: dict[Countdown, str] = {
    Countdown.ON_TIME: "#2e7d32",
    Countdown.WEEK: "#b7791f",
    Countdown.SOON: "#c25e00",
    Countdown.TODAY: "#b3261e",
    Countdown.OVERDUE: "#b3261e",
}
EMPHASIS: dict[Countdown, Emphasis | None] = {
    Countdown.ON_TIME: None,
    Countdown.WEEK: Emphasis.WARNING,
    Countdown.SOON: Emphasis.WARNING,
    Countdown.TODAY: Emphasis.ALERT,
    Countdown.OVERDUE: Emphasis.ALERT,
    Countdown.CLOSED: Emphasis.MUTED,
}
SOURCE_LABELS = {"original": N_("The one-month date"),
                 "extended": N_("The extended date (three months from receipt)")}
ICON_SIZE = 16


def days_text(days: int) -> str:
    return ngettext("{count} day", "{count} days", days).format(count=display_number(days))


def working_days_text(days: int) -> str:
    return ngettext("{count} working day", "{count} working days", days).format(
        count=display_number(days))


def countdown_text(days_left: int | None, working_days_left: int | None) -> str:
    """``5 pv (3 arkipv)``, ``Erääntyy tänään``, ``Myöhässä 3 pv``; empty once finished."""
    if days_left is None or working_days_left is None:
        return ""
    if days_left < 0:
        return ngettext("Overdue by {count} day", "Overdue by {count} days",
                        -days_left).format(count=display_number(-days_left))
    if days_left == 0:
        return _("Due today")
    return f"{days_text(days_left)} ({working_days_text(working_days_left)})"


def row_countdown_text(row: RequestRow) -> str:
    return countdown_text(row.days_left, row.working_days_left)


def countdown_tooltip(row: RequestRow) -> str:
    if not row.is_open:
        return ""
    return _("{state} — answer by {date}").format(state=_(COUNTDOWN_LABELS[row.countdown]),
                                                  date=display_date(row.due_on))


def countdown_emphasis(row: RequestRow) -> Emphasis | None:
    return EMPHASIS[row.countdown]


def due_text(row: RequestRow) -> str:
    """The date in force, marked when it is the extended or the paused one."""
    day = display_date(row.due_on)
    if row.source == "paused":
        return _("{date} (paused)").format(date=day)
    if row.source == "extended":
        return _("{date} (extended)").format(date=day)
    return day


def source_text(source: str, paused_days: int) -> str:
    """Which date is in force, in words."""
    if source == "paused":
        return ngettext("Moved by a pause of {count} day for an identity question",
                        "Moved by a pause of {count} days for an identity question",
                        paused_days).format(count=display_number(paused_days))
    return _(SOURCE_LABELS[source])


def due_tooltip(row: RequestRow) -> str:
    lines = [source_text(row.source, row.paused_days)]
    if row.deadline is not None and row.deadline.moved:
        lines.append(move_text(row.deadline))
    return "\n".join(lines)


# --- icons ------------------------------------------------------------------------------

def _mark(painter: QPainter, state: Countdown, box: QRectF) -> None:
    painter.setPen(QPen(QColor("white"), 1.8))
    if state is Countdown.ON_TIME:
        path = QPainterPath(QPointF(box.left() + 4, box.center().y()))
        path.lineTo(box.center().x() - 1, box.bottom() - 4)
        path.lineTo(box.right() - 3.5, box.top() + 4.5)
        painter.drawPath(path)
        return
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(box.height() * 0.7))
    painter.setFont(font)
    lower = box.adjusted(0, 2, 0, 0) if state in (Countdown.WEEK, Countdown.SOON,
                                                   Countdown.TODAY) else box
    painter.drawText(lower, int(Qt.AlignmentFlag.AlignCenter), "!")


def _shape(painter: QPainter, state: Countdown, box: QRectF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(COUNTDOWN_COLOURS[state]))
    if state in (Countdown.WEEK, Countdown.SOON, Countdown.TODAY):
        path = QPainterPath(QPointF(box.center().x(), box.top()))
        path.lineTo(box.bottomRight())
        path.lineTo(box.bottomLeft())
        path.closeSubpath()
        painter.drawPath(path)
    else:
        painter.drawEllipse(box)


_icons: dict[Countdown, QIcon] = {}


def countdown_icon(state: Countdown) -> QIcon:
    """A small icon per state (none once finished); shapes differ, not only colours."""
    if state is Countdown.CLOSED:
        return QIcon()
    if state not in _icons:
        pixmap = QPixmap(ICON_SIZE * 2, ICON_SIZE * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(0.5, 0.5, ICON_SIZE - 1, ICON_SIZE - 1)
        _shape(painter, state, box)
        _mark(painter, state, box)
        painter.end()
        _icons[state] = QIcon(pixmap)
    return _icons[state]


class CountdownDelegate(QStyledItemDelegate):
    """Draws the countdown cell with its state's icon before the text."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        row = index.data(ROW_ROLE)
        if not isinstance(row, RequestRow) or row.countdown is Countdown.CLOSED:
            return
        option.icon = countdown_icon(row.countdown)  # type: ignore[attr-defined]
        option.decorationSize = QSize(ICON_SIZE, ICON_SIZE)  # type: ignore[attr-defined]
        option.features |= (  # type: ignore[attr-defined]
            QStyleOptionViewItem.ViewItemFeature.HasDecoration)
