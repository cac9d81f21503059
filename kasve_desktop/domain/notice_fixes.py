"""Corrections the completeness check offers: each turns a register's facts into better ones.

A ``Fix`` belongs to a flag or a missing item. A text fix rewrites the Finnish
texts at once (drop the repealed act, ask for no written form, call analytics
identifiers personal data, drop the open-ended purpose). A choice fix lists the
items that need a decision (the legal basis of each purpose, whether a data
category must be given, whether a source is public, a transfer's safeguard)
with a suggestion for each; the user confirms or changes them and applies all
at once. Fixes are pure: ``apply`` returns new facts, the form keeps the old
ones for undo until the user saves.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from kasve_desktop.domain.completeness import KNOWN_TRANSFERRING, CompletenessReport, Coverage
from kasve_desktop.domain.notice import REGISTER_TEXT_FIELDS, ItemFacts, RegisterFacts
from kasve_desktop.domain.notice_vocabulary import (
    RecipientRole,
    TransferMechanism,
    outside_eea,
)
from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.domain.vocabulary import RegisterItemKind as Kind
from kasve_desktop.i18n import N_

FI = "fi"
Rewrite = tuple[str, str]
"""A regular expression and its replacement in the Finnish texts."""

REPEALED_ACT: tuple[Rewrite, ...] = (
    (r"[Hh]enkilötietolain\s*\(523/(?:19)?99\)\s*\d+\s*§:n\s+ja\s+", ""),
    (r"henkilötietolain\s*(?:\(523/(?:19)?99\)\s*)?\d+\s*§:n\s+mukaisesti",
     "EU:n yleisen tietosuoja-asetuksen mukaisesti"),
    (r"[Hh]enkilötietola(?:ki|in)\s*\(523/(?:19)?99\)", "tietosuojalaki (1050/2018)"),
)
IN_WRITING: tuple[Rewrite, ...] = (
    (r"\btulee\s+(tehdä|lähettää|esittää)\s+kirjallisesti\b",
     r"voidaan \1 missä muodossa tahansa"),
    (r"\bon\s+(tehtävä|lähetettävä|esitettävä)\s+kirjallisesti\b",
     "voidaan tehdä missä muodossa tahansa"),
)
NON_PERSONAL: tuple[Rewrite, ...] = (
    (r"ei-henkilökohtai(?:sia|set|sten)\s+tie(?:dot|toja|tojen)", "henkilötietoja"),
    (r"ei-henkilökohtai\w*", "henkilötietoihin kuuluvia"),
)
NO_TRANSFER_SENTENCE = r"[^.\n]*\bei\b[^.\n]*(siirretä|luovuteta)[^.\n]*ulkopuolelle[^.\n]*\.\s*"
AND_OR_SENTENCE = r"[^.\n]*\bja/tai\b[^.\n]*\.\s*"
OPEN_PURPOSE = r"muut vastaavat (käyttö)?tarkoitukset"

BASIS_HINTS: tuple[tuple[str, LegalBasis], ...] = (
    (r"uutiskirje|sähköi\w* (suora)?markkin", LegalBasis.CONSENT),
    (r"markkin|tutkimu|analysoi|tilast|kehittä|profil", LegalBasis.LEGITIMATE_INTERESTS),
    (r"laskut|kirjanpi|verot", LegalBasis.LEGAL_OBLIGATION),
    (r"asiakassuhteen hoit|palvelun toteut|tilau|ilmoittau|käyttäj|varmenta|sopimu",
     LegalBasis.CONTRACT),
)
"""A first guess of a purpose's basis from its Finnish words; the user confirms it."""

DPF_PROCESSORS = ("Google", "Microsoft", "Meta", "Facebook", "Mailchimp", "HubSpot",
                  "Salesforce")
"""Processors known to be certified under the EU–US Data Privacy Framework."""


@dataclass(frozen=True)
class Choice:
    """One item that needs a decision: which item, what to show, and the suggestion."""

    index: int
    """The item's position in ``RegisterFacts.items``."""
    label: str
    field: str
    """``legal_basis``, ``required``, ``is_public`` or ``transfer_mechanism``."""
    suggestion: object


