"""The authority's notification of a personal-data breach (GDPR Art. 33(3)) as an A4 PDF.

In Finnish: the supervisory authority (Tietosuojavaltuutetun toimisto) has an
online form of its own; this draft prepares every fact it asks for, to copy into
it and to keep in the controller's file. Input is a ``BreachReport`` (plain data,
``domain.breach_report``); output is the bytes of the PDF, dated the day it is printed.
The header calls it a draft (``Luonnos 2.12.2026``) until the notification is recorded,
then says when it was notified and the authority's diary number, with the print date
(``status_lines``).

Sections: the controller and the breach's reference; the times (when it happened,
when it was discovered, the 72-hour deadline and the notification, all in Helsinki
time as ``27.3.2027 klo 22.00``) with the reasons for the delay when the
notification is late (Art. 33(1)); the items of Art. 33(3)(a)–(d) under their own
headings; the risk assessment with its reasons and who made it when (no risk, yet
notified: that the notification was voluntary, with no deadline); whether the persons
are told (Art. 34), or why not when an exception of Art. 34(3) is recorded; the dated
additions (phased notification, Art. 33(4)). Moments and dates are written by
``i18n.display_datetime`` and ``i18n.letter_date`` in Finnish.
Every page has a footer with the title, the reference and the page as ``2 (3)``.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from functools import partial

from reportlab.lib.units import mm
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
from kasve_desktop.documents.page_numbers import NumberedCanvas
from kasve_desktop.documents.styles import (
    BODY_SIZE,
    BOTTOM_MARGIN,
    LEFT_MARGIN,
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
from kasve_desktop.i18n import display_datetime, letter_date

CREATOR = "Kasve Desktop"
LANG = "fi"
"""The authority's form is in Finnish; so is the draft."""
LABEL_WIDTH = 62 * mm
Row = tuple[str, str]


def moment_text(moment: dt.datetime) -> str:
    """``27.3.2027 klo 22.00``: a moment as Finnish documents write it, in its own zone
    (Helsinki's), by the codebase's formatter."""
    return display_datetime(moment, LANG)


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
        author=report.controller.name, creator=CREATOR, lang=LANG, invariant=1,
        initialFontName=register_fonts().regular, initialFontSize=BODY_SIZE)
    footer = " · ".join((word("title"), report.reference))
    document.build(story(report), canvasmaker=partial(NumberedCanvas, footer=footer,
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


def status_lines(report: BreachReport) -> list[str]:
    """``Luonnos 2.12.2026 · Viite …`` until the notification is recorded; then when it
    was made (and the authority's diary number), and the day it is printed."""
    date = letter_date(report.draft_date, LANG)
    notified = report.times.authority_notified_at
    if notified is None:
        return [word("draft", date=date, reference=report.reference)]
    made = [word("notified_on", time=moment_text(notified))]
    if report.authority_reference.strip():
        made.append(word("diary_number", number=report.authority_reference.strip()))
    return [" · ".join(made), word("printed", date=date, reference=report.reference)]


def _header(report: BreachReport) -> list[Flowable]:
    styles = document_styles()
    lines = [word("to_authority"), word("legal"), *status_lines(report)]
    flowables: list[Flowable] = [Paragraph(markup(word("title")), styles.title)]
    flowables += [Paragraph(markup(line), styles.lead) for line in lines]
    if report.title.strip():
        flowables.append(Paragraph(markup(report.title), styles.subheading))
    purpose = "purpose" if report.times.authority_notified_at is None else "purpose_notified"
    flowables.append(Paragraph(markup(word(purpose)), styles.note))
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
    deadline = moment_text(times.notify_by) if report.assessment.risk is not Risk.NONE \
        else word("no_deadline")
    rows += [(word("discovered"), moment_text(times.discovered_at)),
             (word("notify_by"), deadline),
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
    return [(word("risk"), _risk_text(report)),
            (word("risk_reasons"), assessment.reasons or word("not_recorded")),
            (word("decided"), decided)]


def _risk_text(report: BreachReport) -> str:
    """The assessed risk; for no risk with a notification made anyway, that it was
    voluntary (Art. 33(1) asks for none)."""
    risk = report.assessment.risk
    if risk is Risk.NONE and report.times.authority_notified_at is not None:
        return word("voluntary")
    return RISKS[risk]


def _persons_rows(report: BreachReport) -> list[Row]:
    """When the persons were told; else why not: high risk with a reason recorded is an
    exception of Art. 34(3), high risk without one is still to be told."""
    persons = report.persons
    reason = persons.not_told_reason.strip()
    if persons.told_at is not None:
        told = moment_text(persons.told_at)
    elif report.assessment.risk is Risk.HIGH:
        told = word("persons_exempt") if reason else word("persons_pending")
    else:
        told = word("persons_not_required")
    rows = [(word("persons_told"), told)]
    if reason:
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
