"""What an erasure letter says was erased and kept: read back from the erasure's note.

The erasure (``services.requests.erasure``) notes in the interface's language
what it erased — the register entries by register, the counted rest — and what
it kept and why. The letter says the same in the person's language, and for
everything kept also how long (``domain.letter_templates.KeptWords``):

- the data of an entry that a rule of their own keeps longer (``kept_longer``), each
  until its date, for the register's legal hold;
- an entry under a legal hold named by its register (``legal_hold_text``) is kept
  by the register's retention rule, unless the hold's text states a period
  itself; an entry the user marked as held is kept as its note says, and that
  note must name the law and the period;
- the name and contact details of a person with held entries, as long as those;
- the keyed hashes of the suppression list, as long as we carry out direct marketing;
- the record of the request, for ``REQUEST_RECORD_YEARS`` after the answer.

A hold that names no law, or states no period where the register's rule does
not give one, makes the letter untrue by omission: it is refused
(``HoldWithoutLaw``, ``HoldWithoutPeriod``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain.letter_templates import KeptWords, kept_words, record_period
from kasve_desktop.domain.notice_vocabulary import DATA_CATEGORIES
from kasve_desktop.domain.retention import RetentionAnchor
from kasve_desktop.domain.text_language import states_period
from kasve_desktop.i18n import LANGUAGES, gettext_in, letter_date
from kasve_desktop.services.answers.letters import notes
from kasve_desktop.services.answers.letters.free_text import free_text, own_text
from kasve_desktop.services.answers.letters.notes import Phrase, counted_phrase, message_phrase
from kasve_desktop.services.answers.letters.refusals import HoldWithoutLaw, HoldWithoutPeriod
from kasve_desktop.services.people import erasure
from kasve_desktop.services.requests.erasure import (
    ENTRY_IN,
    HASHES_OF_EMAILS,
    HASHES_OF_PHONES,
    HASHES_WHAT,
    HASHES_WHY,
    PERSON_RECORD,
)
from kasve_desktop.store.models import Register

Texts = Mapping[str, str]


@dataclass(frozen=True)
class RegisterWords:
    """What the letter needs of a register: its name, its legal hold, its retention rule."""

    name: Texts
    legal_hold_text: Texts
    retention_months: int | None
    retention_anchor: str


def register_words(session: Session) -> list[RegisterWords]:
    return [RegisterWords(dict(r.name or {}), dict(r.legal_hold_text or {}), r.retention_months,
                          r.retention_anchor) for r in session.scalars(select(Register))]


def _register(name: str, registers: Sequence[RegisterWords]) -> RegisterWords | None:
    return next((r for r in registers if notes.known_texts(name, [r.name]) is not None), None)


def _register_name(name: str, lang: str, registers: Sequence[RegisterWords]) -> str:
    register = _register(name, registers)
    return own_text(register.name, lang) if register else free_text(name.strip(), lang)


# --- what was erased ------------------------------------------------------------------------

def _entry_in(registers: Sequence[RegisterWords]) -> Phrase:
    return Phrase(lambda lang: (gettext_in(lang, ENTRY_IN),),
                  lambda lang, fields: kept_words(lang).erased_entry.format(
                      register=_register_name(fields["register"], lang, registers)))


def erased_phrases(registers: Sequence[RegisterWords]) -> tuple[Phrase, ...]:
    return (*(counted_phrase(*forms) for forms in notes.PLURALS.values()),
            message_phrase(PERSON_RECORD), _entry_in(registers))


# --- what was kept, why and how long ---------------------------------------------------------

def _rule_period(register: RegisterWords, words: KeptWords) -> str:
    if not register.retention_months:
        return ""
    collected = register.retention_anchor == RetentionAnchor.COLLECTED.value
    text = words.period_collected if collected else words.period_last_needed
    return text.format(span=words.span(register.retention_months))


def _no_law(reason: str) -> bool:
    """The reason the erasure gives for a held entry whose note names nothing."""
    default = {lang: gettext_in(lang, erasure.HELD_DEFAULT_REASON) for lang in LANGUAGES}
    return notes.known_texts(reason, [default]) is not None


def _held_law(register_name: str, reason: str, lang: str,
              registers: Sequence[RegisterWords]) -> str:
    """The law and the period of a held entry, in ``lang``; refused if either is missing."""
    name = register_name.strip()
    if _no_law(reason):
        raise HoldWithoutLaw(register=name)
    register = _register(name, registers)
    if register is not None and notes.known_texts(reason, [register.legal_hold_text]):
        law, rule = own_text(register.legal_hold_text, lang), _rule_period(register,
                                                                          kept_words(lang))
    else:
        law, rule = free_text(reason.strip(), lang), ""
    period = "" if states_period(reason) else rule
    if not (period or states_period(reason)):
        raise HoldWithoutPeriod(register=name, reason=reason.strip())
    law = law if law.rstrip().endswith((".", "]")) else f"{law.rstrip()}."
    lead = kept_words(lang).held_entry.format(register=_register_name(name, lang, registers))
    return f"{lead}: {law} {period}".rstrip()


def _held_entry(registers: Sequence[RegisterWords]) -> Phrase:
    return Phrase(lambda lang: (f"{gettext_in(lang, erasure.HELD_ENTRY)} ({{register}}): "
                                "{reason}",),
                  lambda lang, fields: _held_law(fields["register"], fields["reason"], lang,
                                                 registers))


def _noted_date(text: str) -> dt.date | None:
    """A date as the erasure noted it (``display_date`` in any interface language)."""
    found = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text.strip())
    if found is not None:
        return dt.date(int(found[3]), int(found[2]), int(found[1]))
    try:
        return dt.datetime.strptime(text.strip(), "%d %b %Y").date()
    except ValueError:
        return None


def _category(name: str, lang: str) -> str:
    """A data category as the erasure named it, in ``lang``."""
    code = next((code for code, names in DATA_CATEGORIES.items()
                 if name.strip() in names.values()), None)
    return DATA_CATEGORIES[code][lang] if code is not None else free_text(name.strip(), lang)


def _held_data_law(fields: dict[str, str], lang: str,
                   registers: Sequence[RegisterWords]) -> str:
    """A category kept of an entry by its own rule, until its date, and why, in ``lang``."""
    name, reason = fields["register"].strip(), fields["reason"].strip()
    register = _register(name, registers)
    generic = {lang: gettext_in(lang, erasure.HELD_DATA_REASON) for lang in LANGUAGES}
    if register is not None and notes.known_texts(reason, [register.legal_hold_text]):
        law = own_text(register.legal_hold_text, lang)
    elif notes.known_texts(reason, [generic]):
        law = generic[lang]
    else:
        law = free_text(reason, lang)
    day = _noted_date(fields["date"])
    lead = kept_words(lang).held_data.format(
        category=_category(fields["category"], lang),
        register=_register_name(name, lang, registers),
        date=letter_date(day, lang) if day else fields["date"].strip())
    return f"{lead}: {law}"


def _held_data(registers: Sequence[RegisterWords]) -> Phrase:
    return Phrase(lambda lang: (f"{gettext_in(lang, erasure.HELD_DATA)} ({{register}}): "
                                "{reason}",),
                  lambda lang, fields: _held_data_law(fields, lang, registers))


def _kept_said(what: str, reason: str, words: str) -> Phrase:
    """A kept thing of a fixed message and its reason, said again to the person in the
    letter's own words (``KeptWords.<words>``: what it is, why and how long it is kept)."""
    return Phrase(lambda lang: (f"{gettext_in(lang, what)}: {gettext_in(lang, reason)}",),
                  lambda lang, fields: str(getattr(kept_words(lang), words)))


