"""Items (a)–(h) of the access report for each register the person is in, written about
this person: no general "may contain" lists, no references to the notice's sections.

(a) the purposes that apply to their entry, each with its legal basis and, for a
legitimate interest, the interest pursued as the register describes it: the purposes
on the entry's own basis, on a consent in force for the register, and those on a basis
that does not rest on the person (a legal obligation, a legitimate interest, a public
task); where the entry records no basis, or no purpose matches it, the register's
purposes as such. Of these, only the purposes that concern data held about the person
(``domain.data_relevance``; all of them if none does). The entry's recorded basis is
said as recorded, and that the other purposes listed rest on their own bases.
(b) the categories of their data actually held (``categories``). (c) the recipients of
their data by name and the transfers (``recipients``). (d) the retention rule and their
deletion date (``domain.retention``), a category kept for another period with its own
date. (e) the rights that the bases give them, and the objection to direct marketing at
any time where the register markets directly (the notice's rule), (f) the complaint, (g) the source
recorded with their entry (a source typed in Finnish marked in a Swedish or English
letter), (h) automated decisions.

A register that cannot be described truthfully refuses the report
(``AccessReportError``): one with no purposes, no retention rule or text, or automated
decisions whose logic is not described.
"""

from __future__ import annotations

from kasve_desktop.documents.access_model import (
    Lines,
    Marked,
    Part,
    RegisterPart,
    ReportBlock,
    ReportItem,
)
from kasve_desktop.documents.access_words import ITEM_HEADINGS, ITEM_KEYS
from kasve_desktop.domain.data_relevance import purpose_concerns
from kasve_desktop.domain.notice import (
    SOURCE_LANGUAGE,
    Bullets,
    ItemFacts,
    Paragraph,
    RegisterFacts,
    Texts,
)
from kasve_desktop.domain.notice_compose import markets_directly
from kasve_desktop.domain.notice_vocabulary import DataCategory, vocabulary
from kasve_desktop.domain.notice_words import LEGAL_BASES
from kasve_desktop.domain.retention import RetentionAnchor, RetentionRule
from kasve_desktop.domain.text_language import written_in_finnish
from kasve_desktop.domain.vocabulary import LegalBasis, RegisterItemKind
from kasve_desktop.i18n import N_
from kasve_desktop.services.answers.access_report.categories import (
    CODES,
    category_name,
    other_lines,
    relevant_held,
    shown_categories,
)
from kasve_desktop.services.answers.access_report.compose import Context
from kasve_desktop.services.answers.access_report.data import EntryFacts, Holdings
from kasve_desktop.services.answers.access_report.errors import AccessReportError
from kasve_desktop.services.answers.access_report.recipients import (
    recipient_blocks,
    register_name,
)

B = LegalBasis
NOT_THE_PERSONS = {B.LEGAL_OBLIGATION, B.LEGITIMATE_INTERESTS, B.PUBLIC_TASK}
"""Bases that apply to everyone in the register, whatever the person agreed to."""
NO_PURPOSES = N_("The register {register} lists no purposes: the access report must tell the "
                 "person why their data are processed (GDPR Art. 15(1)(a)). Add the purposes "
                 "in the register.")
NO_RETENTION = N_("The register {register} has no retention period: the access report must "
                  "tell the person how long their data are kept (GDPR Art. 15(1)(d)). Enter "
                  "the retention rule in the register.")
NO_LOGIC = N_("The register {register} uses automated decision-making, but its logic is not "
              "described: the access report must explain it (GDPR Art. 15(1)(h)). Describe it "
              "in the register.")


def _paragraphs(ctx: Context, texts: Texts) -> list[ReportBlock]:
    """A register's own text, paragraph by paragraph, marked where it is untranslated."""
    text, marked = ctx.free(texts)
    return [Marked(((part.strip(), marked),)) for part in text.split("\n\n") if part.strip()]


def _basis(ctx: Context, code: str) -> str:
    return LEGAL_BASES[ctx.lang].get(code, code)


# --- (a) purposes -------------------------------------------------------------------------

def applying_purposes(register: RegisterFacts, basis: str, consented: bool,
                      held: frozenset[DataCategory]) -> tuple[list[ItemFacts], bool]:
    """The purposes that apply to an entry on ``basis`` and concern the categories
    ``held``, and whether they could be told apart by basis from the register's others
    (else the register's purposes that concern ``held``)."""
    purposes = register.items_of(RegisterItemKind.PURPOSE)
    if not purposes:
        raise AccessReportError(NO_PURPOSES, register=register_name(register))
    own = [p for p in purposes if p.legal_basis in (None, basis) or p.legal_basis in
           NOT_THE_PERSONS or (consented and p.legal_basis == B.CONSENT)] if basis else []
    chosen = own or purposes
    concerning = [p for p in chosen if purpose_concerns(p.category, held)]
    return concerning or chosen, bool(own)


