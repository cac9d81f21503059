"""The inbox's filters in SQL: scope, type, status and a LIKE search.

The date bounds are on the *unmoved* date in force
(``request_queries.request_in_force_key``, a Julian day number): the caller
(``services.requests.listing``) turns "overdue" and "due this week" into such
bounds with the working-day rules of ``domain/``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, SQLColumnExpression, func, literal, or_

from kasve_desktop.domain.vocabulary import OPEN_STATUSES
from kasve_desktop.store.models import Request

Expr = SQLColumnExpression[Any]


@dataclass(frozen=True)
class RequestWhere:
    """Which requests a list shows; the bounds are on the unmoved date in force.

    ``patterns`` are LIKE patterns (escaped with ``\\``): a request matches when
    any of its searched columns matches any pattern; ``phone_patterns`` are
    matched against the stored E.164 phone number only.
    """

    open_only: bool = False
    raw_due_after: dt.date | None = None
    raw_due_until: dt.date | None = None
    type: str | None = None
    status: str | None = None
    patterns: tuple[str, ...] = ()
    phone_patterns: tuple[str, ...] = ()


def request_is_open() -> Expr:
    return Request.status.in_(sorted(OPEN_STATUSES))


def _search(where: RequestWhere) -> Expr:
    columns = (Request.reference, Request.requester_name, Request.requester_email,
               Request.requester_phone, Request.description)
    clauses = [column.like(pattern, escape="\\") for pattern in where.patterns
               for column in columns]
    clauses += [Request.requester_phone.like(pattern, escape="\\")
                for pattern in where.phone_patterns]
    return or_(*clauses)


def request_conditions(where: RequestWhere, in_force: Expr) -> list[Expr]:
    conditions: list[Expr] = []
    if where.open_only:
        conditions.append(request_is_open())
    if where.raw_due_after is not None:
        conditions.append(in_force > func.julianday(literal(where.raw_due_after, Date)))
    if where.raw_due_until is not None:
        conditions.append(in_force <= func.julianday(literal(where.raw_due_until, Date)))
    if where.type is not None:
        conditions.append(Request.type == where.type)
    if where.status is not None:
        conditions.append(Request.status == where.status)
    if where.patterns or where.phone_patterns:
        conditions.append(_search(where))
    return conditions
