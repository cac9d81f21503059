"""Likely duplicate people: the keys two records are matched by, and the grouping.

Two people are likely the same when they share an e-mail address (compared
casefolded), a phone number (compared in E.164, whatever way it was typed) or a
name together with a postal code (the name casefolded with its diacritics kept:
``Öhman`` and ``Ohman`` are different names). The keys are also what the
suppression list hashes, so that an import matches an erased person the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kasve_desktop.domain import validation
from kasve_desktop.domain.validation import InvalidValue
from kasve_desktop.i18n import N_


class DuplicateReason(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    NAME_POSTAL_CODE = "name-postal-code"


REASON_LABELS: dict[DuplicateReason, str] = {
    DuplicateReason.EMAIL: N_("Same e-mail address"),
    DuplicateReason.PHONE: N_("Same phone number"),
    DuplicateReason.NAME_POSTAL_CODE: N_("Same name and postal code"),
}


def email_key(address: str) -> str:
    """An e-mail address as compared: trimmed and casefolded (empty stays empty)."""
    return address.strip().casefold()


def phone_key(number: str, region: str = validation.DEFAULT_REGION) -> str:
    """A phone number as compared: E.164; a number that does not parse keeps its digits."""
    try:
        return validation.phone(number, region)
    except InvalidValue:
        digits = "".join(ch for ch in number if ch.isdigit())
        return "+?" + digits if digits else ""


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def name_postal_key(first_name: str, last_name: str, postal_code: str) -> str:
    """``first last|postal code`` casefolded, diacritics kept; empty without a last name
    or a postal code."""
    last, code = _words(last_name), "".join(postal_code.split()).casefold()
    if not last or not code:
        return ""
    return f"{_words(first_name)} {last}|{code}"


@dataclass(frozen=True)
class PersonKeys:
    """What a person is matched by, as stored."""

    id: int
    first_name: str = ""
    last_name: str = ""
    postal_code: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()

    def match_keys(self) -> Iterable[tuple[DuplicateReason, str]]:
        for address in self.emails:
            yield DuplicateReason.EMAIL, email_key(address)
        for number in self.phones:
            yield DuplicateReason.PHONE, phone_key(number)
        yield (DuplicateReason.NAME_POSTAL_CODE,
               name_postal_key(self.first_name, self.last_name, self.postal_code))


@dataclass(frozen=True)
class Duplicates:
    """People who share a key; ``reasons`` in the order of ``DuplicateReason``."""

    reasons: tuple[DuplicateReason, ...]
    person_ids: tuple[int, ...]


def find_duplicates(people: Sequence[PersonKeys]) -> list[Duplicates]:
    """Groups of two or more people sharing a key; one group per set of people, with
    every reason that links them, ordered by the lowest person id."""
    owners: dict[tuple[DuplicateReason, str], set[int]] = defaultdict(set)
    for person in people:
        for reason, key in person.match_keys():
            if key:
                owners[(reason, key)].add(person.id)
    reasons: dict[tuple[int, ...], set[DuplicateReason]] = defaultdict(set)
    for (reason, _key), ids in owners.items():
        if len(ids) > 1:
            reasons[tuple(sorted(ids))].add(reason)
    order = list(DuplicateReason)
    return [Duplicates(tuple(sorted(found, key=order.index)), ids)
            for ids, found in sorted(reasons.items())]
