"""The record of processing activities (GDPR Art. 30(1)) as plain data, in one language.

``build_record()`` reads the same facts as the privacy notice (``NoticeFacts``:
the controller, its people and the registers) and never asks for a text of its
own: one processing activity per register, with the items (a)–(g) of Art. 30(1)
each labelled with its letter, and the processors of every register in one table
with their flags (agreement missing, review date missing, review overdue on the
record's date). Dates arrive formatted by the caller's ``DateText`` (the domain
holds no locale rules); the documents layer prints a ``Record`` without knowing
where it came from. A text missing in the record's language is printed in Finnish and
marked, as in the notice (``Record.untranslated`` names the items that print one).

The controller's subsidiaries are listed in (a); when the group companies share
customer contacts, "group companies" is a category of recipients in (d) of every
register the sharing concerns (``group_sharing_concerns``, the one rule for it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from kasve_desktop.domain.notice import (
    SOURCE_LANGUAGE,
    ContactFacts,
    ControllerFacts,
    ItemFacts,
    NoticeFacts,
    RegisterFacts,
    Texts,
)
from kasve_desktop.domain.notice_vocabulary import (
    RECIPIENT_ROLES,
    TRANSFER_MECHANISMS,
    RecipientRole,
    TransferMechanism,
    country_name,
    vocabulary,
)
from kasve_desktop.domain.notice_words import LEGAL_BASES, WORDS
from kasve_desktop.domain.record_words import ITEM_LETTERS, RECORD_WORDS
from kasve_desktop.domain.retention import RetentionAnchor
from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.domain.vocabulary import RegisterItemKind as Kind

DateText = Callable[[dt.date, str], str]
"""How a date prints in a language (``24.11.2026``; in English ``24 November 2026``)."""


class ProcessorFlag(StrEnum):
    NO_AGREEMENT = "no-agreement"
    NO_REVIEW = "no-review"
    REVIEW_OVERDUE = "review-overdue"


@dataclass(frozen=True)
class Part:
    """A labelled list of lines in an item (the label may be empty)."""

    label: str
    lines: tuple[str, ...]
    bulleted: bool = False
    """The lines are a list (purposes, categories, recipients…), printed with a bullet
    each, even when there is only one; prose and single statements are not."""


@dataclass(frozen=True)
class RecordItem:
    letter: str
    """``a``–``g``: the point of Art. 30(1)."""
    label: str
    """The letter as printed: ``a)`` (fi, sv), ``(a)`` (en)."""
    heading: str
    parts: tuple[Part, ...]

    def plain_text(self) -> str:
        lines: list[str] = []
        for part in self.parts:
            if part.label:
                lines.append(f"{part.label}:")
            lines.extend(part.lines)
        return "\n".join(lines)


@dataclass(frozen=True)
class Activity:
    """One processing activity: a register, with its purposes and the items (a)–(g)."""

    key: str
    name: str
    purposes: tuple[str, ...]
    items: tuple[RecordItem, ...]


@dataclass(frozen=True)
class Processor:
    name: str
    service: str
    country: str
    agreement_date: dt.date | None
    review_on: dt.date | None
    agreement_text: str
    review_text: str
    registers: tuple[str, ...]
    flags: tuple[ProcessorFlag, ...]
    flag_texts: tuple[str, ...]


@dataclass(frozen=True)
class RecordVersionFacts:
    number: int
    effective_date: dt.date
    history: tuple[tuple[int, dt.date], ...] = ()
    """Every version up to this one: (number, date), oldest first."""


@dataclass(frozen=True)
class Record:
    lang: str
    title: str
    legal_reference: str
    controller_name: str
    controller: tuple[Part, ...]
    activities: tuple[Activity, ...]
    processors: tuple[Processor, ...]
    version: int
    effective_date: dt.date
    version_label: str
    history: tuple[str, ...]
    flags_note: str
    words: Mapping[str, str]
    """The record's fixed words in its language (column headings, page numbers)."""
    untranslated: tuple[str, ...] = ()
    """The parts that print a Finnish text for lack of a translation (``Register: d)
    Heading``, the processors' table), in the record's language."""
    untranslated_marker: str = ""
    """The note printed after such a text (the notice's)."""
    history_dates: tuple[tuple[int, dt.date], ...] = ()
    """The versions behind ``history``: (number, date drawn up), oldest first."""


