"""The storage errors that the window and the command line catch, re-exported.

The layers above the services never import ``store``: what they must catch of it
is named here.
"""

from __future__ import annotations

from kasve_desktop.store.errors import (
    CannotOpen,
    DatabaseExists,
    DatabaseInUse,
    DatabaseMissing,
    DatabaseTooNew,
    DatabaseUnwritable,
    NotADatabase,
    StoreError,
)

__all__ = ["CannotOpen", "DatabaseExists", "DatabaseInUse", "DatabaseMissing", "DatabaseTooNew",
           "DatabaseUnwritable", "NotADatabase", "StoreError"]
