"""A breach's form (``BreachInput``) and what it may say: each refusal a ``BreachInvalid``
naming its field.

The rules of Art. 33–34 that a record must keep: a discovery is not in the future and
no earlier than the breach itself, a risk assessment says who decided it, when and
why, notifications fall between the discovery and now, the authority's notification
follows the risk assessment, and a notification of the authority after the 72 hours
gives the reasons for the delay (Art. 33(1)). A breach assessed as no risk may still
be notified, voluntarily: no deadline binds that notification. What
needs the database (register keys, person ids) is checked in ``breaches``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kasve_desktop.clock import as_utc
from kasve_desktop.domain import breach_clock
from kasve_desktop.domain.breach_clock import Risk
from kasve_desktop.domain.errors import UserError
from kasve_desktop.i18n import N_

TITLE_LIMIT = 200
TITLE_NEEDED = N_("Write a title for the breach.")
TITLE_TOO_LONG = N_("The title is longer than {limit} characters.")
DISCOVERED_FUTURE = N_("The breach cannot have been discovered in the future.")
HAPPENED_AFTER = N_("The breach cannot have happened after it was discovered.")
COUNT_NEGATIVE = N_("A number of persons or records cannot be negative.")
DECIDER_NEEDED = N_("A risk assessment needs the name of whoever decided it.")
DECIDED_NEEDED = N_("A risk assessment needs the time it was decided.")
DECIDED_RANGE = N_("The risk must have been decided between the discovery and now.")
REASONS_NEEDED = N_("Write the reasons for the risk assessment.")
AUTHORITY_RANGE = N_("The authority must have been notified between the discovery and now.")
DELAY_NEEDED = N_("The authority was notified after the 72 hours: write the reasons for "
                  "the delay (GDPR Art. 33(1)).")
NOTIFIED_UNASSESSED = N_("Record the risk assessment first: a notification of the authority "
                         "follows from the assessed risk.")
PERSONS_RANGE = N_("The persons must have been told between the discovery and now.")
NOT_TOLD_ONLY_HIGH = N_("A reason for not telling the persons is only given when the risk "
                        "is high (GDPR Art. 34(3)).")
CLOSED_NEEDS_DONE = N_("The breach is closed: reopen it before leaving something to do.")


@dataclass(frozen=True)
class BreachInput:
    """What the breach form edits; every instant timezone-aware."""

    title: str
    discovered_at: dt.datetime
    happened_at: dt.datetime | None = None
    happened_note: str = ""
    description: str = ""
    person_categories: str = ""
    persons_count: int | None = None
    data_categories: str = ""
    records_count: int | None = None
    register_keys: tuple[str, ...] = ()
    consequences: str = ""
    measures_taken: str = ""
    measures_proposed: str = ""
    risk: Risk | None = None
    risk_reasons: str = ""
    decided_by: str = ""
    decided_at: dt.datetime | None = None
    authority_notified_at: dt.datetime | None = None
    authority_reference: str = ""
    delay_reasons: str = ""
    persons_notified_at: dt.datetime | None = None
    persons_not_told_reason: str = ""
    note: str = ""
    persons_message: str = ""
    """What the persons are told, in plain language (Art. 34(2)); the letters print it."""
    person_ids: tuple[int, ...] = ()


class BreachInvalid(UserError):
    """Refused input; ``field`` is the ``BreachInput`` field it is about ("" for none)."""

    def __init__(self, message: str, /, field: str = "", **params: object) -> None:
        super().__init__(message, **params)
        self.field = field


def _between(value: dt.datetime | None, start: dt.datetime, now: dt.datetime) -> bool:
    return value is None or start <= as_utc(value) <= now


def one_line(text: str) -> str:
    """``text`` as one printable line: line breaks and runs of white space become one
    space, other control characters (a terminal's escape, say) are dropped."""
    return "".join(c for c in " ".join(text.split()) if c.isprintable())


def _check_text(data: BreachInput) -> None:
    title = one_line(data.title)
    if not title:
        raise BreachInvalid(TITLE_NEEDED, field="title")
    if len(title) > TITLE_LIMIT:
        raise BreachInvalid(TITLE_TOO_LONG, field="title", limit=TITLE_LIMIT)
    for field in ("persons_count", "records_count"):
        count = getattr(data, field)
        if count is not None and count < 0:
            raise BreachInvalid(COUNT_NEGATIVE, field=field)


def _check_notification(data: BreachInput, discovered: dt.datetime,
                        notified: dt.datetime) -> None:
    """A notification follows the assessment; the 72 hours bind it unless it was made
    voluntarily for a breach assessed as no risk (none is due, Art. 33(1))."""
    if data.risk is None:
        raise BreachInvalid(NOTIFIED_UNASSESSED, field="risk")
    if breach_clock.authority_to_be_notified(data.risk) and not data.delay_reasons.strip() \
            and breach_clock.is_late(discovered, notified):
        raise BreachInvalid(DELAY_NEEDED, field="delay_reasons")


def _check_times(data: BreachInput, now: dt.datetime) -> None:
    discovered = as_utc(data.discovered_at)
    if discovered > now:
        raise BreachInvalid(DISCOVERED_FUTURE, field="discovered_at")
    if data.happened_at is not None and as_utc(data.happened_at) > discovered:
        raise BreachInvalid(HAPPENED_AFTER, field="happened_at")
    if not _between(data.authority_notified_at, discovered, now):
        raise BreachInvalid(AUTHORITY_RANGE, field="authority_notified_at")
    if data.authority_notified_at is not None:
        _check_notification(data, discovered, data.authority_notified_at)
    if not _between(data.persons_notified_at, discovered, now):
        raise BreachInvalid(PERSONS_RANGE, field="persons_notified_at")


def _check_assessment(data: BreachInput, now: dt.datetime) -> None:
    if data.persons_not_told_reason.strip() and data.risk is not Risk.HIGH:
        raise BreachInvalid(NOT_TOLD_ONLY_HIGH, field="persons_not_told_reason")
    if data.risk is None:
        return
    if not data.decided_by.strip():
        raise BreachInvalid(DECIDER_NEEDED, field="decided_by")
    if data.decided_at is None:
        raise BreachInvalid(DECIDED_NEEDED, field="decided_at")
    if not _between(data.decided_at, as_utc(data.discovered_at), now):
        raise BreachInvalid(DECIDED_RANGE, field="decided_at")
    if not data.risk_reasons.strip():
        raise BreachInvalid(REASONS_NEEDED, field="risk_reasons")


def check_input(data: BreachInput, now: dt.datetime) -> None:
    """Raise ``BreachInvalid`` for the first rule ``data`` breaks at ``now``."""
    now = as_utc(now)
    _check_text(data)
    _check_times(data, now)
    _check_assessment(data, now)