HASH_WORDS = {HASHES_WHAT: "hashes", HASHES_OF_EMAILS: "hashes_emails",
              HASHES_OF_PHONES: "hashes_phones"}


def kept_phrases(registers: Sequence[RegisterWords]) -> tuple[Phrase, ...]:
    hashes = (_kept_said(what, HASHES_WHY, words) for what, words in HASH_WORDS.items())
    return (_held_entry(registers), _held_data(registers),
            _kept_said(erasure.HELD_PERSON, erasure.HELD_PERSON_REASON, "held_person"),
            _request_record(), *hashes)


def _request_record() -> Phrase:
    """The record of a request: why (as the erasure noted it) and how long (the rule)."""
    def render(lang: str, fields: dict[str, str]) -> str:
        what = gettext_in(lang, erasure.REQUEST_RECORD).format(**fields)
        return f"{what}: {kept_words(lang).request_record.format(period=record_period(lang))}"
    return Phrase(lambda lang: (f"{gettext_in(lang, erasure.REQUEST_RECORD)}: "
                                f"{gettext_in(lang, erasure.REQUEST_REASON)}",), render)


def erasure_items(note: str, lang: str, registers: Sequence[RegisterWords]
                  ) -> tuple[list[str], list[str]] | None:
    """What an erasure note says was erased and kept, in ``lang``; None if it is not one."""
    parts = notes.erasure_parts(note)
    if parts is None:
        return None

    def typed(text: str) -> str:
        return free_text(text.strip(), lang)
    erased = notes.say_items_again(parts[0], lang, erased_phrases(registers), typed)
    kept = notes.say_items_again(parts[1], lang, kept_phrases(registers), typed)
    return erased, kept
