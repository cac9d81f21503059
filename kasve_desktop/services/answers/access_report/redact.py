"""Art. 15(4): other people's data in the person's free texts, withheld from the copy.

Free texts (notes, evidence, request descriptions, timeline notes, imported
details) may mention other people. What is detected, and replaced by a marker
such as ``[poistettu]``:

- an e-mail address that is not one of the person's own (nor the controller's
  general address);
- a phone number (written from ``+`` or ``0``, at least 7 digits) that is not
  one of the person's own;
- the full name ("First Last") of another person stored in this database.

What is NOT detected: names of people who are not in the database, a first or
last name alone, and indirect descriptions ("my neighbour"). The contact person
reads the free texts before sending; the command line says how many items were
withheld. Each withheld item is listed (where, and why) so that the letter can
say what was left out and name the right to complain (Art. 12(4)).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from kasve_desktop.store.models import Person

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w+])(?:\+|0)\d[\d \-]{5,}\d(?!\w)")
WORD_PAIR = re.compile(r"(?=\b([^\W\d_][\w'-]*)\s+([^\W\d_][\w'-]*)\b)")
MIN_PHONE_DIGITS = 7
LOOKUP_CHUNK = 400


@dataclass(frozen=True)
class Redaction:
    where: str
    """Where in the copy, e.g. ``Muistiinpanot``."""
    why: str
    """``email``, ``phone`` or ``name``."""


def _digits(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    if number.strip().startswith("+"):
        return digits
    return "358" + digits[1:] if digits.startswith("0") else digits


def _name_pairs(texts: Iterable[str]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        for first, last in WORD_PAIR.findall(text):
            if first[:1].isupper() and last[:1].isupper():
                pairs.add((first, last))
    return pairs


def others_named(session: Session, person_id: int, texts: Iterable[str]) -> set[str]:
    """Full names of other stored persons that occur in ``texts``."""
    pairs = sorted(_name_pairs(texts))
    found: set[str] = set()
    for start in range(0, len(pairs), LOOKUP_CHUNK):
        chunk = pairs[start:start + LOOKUP_CHUNK]
        rows = session.execute(select(Person.first_name, Person.last_name).where(
            tuple_(Person.first_name, Person.last_name).in_(chunk), Person.id != person_id))
        found |= {f"{first} {last}" for first, last in rows}
    return found


class Redactor:
    """Replaces other people's data in a text and remembers what it withheld."""

    def __init__(self, own_emails: Iterable[str], own_phones: Iterable[str],
                 other_names: Iterable[str], marker: str, exempt_emails: Iterable[str] = ()):
        self._emails = {e.casefold() for e in (*own_emails, *exempt_emails) if e}
        self._phones = {_digits(p) for p in own_phones if p}
        self._names = sorted(set(other_names), key=len, reverse=True)
        self._marker = marker
        self.withheld: list[Redaction] = []

    def clean(self, text: str, where: str) -> str:
        """``text`` with other people's data replaced by the marker."""
        if not text:
            return text
        text = EMAIL.sub(lambda m: self._email(m, where), text)
        text = PHONE.sub(lambda m: self._phone(m, where), text)
        for name in self._names:
            if name in text:
                text = text.replace(name, self._marker)
                self.withheld.append(Redaction(where, "name"))
        return text

    def _email(self, match: re.Match[str], where: str) -> str:
        if match.group(0).casefold() in self._emails:
            return match.group(0)
        self.withheld.append(Redaction(where, "email"))
        return self._marker

    def _phone(self, match: re.Match[str], where: str) -> str:
        digits = _digits(match.group(0))
        if len(digits) < MIN_PHONE_DIGITS or digits in self._phones:
            return match.group(0)
        self.withheld.append(Redaction(where, "phone"))
        return self._marker