def _purpose(ctx: Context, item: ItemFacts) -> Marked:
    parts: list[Part] = ctx.item(item)
    if not item.legal_basis:
        return Marked((*parts, (ctx.w("purpose_no_basis"), False)))
    parts.append((ctx.w("purpose_basis", basis=_basis(ctx, item.legal_basis)), False))
    if item.legal_basis == B.LEGITIMATE_INTERESTS:
        interest = ctx.free(item.legitimate_interest)
        parts += ([(ctx.w("purpose_interest"), False), interest] if interest[0]
                  else [(ctx.w("purpose_no_interest"), False)])
    return Marked(tuple(parts))


def _entry_basis(ctx: Context, entry: EntryFacts, purposes: list[ItemFacts]) -> list[str]:
    """The basis recorded with the entry, and — when some purposes listed rest on another —
    that each of those has its own."""
    if not entry.legal_basis:
        return [ctx.w("entry_basis_missing")]
    said = [ctx.w("entry_basis", basis=_basis(ctx, entry.legal_basis))]
    if any(p.legal_basis and p.legal_basis != entry.legal_basis for p in purposes):
        said.append(ctx.w("entry_basis_others"))
    return said


def _purposes(ctx: Context, entry: EntryFacts, purposes: list[ItemFacts],
              own: bool) -> list[ReportBlock]:
    lead = ctx.w("purposes_yours" if own else "purposes_register")
    blocks: list[ReportBlock] = [Paragraph(" ".join(_entry_basis(ctx, entry, purposes))),
                                 Paragraph(lead),
                                 Lines(tuple(_purpose(ctx, item) for item in purposes))]
    if any(p.legal_basis == B.LEGITIMATE_INTERESTS and ctx.free(p.legitimate_interest)[0]
           for p in purposes):
        blocks.append(Paragraph(ctx.w("interest_is_registers")))
    return blocks


# --- (b) categories, (d) storage -------------------------------------------------------------

def _categories(ctx: Context, held: Holdings, entry: EntryFacts,
                shown: list[str]) -> list[ReportBlock]:
    lines = [*shown, *other_lines(ctx, held, entry)]
    if not lines:
        return [Paragraph(ctx.w("categories_none"))]
    return [Paragraph(ctx.w("categories_intro")), Bullets(tuple(lines))]


def _anchor(code: str, default: str) -> RetentionAnchor:
    values = {a.value for a in RetentionAnchor}
    return RetentionAnchor(code if code in values else default if default in values
                           else RetentionAnchor.LAST_NEEDED)


def _due(ctx: Context, entry: EntryFacts) -> str:
    register, months = entry.register, entry.register.retention_months
    collected = _anchor(register.retention_anchor, "") is RetentionAnchor.COLLECTED
    if entry.kept_until is not None:  # the register's rule has run out
        return ctx.w("due_kept_longer")
    if entry.due_on is None:
        return ctx.w("due_no_collected" if collected else "due_open", months=months)
    anchor = entry.collected_on if collected else entry.last_needed_on
    return ctx.w("due_collected" if collected else "due_last_needed",
                 date=ctx.date(entry.due_on), months=months,
                 anchor=ctx.date(anchor) if anchor else "")


def _category_rule(ctx: Context, entry: EntryFacts, item: ItemFacts) -> str:
    months = item.retention_months or 0
    anchor = _anchor(item.retention_anchor, entry.register.retention_anchor)
    due = RetentionRule(months, anchor).due(entry.collected_on, entry.last_needed_on)
    which = ("due" if due else "open", "collected" if anchor is RetentionAnchor.COLLECTED
             else "last_needed")
    return ctx.w("category_{}_{}".format(*which), category=category_name(
        CODES[item.category], ctx.lang), months=months, date=ctx.date(due) if due else "")


def _category_rules(ctx: Context, entry: EntryFacts, shown: set[str]) -> list[ReportBlock]:
    """The categories held about the person that are kept for a period of their own."""
    register = entry.register
    rule = (register.retention_months, _anchor(register.retention_anchor, ""))
    lines = [_category_rule(ctx, entry, item)
             for item in register.items_of(RegisterItemKind.DATA_CATEGORY)
             if item.retention_months and item.category in shown
             and (item.retention_months, _anchor(item.retention_anchor,
                                                 register.retention_anchor)) != rule]
    return [Paragraph(ctx.w("category_rules")), Bullets(tuple(lines))] if lines else []