@dataclass(frozen=True)
class Fix:
    code: str
    """The flag's code or the item's letter it corrects."""
    title: str
    """What the fix does (msgid)."""
    rewrite: Callable[[RegisterFacts], RegisterFacts] | None = None
    choices: tuple[Choice, ...] = ()
    rewrites: tuple[Rewrite, ...] = ()
    """The text rewrites, also applied to the notice's opening words (``apply_intro``)."""

    def apply_intro(self, intro: dict[str, str]) -> dict[str, str]:
        """The notice's opening words with this fix's rewrites (unchanged if it has none)."""
        return _with_finnish(intro, lambda text: _rewrite(text, self.rewrites))

    def apply(self, register: RegisterFacts, chosen: dict[int, object] | None = None,
              interests: dict[int, str] | None = None) -> RegisterFacts:
        """The corrected facts; ``chosen`` maps a choice's item index to the value picked
        (the suggestions when not given), ``interests`` a purpose's index to the
        legitimate interest (in Finnish) where that is the basis chosen."""
        fixed = _copy(self.rewrite(register) if self.rewrite else register)
        picks = {c.index: c.suggestion for c in self.choices} | (chosen or {})
        fields = {c.index: c.field for c in self.choices}
        for index, value in picks.items():
            setattr(fixed.items[index], fields[index], value)
        for index, interest in (interests or {}).items():
            if interest.strip():
                item = fixed.items[index]
                item.legitimate_interest = {**item.legitimate_interest, FI: interest.strip()}
        return fixed


def _copy(register: RegisterFacts) -> RegisterFacts:
    return dataclasses.replace(register, items=[dataclasses.replace(i) for i in register.items])


def _rewritten(register: RegisterFacts, rewrites: tuple[Rewrite, ...],
               fields: tuple[str, ...] = REGISTER_TEXT_FIELDS) -> RegisterFacts:
    """Every Finnish text (register texts and item texts) with the rewrites applied."""
    def fix(text: str) -> str:
        return _rewrite(text, rewrites)

    fixed = _copy(register)
    for name in fields:
        setattr(fixed, name, _with_finnish(getattr(register, name), fix))
    for item in fixed.items:
        item.text = _with_finnish(item.text, fix)
    return fixed


def _rewrite(text: str, rewrites: tuple[Rewrite, ...]) -> str:
    for pattern, replacement in rewrites:
        text = re.sub(pattern, replacement, text)
    return re.sub(r"[ \t]{2,}", " ", text).strip() if rewrites else text


def _with_finnish(texts: dict[str, str], fix: Callable[[str], str]) -> dict[str, str]:
    if FI not in texts:
        return dict(texts)
    return {**texts, FI: fix(texts[FI])}


def _suggested_basis(item: ItemFacts) -> LegalBasis:
    text = item.text.get(FI, "").lower() + " " + item.category
    for pattern, basis in BASIS_HINTS:
        if re.search(pattern, text):
            return basis
    return LegalBasis.LEGITIMATE_INTERESTS


def _item_label(item: ItemFacts) -> str:
    return item.name or item.text.get(FI, "") or item.category


def _basis_choices(register: RegisterFacts) -> tuple[Choice, ...]:
    """Each purpose without a basis, but the open-ended one (its own fix drops it)."""
    return tuple(Choice(i, _item_label(item), "legal_basis", _suggested_basis(item).value)
                 for i, item in enumerate(register.items)
                 if item.kind == Kind.PURPOSE and not item.legal_basis
                 and not re.search(OPEN_PURPOSE, item.text.get(FI, "")))


def _without_and_or(register: RegisterFacts) -> RegisterFacts:
    texts = _with_finnish(register.purposes_text,
                          lambda text: re.sub(AND_OR_SENTENCE, "", text).strip())
    return dataclasses.replace(_copy(register), purposes_text=texts)


def _without_open_purpose(register: RegisterFacts) -> RegisterFacts:
    items = [dataclasses.replace(i) for i in register.items
             if not (i.kind == Kind.PURPOSE and re.search(OPEN_PURPOSE, i.text.get(FI, "")))]
    return dataclasses.replace(register, items=items)


def _known_processor(register: RegisterFacts) -> str | None:
    text = "\n".join(t.get(FI, "") for t in (register.sources_text, register.data_content_text,
                                             register.disclosures_text))
    names = [i.name for i in register.items_of(Kind.RECIPIENT)] + [text]
    for known in KNOWN_TRANSFERRING:
        if any(re.search(rf"\b{re.escape(known)}\b", name) for name in names):
            return known
    return None


