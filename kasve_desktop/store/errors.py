"""Errors of the environment that the user is shown as a clear message.

Each is a ``UserError``: an untranslated ``message`` (marked with ``N_``) and
its ``params``, shown with ``text()``.
"""

from __future__ import annotations

from kasve_desktop.domain.errors import UserError
from kasve_desktop.i18n import N_


class StoreError(UserError):
    message = N_("The database could not be used.")

    def __init__(self, **params: object) -> None:
        super().__init__(**params)


class CannotOpen(StoreError):
    """Wrong passphrase, a damaged file or not a database: SQLCipher cannot tell which."""

    message = N_("The database could not be opened: the passphrase is wrong, or the file "
                 "is damaged or is not a Kasve Desktop database.")


class DatabaseMissing(StoreError):
    message = N_("No database file at {path}.")


class DatabaseExists(StoreError):
    message = N_("A file already exists at {path}; choose another name.")


class DatabaseInUse(StoreError):
    message = N_("The database is already open in another window or program "
                 "(process {owner}). Close it there first.")


class DatabaseTooNew(StoreError):
    message = N_("The database was made by a newer version of Kasve Desktop "
                 "(schema {revision}). Update the application to open it.")


class DatabaseUnwritable(StoreError):
    message = N_("The database could not be written: {reason}")


class NotADatabase(StoreError):
    """An existing file that is empty or holds something other than our schema."""

    message = N_("{path} is not a Kasve Desktop database (the file is empty or holds "
                 "something else). It was left as it is; a new database is made with "
                 "“New database…” or kasve-desktop init.")


class BackupFailed(StoreError):
    message = N_("The backup could not be made: {reason}. The database itself is "
                 "unchanged.")


class BackupUnusable(StoreError):
    message = N_("{path} is not a usable backup: {reason}. Nothing was restored.")
