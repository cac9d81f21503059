"""The application's lists, a page at a time: frozen rows and counts, no Qt.

Each list has a ``*_count(db)`` and a ``*_page(db, page, …)``; the page names
its order by a column key (see ``store.queries``). Rows carry plain values —
dates, machine names, per-language texts — and the caller formats them for
display, so that a language switch needs no new query. The rules (the date in
force of a request, the deletion-due date of an entry) come from ``domain/``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import phonenumbers

from kasve_desktop.domain.deadlines import (
    DEFAULT_TARGET_MARGIN,
    Deadline,
    in_force_for,
    target_date,
)
from kasve_desktop.domain.names import display_name
from kasve_desktop.domain.retention import RetentionAnchor, RetentionRule
from kasve_desktop.domain.vocabulary import (
    AUDIT_ACTION_LABELS,
    CHANNEL_LABELS,
    OPEN_STATUSES,
    REQUEST_TYPE_LABELS,
    RequestStatus,
)
from kasve_desktop.i18n import N_, _, current_language, ngettext
from kasve_desktop.services.requests.listing import (
    Countdown,
    RequestFilter,
    Scope,
    countdown,
    request_where,
    working_days_between,
)
from kasve_desktop.services.requests.reminders import (
    TARGET_MARGIN_KEY,
    TARGET_MARGIN_RANGE,
    read_int_setting,
)
from kasve_desktop.store import diagnostics, people_queries, queries, request_queries
from kasve_desktop.store.audit import ChainCheck, verify_chain
from kasve_desktop.store.audit_anchor import known_head
from kasve_desktop.store.engine import Database
from kasve_desktop.store.migrate import current_revision
from kasve_desktop.store.models import AuditEntry, Event, Person, Register, RegisterEntry, Request
from kasve_desktop.store.people_queries import PersonSearch
from kasve_desktop.store.queries import AnyRow, Order, Page

__all__ = ["ChainCheck", "Countdown", "Order", "Page", "RequestFilter", "Scope"]

DEFAULT_REGION = "FI"
E = TypeVar("E", bound=StrEnum)


def label_order(labels: Mapping[E, str]) -> list[str]:
    """Machine names sorted by their label in the current language."""
    return [key.value for key in sorted(labels, key=lambda key: _(labels[key]).casefold())]


def localized(texts: Mapping[str, str], lang: str | None = None) -> str:
    """The text in ``lang`` (default: the current language), else in Finnish."""
    return texts.get(lang or current_language()) or texts.get("fi") or ""


def display_phone(number: str) -> str:
    """A Finnish number in national form (``040 7654321``), others internationally."""
    try:
        parsed = phonenumbers.parse(number, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return number
    if phonenumbers.region_code_for_number(parsed) == DEFAULT_REGION:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def retention_label(months: int | None, anchor: str) -> str:
    """``6 months after last needed`` and the like; empty when no period is set."""
    if months is None:
        return ""
    if anchor == RetentionAnchor.COLLECTED:
        return ngettext("{months} month after collection", "{months} months after collection",
                        months).format(months=months)
    return ngettext("{months} month after last needed", "{months} months after last needed",
                    months).format(months=months)


# --- requests ---------------------------------------------------------------

@dataclass(frozen=True)
class RequestRow:
    id: int
    reference: str
    type: str
    channel: str
    requester: str
    received_on: dt.date
    due_on: dt.date
    """The answer-by date in force (original, extended or moved by a pause)."""
    status: str
    is_open: bool
    days_left: int | None
    """Calendar days from today to the date in force (negative: overdue); None once closed."""
    past_target: bool
    """Open, and the internal target (a few working days before the due date) has passed."""
    source: str
    """Which date is in force: "original", "extended" or "paused"."""
    extended: bool
    paused_days: int
    """The days the clock was paused (up to today while the answer is still awaited)."""
    working_days_left: int | None
    """Working days from today to the date in force (negative: overdue); None once closed."""
    deadline: Deadline | None = None
    """The date in force with its unmoved date and the days skipped (for the reasons)."""

    @property
    def countdown(self) -> Countdown:
        return countdown(self.days_left, self.working_days_left)


def request_count(db: Database, where: RequestFilter | None = None,
                  today: dt.date | None = None) -> int:
    """All requests, or those ``where`` lets through (then ``today`` is needed too)."""
    with db.sessions() as session:
        if where is None:
            return queries.row_count(session, Request)
        if today is None:
            raise ValueError("a filtered count needs today's date")
        return request_queries.request_count(session, today, request_where(where, today))


def _request_ranks() -> dict[str, list[str]]:
    return {"type": label_order(REQUEST_TYPE_LABELS), "channel": label_order(CHANNEL_LABELS),
            "status": [status.value for status in RequestStatus]}


def request_page(db: Database, page: Page, today: dt.date,
                 where: RequestFilter | None = None) -> list[RequestRow]:
    """A page of requests (all, or those ``where`` lets through), open ones first."""
    condition = None if where is None else request_where(where, today)
    with db.sessions() as session:
        rows = request_queries.request_page(session, page, today, _request_ranks(), condition)
        margin = read_int_setting(session, TARGET_MARGIN_KEY, DEFAULT_TARGET_MARGIN,
                                  TARGET_MARGIN_RANGE)
    return [_request_row(row, today, margin) for row in rows]


def _request_row(row: AnyRow, today: dt.date, margin: int) -> RequestRow:
    in_force = in_force_for(row, today)
    due = in_force.deadline.due
    is_open = row.status in OPEN_STATUSES
    return RequestRow(
        id=row.id, reference=row.reference, type=row.type, channel=row.channel,
        requester=row.requester_name, received_on=row.received_on, due_on=due,
        status=row.status, is_open=is_open,
        days_left=(due - today).days if is_open else None,
        past_target=is_open and today > target_date(due, margin), source=in_force.source,
        extended=row.extended_due_on is not None, paused_days=in_force.paused_days,
        working_days_left=working_days_between(today, due) if is_open else None,
        deadline=in_force.deadline)


# --- registers --------------------------------------------------------------

@dataclass(frozen=True)
class RegisterRow:
    id: int
    key: str
    names: Mapping[str, str]
    purposes: int
    entries: int
    retention_months: int | None
    retention_anchor: str


def register_count(db: Database) -> int:
    with db.sessions() as session:
        return queries.row_count(session, Register)


def register_page(db: Database, page: Page) -> list[RegisterRow]:
    with db.sessions() as session:
        rows = queries.register_page(session, page, current_language())
    return [RegisterRow(row.id, row.key, row.name or {}, row.purposes, row.entries,
                        row.retention_months, row.retention_anchor) for row in rows]


# --- people -----------------------------------------------------------------

@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    """E.164 numbers; see ``display_phone``."""
    organisation: str
    municipality: str
    register_keys: tuple[str, ...]


def person_count(db: Database) -> int:
    with db.sessions() as session:
        return queries.row_count(session, Person)


def _grouped(pairs: Sequence[tuple[int, str]]) -> dict[int, tuple[str, ...]]:
    groups: dict[int, list[str]] = defaultdict(list)
    for owner, value in pairs:
        groups[owner].append(value)
    return {owner: tuple(values) for owner, values in groups.items()}


def person_page(db: Database, page: Page, search: PersonSearch | None = None
                ) -> list[PersonRow]:
    """A page of people; ``search`` (see ``services.people.search``) filters them."""
    with db.sessions() as session:
        rows = people_queries.person_page(session, page, search)
        ids = [row.id for row in rows]
        emails = _grouped(people_queries.person_emails(session, ids))
        phones = _grouped(people_queries.person_phones(session, ids))
        keys = _grouped(people_queries.person_register_keys(session, ids))
    return [PersonRow(row.id, display_name(row.first_name, row.last_name),
                      emails.get(row.id, ()), phones.get(row.id, ()), row.organisation,
                      row.municipality, keys.get(row.id, ())) for row in rows]


# --- events -----------------------------------------------------------------

@dataclass(frozen=True)
class EventRow:
    id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date | None
    location: str
    participants: int


def event_count(db: Database) -> int:
    with db.sessions() as session:
        return queries.row_count(session, Event)


def event_page(db: Database, page: Page) -> list[EventRow]:
    with db.sessions() as session:
        rows = queries.event_page(session, page)
    return [EventRow(row.id, row.name, row.starts_on, row.ends_on, row.location,
                     row.participants) for row in rows]


# --- retention --------------------------------------------------------------

@dataclass(frozen=True)
class RetentionRow:
    id: int
    """The register entry's id."""
    person: str
    register_key: str
    register_names: Mapping[str, str]
    collected_on: dt.date | None
    last_needed_on: dt.date | None
    due_on: dt.date | None
    """When the entry is due for deletion; None without a period or an anchor date."""
    legal_hold: bool
    is_due: bool
    """Due for deletion today: the date has come and no legal hold keeps it."""


