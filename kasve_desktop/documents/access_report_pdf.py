"""The access report (GDPR Art. 15) as a letter for a window envelope.

The cover letter comes first (address in the window, date, reference, the
confirmation, the deadline, the signature); then, from a new page, the summary
per register with items (a)–(h), the transfers, the rights and the authority's
contact block; then, from a new page, the annex "Kopio henkilötiedoistasi":
tables whose cells wrap long values and whose header rows repeat on every
page. A report without registers or copy (the "no data held" letter) is the
cover letter alone. The page furniture and the numbers ``1 (4)`` come from
``letter.py``; the same report always gives the same bytes.

Every glyph comes from the embedded font, the bullets too; a paragraph that
leads into a list is kept on the page of the list's first line, the sentence that
introduces the authority's contact block on the page of the block, and a heading of
the copy on the page of its first table. Finnish texts printed for lack of a
translation are in italics and announced by the marker, in the copy's tables as in the
summary. The PDF's creation date is the report's date (``letter.py`` and
``pdf_dates``: not reportlab's fixed date of reproducible files).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from kasve_desktop.documents.access_model import (
    AccessReport,
    Cell,
    CopySection,
    CopyTable,
    Lines,
    Marked,
    RegisterPart,
    ReportBlock,
    ReportItem,
    Section,
    cell_text,
)
from kasve_desktop.documents.letter import (
    BODY_INDENT,
    PARAGRAPH_SPACE,
    TEXT_WIDTH,
    Letter,
    LetterStyles,
    letter_styles,
    render_letter,
)
from kasve_desktop.documents.styles import MUTED_COLOUR, RULE_COLOUR, markup
from kasve_desktop.domain.notice import Bullets, Fields, Paragraph, SubHeading

HEADER_BACKGROUND = colors.HexColor("#ececec")
ROOM_FOR_HEADING = 45 * mm
"""A heading starts a new page unless this much room is left under it."""
ROOM_FOR_TABLE = 30 * mm
BODY_WIDTH = TEXT_WIDTH - BODY_INDENT
BULLET = "•"


def render_access_report(report: AccessReport, letter: Letter) -> bytes:
    """The report as the bytes of an A4 PDF laid out for a window envelope."""
    styles = letter_styles()
    if report.date is not None and letter.head.on_date is None:
        letter = replace(letter, head=replace(letter.head, on_date=report.date))
    story = _cover(report, styles)
    if report.registers or report.sections:
        story += [PageBreak(), *_summary(report, styles)]
    if report.copy:
        story += [PageBreak(), *_annex(report, styles)]
    return render_letter(letter, story)


# --- the cover letter -------------------------------------------------------------------

def _cover(report: AccessReport, styles: LetterStyles) -> list[Flowable]:
    story: list[Flowable] = [RLParagraph(markup(report.title), styles.heading),
                             Spacer(0, 4),
                             RLParagraph(markup(report.greeting), styles.body)]
    story += _blocks(report.cover, report, styles)
    signature = "<br/>".join(markup(line) for line in report.signature if line.strip())
    story.append(KeepTogether([Spacer(0, 6), RLParagraph(signature, styles.body)]))
    return story


# --- the summary ------------------------------------------------------------------------

def _summary(report: AccessReport, styles: LetterStyles) -> list[Flowable]:
    story: list[Flowable] = []
    if report.registers:
        story += [RLParagraph(markup(report.registers_heading), styles.heading),
                  *_blocks(report.registers_intro, report, styles)]
    for part in report.registers:
        story += _register(part, report, styles)
    for section in report.sections:
        story += _section(section, report, styles)
    return story


def _register(part: RegisterPart, report: AccessReport, styles: LetterStyles) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(ROOM_FOR_HEADING),
                             RLParagraph(_italic(part.name, part.untranslated),
                                         _register_style(styles))]
    if part.untranslated and report.untranslated_marker:
        story.append(RLParagraph(markup(report.untranslated_marker), _note(styles)))
    for item in part.items:
        story += _item(item, report, styles)
    return story


def _register_style(styles: LetterStyles) -> ParagraphStyle:
    return ParagraphStyle("AccessRegister", parent=styles.heading, fontSize=11.5, leading=14,
                          spaceBefore=10, leftIndent=BODY_INDENT, borderPadding=0)


def _item(item: ReportItem, report: AccessReport, styles: LetterStyles) -> list[Flowable]:
    heading = RLParagraph(markup(item.heading), styles.subheading)
    return [heading, *_blocks(item.blocks, report, styles)]


def _section(section: Section, report: AccessReport, styles: LetterStyles) -> list[Flowable]:
    return [CondPageBreak(ROOM_FOR_HEADING), RLParagraph(markup(section.title), styles.heading),
            *_blocks(section.blocks, report, styles)]


# --- blocks -----------------------------------------------------------------------------

def _blocks(blocks: Sequence[ReportBlock], report: AccessReport,
            styles: LetterStyles) -> list[Flowable]:
    return _glued(_plain_blocks(blocks, report, styles))


def _glued(story: list[Flowable]) -> list[Flowable]:
    """What is kept with the next flowable before a block kept together (the sentence
    and the heading before a contact block) joins that block.

    reportlab's ``keepWithNext`` does not reach into a ``KeepTogether``."""
    glued: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            lead: list[Flowable] = []
            while glued and glued[-1].getKeepWithNext():
                lead.insert(0, glued.pop())
            if lead:
                flowable = KeepTogether([*lead, *flowable._content])
        glued.append(flowable)
    return glued


