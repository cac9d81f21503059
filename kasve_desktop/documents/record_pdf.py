"""The record of processing activities (Art. 30) as an A4 landscape PDF.

Input is a ``Record`` (plain data, ``domain.record``); output is the bytes of the
PDF, the same bytes for the same record (reportlab's invariant mode, the PDF dated
the version's date). Layout: the title, the legal reference and the version; the
controller block and the version history; one table per register (item letter |
heading | content), its header row repeated on every page and long cells split
between pages; then the processors with their flags. Every page carries the title
and version on the left of the footer and "Sivu 2 / 5" on the right. Fonts: the
embedded DejaVu family.
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
from kasve_desktop.domain.record import Activity, Part, Processor, Record

CREATOR = "Kasve Desktop"
PAGE_SIZE: tuple[float, float] = landscape(A4)
MARGIN = 15 * mm
BOTTOM = 18 * mm
TEXT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN
TEXT_HEIGHT = PAGE_SIZE[1] - MARGIN - BOTTOM
FOOTER_BASELINE = 9 * mm
ITEM_WIDTHS = (18 * mm, 62 * mm, TEXT_WIDTH - 80 * mm)
PROCESSOR_WIDTHS = (*(w * mm for w in (40, 54, 22, 34, 28, 48)), TEXT_WIDTH - 226 * mm)
SMALL_SIZE = 9.0
"""The processors' table is set smaller: its seven columns must hold long words."""
HEADER_FILL = colors.HexColor("#e8ece8")
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


ROW_LINES = 2
"""At most this many lines of a part in one table row: rows stay short, so that a table
splits between rows, never inside a cell."""


def _cells(part: Part, styles: DocumentStyles) -> list[list[Flowable]]:
    """The part as the content cells of one or more rows (the label in the first)."""
    bullet = len(part.lines) > 1
    lines = [RLParagraph(f"• {markup(line)}" if bullet else markup(line), styles.bullet)
             for line in part.lines]
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
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    commands += [("LINEABOVE", (0, row), (-1, row), 0.5, GRID_COLOUR) for row in starts]
    commands += [("TOPPADDING", (0, row), (-1, row), 4) for row in starts]
    return commands


def _header_row(keys: tuple[str, ...], record: Record, styles: DocumentStyles) -> list[Any]:
    return [RLParagraph(f"<b>{markup(record.words[k])}</b>", styles.value) for k in keys]


def _activity(number: int, activity: Activity, record: Record,
              styles: DocumentStyles) -> list[Flowable]:
    rows: list[list[Any]] = [_header_row(("col_item", "col_heading", "col_content"),
                                         record, styles)]
    starts = []
    for item in activity.items:
        starts.append(len(rows))
        cells = [cell for part in item.parts for cell in _cells(part, styles)]
        rows.append([RLParagraph(f"<b>{markup(item.label)}</b>", styles.value),
                     RLParagraph(markup(item.heading), styles.value), cells[0]])
        rows += [["", "", cell] for cell in cells[1:]]
    table = Table(rows, colWidths=list(ITEM_WIDTHS), repeatRows=1, hAlign="LEFT",
                  spaceAfter=8)
    table.setStyle(TableStyle(_grid(starts)))
    heading = RLParagraph(markup(f"{number}. {activity.name}"), styles.heading)
    return [CondPageBreak(60 * mm), heading, table]


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

