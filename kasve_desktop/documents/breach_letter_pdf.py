"""The letters to the persons concerned by a breach (GDPR Art. 34(2)), one PDF for them all.

Each letter is laid out on the letter base (``documents.letter``) for a window
envelope, in its person's language (``breach_letter_words``): the sender, the
metadata column with its own page count ``1 (2)``, the recipient's address in the
window and the fold marks, then in plain language what happened (the message written
for the persons, ``PersonNotice.message``, not the controller's internal account),
which of the person's data were involved (the breach's data categories), what it may
lead to, what the controller has done and will still do (the opening sentence names only
the measures recorded, ``opening_key``), what the person can do, and
whom to ask (the data protection officer or the contact person). Every letter
starts on a new page whose body begins below the window; its pages are counted on
their own, so that the user prints them all at once and each envelope gets its
letter whole.

A marker flowable at the head of each letter tells the canvas which letter the
page belongs to; the canvas holds its pages back until it knows how many each
letter has (``page_numbers.HeldPagesCanvas``), then draws each page's furniture
(``letter.draw_furniture``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from kasve_desktop.documents.breach_letter_words import word
from kasve_desktop.documents.fonts import register_fonts
from kasve_desktop.documents.letter import (
    BODY_BOTTOM,
    BODY_SIZE,
    BODY_TOP_FIRST,
    BODY_TOP_LATER,
    CREATOR,
    LEFT,
    TEXT_WIDTH,
    Letter,
    draw_furniture,
    from_top,
    letter_styles,
)
from kasve_desktop.documents.page_numbers import HeldPagesCanvas
from kasve_desktop.documents.styles import PAGE_SIZE, markup
from kasve_desktop.domain.breach_clock import Risk
from kasve_desktop.domain.breach_report import ContactPoint, PersonNotice


@dataclass(frozen=True)
class BreachLetter:
    letter: Letter
    """Head (document type, date, reference, language), sender, recipient, window offset."""
    name: str
    """The person's name for the greeting."""
    notice: PersonNotice
    signature: tuple[str, ...] = ()


def head_words(lang: str) -> tuple[str, str, str]:
    """The document type, the reference label and the subject of a letter in ``lang``."""
    return word(lang, "document_type"), word(lang, "reference_label"), word(lang, "subject")


