"""Translated text, dates and numbers (no Qt here).

Messages are written in English in the code and translated through gettext
catalogs in ``translations/<lang>/LC_MESSAGES/kasve_desktop.po``. Only the catalog
of a language in use is read, and it is compiled in memory, so no compiled ``.mo``
file has to be kept in step with its source. Finnish is the default language.

The catalog is read by a small reader of our own rather than babel's ``read_po``:
it is the first thing the window does (the arguments' help and the unlock dialog
are translated), and babel took 70 ms of the start-up for it. It gives the same
catalog as ``read_po`` + ``write_mo`` (a test compares them): fuzzy and untranslated
messages are left out, an untranslated plural form falls back to the English one.
Babel itself (dates, numbers) is imported where a date or number is first shown.
"""

from __future__ import annotations

import array
import datetime as dt
import gettext
import importlib
import io
import re
import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

DOMAIN = "kasve_desktop"
LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


def catalog_path(lang: str) -> Path:
    # The package's folder rather than importlib.resources, which the window would
    # import for this alone before its first dialog (the catalogs are plain files).
    package = importlib.import_module("kasve_desktop.translations").__file__
    assert package is not None
    return Path(package).parent / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of ``lang`` (an empty one if it is missing)."""
    path = catalog_path(lang)
    if not path.is_file():
        return gettext.NullTranslations()
    return gettext.GNUTranslations(io.BytesIO(compile_po(path.read_text("utf-8"))))


@dataclass
class _Entry:
    """One message of a ``.po`` file as it is read: each field a list of its lines."""

    context: list[str] | None = None
    msgid: list[str] = field(default_factory=list)
    plural: list[str] | None = None
    strings: dict[int, list[str]] = field(default_factory=dict)
    fuzzy: bool = False


_ESCAPE = re.compile(r'\\([\\trn"])')
_ESCAPES = {"\\": "\\", "t": "\t", "r": "\r", "n": "\n", '"': '"'}
_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")


def _unquote(line: str) -> str:
    text = line.strip()[1:-1]
    return _ESCAPE.sub(lambda found: _ESCAPES[found.group(1)], text) if "\\" in text else text


def read_entries(text: str) -> list[_Entry]:
    """The messages of a ``.po`` file (obsolete ``#~`` ones left out), header first."""
    entries: list[_Entry] = []
    entry = _Entry()
    target: list[str] = entry.msgid
    fuzzy = False

    def begin() -> None:  # a comment or keyword after a msgstr starts the next message
        nonlocal entry, fuzzy
        if entry.strings:
            entries.append(entry)
            entry = _Entry()
            fuzzy = False

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            begin()
            if line.startswith("#~"):
                fuzzy = False  # the flags above an obsolete message are its own
            elif line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in (flag.strip() for flag in line[2:].split(","))
            continue
        if line.startswith('"'):
            target.append(_unquote(line))
            continue
        keyword, _space, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid"):
            begin()
            entry.fuzzy = fuzzy
            if keyword == "msgctxt":
                entry.context = target = []
            else:
                target = entry.msgid
        elif keyword == "msgid_plural":
            entry.plural = target = []
        elif keyword.startswith("msgstr"):
            index = int(keyword[7:-1]) if keyword.startswith("msgstr[") else 0
            target = entry.strings.setdefault(index, [])
        else:
            raise ValueError(f"not a .po line: {raw!r}")
        target.append(_unquote(rest))
    if entry.strings:
        entries.append(entry)
    return entries


def compile_po(text: str) -> bytes:
    """The ``.mo`` of a ``.po`` file's text, as babel's ``write_mo`` makes it."""
    pairs: dict[bytes, bytes] = {}
    nplurals = 2
    for entry in read_entries(text):
        msgid = "".join(entry.msgid)
        strings = {index: "".join(parts) for index, parts in entry.strings.items()}
        if not msgid and entry.context is None:  # the header: kept though marked fuzzy
            header = strings.get(0, "")
            found = _NPLURALS.search(header)
            nplurals = int(found.group(1)) if found else nplurals
            pairs[b""] = header.encode()
            continue
        if entry.fuzzy:
            continue
        if entry.plural is None:
            key, value = msgid, strings.get(0, "")
            if not value:
                continue
        else:
            ids = (msgid, "".join(entry.plural))
            key = "\0".join(ids)
            value = "\0".join(strings.get(index) or ids[min(index, 1)]
                              for index in range(nplurals))
        if entry.context is not None:
            key = "".join(entry.context) + "\x04" + key
        pairs[key.encode()] = value.encode()
    return _mo_file(sorted(pairs.items()))


def _mo_file(pairs: Iterable[tuple[bytes, bytes]]) -> bytes:
    """A GNU ``.mo`` file of sorted (msgid, msgstr) pairs, without a hash table."""
    ids = bytearray()
    strs = bytearray()
    offsets = []
    for key, value in pairs:
        offsets.append((len(ids), len(key), len(strs), len(value)))
        ids += key + b"\0"
        strs += value + b"\0"
    count = len(offsets)
    keystart = 7 * 4 + 16 * count
    valuestart = keystart + len(ids)
    table: list[int] = []
    for id_offset, id_length, _str_offset, _str_length in offsets:
        table += [id_length, id_offset + keystart]
    for _id_offset, _id_length, str_offset, str_length in offsets:
        table += [str_length, str_offset + valuestart]
    header = struct.pack("Iiiiiii", 0x950412DE, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    return header + array.array("i", table).tobytes() + bytes(ids) + bytes(strs)


@dataclass
class _State:
    lang: str = DEFAULT_LANGUAGE


_state = _State()
_listeners: list[Callable[[str], None]] = []


def set_language(lang: str) -> None:
    """Switch every later ``_()`` call to ``lang`` and tell the listeners."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _state.lang = lang
    for listener in list(_listeners):
        listener(lang)


def current_language() -> str:
    return _state.lang


def on_language_changed(listener: Callable[[str], None]) -> None:
    _listeners.append(listener)


def remove_language_listener(listener: Callable[[str], None]) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def _(message: str) -> str:
    """Translate ``message`` into the current language."""
    return translations(_state.lang).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return translations(_state.lang).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a module-level constant for extraction; translate it at display time."""
    return message


def gettext_in(lang: str, message: str) -> str:
    """Translate ``message`` into ``lang`` whatever the current language is."""
    return translations(lang).gettext(message)


def locale_name(lang: str | None = None) -> str:
    return LOCALES[lang or _state.lang]


def display_date(day: dt.date | None, lang: str | None = None) -> str:
    """A date as the user reads it: ``24.11.2026`` in Finnish and Swedish."""
    if day is None:
        return ""
    from babel.dates import format_date  # babel is imported when a date is first shown

    pattern = "d MMM y" if (lang or _state.lang) == "en" else "d.M.y"
    return format_date(day, pattern, locale=locale_name(lang))


def letter_date(day: dt.date, lang: str) -> str:
    """A date as printed in letters: ``24.11.2026`` (fi, sv), ``24 November 2026`` (en)."""
    if lang == "en":
        from babel.dates import format_date

        return format_date(day, "d MMMM y", locale=LOCALES["en"])
    return f"{day.day}.{day.month}.{day.year}"


def display_datetime(moment: dt.datetime | None, lang: str | None = None) -> str:
    if moment is None:
        return ""
    pattern = "d MMM y HH:mm" if (lang or _state.lang) == "en" else "d.M.y 'klo' HH.mm"
    if (lang or _state.lang) == "sv":
        pattern = "d.M.y 'kl.' HH.mm"
    from babel.dates import format_datetime

    return format_datetime(moment, pattern, locale=locale_name(lang))


def display_number(value: int | float | Decimal, lang: str | None = None) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale_name(lang))


def language_display_name(lang: str) -> str:
    from babel import Locale

    return Locale.parse(LOCALES[lang]).language_name or LANGUAGE_NAMES[lang]
