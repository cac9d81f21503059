"""The people list and its search box: a page of people, FTS5 over ``person_fts``.

The index (migration 0002) holds one row per person: names, e-mails, phones
(E.164 digits and the national form), organisation, places and numbers, folded
by ``unicode61 remove_diacritics 2``. A search becomes an FTS5 expression here,
each term quoted, so that nothing the user types is read as FTS5 syntax: every
word must start some word of the person ("meik" finds "Meikäläinen",
"aanekoski" finds "Äänekoski"); a phone number's digits must start a phone or
a number of the person, or (a postal code) a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Integer, Select, func, literal_column, select, text
from sqlalchemy.orm import Session

from kasve_desktop.store.models import Person, PersonEmail, PersonPhone, Register, RegisterEntry
from kasve_desktop.store.queries import (
    AnyRow,
    Expr,
    Page,
    SortKey,
    Within,
    name_keys,
    sorted_page,
    text_key,
)

WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class WordSearch:
    """Every word of ``text`` must start some word of the person; no words: everyone."""

    text: str


@dataclass(frozen=True)
class PhoneSearch:
    """A phone number, typed in any format."""

    digits: str
    """The digits as typed: they may start a phone, a number or a place (a postal code)."""
    variants: tuple[str, ...] = ()
    """The same number's digits in other forms (``358…`` for ``0…``): phones and numbers."""


PersonSearch = WordSearch | PhoneSearch


def _prefix(term: str) -> str:
    """An FTS5 prefix query for ``term`` taken literally."""
    return '"' + term.replace('"', '""') + '"*'


def match_expression(search: PersonSearch) -> str | None:
    """The FTS5 expression for ``search``; None when it has nothing to look for."""
    if isinstance(search, PhoneSearch):
        terms = " OR ".join(_prefix(term) for term in sorted({search.digits, *search.variants}))
        return (f"phones : ({terms}) OR numbers : ({terms}) "
                f"OR places : {_prefix(search.digits)}")
    words = WORD.findall(search.text)
    if not words:
        return None
    return " AND ".join(_prefix(word) for word in words)


def _matching_people(match: str) -> Select[int]:
    """Ids of the people whose search row matches an FTS5 ``match`` expression."""
    return select(literal_column("rowid", Integer)).select_from(
        text("person_fts")).where(text("person_fts MATCH :match").bindparams(match=match))


def person_count(session: Session, search: PersonSearch | None = None) -> int:
    """How many people ``search`` finds (everyone without one, or with nothing to look for)."""
    match = None if search is None else match_expression(search)
    if match is None:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)
    statement = select(func.count()).select_from(_matching_people(match).subquery())
    return int(session.scalar(statement) or 0)


def _first_email() -> Expr:
    return (select(PersonEmail.address).where(PersonEmail.person_id == Person.id)
            .order_by(PersonEmail.position, PersonEmail.id).limit(1).scalar_subquery())


def _first_phone() -> Expr:
    return (select(PersonPhone.number).where(PersonPhone.person_id == Person.id)
            .order_by(PersonPhone.position, PersonPhone.id).limit(1).scalar_subquery())


def _first_register_key() -> Expr:
    return (select(func.min(Register.key)).join(RegisterEntry)
            .where(RegisterEntry.person_id == Person.id).scalar_subquery())


ORDER_INDEXES = {None: "ix_person_name_order", "name": "ix_person_name_order",
                 "organisation": "ix_person_organisation_order",
                 "municipality": "ix_person_municipality_order"}
"""The index (migration 0008) each order reads people from, a search's too."""


def person_page(session: Session, page: Page, search: PersonSearch | None = None
                ) -> Sequence[AnyRow]:
    """A page of people (those ``search`` finds, if given), by default by name."""
    last_name, first_name = name_keys()
    sort_keys: dict[str, list[SortKey]] = {
        "name": [last_name, Within(first_name)],  # read from ix_person_name_order
        "emails": [func.lower(_first_email())],
        "phones": [_first_phone()],
        "organisation": [text_key(Person.organisation)],
        "municipality": [text_key(Person.municipality)],
        "registers": [_first_register_key()],
    }
    statement = select(Person.id, Person.first_name, Person.last_name, Person.organisation,
                       Person.municipality)
    match = None if search is None else match_expression(search)
    if match is not None:
        found = _matching_people(match)
        if page.order.key in ORDER_INDEXES:
            # ``id + 0``, not ``id``: SQLite then reads people in the order's index keeping
            # those found, instead of looking each up and sorting them all. A search finding
            # 20,000 people sorted them in 0.4 s (lower() per row under memory security);
            # one finding nobody reads the whole index in ~5 ms.
            statement = statement.where((Person.id + 0).in_(found))
        else:
            statement = statement.where(Person.id.in_(found))
    return session.execute(sorted_page(statement, sort_keys, name_keys(), page,
                                       Person.id)).all()


# The pane's e-mails, phones and registers of a page of people: ordered here, not by
# ``ORDER BY`` — SQLite's sorter allocates per row, and under SQLCipher's memory security
# sorting the 2,000 register keys of 200 people took 15 ms of a 40 ms search.

def person_emails(session: Session, person_ids: Sequence[int]) -> list[tuple[int, str]]:
    """``(person_id, address)`` of the given people, in their own order."""
    rows = session.execute(
        select(PersonEmail.person_id, PersonEmail.position, PersonEmail.id, PersonEmail.address)
        .where(PersonEmail.person_id.in_(person_ids))).all()
    return [(row[0], row[3]) for row in sorted(rows, key=lambda row: row[:3])]


def person_phones(session: Session, person_ids: Sequence[int]) -> list[tuple[int, str]]:
    """``(person_id, number)`` of the given people, in their own order."""
    rows = session.execute(
        select(PersonPhone.person_id, PersonPhone.position, PersonPhone.id, PersonPhone.number)
        .where(PersonPhone.person_id.in_(person_ids))).all()
    return [(row[0], row[3]) for row in sorted(rows, key=lambda row: row[:3])]


def person_register_keys(session: Session, person_ids: Sequence[int]
                         ) -> list[tuple[int, str]]:
    """``(person_id, register key)`` of the given people, in register order."""
    rows = session.execute(
        select(RegisterEntry.person_id, Register.position, Register.key).join(Register)
        .where(RegisterEntry.person_id.in_(person_ids))).all()
    return [(row[0], row[2]) for row in sorted(rows, key=lambda row: tuple(row))]
