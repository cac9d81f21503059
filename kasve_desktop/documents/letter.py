"""The base of every printed letter: A4 laid out for window envelopes (letters.md).

Page 1 carries the sender block at the top left, the metadata column at 112 mm
(document type, date, reference, page ``1 (3)``), the recipient's address in
the window zone and fold marks in the left margin; the body starts at 92 mm.
Later pages repeat the metadata column. Every page ends with the controller's
details. Body paragraphs are indented 23 mm from the left margin; tables may use
the whole width. The recipient block can be moved by a few millimetres
(``WindowOffset``) to fit the user's envelopes; ``calibration_page`` draws the
usual window outlines to hold against a real envelope. Every glyph, the list
bullets included, is from the embedded DejaVu family; the PDF's creation date
is the letter's date (``LetterHead.on_date``).

All positions below are measured from the paper's top-left corner, as
letters.md gives them; reportlab's origin is the bottom-left corner.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from kasve_desktop.documents.fonts import register_fonts
from kasve_desktop.documents.pdf_dates import date_document
from kasve_desktop.documents.styles import MUTED_COLOUR, PAGE_SIZE, RULE_COLOUR, TEXT_COLOUR

PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
LEFT = 20 * mm
RIGHT = 20 * mm
BODY_INDENT = 23 * mm
"""Body text starts 23 mm right of the left margin, 43 mm from the paper's edge."""
META_X = 112 * mm
META_FIRST_BASELINE = 17 * mm
META_PITCH = 5 * mm
SENDER_FIRST_BASELINE = 17 * mm
SENDER_PITCH = 4.2 * mm
SENDER_LIMIT = 36 * mm
"""The sender block ends above this line (letters.md: above 38 mm)."""
RECIPIENT_X = 24 * mm
RECIPIENT_FIRST_BASELINE = 47.5 * mm
RECIPIENT_PITCH = 4.3 * mm
RECIPIENT_SIZE = 10.0
RECIPIENT_WIDTH = 80 * mm
RECIPIENT_LINES = 6
BODY_TOP_FIRST = 92 * mm
BODY_TOP_LATER = 42 * mm
BODY_BOTTOM = 24 * mm
FOOTER_BASELINE = 11 * mm
FOOTER_SIZE = 7.5
FOLD_MARKS = (99 * mm, 148.5 * mm, 198 * mm)
FOLD_MARK_X = (5 * mm, 10 * mm)
BODY_SIZE = 11.0
BODY_LEADING = 13.0  # about 1.15 × 11 pt
PARAGRAPH_SPACE = 10.0
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
CREATOR = "Kasve Desktop"


def from_top(distance: float) -> float:
    """reportlab's y for a distance from the top edge of the page."""
    return PAGE_HEIGHT - distance


@dataclass(frozen=True)
class WindowOffset:
    """How far the recipient block is moved from its default place, in millimetres."""

    right_mm: float = 0.0
    down_mm: float = 0.0


@dataclass(frozen=True)
class Sender:
    """The controller as it heads the letter and signs its footer."""

    name: str
    address_lines: tuple[str, ...] = ()
    footer_parts: tuple[str, ...] = ()
    """Business ID, phone, e-mail, web address …, joined with " · " in the footer."""


@dataclass(frozen=True)
class LetterHead:
    document_type: str
    """In capitals, e.g. ``VASTAUS TARKASTUSPYYNTÖÖN``."""
    date_text: str
    """The date as letters.md writes it (``24.11.2026``, ``24 November 2026``)."""
    reference: str = ""
    reference_label: str = ""
    title: str = ""
    """The PDF's document title (metadata)."""
    lang: str = "fi"
    on_date: dt.date | None = None
    """The letter's date, also the PDF's creation date (None: reportlab's fixed date)."""


@dataclass(frozen=True)
class Letter:
    head: LetterHead
    sender: Sender
    recipient_lines: tuple[str, ...]
    """The address as printed: name, c/o, street, ``70110 KUOPIO``, country (foreign only)."""
    offset: WindowOffset = field(default_factory=WindowOffset)


@dataclass(frozen=True)
class LetterStyles:
    body: ParagraphStyle
    """Indented body text."""
    heading: ParagraphStyle
    """A heading at the left margin."""
    subheading: ParagraphStyle
    wide: ParagraphStyle
    """Unindented text at the left margin (tables' captions, long annexes)."""
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle


