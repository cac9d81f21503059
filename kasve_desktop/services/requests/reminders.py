"""What needs attention today: overdue requests, those due soon, unanswered identity questions,
and the breaches whose 72 hours for notifying the authority are running.

``reminders(db, today)`` reads the open requests (``OPEN_STATUSES``) and sorts
them into the situations of deadlines.md, each list the most urgent first:
overdue, due within 7 days, due within 2 working days (also within the week),
and identity questions still unanswered after ``identity_days`` days (the
setting ``reminder.identity_days``). ``open_requests`` is the same reading for
the calendar export. The date in force comes from ``domain.deadlines`` and the
situation from ``request_listing.countdown``, as in the inbox. The breaches are
``services.breaches.open_deadlines`` at ``now`` (the instant, not only the day: the
72 hours are counted in hours), the soonest deadline first.

The two settings used here (identity days, the internal target margin) are
read and written through this module, validated to their ranges.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain.deadlines import (
    DEFAULT_TARGET_MARGIN,
    in_force_for,
    working_days_between,
)
from kasve_desktop.domain.vocabulary import OPEN_STATUSES, RequestStatus
from kasve_desktop.services.database import transaction
from kasve_desktop.services.requests.listing import Countdown, countdown
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Request, Setting

if TYPE_CHECKING:  # imported when needed: services.listing imports this module and breaches it
    from kasve_desktop.services.breaches import BreachRow

SOON = frozenset({Countdown.TODAY, Countdown.SOON})
WEEK = SOON | {Countdown.WEEK}
IDENTITY_DAYS_KEY = "reminder.identity_days"
TARGET_MARGIN_KEY = "deadline.target_margin_days"
DEFAULT_IDENTITY_DAYS = 14
IDENTITY_DAYS_RANGE = (1, 90)
TARGET_MARGIN_RANGE = (0, 15)


@dataclass(frozen=True)
class OpenRequest:
    """An open request with its date in force as of ``today``."""

    id: int
    uid: str
    reference: str
    type: str
    channel: str
    status: str
    requester: str
    received_on: dt.date
    due_on: dt.date
    source: str
    """Which date is in force: ``original``, ``extended`` or ``paused``."""
    paused_days: int
    paused_on: dt.date | None
    """When the identity question was sent, while its answer is still awaited."""
    days_left: int
    """Calendar days from today to ``due_on``; negative when overdue."""
    working_days_left: int

    @property
    def countdown(self) -> Countdown:
        return countdown(self.days_left, self.working_days_left)


@dataclass(frozen=True)
class Reminders:
    today: dt.date
    identity_days: int
    overdue: tuple[OpenRequest, ...]
    due_this_week: tuple[OpenRequest, ...]
    """Due today or within 7 days (including those within 2 working days)."""
    due_soon: tuple[OpenRequest, ...]
    """Due today or within 2 working days."""
    identity_waiting: tuple[OpenRequest, ...]
    """Identity questions unanswered for at least ``identity_days`` days, the oldest first."""
    breaches: tuple[BreachRow, ...] = ()
    """Breaches whose 72 hours run (still to assess or to notify), the soonest deadline first."""

    @property
    def empty(self) -> bool:
        return not (self.overdue or self.due_this_week or self.identity_waiting
                    or self.breaches)

    @property
    def requests_empty(self) -> bool:
        return not (self.overdue or self.due_this_week or self.identity_waiting)

    def most_urgent(self, limit: int | None = None) -> tuple[OpenRequest, ...]:
        """Overdue, then due this week, then waiting identity questions; no request twice."""
        seen: dict[int, OpenRequest] = {}
        for request in (*self.overdue, *self.due_this_week, *self.identity_waiting):
            seen.setdefault(request.id, request)
        return tuple(seen.values())[:limit]


def _open_request(row: Request, today: dt.date) -> OpenRequest:
    in_force = in_force_for(row, today)
    due = in_force.deadline.due
    return OpenRequest(
        id=row.id, uid=row.uid, reference=row.reference, type=row.type, channel=row.channel,
        status=row.status, requester=row.requester_name, received_on=row.received_on,
        due_on=due, source=in_force.source, paused_days=in_force.paused_days,
        paused_on=row.paused_on if in_force.pause_open else None,
        days_left=(due - today).days, working_days_left=working_days_between(today, due))


def open_requests(db: Database, today: dt.date) -> list[OpenRequest]:
    """Every open request, the earliest date in force first."""
    with db.sessions() as session:
        rows = session.scalars(
            select(Request).where(Request.status.in_(sorted(OPEN_STATUSES)))).all()
        found = [_open_request(row, today) for row in rows]
    return sorted(found, key=lambda r: (r.due_on, r.reference))


def _waits_for_identity(request: OpenRequest, today: dt.date, days: int) -> bool:
    return (request.status == RequestStatus.IDENTITY_CHECK and request.paused_on is not None
            and (today - request.paused_on).days >= days)


def reminders(db: Database, today: dt.date, now: dt.datetime | None = None) -> Reminders:
    """The open requests that need attention on ``today`` and the breaches whose 72 hours
    run at ``now`` (by default the database's clock, the one handed down to it)."""
    from kasve_desktop.services.breaches import open_deadlines

    found = open_requests(db, today)
    days = identity_days(db)
    waiting = sorted((r for r in found if _waits_for_identity(r, today, days)),
                     key=lambda r: (r.paused_on, r.reference))
    return Reminders(
        today=today, identity_days=days,
        overdue=tuple(r for r in found if r.countdown is Countdown.OVERDUE),
        due_this_week=tuple(r for r in found if r.countdown in WEEK),
        due_soon=tuple(r for r in found if r.countdown in SOON), identity_waiting=tuple(waiting),
        breaches=tuple(open_deadlines(db, now if now is not None else db.clock.now())))


# --- the settings -------------------------------------------------------------------------

class SettingOutOfRange(ValueError):
    """A setting's value lies outside its allowed range."""

    def __init__(self, key: str, value: int, allowed: Sequence[int]) -> None:
        super().__init__(f"{key} must be within {allowed[0]}..{allowed[1]}, not {value}")
        self.key, self.value, self.allowed = key, value, tuple(allowed)


def _read_int(db: Database, key: str, default: int, allowed: Sequence[int]) -> int:
    with db.sessions() as session:
        return read_int_setting(session, key, default, allowed)


def read_int_setting(session: Session, key: str, default: int, allowed: Sequence[int]) -> int:
    """A whole-number setting, or ``default`` when it is missing or out of ``allowed``."""
    setting = session.get(Setting, key)
    value = setting.value.get("value") if setting is not None else None
    if isinstance(value, int) and not isinstance(value, bool) \
            and allowed[0] <= value <= allowed[1]:
        return value
    return default


def _write_int(db: Database, key: str, value: int, allowed: Sequence[int]) -> None:
    if isinstance(value, bool) or not allowed[0] <= value <= allowed[1]:
        raise SettingOutOfRange(key, value, allowed)
    with transaction(db) as session:
        setting = session.get(Setting, key)
        if setting is None:
            session.add(Setting(key=key, value={"value": value}))
        elif setting.value != {"value": value}:
            setting.value = {"value": value}


def identity_days(db: Database) -> int:
    """After how many days an unanswered identity question is reminded of (default 14)."""
    return _read_int(db, IDENTITY_DAYS_KEY, DEFAULT_IDENTITY_DAYS, IDENTITY_DAYS_RANGE)


def set_identity_days(db: Database, days: int) -> None:
    """Store the identity reminder's days (1–90; raises SettingOutOfRange otherwise)."""
    _write_int(db, IDENTITY_DAYS_KEY, days, IDENTITY_DAYS_RANGE)


def target_margin(db: Database) -> int:
    """Working days between the internal target date and the legal one (default 5)."""
    return _read_int(db, TARGET_MARGIN_KEY, DEFAULT_TARGET_MARGIN, TARGET_MARGIN_RANGE)


def set_target_margin(db: Database, days: int) -> None:
    """Store the internal target margin (0–15 working days; raises SettingOutOfRange)."""
    _write_int(db, TARGET_MARGIN_KEY, days, TARGET_MARGIN_RANGE)

