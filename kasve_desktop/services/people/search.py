"""Finding people: one search box over every register, diacritics and formats ignored.

The store keeps a full-text index of each person (names, e-mails, phones,
organisation, places, customer numbers and business IDs) and turns a search
into its query (``store.people_queries``): every word must match the start of
some word of the person ("meik" finds "Meikäläinen", "aanekoski" finds
"Äänekoski"). A query that looks like a phone number is searched for in each
of its forms, so that "+358 40 765 4321", "040-7654321" and "0407654321" find
each other.
"""

from __future__ import annotations

import re

import phonenumbers

from kasve_desktop.domain.validation import DEFAULT_REGION
from kasve_desktop.services.listing import PersonRow, person_page
from kasve_desktop.store import people_queries
from kasve_desktop.store.engine import Database
from kasve_desktop.store.people_queries import PersonSearch, PhoneSearch, WordSearch
from kasve_desktop.store.queries import Order, Page

PHONE_LIKE = re.compile(r"^\+?[\d\s\-()/.]{5,}$")
MIN_PHONE_DIGITS = 3
ALL_PAGE = 1000


def person_search(text: str) -> PersonSearch:
    """What the user typed: a phone number (in any format), or words."""
    digits = re.sub(r"\D", "", text)
    if not PHONE_LIKE.match(text.strip()) or len(digits) < MIN_PHONE_DIGITS:
        return WordSearch(text)
    return PhoneSearch(digits, phone_variants(text, digits))


def phone_variants(text: str, digits: str) -> tuple[str, ...]:
    """The digits of a typed number in its other forms: without ``00``, ``358`` for a
    leading ``0``, and as E.164 (country code and national number)."""
    variants: set[str] = set()
    if text.strip().startswith("+") or digits.startswith("00"):
        variants.add(digits.removeprefix("00"))
    elif digits.startswith("0"):
        variants.add("358" + digits[1:])
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
        variants.add(f"{number.country_code}{number.national_number}")
    except phonenumbers.NumberParseException:
        pass
    return tuple(sorted(variants - {digits}))


def search_count(db: Database, text: str) -> int:
    """How many people match ``text`` (everyone for an empty text)."""
    with db.sessions() as session:
        return people_queries.person_count(session, person_search(text))


def search_page(db: Database, text: str, page: Page) -> list[PersonRow]:
    """A page of the people matching ``text``, in the page's order."""
    return person_page(db, page, person_search(text))


def search_all(db: Database, text: str) -> list[PersonRow]:
    """Every person matching ``text``, by name, fetched a page at a time."""
    rows: list[PersonRow] = []
    while True:
        page = search_page(db, text, Page(Order("name", False), len(rows), ALL_PAGE))
        rows += page
        if len(page) < ALL_PAGE:
            return rows
