"""The inbox's list in SQL: requests a page at a time, the most urgent first.

A request's answer-by date in force (one month from receipt, three when
extended, moved by an identity pause) is computed here from the same rules as
``domain.deadlines`` and ordered by, so that the inbox sorts and filters by it
in the database (see ``request_where`` for the filters).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Date, case, func, literal, select
from sqlalchemy.orm import Session

from kasve_desktop.domain.deadlines import MONTHS_EXTENDED, MONTHS_ONE
from kasve_desktop.store.models import Request
from kasve_desktop.store.queries import (
    AnyRow,
    Expr,
    Page,
    Ranks,
    add_months_julian,
    ranked,
    sorted_page,
    text_key,
)
from kasve_desktop.store.request_where import RequestWhere, request_conditions, request_is_open


def request_in_force_key(today: dt.date) -> Expr:
    """The unmoved date in force as a Julian day number.

    Moving a date to the next working day never changes the order of two
    dates, so ordering by the unmoved date orders by the date in force.
    """
    unmoved = case((Request.extended_due_on.is_not(None),
                    add_months_julian(Request.received_on, MONTHS_EXTENDED)),
                   else_=add_months_julian(Request.received_on, MONTHS_ONE))
    answered = func.coalesce(Request.resumed_on,
                             func.max(literal(today, Date), Request.paused_on))
    paused = case((Request.paused_on.is_(None), 0),
                  else_=func.julianday(answered) - func.julianday(Request.paused_on))
    return unmoved + paused


def request_count(session: Session, today: dt.date, where: RequestWhere | None = None) -> int:
    statement = select(func.count()).select_from(Request)
    if where is not None:
        statement = statement.where(*request_conditions(where, request_in_force_key(today)))
    return session.scalar(statement) or 0


def request_page(session: Session, page: Page, today: dt.date, ranks: Ranks,
                 where: RequestWhere | None = None) -> Sequence[AnyRow]:
    """Requests, by default the open ones first, the most urgent first."""
    in_force = request_in_force_key(today)
    is_open = request_is_open()
    sort_keys: dict[str, list[Expr]] = {
        "reference": [Request.reference],
        "type": [ranked(Request.type, ranks.get("type", ()))],
        "requester": [text_key(Request.requester_name)],
        "channel": [ranked(Request.channel, ranks.get("channel", ()))],
        "received": [Request.received_on],
        "due": [in_force],
        "days_left": [in_force],
        "status": [ranked(Request.status, ranks.get("status", ()))],
    }
    natural = [case((is_open, 0), else_=1), case((is_open, in_force)).asc(),
               Request.received_on.desc()]
    statement = select(
        Request.id, Request.reference, Request.type, Request.channel, Request.requester_name,
        Request.received_on, Request.status, Request.extended_due_on, Request.paused_on,
        Request.resumed_on)
    if where is not None:
        statement = statement.where(*request_conditions(where, in_force))
    return session.execute(sorted_page(statement, sort_keys, natural, page, Request.id)).all()


def open_request_count(session: Session) -> int:
    return session.scalar(select(func.count()).where(request_is_open())) or 0
