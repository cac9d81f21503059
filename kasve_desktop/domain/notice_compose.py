"""Compose a privacy notice from the facts of the controller and its registers.

One notice may cover several registers (as Kasve's seed notice does) or one.
In each section, a text that every covered register shares is printed once;
texts that differ are printed per register under the register's name. Register
texts are printed word for word; what the application adds is the structure:
headings, field labels, legal bases, the authority's contact block and the
version line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kasve_desktop.domain.letter_templates import REQUEST_RECORD_YEARS
from kasve_desktop.domain.notice import (
    HEADINGS,
    SOURCE_LANGUAGE,
    TITLES,
    Address,
    Block,
    Bullets,
    ContactFacts,
    Fields,
    ItemFacts,
    Notice,
    NoticeFacts,
    Paragraph,
    RegisterFacts,
    Section,
    SubHeading,
    Texts,
)
from kasve_desktop.domain.notice_clauses import CLAUSES
from kasve_desktop.domain.notice_vocabulary import (
    RECIPIENT_ROLES,
    TRANSFER_MECHANISMS,
    RecipientRole,
    TransferMechanism,
    country_name,
    vocabulary,
)
from kasve_desktop.domain.notice_words import LEGAL_BASES, LEGAL_REFERENCES, WORDS
from kasve_desktop.domain.retention import RetentionAnchor
from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.domain.vocabulary import RegisterItemKind as Kind

MARKETING_PURPOSES = frozenset({"direct-marketing", "electronic-marketing"})

TextOf = Callable[[RegisterFacts], Texts]


@dataclass
class _Writer:
    """Picks texts in the notice's language and remembers what was untranslated."""

    lang: str

    def word(self, key: str, **values: object) -> str:
        return WORDS[self.lang][key].format(**values)

    def clause(self, key: str, **values: object) -> str:
        return CLAUSES[self.lang][key].format(**values)

    def pick(self, texts: Texts) -> tuple[str, bool]:
        """The text in this language, or the Finnish one marked untranslated."""
        own = texts.get(self.lang, "").strip()
        if own:
            return own, False
        finnish = texts.get(SOURCE_LANGUAGE, "").strip()
        if finnish and self.lang != SOURCE_LANGUAGE:
            return finnish, True
        return finnish, False

    def paragraphs(self, texts: Texts) -> list[Block]:
        """The text's paragraphs; a short line without closing punctuation is a sub-heading."""
        text, untranslated = self.pick(texts)
        return [SubHeading(part) if _is_heading(part) else Paragraph(part, untranslated)
                for part in _split(text)]

    def name(self, register: RegisterFacts) -> str:
        return self.pick(register.name)[0] or register.key


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("\n\n") if part.strip()]


def _is_heading(part: str) -> bool:
    return "\n" not in part and len(part) <= 60 and part[-1] not in ".:;!?,)"


def _with_list(prose: list[Block], listed: list[Block]) -> list[Block]:
    """The list after the paragraph that announces it (ends with a colon), else at the end."""
    for index, block in enumerate(prose):
        if isinstance(block, Paragraph) and block.text.endswith(":"):
            return [*prose[:index + 1], *listed, *prose[index + 1:]]
    return [*prose, *listed]


def _address(address: Address) -> str:
    return address.one_line()


def _field_rows(pairs: Sequence[tuple[str, str]]) -> Fields:
    return Fields(tuple((label, value) for label, value in pairs if value))


def _controller(facts: NoticeFacts, w: _Writer) -> list[Block]:
    c = facts.controller
    blocks: list[Block] = [_field_rows([
        (w.word("name"), c.name), (w.word("business_id"), c.business_id),
        (w.word("address"), _address(c.address)), (w.word("email"), c.email),
        (w.word("phone"), c.phone), (w.word("website"), c.website)])]
    if c.subsidiaries:
        blocks.append(_field_rows([(w.word("subsidiaries"), ", ".join(c.subsidiaries))]))
    return blocks


def _person(person: ContactFacts, w: _Writer) -> Fields:
    return _field_rows([
        (w.word("name"), person.name), (w.word("address"), _address(person.address)),
        (w.word("email"), person.email), (w.word("phone"), person.phone)])


