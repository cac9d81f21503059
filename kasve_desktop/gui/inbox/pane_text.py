"""What the request pane says, in words: the dates in force, the timeline, the files.

Plain functions of a ``RequestDetail`` (no widgets), so that the texts can be
read and tested on their own. Which date is in force is always named, and when
the clock was paused both the paused and the unpaused dates are shown.
"""

from __future__ import annotations

import datetime as dt

from kasve_desktop.clock import local_date
from kasve_desktop.domain.deadline_text import move_lines
from kasve_desktop.domain.deadlines import Deadline, working_days_between
from kasve_desktop.domain.vocabulary import (
    CHANNEL_LABELS,
    REQUEST_STATUS_LABELS,
    REQUEST_TYPE_LABELS,
    TIMELINE_KIND_LABELS,
)
from kasve_desktop.gui.common.widgets import translated
from kasve_desktop.gui.inbox.countdown import COUNTDOWN_LABELS, countdown_text, source_text
from kasve_desktop.i18n import _, display_date, display_number, ngettext
from kasve_desktop.services.listing import display_phone
from kasve_desktop.services.requests.detail import RequestDetail, TimelineRow
from kasve_desktop.services.requests.listing import Countdown, countdown


def title_text(detail: RequestDetail) -> str:
    return f"{detail.reference} · {translated(REQUEST_TYPE_LABELS, detail.type)}"


def status_text(status: str) -> str:
    return translated(REQUEST_STATUS_LABELS, status)


def contact_text(detail: RequestDetail) -> str:
    d = detail.draft
    lines = [d.requester_email, display_phone(d.requester_phone) if d.requester_phone else ""]
    place = " ".join(part for part in (d.requester_postal_code, d.requester_locality) if part)
    lines.append(", ".join(part for part in (d.requester_street, place) if part))
    return "\n".join(line for line in lines if line) or "—"


def person_text(detail: RequestDetail) -> str:
    return detail.person_name or _("Not linked")


def received_text(detail: RequestDetail) -> str:
    return _("{date}, {channel}").format(date=display_date(detail.received_on),
                                         channel=translated(CHANNEL_LABELS, detail.channel))


def due_text(detail: RequestDetail) -> str:
    """``28.12.2026 — the one-month date`` (or the extended, or the paused one)."""
    in_force = detail.in_force
    return _("{date} — {which}").format(
        date=display_date(in_force.deadline.due),
        which=source_text(in_force.source, in_force.paused_days).lower())


def _with_moves(line: str, deadline: Deadline) -> list[str]:
    return [line, *(f"    {move.strip()}" for move in move_lines(deadline))]


def _pause_line(detail: RequestDetail) -> str:
    asked = display_date(detail.paused_on)
    if detail.resumed_on is None:
        return _("Identity question sent {asked}; the answer is still awaited, the clock "
                 "stands still.").format(asked=asked)
    return _("Identity question sent {asked}, answer received {answered}.").format(
        asked=asked, answered=display_date(detail.resumed_on))


def deadline_lines(detail: RequestDetail) -> list[str]:
    """Every date that matters for the request and why each one moved."""
    lines = _with_moves(_("One month from receipt: {date}").format(
        date=display_date(detail.one_month.due)), detail.one_month)
    if detail.extended is not None:
        lines += _with_moves(_("Extended on {day}: {date}").format(
            day=display_date(detail.extended_on), date=display_date(detail.extended.due)),
            detail.extended)
        if detail.extension_reason:
            lines.append("    " + _("Reasons: {reasons}").format(
                reasons=detail.extension_reason))
    if detail.in_force.source == "paused":
        base = detail.extended or detail.one_month
        lines.append(_pause_line(detail))
        lines.append(_("Without the pause: {date}").format(date=display_date(base.due)))
        days = detail.in_force.paused_days
        lines += _with_moves(ngettext("With the pause of {count} day: {date}",
                                      "With the pause of {count} days: {date}", days).format(
            count=display_number(days), date=display_date(detail.in_force.deadline.due)),
            detail.in_force.deadline)
    if detail.is_open:
        lines.append(_("Internal target: {date}").format(date=display_date(detail.target_on)))
    return lines


def days_left_text(detail: RequestDetail, today: dt.date) -> str:
    if not detail.is_open:
        return status_text(detail.status)
    due = detail.in_force.deadline.due
    days, working = (due - today).days, working_days_between(today, due)
    state = countdown(days, working)
    if state in (Countdown.OVERDUE, Countdown.TODAY):  # the countdown already says it
        return countdown_text(days, working)
    return f"{countdown_text(days, working)} · {_(COUNTDOWN_LABELS[state])}"


# --- the timeline and the files -------------------------------------------------------------

def event_text(row: TimelineRow) -> str:
    return translated(TIMELINE_KIND_LABELS, row.kind)


def event_lines(row: TimelineRow) -> str:
    """What happened, what changed (a status or a date), how it was sent or confirmed,
    and when it was entered if that was later than the day it happened."""
    lines = [event_text(row), change_text(row)]
    if row.channel:
        lines.append(_("Sent by: {channel}").format(
            channel=translated(CHANNEL_LABELS, row.channel)))
    if row.identity_method:
        lines.append(_("Identity confirmed: {method}").format(method=row.identity_method))
    entered = local_date(row.at)
    if entered > row.on_date:
        lines.append(_("(entered {date})").format(date=display_date(entered)))
    return "\n".join(line for line in lines if line)


def change_text(row: TimelineRow) -> str:
    """``Vastaanotettu → Käsittelyssä`` or ``28.12.2026 → 24.2.2027``."""
    if row.old_date is not None or row.new_date is not None:
        return f"{display_date(row.old_date)} → {display_date(row.new_date)}"
    if row.from_status and row.to_status:
        return f"{status_text(row.from_status)} → {status_text(row.to_status)}"
    return status_text(row.to_status) if row.to_status else ""


def size_text(size: int) -> str:
    if size < 1024:
        return _("{size} B").format(size=display_number(size))
    return _("{size} kB").format(size=display_number(round(size / 1024)))