def breach_letters_pdf(letters: Sequence[BreachLetter]) -> bytes:
    """All the letters as the bytes of one A4 PDF, each starting on a new page."""
    if not letters:
        raise ValueError("no letters to print")
    buffer = io.BytesIO()
    first = Frame(LEFT, BODY_BOTTOM, TEXT_WIDTH, from_top(BODY_TOP_FIRST) - BODY_BOTTOM,
                  id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(LEFT, BODY_BOTTOM, TEXT_WIDTH, from_top(BODY_TOP_LATER) - BODY_BOTTOM,
                  id="later", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    head = letters[0].letter.head
    document = BaseDocTemplate(
        buffer, pagesize=PAGE_SIZE, title=head.title or head.document_type,
        author=letters[0].letter.sender.name, creator=CREATOR, lang=head.lang, invariant=1,
        initialFontName=register_fonts().regular, initialFontSize=BODY_SIZE,
        pageTemplates=[PageTemplate("first", [first], autoNextPageTemplate="later"),
                       PageTemplate("later", [later])])
    flowables: list[Flowable] = []
    for index, content in enumerate(letters):
        if index:
            flowables += [NextPageTemplate("first"), PageBreak()]
        flowables += [_LetterStart(index), *story(content)]
    document.build(flowables, canvasmaker=partial(
        _LettersCanvas, letters=[content.letter for content in letters]))
    return buffer.getvalue()


# --- one letter's text ---------------------------------------------------------------------

def story(content: BreachLetter) -> list[Flowable]:
    notice = content.notice
    lang = content.letter.head.lang
    styles = letter_styles()
    body = styles.body
    risk = word(lang, "high") if notice.risk is Risk.HIGH else word(lang, opening_key(notice))
    flowables: list[Flowable] = [
        Paragraph(markup(word(lang, "subject")), styles.heading),
        Paragraph(markup(word(lang, "greeting", name=content.name)), body),
        Paragraph(markup(word(lang, "intro", discovered=notice.discovered)), body),
        Paragraph(markup(risk), body)]
    flowables += _part(word(lang, "what"), notice.message)
    flowables += _part(word(lang, "data"), notice.data_categories)
    flowables += _part(word(lang, "consequences"), notice.consequences)
    flowables += _part(word(lang, "measures_taken"), notice.measures_taken)
    flowables += _part(word(lang, "measures_proposed"), notice.measures_proposed)
    flowables += _part(word(lang, "you"), f"{word(lang, 'you_text')}\n\n"
                                          f"{word(lang, 'complaint')}")
    flowables += _contacts(lang, notice)
    flowables.append(KeepTogether(_closing(content)))
    return flowables


def opening_key(notice: PersonNotice) -> str:
    """The sentence that opens a letter when the risk is not high, naming only the measures
    the letter has: taken, proposed, both or (none given) neither."""
    taken, proposed = bool(_paragraphs(notice.measures_taken)), bool(
        _paragraphs(notice.measures_proposed))
    if taken and proposed:
        return "not_high_both"
    if taken:
        return "not_high_taken"
    return "not_high_proposed" if proposed else "not_high"


def _paragraphs(text: str) -> list[str]:
    return [part.strip() for part in text.strip().split("\n\n") if part.strip()]


def _part(heading: str, text: str) -> list[Flowable]:
    """A subheading and the text under it, the subheading kept with the first paragraph;
    nothing for an empty text."""
    parts = _paragraphs(text)
    if not parts:
        return []
    styles = letter_styles()
    lead = [Paragraph(markup(heading), styles.subheading), Paragraph(markup(parts[0]),
                                                                    styles.body)]
    return [KeepTogether(lead), *(Paragraph(markup(part), styles.body) for part in parts[1:])]


def contact_text(lang: str, contact: ContactPoint) -> str:
    """``Tietosuojavastaava`` / the role, then the name and the details, one a line."""
    role = word(lang, "dpo") if contact.is_dpo else word(lang, "contact_person")
    details = (contact.name, contact.address, contact.email, contact.phone)
    return "\n".join((role, *(part for part in details if part.strip())))


def _contacts(lang: str, notice: PersonNotice) -> list[Flowable]:
    styles = letter_styles()
    flowables: list[Flowable] = [
        Paragraph(markup(word(lang, "contact")), styles.subheading),
        Paragraph(markup(word(lang, "contact_intro", reference=notice.reference)),
                  styles.body)]
    flowables += [Paragraph(markup(contact_text(lang, contact)), styles.body)
                  for contact in notice.contacts]
    return [KeepTogether(flowables)]


def _closing(content: BreachLetter) -> list[Flowable]:
    lang = content.letter.head.lang
    body = letter_styles().body
    lines = [line for line in content.signature if line.strip()]
    closing: list[Flowable] = [Paragraph(markup(word(lang, "sorry")), body),
                               Paragraph(markup(word(lang, "closing")), body),
                               Spacer(0, 4 * mm)]
    if lines:
        closing.append(Paragraph(markup("\n".join(lines)), body))
    return closing


# --- the pages of many letters -----------------------------------------------------------

class _LetterStart(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Takes no room; tells the canvas that letter ``index`` starts on this page."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.letter_index = self.index


class _LettersCanvas(HeldPagesCanvas):
    """Holds back its pages, each with the index of its letter, then draws the furniture of
    each page with that letter's page count."""

    def __init__(self, *args: Any, letters: Sequence[Letter], **kwargs: Any) -> None:
        super().__init__(*args, on_date=letters[0].head.on_date, **kwargs)
        self._letters = list(letters)
        self.letter_index = 0
        """Set by ``_LetterStart`` on the page where a letter starts; held with each page."""

    def finish_page(self, number: int, total: int) -> None:
        owners = [int(state["letter_index"]) for state in self._held_pages]
        owner = owners[number - 1]
        draw_furniture(self, self._letters[owner], owners[:number].count(owner),
                       owners.count(owner))
