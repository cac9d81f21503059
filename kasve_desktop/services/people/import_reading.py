"""Reading a CSV or XLSX file into a table of text cells, numbered as a spreadsheet shows them.

CSV: a byte-order mark decides the encoding (UTF-8 or UTF-16); otherwise the
file is read as UTF-8 if it strictly is, else as Windows-1252. The delimiter is
one of ``, ; TAB |``, found by ``csv.Sniffer`` and checked against the header
line. XLSX: the first sheet, read with openpyxl in read-only mode without
evaluating anything: a formula is seen as its text and refused.

A file that cannot be read at all raises ``ImportUnreadable``. Problems of a
single row (more cells than the header, a cell over 10,000 characters, a
formula) are kept with that row, which is then invalid. Blank rows are skipped
but still counted, so row numbers match the spreadsheet (the header is row 1).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.import_mapping import Problem, cell_is_formula
from kasve_desktop.domain.spreadsheet import unescaped
from kasve_desktop.i18n import N_, _

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_CELL = 10_000
MAX_ROWS = 200_000
"""Rows of a file, blank ones counted too (a sheet of a million empty rows is refused)."""
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""What a workbook may hold once unpacked (a small file can unpack to gigabytes)."""
DELIMITERS = ",;\t|"
SAMPLE_CHARS = 64 * 1024
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIX = ".xlsx"
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))

MISSING = N_("The file {name} does not exist or cannot be opened.")
TOO_BIG = N_("The file is {size} MB: at most 50 MB can be imported. Split it into parts.")
WRONG_KIND = N_("Only CSV files (.csv) and Excel workbooks (.xlsx) can be imported. Save "
                "the file in one of these formats.")
UNDECODABLE = N_("Line {line} has a byte ({byte}) that is neither UTF-8 nor Windows-1252 "
                 "text. Save the file as UTF-8 CSV.")
NOT_TEXT = N_("The file holds binary data (NUL bytes): it is not a CSV text file.")
BROKEN_CSV = N_("Row {row} cannot be read as CSV: {reason}")
NOT_XLSX = N_("The file is not a readable Excel workbook (.xlsx).")
NO_HEADER = N_("The file is empty: the first row must name the columns.")
HUGE_HEADER = N_("A column heading is longer than {limit} characters.")
TOO_MANY_ROWS = N_("The file has more than {limit} rows: split it into parts.")
TOO_BIG_UNPACKED = N_("The workbook unpacks to more than {limit} MB: at most that can be "
                      "imported. Save only the rows needed, or as CSV.")
RAGGED = N_("The row has {count} cells but the header names only {columns} columns.")
HUGE_CELL = N_("The cell in column {column} is longer than {limit} characters.")
FORMULA = N_("The cell in column {column} holds a formula: only values are imported. Copy "
             "and paste the values in the spreadsheet first.")


class ImportUnreadable(UserError):
    """The file cannot be read at all; nothing can be imported from it."""

    def __init__(self, message: str, params: dict[str, str] | None = None) -> None:
        super().__init__(message, **dict(params or {}))


@dataclass(frozen=True)
class TableRow:
    """One non-blank data row: its spreadsheet number, one cell per column, its problems."""

    number: int
    cells: tuple[str, ...]
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Table:
    """The header and the data rows of a file."""

    name: str
    header: tuple[str, ...]
    rows: tuple[TableRow, ...]
    encoding: str = ""
    delimiter: str = ""
    kind: str = field(default="csv")


def read_table(path: Path) -> Table:
    """The table of a .csv or .xlsx file; raises ``ImportUnreadable``."""
    suffix = path.suffix.lower()
    if suffix not in (*TEXT_SUFFIXES, XLSX_SUFFIX):
        raise ImportUnreadable(WRONG_KIND)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise OSError
    except OSError:
        raise ImportUnreadable(MISSING, {"name": path.name}) from None
    if size > MAX_FILE_BYTES:
        raise ImportUnreadable(TOO_BIG, {"size": str(round(size / 1024 / 1024))})
    if suffix == XLSX_SUFFIX:
        return _read_xlsx(path)
    return _read_csv(path)


# --- CSV ----------------------------------------------------------------------------

def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise ImportUnreadable(UNDECODABLE, {"line": str(line),
                                             "byte": f"0x{data[error.start]:02X}"}) from None


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was read with."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data, encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _strict(data, "cp1252"), "cp1252"


def guess_delimiter(text: str) -> str:
    """The delimiter that csv.Sniffer finds, unless the header line plainly uses another."""
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS and "\n" in sample:
        sample = sample[:sample.rindex("\n")]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and (counts.get(sniffed) or not any(counts.values())):
        return sniffed
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            yield number, cells
    except csv.Error as error:
        raise ImportUnreadable(BROKEN_CSV, {"row": str(number + 1),
                                            "reason": str(error)}) from None


