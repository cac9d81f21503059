"""The privacy notice (tietosuojaseloste) as an A4 PDF.

Input is a ``Notice`` (plain data, see ``domain.notice``); output is the bytes
of the PDF. The same notice always gives the same bytes (reportlab's
invariant mode), so a published PDF can be compared with a fresh build; the
PDF's creation date is the version's effective date (a draft: the day given).
Every glyph, the bullets included, is from the embedded DejaVu family.

Layout: the title, the legal references and the version at the top; then the
numbered sections, their headings kept with what follows them, and so is a
paragraph ending with ":" that leads into a list or a table. Every page
carries a footer with the title and version on the left and the page number
in the Finnish form "2 (5)" on the right.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from kasve_desktop.documents.fonts import register_fonts
from kasve_desktop.documents.page_numbers import NumberedCanvas
from kasve_desktop.documents.styles import (
    BODY_LEADING,
    BODY_SIZE,
    BOTTOM_MARGIN,
    BULLET_DEDENT,
    BULLET_INDENT,
    LEFT_MARGIN,
    PAGE_SIZE,
    RIGHT_MARGIN,
    RULE_COLOUR,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    TOP_MARGIN,
    DocumentStyles,
    document_styles,
    markup,
)
from kasve_desktop.domain.notice import (
    Block,
    Bullets,
    Fields,
    Notice,
    Paragraph,
    Section,
    SubHeading,
)

CREATOR = "Kasve Desktop"
KEEP_FOLLOWING = 3 * BODY_LEADING
"""How much of the block after a heading must fit on the heading's page."""

# A flowable, and whether it must stay on the same page as the one after it.
_Piece = tuple[Flowable, bool]


def render_notice_pdf(notice: Notice, on_date: dt.date | None = None) -> bytes:
    """The notice as the bytes of an A4 PDF with the DejaVu fonts embedded, dated its
    effective date, else ``on_date`` (a draft's day)."""
    buffer = io.BytesIO()
    maker = partial(NumberedCanvas, footer=_footer_text(notice),
                    on_date=notice.effective_date or on_date)
    _document(buffer, notice).build(_story(notice, document_styles()), canvasmaker=maker)
    return buffer.getvalue()


def _document(buffer: io.BytesIO, notice: Notice) -> BaseDocTemplate:
    frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN, TEXT_WIDTH, TEXT_HEIGHT, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return BaseDocTemplate(
        buffer, pagesize=PAGE_SIZE, pageTemplates=[PageTemplate("page", [frame])],
        leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=notice.title, author="",
        subject=notice.version_label, creator=CREATOR, lang=notice.lang, invariant=1,
        initialFontName=register_fonts().regular, initialFontSize=BODY_SIZE,
    )


def _footer_text(notice: Notice) -> str:
    return " · ".join(part for part in (notice.title, notice.version_label) if part)


# --- the story ------------------------------------------------------------------


def _story(notice: Notice, styles: DocumentStyles) -> list[Flowable]:
    story = _header(notice, styles)
    story.extend(_glue(_blocks(notice.intro, notice, styles)))
    for section in notice.sections:
        story.extend(_glue(_section(section, notice, styles)))
    return story


def _header(notice: Notice, styles: DocumentStyles) -> list[Flowable]:
    story: list[Flowable] = [RLParagraph(markup(notice.title), styles.title)]
    for line in (notice.legal_references, notice.version_label):
        if line.strip():
            story.append(RLParagraph(markup(line), styles.lead))
    story.append(HRFlowable(width="100%", thickness=0.6, color=RULE_COLOUR,
                            spaceBefore=8, spaceAfter=2))
    return story


def balanced(text: str, style: ParagraphStyle, width: float) -> str:
    """The markup of a heading that needs two lines, broken where both lines come out
    about as long (no word left alone on the second line); a shorter or a longer one as
    it is."""
    words = text.split()

    def wide(part: list[str]) -> float:
        return float(stringWidth(" ".join(part), style.fontName, style.fontSize))
    if wide(words) <= width:
        return markup(text)
    splits = [(max(wide(words[:i]), wide(words[i:])), i) for i in range(1, len(words))
              if wide(words[:i]) <= width and wide(words[i:]) <= width]
    if not splits:
        return markup(text)
    _widest, at = min(splits)
    return f"{markup(' '.join(words[:at]))}<br/>{markup(' '.join(words[at:]))}"


def _section(section: Section, notice: Notice, styles: DocumentStyles) -> list[_Piece]:
    heading = RLParagraph(balanced(section.title, styles.heading, TEXT_WIDTH), styles.heading)
    return [(heading, True), *_blocks(section.blocks, notice, styles)]


