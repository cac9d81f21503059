"""The record of processing activities (Art. 30) as an A4 landscape PDF.

Input is a ``Record`` (plain data, ``domain.record``); output is the bytes of the
PDF, the same bytes for the same record (reportlab's invariant mode, the PDF dated
the version's date). Layout: the title, the legal reference and the version; the
controller block, the version history and an overview of the registers and their
purposes; one table per register (item letter | heading | content), then the
processors with their flags.

A register's table has a row per line of an item, so that it splits between pages
almost anywhere without leaving a gap; an item shorter than a fifth of a page keeps
its rows together, a longer one keeps its first and last two rows, and where it
continues on a new page its letter and heading are repeated in a muted "d) jatkuu"
(``ItemTable``), under the repeated header row. A register's heading moves to a new
page only with room for its table's first rows under it. Every page carries the
title and version on the left of the footer and "Sivu 2 / 5" on the right. Fonts:
the embedded DejaVu family.
"""

from __future__ import annotations

import dataclasses
import io
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from kasve_desktop.documents.fonts import register_fonts
from kasve_desktop.documents.page_numbers import NumberedCanvas
from kasve_desktop.documents.styles import (
    BODY_SIZE,
    RULE_COLOUR,
    DocumentStyles,
    document_styles,
    markup,
)
from kasve_desktop.domain.record import Activity, Part, Processor, Record, RecordItem

CREATOR = "Kasve Desktop"
PAGE_SIZE: tuple[float, float] = landscape(A4)
MARGIN = 15 * mm
BOTTOM = 18 * mm
TEXT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN
TEXT_HEIGHT = PAGE_SIZE[1] - MARGIN - BOTTOM
FOOTER_BASELINE = 9 * mm
ITEM_WIDTHS = (20 * mm, 62 * mm, TEXT_WIDTH - 82 * mm)
OVERVIEW_WIDTHS = (62 * mm, TEXT_WIDTH - 62 * mm)
PROCESSOR_WIDTHS = (*(w * mm for w in (40, 54, 22, 34, 28, 48)), TEXT_WIDTH - 226 * mm)
SMALL_SIZE = 9.0
"""The processors' table is set smaller: its seven columns must hold long words."""
HEADER_FILL = colors.HexColor("#e8ece8")
CELL_PADDING = 4
"""Left and right padding of the tables' cells."""
KEEP_TOGETHER = TEXT_HEIGHT / 5
"""An item shorter than this is never split between pages (a longer one may leave a
gap up to this tall at the foot of a page)."""
HOLD = 2
"""A longer item leaves at least this many rows on either side of a page break."""
FLAG_COLOUR = colors.HexColor("#a11d1d")
GRID_COLOUR = colors.HexColor("#b5b5b5")


def render_record_pdf(record: Record) -> bytes:
    buffer = io.BytesIO()
    footer = f"{record.title} · {record.version_label}"
    maker = partial(NumberedCanvas, footer=footer, on_date=record.effective_date,
                    page_format=record.words["page"], left_margin=MARGIN, right_margin=MARGIN,
                    baseline=FOOTER_BASELINE)
    _document(buffer, record).build(_story(record, document_styles()), canvasmaker=maker)
    return buffer.getvalue()


