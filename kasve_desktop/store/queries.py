"""The SQL behind the application's lists: one page of rows at a time, and counts.

Lists are read a page at a time (``LIMIT``/``OFFSET``) in an order that the
caller names by a column key. Sorting happens here, in SQL, so that the order
is right for rows that have not been fetched yet; every order ends with the
primary key, so that pages never overlap or skip rows. Computed orders (the
answer-by date in force, the deletion-due date) are written in SQL from the
same rules as ``domain/`` and tested against it.

This module holds the paging itself and the registers', events', retention and
audit lists; the inbox's list is in ``request_queries``, the people's list and
their search in ``people_queries``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    Row,
    Select,
    SQLColumnExpression,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from kasve_desktop.domain.retention import RetentionAnchor, RetentionRule
from kasve_desktop.domain.vocabulary import RegisterItemKind
from kasve_desktop.store.models import (
    AuditEntry,
    Base,
    Event,
    Participation,
    Person,
    Register,
    RegisterEntry,
    RegisterItem,
    Request,
)
from kasve_desktop.store.request_where import request_is_open

Expr = SQLColumnExpression[Any]
AnyRow = Row[*tuple[Any, ...]]
AnySelect = Select[*tuple[Any, ...]]
Ranks = Mapping[str, Sequence[str]]


@dataclass(frozen=True)
class Order:
    """Which column key a list is sorted by (None: the list's natural order)."""

    key: str | None = None
    descending: bool = False


@dataclass(frozen=True)
class Page:
    order: Order
    offset: int
    limit: int


class UnknownSortKey(ValueError):
    """A programming error: a list was asked to sort by a key it does not have."""


def text_key(column: Expr) -> Expr:
    """Case-insensitive (ASCII) text order with empty values last. The empty string is
    written as a literal, not bound, so that the expression is the one indexed (migration
    0008): SQLite uses an index on an expression only for that very expression."""
    return func.lower(func.nullif(column, literal_column("''")))


def name_keys() -> list[Expr]:
    """People by last name, then first name."""
    return [text_key(Person.last_name), text_key(Person.first_name)]


def ranked(column: Expr, values: Sequence[str]) -> Expr:
    """Sort ``column`` by the position of its value in ``values`` (others last)."""
    if not values:
        return column
    return case({value: index for index, value in enumerate(values)}, value=column,
                else_=len(values))


def _months_modifier(months: Expr | int) -> Expr:
    if isinstance(months, int):
        return literal(f"{months:+d} months")
    return func.printf("%+d months", months)


def add_months_sql(day: Expr, months: Expr | int) -> Expr:
    """SQL for ``domain.deadlines.add_months``: same day number, clamped to the month's end
    (SQLite's ``floor`` modifier, SQLite 3.46 and newer; ``store.connection`` checks)."""
    return func.date(day, _months_modifier(months), "floor")


def add_months_julian(day: Expr, months: Expr | int) -> Expr:
    """``add_months_sql`` as a Julian day number. No date text is made per row: with
    SQLCipher's memory security each such string is an allocation locked and wiped, which
    made the inbox's order ~20 times slower at 10,000 requests (benchmarks/RESULTS.md)."""
    return func.julianday(day, _months_modifier(months), "floor")


@dataclass(frozen=True)
class Within:
    """A key that orders rows within the one before it, empty values first when ascending
    (last when descending, as every key): "Virtanen" before "Virtanen, Anna", as in a
    dictionary. SQLite reads an index in order for ``a NULLS LAST, b, id`` but sorts every
    row for ``a NULLS LAST, b NULLS LAST, id``."""

    key: Expr


SortKey = Expr | Within


def _paged(statement: AnySelect, keys: Sequence[SortKey], page: Page, tiebreak: Expr
           ) -> AnySelect:
    ordered: list[Any] = []
    for key in keys:
        if isinstance(key, Within):
            ordered.append(key.key.desc() if page.order.descending else key.key.asc())
        elif page.order.descending:
            ordered.append(key.desc().nulls_last())
        else:
            ordered.append(key.asc().nulls_last())
    ordered.append(tiebreak.desc() if page.order.descending else tiebreak.asc())
    return statement.order_by(*ordered).offset(page.offset).limit(page.limit)


def sorted_page(statement: AnySelect, sort_keys: Mapping[str, Sequence[SortKey]],
                natural: Sequence[Expr], page: Page, tiebreak: Expr) -> AnySelect:
    """``statement`` limited to ``page``, in the order its key names (``natural`` for none)."""
    if page.order.key is None:
        return statement.order_by(*natural, tiebreak).offset(page.offset).limit(page.limit)
    if page.order.key not in sort_keys:
        raise UnknownSortKey(page.order.key)
    return _paged(statement, sort_keys[page.order.key], page, tiebreak)


def row_count(session: Session, model: type[Base]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


# --- registers --------------------------------------------------------------

def localized_sql(column: Expr, lang: str) -> Expr:
    """A language's text of a ``{"fi": …}`` column, falling back to Finnish."""
    wanted = func.nullif(func.json_extract(column, "$." + lang, type_=String), "")
    return func.coalesce(wanted, func.json_extract(column, "$.fi", type_=String))


def _purpose_count() -> Expr:
    return (select(func.count()).where(RegisterItem.register_id == Register.id,
                                       RegisterItem.kind == RegisterItemKind.PURPOSE.value)
            .scalar_subquery())


def _entry_count() -> Expr:
    return (select(func.count()).where(RegisterEntry.register_id == Register.id)
            .scalar_subquery())


def register_page(session: Session, page: Page, lang: str) -> Sequence[AnyRow]:
    purposes, entries = _purpose_count(), _entry_count()
    sort_keys: dict[str, list[Expr]] = {
        "key": [Register.key],
        "name": [func.lower(localized_sql(Register.name, lang))],
        "purposes": [purposes],
        "entries": [entries],
        "retention": [Register.retention_months, Register.retention_anchor],
    }
    statement: AnySelect = select(
        Register.id, Register.key, Register.name, Register.retention_months,
        Register.retention_anchor, purposes.label("purposes"), entries.label("entries"))
    natural = [Register.position, Register.key]
    return session.execute(sorted_page(statement, sort_keys, natural, page, Register.id)).all()


# --- events -----------------------------------------------------------------

def _participant_count() -> Expr:
    return (select(func.count()).where(Participation.event_id == Event.id)
            .scalar_subquery())


def event_page(session: Session, page: Page) -> Sequence[AnyRow]:
    participants = _participant_count()
    sort_keys: dict[str, list[Expr]] = {
        "name": [text_key(Event.name)],
        "date": [Event.starts_on],
        "location": [text_key(Event.location)],
        "participants": [participants],
    }
    statement: AnySelect = select(Event.id, Event.name, Event.starts_on, Event.ends_on,
                                  Event.location, participants.label("participants"))
    natural = [Event.starts_on.desc()]
    return session.execute(sorted_page(statement, sort_keys, natural, page, Event.id)).all()


# --- retention --------------------------------------------------------------

def retention_due_sql() -> Expr:
    """SQL for ``RetentionRule(months, anchor).due(collected, last_needed)``, or the entry's
    ``kept_until`` where only data kept longer by their own rule are left."""
    anchor = case((Register.retention_anchor == RetentionAnchor.COLLECTED.value,
                   RegisterEntry.collected_on), else_=RegisterEntry.last_needed_on)
    return case((RegisterEntry.kept_until.is_not(None), RegisterEntry.kept_until),
                (and_(Register.retention_months.is_not(None), anchor.is_not(None)),
                 add_months_sql(anchor, Register.retention_months)))


def retention_page(session: Session, page: Page, lang: str) -> Sequence[AnyRow]:
    """Register entries with their deletion-due date, by default the earliest first."""
    due = retention_due_sql()
    sort_keys: dict[str, list[Expr]] = {
        "due": [due],
        "person": name_keys(),
        "register": [func.lower(localized_sql(Register.name, lang))],
        "collected": [RegisterEntry.collected_on],
        "last_needed": [RegisterEntry.last_needed_on],
        "state": [RegisterEntry.legal_hold, due],
    }
    statement = (
        select(RegisterEntry.id, Person.first_name, Person.last_name, Register.key,
               Register.name.label("register_name"), Register.retention_months,
               Register.retention_anchor, RegisterEntry.collected_on,
               RegisterEntry.last_needed_on, RegisterEntry.legal_hold, RegisterEntry.kept_until)
        .join(Person, RegisterEntry.person_id == Person.id)
        .join(Register, RegisterEntry.register_id == Register.id))
    natural = [due.asc().nulls_last()]
    return session.execute(sorted_page(statement, sort_keys, natural, page,
                                        RegisterEntry.id)).all()


# --- audit log --------------------------------------------------------------

def audit_page(session: Session, page: Page, ranks: Ranks) -> Sequence[AnyRow]:
    """Audit entries, by default the newest first."""
    sort_keys: dict[str, list[Expr]] = {
        "time": [AuditEntry.at],
        "user": [AuditEntry.os_user],
        "action": [ranked(AuditEntry.action, ranks.get("action", ()))],
        "record_type": [ranked(AuditEntry.entity, ranks.get("record_type", ()))],
        "record": [cast(AuditEntry.entity_id, Integer), AuditEntry.entity_id],
        "fields": [cast(AuditEntry.fields, String)],
    }
    statement = select(AuditEntry.id, AuditEntry.at, AuditEntry.os_user, AuditEntry.action,
                       AuditEntry.entity, AuditEntry.entity_id, AuditEntry.fields)
    natural = [AuditEntry.id.desc()]
    return session.execute(sorted_page(statement, sort_keys, natural, page,
                                        AuditEntry.id)).all()


# --- retention: the entries due for deletion (services.retention) ---------------

MAX_NARROWED_REGISTERS = 200
"""Up to this many registers with a rule, the entries due are found through the indexes."""


def _due_candidates(session: Session, today: dt.date) -> Expr:
    """The entries that may be due on ``today``, in terms the indexes of migration 0008
    answer without reading every entry: kept until a day passed, or, register by
    register, an anchor date on or before the last one that is due (the exact date
    is compared too, by ``retention_due_sql``)."""
    rules = session.execute(select(Register.id, Register.retention_months,
                                   Register.retention_anchor)
                            .where(Register.retention_months.is_not(None))).all()
    if len(rules) > MAX_NARROWED_REGISTERS:
        return true()  # one term per register: SQLite's expressions are at most 1,000 deep
    kept = and_(RegisterEntry.kept_until.is_not(None),
                RegisterEntry.kept_until <= literal(today, Date))
    by_register = [
        and_(RegisterEntry.kept_until.is_(None), RegisterEntry.register_id == register_id,
             _anchor_column(anchor) <= literal(
                 RetentionRule(months).latest_due_start(today), Date))  # any anchor
        for register_id, months, anchor in rules if months is not None]
    return or_(kept, *by_register)


def _anchor_column(anchor: str) -> Expr:
    return (RegisterEntry.collected_on if anchor == RetentionAnchor.COLLECTED.value
            else RegisterEntry.last_needed_on)


def _due_conditions(session: Session, today: dt.date, register_id: int | None,
                    held: bool) -> list[Expr]:
    due = retention_due_sql()
    conditions: list[Expr] = [_due_candidates(session, today), due.is_not(None),
                              due <= literal(today, Date),
                              RegisterEntry.legal_hold.is_(held)]
    if register_id is not None:
        conditions.append(RegisterEntry.register_id == register_id)
    return conditions


def _due_select() -> AnySelect:
    return (
        select(RegisterEntry.id, RegisterEntry.person_id, Person.first_name, Person.last_name,
               Register.id.label("register_id"), Register.key,
               Register.name.label("register_name"), Register.retention_months,
               Register.retention_anchor, RegisterEntry.collected_on,
               RegisterEntry.last_needed_on, RegisterEntry.legal_hold, RegisterEntry.kept_until)
        .join(Person, RegisterEntry.person_id == Person.id)
        .join(Register, RegisterEntry.register_id == Register.id))


def due_entries(session: Session, today: dt.date, *, held: bool = False,
                register_id: int | None = None) -> Sequence[AnyRow]:
    """Every entry past its deletion-due date on ``today`` (``held``: those under a legal
    hold instead), by register, then the earliest due first."""
    statement = _due_select().where(*_due_conditions(session, today, register_id, held))
    return session.execute(statement.order_by(
        Register.position, Register.key, retention_due_sql(), RegisterEntry.id)).all()


def due_entry_count(session: Session, today: dt.date, register_id: int | None) -> int:
    statement = (select(func.count()).select_from(RegisterEntry)
                 .join(Register, RegisterEntry.register_id == Register.id)
                 .where(*_due_conditions(session, today, register_id, False)))
    return session.scalar(statement) or 0


def due_counts_by_register(session: Session, today: dt.date, *, held: bool = False
                           ) -> Sequence[AnyRow]:
    """``(id, key, name, entries)`` of every register with entries due on
    ``today`` (``held``: past their date but under a legal hold), in register order."""
    statement = (select(Register.id, Register.key, Register.name, func.count().label("entries"))
                 .select_from(RegisterEntry)
                 .join(Register, RegisterEntry.register_id == Register.id)
                 .where(*_due_conditions(session, today, None, held))
                 .group_by(Register.id).order_by(Register.position, Register.key))
    return session.execute(statement).all()


def due_entry_page(session: Session, page: Page, lang: str, today: dt.date,
                   register_id: int | None) -> Sequence[AnyRow]:
    """A page of the entries due (not held), by default grouped by register."""
    due = retention_due_sql()
    register_order = [Register.position, func.lower(localized_sql(Register.name, lang))]
    sort_keys: dict[str, list[Expr]] = {
        "register": register_order,
        "due": [due],
        "person": name_keys(),
        "collected": [RegisterEntry.collected_on],
        "last_needed": [RegisterEntry.last_needed_on],
    }
    statement = _due_select().where(*_due_conditions(session, today, register_id, False))
    natural = [*register_order, due, *name_keys()]
    return session.execute(sorted_page(statement, sort_keys, natural, page,
                                        RegisterEntry.id)).all()


def open_request_person_ids(session: Session, person_ids: Sequence[int]) -> set[int]:
    """Which of these people have a request that is still open."""
    return set(session.scalars(select(Request.person_id).where(
        Request.person_id.in_(person_ids), request_is_open())))


def remaining_entry_person_ids(session: Session, person_ids: Sequence[int],
                               excluded_entry_ids: Sequence[int]) -> set[int]:
    """Which of these people have an entry besides the excluded ones."""
    return set(session.scalars(select(RegisterEntry.person_id).where(
        RegisterEntry.person_id.in_(person_ids), RegisterEntry.id.not_in(excluded_entry_ids))))