def retention_count(db: Database) -> int:
    with db.sessions() as session:
        return queries.row_count(session, RegisterEntry)


def retention_page(db: Database, page: Page, today: dt.date) -> list[RetentionRow]:
    with db.sessions() as session:
        rows = queries.retention_page(session, page, current_language())
    return [_retention_row(row, today) for row in rows]


def _retention_row(row: AnyRow, today: dt.date) -> RetentionRow:
    due = row.kept_until  # only data kept longer by their own rule are left
    if due is None and row.retention_months is not None:
        rule = RetentionRule(row.retention_months, RetentionAnchor(row.retention_anchor))
        due = rule.due(row.collected_on, row.last_needed_on)
    return RetentionRow(
        id=row.id, person=display_name(row.first_name, row.last_name), register_key=row.key,
        register_names=row.register_name or {}, collected_on=row.collected_on,
        last_needed_on=row.last_needed_on, due_on=due, legal_hold=row.legal_hold,
        is_due=due is not None and due <= today and not row.legal_hold)


# --- audit log --------------------------------------------------------------

RECORD_TYPE_LABELS: dict[str, str] = {
    "setting": N_("Setting"),
    "controller": N_("Controller"),
    "contact_person": N_("Contact person"),
    "register": N_("Register"),
    "register_item": N_("Register item"),
    "notice_version": N_("Notice version"),
    "flag_dismissal": N_("Dismissed flag"),
    "person": N_("Person"),
    "person_email": N_("E-mail address"),
    "person_phone": N_("Phone number"),
    "register_entry": N_("Register entry"),
    "consent": N_("Consent"),
    "marketing_objection": N_("Marketing objection"),
    "suppression_entry": N_("Suppression entry"),
    "request": N_("Request"),
    "request_event": N_("Request event"),
    "document": N_("Document"),
    "event": N_("Event"),
    "participation": N_("Participation"),
    "breach": N_("Breach"),
    "breach_person": N_("Person concerned by a breach"),
    "breach_addition": N_("Addition to a breach notification"),
    "record_version": N_("Record of processing activities version"),
    "document_expiry": N_("Expiring document"),
}
"""What the audit log calls each kind of record (by table name)."""


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    """Timezone-aware (UTC)."""
    os_user: str
    action: str
    record_type: str
    """The table name (``person``, ``request``, …)."""
    record_id: str
    fields: tuple[str, ...]


