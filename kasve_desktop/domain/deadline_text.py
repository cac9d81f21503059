"""Answer-by dates explained in words: every date, every move and its reason.

The same sentences serve the ``deadline`` command and the inbox's detail pane,
so that what a script prints and what the window shows always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_date

from kasve_desktop.domain import deadlines
from kasve_desktop.domain.deadlines import Deadline
from kasve_desktop.i18n import LOCALES, _, current_language, letter_date, ngettext

LATE_QUESTION_DAYS = 7
"""A pause question sent later than this after receipt gets a warning (not 'without delay')."""


def day_text(day: dt.date, lang: str | None = None) -> str:
    return letter_date(day, lang or current_language())


def weekday_text(day: dt.date, lang: str | None = None) -> str:
    return format_date(day, "cccc", locale=LOCALES[lang or current_language()])


def move_lines(deadline: Deadline, lang: str | None = None) -> list[str]:
    """``24.12.2026 Jouluaatto → 28.12.2026``, then each further day skipped and why."""
    if not deadline.moved:
        return []
    lang = lang or current_language()
    again = deadlines.move_to_working_day(deadline.raw, lang).skipped
    first, *rest = again
    lines = [f"{day_text(first.day, lang)} {first.reason} → {day_text(deadline.due, lang)}"]
    return lines + [f"  {day_text(s.day, lang)} {s.reason}" for s in rest]


def move_text(deadline: Deadline, lang: str | None = None) -> str:
    """One line for a tooltip: the moves of ``move_lines`` joined."""
    return "; ".join(line.strip() for line in move_lines(deadline, lang))


@dataclass(frozen=True)
class Explained:
    """The date in force and the lines that explain it."""

    due: dt.date
    lines: tuple[str, ...]


def _received_lines(received: dt.date, one: Deadline) -> list[str]:
    return [
        _("Received {date} ({weekday}); the day of receipt is not counted.").format(
            date=day_text(received), weekday=weekday_text(received)),
        _("One month from receipt: {date}").format(date=day_text(one.raw)),
        *move_lines(one),
    ]


def _extended_lines(received: dt.date, one: Deadline) -> tuple[Deadline, list[str]]:
    longer = deadlines.extended(received)
    return longer, [
        _("An extension must be decided, and the person told with reasons, by {date}.")
        .format(date=day_text(one.due)),
        _("Three months from receipt: {date}").format(date=day_text(longer.raw)),
        *move_lines(longer),
    ]


def _pause_lines(received: dt.date, asked: dt.date, answered: dt.date,
                 base: Deadline, is_extended: bool) -> tuple[Deadline, list[str]]:
    days = deadlines.pause_days(asked, answered)
    moved = deadlines.paused(received, asked, answered, is_extended=is_extended,
                             lang=current_language())
    lines = [ngettext(
        "Question sent {asked}, answer received {answered}: the clock stood still {days} day.",
        "Question sent {asked}, answer received {answered}: the clock stood still {days} days.",
        days).format(asked=day_text(asked), answered=day_text(answered), days=days),
        _("{raw} + {days} d = {date}").format(raw=day_text(base.raw), days=days,
                                              date=day_text(moved.raw)),
        *move_lines(moved),
        _("Without the pause: {date}").format(date=day_text(base.due))]
    late = (asked - received).days
    if late > LATE_QUESTION_DAYS:
        lines.append(ngettext(
            "Warning: the question was sent {days} day after receipt; a pause needs the "
            "question to be asked without undue delay.",
            "Warning: the question was sent {days} days after receipt; a pause needs the "
            "question to be asked without undue delay.", late).format(days=late))
    return moved, lines


def _source_text(source: str) -> str:
    return {"original": _("the one-month date"), "extended": _("the extended date"),
            "paused": _("moved by the pause")}[source]


def explain(received: dt.date, *, is_extended: bool = False, asked: dt.date | None = None,
            answered: dt.date | None = None) -> Explained:
    """The date in force for these facts, with every date and move explained.

    Raises ``ValueError`` when the pause dates are impossible (a question before
    receipt, an answer before the question).
    """
    if (asked is None) != (answered is None):
        raise ValueError(_("give both the date the question was sent and the date the "
                           "answer arrived"))
    if asked is not None and asked < received:
        raise ValueError(_("the question cannot be sent before the request was received"))
    if asked is not None and answered is not None and answered < asked:
        raise ValueError(_("the answer cannot arrive before the question was sent"))
    one = deadlines.one_month(received, current_language())
    lines, base, source = _received_lines(received, one), one, "original"
    if is_extended:
        base, more = _extended_lines(received, one)
        lines += more
        source = "extended"
    if asked is not None and answered is not None:
        base, more = _pause_lines(received, asked, answered, base, is_extended)
        lines += more
        source = "paused"
    lines.append(_("In force: {date} ({weekday}), {source}").format(
        date=day_text(base.due), weekday=weekday_text(base.due), source=_source_text(source)))
    return Explained(base.due, tuple(lines))