def _plain_blocks(blocks: Sequence[ReportBlock], report: AccessReport,
                  styles: LetterStyles) -> list[Flowable]:
    """The blocks as flowables; the untranslated marker before the first Finnish text, and
    a paragraph that leads into a list or a sub-heading (the authority's contact block)
    kept on the page of what it leads into."""
    story: list[Flowable] = []
    marked = False
    for index, block in enumerate(blocks):
        untranslated = isinstance(block, Paragraph | Bullets | Marked | Lines) and \
            block.untranslated
        if untranslated and not marked and report.untranslated_marker:
            story.append(RLParagraph(markup(report.untranslated_marker), _note(styles)))
            marked = True
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        story += _block(block, styles, following)
    return story


def _note(styles: LetterStyles) -> ParagraphStyle:
    return ParagraphStyle("AccessNote", parent=styles.small, spaceAfter=2, keepWithNext=1)


def _block(block: ReportBlock, styles: LetterStyles,
           following: ReportBlock | None = None) -> list[Flowable]:
    if isinstance(block, SubHeading):
        return [RLParagraph(markup(block.text), _minor(styles))] if block.text.strip() else []
    if isinstance(block, Fields):
        return [_fields(block, styles)] if block.rows else []
    if isinstance(block, Paragraph | Marked):
        style = (_lead_in(styles) if isinstance(following, Bullets | Lines)
                 else _kept(styles) if isinstance(following, SubHeading) else styles.body)
        return [RLParagraph(_text(block), style)] if block.text.strip() else []
    if isinstance(block, Lines):
        return _bullets([_text(item) for item in block.items], styles)
    return _bullets([_italic(item, block.untranslated) for item in block.items], styles)


def _lead_in(styles: LetterStyles) -> ParagraphStyle:
    """A paragraph that announces a list: never left alone at the foot of a page."""
    return ParagraphStyle("AccessLeadIn", parent=styles.body, spaceAfter=4, keepWithNext=1)


def _kept(styles: LetterStyles) -> ParagraphStyle:
    """A paragraph that introduces what a sub-heading heads (the authority's contact
    block): kept on its page, spaced as any paragraph."""
    return ParagraphStyle("AccessKept", parent=styles.body, keepWithNext=1)


def _minor(styles: LetterStyles) -> ParagraphStyle:
    """A sub-heading inside an item: smaller than the item's heading."""
    return ParagraphStyle("AccessMinor", parent=styles.subheading, fontSize=10, leading=13,
                          textColor=MUTED_COLOUR)


def _italic(text: str, italic: bool) -> str:
    return f"<i>{markup(text)}</i>" if italic else markup(text)


def _text(block: Paragraph | Marked) -> str:
    """Paragraph markup, the untranslated parts in italics."""
    if isinstance(block, Paragraph):
        return _italic(block.text, block.untranslated)
    pieces = [escape(text).replace("\n", "<br/>") for text, _u in block.parts]
    return "".join(f"<i>{piece}</i>" if untranslated and piece.strip() else piece
                   for piece, (_t, untranslated) in zip(pieces, block.parts, strict=True))