@cache
def letter_styles() -> LetterStyles:
    family = register_fonts()

    def style(name: str, **settings: Any) -> ParagraphStyle:
        base: dict[str, Any] = {"fontName": family.regular, "fontSize": BODY_SIZE,
                                "leading": BODY_LEADING, "textColor": TEXT_COLOUR,
                                "bulletFontName": family.regular,
                                "spaceAfter": PARAGRAPH_SPACE, "allowWidows": 0,
                                "allowOrphans": 0}
        base.update(settings)
        return ParagraphStyle(name, **base)

    return LetterStyles(
        body=style("LetterBody", leftIndent=BODY_INDENT),
        heading=style("LetterHeading", fontName=family.bold, fontSize=12, leading=15,
                      spaceBefore=6, spaceAfter=6, keepWithNext=1),
        subheading=style("LetterSubheading", fontName=family.bold, leftIndent=BODY_INDENT,
                         spaceAfter=3, keepWithNext=1),
        wide=style("LetterWide"),
        small=style("LetterSmall", fontSize=9, leading=11.5, leftIndent=BODY_INDENT,
                    textColor=MUTED_COLOUR, spaceAfter=6),
        cell=style("LetterCell", fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_label=style("LetterCellLabel", fontSize=8.5, leading=10.5, spaceAfter=0,
                         textColor=MUTED_COLOUR),
    )


def render_letter(letter: Letter, story: Sequence[Flowable]) -> bytes:
    """The letter as the bytes of an A4 PDF: the page furniture drawn around ``story``."""
    family = register_fonts()
    buffer = io.BytesIO()
    width = TEXT_WIDTH
    first = Frame(LEFT, BODY_BOTTOM, width, from_top(BODY_TOP_FIRST) - BODY_BOTTOM, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(LEFT, BODY_BOTTOM, width, from_top(BODY_TOP_LATER) - BODY_BOTTOM, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document = BaseDocTemplate(
        buffer, pagesize=PAGE_SIZE, title=letter.head.title or letter.head.document_type,
        author=letter.sender.name, creator=CREATOR, lang=letter.head.lang, invariant=1,
        initialFontName=family.regular, initialFontSize=BODY_SIZE,
        pageTemplates=[PageTemplate("first", [first], autoNextPageTemplate="later"),
                       PageTemplate("later", [later])])
    document.build(list(story) or [Paragraph("", letter_styles().body)],
                   canvasmaker=partial(_LetterCanvas, letter=letter))
    return buffer.getvalue()


class _LetterCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds back its pages until it knows how many there are, then draws the furniture."""

    def __init__(self, *args: Any, letter: Letter, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._letter = letter
        self._held_pages: list[dict[str, Any]] = []
        date_document(self, letter.head.on_date)

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            draw_furniture(self, self._letter, number, total)
            super().showPage()
        super().save()


def draw_furniture(canvas: Canvas, letter: Letter, number: int, total: int) -> None:
    canvas.saveState()
    _draw_metadata(canvas, letter.head, f"{number} ({total})")
    if number == 1:
        _draw_sender(canvas, letter.sender)
        _draw_recipient(canvas, letter.recipient_lines, letter.offset)
        draw_fold_marks(canvas)
    _draw_footer(canvas, letter.sender)
    canvas.restoreState()


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text``, cut with an ellipsis if it is wider than ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _draw_metadata(canvas: Canvas, head: LetterHead, page: str) -> None:
    family = register_fonts()
    width = PAGE_WIDTH - RIGHT - META_X
    title = _wrap(head.document_type, family.bold, 10, width)[:2]
    y = from_top(META_FIRST_BASELINE)
    canvas.setFillColor(TEXT_COLOUR)
    for line in title:
        canvas.setFont(family.bold, 10)
        canvas.drawString(META_X, y, line)
        y -= META_PITCH
    canvas.setFont(family.regular, 10)
    canvas.drawString(META_X, y, head.date_text)
    canvas.drawRightString(PAGE_WIDTH - RIGHT, y, page)
    if head.reference:
        y -= META_PITCH
        text = f"{head.reference_label} {head.reference}".strip()
        canvas.drawString(META_X, y, fit(text, family.regular, 10, width))


def _draw_sender(canvas: Canvas, sender: Sender) -> None:
    family = register_fonts()
    width = META_X - LEFT - 6 * mm
    y = from_top(SENDER_FIRST_BASELINE)
    canvas.setFillColor(TEXT_COLOUR)
    canvas.setFont(family.bold, 11)
    canvas.drawString(LEFT, y, fit(sender.name, family.bold, 11, width))
    canvas.setFont(family.regular, 9)
    canvas.setFillColor(MUTED_COLOUR)
    for line in sender.address_lines:
        y -= SENDER_PITCH
        if y < from_top(SENDER_LIMIT):
            break
        canvas.drawString(LEFT, y, fit(line, family.regular, 9, width))


def recipient_origin(offset: WindowOffset) -> tuple[float, float]:
    """Where the recipient block's first baseline starts (reportlab coordinates)."""
    return (RECIPIENT_X + offset.right_mm * mm,
            from_top(RECIPIENT_FIRST_BASELINE + offset.down_mm * mm))


def _draw_recipient(canvas: Canvas, lines: Sequence[str], offset: WindowOffset) -> None:
    font = register_fonts().regular
    x, y = recipient_origin(offset)
    canvas.setFillColor(colors.black)
    canvas.setFont(font, RECIPIENT_SIZE)
    for line in [line for line in lines if line.strip()][:RECIPIENT_LINES]:
        canvas.drawString(x, y, fit(line, font, RECIPIENT_SIZE, RECIPIENT_WIDTH))
        y -= RECIPIENT_PITCH


def draw_fold_marks(canvas: Canvas) -> None:
    canvas.setStrokeColor(RULE_COLOUR)
    canvas.setLineWidth(0.3)
    for distance in FOLD_MARKS:
        canvas.line(FOLD_MARK_X[0], from_top(distance), FOLD_MARK_X[1], from_top(distance))


def _draw_footer(canvas: Canvas, sender: Sender) -> None:
    font = register_fonts().regular
    text = " · ".join(part for part in (sender.name, *sender.footer_parts) if part)
    canvas.setStrokeColor(RULE_COLOUR)
    canvas.setLineWidth(0.4)
    canvas.line(LEFT, FOOTER_BASELINE + 9, PAGE_WIDTH - RIGHT, FOOTER_BASELINE + 9)
    canvas.setFont(font, FOOTER_SIZE)
    canvas.setFillColor(MUTED_COLOUR)
    canvas.drawString(LEFT, FOOTER_BASELINE, fit(text, font, FOOTER_SIZE, TEXT_WIDTH))


# --- calibration ------------------------------------------------------------------------

@dataclass(frozen=True)
class WindowOutline:
    """An envelope window: its name and its rectangle from the paper's top-left, in mm."""

    name: str
    left: float
    top: float
    width: float
    height: float


WINDOW_OUTLINES = (
    WindowOutline("90 × 45 mm · 20 / 40 mm", 20, 40, 90, 45),
    WindowOutline("15–110 × 38–87 mm", 15, 38, 95, 49),
)
"""The usual window (letters.md), and the zone kept free for the windows of all makers."""


def calibration_page(letter: Letter, texts: Sequence[str]) -> bytes:
    """One page: the usual window outlines, the recipient block where it will print,
    the fold marks, and ``texts`` explaining how to hold it against an envelope."""
    buffer = io.BytesIO()
    family = register_fonts()
    canvas = Canvas(buffer, pagesize=PAGE_SIZE, invariant=1, initialFontName=family.regular,
                    initialFontSize=BODY_SIZE)
    canvas.setTitle(letter.head.title or letter.head.document_type)
    canvas.setCreator(CREATOR)
    date_document(canvas, letter.head.on_date)
    _draw_outlines(canvas)
    draw_furniture(canvas, letter, 1, 1)
    y = from_top(BODY_TOP_FIRST + 5 * mm)
    canvas.setFont(family.regular, 10)
    canvas.setFillColor(TEXT_COLOUR)
    for text in texts:
        for line in _wrap(text, family.regular, 10, TEXT_WIDTH - BODY_INDENT):
            canvas.drawString(LEFT + BODY_INDENT, y, line)
            y -= 13
        y -= 6
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_outlines(canvas: Canvas) -> None:
    family = register_fonts()
    canvas.saveState()
    canvas.setDash(3, 2)
    canvas.setLineWidth(0.6)
    for index, outline in enumerate(WINDOW_OUTLINES):
        canvas.setStrokeColor(colors.HexColor(("#1565c0", "#c62828")[index % 2]))
        canvas.rect(outline.left * mm, from_top((outline.top + outline.height) * mm),
                    outline.width * mm, outline.height * mm)
        canvas.setFont(family.regular, 6.5)
        canvas.setFillColor(colors.HexColor(("#1565c0", "#c62828")[index % 2]))
        bottom = outline.top + outline.height
        # The first label inside its window, the others just below their outline.
        label_y = from_top(bottom * mm) + 1.5 * mm if index == 0 else from_top((bottom + 3) * mm)
        canvas.drawRightString((outline.left + outline.width) * mm - 1 * mm, label_y,
                               outline.name)
    canvas.restoreState()