def _storage(ctx: Context, entry: EntryFacts, shown: set[str]) -> list[ReportBlock]:
    register = entry.register
    if entry.legal_hold:
        return [Paragraph(ctx.w("held")), *_paragraphs(ctx, entry.legal_hold_text)]
    if register.retention_months:
        blocks: list[ReportBlock] = [Paragraph(_due(ctx, entry))]
    elif ctx.free(register.retention_text)[0]:
        blocks = _paragraphs(ctx, register.retention_text)
    else:
        raise AccessReportError(NO_RETENTION, register=register_name(register))
    return blocks + _category_rules(ctx, entry, shown)


# --- (e) rights, (f) complaint, (g) source, (h) automated decisions -------------------------

def _rights(ctx: Context, register: RegisterFacts, bases: set[str]) -> list[ReportBlock]:
    """The rights the bases give, and — for a register that markets directly, by the
    notice's own rule — the objection to direct marketing at any time (Art. 21(2)–(3))."""
    keys = ["rights_entry"]
    keys += ["rights_consent"] if B.CONSENT in bases else []
    keys += ["rights_portability"] if bases & {B.CONSENT, B.CONTRACT} else []
    keys += ["rights_object"] if B.LEGITIMATE_INTERESTS in bases else []
    keys += ["rights_object_public"] if B.PUBLIC_TASK in bases else []
    keys += ["rights_object_marketing"] if markets_directly(register) else []
    return [Paragraph(" ".join(ctx.w(key) for key in keys))]


def _is_public(entry: EntryFacts) -> bool:
    """Whether the entry's source is one the register lists as public (by its text or its
    vocabulary name, in any language)."""
    wanted = entry.source.strip().casefold()
    for item in entry.register.items_of(RegisterItemKind.SOURCE):
        names = [*item.text.values(), *vocabulary(item.kind).get(item.category, {}).values()]
        if item.is_public and wanted in {name.strip().casefold() for name in names}:
            return True
    return False


def _source(ctx: Context, entry: EntryFacts) -> list[ReportBlock]:
    """The source recorded with the entry, quoted as recorded: a source typed in Finnish is
    marked in a letter in another language (``domain.text_language``)."""
    source = entry.source.strip()
    if not source:
        return [Paragraph(ctx.w("source_missing"))]
    typed: Part = (source, ctx.lang != SOURCE_LANGUAGE and written_in_finnish(source))
    parts = (ctx.around("entry_source_on", "source", [typed], date=ctx.date(entry.collected_on))
             if entry.collected_on else ctx.around("entry_source", "source", [typed]))
    if _is_public(entry):
        parts.append((f" {ctx.w('source_public')}", False))
    return [Marked(tuple(parts))]


def _automated(ctx: Context, register: RegisterFacts) -> list[ReportBlock]:
    if not register.automated_decisions:
        return [Paragraph(ctx.w("no_automated_here"))]
    described = _paragraphs(ctx, register.automated_text)
    if not described:
        raise AccessReportError(NO_LOGIC, register=register_name(register))
    return described


# --- the whole part -----------------------------------------------------------------------

def _part(ctx: Context, held: Holdings, entry: EntryFacts, shown: list[str],
          codes: set[str]) -> RegisterPart:
    register = entry.register
    consented = any(c.register_key == register.key and c.withdrawn_at is None
                    for c in held.consents)
    concerned = relevant_held(held, entry)
    purposes, own = applying_purposes(register, entry.legal_basis, consented, concerned)
    bases = {p.legal_basis for p in purposes if p.legal_basis} | (
        {entry.legal_basis} if entry.legal_basis else set())
    blocks: dict[str, list[ReportBlock]] = {
        "a": _purposes(ctx, entry, purposes, own), "b": _categories(ctx, held, entry, shown),
        "c": recipient_blocks(ctx, register, concerned), "d": _storage(ctx, entry, codes),
        "e": _rights(ctx, register, bases),
        "f": [Paragraph(ctx.w("complaint_here", authority=ctx.authority.name))],
        "g": _source(ctx, entry), "h": _automated(ctx, register)}
    name, untranslated = part_name(ctx, register)
    return RegisterPart(name, tuple(ReportItem(key, heading, tuple(blocks[key])) for key, heading
                                    in zip(ITEM_KEYS, ITEM_HEADINGS[ctx.lang], strict=True)),
                        untranslated)


def part_name(ctx: Context, register: RegisterFacts) -> Part:
    name, untranslated = ctx.free(register.name)
    return (name, untranslated) if name else (register.key, False)


def register_parts(ctx: Context, held: Holdings) -> tuple[RegisterPart, ...]:
    """Items (a)–(h) for every register the person is in, in the registers' order."""
    shown = shown_categories(held)
    return tuple(_part(ctx, held, entry, [category_name(c, ctx.lang) for c in cats],
                       {c.value for c in cats})
                 for entry, cats in zip(held.entries, shown, strict=True))