def _document(buffer: io.BytesIO, record: Record) -> BaseDocTemplate:
    frame = Frame(MARGIN, BOTTOM, TEXT_WIDTH, TEXT_HEIGHT, id="text", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    return BaseDocTemplate(
        buffer, pagesize=PAGE_SIZE, pageTemplates=[PageTemplate("page", [frame])],
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=BOTTOM,
        title=record.title, author=record.controller_name, subject=record.version_label,
        creator=CREATOR, lang=record.lang, invariant=1,
        initialFontName=register_fonts().regular, initialFontSize=BODY_SIZE)


# --- the story ----------------------------------------------------------------------


def _story(record: Record, styles: DocumentStyles) -> list[Flowable]:
    story: list[Flowable] = [RLParagraph(markup(record.title), styles.title)]
    for line in (record.legal_reference, record.version_label):
        story.append(RLParagraph(markup(line), styles.lead))
    story.append(HRFlowable(width="100%", thickness=0.6, color=RULE_COLOUR, spaceBefore=6,
                            spaceAfter=4))
    story.append(_fields(record.controller, styles))
    if record.history:
        story.append(RLParagraph(markup(record.words["history"]), styles.subheading))
        story.append(RLParagraph(markup(" · ".join(record.history)), styles.body))
    story.extend(_overview(record, styles))
    for number, activity in enumerate(record.activities, start=1):
        story.extend(_activity(number, activity, record, styles))
    story.extend(_processors(record, styles))
    return story


def _fields(parts: tuple[Part, ...], styles: DocumentStyles) -> Flowable:
    rows = [[RLParagraph(markup(p.label), styles.label),
             RLParagraph(markup(" · ".join(p.lines)), styles.value)] for p in parts]
    table = Table(rows, colWidths=[52 * mm, TEXT_WIDTH - 52 * mm], hAlign="LEFT",
                  spaceAfter=4)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.value.fontName, styles.value.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _overview(record: Record, styles: DocumentStyles) -> list[Flowable]:
    """The registers and their purposes, a row each (as on the workbook's summary)."""
    rows: list[list[Any]] = [_header_row(("register", "purposes"), record, styles)]
    rows += [[RLParagraph(markup(a.name), styles.value),
              RLParagraph(markup("; ".join(a.purposes) or record.words["none"]),
                          styles.value)] for a in record.activities]
    table = Table(rows, colWidths=list(OVERVIEW_WIDTHS), repeatRows=1, hAlign="LEFT",
                  spaceAfter=4)
    table.setStyle(TableStyle(_grid(list(range(1, len(rows))))))
    return [RLParagraph(markup(record.words["activities"]), styles.subheading), table]


ROW_LINES = 1
"""At most this many lines of a part in one table row: rows stay short, so that a table
splits between rows (never inside a cell) without leaving much room unused."""


def _cells(part: Part, styles: DocumentStyles) -> list[list[Flowable]]:
    """The part as the content cells of one or more rows (the label in the first)."""
    lines = [RLParagraph(f"• {markup(line)}" if part.bulleted else markup(line),
                         styles.bullet) for line in part.lines]
    chunks = [lines[i:i + ROW_LINES] for i in range(0, len(lines), ROW_LINES)] or [[]]
    if part.label:
        chunks[0].insert(0, RLParagraph(f"<b>{markup(part.label)}</b>", styles.value))
    return chunks


def _grid(starts: list[int]) -> list[tuple[Any, ...]]:
    """Lines around the table, between its columns and above each item (``starts``)."""
    font = register_fonts()
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font.regular, BODY_SIZE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID_COLOUR),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, GRID_COLOUR),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID_COLOUR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    commands += [("LINEABOVE", (0, row), (-1, row), 0.5, GRID_COLOUR) for row in starts]
    commands += [("TOPPADDING", (0, row), (-1, row), 4) for row in starts]
    return commands


def _header_row(keys: tuple[str, ...], record: Record, styles: DocumentStyles) -> list[Any]:
    return [RLParagraph(f"<b>{markup(record.words[k])}</b>", styles.value) for k in keys]


class ItemTable(Table):  # type: ignore[misc]  # reportlab has no type hints
    """A register's table whose part on a new page starts with a readable row: a row
    continuing an item gets the item's letter and heading there, muted ("d) jatkuu").

    ``continued`` maps the first paragraph of a continuation row's content cell (by
    identity: reportlab makes the parts of a split table from the same flowables, though
    it wraps a cell's list in a tuple of its own) to the two label cells to print when
    that row heads a part. Rows are measured anew in each part
    (``longTableOptimize=0``), since a heading may be taller than its row's line."""

    continued: dict[int, tuple[Flowable, Flowable]]

    def onSplit(self, T: Table, byRow: int = 1) -> None:  # reportlab names it
        T.continued = self.continued
        body = T.repeatRows
        if len(T._cellvalues) > body:
            row = T._cellvalues[body]
            labels = self.continued.get(id(row[2][0])) if row[2] else None
            if labels is not None:
                T._cellvalues[body] = [*labels, row[2]]


def _continued_labels(label: str, heading: str, record: Record,
                      styles: DocumentStyles) -> tuple[Flowable, Flowable]:
    muted = styles.label.clone("Continued", fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3)
    text = record.words["continued"].format(label=label)
    return RLParagraph(markup(text), muted), RLParagraph(markup(heading), muted)