def _blocks(blocks: Sequence[Block], notice: Notice, styles: DocumentStyles) -> list[_Piece]:
    pieces: list[_Piece] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        leads_in = _leads_in(block, following)
        pieces.extend((flowable, sticky or leads_in)
                      for flowable, sticky in _block(block, notice, styles))
    return pieces


def _leads_in(block: Block, following: Block | None) -> bool:
    """A paragraph ending with ":" right before a list or a table: kept with it."""
    return (isinstance(block, Paragraph) and block.text.rstrip().endswith(":")
            and isinstance(following, Bullets | Fields))


def _glue(pieces: Sequence[_Piece]) -> list[Flowable]:
    """Keep each run of headings (and notes) on the same page as the start of the next block.

    Before the run, a conditional page break asks for room for the run and for the
    first lines of the block after it; the block itself may still split below.
    """
    story: list[Flowable] = []
    pending: list[Flowable] = []
    for flowable, sticky in pieces:
        if sticky:
            pending.append(flowable)
            continue
        if pending:
            if isinstance(flowable, KeepTogether):  # a kept block must fit whole
                following = sum(_height(f) for f in flowable._content)
            else:
                following = min(_height(flowable), KEEP_FOLLOWING)
            needed = sum(_height(f) for f in pending) + following
            story.append(_room_for(needed))
        story.extend(pending)
        story.append(flowable)
        pending = []
    if pending:  # a heading with nothing under it
        story.append(_room_for(sum(_height(f) for f in pending)))
        story.extend(pending)
    return story


def _room_for(height: float) -> Flowable:
    """A page break if less than ``height`` is left on the page; invisible otherwise."""
    room = CondPageBreak(height)
    # Pass the space after the previous block through, so that it still overlaps
    # the space before the heading (reportlab's frames honour this flag).
    room._SPACETRANSFER = True
    return room


def _height(flowable: Flowable) -> float:
    """The height of ``flowable`` in the text column, with the space around it."""
    _, height = flowable.wrapOn(None, TEXT_WIDTH, TEXT_HEIGHT)  # no drawing: no canvas
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


# --- blocks ---------------------------------------------------------------------


def _block(block: Block, notice: Notice, styles: DocumentStyles) -> list[_Piece]:
    if isinstance(block, SubHeading):
        heading = RLParagraph(markup(block.text), styles.subheading)
        return [(heading, True)] if block.text.strip() else []
    if isinstance(block, Fields):
        return [(_fields(block, styles), False)] if block.rows else []
    if isinstance(block, Paragraph):
        if not block.text.strip():
            return []
        body = RLParagraph(_maybe_italic(block.text, block.untranslated), styles.body)
    else:
        if not block.items:
            return []
        body = _bullets(block, styles)
    return _with_marker(body, block.untranslated, notice, styles)


def _maybe_italic(text: str, italic: bool) -> str:
    return f"<i>{markup(text)}</i>" if italic else markup(text)


def _with_marker(body: Flowable, untranslated: bool, notice: Notice,
                 styles: DocumentStyles) -> list[_Piece]:
    if not (untranslated and notice.untranslated_marker.strip()):
        return [(body, False)]
    note = RLParagraph(markup(notice.untranslated_marker), styles.note)
    return [(note, True), (body, False)]


def _bullets(block: Bullets, styles: DocumentStyles) -> Flowable:
    items = [
        ListItem(RLParagraph(_maybe_italic(item, block.untranslated), styles.bullet))
        for item in block.items
    ]
    return ListFlowable(
        items, bulletType="bullet", start="•", leftIndent=BULLET_INDENT,
        bulletDedent=BULLET_DEDENT, bulletFontName=styles.bullet.fontName,
        bulletFontSize=BODY_SIZE, bulletColor=styles.bullet.textColor,
        spaceBefore=0, spaceAfter=6,
    )


def _fields(block: Fields, styles: DocumentStyles) -> Flowable:
    rows = [[RLParagraph(markup(label), styles.label), RLParagraph(markup(value), styles.value)]
            for label, value in block.rows]
    label_width = _label_width((label for label, _ in block.rows), styles)
    table = Table(rows, colWidths=[label_width, TEXT_WIDTH - label_width], hAlign="LEFT",
                  spaceBefore=0, spaceAfter=6)
    table.setStyle(TableStyle([
        # The cells hold paragraphs, but the table still sets its own (Helvetica) default.
        ("FONT", (0, 0), (-1, -1), styles.value.fontName, styles.value.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return KeepTogether([table])  # a contact block is never split across pages


def _label_width(labels: Iterable[str], styles: DocumentStyles) -> float:
    """Wide enough for the longest label, within 28 mm and 40 % of the text width."""
    style = styles.label
    widest = max((stringWidth(line, style.fontName, style.fontSize)
                  for label in labels for line in label.splitlines()), default=0.0)
    return float(min(max(widest + 10, 28 * mm), 0.4 * TEXT_WIDTH))