def _read_csv(path: Path) -> Table:
    text, encoding = decode(path.read_bytes())
    if "\x00" in text:
        raise ImportUnreadable(NOT_TEXT)
    delimiter = guess_delimiter(text)
    return build_table(path.name, _csv_records(text, delimiter), encoding, delimiter, "csv")


# --- XLSX ---------------------------------------------------------------------------

def cell_text(value: object) -> str:
    """A spreadsheet value as text: whole numbers without ``.0``, dates as ``2026-11-24``,
    formulas (also array formulas) as their ``=…`` text."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    formula = getattr(value, "text", None)
    return formula if isinstance(formula, str) else str(value)


def _check_unpacked(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than ``MAX_UNPACKED_BYTES``."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise ImportUnreadable(NOT_XLSX) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportUnreadable(TOO_BIG_UNPACKED,
                               {"limit": str(MAX_UNPACKED_BYTES // 1024 // 1024)})


def _xlsx_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    import openpyxl  # type: ignore[import-untyped, unused-ignore]

    _check_unpacked(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError,
            openpyxl.utils.exceptions.InvalidFileException):
        raise ImportUnreadable(NOT_XLSX) from None
    try:
        sheet = book.worksheets[0]
        if (sheet.max_row or 0) > MAX_ROWS + 1:  # the sheet's own dimension says so
            raise ImportUnreadable(TOO_MANY_ROWS, {"limit": str(MAX_ROWS)})
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), 1):
            yield number, [cell_text(v) for v in values]
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
        raise ImportUnreadable(NOT_XLSX) from error
    finally:
        book.close()


def _read_xlsx(path: Path) -> Table:
    return build_table(path.name, _xlsx_records(path), "", "", "xlsx")


# --- rows ---------------------------------------------------------------------------

def column_name(index: int, header: Sequence[str]) -> str:
    """``C (Sähköposti)``: the spreadsheet letter of a column and its heading."""
    letters, n = "", index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    name = header[index] if index < len(header) else ""
    return f"{letters} ({name})" if name else letters


def _row(number: int, raw: list[str], header: tuple[str, ...]) -> TableRow:
    problems: list[Problem] = []
    width = len(header)
    if any(cell.strip() for cell in raw[width:]):
        problems.append(Problem(RAGGED, {"count": str(len(raw)), "columns": str(width)}))
    cells = (raw + [""] * width)[:width]
    for index, cell in enumerate(cells):
        if len(cell) > MAX_CELL:
            problems.append(Problem(HUGE_CELL, {"column": column_name(index, header),
                                                "limit": str(MAX_CELL)}))
            cells[index] = ""
        elif cell_is_formula(cell):
            problems.append(Problem(FORMULA, {"column": column_name(index, header)}))
        else:  # a cell the product escaped on export ("'+358…") reads as it was
            cells[index] = unescaped(cell)
    return TableRow(number, tuple(cells), tuple(problems))


def _header(cells: list[str]) -> tuple[str, ...]:
    if any(len(cell) > MAX_CELL for cell in cells):
        raise ImportUnreadable(HUGE_HEADER, {"limit": str(MAX_CELL)})
    header = [cell.strip() for cell in cells]
    while header and not header[-1]:
        header.pop()
    return tuple(header)


def build_table(name: str, records: Iterable[tuple[int, list[str]]], encoding: str,
                delimiter: str, kind: str) -> Table:
    """The header (the first non-blank row) and the non-blank data rows after it."""
    header: tuple[str, ...] | None = None
    rows: list[TableRow] = []
    for number, cells in records:
        if number > MAX_ROWS + 1:  # the header and MAX_ROWS rows, blank ones counted
            raise ImportUnreadable(TOO_MANY_ROWS, {"limit": str(MAX_ROWS)})
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = _header(cells)
        else:
            rows.append(_row(number, cells, header))
    if not header:
        raise ImportUnreadable(NO_HEADER)
    return Table(name, header, tuple(rows), encoding, delimiter, kind)


def describe(table: Table) -> str:
    """``CSV, UTF-8, delimiter ;`` — how the file was read, for the dialog."""
    if table.kind == "xlsx":
        return _("Excel workbook, first sheet")
    delimiter = _("tab") if table.delimiter == "\t" else table.delimiter
    return _("CSV, {encoding}, delimiter {delimiter}").format(
        encoding={"cp1252": "Windows-1252", "utf-8-sig": "UTF-8 (BOM)"}.get(
            table.encoding, table.encoding.upper()), delimiter=delimiter)
