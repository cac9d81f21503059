"""A response letter (acknowledgement, extension, erasure, refusal …) as a window-envelope PDF.

The words come filled in (``domain.letter_templates.FilledLetter``); this module
only lays them out on the letter base (``documents.letter``): the subject as a
heading at the left margin, then the greeting, the paragraphs, the user's own
paragraph for this letter, the line for questions, and the signature, all in
the indented body column. A line starting with "– " prints as a list item, so
lists of facts (what was erased, which channels) read as lists; lines starting
with a blank print as an indented block inside their paragraph (the authority's
contact details inside the complaint paragraph, a quoted reason). A block is
never split across pages, and the text leading into a list or a block (or any
text ending with ":") never stays alone at the foot of a page. The closing and the
signature are kept with the letter's last paragraph: no page holds only the signature.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kasve_desktop.documents.letter import BODY_INDENT, Letter, letter_styles, render_letter
from kasve_desktop.documents.styles import markup
from kasve_desktop.domain.letter_templates import FilledLetter

BULLET = "– "
ITEM_INDENT = BODY_INDENT + 5 * mm


@dataclass(frozen=True)
class ResponseLetter:
    letter: Letter
    """Head (document type, date, reference), sender, recipient, window offset."""
    words: FilledLetter
    extra_paragraph: str = ""
    """The user's own paragraph for this one letter, printed after the template's."""
    signature: tuple[str, ...] = ()
    """Signer, title, controller: printed under the closing."""


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    lead: ParagraphStyle
    """A paragraph's text before its list or block: less space after, kept with it."""
    lead_in: ParagraphStyle
    """A paragraph ending with ":" before the next paragraph: kept with it."""
    item: ParagraphStyle
    last_item: ParagraphStyle
    block: ParagraphStyle
    """Indented lines kept as they are (an address, a quoted reason)."""
    last_block: ParagraphStyle


@cache
def _styles() -> _Styles:
    body = letter_styles().body
    item = ParagraphStyle("LetterItem", parent=body, leftIndent=ITEM_INDENT,
                          bulletIndent=BODY_INDENT + 1 * mm, spaceAfter=1.5)
    block = ParagraphStyle("LetterBlock", parent=body, leftIndent=ITEM_INDENT, spaceAfter=3)
    return _Styles(body, ParagraphStyle("LetterLead", parent=body, spaceAfter=3, keepWithNext=1),
                   ParagraphStyle("LetterLeadIn", parent=body, keepWithNext=1), item,
                   ParagraphStyle("LetterLastItem", parent=item, spaceAfter=body.spaceAfter),
                   block, ParagraphStyle("LetterLastBlock", parent=block,
                                         spaceAfter=body.spaceAfter))


TEXT, ITEM, BLOCK = "text", "item", "block"


def _line_kind(line: str) -> str:
    if line.lstrip().startswith(BULLET.strip()) and line.strip() != BULLET.strip():
        return ITEM
    return BLOCK if line[:1].isspace() else TEXT


def _groups(text: str) -> Iterator[tuple[str, str]]:
    """The paragraph's runs of plain lines, list items and indented blocks, in order."""
    run: list[str] = []
    kind = TEXT
    for line in [line for line in text.strip("\n").splitlines() if line.strip()]:
        line_kind = _line_kind(line)
        if run and (line_kind != kind or kind == ITEM):
            yield kind, "\n".join(run)
            run = []
        kind = line_kind
        run.append(line.strip()[1:].strip() if kind == ITEM else line.strip())
    if run:
        yield kind, "\n".join(run)


def paragraph_flowables(text: str, *, keep: bool = True) -> list[Flowable]:
    """One template paragraph: its text, then its list items or indented block if any.
    A line starting with "– " is a list item; a line starting with a blank is indented.
    A block is kept whole, together with the text leading into it (unless not ``keep``:
    the caller keeps the whole paragraph together; reportlab cannot nest ``KeepTogether``)."""
    groups = list(_groups(text))
    flowables: list[Flowable] = []
    for index, (kind, part) in enumerate(groups):
        flowable = _group_flowable(kind, part, last=index == len(groups) - 1)
        if kind == BLOCK and keep:
            held = [flowables.pop()] if index and groups[index - 1][0] == TEXT else []
            flowable = KeepTogether([*held, flowable])
        flowables.append(flowable)
    return flowables


def _group_flowable(kind: str, part: str, *, last: bool) -> Flowable:
    styles = _styles()
    if kind == ITEM:
        style = styles.last_item if last else styles.item
        return Paragraph(markup(part), style, bulletText="–")
    if kind == BLOCK:
        return Paragraph(markup(part), styles.last_block if last else styles.block)
    return Paragraph(markup(part), _text_style(part, last))


def _text_style(text: str, last: bool) -> ParagraphStyle:
    styles = _styles()
    if not last:
        return styles.lead
    return styles.lead_in if text.rstrip().endswith(":") else styles.body


def _closing(content: ResponseLetter) -> list[Flowable]:
    body = _styles().body
    lines = [line for line in content.signature if line.strip()]
    signature = Paragraph(markup("\n".join(lines)), body) if lines else Spacer(0, 0)
    return [Paragraph(markup(content.words.closing), body), Spacer(0, 4 * mm), signature]


def story(content: ResponseLetter) -> list[Flowable]:
    """The letter's flowables; its last paragraph, the closing and the signature kept
    together, so that no page holds only the signature."""
    words = content.words
    flowables: list[Flowable] = [Paragraph(markup(words.subject), letter_styles().heading)]
    if words.greeting.strip():
        flowables.append(Paragraph(markup(words.greeting), _styles().body))
    texts = [text for text in (*words.paragraphs, content.extra_paragraph, words.questions)
             if text.strip()]
    for text in texts[:-1]:
        flowables += paragraph_flowables(text)
    last = paragraph_flowables(texts[-1], keep=False) if texts else []
    flowables.append(KeepTogether([*last, *_closing(content)]))
    return flowables


def response_letter_pdf(content: ResponseLetter) -> bytes:
    """The letter as the bytes of an A4 PDF laid out for a window envelope."""
    return render_letter(content.letter, story(content))
