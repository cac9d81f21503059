"""Texts the user typed, printed in a letter: marked when they are Finnish in a letter that is not.

A letter in Swedish or English prints some texts as they were typed: reasons,
notes, the register's texts where it has them only in Finnish. Such a text is
followed by the marker the notice and the access report use, in the letter's
language ("[inte översatt — text på finska]"), so the reader knows it was not
translated; ``untranslated_facts`` names the facts that carry it, so the window
can warn before the letter is sent. A text in the letter's own language, or
one whose words do not tell (a name, a number), is printed as it is.
"""

from __future__ import annotations

from collections.abc import Mapping

from kasve_desktop.domain.notice_words import WORDS as NOTICE_WORDS
from kasve_desktop.domain.text_language import written_in_finnish

SOURCE_LANGUAGE = "fi"


def marker(lang: str) -> str:
    """The untranslated marker of ``lang`` (none in Finnish)."""
    return "" if lang == SOURCE_LANGUAGE else NOTICE_WORDS[lang]["untranslated"]


def marked(text: str, lang: str) -> str:
    return f"{text.rstrip()} {marker(lang)}" if marker(lang) else text


def free_text(text: str, lang: str) -> str:
    """A text the user typed, marked if it is Finnish and the letter is not."""
    if not text.strip() or lang == SOURCE_LANGUAGE or not written_in_finnish(text):
        return text
    return marked(text, lang)


def own_text(texts: Mapping[str, str], lang: str) -> str:
    """A text kept per language (a register's name, its legal hold): in ``lang``, else the
    Finnish one marked."""
    own = texts.get(lang, "").strip()
    if own:
        return own
    finnish = texts.get(SOURCE_LANGUAGE, "").strip()
    if finnish:
        return marked(finnish, lang)
    return next((text.strip() for text in texts.values() if text.strip()), "")


def carries_marker(text: str, lang: str) -> bool:
    return bool(marker(lang)) and marker(lang) in text


def untranslated_facts(facts: Mapping[str, str], lang: str) -> tuple[str, ...]:
    """The names of the facts whose text is marked untranslated, in order."""
    return tuple(name for name, text in facts.items() if carries_marker(text, lang))
