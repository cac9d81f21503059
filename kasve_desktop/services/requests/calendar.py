"""The open requests' answer-by dates and the breaches' running 72 hours as an iCalendar
file for the user's calendar.

One all-day event per open request on its date in force, with a stable UID
(the request's ``uid`` + ``@kasve-desktop``) so that importing the file again
updates the events instead of doubling them, and a display alarm on the
morning of the internal target date (``deadline.target_margin_days`` working
days earlier). Each breach whose 72 hours run (``services.breaches.open_deadlines``)
is a timed event at its notify-by instant, in UTC, with the breach's ``uid`` +
``@kasve-desktop`` as its UID and a display alarm ``BREACH_ALARM`` before. The
texts are in the current language. The file holds the requesters' names: it is
written only where the user saves it, readable by the owner only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from icalendar import Alarm, Calendar, Event

from kasve_desktop import __version__
from kasve_desktop.clock import local_time
from kasve_desktop.domain.deadlines import target_date
from kasve_desktop.domain.vocabulary import (
    CHANNEL_LABELS,
    REQUEST_TYPE_LABELS,
    Channel,
    RequestType,
)
from kasve_desktop.i18n import N_, _, display_date, display_datetime, ngettext
from kasve_desktop.paths import write_private
from kasve_desktop.services.breaches import BreachRow, open_deadlines, status_label
from kasve_desktop.services.requests.reminders import OpenRequest, open_requests, target_margin
from kasve_desktop.store.engine import Database

UID_DOMAIN = "kasve-desktop"
PRODID = f"-//Kasve Oy//Kasve Desktop {__version__}//FI"
ALARM_HOUR = 9
DEFAULT_FILENAME = "kasve-maaraajat.ics"
BREACH_ALARM = dt.timedelta(hours=12)
"""How long before a breach's notify-by instant its alarm goes off."""

SOURCE_TEXTS: dict[str, str] = {
    "original": N_("original (one month from receipt)"),
    "extended": N_("extended (three months from receipt)"),
}
E = TypeVar("E", bound=StrEnum)


def _label(labels: Mapping[E, str], kind: type[E], value: str) -> str:
    try:
        return _(labels[kind(value)])
    except ValueError:
        return value


def summary(request: OpenRequest) -> str:
    """``Vastaus: 2026-0042 Tarkastuspyyntö (Maija Meikäläinen)``."""
    kind = _label(REQUEST_TYPE_LABELS, RequestType, request.type)
    if not request.requester:
        return _("Answer: {reference} {type}").format(reference=request.reference, type=kind)
    return _("Answer: {reference} {type} ({requester})").format(
        reference=request.reference, type=kind, requester=request.requester)


def source_text(request: OpenRequest) -> str:
    """Which date is in force, in words."""
    if request.source == "paused":
        return ngettext("moved by an identity pause ({days} day)",
                        "moved by an identity pause ({days} days)",
                        request.paused_days).format(days=request.paused_days)
    return _(SOURCE_TEXTS.get(request.source, request.source))


def description(request: OpenRequest, target: dt.date) -> str:
    lines = [
        _("Requester: {name}").format(name=request.requester or "–"),
        _("Channel: {channel}").format(
            channel=_label(CHANNEL_LABELS, Channel, request.channel)),
        _("Received on: {date}").format(date=display_date(request.received_on)),
        _("Date in force: {date}, {source}").format(date=display_date(request.due_on),
                                                    source=source_text(request)),
        _("Internal target: {date}").format(date=display_date(target)),
    ]
    return "\n".join(lines)


def _alarm(request: OpenRequest, target: dt.date) -> Alarm:
    """A reminder at 9 o'clock on the target date (relative to the all-day event)."""
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary(request))
    alarm.add("trigger", dt.timedelta(days=(target - request.due_on).days, hours=ALARM_HOUR))
    return alarm


def request_event(request: OpenRequest, margin: int, stamp: dt.datetime) -> Event:
    """The all-day event of ``request`` on its date in force."""
    target = target_date(request.due_on, margin)
    event = Event()
    event.add("uid", f"{request.uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", request.due_on)
    event.add("dtend", request.due_on + dt.timedelta(days=1))
    event.add("summary", summary(request))
    event.add("description", description(request, target))
    event.add("transp", "TRANSPARENT")
    event.add_component(_alarm(request, target))
    return event


def breach_summary(breach: BreachRow) -> str:
    """``Ilmoitus valvontaviranomaiselle: L-2027-001 Sähköposti näkyvin osoittein``."""
    return _("Notify the authority: {reference} {title}").format(
        reference=breach.reference, title=breach.title)


def breach_description(breach: BreachRow) -> str:
    return "\n".join((
        _("Personal-data breach discovered: {time}").format(
            time=display_datetime(local_time(breach.discovered_at))),
        _("Notify the supervisory authority by: {time} (72 hours from the discovery, "
          "GDPR Art. 33(1))").format(time=display_datetime(local_time(breach.notify_by))),
        _("Status: {status}").format(status=status_label(breach.status)),
    ))


def breach_event(breach: BreachRow, stamp: dt.datetime) -> Event:
    """The timed event of ``breach`` at its notify-by instant, with an alarm before it."""
    event = Event()
    event.add("uid", f"{breach.uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", breach.notify_by.astimezone(dt.UTC))
    event.add("summary", breach_summary(breach))
    event.add("description", breach_description(breach))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", breach_summary(breach))
    alarm.add("trigger", -BREACH_ALARM)
    event.add_component(alarm)
    return event


def calendar_of(requests: Sequence[OpenRequest], margin: int, stamp: dt.datetime,
                breaches: Sequence[BreachRow] = ()) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # the requests' answer-by dates and the breaches' notify-by instants: named for both
    calendar.add("x-wr-calname", _("Kasve Desktop: deadlines"))
    for request in requests:
        calendar.add_component(request_event(request, margin, stamp))
    for breach in breaches:
        calendar.add_component(breach_event(breach, stamp))
    return calendar


def calendar_bytes(db: Database, today: dt.date, stamp: dt.datetime) -> tuple[bytes, int]:
    """The iCalendar text of every open request and running breach deadline, and the
    number of events.

    ``stamp`` (timezone-aware) is the DTSTAMP of every event: the export's moment, at
    which the breaches' 72 hours are read.
    """
    requests = open_requests(db, today)
    breaches = open_deadlines(db, stamp)
    calendar = calendar_of(requests, target_margin(db), stamp.astimezone(dt.UTC), breaches)
    return calendar.to_ical(), len(requests) + len(breaches)


def write_ics(db: Database, path: Path, today: dt.date, stamp: dt.datetime) -> int:
    """Write the open requests' dates and the breaches' running deadlines to ``path``; the
    number of events (OSError passes)."""
    data, count = calendar_bytes(db, today, stamp)
    write_private(path, data)
    return count
