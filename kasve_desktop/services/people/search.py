"""Finding people: one search box over every register, diacritics and formats ignored.

The store keeps an FTS5 index of each person (``person_fts``: names, e-mails,
phones as E.164 digits and in national form, organisation, places, customer
numbers and business IDs). A query becomes an FTS5 expression here: every word
must match the start of some word of the person ("meik" finds "Meikäläinen",
"aanekoski" finds "Äänekoski"); a query that looks like a phone number is
normalised first, so that "+358 40 765 4321", "040-7654321" and "0407654321"
find each other.
"""

from __future__ import annotations

import re

import phonenumbers

from kasve_desktop.domain.validation import DEFAULT_REGION
from kasve_desktop.services.listing import PersonRow, person_count, person_page
from kasve_desktop.store import queries
from kasve_desktop.store.engine import Database
from kasve_desktop.store.queries import Order, Page

PHONE_LIKE = re.compile(r"^\+?[\d\s\-()/.]{5,}$")
WORD = re.compile(r"\w+", re.UNICODE)
MIN_PHONE_DIGITS = 3
ALL_PAGE = 1000


def _phone_terms(text: str) -> list[str] | None:
    """Digit prefixes that a phone-like query may match, or None if it is no phone."""
    if not PHONE_LIKE.match(text.strip()):
        return None
    digits = re.sub(r"\D", "", text)
    if len(digits) < MIN_PHONE_DIGITS:
        return None
    terms = {digits}
    if text.strip().startswith("+") or digits.startswith("00"):
        terms.add(digits.removeprefix("00"))
    elif digits.startswith("0"):
        terms.add("358" + digits[1:])
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
        terms.add(f"{number.country_code}{number.national_number}")
    except phonenumbers.NumberParseException:
        pass
    return sorted(terms)


def fts_query(text: str) -> str | None:
    """The FTS5 expression for what the user typed; None when there is nothing to search."""
    phone = _phone_terms(text)
    if phone is not None:
        alternatives = " OR ".join(f'"{term}"*' for term in phone)
        typed = re.sub(r"\D", "", text)  # e.g. a postal code
        return (f"phones : ({alternatives}) OR numbers : ({alternatives}) "
                f'OR places : "{typed}"*')
    words = WORD.findall(text)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def search_count(db: Database, text: str) -> int:
    """How many people match ``text`` (everyone for an empty text)."""
    match = fts_query(text)
    if match is None:
        return person_count(db)
    with db.sessions() as session:
        return queries.person_match_count(session, match)


def search_page(db: Database, text: str, page: Page) -> list[PersonRow]:
    """A page of the people matching ``text``, in the page's order."""
    return person_page(db, page, fts_query(text))


def search_all(db: Database, text: str) -> list[PersonRow]:
    """Every person matching ``text``, by name, fetched a page at a time."""
    rows: list[PersonRow] = []
    while True:
        page = search_page(db, text, Page(Order("name", False), len(rows), ALL_PAGE))
        rows += page
        if len(page) < ALL_PAGE:
            return rows