@dataclass(frozen=True)
class _Writer:
    lang: str
    date_text: DateText

    def word(self, key: str, **values: object) -> str:
        return RECORD_WORDS[self.lang][key].format(**values)

    def notice_word(self, key: str, **values: object) -> str:
        return WORDS[self.lang][key].format(**values)

    @property
    def marker(self) -> str:
        """The notice's note for a Finnish text in a Swedish or English document."""
        return "" if self.lang == SOURCE_LANGUAGE else self.notice_word("untranslated")

    def marked(self, text: str) -> str:
        return f"{text} {self.marker}" if text and self.marker else text

    def plain(self, texts: Texts) -> str:
        """The text in this language, else the Finnish one unmarked (for names)."""
        return (texts.get(self.lang, "").strip()
                or texts.get(SOURCE_LANGUAGE, "").strip())

    def pick(self, texts: Texts) -> str:
        """The text in this language, else the Finnish one marked untranslated."""
        own = texts.get(self.lang, "").strip()
        return own or self.marked(texts.get(SOURCE_LANGUAGE, "").strip())

    def paragraphs(self, texts: Texts) -> tuple[str, ...]:
        own = texts.get(self.lang, "").strip()
        text = own or texts.get(SOURCE_LANGUAGE, "").strip()
        found = tuple(p.strip() for p in text.split("\n\n") if p.strip())
        return found if own else tuple(self.marked(p) for p in found)

    def is_marked(self, text: str) -> bool:
        return bool(self.marker) and self.marker in text

    def date(self, day: dt.date | None) -> str:
        return self.date_text(day, self.lang) if day else self.word("none")


# --- (a) the controller and its people ---------------------------------------------


def _person_lines(person: ContactFacts) -> tuple[str, ...]:
    address = person.address.one_line()
    return tuple(p for p in (person.name, address, person.email, person.phone) if p)


def _controller_parts(facts: NoticeFacts, w: _Writer) -> tuple[Part, ...]:
    c = facts.controller
    company = [c.name, f"{w.notice_word('business_id')}: {c.business_id}" if c.business_id
               else "", c.address.one_line(), c.email, c.phone, c.website]
    contact = _person_lines(facts.contact) if facts.contact else (w.word("no_contact"),)
    dpo = _person_lines(facts.dpo) if facts.dpo else (w.word("no_dpo"),)
    subsidiaries = (Part(w.notice_word("subsidiaries"), (", ".join(c.subsidiaries),)),) \
        if c.subsidiaries else ()
    return (Part(w.word("controller"), (" · ".join(p for p in company if p),)),
            *subsidiaries,
            Part(w.word("contact"), (" · ".join(contact),)),
            Part(w.word("dpo"), (" · ".join(dpo),)))


SHARED_CONTACTS_OF: Final = "customers"
"""The data subjects whose contacts the group companies share (``SUBJECT_CATEGORIES``)."""


def group_sharing_concerns(controller: ControllerFacts, register: RegisterFacts) -> bool:
    """Whether the group companies' sharing of customer contacts concerns ``register``:
    the controller says they share them and the register's data subjects include the
    customers (and the contact persons of customer companies)."""
    return controller.shares_customer_contacts and any(
        item.category == SHARED_CONTACTS_OF for item in register.items_of(Kind.SUBJECT_CATEGORY))


# --- the items of a register --------------------------------------------------------


def _item_name(item: ItemFacts, w: _Writer) -> str:
    coded = vocabulary(item.kind).get(item.category, {}).get(w.lang, "")
    text = w.pick(item.text)
    return f"{coded}: {text}" if coded and text else coded or text


def _purpose_line(item: ItemFacts, w: _Writer) -> str:
    basis = LEGAL_BASES[w.lang].get(item.legal_basis or "", "")
    parts = [_item_name(item, w), w.word("basis", basis=basis) if basis else w.word("no_basis")]
    interest = w.pick(item.legitimate_interest)
    if interest and item.legal_basis == LegalBasis.LEGITIMATE_INTERESTS:
        parts.append(w.notice_word("legitimate_interest", interest=interest))
    return " — ".join(p for p in parts if p)


def _purposes(register: RegisterFacts, w: _Writer) -> tuple[Part, ...]:
    lines = tuple(_purpose_line(i, w) for i in register.items_of(Kind.PURPOSE))
    return tuple(p for p in (Part("", lines, bulleted=True),
                             Part("", w.paragraphs(register.purposes_text)))
                 if p.lines) or (Part("", (w.word("none"),)),)


