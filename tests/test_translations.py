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


def babel_catalog(text: str, lang: str) -> dict[object, str]:
    """What babel's ``read_po`` + ``write_mo`` make of a ``.po`` text (the header left out)."""
    import gettext
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    buffer = io.BytesIO()
    write_mo(buffer, read_po(io.StringIO(text), locale=lang, domain=i18n.DOMAIN))
    buffer.seek(0)
    return {key: value for key, value in gettext.GNUTranslations(buffer)._catalog.items()
            if key != ""}


def our_catalog(text: str) -> dict[object, str]:
    import gettext
    import io

    compiled = gettext.GNUTranslations(io.BytesIO(i18n.compile_po(text)))
    return {key: value for key, value in compiled._catalog.items() if key != ""}


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_catalog_reader_reads_what_babel_reads(lang: str) -> None:
    """The start-up reads catalogs without babel: the same messages, to the letter."""
    text = i18n.catalog_path(lang).read_text("utf-8")
    ours = our_catalog(text)
    assert len(ours) > 1000
    assert ours == babel_catalog(text, lang)


EDGE_CASES = r'''# A comment.
#, fuzzy
msgid ""
msgstr ""
"Language: fi\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"
"Content-Type: text/plain; charset=utf-8\n"

#: somewhere.py:1
#, python-format
msgid "Say \"hello\"\tthere\\"
msgstr "Sano \"hei\"\tsiellä\\"

msgid ""
"Two "
"lines\n"
msgstr ""
"Kaksi "
"riviä\n"

#, fuzzy
msgid "Guessed"
msgstr "Arvattu"

msgid "Untranslated"
msgstr ""

msgid "{count} file"
msgid_plural "{count} files"
msgstr[0] "{count} tiedosto"
msgstr[1] ""

msgctxt "menu"
msgid "Open"
msgstr "Avaa"

#, fuzzy
#~ msgid "Old"
#~ msgstr "Vanha"

msgid "After the old one"
msgstr "Vanhan jälkeen"
'''


def test_the_catalog_reader_keeps_babels_rules() -> None:
    ours = our_catalog(EDGE_CASES)
    assert ours == babel_catalog(EDGE_CASES, "fi")
    assert ours['Say "hello"\tthere\\'] == 'Sano "hei"\tsiellä\\'
    assert ("{count} file", 1) in ours and "Guessed" not in ours and "Untranslated" not in ours
    assert ours["After the old one"] == "Vanhan jälkeen"
