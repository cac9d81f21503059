"""Facts read back from a request's timeline notes, in the letter's language.

The per-type actions (``services.requests.actions`` and ``.erasure``) note what they
did in the interface's language at the time, e.g. "Oikaistu: Sukunimi,
Katuosoite." A letter is printed in the *person's* language, so a note is
matched against its message in every language, and its parts are put back
into the letter's language: the messages through the catalogs, register names
and legal-hold reasons through the register's own texts. A part that matches
nothing known (free text the user typed) stays as it was written; the letter
marks it if it is Finnish in a letter of another language
(``letters.free_text``).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from kasve_desktop.i18n import LANGUAGES, gettext_in, translations
from kasve_desktop.services.requests.actions import FIELD_LABELS
from kasve_desktop.services.requests.erasure import COUNTED, NOTE_ERASED, NOTE_KEPT, NOTHING

Texts = Mapping[str, str]
PLURALS: dict[str, tuple[str, str]] = {
    "entries": ("{count} register entry", "{count} register entries"),
    "consents": ("{count} consent", "{count} consents"),
    "objections": ("{count} marketing objection", "{count} marketing objections"),
    "participations": ("{count} event participation", "{count} event participations"),
    "emails": ("{count} e-mail address", "{count} e-mail addresses"),
    "phones": ("{count} phone number", "{count} phone numbers"),
    "documents": ("{count} document", "{count} documents")}
"""The messages of ``request_erasure.COUNTED``, singular and plural (a test keeps them equal)."""
COUNTED_KINDS = tuple(COUNTED)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts), re.DOTALL)


def match_note(note: str, message: str) -> tuple[str, dict[str, str]] | None:
    """The language ``note`` was written in, and its fields, if it is ``message``."""
    for lang in LANGUAGES:
        found = _pattern(gettext_in(lang, message)).fullmatch(note.strip())
        if found is not None:
            return lang, found.groupdict()
    return None


def known_texts(value: str, known: Sequence[Texts]) -> Texts | None:
    """The one of the ``known`` texts that has ``value`` in some language, if any."""
    wanted = value.strip().rstrip(".")
    for texts in known:
        if wanted and wanted in (t.strip().rstrip(".") for t in texts.values()):
            return texts
    return None


@dataclass(frozen=True)
class Phrase:
    """A message a note part may be: how it reads in a language, and how to say it again."""

    forms: Callable[[str], tuple[str, ...]]
    render: Callable[[str, dict[str, str]], str]


def message_phrase(msgid: str) -> Phrase:
    """A message of the catalogs, said again in the target language."""
    return Phrase(lambda lang: (gettext_in(lang, msgid),),
                  lambda lang, fields: gettext_in(lang, msgid).format(**fields))


def counted_phrase(singular: str, plural: str) -> Phrase:
    """A message with ``{count}`` and its plural forms."""
    def forms(lang: str) -> tuple[str, ...]:
        return tuple(translations(lang).ngettext(singular, plural, n) for n in (1, 2, 5))

    def render(lang: str, fields: dict[str, str]) -> str:
        count = int(fields["count"]) if fields["count"].isdigit() else 2
        return translations(lang).ngettext(singular, plural, count).format(**fields)
    return Phrase(forms, render)


def _render(part: str, target: str, phrases: Sequence[Phrase]) -> str | None:
    text = part.strip()
    for phrase in phrases:
        for lang in LANGUAGES:
            for form in phrase.forms(lang):
                # the note's own full stop ends the last part: "Kept: …, reason."
                found = _pattern(form).fullmatch(text) or _pattern(form).fullmatch(text + ".")
                if found is not None:
                    return phrase.render(target, found.groupdict())
    return None


def say_again(part: str, target: str, phrases: Sequence[Phrase]) -> str:
    """``part`` in the ``target`` language if it is one of ``phrases``, else as it is."""
    return _render(part, target, phrases) or part.strip()


def say_items_again(text: str, target: str, phrases: Sequence[Phrase],
                    unknown: Callable[[str], str] = str.strip) -> list[str]:
    """The "; "-separated parts of a note in ``target``. A known message may itself hold
    "; ", so the shortest run of pieces that is a known message makes one part; a part
    that is none (free text the user typed) goes through ``unknown``."""
    nothing = {gettext_in(lang, NOTHING) for lang in LANGUAGES}
    pieces = [piece for piece in text.split("; ") if piece.strip()]
    items, start = [], 0
    while start < len(pieces):
        end, said = start + 1, None
        for stop in range(start + 1, len(pieces) + 1):
            said = _render("; ".join(pieces[start:stop]), target, phrases)
            if said is not None:
                end = stop
                break
        part = said or pieces[start].strip()
        if part not in nothing:
            items.append(part if said is not None else unknown(part))
        start = end
    return items


def erasure_parts(note: str) -> tuple[str, str] | None:
    """What an erasure note says was erased and kept (as noted); None if it is not one."""
    lines = note.strip().split("\n", 1)
    erased = match_note(lines[0], NOTE_ERASED)
    kept = match_note(lines[1], NOTE_KEPT) if len(lines) == 2 else None
    if erased is None:
        return None
    return erased[1]["erased"], kept[1]["kept"] if kept else ""


def field_labels(fields: str, target: str) -> list[str]:
    """Comma-separated field labels of a rectification note, in ``target``."""
    by_label = {gettext_in(lang, label): label for lang in LANGUAGES
                for label in FIELD_LABELS.values()}
    return [gettext_in(target, by_label[name.strip()]) if name.strip() in by_label
            else name.strip() for name in fields.split(", ") if name.strip()]
