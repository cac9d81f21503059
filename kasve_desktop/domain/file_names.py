"""The default names of the files the user saves: in the interface's language, safe anywhere.

A response letter is ``2026-0036-vastaus-kieltäytyminen-fi.pdf`` in a Finnish
interface and ``2026-0036-svar-avslag-fi.pdf`` in a Swedish one: the words name
the document for the person saving it, the last part is the language the
document itself is written in. The notice is ``tietosuojaseloste-v3-sv.pdf`` or
``privacy-notice-draft-fi.pdf``.

``safe_file_name`` keeps a name valid on every file system the application
meets (Windows, macOS, Linux, FAT-formatted memory sticks): no folder
separators, none of ``<>:"/\\|?*``, no control characters, no name Windows
reserves (``CON``, ``NUL``, ``COM1`` …), no dot or blank at the end, composed
(NFC) letters, at most ``NAME_LIMIT`` characters. Finnish and Swedish letters
stay: every one of those file systems stores them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from kasve_desktop.domain.vocabulary import LetterKind
from kasve_desktop.i18n import N_, _

NAME_LIMIT = 120
"""Characters at most, the suffix included (well within every file system's 255)."""
FALLBACK = "document"
UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]+')
BLANKS = re.compile(r"\s+")
DASHES = re.compile(r"-{2,}")
RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)),
                      *(f"lpt{n}" for n in range(10))})

LETTER_WORDS: dict[LetterKind, str] = {
    LetterKind.ACKNOWLEDGEMENT: N_("acknowledgement-of-receipt"),
    LetterKind.CLARIFICATION: N_("request-for-clarification"),
    LetterKind.EXTENSION: N_("extension-notice"),
    LetterKind.ACCESS_REPORT: N_("access-report"),
    LetterKind.NO_DATA: N_("reply-no-data"),
    LetterKind.RECTIFICATION: N_("reply-rectification"),
    LetterKind.ERASURE: N_("reply-erasure"),
    LetterKind.OBJECTION_MARKETING: N_("reply-direct-marketing-objection"),
    LetterKind.OBJECTION: N_("reply-objection"),
    LetterKind.RESTRICTION: N_("reply-restriction"),
    LetterKind.PORTABILITY: N_("reply-portability"),
    LetterKind.CONSENT_WITHDRAWAL: N_("reply-consent-withdrawal"),
    LetterKind.REFUSAL: N_("reply-refusal"),
}
"""The words naming each letter kind in a file name, e.g. "vastaus-kieltäytyminen"."""
NOTICE_WORD = N_("privacy-notice")
DRAFT_WORD = N_("draft")


def _clean(part: str) -> str:
    text = UNSAFE.sub("-", unicodedata.normalize("NFC", part))
    return DASHES.sub("-", BLANKS.sub("-", text.strip())).strip("-")


def safe_file_name(parts: Iterable[str], suffix: str = ".pdf") -> str:
    """The non-empty ``parts`` joined with "-", made safe for every file system."""
    stem = "-".join(cleaned for cleaned in (_clean(part) for part in parts) if cleaned)
    limit = NAME_LIMIT - len(suffix) - len(FALLBACK) - 1
    stem = stem[:limit].rstrip(". -") or FALLBACK
    first, dot, rest = stem.partition(".")
    if first.casefold() in RESERVED:  # Windows reserves "nul" and "nul.txt" alike
        stem = f"{first}-{FALLBACK}{dot}{rest}"
    return stem + suffix


def letter_file_name(reference: str, kind: str, lang: str) -> str:
    """``2026-0036-vastaus-kieltäytyminen-fi.pdf``: the letter of ``kind`` in ``lang``,
    named in the interface's language."""
    word = next((_(w) for k, w in LETTER_WORDS.items() if k.value == kind), kind)
    return safe_file_name((reference, word, lang))


def notice_file_name(lang: str, version: int | None, suffix: str = ".pdf") -> str:
    """``tietosuojaseloste-v3-sv.pdf``, ``tietosuojaseloste-luonnos-fi.html``: the notice in
    ``lang`` (version ``None``: the draft), named in the interface's language."""
    which = f"v{version}" if version is not None else _(DRAFT_WORD)
    return safe_file_name((_(NOTICE_WORD), which, lang), suffix)