def _height(row: list[Any]) -> float:
    """The height of a row of ``ItemTable``, from its cells' paragraphs."""
    tallest = 0.0
    for cell, width in zip(row, ITEM_WIDTHS, strict=True):
        flowables = cell if isinstance(cell, list) else [cell] if cell else []
        room = width - 2 * CELL_PADDING
        tallest = max(tallest, sum(f.wrap(room, TEXT_HEIGHT)[1] + f.getSpaceAfter()
                                   for f in flowables))
    return tallest + 4 + 2  # the paddings above and below


def _item_rows(item: RecordItem, styles: DocumentStyles) -> list[list[Any]]:
    cells = [cell for part in item.parts for cell in _cells(part, styles)]
    return [[RLParagraph(f"<b>{markup(item.label)}</b>", styles.value),
             RLParagraph(markup(item.heading), styles.value), cells[0]],
            *(["", "", cell] for cell in cells[1:])]


def _kept(start: int, item_rows: list[list[Any]]) -> tuple[list[tuple[Any, ...]], int]:
    """The commands that keep an item's rows (from row ``start``) together, and how many
    of its first rows cannot be parted: all of a short item; of a longer one the first
    and the last ``HOLD`` rows, or nothing if it has too few rows to hold any."""
    end = start + len(item_rows) - 1
    if sum(_height(row) for row in item_rows) < KEEP_TOGETHER:
        return [("NOSPLIT", (0, start), (-1, end))], len(item_rows)
    if len(item_rows) > 2 * HOLD:
        return [("NOSPLIT", (0, start), (-1, start + HOLD - 1)),
                ("NOSPLIT", (0, end - HOLD + 1), (-1, end))], HOLD
    return [], 1


def _activity(number: int, activity: Activity, record: Record,
              styles: DocumentStyles) -> list[Flowable]:
    rows: list[list[Any]] = [_header_row(("col_item", "col_heading", "col_content"),
                                         record, styles)]
    starts, commands, continued, first = [], [], [], 0.0
    for item in activity.items:
        starts.append(len(rows))
        item_rows = _item_rows(item, styles)
        keep, together = _kept(len(rows), item_rows)
        rows += item_rows
        commands += keep
        if together < len(item_rows):
            labels = _continued_labels(item.label, item.heading, record, styles)
            continued += [(row[2][0], labels) for row in item_rows[1:] if row[2]]
        first = first or sum(_height(row) for row in item_rows[:together])
    table = ItemTable(rows, colWidths=list(ITEM_WIDTHS), repeatRows=1, hAlign="LEFT",
                      spaceAfter=8, longTableOptimize=0)
    table.continued = {id(paragraph): labels for paragraph, labels in continued}
    table.setStyle(TableStyle(_grid(starts) + commands))
    heading = RLParagraph(markup(f"{number}. {activity.name}"), styles.heading)
    room = heading.wrap(TEXT_WIDTH, TEXT_HEIGHT)[1] + styles.heading.spaceBefore \
        + styles.heading.spaceAfter + _height(rows[0]) + first
    return [CondPageBreak(room), heading, table]


def _small(styles: DocumentStyles) -> DocumentStyles:
    value = styles.value.clone("Small", fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3)
    return dataclasses.replace(styles, value=value)


def _processor_row(p: Processor, styles: DocumentStyles) -> list[Any]:
    flag_style = styles.value.clone("Flag", textColor=FLAG_COLOUR)
    flags = [RLParagraph(f"<b>⚠ {markup(text)}</b>", flag_style) for text in p.flag_texts]
    return [RLParagraph(markup(value), styles.value) for value in (
        p.name, p.service, p.country, p.agreement_text, p.review_text,
        ", ".join(p.registers))] + [flags]


def _processors(record: Record, styles: DocumentStyles) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(50 * mm),
                             RLParagraph(markup(record.words["processors"]), styles.heading)]
    if not record.processors:
        return [*story, RLParagraph(markup(record.words["no_processors"]), styles.body)]
    small = _small(styles)
    keys = ("p_name", "p_service", "p_country", "p_agreement", "p_review", "p_registers",
            "p_flags")
    rows = [_header_row(keys, record, small)]
    rows += [_processor_row(p, small) for p in record.processors]
    table = Table(rows, colWidths=list(PROCESSOR_WIDTHS), repeatRows=1, hAlign="LEFT",
                  spaceAfter=6)
    table.setStyle(TableStyle(_grid(list(range(1, len(rows))))))
    return [*story, RLParagraph(markup(record.flags_note), styles.note), table]

