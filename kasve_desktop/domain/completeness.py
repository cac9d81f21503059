"""The completeness check of a register's notice against GDPR Art. 13/14 items A–N.

Each item is covered, missing, or does not apply to this register, with a short
detail. Beside them, flags point at statements that were right once or never
were (privacy-notice.md): the repealed Personal Data Act, a demand that requests
be made in writing, data called non-personal while it includes IP addresses,
and "no transfers" next to a processor known to transfer. The check reads the
Finnish texts, the reference language. Messages are untranslated (``N_``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from kasve_desktop.domain.notice import ContactFacts, ControllerFacts, ItemFacts, RegisterFacts
from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.domain.vocabulary import RegisterItemKind as Kind
from kasve_desktop.i18n import N_

FI = "fi"
UNKNOWN_COUNTRY = "ZZ"
KNOWN_TRANSFERRING = ("Google Analytics", "Google", "Mailchimp", "Facebook", "Meta",
                      "HubSpot", "Salesforce", "Microsoft")


class Coverage(StrEnum):
    COVERED = "covered"
    MISSING = "missing"
    NOT_APPLICABLE = "not-applicable"


TRANSLATED_PARAMS = frozenset({"rights"})
"""Parameters whose value is a list of messages, each translated on its own."""


def _message(text: str, params: tuple[tuple[str, str], ...],
             translate: Callable[[str], str]) -> str:
    if not text:
        return ""
    values = {key: ", ".join(translate(part) for part in value.split(", "))
              if key in TRANSLATED_PARAMS else value for key, value in params}
    return translate(text).format(**values)


@dataclass(frozen=True)
class ItemStatus:
    code: str
    label: str
    articles: str
    coverage: Coverage
    detail: str = ""
    detail_params: tuple[tuple[str, str], ...] = ()

    def message(self, translate: Callable[[str], str]) -> str:
        """The detail in the user's language (``translate`` is ``_``)."""
        return _message(self.detail, self.detail_params, translate)


@dataclass(frozen=True)
class Flag:
    code: str
    reason: str
    excerpt: str
    params: tuple[tuple[str, str], ...] = ()

    def message(self, translate: Callable[[str], str]) -> str:
        return _message(self.reason, self.params, translate)


@dataclass(frozen=True)
class CompletenessReport:
    register_key: str
    items: tuple[ItemStatus, ...]
    flags: tuple[Flag, ...]

    @property
    def missing(self) -> tuple[ItemStatus, ...]:
        return tuple(i for i in self.items if i.coverage is Coverage.MISSING)

    def item(self, code: str) -> ItemStatus:
        return next(i for i in self.items if i.code == code)


@dataclass(frozen=True)
class _Context:
    controller: ControllerFacts
    contact: ContactFacts | None
    dpo: ContactFacts | None
    register: RegisterFacts

    def text(self, *names: str) -> str:
        return "\n".join(getattr(self.register, n).get(FI, "") for n in names)

    def all_text(self) -> str:
        names = ("purposes_text", "data_content_text", "sources_text", "disclosures_text",
                 "transfers_text", "security_text", "retention_text", "rights_text",
                 "automated_text", "changes_text", "description")
        items = "\n".join(i.text.get(FI, "") + " " + i.name for i in self.register.items)
        return self.text(*names) + "\n" + items


Check = Callable[[_Context], tuple[Coverage, str, tuple[tuple[str, str], ...]]]
OK: tuple[Coverage, str, tuple[tuple[str, str], ...]] = (Coverage.COVERED, "", ())


def _missing(detail: str, **params: object) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    return Coverage.MISSING, detail, tuple((k, str(v)) for k, v in params.items())


NA: tuple[Coverage, str, tuple[tuple[str, str], ...]] = (Coverage.NOT_APPLICABLE, "", ())


