"""The access report (GDPR Art. 15) as plain data, every text already in the person's language.

``services.access_report`` fills these from the database; ``access_report_pdf``
lays them out as a letter for a window envelope. Nothing here knows where the
texts came from.
"""

from __future__ import annotations

from dataclasses import dataclass

from kasve_desktop.domain.notice import Block


@dataclass(frozen=True)
class ReportItem:
    """One of items (a)–(h) for one register: its heading and what it says."""

    key: str
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class RegisterPart:
    name: str
    items: tuple[ReportItem, ...]


@dataclass(frozen=True)
class CopyTable:
    """A table of the copy: an optional caption, a header row, and rows of plain text."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = (0.34, 0.66)
    """Column widths as fractions of the text width."""


@dataclass(frozen=True)
class CopySection:
    title: str
    tables: tuple[CopyTable, ...]
    empty_text: str = ""
    """Printed instead of tables when there are none."""


@dataclass(frozen=True)
class Section:
    """A headed part of the letter after the per-register summary."""

    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class AccessReport:
    lang: str
    title: str
    greeting: str
    cover: tuple[Block, ...]
    """The cover letter's paragraphs, from the confirmation to the questions line."""
    signature: tuple[str, ...]
    registers_heading: str = ""
    registers_intro: str = ""
    registers: tuple[RegisterPart, ...] = ()
    sections: tuple[Section, ...] = ()
    """Transfers, rights and the authority's contact block, what was left out."""
    copy_title: str = ""
    copy_label: str = ""
    """``Liite`` / ``Bilaga`` / ``Annex`` above the copy's title."""
    copy_intro: str = ""
    copy: tuple[CopySection, ...] = ()
    untranslated_marker: str = ""
