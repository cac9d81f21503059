"""The access report (GDPR Art. 15) as plain data, every text already in the person's language.

``services.access_report`` fills these from the database; ``access_report_pdf``
lays them out as a letter for a window envelope. Nothing here knows where the
texts came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kasve_desktop.domain.notice import Block

Part = tuple[str, bool]
"""A piece of a sentence, and whether it is Finnish printed for lack of a translation."""


@dataclass(frozen=True)
class Marked:
    """A paragraph (or, in ``Lines``, a bulleted line) put together from parts, so that only
    the register's own untranslated words are marked, not the report's words around them."""

    parts: tuple[Part, ...]

    @property
    def text(self) -> str:
        return "".join(text for text, _untranslated in self.parts)

    @property
    def untranslated(self) -> bool:
        return any(untranslated and text.strip() for text, untranslated in self.parts)


@dataclass(frozen=True)
class Lines:
    """A bulleted list of ``Marked`` lines."""

    items: tuple[Marked, ...]

    @property
    def untranslated(self) -> bool:
        return any(item.untranslated for item in self.items)


ReportBlock = Block | Marked | Lines


@dataclass(frozen=True)
class ReportItem:
    """One of items (a)–(h) for one register: its heading and what it says."""

    key: str
    heading: str
    blocks: tuple[ReportBlock, ...]


@dataclass(frozen=True)
class RegisterPart:
    name: str
    items: tuple[ReportItem, ...]
    untranslated: bool = False
    """The name is the Finnish one, for lack of a translation."""


Cell = str | Marked
"""A caption or a cell of the copy: plain text, or parts of which some may be Finnish
printed for lack of a translation (a free text typed in Finnish, in a Swedish letter)."""


def cell_text(cell: Cell) -> str:
    return cell if isinstance(cell, str) else cell.text


def cell_untranslated(cell: Cell) -> bool:
    return not isinstance(cell, str) and cell.untranslated


@dataclass(frozen=True)
class CopyTable:
    """A table of the copy: an optional caption, a header row, and rows of cells."""

    caption: Cell
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...] = (0.34, 0.66)
    """Column widths as fractions of the text width."""

    @property
    def untranslated(self) -> bool:
        return cell_untranslated(self.caption) or any(
            cell_untranslated(cell) for row in self.rows for cell in row)


@dataclass(frozen=True)
class CopySection:
    title: str
    tables: tuple[CopyTable, ...]
    empty_text: str = ""
    """Printed instead of tables when there are none."""
    note: str = ""
    """Printed under the heading, before the tables, when there are any."""


@dataclass(frozen=True)
class Section:
    """A headed part of the letter after the per-register summary."""

    title: str
    blocks: tuple[ReportBlock, ...]


@dataclass(frozen=True)
class AccessReport:
    lang: str
    title: str
    greeting: str
    cover: tuple[ReportBlock, ...]
    """The cover letter's paragraphs, from the confirmation to the questions line."""
    signature: tuple[str, ...]
    registers_heading: str = ""
    registers_intro: tuple[ReportBlock, ...] = ()
    registers: tuple[RegisterPart, ...] = ()
    sections: tuple[Section, ...] = ()
    """Transfers, rights and the authority's contact block, other people's data."""
    copy_title: str = ""
    copy_label: str = ""
    """``Liite`` / ``Bilaga`` / ``Annex`` above the copy's title."""
    copy_intro: str = ""
    copy: tuple[CopySection, ...] = ()
    untranslated_marker: str = ""
    date: dt.date | None = None
    """The letter's date: also the PDF's creation date."""