def _a(c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    ctrl = c.controller
    if ctrl.name and (ctrl.address.street or ctrl.email):
        return OK
    return _missing(N_("The controller's name and address or e-mail are needed."))


def _b(c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    if c.dpo is None:
        return NA
    return OK if c.dpo.email or c.dpo.address.street else _missing(
        N_("The data protection officer has no contact details."))


def _c(c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    purposes = c.register.items_of(Kind.PURPOSE)
    if not purposes:
        return _missing(N_("No purposes are listed."))
    lacking = sum(1 for p in purposes if not p.legal_basis)
    return OK if not lacking else _missing(
        N_("Purposes without a legal basis: {count} of {total}."), count=lacking,
        total=len(purposes))


def _d(c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    interests = [p for p in c.register.items_of(Kind.PURPOSE)
                 if p.legal_basis == LegalBasis.LEGITIMATE_INTERESTS]
    if not interests:
        return NA
    lacking = sum(1 for p in interests if not p.legitimate_interest.get(FI, "").strip())
    return OK if not lacking else _missing(
        N_("Purposes based on legitimate interests that do not say what the interest "
           "is: {count}."),
        count=lacking)


def _e(c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    has = c.register.items_of(Kind.DATA_CATEGORY) or c.text("data_content_text").strip()
    return OK if has else _missing(N_("The categories of personal data are not described."))


def _f(c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    recipients = c.register.items_of(Kind.RECIPIENT)
    if not recipients and not c.text("disclosures_text").strip():
        return _missing(N_("No recipients or categories of recipients are given."))
    if not any(r.name for r in recipients):
        return _missing(N_("No recipient or processor is named."))
    return OK


def _g(c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    """The transfer statement is generated from the recipients; each transfer needs its
    mechanism (or a safeguard in words) and a known country."""
    outside = [r for r in c.register.items_of(Kind.RECIPIENT) if r.outside_eea]
    unknown = [_recipient_name(r) for r in outside if r.country.upper() == UNKNOWN_COUNTRY]
    if unknown:
        return _missing(N_("The country of the recipient is not known: {names}."),
                        names=", ".join(unknown))
    lacking = [_recipient_name(r) for r in outside
               if not r.transfer_mechanism and not r.safeguard.get(FI)]
    return OK if not lacking else _missing(
        N_("No safeguard is given for the transfer to: {names}."), names=", ".join(lacking))


def _recipient_name(item: ItemFacts) -> str:
    return item.name or item.text.get(FI, "") or "?"


def _h(c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    if c.register.retention_months or c.text("retention_text").strip():
        return OK
    return _missing(N_("No storage period or criteria for it."))


RIGHTS = (("access", N_("access"), r"tarkast|pääsy|saada pääsy"),
          ("rectification", N_("rectification"), r"oikai"),
          ("erasure", N_("erasure"), r"poist"),
          ("restriction", N_("restriction"), r"rajoit"),
          ("objection", N_("objection"), r"vastust|kielto|kieltää"),
          ("portability", N_("portability"),
           r"siirt\w*(\s+\w+){0,3}\s+järjestelmä|siirrettävyy|siirto-oikeus"))


def missing_rights(text: str) -> list[str]:
    """The rights (untranslated names) that ``text`` does not mention."""
    return [label for _key, label, pattern in RIGHTS
            if not re.search(pattern, text, re.IGNORECASE)]


def _i(_c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    return OK  # the notice prints the rights as the product's own clauses


WITHDRAWAL = (r"peru(?!s)\w*(\s+\S+){0,4}\s+suostum|suostum\w*(\s+\S+){0,6}\s+peru(?!s)"
              r"|withdraw\w*(\s+\S+){0,3}\s+consent|återkall\w*(\s+\S+){0,3}\s+samtyck")


def _uses_consent(c: _Context) -> bool:
    bases = {p.legal_basis for p in c.register.items_of(Kind.PURPOSE)}
    return LegalBasis.CONSENT in bases or "suostumu" in c.text("purposes_text").lower()


def _j(c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    """The withdrawal clause is printed for a purpose based on consent; a text that speaks
    of consent while no purpose rests on it leaves the clause out."""
    if not _uses_consent(c):
        return NA
    bases = {p.legal_basis for p in c.register.items_of(Kind.PURPOSE)}
    said = LegalBasis.CONSENT in bases or re.search(WITHDRAWAL, c.all_text(), re.IGNORECASE)
    return OK if said else _missing(
        N_("Consent is a basis, but the right to withdraw it at any time is not mentioned."))


def _k(_c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    return OK  # the notice always prints the authority's contact block (settings)


def _l(c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    categories = c.register.items_of(Kind.DATA_CATEGORY)
    if not categories:
        return _missing(N_("No data categories say whether giving them is required."))
    unknown = sum(1 for d in categories if d.required is None)
    no_consequence = sum(1 for d in categories if d.required and not d.consequence.get(FI))
    if unknown or no_consequence:
        return _missing(N_("Data categories that do not say whether they are required, or what "
                           "follows if they are not given: {count}."),
                        count=unknown + no_consequence)
    return OK


def _m(c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    sources = c.register.items_of(Kind.SOURCE)
    if not sources and not c.text("sources_text").strip():
        return _missing(N_("The sources of the data are not given."))
    unknown = sum(1 for s in sources if s.is_public is None)
    return OK if sources and not unknown else _missing(
        N_("Sources that do not say whether they are public: {count}."),
        count=unknown or len(sources) or 1)


def _n(c: _Context) -> tuple[Coverage, str, tuple[tuple[str, str], ...]]:
    """Not used: the product's sentence says so. Used: the logic, significance and
    consequences must be described."""
    if not c.register.automated_decisions or c.text("automated_text").strip():
        return OK
    return _missing(N_("Automated decisions are made, but their logic, significance and "
                       "consequences are not described."))


ITEMS: tuple[tuple[str, str, str, Check], ...] = (
    ("A", N_("Controller's identity and contact details"), "13(1)(a), 14(1)(a)", _a),
    ("B", N_("Data protection officer's contact details"), "13(1)(b), 14(1)(b)", _b),
    ("C", N_("Purposes and the legal basis of each"), "13(1)(c), 14(1)(c)", _c),
    ("D", N_("The legitimate interests pursued"), "13(1)(d), 14(2)(b)", _d),
    ("E", N_("Categories of personal data"), "14(1)(d)", _e),
    ("F", N_("Recipients and processors"), "13(1)(e), 14(1)(e)", _f),
    ("G", N_("Transfers outside the EU/EEA and their safeguards"), "13(1)(f), 14(1)(f)", _g),
    ("H", N_("Storage period or its criteria"), "13(2)(a), 14(2)(a)", _h),
    ("I", N_("The data subject's rights"), "13(2)(b), 14(2)(c)", _i),
    ("J", N_("Right to withdraw consent"), "13(2)(c), 14(2)(d)", _j),
    ("K", N_("Right to complain to the supervisory authority"), "13(2)(d), 14(2)(e)", _k),
    ("L", N_("Whether the data are required, and the consequences"), "13(2)(e)", _l),
    ("M", N_("Sources of the data, and whether public"), "14(2)(f)", _m),
    ("N", N_("Automated decision-making and profiling"), "13(2)(f), 14(2)(g)", _n),
)


def _sentences(text: str, pattern: str) -> Iterator[str]:
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if re.search(pattern, sentence, re.IGNORECASE):
            yield sentence.strip()


def _first(text: str, pattern: str) -> str | None:
    return next(_sentences(text, pattern), None)


def _flags(c: _Context, intro: str) -> list[Flag]:
    text = intro + "\n" + c.all_text()
    flags: list[Flag] = []
    if found := _first(text, r"henkilötietola(ki|in)|523/(19)?99"):
        flags.append(Flag("repealed-act", N_(
            "Refers to the repealed Personal Data Act (523/1999). The GDPR and the Data "
            "Protection Act (1050/2018) apply."), found))
    if found := _first(c.text("rights_text"), r"kirjallisesti"):
        flags.append(Flag("in-writing", N_(
            "Demands that requests be made in writing. The GDPR allows any form, and a request "
            "made electronically is answered electronically."), found))
    if (found := _first(text, r"ei-henkilökohtai")) and re.search(
            r"IP-osoit|laitteen tiedot", text, re.IGNORECASE):
        flags.append(Flag("non-personal", N_(
            "Calls data non-personal although it includes IP addresses or device details, "
            "which are personal data."), found))
    flags += _transfer_flags(c, text) + _purpose_flags(c) + _agreement_flags(c)
    return flags


def _transfer_flags(c: _Context, text: str) -> list[Flag]:
    claim = _first(c.text("transfers_text") + "\n" + c.text("disclosures_text"),
                   r"ei\b.*(siirretä|luovuteta).*ulkopuolelle")
    named = [n for n in KNOWN_TRANSFERRING if re.search(rf"\b{re.escape(n)}\b", text)]
    if claim and named:
        return [Flag("transfer-claim", N_(
            "Says that no data are transferred outside the EU/EEA, but names {processor}, "
            "which is known to transfer data to the United States."), claim,
            (("processor", named[0]),))]
    outside = [r for r in c.register.items_of(Kind.RECIPIENT) if r.outside_eea]
    if claim and outside:
        return [Flag("transfer-claim", N_(
            "Says that no data are transferred outside the EU/EEA, but {processor} is a "
            "recipient outside it."), claim, (("processor", _recipient_name(outside[0])),))]
    return []


def _purpose_flags(c: _Context) -> list[Flag]:
    flags: list[Flag] = []
    purposes = c.text("purposes_text") + "\n" + "\n".join(
        p.text.get(FI, "") for p in c.register.items_of(Kind.PURPOSE))
    if found := _first(purposes, r"muut vastaavat (käyttö)?tarkoitukset"):
        flags.append(Flag("open-purpose", N_(
            "Ends the purposes with an open-ended “other similar purposes”: every purpose must "
            "be stated, each with its legal basis."), found))
    if found := _first(c.text("purposes_text"), r"\bja/tai\b.*(peruste|suostum|sopimu|etu)"
                       r"|(peruste|suostum|sopimu|etu).*\bja/tai\b"):
        flags.append(Flag("and-or-basis", N_(
            "Gives one “and/or” sentence for the legal basis of every purpose: each purpose "
            "needs its own basis."), found))
    return flags


def _agreement_flags(c: _Context) -> list[Flag]:
    lacking = [_recipient_name(r) for r in c.register.items_of(Kind.RECIPIENT)
               if r.is_processor and r.agreement_date is None]
    if not lacking:
        return []
    return [Flag("no-agreement", N_(
        "No date of the data-processing agreement (Art. 28(3)) is recorded for: {names}."),
        ", ".join(lacking), (("names", ", ".join(lacking)),))]


def check_register(controller: ControllerFacts, contact: ContactFacts | None,
                   dpo: ContactFacts | None, register: RegisterFacts,
                   intro: str = "") -> CompletenessReport:
    """Items A–N and the flags for one register's part of the notice."""
    context = _Context(controller, contact, dpo, register)
    items = []
    for code, label, articles, check in ITEMS:
        coverage, detail, params = check(context)
        items.append(ItemStatus(code, label, articles, coverage, detail, params))
    return CompletenessReport(register.key, tuple(items), tuple(_flags(context, intro)))
