"""The authority's notification of a personal-data breach (GDPR Art. 33(3)) as an A4 PDF.

In Finnish: the supervisory authority (Tietosuojavaltuutetun toimisto) has an
online form of its own; this draft prepares every fact it asks for, to copy into
it and to keep in the controller's file. Input is a ``BreachReport`` (plain data,
``domain.breach_report``); output is the bytes of the PDF, dated the draft's day.

Sections: the controller and the breach's reference; the times (when it happened,
when it was discovered, the 72-hour deadline and the notification, all in Helsinki
time as ``27.3.2027 klo 22.00``) with the reasons for the delay when the
notification is late (Art. 33(1)); the items of Art. 33(3)(a)–(d) under their own
headings; the risk assessment with its reasons and who made it when; whether the
persons are told (Art. 34); the dated additions (phased notification, Art. 33(4)).
Every page has a footer with the title, the reference and the page as ``2 (3)``.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from functools import partial
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kasve_desktop.documents.breach_notification_words import RISKS, word
from kasve_desktop.documents.fonts import register_fonts
from kasve_desktop.documents.pdf_dates import date_document
from kasve_desktop.documents.styles import (
    BODY_SIZE,
    BOTTOM_MARGIN,
    FOOTER_BASELINE,
    FOOTER_SIZE,
    LEFT_MARGIN,
    MUTED_COLOUR,
    PAGE_SIZE,
    RIGHT_MARGIN,
    RULE_COLOUR,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    TOP_MARGIN,
    document_styles,
    markup,
)
from kasve_desktop.domain.breach_clock import Risk
from kasve_desktop.domain.breach_report import Addition, BreachReport, ContactPoint

CREATOR = "Kasve Desktop"
LABEL_WIDTH = 62 * mm
Row = tuple[str, str]


def moment_text(moment: dt.datetime) -> str:
    """``27.3.2027 klo 22.00``: a moment as Finnish documents write it (as given, its zone
    Helsinki's)."""
    return f"{moment.day}.{moment.month}.{moment.year} klo {moment.hour:02d}.{moment.minute:02d}"


def date_text(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def count_text(count: int | None) -> str:
    """``noin 1 200``, or ``ei tiedossa``."""
    if count is None:
        return word("unknown")
    return word("about", count=f"{count:,}".replace(",", " "))


def breach_notification_pdf(report: BreachReport) -> bytes:
    """The notification as the bytes of an A4 PDF with the DejaVu fonts embedded."""
    buffer = io.BytesIO()
    frame = Frame(LEFT_MARGIN, BOTTOM_MARGIN, TEXT_WIDTH, TEXT_HEIGHT, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document = BaseDocTemplate(
        buffer, pagesize=PAGE_SIZE, pageTemplates=[PageTemplate("page", [frame])],
        leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN, topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=f"{word('title')} {report.reference}",
        author=report.controller.name, creator=CREATOR, lang="fi", invariant=1,
        initialFontName=register_fonts().regular, initialFontSize=BODY_SIZE)
    footer = " · ".join((word("title"), report.reference))
    document.build(story(report), canvasmaker=partial(_NumberedCanvas, footer=footer,
                                                      on_date=report.draft_date))
    return buffer.getvalue()


def story(report: BreachReport) -> list[Flowable]:
    flowables = _header(report)
    flowables += _section(word("controller"), _controller_rows(report))
    flowables += _times(report)
    flowables += _nature(report)
    flowables += _section(word("contact"), _contact_rows(report.contacts))
    flowables += _text_section(word("consequences"), report.consequences)
    flowables += _measures(report)
    flowables += _section(word("assessment"), _assessment_rows(report))
    flowables += _section(word("persons"), _persons_rows(report))
    flowables += _additions(report.additions)
    return flowables


def _header(report: BreachReport) -> list[Flowable]:
    styles = document_styles()
    lines = [word("to_authority"), word("legal"),
             word("draft", date=date_text(report.draft_date), reference=report.reference)]
    flowables: list[Flowable] = [Paragraph(markup(word("title")), styles.title)]
    flowables += [Paragraph(markup(line), styles.lead) for line in lines]
    if report.title.strip():
        flowables.append(Paragraph(markup(report.title), styles.subheading))
    flowables.append(Paragraph(markup(word("purpose")), styles.note))
    return flowables


# --- the building blocks -----------------------------------------------------------------

def _rows_table(rows: Sequence[Row]) -> Table:
    styles = document_styles()
    data = [[Paragraph(markup(label), styles.label), Paragraph(markup(value or "–"),
                                                                 styles.value)]
            for label, value in rows]
    table = Table(data, colWidths=[LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE_COLOUR),
    ]))
    return table


def _heading(text: str) -> Paragraph:
    return Paragraph(markup(text), document_styles().heading)


def _section(heading: str, rows: Sequence[Row]) -> list[Flowable]:
    """A heading kept with its table of short facts."""
    return [KeepTogether([_heading(heading), _rows_table(rows)])]


def _texts(label: str, text: str) -> tuple[list[Flowable], list[Flowable]]:
    """A subheading and a text as typed: the subheading with the first paragraph (to be
    kept together, with a section heading if one leads), then the other paragraphs."""
    styles = document_styles()
    parts = [part for part in text.strip().split("\n\n") if part.strip()] or ["–"]
    lead = [Paragraph(markup(label), styles.subheading), Paragraph(markup(parts[0]), styles.body)]
    return lead, [Paragraph(markup(part), styles.body) for part in parts[1:]]


def _text_section(heading: str, text: str) -> list[Flowable]:
    styles = document_styles()
    parts = [part for part in text.strip().split("\n\n") if part.strip()] or ["–"]
    return [KeepTogether([_heading(heading), Paragraph(markup(parts[0]), styles.body)]),
            *(Paragraph(markup(part), styles.body) for part in parts[1:])]


def _led(heading: str | None, texts: tuple[list[Flowable], list[Flowable]]) -> list[Flowable]:
    lead, rest = texts
    return [KeepTogether([_heading(heading), *lead] if heading else lead), *rest]


# --- the sections ------------------------------------------------------------------------

def _controller_rows(report: BreachReport) -> list[Row]:
    controller = report.controller
    rows = [(word("name"), controller.name), (word("business_id"), controller.business_id),
            (word("address"), controller.address), (word("email"), controller.email),
            (word("phone"), controller.phone)]
    rows = [row for row in rows if row[1].strip()]
    rows.append((word("reference"), report.reference))
    if report.authority_reference.strip():
        rows.append((word("authority_reference"), report.authority_reference))
    return rows


def _times(report: BreachReport) -> list[Flowable]:
    times = report.times
    happened = moment_text(times.happened_at) if times.happened_at else word(
        "happened_unknown")
    rows = [(word("happened"), happened)]
    if times.happened_note.strip():
        rows.append((word("happened_note"), times.happened_note))
    rows += [(word("discovered"), moment_text(times.discovered_at)),
             (word("notify_by"), moment_text(times.notify_by)),
             (word("notified"), moment_text(times.authority_notified_at)
              if times.authority_notified_at else word("not_notified"))]
    flowables = _section(word("times"), rows)
    if times.late:
        late = word("late_made") if times.authority_notified_at else word("late")
        flowables += [Spacer(0, 2 * mm), Paragraph(markup(late), document_styles().body)]
        flowables += _led(None, _texts(word("delay"), times.delay_reasons))
    return flowables


def _nature(report: BreachReport) -> list[Flowable]:
    nature = report.nature
    rows = [(word("person_categories"), nature.person_categories or word("not_recorded")),
            (word("persons_count"), count_text(nature.persons_count)),
            (word("data_categories"), nature.data_categories or word("not_recorded")),
            (word("records_count"), count_text(nature.records_count)),
            (word("registers"), "\n".join(nature.registers) or word("not_recorded"))]
    return [*_led(word("nature"), _texts(word("what"), nature.description)), _rows_table(rows)]


def _contact_rows(contacts: Sequence[ContactPoint]) -> list[Row]:
    rows: list[Row] = []
    for contact in contacts:
        details = [contact.name, contact.address, contact.email, contact.phone]
        label = word("dpo") if contact.is_dpo else word("contact_person")
        rows.append((label, "\n".join(part for part in details if part.strip())))
    return rows


def _measures(report: BreachReport) -> list[Flowable]:
    taken = _texts(word("measures_taken"), report.measures_taken or word("none_taken"))
    proposed = _texts(word("measures_proposed"),
                      report.measures_proposed or word("none_proposed"))
    return [*_led(word("measures"), taken), *_led(None, proposed)]


def _assessment_rows(report: BreachReport) -> list[Row]:
    assessment = report.assessment
    decided = word("not_recorded")
    if assessment.decided_by.strip() and assessment.decided_at is not None:
        decided = word("decided_on", name=assessment.decided_by,
                       time=moment_text(assessment.decided_at))
    elif assessment.decided_by.strip():
        decided = assessment.decided_by
    return [(word("risk"), RISKS[assessment.risk]),
            (word("risk_reasons"), assessment.reasons or word("not_recorded")),
            (word("decided"), decided)]


def _persons_rows(report: BreachReport) -> list[Row]:
    persons = report.persons
    if persons.told_at is not None:
        rows = [(word("persons_told"), moment_text(persons.told_at))]
    elif report.assessment.risk is Risk.HIGH:
        rows = [(word("persons_told"), word("persons_pending"))]
    else:
        rows = [(word("persons_told"), word("persons_not_required"))]
    if persons.not_told_reason.strip():
        rows.append((word("persons_not_told"), persons.not_told_reason))
    return rows


def _additions(additions: Sequence[Addition]) -> list[Flowable]:
    styles = document_styles()
    if not additions:
        return [KeepTogether([_heading(word("additions")),
                              Paragraph(markup(word("no_additions")), styles.body)])]
    flowables: list[Flowable] = []
    for index, addition in enumerate(additions):
        texts = _texts(moment_text(addition.at), addition.text)
        flowables += _led(word("additions") if index == 0 else None, texts)
    return flowables


# --- the page footer ---------------------------------------------------------------------

class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds back its pages until it knows how many there are; each gets the footer
    "<title · reference>  …  <page> (<pages>)"."""

    def __init__(self, *args: Any, footer: str, on_date: dt.date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held_pages: list[dict[str, Any]] = []
        date_document(self, on_date)

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(f"{number} ({total})")
            super().showPage()
        super().save()

    def _draw_footer(self, page_number: str) -> None:
        font = register_fonts().regular
        right = PAGE_SIZE[0] - RIGHT_MARGIN
        room = right - LEFT_MARGIN - stringWidth(page_number, font, FOOTER_SIZE) - 8 * mm
        text = self._footer
        while text and stringWidth(text, font, FOOTER_SIZE) > room:
            text = text[:-1]
        self.saveState()
        self.setStrokeColor(RULE_COLOUR)
        self.setLineWidth(0.5)
        self.line(LEFT_MARGIN, FOOTER_BASELINE + 9, right, FOOTER_BASELINE + 9)
        self.setFont(font, FOOTER_SIZE)
        self.setFillColor(MUTED_COLOUR)
        self.drawString(LEFT_MARGIN, FOOTER_BASELINE, text)
        self.drawRightString(right, FOOTER_BASELINE, page_number)
        self.restoreState()
