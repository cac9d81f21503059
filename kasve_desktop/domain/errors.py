"""The one base of the errors a user is shown: a message in their language.

The environment's errors (a wrong passphrase, a file in use) and refused input
(an impossible step, an invalid value) carry an untranslated ``message``, marked
with ``N_()``, and its ``params``. ``text()`` is the one way to show one: the
message translated into the current language, dates among the parameters written
the way the interface writes dates. Our own bugs are never a ``UserError``: they
reach the crash handler.
"""

from __future__ import annotations

import datetime as dt

from kasve_desktop.i18n import _, display_date


class UserError(Exception):
    """An error with a message for the user; a subclass may fix its ``message``."""

    message: str = ""

    def __init__(self, message: str | None = None, /, **params: object) -> None:
        if message is not None:
            self.message = message
        self.params = params
        super().__init__(self.message)

    def text(self) -> str:
        """The message in the current language, its parameters filled in."""
        shown = {key: display_date(value) if isinstance(value, dt.date) else value
                 for key, value in self.params.items()}
        return _(self.message).format(**shown)

    def __str__(self) -> str:
        return self.text()