def _bullets(items: Sequence[str], styles: LetterStyles) -> list[Flowable]:
    """One paragraph per item, its bullet drawn in the embedded font like the text."""
    if not items:
        return []
    style = ParagraphStyle("AccessBullet", parent=styles.body, leftIndent=BODY_INDENT + 5 * mm,
                           bulletIndent=BODY_INDENT + 1 * mm, bulletFontName=styles.body.fontName,
                           bulletFontSize=styles.body.fontSize, spaceAfter=2)
    last = ParagraphStyle("AccessBulletLast", parent=style, spaceAfter=PARAGRAPH_SPACE)
    return [RLParagraph(item, last if n == len(items) - 1 else style, bulletText=BULLET)
            for n, item in enumerate(items)]


def _fields(block: Fields, styles: LetterStyles) -> Flowable:
    label_style = ParagraphStyle("AccessLabel", parent=styles.cell_label, fontSize=10,
                                 leading=12.5)
    value_style = ParagraphStyle("AccessValue", parent=styles.cell, fontSize=10, leading=12.5)
    rows = [[RLParagraph(markup(label), label_style), RLParagraph(markup(value), value_style)]
            for label, value in block.rows]
    label_width = 36 * mm
    table = Table(rows, colWidths=[label_width, BODY_WIDTH - label_width], hAlign="RIGHT",
                  spaceAfter=8)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), value_style.fontName, value_style.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return KeepTogether([table])


# --- the annex: the copy ----------------------------------------------------------------

def _annex(report: AccessReport, styles: LetterStyles) -> list[Flowable]:
    label = ParagraphStyle("AccessAnnexLabel", parent=styles.wide, fontSize=9,
                           textColor=MUTED_COLOUR, spaceAfter=0, keepWithNext=1)
    title = ParagraphStyle("AccessAnnexTitle", parent=styles.heading, fontSize=14, leading=17)
    story: list[Flowable] = [RLParagraph(markup(report.copy_label), label),
                             RLParagraph(markup(report.copy_title), title),
                             RLParagraph(markup(report.copy_intro), styles.wide)]
    for section in report.copy:
        story += _copy_section(section, report, styles)
    return story


def _copy_section(section: CopySection, report: AccessReport,
                  styles: LetterStyles) -> list[Flowable]:
    """The section's heading, kept (it is ``keepWithNext``) with its first table's caption
    and first rows: no page break of the tables' own comes between them."""
    story: list[Flowable] = [CondPageBreak(ROOM_FOR_HEADING),
                             RLParagraph(markup(section.title), styles.heading)]
    if not section.tables:
        story.append(RLParagraph(markup(section.empty_text), styles.wide))
    elif section.note:
        story.append(RLParagraph(markup(section.note), styles.wide))
    for number, table in enumerate(section.tables):
        story += _copy_table(table, report, styles, first=number == 0)
    return story


def _caption(styles: LetterStyles) -> ParagraphStyle:
    return ParagraphStyle("AccessCaption", parent=styles.wide, fontName=styles.heading.fontName,
                          fontSize=10, leading=13, spaceBefore=4, spaceAfter=3, keepWithNext=1)


def _cell(cell: Cell) -> str:
    """A cell's markup, its untranslated parts in italics."""
    return markup(cell) if isinstance(cell, str) else _text(cell)


def _copy_table(table: CopyTable, report: AccessReport, styles: LetterStyles,
                first: bool = False) -> list[Flowable]:
    """The table, its caption and — when it prints Finnish for lack of a translation — the
    marker; a table other than its section's first starts a new page unless there is room."""
    header_style = ParagraphStyle("AccessHeader", parent=styles.cell,
                                  fontName=styles.heading.fontName)
    rows = [[RLParagraph(markup(cell), header_style) for cell in table.header]]
    rows += [[RLParagraph(_cell(cell) or "–", styles.cell) for cell in row]
             for row in table.rows]
    flowable = Table(rows, colWidths=[w * TEXT_WIDTH for w in table.widths], repeatRows=1,
                     hAlign="LEFT", spaceAfter=10)
    flowable.setStyle(_table_style(styles))
    story: list[Flowable] = [] if first else [CondPageBreak(ROOM_FOR_TABLE)]
    if cell_text(table.caption):
        story.append(RLParagraph(_cell(table.caption), _caption(styles)))
    if table.untranslated and report.untranslated_marker:
        story.append(RLParagraph(markup(report.untranslated_marker), _annex_note(styles)))
    return [*story, flowable]


def _annex_note(styles: LetterStyles) -> ParagraphStyle:
    return ParagraphStyle("AccessAnnexNote", parent=styles.small, leftIndent=0, spaceAfter=2,
                          keepWithNext=1)


def _table_style(styles: LetterStyles) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), styles.cell.fontName, styles.cell.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE_COLOUR),
        ("BOX", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
