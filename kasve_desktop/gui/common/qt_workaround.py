"""A guard against a reference-counting bug of PySide6 6.12 on Python 3.11.

Measured here (PySide6 6.12.0, CPython 3.11.7): every call of a Qt method that
returns nothing (``setEnabled``, ``setVisible``, ``setModal``, ``setAttribute``
…) drops one reference to ``None`` that it never took. ``None`` starts with a
few tens of thousands of references, so after that many calls — a long working
day in the window, or the test suite — CPython deallocates ``None`` and aborts
("Fatal Python error: none_dealloc"), at the latest when the program exits.
From Python 3.12 on, ``None``, ``True`` and ``False`` are immortal and the bug
is harmless.

``protect_singletons()`` gives ``None``, ``True`` and ``False`` a reserve of
references that no session can use up. It only ever adds references to objects
that are never freed anyway, so it cannot break anything; it is called once,
before the QApplication is made.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
"""About 10¹² extra references: more than any number of Qt calls in a session."""

_done = False


def needs_protection() -> bool:
    return sys.version_info < (3, 12)


def protect_singletons() -> None:
    """Add the reserve once per process (a no-op from Python 3.12 on)."""
    global _done
    if _done or not needs_protection():
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in CPython 3.11.
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    _done = True
