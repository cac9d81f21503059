"""The record of processing activities (Art. 30) as an XLSX workbook (openpyxl).

A summary sheet (the controller, the contact person, the DPO, the version and its
date, the version history, one row per register with its purposes, and the
processors with their flags), then one sheet per register with a row per item
(a)–(g). Header rows are frozen, columns have set widths and the text wraps. The
workbook's properties name only the company; its created and modified times are
the version's date, and so are the times of the files inside the zip, so that two
builds of one version give the same bytes.

Every value is written as text: a register's text that starts with "=" stays text
(never a formula), Word's manual line and page breaks (vertical tab, form feed)
become line breaks, and the other control characters XML cannot hold are dropped.
Two registers whose names begin alike still get distinct sheet names (the number).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from typing import Any, Literal

from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]
from openpyxl.cell.cell import (  # type: ignore[import-untyped, unused-ignore]
    ILLEGAL_CHARACTERS_RE,
)
from openpyxl.styles import (  # type: ignore[import-untyped, unused-ignore]
    Alignment,
    Font,
    PatternFill,
)
from openpyxl.worksheet.worksheet import (  # type: ignore[import-untyped, unused-ignore]
    Worksheet,
)
from openpyxl.writer.excel import ExcelWriter  # type: ignore[import-untyped, unused-ignore]

from kasve_desktop.domain.record import Activity, Record, RecordItem

CREATOR = "Kasve Desktop"
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FLAG_FONT = Font(bold=True, color="A11D1D")
HEADER_FILL = PatternFill("solid", fgColor="E8ECE8")
ITEM_WIDTHS = (8, 40, 110)
SUMMARY_WIDTHS = (28, 40, 40, 16, 16, 44, 32)
SHEET_NAME_MAX = 31
FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})
LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})


def render_record_xlsx(record: Record) -> bytes:
    book = Workbook()
    summary = book.active
    assert summary is not None
    _summary(summary, record)
    for number, activity in enumerate(record.activities, start=1):
        sheet = book.create_sheet(_sheet_name(number, activity.name))
        _activity(sheet, activity, record)
    _properties(book, record)
    return _saved(book, record.effective_date)


def _sheet_name(number: int, name: str) -> str:
    """``3 Asiakasrekisteri``, cut to Excel's 31 characters. The number before the first
    space tells the sheets apart however the names are cut (and no register sheet can
    be named like the summary, which has no number)."""
    return _clean(f"{number} {name.translate(FORBIDDEN)}").replace("\n", " ")[
        :SHEET_NAME_MAX].strip()


def _clean(text: str) -> str:
    """``text`` as a cell can hold it: manual breaks as line breaks, no control
    characters."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", text.translate(LINE_BREAKS)))


def _row(sheet: Worksheet, values: Sequence[object], bold: bool = False,
         fill: bool = False) -> int:
    sheet.append([_clean(v) if isinstance(v, str) else v for v in values])
    row = int(sheet.max_row)
    for cell in sheet[row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # a text starting with "=" is no formula
        cell.alignment = WRAP
        if bold:
            cell.font = BOLD
        if fill:
            cell.fill = HEADER_FILL
    return row


def _widths(sheet: Worksheet, widths: Sequence[int]) -> None:
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width


# --- the summary --------------------------------------------------------------------


def _summary(sheet: Worksheet, record: Record) -> None:
    w = record.words
    sheet.title = w["summary"][:SHEET_NAME_MAX]
    _row(sheet, [record.title, record.version_label], bold=True, fill=True)
    sheet.freeze_panes = "A2"
    _row(sheet, [record.legal_reference])
    for part in record.controller:
        _row(sheet, [part.label, "\n".join(part.lines)])
    _row(sheet, [w["history"], "\n".join(record.history)])
    _row(sheet, [])
    _row(sheet, [w["register"], w["purposes"]], bold=True, fill=True)
    for activity in record.activities:
        _row(sheet, [activity.name, "\n".join(activity.purposes)])
    _row(sheet, [])
    _processors(sheet, record)
    _widths(sheet, SUMMARY_WIDTHS)


def _processors(sheet: Worksheet, record: Record) -> None:
    w = record.words
    _row(sheet, [w["processors"]], bold=True)
    if not record.processors:
        _row(sheet, [w["no_processors"]])
        return
    _row(sheet, [w[k] for k in ("p_name", "p_service", "p_country", "p_agreement",
                                "p_review", "p_registers", "p_flags")], bold=True, fill=True)
    for p in record.processors:
        row = _row(sheet, [p.name, p.service, p.country, p.agreement_text, p.review_text,
                           ", ".join(p.registers), "\n".join(p.flag_texts)])
        sheet.cell(row=row, column=7).font = FLAG_FONT
    _row(sheet, [record.flags_note])


# --- one sheet per register ---------------------------------------------------------


def _content(item: RecordItem) -> str:
    lines: list[str] = []
    for part in item.parts:
        if part.label:
            lines.append(f"{part.label}:")
        bullet = len(part.lines) > 1
        lines.extend(f"• {line}" if bullet else line for line in part.lines)
    return "\n".join(lines)


def _activity(sheet: Worksheet, activity: Activity, record: Record) -> None:
    w = record.words
    _row(sheet, [w["col_item"], w["col_heading"], w["col_content"]], bold=True, fill=True)
    sheet.freeze_panes = "A2"
    for item in activity.items:
        row = _row(sheet, [item.label, item.heading, _content(item)])
        sheet.cell(row=row, column=1).font = BOLD
    _row(sheet, [])
    _row(sheet, [record.title, activity.name, record.version_label])
    _widths(sheet, ITEM_WIDTHS)


# --- the file -----------------------------------------------------------------------


def _properties(book: Workbook, record: Record) -> None:
    moment = dt.datetime.combine(record.effective_date, dt.time())
    props = book.properties
    props.creator = record.controller_name or CREATOR
    props.lastModifiedBy = record.controller_name or CREATOR
    props.title = record.title
    props.subject = record.version_label
    props.language = record.lang
    props.created = moment
    props.modified = moment


class _DatedZip(zipfile.ZipFile):
    """A zip whose members all carry one fixed time (not the time of the build)."""

    def __init__(self, file: io.BytesIO, day: dt.date) -> None:
        super().__init__(file, "w", zipfile.ZIP_DEFLATED)
        self._stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)

    def _dated(self, name: Any) -> zipfile.ZipInfo:
        filename = name.filename if isinstance(name, zipfile.ZipInfo) else str(name)
        info = zipfile.ZipInfo(filename, date_time=self._stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        return info

    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        super().writestr(self._dated(zinfo_or_arcname), data)

    def open(self, name: Any, mode: Literal["r", "w"] = "r", *args: Any,
             **kwargs: Any) -> Any:
        """Members written through ``open`` (the worksheets) are dated too."""
        if mode == "w":
            return super().open(self._dated(name), mode, *args, **kwargs)
        return super().open(name, mode, *args, **kwargs)


def _saved(book: Workbook, day: dt.date) -> bytes:
    """The workbook's bytes (``save_workbook`` would stamp "now" as modified)."""
    buffer = io.BytesIO()
    ExcelWriter(book, _DatedZip(buffer, day)).save()
    return buffer.getvalue()
