"""Response letters: the wording the user may rewrite, and the letter of one request as a PDF.

The shipped wording is in ``domain.letter_templates``. The user may rewrite a
template per language; the rewrite is kept in the ``Setting``
``letter.templates`` as ``{template: {lang: {document_type, subject,
paragraphs}}}``, checked first (only the placeholders that template knows, and
every required one), and "restore default" drops it again.

``build_letter`` writes one request's letter of a given kind in the person's
language by the one rule of ``domain.letter_language`` (``request_language``:
the language asked for, else the request's, else its person's, else Finnish):
facts from the request and its timeline (``letter_facts``), the user's
paragraph for this one letter, the recipient's address in the window (for the
rectification letter the person as corrected, not the address the request came
from). A request made by e-mail or web form is answered electronically (Art.
12(3)): the letter is still a PDF, and without a postal address its window
shows the e-mail address instead.

A letter that would be untrue is not written (``refusals.LetterUntrue``), nor a new
answer to a request already answered, closed or withdrawn (``facts.check_unanswered``);
``untrue_reason`` tells the window beforehand, so that it offers the kind greyed
out with the reason. ``write_letter`` also names the texts the letter prints in
Finnish although it is not Finnish (``free_text``), for the window's warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from kasve_desktop.documents.letter import Letter, LetterHead
from kasve_desktop.documents.response_letter_pdf import ResponseLetter, response_letter_pdf
from kasve_desktop.domain import letter_templates as templates
from kasve_desktop.domain.letter_language import UNSUPPORTED, UnsupportedLanguage, letter_language
from kasve_desktop.domain.letter_templates import LetterTemplate, TemplateError
from kasve_desktop.domain.vocabulary import ELECTRONIC_CHANNELS, Channel, LetterKind
from kasve_desktop.i18n import LANGUAGES, N_, _, letter_date
from kasve_desktop.services.answers.letters.facts import (
    check_unanswered,
    gather_facts,
    signature,
)
from kasve_desktop.services.answers.letters.fit import check_fits
from kasve_desktop.services.answers.letters.free_text import (
    carries_marker,
    free_text,
    untranslated_facts,
)
from kasve_desktop.services.answers.letters.parts import (
    Address,
    address_lines,
    sender_of,
    window_offset,
)
from kasve_desktop.services.answers.letters.refusals import LetterUnavailable as LetterUnavailable
from kasve_desktop.services.answers.letters.refusals import LetterUntrue
from kasve_desktop.services.database import transaction
from kasve_desktop.services.requests.detail import RequestDetail, get_request
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Request, Setting

TEMPLATES_SETTING = "letter.templates"
LETTER_KINDS = tuple(kind for kind in LetterKind if kind is not LetterKind.ACCESS_REPORT)
"""The kinds this module writes; the access report has its own builder."""
ACCESS_REPORT_ELSEWHERE = N_("The access report is built by its own command.")
PARAGRAPH = "paragraph"
"""The user's own paragraph, among the facts printed untranslated."""
PARAGRAPH_TEXT = N_("your own paragraph")


def _unavailable(error: TemplateError) -> LetterUnavailable:
    return LetterUnavailable(error.message, **error.params)


# --- the user's wording ---------------------------------------------------------------

def _overrides(session: Session) -> dict[str, dict[str, object]]:
    setting = session.get(Setting, TEMPLATES_SETTING)
    stored = setting.value if setting is not None else {}
    return {str(key): dict(value) for key, value in stored.items() if isinstance(value, dict)}


def _stored(session: Session, key: str, lang: str) -> LetterTemplate | None:
    value = _overrides(session).get(key, {}).get(lang)
    if value is None:
        return None
    try:
        return templates.check_template(key, templates.template_from(value))
    except (ValueError, TemplateError):
        return None  # a damaged override never stops a letter: the default is used


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise LetterUnavailable(UNSUPPORTED)


def effective_template(db: Database, key: str, lang: str) -> LetterTemplate:
    """The user's wording of template ``key`` in ``lang``, else the shipped one."""
    _check_lang(lang)
    with db.sessions() as session:
        stored = _stored(session, key, lang)
    return stored if stored is not None else templates.default_template(key, lang)


def is_customised(db: Database, key: str, lang: str) -> bool:
    with db.sessions() as session:
        return _stored(session, key, lang) is not None


def save_template(db: Database, key: str, lang: str, template: LetterTemplate) -> LetterTemplate:
    """Keep the user's wording (``TemplateError`` if it does not check) and return it."""
    _check_lang(lang)
    checked = templates.check_template(key, template)
    with transaction(db) as session:
        values = _overrides(session)
        values.setdefault(key, {})[lang] = checked.as_json()
        _write(session, values)
    return checked