def audit_count(db: Database) -> int:
    with db.sessions() as session:
        return queries.row_count(session, AuditEntry)


def audit_page(db: Database, page: Page) -> list[AuditRow]:
    """Audit entries, by default the newest first."""
    ranks = {"action": label_order(AUDIT_ACTION_LABELS),
             "record_type": sorted(RECORD_TYPE_LABELS,
                                   key=lambda name: _(RECORD_TYPE_LABELS[name]).casefold())}
    with db.sessions() as session:
        rows = queries.audit_page(session, page, ranks)
    return [AuditRow(row.id, row.at.replace(tzinfo=dt.UTC), row.os_user, row.action,
                     row.entity, row.entity_id, tuple(row.fields or ())) for row in rows]


# --- the whole database -----------------------------------------------------

@dataclass(frozen=True)
class Totals:
    registers: int
    people: int
    requests: int
    open_requests: int


def totals(db: Database) -> Totals:
    with db.sessions() as session:
        return Totals(queries.row_count(session, Register), queries.row_count(session, Person),
                      queries.row_count(session, Request),
                      request_queries.open_request_count(session))


@dataclass(frozen=True)
class DatabaseInfo:
    path: Path
    schema_revision: str
    cipher_version: str


def database_info(db: Database) -> DatabaseInfo:
    with db.engine.connect() as connection:
        revision = current_revision(connection) or ""
        version = diagnostics.cipher_version(connection)
    return DatabaseInfo(db.path, revision, version)


def verify_audit_chain(db: Database) -> ChainCheck:
    """Recompute the audit log's hash chain and compare its end with the head kept
    outside the database (see ``store.audit.verify_chain``, ``store.audit_anchor``)."""
    with db.sessions() as session:
        return verify_chain(session, known_head(db.path))