def _contacts(facts: NoticeFacts, w: _Writer) -> list[Block]:
    blocks: list[Block] = [_person(facts.contact, w)] if facts.contact else []
    if facts.dpo:
        blocks += [SubHeading(w.word("dpo")), _person(facts.dpo, w)]
    return blocks


def _names(registers: Sequence[RegisterFacts], w: _Writer) -> list[Block]:
    picked = [w.pick(r.name) for r in registers]
    names = tuple(text or r.key for (text, _u), r in zip(picked, registers, strict=True))
    untranslated = any(u for _t, u in picked)
    blocks: list[Block] = [Bullets(names, untranslated) if len(names) > 1
                           else Paragraph(names[0], untranslated)]
    return blocks + _shared(registers, lambda r: r.description, w)


def _per_register(registers: Sequence[RegisterFacts],
                  build: Callable[[RegisterFacts], list[Block]], w: _Writer) -> list[Block]:
    """What every register says alike, once; otherwise each distinct text under the
    names of the registers that say it."""
    groups: dict[tuple[Block, ...], list[str]] = {}
    for register in registers:
        groups.setdefault(tuple(build(register)), []).append(w.name(register))
    if len(groups) == 1:
        return list(next(iter(groups)))
    blocks: list[Block] = []
    for content, names in groups.items():
        if content:
            blocks += [SubHeading(", ".join(names)), *content]
    return blocks


def _shared(registers: Sequence[RegisterFacts], text_of: TextOf, w: _Writer) -> list[Block]:
    return _per_register(registers, lambda r: w.paragraphs(text_of(r)), w)


def _item_name(item: ItemFacts, w: _Writer) -> tuple[str, bool]:
    """The item's vocabulary name (if coded) and its free text, in the notice's language."""
    coded = vocabulary(item.kind).get(item.category, {}).get(w.lang, "")
    text, untranslated = w.pick(item.text) if item.kind != Kind.RECIPIENT else ("", False)
    return (f"{coded}: {text}" if coded and text else coded or text), untranslated


def _free(texts: Texts, w: _Writer, marks: list[bool]) -> str:
    text, untranslated = w.pick(texts)
    if text:
        marks.append(untranslated)
    return text


def _purpose_line(item: ItemFacts, w: _Writer) -> tuple[str, bool]:
    name, untranslated = _item_name(item, w)
    marks = [untranslated]
    parts = [name]
    if item.legal_basis:
        basis = LEGAL_BASES[w.lang].get(item.legal_basis, item.legal_basis)
        parts.append(w.clause("basis", basis=basis))
        interest = _free(item.legitimate_interest, w, marks)
        if interest and item.legal_basis == LegalBasis.LEGITIMATE_INTERESTS:
            parts.append(w.clause("interest", interest=interest))
    return " — ".join(p for p in parts if p), any(marks)


def _category_line(item: ItemFacts, w: _Writer) -> tuple[str, bool]:
    name, untranslated = _item_name(item, w)
    marks = [untranslated]
    parts = [name]
    if item.required is not None:
        consequence = _free(item.consequence, w, marks)
        parts.append(w.clause("required_reason", consequence=consequence)
                     if item.required and consequence
                     else w.clause("required" if item.required else "voluntary"))
    return " — ".join(p for p in parts if p), any(marks)


def _source_line(item: ItemFacts, w: _Writer) -> tuple[str, bool]:
    name, untranslated = _item_name(item, w)
    extra = [w.clause("public_source")] if item.is_public else []
    return " — ".join([name, *extra]) if name else "", untranslated


def _recipient_line(item: ItemFacts, w: _Writer) -> tuple[str, bool]:
    marks: list[bool] = []
    service = vocabulary(Kind.RECIPIENT).get(item.category, {}).get(w.lang, "")
    described = _free(item.text, w, marks)
    role = RECIPIENT_ROLES.get(RecipientRole(item.role), {}).get(w.lang, "") \
        if item.role in set(RecipientRole) else ""
    what = ", ".join(p for p in (service, described) if p)
    country = country_name(item.country, w.lang) if item.country else ""
    head = item.name or what
    details = [p for p in (role, what if item.name else "", country) if p]
    line = f"{head} ({', '.join(details)})" if details and head else head
    return line, any(marks)