def reset_template(db: Database, key: str, lang: str) -> LetterTemplate:
    """Restore the shipped wording of ``key`` in ``lang``; returns it."""
    _check_lang(lang)
    with transaction(db) as session:
        values = _overrides(session)
        if values.get(key, {}).pop(lang, None) is not None:
            _write(session, {k: v for k, v in values.items() if v})
    return templates.default_template(key, lang)


def _write(session: Session, values: dict[str, dict[str, object]]) -> None:
    value: dict[str, object] = dict(values)
    setting = session.get(Setting, TEMPLATES_SETTING)
    if setting is None:
        session.add(Setting(key=TEMPLATES_SETTING, value=value))
    else:
        setting.value = value


# --- one request's letter -------------------------------------------------------------

def default_response_channel(detail: RequestDetail) -> str:
    """``email`` for a request made by e-mail or web form (Art. 12(3)), else ``post``;
    a request without a postal address but with an e-mail address is answered by e-mail."""
    if detail.response_channel:
        return detail.response_channel
    if detail.channel in ELECTRONIC_CHANNELS:
        return Channel.EMAIL.value
    draft = detail.draft
    postal = bool(draft.requester_street.strip() and draft.requester_locality.strip())
    return Channel.EMAIL.value if not postal and draft.requester_email else Channel.POST.value


def request_language(row: Request, chosen: str | None = None) -> str:
    """The language of a letter answering ``row`` by the one rule (``domain.letter_language``):
    ``chosen``, else the request's, else its person's, else Finnish. ``LetterUnavailable``
    for a chosen language that letters are not written in."""
    person = row.person.language if row.person is not None else None
    try:
        return letter_language(chosen, request=row.language, person=person)
    except UnsupportedLanguage as error:
        raise LetterUnavailable(error.message) from None


def _corrected_recipient(row: Request, lang: str) -> tuple[str, ...] | None:
    """After a rectification, the person as corrected: their name, and their address now
    (a letter asked for by post) or the request's e-mail if it is still theirs."""
    person = row.person
    if person is None or not person.full_name:
        return None
    if row.requester_street.strip() and row.requester_locality.strip():
        if not (person.street.strip() and person.locality.strip()):
            return None
        return address_lines(Address(person.full_name, person.street, person.postal_code,
                                     person.locality, person.country, person.address_extra),
                             lang)
    emails = [e.address for e in person.emails]
    email = row.requester_email if row.requester_email in emails or not emails else emails[0]
    return tuple(line for line in (person.full_name, email) if line.strip())


def recipient_lines(row: Request, lang: str, kind: LetterKind | None = None
                    ) -> tuple[str, ...]:
    """The postal address in Posti's form; without one, the name and the e-mail address.
    The rectification letter goes to the person as corrected, not as the request found them."""
    corrected = _corrected_recipient(row, lang) if kind is LetterKind.RECTIFICATION else None
    if corrected:
        return corrected
    name = row.requester_name or (row.person.full_name if row.person else "")
    if row.requester_street.strip() and row.requester_locality.strip():
        return address_lines(Address(name, row.requester_street, row.requester_postal_code,
                                     row.requester_locality, row.requester_country), lang)
    return tuple(line for line in (name, row.requester_email) if line.strip())


@dataclass(frozen=True)
class BuiltLetter:
    pdf: bytes
    untranslated: tuple[str, ...] = ()
    """The facts (``PARAGRAPH`` for the user's own) printed in Finnish in a letter that is not
    (``free_text``): the window warns before the letter is sent."""


def _content(session: Session, row: Request, kind: LetterKind, lang: str, today: dt.date,
             extra: str) -> tuple[ResponseLetter, tuple[str, ...]]:
    common = templates.common_texts(lang)
    gathered = gather_facts(session, row, kind, lang, common, today)
    template = _stored(session, gathered.key, lang) or templates.default_template(
        gathered.key, lang)
    words = templates.fill_letter(gathered.key, template, common, gathered.facts)
    partial = _partial_subject(gathered.key, template, lang, gathered.facts)
    if partial:
        words = replace(words, subject=partial)
    used = template.placeholders()
    untranslated = tuple(k for k in untranslated_facts(gathered.facts, lang) if k in used)
    paragraph = free_text(extra.strip(), lang)
    if carries_marker(paragraph, lang):
        untranslated += (PARAGRAPH,)
    head = LetterHead(words.document_type, letter_date(today, lang), row.reference,
                      common.reference_label, title=words.subject, lang=lang, on_date=today)
    letter = Letter(head, sender_of(session, lang), recipient_lines(row, lang, kind))
    return (ResponseLetter(letter, words, paragraph, tuple(signature(session, lang, common))),
            untranslated)


