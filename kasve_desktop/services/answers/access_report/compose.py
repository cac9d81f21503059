"""The letter part of the access report around the registers: the cover letter, the
rights and the authority, other people's data, and the "no data held" letter.

``Context`` is what every part is written with: the letter's language and date, the
controller and how to reach it, the authority, the request answered. The parts per
register are ``register_part``'s, the recipients and transfers ``recipients``'.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from kasve_desktop.documents.access_model import Part, ReportBlock, Section
from kasve_desktop.documents.access_words import word
from kasve_desktop.domain.notice import (
    SOURCE_LANGUAGE,
    AuthorityContact,
    Bullets,
    ControllerFacts,
    Fields,
    ItemFacts,
    Paragraph,
    SubHeading,
    Texts,
)
from kasve_desktop.domain.notice_vocabulary import vocabulary
from kasve_desktop.domain.notice_words import WORDS
from kasve_desktop.i18n import letter_date
from kasve_desktop.services.answers.access_report.data import RequestFacts

RIGHTS = ("right_access", "right_rectify", "right_erase", "right_restrict", "right_port",
          "right_object")


@dataclass(frozen=True)
class Context:
    """What the letter says besides the person's data."""

    lang: str
    today: dt.date
    controller: ControllerFacts
    contact_name: str
    contact_line: str
    """How to reach the controller: the contact person's e-mail, or the controller's."""
    authority: AuthorityContact
    request: RequestFacts | None

    def w(self, key: str, **values: object) -> str:
        """The report's fixed text ``key`` in the letter's language."""
        return word(self.lang, key, **values)

    def around(self, key: str, hole: str, parts: Sequence[Part],
               **values: object) -> list[Part]:
        """The fixed text ``key`` with ``parts`` in the place of ``{hole}``, so that only
        those parts may be marked as untranslated."""
        before, _sep, after = self.w(key, **{hole: "\0"}, **values).partition("\0")
        return [(before, False), *parts, (after, False)]

    def date(self, day: dt.date) -> str:
        return letter_date(day, self.lang)

    def free(self, texts: Texts) -> Part:
        """A register's own text in the letter's language; else the Finnish one, marked
        as untranslated (the marker says "text in Finnish")."""
        own = texts.get(self.lang, "").strip()
        if own:
            return own, False
        finnish = texts.get(SOURCE_LANGUAGE, "").strip()
        if finnish:
            return finnish, self.lang != SOURCE_LANGUAGE
        return next((t.strip() for t in texts.values() if t.strip()), ""), False

    def item(self, item: ItemFacts, texts: Texts | None = None) -> list[Part]:
        """An item's name from the vocabulary (if coded), then its own text (``texts``, by
        default its ``text``): ``Laskutus ja kirjanpito: lisäksi perintä``."""
        coded = vocabulary(item.kind).get(item.category, {}).get(self.lang, "")
        own = self.free(item.text if texts is None else texts)
        if coded and own[0]:
            return [(f"{coded}: ", False), own]
        return [(coded, False)] if coded else [own] if own[0] else []


# --- rights, the authority, other people's data -------------------------------------------

def authority_block(ctx: Context) -> list[ReportBlock]:
    a, labels = ctx.authority, WORDS[ctx.lang]
    rows = ((labels["name"], a.name), (labels["visiting"], a.visiting),
            (labels["postal"], a.postal), (labels["switchboard"], a.phone),
            (labels["email"], a.email), (labels["web"], a.web))
    return [SubHeading(ctx.w("authority_heading")),
            Fields(tuple((label, value) for label, value in rows if value))]


def rights(ctx: Context, consent: bool) -> Section:
    """The rights in full, the withdrawal of consent where any processing rests on it."""
    keys = (*RIGHTS, "right_withdraw") if consent else RIGHTS
    blocks: list[ReportBlock] = [
        Paragraph(ctx.w("rights_intro")), Bullets(tuple(ctx.w(key) for key in keys)),
        Paragraph(ctx.w("rights_how", contact=ctx.contact_line)),
        Paragraph(ctx.w("complaint_all")), *authority_block(ctx)]
    return Section(ctx.w("rights_heading"), tuple(blocks))


def redaction_note(ctx: Context, count: int) -> Paragraph:
    return Paragraph(ctx.w("redaction", count=count, marker=ctx.w("redacted")))


def others_data(ctx: Context, withheld: int, inflection_checked: bool) -> Section | None:
    """What was withheld as other people's data, and — without Voikko — that inflected
    names may remain; None when there is nothing to say."""
    blocks: list[ReportBlock] = [redaction_note(ctx, withheld)] if withheld else []
    if not inflection_checked:
        blocks.append(Paragraph(ctx.w("inflection_note")))
    return Section(ctx.w("redaction_heading"), tuple(blocks)) if blocks else None


# --- the cover letter ---------------------------------------------------------------------

def _opening(ctx: Context) -> Paragraph:
    request = ctx.request
    if request is None:
        return Paragraph(ctx.w("asked"))
    return Paragraph(ctx.w("received", date=ctx.date(request.received_on),
                           reference=request.reference))


def _deadline(ctx: Context) -> list[ReportBlock]:
    request = ctx.request
    if request is None:
        return []
    due = ctx.date(request.due_on)
    if ctx.today > request.due_on:
        return [Paragraph(ctx.w("late", due=due))]
    if request.extended:
        notified = ctx.date(request.extended_on) if request.extended_on else "–"
        return [Paragraph(ctx.w("extended", due=due, on=notified,
                                reasons=request.extension_reason or "–"))]
    return [Paragraph(ctx.w("on_time", due=due))]


def cover(ctx: Context, contents: Sequence[str], withheld: int,
          extra_paragraph: str = "") -> tuple[ReportBlock, ...]:
    blocks: list[ReportBlock] = [_opening(ctx),
                                 Paragraph(ctx.w("confirm", controller=ctx.controller.name)),
                                 *_deadline(ctx)]
    if withheld:
        blocks.append(redaction_note(ctx, withheld))
    blocks += [Paragraph(ctx.w("contents")), Bullets(tuple(contents))]
    if extra_paragraph.strip():  # the contact person's own sentence, as written
        blocks.append(Paragraph(extra_paragraph.strip()))
    blocks.append(Paragraph(ctx.w("questions", contact=ctx.contact_line)))
    return tuple(blocks)


def signature(ctx: Context) -> tuple[str, ...]:
    return (ctx.w("closing"), "", ctx.contact_name, ctx.controller.name)