def _names(label: str, register: RegisterFacts, kind: str, w: _Writer) -> Part:
    """The names of the register's items of ``kind`` as a list, or "—" when it has none."""
    names = tuple(n for n in (_item_name(i, w) for i in register.items_of(kind)) if n)
    return Part(label, names, bulleted=True) if names else Part(label, (w.word("none"),))


def _categories(register: RegisterFacts, w: _Writer) -> tuple[Part, ...]:
    data = _names(w.word("data"), register, Kind.DATA_CATEGORY, w)
    prose = w.paragraphs(register.data_content_text)
    return (_names(w.word("subjects"), register, Kind.SUBJECT_CATEGORY, w), data,
            *((Part("", prose),) if prose else ()))


def _role(item: ItemFacts, w: _Writer) -> str:
    if item.role not in set(RecipientRole):
        return ""
    return RECIPIENT_ROLES[RecipientRole(item.role)][w.lang]


def _service(item: ItemFacts, w: _Writer) -> str:
    coded = vocabulary(Kind.RECIPIENT).get(item.category, {}).get(w.lang, "")
    return ", ".join(p for p in (coded, w.pick(item.text)) if p)


def _recipient_line(item: ItemFacts, w: _Writer) -> str:
    country = country_name(item.country, w.lang) if item.country else ""
    if country and item.outside_eea:
        country = f"{country}, {w.word('third_country')}"
    details = [p for p in (_role(item, w), _service(item, w) if item.name else "", country) if p]
    head = item.name or _service(item, w)
    return f"{head} ({', '.join(details)})" if details else head


def _recipients(register: RegisterFacts, controller: ControllerFacts,
                w: _Writer) -> tuple[Part, ...]:
    items = register.items_of(Kind.RECIPIENT)
    group = group_sharing_concerns(controller, register)
    roles = tuple(dict.fromkeys([*(r for r in (_role(i, w) for i in items) if r),
                                 *((w.word("group_companies"),) if group else ())]))
    named = tuple(_recipient_line(i, w) for i in items) + tuple(
        w.word("group_company", name=name) for name in (controller.subsidiaries if group
                                                         else ()))
    prose = w.paragraphs(register.disclosures_text)
    parts = [Part(w.word("recipient_roles"), roles, bulleted=True) if roles else None,
             Part(w.word("recipients"), named, bulleted=True) if named else None,
             Part("", prose) if prose else None]
    return tuple(p for p in parts if p) or (Part("", (w.word("no_recipients"),)),)


def _mechanism(item: ItemFacts, w: _Writer) -> str:
    if item.transfer_mechanism in set(TransferMechanism):
        return TRANSFER_MECHANISMS[TransferMechanism(item.transfer_mechanism)][w.lang]
    return w.pick(item.safeguard) or w.word("none")


def _transfers(register: RegisterFacts, w: _Writer) -> tuple[Part, ...]:
    outside = [i for i in register.items_of(Kind.RECIPIENT) if i.outside_eea]
    lines = tuple(w.word("transfer", name=i.name or _service(i, w),
                         country=country_name(i.country, w.lang), mechanism=_mechanism(i, w))
                  for i in outside)
    prose = w.paragraphs(register.transfers_text)
    return (Part("", lines, bulleted=True) if lines else Part("", (w.word("no_transfers"),)),
            *((Part("", prose),) if prose else ()))


def _rule(months: int | None, anchor: str, w: _Writer) -> str:
    if not months:
        return w.word("no_rule")
    key = "retention_rule_collected" if anchor == RetentionAnchor.COLLECTED \
        else "retention_rule"
    return w.notice_word(key, months=months)


def _retention(register: RegisterFacts, w: _Writer) -> tuple[Part, ...]:
    own = w.word("register_rule",
                 rule=_rule(register.retention_months, register.retention_anchor, w))
    lines = []
    for item in register.items_of(Kind.DATA_CATEGORY):
        name = _item_name(item, w)
        if item.retention_months:
            rule = _rule(item.retention_months,
                         item.retention_anchor or register.retention_anchor, w)
            lines.append(w.word("own_rule", category=name, rule=rule))
        else:
            lines.append(w.word("same_rule", category=name))
    prose = w.paragraphs(register.retention_text)
    return tuple(p for p in (Part("", (own,)), Part(w.word("data"), tuple(lines), bulleted=True),
                             Part("", prose)) if p.lines)


