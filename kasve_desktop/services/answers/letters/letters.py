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
paragraph for this one letter, the recipient's address in the window. A
request made by e-mail or web form is answered electronically (Art. 12(3)): the
letter is still a PDF, and without a postal address its window shows the e-mail
address instead.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from kasve_desktop.documents.letter import Letter, LetterHead
from kasve_desktop.documents.response_letter_pdf import ResponseLetter, response_letter_pdf
from kasve_desktop.domain import letter_templates as templates
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.letter_language import UNSUPPORTED, UnsupportedLanguage, letter_language
from kasve_desktop.domain.letter_templates import LetterTemplate, TemplateError
from kasve_desktop.domain.vocabulary import ELECTRONIC_CHANNELS, Channel, LetterKind
from kasve_desktop.i18n import LANGUAGES, N_, letter_date
from kasve_desktop.services.answers.letters.facts import gather_facts, signature
from kasve_desktop.services.answers.letters.parts import (
    Address,
    address_lines,
    sender_of,
    window_offset,
)
from kasve_desktop.services.database import transaction
from kasve_desktop.services.requests.detail import RequestDetail, get_request
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Request, Setting

TEMPLATES_SETTING = "letter.templates"
LETTER_KINDS = tuple(kind for kind in LetterKind if kind is not LetterKind.ACCESS_REPORT)
"""The kinds this module writes; the access report has its own builder."""
ACCESS_REPORT_ELSEWHERE = N_("The access report is built by its own command.")


class LetterUnavailable(UserError):
    """The letter cannot be written (yet); ``text()`` says why, translated."""


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


def recipient_lines(row: Request, lang: str) -> tuple[str, ...]:
    """The postal address in Posti's form; without one, the name and the e-mail address."""
    name = row.requester_name or (row.person.full_name if row.person else "")
    if row.requester_street.strip() and row.requester_locality.strip():
        return address_lines(Address(name, row.requester_street, row.requester_postal_code,
                                     row.requester_locality, row.requester_country), lang)
    return tuple(line for line in (name, row.requester_email) if line.strip())


def _content(session: Session, row: Request, kind: LetterKind, lang: str, today: dt.date,
             extra: str) -> ResponseLetter:
    common = templates.common_texts(lang)
    gathered = gather_facts(session, row, kind, lang, common, today)
    template = _stored(session, gathered.key, lang) or templates.default_template(
        gathered.key, lang)
    words = templates.fill_letter(gathered.key, template, common, gathered.facts)
    head = LetterHead(words.document_type, letter_date(today, lang), row.reference,
                      common.reference_label, title=words.subject, lang=lang)
    letter = Letter(head, sender_of(session, lang), recipient_lines(row, lang))
    return ResponseLetter(letter, words, extra.strip(), tuple(signature(session, lang, common)))


def build_letter(db: Database, request_id: int, kind: str, lang: str | None = None, *,
                 today: dt.date, extra_paragraph: str = "") -> bytes:
    """The letter of ``kind`` for the request as PDF bytes, in ``lang`` if given, else in the
    person's language (``request_language``). ``RequestNotFound`` for an unknown request;
    ``LetterUnavailable`` when the request lacks a fact the letter needs (named in the
    message) or ``lang`` is not one letters are written in."""
    letter_kind = LetterKind(kind)
    if letter_kind is LetterKind.ACCESS_REPORT:
        raise LetterUnavailable(ACCESS_REPORT_ELSEWHERE)
    offset = window_offset(db)
    with db.sessions() as session:
        row = get_request(session, request_id)
        chosen = request_language(row, lang)
        try:
            content = _content(session, row, letter_kind, chosen, today, extra_paragraph)
        except TemplateError as error:
            raise _unavailable(error) from None
    letter = Letter(content.letter.head, content.letter.sender, content.letter.recipient_lines,
                    offset)
    return response_letter_pdf(ResponseLetter(letter, content.words, content.extra_paragraph,
                                              content.signature))
