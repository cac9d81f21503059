"""Cells that could run as formulas in a spreadsheet get an apostrophe; plain numbers and
ordinary text stay as they are; the apostrophe comes off again on import."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kasve_desktop.domain.spreadsheet import safe_cell, unescaped


@pytest.mark.parametrize(("cell", "written"), [
    ("=HYPERLINK(\"http://x\";\"klikkaa\")", "'=HYPERLINK(\"http://x\";\"klikkaa\")"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3+cmd", "'-2+3+cmd"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("+358 40 123", "'+358 40 123"),
    ("-10", "-10"),
    ("+358401234567", "+358401234567"),
    ("3,5", "3,5"),
    ("Äijälä", "Äijälä"),
    ("'quoted'", "'quoted'"),
    ("'=1", "''=1"),
    ("", ""),
])
def test_cells_that_could_run_are_escaped(cell: str, written: str) -> None:
    assert safe_cell(cell) == written


@given(st.text() | st.from_regex(r"\A'*[=+\-@\t\r0-9].*", fullmatch=True))
def test_what_is_escaped_comes_back_as_it_was(text: str) -> None:
    assert unescaped(safe_cell(text)) == text


def test_an_apostrophe_of_ones_own_stays() -> None:
    assert unescaped("'Jussin paja'") == "'Jussin paja'"
    assert unescaped("'=1") == "=1"