def _security(register: RegisterFacts, w: _Writer) -> tuple[Part, ...]:
    measures = tuple(_item_name(i, w) for i in register.items_of(Kind.SECURITY))
    parts = [Part("", w.paragraphs(register.security_text)),
             Part("", measures, bulleted=True),
             Part(w.notice_word("manual"), w.paragraphs(register.security_manual)),
             Part(w.notice_word("electronic"), w.paragraphs(register.security_electronic))]
    return tuple(p for p in parts if p.lines) or (Part("", (w.word("none"),)),)


def _activity(register: RegisterFacts, facts: NoticeFacts, controller: tuple[Part, ...],
              w: _Writer) -> Activity:
    builders: dict[str, Callable[[], tuple[Part, ...]]] = {
        "a": lambda: controller, "b": lambda: _purposes(register, w),
        "c": lambda: _categories(register, w),
        "d": lambda: _recipients(register, facts.controller, w),
        "e": lambda: _transfers(register, w), "f": lambda: _retention(register, w),
        "g": lambda: _security(register, w)}
    items = tuple(RecordItem(letter, w.word("item_label", letter=letter), w.word(letter),
                             builders[letter]()) for letter in ITEM_LETTERS)
    purposes = tuple(_item_name(i, w) for i in register.items_of(Kind.PURPOSE))
    return Activity(register.key, w.plain(register.name) or register.key, purposes, items)


# --- the processors -----------------------------------------------------------------


def processor_flags(item: ItemFacts, as_of: dt.date) -> tuple[ProcessorFlag, ...]:
    """What is wrong with a processor's agreement on ``as_of``."""
    flags = [ProcessorFlag.NO_AGREEMENT] if item.agreement_date is None else []
    if item.review_on is None:
        flags.append(ProcessorFlag.NO_REVIEW)
    elif item.review_on < as_of:
        flags.append(ProcessorFlag.REVIEW_OVERDUE)
    return tuple(flags)


def _processors(registers: Sequence[RegisterFacts], as_of: dt.date,
                w: _Writer) -> tuple[Processor, ...]:
    """Every processor once per distinct agreement, with the registers that name it."""
    found: dict[tuple[object, ...], tuple[ItemFacts, list[str]]] = {}
    for register in registers:
        for item in register.items_of(Kind.RECIPIENT):
            if item.is_processor:
                key = (item.name, _service(item, w), item.country, item.agreement_date,
                       item.review_on)
                found.setdefault(key, (item, []))[1].append(w.plain(register.name)
                                                            or register.key)
    rows = []
    for item, names in found.values():
        flags = processor_flags(item, as_of)
        rows.append(Processor(
            item.name or _service(item, w), _service(item, w),
            country_name(item.country, w.lang) if item.country else "",
            item.agreement_date, item.review_on, w.date(item.agreement_date),
            w.date(item.review_on), tuple(dict.fromkeys(names)), flags,
            tuple(w.word(flag.value) for flag in flags)))
    return tuple(rows)


# --- the whole record ---------------------------------------------------------------


def build_record(facts: NoticeFacts, lang: str, version: RecordVersionFacts, as_of: dt.date,
                 date_text: DateText) -> Record:
    """The record of ``facts`` in ``lang``; the processors' flags as they stand on
    ``as_of``."""
    w = _Writer(lang, date_text)
    controller = _controller_parts(facts, w)
    history = tuple(w.word("history_line", number=n, date=w.date(d))
                    for n, d in version.history)
    activities = tuple(_activity(r, facts, controller, w) for r in facts.registers)
    processors = _processors(facts.registers, as_of, w)
    return Record(
        lang=lang, title=w.word("title"), legal_reference=w.word("legal"),
        controller_name=facts.controller.name, controller=controller,
        activities=activities, processors=processors, version=version.number,
        effective_date=version.effective_date,
        version_label=w.word("version", number=version.number,
                             date=w.date(version.effective_date)),
        history=history, flags_note=w.word("flags_as_of", date=w.date(as_of)),
        words=RECORD_WORDS[lang], untranslated=_untranslated(activities, processors, w),
        untranslated_marker=w.marker, history_dates=version.history)


def _untranslated(activities: Sequence[Activity], processors: Sequence[Processor],
                  w: _Writer) -> tuple[str, ...]:
    """The items (and the processors' table) that print a Finnish text marked."""
    parts = [f"{activity.name}: {item.label} {item.heading}" for activity in activities
             for item in activity.items
             if any(w.is_marked(line) for part in item.parts for line in part.lines)]
    if any(w.is_marked(p.name) or w.is_marked(p.service) for p in processors):
        parts.append(w.word("processors"))
    return tuple(parts)
