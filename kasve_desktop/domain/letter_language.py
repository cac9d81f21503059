"""The language a letter is written in: one rule for every letter the application writes.

A response speaks the person's language, Finnish, Swedish or English
(access-report.md). It is known from, in this order:

1. the language chosen for this one letter (the window's "Language", ``--lang``);
2. the request's language, recorded when the request came in (shown and editable
   in the request, so it is what the contact person last said about it);
3. the language in the record of the person the letter answers;
4. Finnish, the reference language.

A chosen language other than fi, sv or en is refused (``UnsupportedLanguage``): it
was asked for and cannot be written. A stored one (say ``de`` from an old import)
is passed over for the next source, so that a letter can always be written.
"""

from __future__ import annotations

from kasve_desktop.domain.errors import UserError
from kasve_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_

UNSUPPORTED = N_("Choose fi, sv or en.")


class UnsupportedLanguage(UserError, ValueError):
    """A letter was asked for in a language letters are not written in."""

    message = UNSUPPORTED

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang


def letter_language(chosen: str | None = None, *, request: str | None = None,
                    person: str | None = None) -> str:
    """The letter's language: ``chosen``, else the request's, else the person's, else
    Finnish. An empty or None source is not known; an unsupported stored one is skipped."""
    if chosen:
        if chosen not in LANGUAGES:
            raise UnsupportedLanguage(chosen)
        return chosen
    return next((lang for lang in (request, person) if lang in LANGUAGES), DEFAULT_LANGUAGE)
