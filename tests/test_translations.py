"""Every message is translated: Finnish first, Swedish and English too."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kasve_desktop import i18n

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import catalogs

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.fixture(scope="module")
def extracted() -> list[str | tuple[str, ...]]:
    return [message.id for message in catalogs.extract() if message.id]


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_message_is_translated(lang: str, extracted: list[str | tuple[str, ...]]) -> None:
    catalog = catalogs.load(lang)
    lacking = []
    for message_id in extracted:
        message = catalog.get(message_id)
        if message is None or message.fuzzy or not catalogs._translated(message.string):
            lacking.append(message_id)
    assert lacking == [], f"{lang}: {len(lacking)} messages lack a translation"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_placeholders_survive_translation(lang: str) -> None:
    for message in catalogs.load(lang):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == wanted, (message.id, text)


def test_catalogs_load_at_run_time() -> None:
    assert i18n.gettext_in("fi", "Access") == "Tarkastuspyyntö"
    assert i18n.gettext_in("sv", "Access") == "Begäran om tillgång"
    assert i18n.gettext_in("en", "Access") == "Access"


def test_language_switch_reaches_listeners() -> None:
    heard: list[str] = []
    i18n.on_language_changed(heard.append)
    try:
        i18n.set_language("sv")
        assert i18n._("Objection to direct marketing") == "Invändning mot direktmarknadsföring"
    finally:
        i18n.remove_language_listener(heard.append)
    assert heard == ["sv"]


def test_dates_as_users_read_them() -> None:
    import datetime as dt

    day = dt.date(2026, 11, 4)
    assert i18n.display_date(day, "fi") == "4.11.2026"
    assert i18n.display_date(day, "sv") == "4.11.2026"
    assert i18n.letter_date(day, "en") == "4 November 2026"
    assert i18n.letter_date(day, "fi") == "4.11.2026"
