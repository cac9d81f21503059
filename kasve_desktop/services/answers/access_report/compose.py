"""The letter part of the access report: cover, items (a)–(h) per register, rights.

Items (a), (b), (c), (d), (g) and (h) reuse the privacy notice's composer
(``domain.notice_compose``) on a one-register notice, so a register's texts,
legal bases, named recipients (third-country ones called out with their
safeguard) and the "not used" sentence for automated decisions read exactly as
in the notice; to each the report adds what is true of this person: the legal
basis of their entry, their deletion-due date, where their data came from.
An item that says the same as in a register above is not repeated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from kasve_desktop.documents.access_model import AccessReport, RegisterPart, ReportItem, Section
from kasve_desktop.documents.access_words import ITEM_HEADINGS, ITEM_KEYS, word
from kasve_desktop.domain.notice import (
    AuthorityContact,
    Block,
    Bullets,
    ControllerFacts,
    Fields,
    NoticeFacts,
    Paragraph,
    SubHeading,
)
from kasve_desktop.domain.notice_compose import compose
from kasve_desktop.domain.notice_words import LEGAL_BASES, WORDS
from kasve_desktop.domain.vocabulary import RegisterItemKind
from kasve_desktop.i18n import letter_date
from kasve_desktop.services.answers.access_report.copy import pick
from kasve_desktop.services.answers.access_report.data import EntryFacts, RequestFacts
from kasve_desktop.services.answers.letters.parts import country_name

NOTICE_SECTIONS = {"a": 4, "b": 5, "g": 6, "c": 7, "d": 9, "h": 11}
"""Which section of a composed notice feeds which item."""
RIGHTS = ("right_access", "right_rectify", "right_erase", "right_restrict", "right_port",
          "right_object", "right_withdraw")


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


def _w(ctx: Context, key: str, **values: object) -> str:
    return word(ctx.lang, key, **values)


# --- items (a)–(h) ----------------------------------------------------------------------

def _notice_blocks(ctx: Context, entry: EntryFacts) -> dict[str, tuple[Block, ...]]:
    facts = NoticeFacts(ctx.controller, None, (entry.register,), {ctx.lang: ctx.authority})
    sections = {s.number: s.blocks for s in compose(facts, ctx.lang, letter_date).sections}
    blocks = {key: sections[number] for key, number in NOTICE_SECTIONS.items()}
    blocks["e"] = (Paragraph(_w(ctx, "rights", section=_w(ctx, "rights_heading"))),)
    blocks["f"] = (Paragraph(_w(ctx, "complaint", authority=ctx.authority.name,
                                section=_w(ctx, "authority_heading"))),)
    return blocks


def _retention(ctx: Context, entry: EntryFacts) -> list[Block]:
    register = entry.register
    if entry.legal_hold:
        held: list[Block] = [Paragraph(_w(ctx, "held"))]
        text = pick(entry.legal_hold_text, ctx.lang)
        return held + ([Paragraph(text)] if text else [])
    if entry.due_on is not None:
        collected = register.retention_anchor == "collected"
        anchor = entry.collected_on if collected else entry.last_needed_on
        key = "due_collected" if collected else "due_last_needed"
        return [Paragraph(_w(ctx, key, date=letter_date(entry.due_on, ctx.lang),
                             months=register.retention_months,
                             anchor=letter_date(anchor, ctx.lang) if anchor else ""))]
    return [Paragraph(_w(ctx, "due_open"))] if register.retention_months else []


def _own(ctx: Context, entry: EntryFacts, entries_title: str) -> dict[str, list[Block]]:
    """What the report adds to each item for this person."""
    own: dict[str, list[Block]] = {key: [] for key in ITEM_KEYS}
    if entry.legal_basis:
        basis = LEGAL_BASES[ctx.lang].get(entry.legal_basis, entry.legal_basis)
        own["a"].append(Paragraph(_w(ctx, "entry_basis", basis=basis)))
    own["b"].append(Paragraph(_w(ctx, "entry_fields", section=entries_title)))
    own["d"] = _retention(ctx, entry)
    if entry.source:
        key, day = ("entry_source_on", entry.collected_on) if entry.collected_on else \
            ("entry_source", None)
        own["g"].append(Paragraph(_w(ctx, key, source=entry.source,
                                     date=letter_date(day, ctx.lang) if day else "")))
    return own


def register_parts(ctx: Context, entries: Sequence[EntryFacts],
                   entries_title: str) -> tuple[RegisterPart, ...]:
    """Items (a)–(h) for every register the person is in: first what is true of this
    person, then the register's own text — or, when a register above said the same,
    a pointer to it."""
    seen: dict[tuple[str, tuple[Block, ...]], str] = {}
    parts = []
    for entry in entries:
        name = pick(entry.register.name, ctx.lang) or entry.register.key
        general, own = _notice_blocks(ctx, entry), _own(ctx, entry, entries_title)
        items = []
        for key, heading in zip(ITEM_KEYS, ITEM_HEADINGS[ctx.lang], strict=True):
            blocks = general.get(key, ())
            earlier = seen.setdefault((key, blocks), name) if blocks else name
            if earlier != name:
                blocks = (Paragraph(_w(ctx, "same_rest" if own[key] else "same_as",
                                       name=earlier)),)
            items.append(ReportItem(key, heading, (*own[key], *blocks)))
        parts.append(RegisterPart(name, tuple(items)))
    return tuple(parts)


# --- transfers, rights, what was left out ------------------------------------------------

def transfers(ctx: Context, entries: Sequence[EntryFacts]) -> Section:
    """Art. 15(2): every recipient outside the EU/EEA with its safeguard."""
    lines: dict[str, None] = {}
    for entry in entries:
        register = pick(entry.register.name, ctx.lang) or entry.register.key
        for item in entry.register.items_of(RegisterItemKind.RECIPIENT):
            if item.outside_eea:
                safeguard = pick(item.safeguard, ctx.lang) or _w(ctx, "no_safeguard")
                name = item.name or pick(item.text, ctx.lang)
                country = country_name(item.country, ctx.lang) if item.country else "?"
                lines[_w(ctx, "transfer", name=name, country=country, register=register,
                         safeguard=safeguard)] = None
    blocks: list[Block] = ([Paragraph(_w(ctx, "transfers_intro")), Bullets(tuple(lines))]
                           if lines else [Paragraph(_w(ctx, "no_transfers"))])
    return Section(_w(ctx, "transfers_heading"), tuple(blocks))


def authority_block(ctx: Context) -> list[Block]:
    a, labels = ctx.authority, WORDS[ctx.lang]
    rows = ((labels["name"], a.name), (labels["visiting"], a.visiting),
            (labels["postal"], a.postal), (labels["switchboard"], a.phone),
            (labels["email"], a.email), (labels["web"], a.web))
    return [SubHeading(_w(ctx, "authority_heading")),
            Fields(tuple((label, value) for label, value in rows if value))]


def rights(ctx: Context) -> Section:
    blocks: list[Block] = [
        Paragraph(_w(ctx, "rights_intro")), Bullets(tuple(_w(ctx, key) for key in RIGHTS)),
        Paragraph(_w(ctx, "rights_how", contact=ctx.contact_line)),
        Paragraph(_w(ctx, "complaint_all")), *authority_block(ctx)]
    return Section(_w(ctx, "rights_heading"), tuple(blocks))


def redaction_note(ctx: Context, count: int) -> Paragraph:
    return Paragraph(_w(ctx, "redaction", count=count, marker=_w(ctx, "redacted")))


# --- the cover letter ---------------------------------------------------------------------

def _opening(ctx: Context) -> Paragraph:
    request = ctx.request
    if request is None:
        return Paragraph(_w(ctx, "asked"))
    return Paragraph(_w(ctx, "received", date=letter_date(request.received_on, ctx.lang),
                        reference=request.reference))


def _deadline(ctx: Context) -> list[Block]:
    request = ctx.request
    if request is None:
        return []
    due = letter_date(request.due_on, ctx.lang)
    if ctx.today > request.due_on:
        return [Paragraph(_w(ctx, "late", due=due))]
    if request.extended:
        notified = letter_date(request.extended_on, ctx.lang) if request.extended_on else "–"
        return [Paragraph(_w(ctx, "extended", due=due, on=notified,
                             reasons=request.extension_reason or "–"))]
    return [Paragraph(_w(ctx, "on_time", due=due))]


def cover(ctx: Context, contents: Sequence[str], withheld: int,
          extra_paragraph: str = "") -> tuple[Block, ...]:
    blocks: list[Block] = [_opening(ctx),
                           Paragraph(_w(ctx, "confirm", controller=ctx.controller.name)),
                           *_deadline(ctx)]
    if withheld:
        blocks.append(redaction_note(ctx, withheld))
    blocks += [Paragraph(_w(ctx, "contents")), Bullets(tuple(contents))]
    if extra_paragraph.strip():  # the contact person's own sentence, as written
        blocks.append(Paragraph(extra_paragraph.strip()))
    blocks.append(Paragraph(_w(ctx, "questions", contact=ctx.contact_line)))
    return tuple(blocks)


def signature(ctx: Context) -> tuple[str, ...]:
    return (_w(ctx, "closing"), "", ctx.contact_name, ctx.controller.name)


def no_data_report(ctx: Context, name: str, searched: str,
                   extra_paragraph: str = "") -> AccessReport:
    """The short letter for a person about whom nothing is held."""
    blocks: list[Block] = [
        _opening(ctx),
        Paragraph(_w(ctx, "no_data_confirm", controller=ctx.controller.name,
                     searched=searched)),
        *_deadline(ctx), Paragraph(_w(ctx, "no_data_other")),
        Paragraph(_w(ctx, "complaint_all")), *authority_block(ctx)]
    if extra_paragraph.strip():
        blocks.append(Paragraph(extra_paragraph.strip()))
    blocks.append(Paragraph(_w(ctx, "questions", contact=ctx.contact_line)))
    return AccessReport(ctx.lang, _w(ctx, "no_data_title"),
                        _w(ctx, "greeting", name=name).rstrip(), tuple(blocks), signature(ctx))
