"""Cells that are safe to open in a spreadsheet (CSV and formula injection).

A spreadsheet program runs a cell that begins with ``=``, ``+``, ``-`` or ``@`` (and,
in some, a tab or a carriage return) as a formula. Every CSV the product writes passes
its cells through ``safe_cell``, which puts an apostrophe in front of such a cell, as
OWASP advises; a spreadsheet shows the text as typed. A plain number (``-10``, a phone
number in E.164 form ``+358401234567``) is left as it is: it cannot hold a formula, and
the numeric columns stay numbers. ``unescaped`` takes the apostrophe away again, so
that a file the product wrote imports as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
MARK: Final = "'"
PLAIN_NUMBER: Final = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
MARKED: Final = re.compile(r"'+[=+\-@\t\r]")
"""A cell that ``safe_cell`` escaped: apostrophes, then what could start a formula."""


def safe_cell(value: str) -> str:
    """``value`` with an apostrophe in front if it could run as a formula, or if it
    already looks escaped (so that ``unescaped`` gives it back exactly)."""
    if MARKED.match(value) or (value.startswith(FORMULA_STARTS)
                               and not PLAIN_NUMBER.fullmatch(value)):
        return MARK + value
    return value


def safe_row(row: Sequence[object]) -> list[str]:
    return [safe_cell(str(cell)) for cell in row]


def safe_rows(rows: Iterable[Sequence[object]]) -> list[list[str]]:
    return [safe_row(row) for row in rows]


def unescaped(value: str) -> str:
    """A cell as it was before ``safe_cell`` (other cells are left as they are)."""
    return value[1:] if MARKED.match(value) else value