LINES: dict[str, Callable[[ItemFacts, _Writer], tuple[str, bool]]] = {
    Kind.PURPOSE: _purpose_line, Kind.DATA_CATEGORY: _category_line,
    Kind.SOURCE: _source_line, Kind.RECIPIENT: _recipient_line,
}


def _item_line(item: ItemFacts, w: _Writer) -> tuple[str, bool]:
    line = LINES.get(item.kind)
    return line(item, w) if line else _item_name(item, w)


def _items(register: RegisterFacts, kind: str, w: _Writer) -> list[Block]:
    """One register's list items of one kind, as a bulleted list."""
    lines: dict[str, bool] = {}
    for item in register.items_of(kind):
        line, untranslated = _item_line(item, w)
        if line:
            lines.setdefault(line, untranslated)
    if not lines:
        return []
    return [Bullets(tuple(lines), untranslated=any(lines.values()))]


def _bases(register: RegisterFacts) -> set[str]:
    return {p.legal_basis for p in register.items_of(Kind.PURPOSE) if p.legal_basis}


def _purposes_of(register: RegisterFacts, w: _Writer) -> list[Block]:
    return _with_list(w.paragraphs(register.purposes_text), _items(register, Kind.PURPOSE, w))


def _request_heading(registers: Sequence[RegisterFacts], w: _Writer) -> SubHeading:
    """The request record's heading, naming every register when the notice covers several
    (it follows the last register's block, and is not part of it)."""
    return SubHeading(w.clause("request_records_heading_all" if len(registers) > 1
                               else "request_records_heading"))


def _basis(basis: str, w: _Writer, also: str = "") -> str:
    """``oikeusperuste: …`` with the basis's citation, and ``also`` cited inside it."""
    named = LEGAL_BASES[w.lang][basis]
    return w.clause("basis", basis=f"{named[:-1]}; {also})" if also else named)


def _shared_purposes(registers: Sequence[RegisterFacts], w: _Writer) -> list[Block]:
    """What the product itself does with data, once for the whole notice: the record of
    data-protection requests, and, where a register markets directly, the suppression
    list that outlives an erasure (Art. 13(1)(c): each with its purpose and basis)."""
    request = " — ".join([w.clause("request_purpose"), _basis(
        LegalBasis.LEGAL_OBLIGATION, w, w.clause("request_obligation"))])
    blocks: list[Block] = [_request_heading(registers, w), Paragraph(f"{request}.")]
    if any(markets_directly(r) for r in registers):
        suppression = " — ".join([
            w.clause("suppression_purpose"), _basis(LegalBasis.LEGITIMATE_INTERESTS, w),
            w.clause("interest", interest=w.clause("suppression_interest"))])
        blocks += [SubHeading(w.clause("suppression_heading")), Paragraph(f"{suppression}.")]
    return blocks


def _purposes(registers: Sequence[RegisterFacts], w: _Writer) -> list[Block]:
    return [*_per_register(registers, lambda r: _purposes_of(r, w), w),
            *_shared_purposes(registers, w)]


def _data_of(register: RegisterFacts, w: _Writer) -> list[Block]:
    """Whose data (with its lead-in), then which data, after the register's own words."""
    subjects = _items(register, Kind.SUBJECT_CATEGORY, w)
    data = _items(register, Kind.DATA_CATEGORY, w)
    blocks: list[Block] = [Paragraph(w.clause("subjects_lead")), *subjects] if subjects else []
    prose = w.paragraphs(register.data_content_text)
    if data and not any(isinstance(b, Paragraph) and b.text.endswith(":") for b in prose):
        prose.append(Paragraph(w.clause("data_lead")))
    return blocks + _with_list(prose, data)


def _data(registers: Sequence[RegisterFacts], w: _Writer) -> list[Block]:
    return _per_register(registers, lambda r: _data_of(r, w), w)


def _sources(registers: Sequence[RegisterFacts], w: _Writer) -> list[Block]:
    return _per_register(registers, lambda r: _with_list(
        w.paragraphs(r.sources_text), _items(r, Kind.SOURCE, w)), w)


