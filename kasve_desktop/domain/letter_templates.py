"""The wording of the response letters, as data per language (requests.md, letter kinds).

The texts live in ``resources/letters/{fi,sv,en}.toml``: for every template a
document type line (capitals, printed at 112 mm), a subject heading and
paragraphs with named placeholders (``{name}``, ``{reference}``, ``{due}`` …).
Printed letters are in the person's language, not the interface's, so this is
not gettext. The access report has its own builder and no template here.

``restriction`` has two templates: the restriction applied, and the notice that
it will be lifted (``restriction-lifted``, Art. 18(3)). So has ``objection``: the
decision, and the refusal with its reasons and the remedies (``objection-refused``,
Art. 21(1) and 12(4)). The ``[kept]`` table words what an erasure keeps: how long,
and why (``KeptWords``); the ``[restriction_grounds]`` table words the grounds of
Art. 18(1)(a)–(d) addressed to the person, printed in place of the reason the user
typed when that reason cites one of them (``restriction_ground``).

Filling is strict: a placeholder the facts do not have is an error
(``MissingFacts``), never printed raw. Each template names its *required*
facts, which must be non-empty, and its *optional* ones: a paragraph whose
optional fact is empty is left out (e.g. "what was kept" after an erasure that
kept nothing). The user may rewrite a template (``check_template`` tells
whether the rewrite uses only the placeholders its template knows, and still
every required one).
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kasve_desktop.domain.errors import UserError
from kasve_desktop.i18n import LANGUAGES, N_, _

COMMON_FACTS = frozenset({"name", "reference", "received", "request", "controller",
                          "contact", "authority_name", "record_period"})
"""Facts every letter has: the requester, the request, the controller's contact, how long
the record of the request is kept."""
REQUEST_RECORD_YEARS = 3
"""How long the record of a handled request (the requester's details, the request, its
timeline and the letters sent) is kept after the answer: the product's rule, stated in
every letter that says the record is kept. Long enough to show that the request was
answered lawfully (GDPR Art. 5(2), accountability) for as long as a claim about its
handling may still be made: the general limitation period of three years (Finnish Act on
the Limitation of Debts 728/2003, section 4)."""


@dataclass(frozen=True)
class FactRules:
    required: frozenset[str] = frozenset()
    optional: frozenset[str] = frozenset()

    @property
    def known(self) -> frozenset[str]:
        return COMMON_FACTS | self.required | self.optional


def _rules(required: str = "", optional: str = "") -> FactRules:
    return FactRules(frozenset(required.split()), frozenset(optional.split()))


TEMPLATE_RULES: dict[str, FactRules] = {
    "acknowledgement": _rules("due"),
    "clarification": _rules("question", "paused"),
    "extension": _rules("due extended_due reasons"),
    "no-data": _rules(optional="searched authority"),
    "rectification": _rules("changed"),
    "erasure": _rules("erased", "kept authority"),
    "objection-marketing": _rules("since channels"),
    "objection": _rules("decision", "authority objected"),
    "objection-refused": _rules("reasons authority", "objected"),
    "restriction": _rules("since", "grounds"),
    "restriction-lifted": _rules("lifted"),
    "portability": _rules("files"),
    "consent-withdrawal": _rules("since consents"),
    "refusal": _rules("reasons authority"),
}
"""Every template and the facts it takes, besides ``COMMON_FACTS``."""
TEMPLATE_KEYS = tuple(TEMPLATE_RULES)
LIFTED = "restriction-lifted"
OBJECTION_REFUSED = "objection-refused"
PARTS = ("document_type", "subject", "paragraphs")

BAD_SYNTAX = N_("The text has a brace that is not part of a placeholder: {text}")
UNKNOWN_PLACEHOLDERS = N_("This letter has no such facts: {names}. It can use: {known}.")
REQUIRED_MISSING = N_("The letter must still say: {names}.")
EMPTY_PART = N_("The document type, the subject and at least one paragraph are needed.")
MISSING_FACTS = N_("The letter needs facts that the request does not have yet: {names}.")
PLACEHOLDER_TEXTS: dict[str, str] = {
    "name": N_("the requester's name"),
    "reference": N_("the request's reference"),
    "received": N_("the date the request arrived"),
    "request": N_("what was asked, in words"),
    "controller": N_("the controller's name"),
    "contact": N_("the contact person's e-mail and phone"),
    "authority_name": N_("the supervisory authority's name"),
    "record_period": N_("how long the record of the request is kept"),
    "due": N_("the answer-by date (before an extension)"),
    "question": N_("what is asked of the person"),
    "paused": N_("the day the clock stopped"),
    "extended_due": N_("the extended answer-by date"),
    "reasons": N_("the reasons given"),
    "changed": N_("the details corrected (a list)"),
    "erased": N_("what was erased (a list)"),
    "kept": N_("what was kept, and under which law (a list)"),
    "since": N_("the date from which it applies"),
    "channels": N_("the channels the objection covers (a list)"),
    "decision": N_("the decision"),
    "grounds": N_("the grounds of the restriction"),
    "lifted": N_("the date the restriction is lifted"),
    "files": N_("the files delivered (a list)"),
    "consents": N_("the consents withdrawn (a list)"),
    "authority": N_("the supervisory authority's contact details (a block)"),
    "searched": N_("the details the registers were searched with (a list)"),
    "objected": N_("the request as recorded: what the person objects to (a block)"),
}
"""What each placeholder stands for, in words (the editor's list, the missing-facts message)."""
UNKNOWN_TEMPLATE = N_("There is no letter template {key}.")


class TemplateError(UserError, ValueError):
    """A template (or its filling) is not usable; ``text()`` says why."""


class MissingFacts(TemplateError):
    """The facts lack a placeholder's value (or a required one is empty)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = tuple(sorted(set(names)))
        super().__init__(MISSING_FACTS, names=", ".join(
            _(PLACEHOLDER_TEXTS[n]) if n in PLACEHOLDER_TEXTS else f"{{{n}}}" for n in self.names))


@dataclass(frozen=True)
class LetterTemplate:
    document_type: str
    subject: str
    paragraphs: tuple[str, ...]

    def texts(self) -> tuple[str, ...]:
        return (self.document_type, self.subject, *self.paragraphs)

    def placeholders(self) -> frozenset[str]:
        return frozenset().union(*(placeholders_in(text) for text in self.texts()))

    def as_json(self) -> dict[str, object]:
        return {"document_type": self.document_type, "subject": self.subject,
                "paragraphs": list(self.paragraphs)}


@dataclass(frozen=True)
class AuthorityLabels:
    visiting: str
    postal: str
    phone: str
    email: str
    web: str


@dataclass(frozen=True)
class CommonTexts:
    """What every letter of one language shares."""

    reference_label: str
    greeting: str
    questions: str
    closing: str
    signer_title: str
    authority: AuthorityLabels
    requests: Mapping[str, str]
    """How a request of each type is named inside a sentence."""


# --- reading the data files -------------------------------------------------------------

@cache
def _data(lang: str) -> dict[str, object]:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    path = resources.files("kasve_desktop.resources") / "letters" / f"{lang}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _table(data: Mapping[str, object], key: str) -> dict[str, object]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ValueError(f"letter data has no table {key!r}")
    return value


def template_from(value: object) -> LetterTemplate:
    """A template from its stored form (TOML or JSON); ``ValueError`` if malformed."""
    if not isinstance(value, Mapping):
        raise ValueError("a letter template is a table")
    paragraphs = value.get("paragraphs")
    document_type, subject = value.get("document_type"), value.get("subject")
    if not (isinstance(document_type, str) and isinstance(subject, str)
            and isinstance(paragraphs, list | tuple)
            and all(isinstance(p, str) for p in paragraphs)):
        raise ValueError("a letter template has document_type, subject and paragraphs")
    return LetterTemplate(document_type, subject, tuple(paragraphs))


def default_template(key: str, lang: str) -> LetterTemplate:
    """The shipped wording of template ``key`` in ``lang``."""
    if key not in TEMPLATE_RULES:
        raise TemplateError(UNKNOWN_TEMPLATE, key=key)
    return template_from(_table(_data(lang), "letters").get(key))


@dataclass(frozen=True)
class KeptWords:
    """How an erasure letter says what was kept, for how long and why."""

    held_entry: str
    """``{register}``: the lead of an entry kept whole under a legal hold."""
    held_data: str
    """``{category}``, ``{register}``, ``{date}``: the lead of a category of an entry kept
    until its own date."""
    erased_entry: str
    """``{register}``: an entry erased, in the list of what was erased."""
    period_collected: str
    period_last_needed: str
    """``{span}``: the register's retention rule, counted from collection or last need."""
    held_person: str
    """The name and contact details of a person with held entries: why and how long."""
    hashes: str
    hashes_emails: str
    hashes_phones: str
    """The keyed hashes of the suppression list (of both, the e-mail addresses, the phone
    numbers), said to the person: what they are for and how long they are kept."""
    request_record: str
    """``{period}``: how long and why the record of the request is kept."""
    year_one: str
    year_many: str
    month_one: str
    month_many: str

    def span(self, months: int) -> str:
        """``6 kuukautta``, ``1 år``, ``10 years``: whole years where the months make them."""
        if months % 12 == 0:
            years = months // 12
            return (self.year_one if years == 1 else self.year_many).format(count=years)
        return (self.month_one if months == 1 else self.month_many).format(count=months)


def partial_subject(key: str, lang: str) -> str:
    """The subject of template ``key`` in ``lang`` for a request carried out only in part
    (``subject_partial``: "Tietojasi on poistettu osittain"); empty if it has none."""
    value = _table(_data(lang), "letters").get(key)
    return str(value.get("subject_partial", "")) if isinstance(value, dict) else ""


def kept_words(lang: str) -> KeptWords:
    return KeptWords(**{k: str(v) for k, v in _table(_data(lang), "kept").items()})


_ONE_POINT = r"(?![\s,]*(?:ja|tai|och|eller|and|or|,)\s*\(?[a-d]\b)"
"""Not the first of several points ("a ja c", "(a) or (c)"): several grounds are not one."""
GROUND_CITATIONS = tuple(re.compile(pattern + _ONE_POINT, re.IGNORECASE) for pattern in (
    r"\b18\s*(?:artiklan|art\.)\s*1\s*(?:kohdan\s*|k\.\s*)?([a-d])\b",
    r"\b18\.1\s*([a-d])\b",
    r"\b18\s*\(1\)\s*\(([a-d])\)"))
"""How a reason cites a point of Art. 18(1): "18 artiklan 1 kohdan c alakohta", "18 art. 1 c",
"artikel 18.1 c", "Article 18(1)(c)"."""


def restriction_ground(reason: str, lang: str) -> str:
    """The ground of Art. 18(1) that ``reason`` cites, worded to the person in ``lang``;
    empty if it cites none, or more than one."""
    points = {found.lower() for pattern in GROUND_CITATIONS
              for found in pattern.findall(reason)}
    if len(points) != 1:
        return ""
    return str(_table(_data(lang), "restriction_grounds")[points.pop()])


def record_period(lang: str) -> str:
    """How long the record of a handled request is kept, in words of ``lang``."""
    return kept_words(lang).span(12 * REQUEST_RECORD_YEARS)


def common_texts(lang: str) -> CommonTexts:
    data = _data(lang)
    common = {k: str(v) for k, v in _table(data, "common").items()}
    labels = {k: str(v) for k, v in _table(data, "authority").items()}
    return CommonTexts(
        reference_label=common["reference_label"], greeting=common["greeting"],
        questions=common["questions"], closing=common["closing"],
        signer_title=common["signer_title"], authority=AuthorityLabels(**labels),
        requests={k: str(v) for k, v in _table(data, "requests").items()})


# --- placeholders ------------------------------------------------------------------------

_FORMATTER = string.Formatter()


def placeholders_in(text: str) -> frozenset[str]:
    """The ``{name}`` placeholders of ``text``; ``TemplateError`` for anything else
    (a lone brace, ``{0}``, ``{a.b}``, ``{a:>3}``). ``{{`` and ``}}`` print braces."""
    try:
        parsed = list(_FORMATTER.parse(text))
    except ValueError:
        raise TemplateError(BAD_SYNTAX, text=text) from None
    names = set()
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise TemplateError(BAD_SYNTAX, text=text)
        names.add(name)
    return frozenset(names)


def check_template(key: str, template: LetterTemplate) -> LetterTemplate:
    """``template`` with surrounding blanks trimmed and empty paragraphs dropped, or a
    ``TemplateError``: unknown placeholders, a required one missing, empty parts."""
    if key not in TEMPLATE_RULES:
        raise TemplateError(UNKNOWN_TEMPLATE, key=key)
    cleaned = LetterTemplate(template.document_type.strip(), template.subject.strip(),
                             tuple(p.strip() for p in template.paragraphs if p.strip()))
    if not (cleaned.document_type and cleaned.subject and cleaned.paragraphs):
        raise TemplateError(EMPTY_PART)
    rules = TEMPLATE_RULES[key]
    used = cleaned.placeholders()
    unknown = used - rules.known
    if unknown:
        raise TemplateError(UNKNOWN_PLACEHOLDERS, names=_braced(unknown),
                            known=_braced(rules.known))
    missing = rules.required - used
    if missing:
        raise TemplateError(REQUIRED_MISSING, names=_braced(missing))
    return cleaned


def _braced(names: Iterable[str]) -> str:
    return ", ".join(f"{{{name}}}" for name in sorted(names))


# --- filling --------------------------------------------------------------------------

def fill(text: str, facts: Mapping[str, str]) -> str:
    """``text`` with its placeholders filled; ``MissingFacts`` if any has no value."""
    missing = placeholders_in(text) - facts.keys()
    if missing:
        raise MissingFacts(missing)
    return text.format_map(facts)


@dataclass(frozen=True)
class FilledLetter:
    """A letter's words, ready to print."""

    document_type: str
    subject: str
    greeting: str
    paragraphs: tuple[str, ...]
    questions: str
    closing: str


def fill_letter(key: str, template: LetterTemplate, common: CommonTexts,
                facts: Mapping[str, str]) -> FilledLetter:
    """The template filled from ``facts``: required facts must be non-empty, a paragraph
    whose optional fact is empty is left out, any other absent fact is an error."""
    rules = TEMPLATE_RULES[key]
    empty = {name for name in rules.required if not facts.get(name, "").strip()}
    absent = (template.placeholders() | rules.required) - facts.keys()
    if empty or absent:
        raise MissingFacts(empty | absent)
    kept = tuple(fill(p, facts) for p in template.paragraphs
                 if not any(not facts[name].strip()
                            for name in placeholders_in(p) & rules.optional))
    questions = fill(common.questions, facts) if facts.get("contact", "").strip() else ""
    return FilledLetter(fill(template.document_type, facts).upper(), fill(template.subject, facts),
                        fill(common.greeting, facts), kept, questions, common.closing)
