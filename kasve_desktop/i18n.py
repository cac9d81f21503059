"""Translated text, dates and numbers (no Qt here).

Messages are written in English in the code and translated through gettext
catalogs in ``translations/<lang>/LC_MESSAGES/kasve_desktop.po``. The catalogs
are read with babel and compiled in memory, so no compiled ``.mo`` file has to
be kept in step with its source. Finnish is the default language.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

DOMAIN = "kasve_desktop"
LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


def catalog_path(lang: str) -> resources.abc.Traversable:
    return resources.files("kasve_desktop.translations") / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of ``lang`` (an empty one if it is missing)."""
    path = catalog_path(lang)
    if not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


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
    pattern = "d MMM y" if (lang or _state.lang) == "en" else "d.M.y"
    return format_date(day, pattern, locale=locale_name(lang))


def letter_date(day: dt.date, lang: str) -> str:
    """A date as printed in letters: ``24.11.2026`` (fi, sv), ``24 November 2026`` (en)."""
    if lang == "en":
        return format_date(day, "d MMMM y", locale=LOCALES["en"])
    return f"{day.day}.{day.month}.{day.year}"


def display_datetime(moment: dt.datetime | None, lang: str | None = None) -> str:
    if moment is None:
        return ""
    pattern = "d MMM y HH:mm" if (lang or _state.lang) == "en" else "d.M.y 'klo' HH.mm"
    if (lang or _state.lang) == "sv":
        pattern = "d.M.y 'kl.' HH.mm"
    return format_datetime(moment, pattern, locale=locale_name(lang))


def display_number(value: int | float | Decimal, lang: str | None = None) -> str:
    return format_decimal(value, locale=locale_name(lang))


def language_display_name(lang: str) -> str:
    return Locale.parse(LOCALES[lang]).language_name or LANGUAGE_NAMES[lang]