def _transfers_of(register: RegisterFacts, w: _Writer) -> list[Block]:
    """The transfer statement, derived from the recipients: it never denies a listed one."""
    outside = [r for r in register.items_of(Kind.RECIPIENT) if r.outside_eea]
    if not outside:
        return [Paragraph(w.clause("no_transfers"))]
    blocks: list[Block] = []
    for item in outside:
        names = TRANSFER_MECHANISMS.get(TransferMechanism(item.transfer_mechanism), {}) \
            if item.transfer_mechanism in set(TransferMechanism) else {}
        free, untranslated = w.pick(item.safeguard)
        mechanism = names.get(w.lang) or free or "—"
        blocks.append(Paragraph(w.clause(
            "transfer", name=item.name or w.pick(item.text)[0],
            country=country_name(item.country, w.lang), mechanism=mechanism),
            untranslated and not names))
    return [*blocks, Paragraph(w.clause("transfer_copy"))]


def _recipients_of(register: RegisterFacts, w: _Writer) -> list[Block]:
    listed = _with_list(w.paragraphs(register.disclosures_text),
                        _items(register, Kind.RECIPIENT, w))
    return listed + _transfers_of(register, w) + w.paragraphs(register.transfers_text)


def _recipients(registers: Sequence[RegisterFacts], w: _Writer) -> list[Block]:
    return _per_register(registers, lambda r: _recipients_of(r, w), w)


def _security_of(register: RegisterFacts, w: _Writer) -> list[Block]:
    blocks = w.paragraphs(register.security_text) + _items(register, Kind.SECURITY, w)
    for key, texts in (("manual", register.security_manual),
                       ("electronic", register.security_electronic)):
        own = w.paragraphs(texts)
        if own:
            blocks += [SubHeading(w.word(key)), *own]
    return blocks


def _security(registers: Sequence[RegisterFacts], w: _Writer) -> list[Block]:
    return _per_register(registers, lambda r: _security_of(r, w), w)


def _rule(months: int, anchor: str, w: _Writer) -> str:
    key = "rule_collected" if anchor == RetentionAnchor.COLLECTED else "rule_last_needed"
    return w.clause(key, months=months)


def _retention_of(register: RegisterFacts, w: _Writer) -> list[Block]:
    """The register's rule for its data, and each other rule with the categories it keeps."""
    own = (register.retention_months, register.retention_anchor)
    groups: dict[tuple[int, str], list[str]] = {}
    for item in register.items_of(Kind.DATA_CATEGORY):
        rule = (item.retention_months, item.retention_anchor or register.retention_anchor)
        if item.retention_months and rule != own:
            coded = vocabulary(Kind.DATA_CATEGORY).get(item.category, {}).get(w.lang)
            groups.setdefault((item.retention_months, rule[1]), []).append(
                coded or _item_name(item, w)[0])
    lines = [w.clause("retention_category", category=", ".join(names),
                      rule=_rule(months, anchor, w))
             for (months, anchor), names in groups.items()]
    if register.retention_months:
        rest = _rule(register.retention_months, register.retention_anchor, w)
        lines.append(w.clause("retention_rest", rule=rest) if lines
                     else w.clause("retention_all", rule=rest))
    listed: list[Block] = [Bullets(tuple(lines))] if len(lines) > 1 else \
        [Paragraph(line) for line in lines]
    return w.paragraphs(register.retention_text) + listed


def _retention(registers: Sequence[RegisterFacts], w: _Writer) -> list[Block]:
    """Each register's rules, then, under a heading of its own (it is true of every
    register, not of the last one printed), how long the record of a data-subject request
    is kept (the letters say the same)."""
    return [*_per_register(registers, lambda r: _retention_of(r, w), w),
            _request_heading(registers, w),
            Paragraph(w.clause("request_records", years=REQUEST_RECORD_YEARS))]


def markets_directly(register: RegisterFacts) -> bool:
    purposes = register.items_of(Kind.PURPOSE)
    return any(p.category in MARKETING_PURPOSES or "markkin" in p.text.get("fi", "").lower()
               for p in purposes)


