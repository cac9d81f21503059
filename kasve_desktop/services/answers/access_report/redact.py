"""Art. 15(4): other people's data in the person's free texts, withheld from the copy.

Free texts (notes, evidence, request descriptions, timeline notes, imported
details) may mention other people. What is detected, and replaced by a marker
such as ``[poistettu]``:

- an e-mail address that is not one of the person's own (nor the controller's
  general address);
- a phone number (written from ``+`` or ``0``, at least 7 digits) that is not
  one of the person's own;
- the full name ("First Last") of another person stored in this database, also
  inflected as Finnish inflects it ("Juha Aallon", "Juha Aallolle", "Matti
  Virtasen"): each capitalised word is reduced to its base forms by Voikko
  (Debian ``libvoikko1`` and ``voikko-fi``, Python ``libvoikko``) before the
  names are looked up. Where Voikko or its Finnish dictionary is missing,
  ``finnish_name_forms`` gives ``ExactForms``: names are found only as stored,
  and the report says that inflected names may remain.

What is NOT detected: names of people who are not in the database, a first or
last name alone, and indirect descriptions ("my neighbour"). The contact person
reads the free texts before sending; the command line says how many items were
withheld. Each withheld item is listed (where, and why) so that the letter can
say what was left out and name the right to complain (Art. 12(4)).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from kasve_desktop.store.models import Person

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w+])(?:\+|0)\d[\d \-]{5,}\d(?!\w)")
WORD = re.compile(r"[^\W\d_][\w'-]*")
MIN_PHONE_DIGITS = 7
LOOKUP_CHUNK = 400
Name = tuple[str, str]
"""A stored person's ``(first name, last name)``."""


@dataclass(frozen=True)
class Redaction:
    where: str
    """Where in the copy, e.g. ``Muistiinpanot``."""
    why: str
    """``email``, ``phone`` or ``name``."""


# --- base forms of words ---------------------------------------------------------------

class NameForms(Protocol):
    """What a word in a text may be the inflected form of."""

    @property
    def complete(self) -> bool:
        """True when inflected forms are recognised, not only the forms as stored."""

    def base_forms(self, word: str) -> frozenset[str]:
        """The word itself and every base form it may be inflected from, capitalised."""


class ExactForms:
    """Names only as they are stored: the fallback without Voikko."""

    complete = False

    def base_forms(self, word: str) -> frozenset[str]:
        return frozenset((word,))


@dataclass
class VoikkoForms:
    """Base forms from Voikko's Finnish morphology (``Aallon`` → ``Aalto``)."""

    voikko: Any
    """A ``libvoikko.Voikko``; one instance is not to be shared between threads."""
    complete = True
    _seen: dict[str, frozenset[str]] = field(default_factory=dict)

    def base_forms(self, word: str) -> frozenset[str]:
        if word not in self._seen:
            bases = {str(a["BASEFORM"]) for a in self.voikko.analyze(word) if a.get("BASEFORM")}
            self._seen[word] = frozenset({word, *(b[:1].upper() + b[1:] for b in bases)})
        return self._seen[word]


def _open_voikko(language: str) -> Any | None:
    """A Voikko instance for ``language``, or None when the library or the dictionary
    is not installed."""
    try:
        import libvoikko  # type: ignore[import-untyped]  # no type hints
    except ImportError:
        return None
    try:
        return libvoikko.Voikko(language)
    except (OSError, libvoikko.VoikkoException):
        return None


@contextmanager
def finnish_name_forms(language: str = "fi") -> Iterator[NameForms]:
    """Voikko's base forms while the block runs, or ``ExactForms`` where Voikko (or its
    dictionary for ``language``) is not available."""
    voikko = _open_voikko(language)
    if voikko is None:
        yield ExactForms()
        return
    try:
        yield VoikkoForms(voikko)
    finally:
        voikko.terminate()


# --- names in texts --------------------------------------------------------------------

@dataclass(frozen=True)
class _Pair:
    start: int
    end: int
    candidates: frozenset[Name]
    """Every (first, last) the two words may be forms of."""


def _pairs(text: str, forms: NameForms) -> Iterator[_Pair]:
    """Two capitalised words next to each other, separated by white space only."""
    words = [m for m in WORD.finditer(text) if m.group(0)[:1].isupper()]
    for first, last in itertools.pairwise(words):
        if text[first.end():last.start()].isspace():
            candidates = frozenset((a, b) for a in forms.base_forms(first.group(0))
                                   for b in forms.base_forms(last.group(0)))
            yield _Pair(first.start(), last.end(), candidates)


def others_named(session: Session, person_id: int, texts: Iterable[str], forms: NameForms,
                 own: Name = ("", "")) -> set[Name]:
    """The names of other stored persons that occur in ``texts`` (in any form ``forms``
    recognises); the person's own name is never among them."""
    wanted = sorted({c for text in texts for pair in _pairs(text, forms) for c in pair.candidates
                     if c != own})
    found: set[Name] = set()
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        chunk = wanted[start:start + LOOKUP_CHUNK]
        rows = session.execute(select(Person.first_name, Person.last_name).where(
            tuple_(Person.first_name, Person.last_name).in_(chunk), Person.id != person_id))
        found |= {(first, last) for first, last in rows}
    return found


def _digits(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    if number.strip().startswith("+"):
        return digits
    return "358" + digits[1:] if digits.startswith("0") else digits


class Redactor:
    """Replaces other people's data in a text and remembers what it withheld."""

    def __init__(self, own_emails: Iterable[str], own_phones: Iterable[str],
                 other_names: Iterable[Name], marker: str, forms: NameForms,
                 exempt_emails: Iterable[str] = ()):
        self._emails = {e.casefold() for e in (*own_emails, *exempt_emails) if e}
        self._phones = {_digits(p) for p in own_phones if p}
        self._names = frozenset(other_names)
        self._marker = marker
        self._forms = forms
        self.withheld: list[Redaction] = []

    @property
    def inflection_checked(self) -> bool:
        """Whether inflected forms of names were looked for too."""
        return self._forms.complete

    def clean(self, text: str, where: str) -> str:
        """``text`` with other people's data replaced by the marker."""
        if not text:
            return text
        text = EMAIL.sub(lambda m: self._email(m, where), text)
        text = PHONE.sub(lambda m: self._phone(m, where), text)
        return self._without_names(text, where)

    def _without_names(self, text: str, where: str) -> str:
        spans: list[list[int]] = []
        for pair in _pairs(text, self._forms) if self._names else ():
            if pair.candidates & self._names:
                if spans and pair.start < spans[-1][1]:
                    spans[-1][1] = pair.end  # "Anna Liisa Virtanen": overlapping pairs
                else:
                    spans.append([pair.start, pair.end])
        for start, end in reversed(spans):
            text = text[:start] + self._marker + text[end:]
        self.withheld += [Redaction(where, "name") for _span in spans]
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