def _partial_subject(key: str, template: LetterTemplate, lang: str,
                     facts: dict[str, str]) -> str:
    """The shipped subject for a request carried out in part (an erasure that kept
    something: "Tietojasi on poistettu osittain"), in place of the shipped subject that
    would overstate it; a subject the user wrote is theirs."""
    partial = templates.partial_subject(key, lang)
    if not (partial and facts.get("kept", "").strip()):
        return ""
    if template.subject != templates.default_template(key, lang).subject:
        return ""
    return templates.fill(partial, facts)


def write_letter(db: Database, request_id: int, kind: str, lang: str | None = None, *,
                 today: dt.date, extra_paragraph: str = "") -> BuiltLetter:
    """The letter of ``kind`` for the request, in ``lang`` if given, else in the person's
    language (``request_language``), and what it prints untranslated. ``RequestNotFound``
    for an unknown request; ``LetterUnavailable`` when the request lacks a fact the letter
    needs (named in the message) or ``lang`` is not one letters are written in, and its
    ``LetterUntrue`` when what the letter says would be untrue."""
    letter_kind = LetterKind(kind)
    if letter_kind is LetterKind.ACCESS_REPORT:
        raise LetterUnavailable(ACCESS_REPORT_ELSEWHERE)
    offset = window_offset(db)
    with db.sessions() as session:
        row = get_request(session, request_id)
        chosen = request_language(row, lang)
        try:
            content, untranslated = _content(session, row, letter_kind, chosen, today,
                                             extra_paragraph)
        except TemplateError as error:
            raise _unavailable(error) from None
    letter = Letter(content.letter.head, content.letter.sender, content.letter.recipient_lines,
                    offset)
    pdf = response_letter_pdf(ResponseLetter(letter, content.words, content.extra_paragraph,
                                             content.signature))
    return BuiltLetter(pdf, untranslated)


def build_letter(db: Database, request_id: int, kind: str, lang: str | None = None, *,
                 today: dt.date, extra_paragraph: str = "") -> bytes:
    """``write_letter``'s PDF bytes."""
    return write_letter(db, request_id, kind, lang, today=today,
                        extra_paragraph=extra_paragraph).pdf


# --- before the letter is written ------------------------------------------------------

def untrue_reason(db: Database, request_id: int, kind: str, today: dt.date) -> str | None:
    """Why the letter of ``kind`` would be untrue for the request on ``today`` (translated),
    or None. A letter that only lacks a fact is not untrue: building it names the fact.
    The access report, built elsewhere, is untrue for a request already answered, closed or
    withdrawn (``facts.check_unanswered``), for a request that is not an access request, and
    while the identity check is open (``fit.check_fits``)."""
    letter_kind = LetterKind(kind)
    with db.sessions() as session:
        row = get_request(session, request_id)
        lang = request_language(row)
        try:
            if letter_kind is LetterKind.ACCESS_REPORT:
                check_unanswered(row)
                check_fits(row, letter_kind, today)
            else:
                gather_facts(session, row, letter_kind, lang, templates.common_texts(lang),
                             today)
        except LetterUntrue as untrue:
            return untrue.text()
        except (LetterUnavailable, TemplateError):
            return None
    return None


def untranslated_texts(db: Database, request_id: int, kind: str, lang: str,
                       today: dt.date) -> tuple[str, ...]:
    """What a letter of ``kind`` in ``lang`` prints in Finnish untranslated, in words (the
    user's own paragraph cannot be told once the letter is kept)."""
    letter_kind = LetterKind(kind)
    if letter_kind is LetterKind.ACCESS_REPORT or lang not in LANGUAGES:
        return ()
    with db.sessions() as session:
        row = get_request(session, request_id)
        try:
            gathered = gather_facts(session, row, letter_kind, lang,
                                    templates.common_texts(lang), today, answering=False)
        except (LetterUnavailable, TemplateError):
            return ()
        template = _stored(session, gathered.key, lang) or templates.default_template(
            gathered.key, lang)
    used = template.placeholders()
    return fact_texts(k for k in untranslated_facts(gathered.facts, lang) if k in used)


def fact_texts(names: Iterable[str]) -> tuple[str, ...]:
    """The facts (and ``PARAGRAPH``) named in words of the interface."""
    return tuple(_(PARAGRAPH_TEXT) if name == PARAGRAPH
                 else _(templates.PLACEHOLDER_TEXTS.get(name, name)) for name in names)
