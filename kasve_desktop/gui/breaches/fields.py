"""The breach form's editors: instants in Helsinki time, optional ones, and counts.

An instant is edited as the wall-clock time in Helsinki: the editor holds a plain
date and time (kept in Qt as UTC, so that the computer's own time zone and its clock
changes play no part) and ``instant()`` turns it into the aware instant. An optional
instant has a check box before it: unchecked means "not yet" (None), shown blank;
checking it starts at "now". A count of -1 is shown as "—": not known.

The clock changes make two kinds of wall-clock time special: one that does not exist
(the spring hour skipped, 28.3.2027 3.30) is refused (``does_not_exist``), and one
that happens twice (the autumn hour repeated) is the first of the two unless the
editor was given the second (``repeated``: the form shows the offset taken).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QSpinBox, QWidget

from kasve_desktop.clock import HELSINKI, local_time

DISPLAY_FORMAT = "d.M.yyyy HH.mm"
UNSET = "—"
FOLD_PROPERTY = "kasve_fold"
UNKNOWN = -1
MAX_COUNT = 100_000_000
COUNT_ROOM = 40

Now = Callable[[], dt.datetime]


def to_qt(instant: dt.datetime) -> QDateTime:
    """The Helsinki wall-clock time of ``instant``, as the editors hold it."""
    local = local_time(instant)
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute), QTimeZone.utc())


def from_qt(value: QDateTime, fold: int = 0) -> dt.datetime:
    """The aware instant of the Helsinki wall-clock time an editor holds (of a repeated
    hour, the first unless ``fold`` is 1)."""
    day, time = value.date(), value.time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(),
                       tzinfo=HELSINKI, fold=fold)


def does_not_exist(wall: dt.datetime) -> bool:
    """True for a Helsinki wall-clock time the spring clock change skips."""
    there_and_back = wall.astimezone(dt.UTC).astimezone(HELSINKI)
    return there_and_back.replace(tzinfo=None) != wall.replace(tzinfo=None)


def repeated(wall: dt.datetime) -> bool:
    """True for a Helsinki wall-clock time the autumn clock change repeats."""
    return wall.replace(fold=0).utcoffset() != wall.replace(fold=1).utcoffset()


def utc_offset_text(instant: dt.datetime) -> str:
    """``UTC+3``, ``UTC+2`` (Helsinki's offsets are whole hours)."""
    offset = instant.utcoffset() or dt.timedelta()
    return f"UTC{int(offset.total_seconds() // 3600):+d}"


def instant_editor(parent: QWidget, name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setObjectName(name)
    edit.setTimeZone(QTimeZone.utc())
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def set_instant(edit: QDateTimeEdit, instant: dt.datetime) -> None:
    """Show ``instant``; the second of a repeated hour stays the second while shown."""
    shown = to_qt(instant)
    edit.setProperty(FOLD_PROPERTY, shown if local_time(instant).fold else None)
    edit.setDateTime(shown)


def instant(edit: QDateTimeEdit) -> dt.datetime:
    second = edit.property(FOLD_PROPERTY)
    value = edit.dateTime()
    return from_qt(value, 1 if isinstance(second, QDateTime) and second == value else 0)


class OptionalInstant(QWidget):
    """A check box and an instant editor: unchecked is None."""

    changed = Signal()

    def __init__(self, name: str, now: Now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_box")
        self._now = now
        self.check = QCheckBox(self)
        self.check.setObjectName(f"{name}_known")
        self.edit = instant_editor(self, name)
        self.edit.setSpecialValueText(UNSET)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._on_toggled)
        self.edit.dateTimeChanged.connect(self.changed)
        self.set_value(None)

    def value(self) -> dt.datetime | None:
        return instant(self.edit) if self.check.isChecked() else None

    def set_value(self, value: dt.datetime | None) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(value is not None)
        self.check.blockSignals(False)
        self.edit.setEnabled(value is not None)
        if value is None:  # blank ("—"), not a time that would seem meant
            self.edit.setDateTime(self.edit.minimumDateTime())
        else:
            set_instant(self.edit, value)

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        if checked:
            set_instant(self.edit, self._now())
            self.edit.setFocus()
        else:
            self.edit.setDateTime(self.edit.minimumDateTime())
        self.changed.emit()


def count_editor(parent: QWidget, name: str) -> QSpinBox:
    """A count where -1 (shown "—") is "not known"."""
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(UNKNOWN, MAX_COUNT)
    spin.setSpecialValueText("—")
    spin.setGroupSeparatorShown(True)
    spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("100 000 000") + COUNT_ROOM)
    return spin


def count(spin: QSpinBox) -> int | None:
    return None if spin.value() == UNKNOWN else spin.value()


def set_count(spin: QSpinBox, value: int | None) -> None:
    spin.setValue(UNKNOWN if value is None else value)
