"""Item (b) of the access report: the categories of the data actually held about the person.

The categories are derived from what is filled, never copied from the register's
description: each filled field of the person's record, their e-mail addresses and
phone numbers, consents, objections and event sign-ups names its category
(``notice_vocabulary.PERSON_FIELD_CATEGORIES``), printed by the vocabulary's name in
the letter's language. Consents and sign-ups count in the register they were given
for (or in every register when they name none); an entry's details count where a
detail's key names a field or a category, and are otherwise listed by their keys.

The person's record is shared by the registers they are in. A register that lists
its data categories with codes shows the held categories it lists; a held category
that no register of the person lists is shown in every one of them, so that nothing
held goes unmentioned.

``relevant_held`` is what the register's purposes and recipients are matched against
(``domain.data_relevance``): the categories held about the person in the register,
whether or not the register lists them; every category when a detail of the entry
names none, since what it holds cannot be told.
"""

from __future__ import annotations

from collections.abc import Iterable

from kasve_desktop.domain.data_relevance import EVERY
from kasve_desktop.domain.notice import RegisterFacts
from kasve_desktop.domain.notice_vocabulary import (
    DATA_CATEGORIES,
    PERSON_FIELD_CATEGORIES,
    DataCategory,
    category_named,
)
from kasve_desktop.domain.vocabulary import RegisterItemKind
from kasve_desktop.services.answers.access_report.compose import Context
from kasve_desktop.services.answers.access_report.data import EntryFacts, Holdings

ORDER = list(DataCategory)
CODES = {c.value: c for c in DataCategory}


def _filled(value: object) -> bool:
    return value is not None and value != "" and value is not False


category_of = category_named
"""The category that a field's or a detail's name (or a category's code) stands for."""


def _record(held: Holdings) -> set[DataCategory]:
    """What the person's own record holds, in every register."""
    found = {PERSON_FIELD_CATEGORIES[name] for name, value in held.subject.values
             if name in PERSON_FIELD_CATEGORIES and _filled(value)}
    lists = (("emails", held.subject.emails), ("phones", held.subject.phones),
             ("objections", held.objections))
    return found | {PERSON_FIELD_CATEGORIES[name] for name, rows in lists if rows}


def _held_in(held: Holdings, entry: EntryFacts) -> set[DataCategory]:
    key = entry.register.key
    found = _record(held)
    if any(c.register_key in ("", key) for c in held.consents):
        found.add(PERSON_FIELD_CATEGORIES["consents"])
    if any(p.register_key in ("", key) for p in held.participations):
        found.add(PERSON_FIELD_CATEGORIES["participations"])
    details = (category_of(name) for name, value in entry.details if value)
    return found | {c for c in details if c is not None}


def relevant_held(held: Holdings, entry: EntryFacts) -> frozenset[DataCategory]:
    """The categories held about the person in the entry's register, to tell which of its
    purposes and recipients concern them; every category where that cannot be told (a
    detail that names no category, or nothing categorised at all)."""
    if any(value and category_of(name) is None for name, value in entry.details):
        return EVERY
    return frozenset(_held_in(held, entry)) or EVERY


def declared(register: RegisterFacts) -> set[DataCategory]:
    """The categories the register lists with a code."""
    return {CODES[i.category] for i in register.items_of(RegisterItemKind.DATA_CATEGORY)
            if i.category in CODES}


def _union(sets: Iterable[set[DataCategory]]) -> set[DataCategory]:
    found: set[DataCategory] = set()
    for one in sets:
        found |= one
    return found


def shown_categories(held: Holdings) -> list[list[DataCategory]]:
    """For each of the person's entries (in order), the categories its register shows."""
    helds = [_held_in(held, entry) for entry in held.entries]
    lists = [declared(entry.register) for entry in held.entries]
    own = [h & d if d else h for h, d in zip(helds, lists, strict=True)]
    unlisted = _union(helds) - _union(own)
    return [sorted(o | (unlisted & h), key=ORDER.index)
            for o, h in zip(own, helds, strict=True)]


def category_name(category: DataCategory, lang: str) -> str:
    return DATA_CATEGORIES[category][lang]


def other_lines(ctx: Context, held: Holdings, entry: EntryFacts) -> list[str]:
    """What is held beyond the vocabulary's categories: notes, the restriction, the
    entry's note and the details that name no category."""
    value = held.subject.value
    lines = [ctx.w("category_notes")] if _filled(value("notes")) else []
    if _filled(value("restricted")):
        lines.append(ctx.w("category_restriction"))
    if entry.note.strip():
        lines.append(ctx.w("category_entry_note"))
    keys = [name for name, text in entry.details if text and category_of(name) is None]
    if keys:
        lines.append(ctx.w("category_details", names=", ".join(keys)))
    return lines
