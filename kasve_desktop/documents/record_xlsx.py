"""The record of processing activities (Art. 30) as an XLSX workbook (openpyxl).

The sheets: a summary (the title, then one row per register with its purposes), one
sheet per register with a row per item (a)–(g), the processors with their flags, and
the controller (the title, the legal reference, the version, the controller, the
contact person, the DPO and the dated version history). The header of each sheet's
table is frozen with the rows above it (on the summary, the title's row; the
controller's sheet, a list of facts, has no header to freeze); columns have set widths
and the text wraps. Every sheet prints landscape on A4, fitted to the page's width,
its header row repeated on each page, with the title and version in the page footer
and the page number on the right. Dates are real dates (``d.m.yyyy``; in English
``d mmmm yyyy``). The workbook's properties name only the company; its created and
modified times are the version's date, and so are the times of the files inside the
zip, so that two builds of one version give the same bytes.

Every text is written as text: a register's text that starts with "=" stays text
(never a formula), Word's manual line and page breaks (vertical tab, form feed)
become line breaks, and the other control characters XML cannot hold are dropped.
A register's sheet is named by its number and name, cut at a word with "…" to Excel's
31 characters; the number tells apart registers whose names begin alike.
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
SUMMARY_WIDTHS = (40, 110)
CONTROLLER_WIDTHS = (28, 110)
PROCESSOR_WIDTHS = (28, 40, 16, 18, 18, 44, 32)
SHEET_NAME_MAX = 31
ELLIPSIS = "…"
FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})
LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
DATE_FORMATS = {"fi": "d.m.yyyy", "sv": "d.m.yyyy", "en": "d mmmm yyyy"}
FOOTER_MAX = 120
"""Characters of a page footer's text at most (Excel allows 255 for all its parts)."""


def render_record_xlsx(record: Record) -> bytes:
    book = Workbook()
    summary = book.active
    assert summary is not None
    _summary(summary, record)
    for number, activity in enumerate(record.activities, start=1):
        sheet = book.create_sheet(_sheet_name(number, activity.name))
        _activity(sheet, activity, record)
    _processors(book.create_sheet(record.words["processors_sheet"][:SHEET_NAME_MAX]),
                record)
    _controller(book.create_sheet(record.words["controller"][:SHEET_NAME_MAX]), record)
    _properties(book, record)
    return _saved(book, record.effective_date)


def _sheet_name(number: int, name: str) -> str:
    """``3 Asiakasrekisteri``; a longer name is cut at a word to Excel's 31 characters
    with "…". The number before the first space tells the sheets apart however the
    names are cut (and no register sheet can be named like the fixed sheets, which
    have no number)."""
    full = " ".join(_clean(f"{number} {name.translate(FORBIDDEN)}").split())
    if len(full) <= SHEET_NAME_MAX:
        return full
    room = SHEET_NAME_MAX - len(ELLIPSIS)
    cut = full[:room]
    if full[room] != " " and cut.rfind(" ") > len(str(number)):
        cut = cut[:cut.rfind(" ")]
    return cut.rstrip(" ,;-–—") + ELLIPSIS


def _clean(text: str) -> str:
    """``text`` as a cell can hold it: manual breaks as line breaks, no control
    characters."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", text.translate(LINE_BREAKS)))


def _row(sheet: Worksheet, values: Sequence[object], date_format: str = "",
         bold: bool = False, fill: bool = False) -> int:
    sheet.append([_clean(v) if isinstance(v, str) else v for v in values])
    row = int(sheet.max_row)
    for cell in sheet[row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # a text starting with "=" is no formula
        elif isinstance(cell.value, dt.date):
            cell.number_format = date_format
        cell.alignment = WRAP
        if bold:
            cell.font = BOLD
        if fill:
            cell.fill = HEADER_FILL
    return row


def _footer_text(text: str) -> str:
    """``text`` for a page header or footer: "&" is Excel's code letter there."""
    cut = text if len(text) <= FOOTER_MAX else text[:FOOTER_MAX - 1].rstrip() + ELLIPSIS
    return _clean(cut).replace("\n", " ").replace("&", "&&")


def _page_setup(sheet: Worksheet, widths: Sequence[int], record: Record,
                centre: str = "", header_row: int = 1) -> None:
    """Widths, and printing: landscape A4 fitted to the width, the header row on each
    page, the title and version in the footer with the page number."""
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.oddFooter.left.text = _footer_text(f"{record.title} · {record.version_label}")
    sheet.oddFooter.center.text = _footer_text(centre)
    sheet.oddFooter.right.text = _footer_text(record.words["page"]).replace(
        "{page}", "&P").replace("{pages}", "&N")


# --- the summary, the controller and the processors ---------------------------------


def _summary(sheet: Worksheet, record: Record) -> None:
    w = record.words
    sheet.title = w["summary"][:SHEET_NAME_MAX]
    _row(sheet, [record.title, record.version_label], bold=True)
    _row(sheet, [w["register"], w["purposes"]], bold=True, fill=True)
    sheet.freeze_panes = "A3"  # the title's row and the table's header
    for activity in record.activities:
        _row(sheet, [activity.name, "\n".join(activity.purposes) or w["none"]])
    _page_setup(sheet, SUMMARY_WIDTHS, record, w["activities"], header_row=2)


def _controller(sheet: Worksheet, record: Record) -> None:
    w, dates = record.words, DATE_FORMATS[record.lang]
    _row(sheet, [record.title, record.version_label], bold=True, fill=True)
    _row(sheet, [record.legal_reference])
    for part in record.controller:
        _row(sheet, [part.label, "\n".join(part.lines)])
    _row(sheet, [])
    _row(sheet, [w["history"], w["drawn_up"]], bold=True, fill=True)
    for number, day in record.history_dates:
        _row(sheet, [w["version_number"].format(number=number), day], dates)
    _page_setup(sheet, CONTROLLER_WIDTHS, record, w["controller"])


def _processors(sheet: Worksheet, record: Record) -> None:
    w, dates = record.words, DATE_FORMATS[record.lang]
    _row(sheet, [*(w[k] for k in ("p_name", "p_service", "p_country", "p_agreement",
                                  "p_review", "p_registers")), record.flags_note],
         bold=True, fill=True)
    sheet.freeze_panes = "A2"
    if not record.processors:
        _row(sheet, [w["no_processors"]])
    for p in record.processors:
        row = _row(sheet, [p.name, p.service, p.country, p.agreement_date or p.agreement_text,
                           p.review_on or p.review_text, ", ".join(p.registers),
                           "\n".join(p.flag_texts)], dates)
        sheet.cell(row=row, column=7).font = FLAG_FONT
    _page_setup(sheet, PROCESSOR_WIDTHS, record, w["processors"])


# --- one sheet per register ---------------------------------------------------------


def _content(item: RecordItem) -> str:
    lines: list[str] = []
    for part in item.parts:
        if part.label:
            lines.append(f"{part.label}:")
        lines.extend(f"• {line}" if part.bulleted else line for line in part.lines)
    return "\n".join(lines)


def _activity(sheet: Worksheet, activity: Activity, record: Record) -> None:
    w = record.words
    _row(sheet, [w["col_item"], w["col_heading"], w["col_content"]], bold=True, fill=True)
    sheet.freeze_panes = "A2"
    for item in activity.items:
        row = _row(sheet, [item.label, item.heading, _content(item)])
        sheet.cell(row=row, column=1).font = BOLD
    _page_setup(sheet, ITEM_WIDTHS, record, activity.name)


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