def _rights_clauses(registers: Sequence[RegisterFacts], w: _Writer) -> list[Block]:
    """The product's clauses, once for the whole notice: each says when it applies, so a
    clause printed because one register needs it stays true for the others."""
    bases = set().union(*(_bases(r) for r in registers))
    rights = ["right_access", "right_rectification", "right_erasure", "right_restriction"]
    if bases & {LegalBasis.CONSENT, LegalBasis.CONTRACT}:
        rights.append("right_portability")
    blocks: list[Block] = [Paragraph(w.clause("rights_intro")),
                           Bullets(tuple(w.clause(r) for r in rights)),
                           Paragraph(w.clause("answer_time"))]
    objection = [w.clause("objection")] if bases & {
        LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.PUBLIC_TASK} else []
    if any(markets_directly(r) for r in registers):
        objection.append(w.clause("objection_marketing"))
    if objection:
        blocks += [SubHeading(w.clause("objection_heading")),
                   *(Paragraph(text) for text in objection)]
    if LegalBasis.CONSENT in bases:
        blocks += [SubHeading(w.clause("withdrawal_heading")), Paragraph(w.clause("withdrawal"))]
    return blocks


def _rights(facts: NoticeFacts, registers: Sequence[RegisterFacts], w: _Writer) -> list[Block]:
    blocks = _rights_clauses(registers, w) + _shared(registers, lambda r: r.rights_text, w)
    authority = facts.authority.get(w.lang) or facts.authority[SOURCE_LANGUAGE]
    contact = _field_rows([
        (w.word("name"), authority.name), (w.word("visiting"), authority.visiting),
        (w.word("postal"), authority.postal), (w.word("switchboard"), authority.phone),
        (w.word("email"), authority.email), (w.word("web"), authority.web)])
    return [*blocks, SubHeading(w.clause("complaint_heading")),
            Paragraph(w.clause("complaint")), contact]


def _automated(registers: Sequence[RegisterFacts], w: _Writer) -> list[Block]:
    return _per_register(registers, lambda r: w.paragraphs(r.automated_text)
                         if r.automated_decisions else [Paragraph(w.word("no_automated"))], w)


def _changes(facts: NoticeFacts, registers: Sequence[RegisterFacts], w: _Writer,
             date_text: str) -> list[Block]:
    blocks = [Paragraph(w.clause("changes")), *_shared(registers, lambda r: r.changes_text, w)]
    if facts.version is None:
        return [*blocks, Paragraph(w.word("unpublished"))]
    return [*blocks, Paragraph(w.word("updated", date=date_text, number=facts.version))]


def _version_label(facts: NoticeFacts, w: _Writer, date_text: str) -> str:
    if facts.version is None:
        return w.word("draft")
    return w.word("version", number=facts.version, date=date_text)


def compose(facts: NoticeFacts, lang: str,
            format_date: Callable[[dt.date, str], str]) -> Notice:
    """The notice in ``lang`` (fi, sv or en) covering ``facts.registers``."""
    if not facts.registers:
        raise ValueError("a notice covers at least one register")
    w = _Writer(lang)
    regs = facts.registers
    date_text = format_date(facts.effective_date, lang) if facts.effective_date else ""
    intro = w.paragraphs(facts.intro)
    bodies: list[list[Block]] = [
        _controller(facts, w), _contacts(facts, w), _names(regs, w), _purposes(regs, w),
        _data(regs, w), _sources(regs, w), _recipients(regs, w), _security(regs, w),
        _retention(regs, w), _rights(facts, regs, w), _automated(regs, w),
        _changes(facts, regs, w, date_text)]
    sections = tuple(Section(number, heading, tuple(body)) for number, (heading, body)
                     in enumerate(zip(HEADINGS[lang], bodies, strict=True), start=1))
    return Notice(lang=lang, title=TITLES[lang], legal_references=LEGAL_REFERENCES[lang],
                  sections=sections, intro=tuple(intro), version=facts.version,
                  effective_date=facts.effective_date,
                  version_label=_version_label(facts, w, date_text),
                  untranslated=_untranslated(intro, sections, w),
                  untranslated_marker=w.word("untranslated"))


def _untranslated(intro: list[Block], sections: Sequence[Section], w: _Writer) -> tuple[str, ...]:
    """The parts of the notice that print Finnish text for lack of a translation."""
    def marked(blocks: Sequence[Block]) -> bool:
        return any(isinstance(b, Paragraph | Bullets) and b.untranslated for b in blocks)

    parts = [w.word("introduction")] if marked(intro) else []
    return tuple(parts + [s.title for s in sections if marked(s.blocks)])
