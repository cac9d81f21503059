"""Errors of the environment that the user is shown as a clear message.

Each is a ``UserError``: an untranslated ``message`` (marked with ``N_``) and
its ``params``, shown with ``text()``.
"""

from __future__ import annotations

from collections.abc import Sequence

from kasve_desktop.domain.errors import UserError
from kasve_desktop.i18n import N_, ngettext


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


class DatabaseDamaged(StoreError):
    """SQLite or SQLCipher found a damaged page: the file cannot be trusted any more.

    ``pages`` are the damaged pages SQLCipher named, when it named them.
    """

    message = N_("The database file is damaged. Restore the latest backup: File → Restore a "
                 "backup… in the window, or kasve-desktop restore on the command line.")

    def __init__(self, pages: Sequence[int] = ()) -> None:
        super().__init__(pages=tuple(sorted(set(pages))))

    @property
    def pages(self) -> tuple[int, ...]:
        pages = self.params["pages"]
        assert isinstance(pages, tuple)
        return pages

    def text(self) -> str:
        if not self.pages:
            return super().text()
        return ngettext(
            "The database file is damaged at page {pages}. Restore the latest backup: File → "
            "Restore a backup… in the window, or kasve-desktop restore on the command line.",
            "The database file is damaged at pages {pages}. Restore the latest backup: File → "
            "Restore a backup… in the window, or kasve-desktop restore on the command line.",
            len(self.pages)).format(pages=_page_list(self.pages))


def _page_list(pages: Sequence[int], shown: int = 5) -> str:
    """``1, 2, 3`` – at most ``shown`` of them, then an ellipsis: one line stays one line."""
    listed = ", ".join(str(page) for page in pages[:shown])
    return listed + (", …" if len(pages) > shown else "")


class DiskFull(StoreError):
    message = N_("The disk is full (or the file may not grow any larger): the change was not "
                 "saved. Free some space and try again.")


class DiskFailed(StoreError):
    """SQLite's "disk I/O error": a write refused (a full disk, a file size limit) or a
    read failing (a removed or failing disk); SQLite does not say which."""

    message = N_("The database file could not be read or written: the disk may be full, "
                 "removed or failing. The change was not saved; free some space or check "
                 "the disk, then try again.")


class DatabaseBusy(StoreError):
    message = N_("The database is busy: another program is writing to it. Try again in a "
                 "moment.")


class NoPermission(StoreError):
    message = N_("No permission to use {path}: check the rights of the file and its folder.")


class DatabaseReadOnly(StoreError):
    message = N_("The database is open read-only ({path}): nothing can be changed. Copy it "
                 "to a writable folder to make changes.")


class RestoredUnchecked(StoreError):
    """The backup is in place, but the result did not open or check: said as it is."""

    message = N_("The backup was put in place ({safety}), but the restored database could "
                 "not be opened and checked: {reason}")


class RekeyedUnchecked(StoreError):
    """The new passphrase is in force, but the database did not open or check with it."""

    message = N_("The passphrase was changed, but the database could not be opened and "
                 "checked with the new one: {reason}")


class DatabaseOutdatedReadOnly(StoreError):
    """An older schema needs an update, which a read-only file or folder cannot take."""

    message = N_("The database at {path} was made by an earlier version of Kasve Desktop "
                 "and must be updated before it can be used, which is not possible where it "
                 "cannot be written. Copy it to a writable folder and open it there.")
