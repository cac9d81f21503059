"""Shared look of the printed documents: page geometry, colours, paragraph styles.

Every style uses the embedded DejaVu family (``fonts.py``); none falls back to
reportlab's Helvetica. ``markup()`` is the one way plain text enters
reportlab's paragraph mini-markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from kasve_desktop.documents.fonts import register_fonts

PAGE_SIZE: tuple[float, float] = A4
LEFT_MARGIN = 24 * mm
RIGHT_MARGIN = 22 * mm
TOP_MARGIN = 22 * mm
BOTTOM_MARGIN = 24 * mm
TEXT_WIDTH = PAGE_SIZE[0] - LEFT_MARGIN - RIGHT_MARGIN
TEXT_HEIGHT = PAGE_SIZE[1] - TOP_MARGIN - BOTTOM_MARGIN
FOOTER_BASELINE = 13 * mm
"""Distance of the footer's baseline from the bottom edge of the page."""

TEXT_COLOUR = colors.HexColor("#1a1a1a")
MUTED_COLOUR = colors.HexColor("#555555")
RULE_COLOUR = colors.HexColor("#9a9a9a")

BODY_SIZE = 10.0
BODY_LEADING = 14.0
FOOTER_SIZE = 8.0
BULLET_INDENT = 9 * mm
"""Where the text of a bulleted item starts, from the text column's left edge."""
BULLET_DEDENT = 5 * mm
"""How far left of the item's text the bullet sits."""


def markup(text: str) -> str:
    """``text`` as reportlab paragraph markup: ``&``, ``<``, ``>`` escaped, newlines kept."""
    lines = text.strip().splitlines()
    return "<br/>".join(escape(line) for line in lines)


@dataclass(frozen=True)
class DocumentStyles:
    title: ParagraphStyle
    lead: ParagraphStyle
    """The small lines under the title: legal references, version."""
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    note: ParagraphStyle
    """A short remark printed before a block, e.g. the untranslated marker."""


def _style(name: str, **settings: object) -> ParagraphStyle:
    family = register_fonts()
    base: dict[str, object] = {
        "fontName": family.regular,
        "fontSize": BODY_SIZE,
        "leading": BODY_LEADING,
        "textColor": TEXT_COLOUR,
        "bulletFontName": family.regular,
        "spaceAfter": 6,
        "allowWidows": 0,
    }
    base.update(settings)
    return ParagraphStyle(name, **base)


@cache
def document_styles() -> DocumentStyles:
    """The paragraph styles of the notice (and of the other printed documents)."""
    family = register_fonts()
    return DocumentStyles(
        title=_style("Title", fontName=family.bold, fontSize=20, leading=25, spaceAfter=8),
        lead=_style("Lead", fontSize=9, leading=12.5, textColor=MUTED_COLOUR, spaceAfter=1),
        heading=_style("Heading", fontName=family.bold, fontSize=12.5, leading=16,
                       spaceBefore=14, spaceAfter=5),
        subheading=_style("SubHeading", fontName=family.bold, fontSize=BODY_SIZE,
                          leading=BODY_LEADING, spaceBefore=6, spaceAfter=2),
        body=_style("Body"),
        bullet=_style("Bullet", spaceAfter=2),
        label=_style("Label", textColor=MUTED_COLOUR, spaceAfter=0),
        value=_style("Value", spaceAfter=0),
        note=_style("Note", fontName=family.italic, fontSize=8.5, leading=11,
                    textColor=MUTED_COLOUR, spaceAfter=1),
    )