def _with_transfer(register: RegisterFacts) -> RegisterFacts:
    """The named processor as a recipient in the USA under its safeguard; the sentence
    that denied transfers goes (the notice derives the statement from the recipients)."""
    fixed = _copy(register)
    fixed.transfers_text = _with_finnish(
        fixed.transfers_text, lambda text: re.sub(NO_TRANSFER_SENTENCE, "", text).strip())
    fixed.disclosures_text = _with_finnish(
        fixed.disclosures_text, lambda text: re.sub(NO_TRANSFER_SENTENCE, "", text).strip())
    known = _known_processor(register)
    if known is None:
        return fixed
    mechanism = TransferMechanism.DPF if any(p in known for p in DPF_PROCESSORS) \
        else TransferMechanism.SCC
    for item in fixed.items_of(Kind.RECIPIENT):
        if known in item.name:
            item.role = item.role or RecipientRole.PROCESSOR.value
            if not outside_eea(item.country):
                item.country = "US"
            item.transfer_mechanism = item.transfer_mechanism or mechanism.value
            return fixed
    fixed.items.append(ItemFacts(Kind.RECIPIENT.value, name=known,
                                 role=RecipientRole.PROCESSOR.value, category="web-analytics",
                                 country="US", transfer_mechanism=mechanism.value))
    return fixed


def _non_personal(register: RegisterFacts) -> RegisterFacts:
    return _with_transfer(_rewritten(register, NON_PERSONAL))


def _choices_of(register: RegisterFacts, kind: str, field: str,
                suggest: Callable[[ItemFacts], object]) -> tuple[Choice, ...]:
    return tuple(Choice(i, _item_label(item), field, suggest(item))
                 for i, item in enumerate(register.items)
                 if item.kind == kind and getattr(item, field) in (None, ""))


def _mechanism_choices(register: RegisterFacts) -> tuple[Choice, ...]:
    return tuple(Choice(i, _item_label(item), "transfer_mechanism",
                        TransferMechanism.DPF.value if any(k in item.name for k in DPF_PROCESSORS)
                        else TransferMechanism.SCC.value)
                 for i, item in enumerate(register.items)
                 if item.kind == Kind.RECIPIENT and item.outside_eea
                 and not item.transfer_mechanism and not item.safeguard.get(FI))


def fixes(register: RegisterFacts, report: CompletenessReport) -> list[Fix]:
    """The corrections offered for ``report``'s flags and missing items, in that order."""
    offered: list[Fix] = []
    codes = {flag.code for flag in report.flags}
    for code, title, rewrite in FLAG_FIXES:
        if code in codes:
            choices = _basis_choices(_without_and_or(register)) if code == "and-or-basis" \
                else ()
            offered.append(Fix(code, title, rewrite, choices, INTRO_REWRITES.get(code, ())))
    missing = {item.code for item in report.items if item.coverage is Coverage.MISSING}
    for code, title, make in ITEM_FIXES:
        choices = make(register)
        if code in missing and choices and not any(f.choices == choices for f in offered):
            offered.append(Fix(code, title, None, choices))
    return offered


FLAG_FIXES: tuple[tuple[str, str, Callable[[RegisterFacts], RegisterFacts]], ...] = (
    ("repealed-act", N_("Drop the references to the repealed Personal Data Act"),
     lambda r: _rewritten(r, REPEALED_ACT)),
    ("in-writing", N_("Allow requests in any form instead of in writing"),
     lambda r: _rewritten(r, IN_WRITING)),
    ("non-personal", N_("Treat analytics identifiers as personal data and add the transfer"),
     _non_personal),
    ("transfer-claim", N_("Drop the claim of no transfers and record the transfer"),
     _with_transfer),
    ("and-or-basis", N_("Replace the “and/or” sentence with a basis for each purpose"),
     _without_and_or),
    ("open-purpose", N_("Drop the open-ended “other similar purposes”"), _without_open_purpose),
)

INTRO_REWRITES: dict[str, tuple[Rewrite, ...]] = {
    "repealed-act": REPEALED_ACT, "in-writing": IN_WRITING, "non-personal": NON_PERSONAL}

def _interest_choices(register: RegisterFacts) -> tuple[Choice, ...]:
    """Purposes based on legitimate interests that do not say what the interest is."""
    return tuple(Choice(i, _item_label(item), "legal_basis", item.legal_basis)
                 for i, item in enumerate(register.items)
                 if item.kind == Kind.PURPOSE
                 and item.legal_basis == LegalBasis.LEGITIMATE_INTERESTS
                 and not item.legitimate_interest.get(FI, "").strip())


ITEM_FIXES: tuple[tuple[str, str, Callable[[RegisterFacts], tuple[Choice, ...]]], ...] = (
    ("C", N_("Choose the legal basis of each purpose"), _basis_choices),
    ("D", N_("Say what the legitimate interest of each purpose is"), _interest_choices),
    ("L", N_("Say whether each category of data must be given"),
     lambda r: _choices_of(r, Kind.DATA_CATEGORY, "required", lambda _i: False)),
    ("M", N_("Say whether each source is public"),
     lambda r: _choices_of(r, Kind.SOURCE, "is_public", lambda _i: False)),
    ("G", N_("Choose the safeguard of each transfer"), _mechanism_choices),
)
