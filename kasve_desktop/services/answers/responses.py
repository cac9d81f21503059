"""The response letters kept with a request: drafts, the final sent copy, reprints.

``make_draft`` builds one letter of a request as PDF bytes, nothing stored:
the letter kinds of requests.md through ``letters.build_letter``, and the
access report through its own builder. What answers an ``access-report``,
for the window and the command line alike, is ``access_answer``:

- a request linked to a person gets the full Art. 15 answer for that person
  (the person's record is itself data held, so a linked person never gets
  the "no data" letter);
- a request not linked to anyone gets the "we hold no data about you" letter
  (the letters' ``no-data`` letter), unless a person has the
  requester's e-mail address: then the request must be linked first, so that
  nobody is told "no data" by mistake.

Every letter is written in the language of ``domain.letter_language``: the
one asked for, else the request's, else its person's, else Finnish
(``default_language`` is the window's default choice).

``store_response`` keeps a draft with the request (kind ``letter``, not final)
in place of an earlier unsent draft of the same kind. ``mark_sent`` (or
``send_draft`` for a draft not stored yet) makes it final: sent date and
channel recorded, never changed or replaced afterwards, and a reprint
(``document_bytes``) gives exactly the stored bytes, checked against their
SHA-256. In the same transaction a response letter walks an open request on
to ``sent`` through the states the workflow requires (``workflow.answer_route``:
received → in-progress → response-ready → sent, refused → sent), each step on
the timeline; it is refused, and nothing is kept, while the identity check is
open or when a refusal letter answers a request not refused. A request no
longer open stays as it is, and the result says why (``SentResponse.unmoved``).
The interim letters (acknowledgement, clarification, extension) never step.

File names are in the interface's language (``domain.file_names``).

A request made by e-mail or web form is answered electronically by default,
a postal one on paper (Art. 12(3)): ``letters.default_response_channel``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.documents.access_model import AccessReport
from kasve_desktop.domain import validation as check
from kasve_desktop.domain.file_names import letter_file_name
from kasve_desktop.domain.vocabulary import Channel, LetterKind, RequestType, TimelineKind
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import StepDetails, StepRefused, Unmoved
from kasve_desktop.i18n import N_, _
from kasve_desktop.services.answers.access_report import report as access_report
from kasve_desktop.services.answers.data_holder import person_in_registers
from kasve_desktop.services.answers.letters.fit import check_fits
from kasve_desktop.services.answers.letters.letters import (
    LetterUnavailable,
    fact_texts,
    request_language,
    untranslated_texts,
    untrue_reason,
    write_letter,
)
from kasve_desktop.services.database import single_transaction, transaction
from kasve_desktop.services.requests.detail import (
    RequestDetail,
    RequestNotFound,
    detail_of,
    get_request,
)
from kasve_desktop.services.requests.intake import record
from kasve_desktop.services.requests.steps import answer_steps, take_answer_steps
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Document, Request

LETTER = access_report.LETTER
INTERIM_KINDS = frozenset({LetterKind.ACKNOWLEDGEMENT, LetterKind.CLARIFICATION,
                           LetterKind.EXTENSION})
"""Letters sent while the request is still being handled: they do not answer it."""
STATE_KINDS = {S.REFUSED: LetterKind.REFUSAL, S.IDENTITY_CHECK: LetterKind.CLARIFICATION,
               S.RECEIVED: LetterKind.ACKNOWLEDGEMENT}
TYPE_KINDS = {RequestType.OTHER: LetterKind.ACKNOWLEDGEMENT}
AT_ONCE = frozenset({RequestType.CONSENT_WITHDRAWAL, RequestType.OBJECTION_MARKETING})
"""Requests that take effect at once (Art. 7(3), 21(3)): never merely acknowledged."""
"""Every other request type has a letter kind of its own name."""
SENT_CHANNELS = frozenset(c.value for c in Channel if c is not Channel.WEB_FORM)

LINK_FIRST = N_("{name} has the requester's e-mail address, but the request is not linked to "
                "anyone. Link the request to the person first, so that the report answers "
                "for the right person.")
REGISTER_TEXTS = N_("texts of the registers")
NOT_A_LETTER = N_("This document is not a response letter of this request.")
ALREADY_SENT = N_("This letter was already marked as sent on {date}: it is final and cannot "
                  "be changed.")
NO_CHANNEL = N_("Choose how the letter was sent.")
SENT_IN_FUTURE = N_("The date cannot be in the future.")
SENT_BEFORE_RECEIPT = N_("The date cannot be before the request was received ({date}).")
DAMAGED = N_("The stored document no longer matches its checksum: it may be damaged. "
             "Restore a backup.")


class ResponseRefused(StepRefused):
    """The letter cannot be stored or marked as sent; ``text()`` says why."""


@dataclass(frozen=True)
class ResponseDraft:
    """A letter built for a request, not stored yet."""

    request_id: int
    reference: str
    kind: LetterKind
    lang: str
    pdf: bytes
    withheld: int = 0
    """Items left out of an access report as other people's data (Art. 15(4))."""
    untranslated: tuple[str, ...] = ()
    """What the letter prints in Finnish although it is not Finnish, in words of the
    interface: the window warns before it is sent."""

    @property
    def filename(self) -> str:
        return file_name(self.reference, self.kind, self.lang)


@dataclass(frozen=True)
class ResponseDocument:
    """A response letter kept with a request."""

    id: int
    kind: str
    lang: str
    filename: str
    size: int
    created_at: dt.datetime
    is_final: bool
    sent_on: dt.date | None
    sent_channel: str
    sha256: str


@dataclass(frozen=True)
class SentResponse:
    document_id: int
    stepped: bool
    """True when the request itself went to ``sent`` with this letter."""
    request: RequestDetail
    unmoved: Unmoved | None = None
    """Why a response letter left the request where it was (it was no longer open)."""


def file_name(reference: str, kind: str, lang: str) -> str:
    """``2026-0036-vastaus-kieltäytyminen-fi.pdf``, named in the interface's language."""
    return letter_file_name(reference, kind, lang)


# --- defaults ------------------------------------------------------------------------------

def default_kind(detail: RequestDetail) -> LetterKind:
    """The letter the request most likely needs now, from its state, else from its type."""
    kind = RequestType(detail.type)
    by_state = STATE_KINDS.get(S(detail.status))
    if by_state is LetterKind.ACKNOWLEDGEMENT and kind in AT_ONCE:
        by_state = None  # honoured at once: its confirmation, not an acknowledgement
    if by_state is LetterKind.REFUSAL and kind is RequestType.OBJECTION:
        by_state = None  # a refused objection is answered by its objection letter
    if by_state is not None:
        return by_state
    if kind is RequestType.ACCESS:
        return LetterKind.ACCESS_REPORT
    return TYPE_KINDS.get(kind) or LetterKind(kind.value)


def is_interim(kind: str) -> bool:
    return kind in INTERIM_KINDS


def answering_kinds(kind: str) -> frozenset[str]:
    """The kinds of a kept letter that answer as ``kind``: an access request may have been
    answered with the "no data" letter (``access_answer``)."""
    if kind == LetterKind.ACCESS_REPORT:
        return frozenset({kind, LetterKind.NO_DATA.value})
    return frozenset({kind})


def default_language(db: Database, request_id: int) -> str:
    """The language of the request's letters unless another is chosen (``request_language``:
    the request's, else its person's, else Finnish)."""
    with db.sessions() as session:
        return request_language(get_request(session, request_id))


# --- building --------------------------------------------------------------------------------

def _access_answer(session: Session, row: Request) -> LetterKind:
    if row.person_id is not None:
        return LetterKind.ACCESS_REPORT
    person = person_in_registers(session, row)
    if person is not None:
        raise LetterUnavailable(LINK_FIRST, name=person.full_name)
    return LetterKind.NO_DATA


def letter_refusal(db: Database, request_id: int, kind: str, today: dt.date) -> str | None:
    """Why the window must not offer the letter of ``kind`` for the request on ``today``
    (None: it may): what the letter would say is untrue (``letters.untrue_reason``), e.g.
    "no data" while the person is in the registers, any new answer (the access report too)
    to a request already answered, closed or withdrawn, an answer-by date promised for a
    withdrawal of consent or a marketing objection, a date promised that has passed, a kind
    that does not fit the request's type or stage (``fit.check_fits``: an access report for
    another type of request or while the identity check is open, an acknowledgement once the
    request was acted on, extended or a question asked, a refusal letter for a refused
    objection). The command line refuses the same letters with the same reason."""
    return untrue_reason(db, request_id, kind, today)


def untranslated_in(db: Database, request_id: int, kind: str, lang: str,
                    today: dt.date) -> tuple[str, ...]:
    """What a letter of ``kind`` kept with the request prints in Finnish although it is in
    ``lang``, in words (as ``ResponseDraft.untranslated``; for a letter built earlier, as
    it would be built now)."""
    return untranslated_texts(db, request_id, kind, lang, today)


def _report_untranslated(report: AccessReport) -> tuple[str, ...]:
    """The register texts, if the access report prints any of them in Finnish untranslated."""
    shown: list[object] = [*report.cover, *report.registers,
                           *(b for part in report.registers for item in part.items
                             for b in item.blocks),
                           *(b for section in report.sections for b in section.blocks)]
    marked = any(getattr(block, "untranslated", False) for block in shown)
    return (_(REGISTER_TEXTS),) if marked else ()


def access_answer(db: Database, request_id: int) -> LetterKind:
    """What answers the request's ``access-report``: the access report when the request is
    linked to a person (their record is itself data held), else the "no data" letter; but
    ``LetterUnavailable`` while a person has the requester's e-mail address and the request
    is linked to nobody, so that nobody is told "no data" by mistake."""
    with db.sessions() as session:
        return _access_answer(session, get_request(session, request_id))


def _access_draft(db: Database, request_id: int, lang: str, today: dt.date,
                  extra_paragraph: str) -> ResponseDraft:
    with db.sessions() as session:
        row = get_request(session, request_id)
        check_fits(row, LetterKind.ACCESS_REPORT, today)  # an access request, identity known
        reference, person_id, kind = row.reference, row.person_id, _access_answer(session, row)
    if kind is LetterKind.NO_DATA:  # the one "no data" letter, as the letters write it
        letter = write_letter(db, request_id, kind.value, lang, today=today,
                              extra_paragraph=extra_paragraph)
        return ResponseDraft(request_id, reference, kind, lang, letter.pdf,
                             untranslated=fact_texts(letter.untranslated))
    try:
        assert person_id is not None
        built = access_report.build_access_report(db, person_id, today, lang, reference,
                                                  extra_paragraph)
    except access_report.AccessReportError as error:
        raise LetterUnavailable(error.message,
                                **{k: str(v) for k, v in error.params.items()}) from None
    return ResponseDraft(request_id, reference, built.kind, built.lang, built.pdf,
                         len(built.withheld), _report_untranslated(built.report))


def _reference_and_language(db: Database, request_id: int,
                            lang: str | None) -> tuple[str, str]:
    with db.sessions() as session:
        row = get_request(session, request_id)
        return row.reference, request_language(row, lang)


def _checked_paragraph(text: str) -> str:
    try:
        return check.text(text.strip())
    except check.InvalidValue as error:
        raise LetterUnavailable(error.message, **error.params) from None


def make_draft(db: Database, request_id: int, kind: str, lang: str | None,
               extra_paragraph: str, today: dt.date) -> ResponseDraft:
    """The letter of ``kind`` for the request, in ``lang`` (None: ``default_language``).
    ``LetterUnavailable`` says why it cannot be written; ``RequestNotFound`` if the request
    is gone. Nothing is stored."""
    letter_kind = LetterKind(kind)
    reference, chosen = _reference_and_language(db, request_id, lang)
    if letter_kind is LetterKind.ACCESS_REPORT:
        return _access_draft(db, request_id, chosen, today, _checked_paragraph(extra_paragraph))
    built = write_letter(db, request_id, letter_kind.value, chosen, today=today,
                         extra_paragraph=extra_paragraph)
    return ResponseDraft(request_id, reference, letter_kind, chosen, built.pdf,
                         untranslated=fact_texts(built.untranslated))


# --- keeping ---------------------------------------------------------------------------------

def _drafts_of(session: Session, request_id: int, kind: str) -> list[Document]:
    return list(session.scalars(select(Document).where(
        Document.request_id == request_id, Document.kind == LETTER,
        Document.letter_kind == kind, Document.is_final.is_(False))))


def store_response(db: Database, request_id: int, draft: ResponseDraft, today: dt.date) -> int:
    """Keep the draft with the request in place of an earlier unsent draft of its kind (a
    sent letter is never touched); noted on the timeline. The new document's id."""
    if draft.request_id != request_id:
        raise ResponseRefused(NOT_A_LETTER)
    with transaction(db) as session:
        row = get_request(session, request_id)
        for old in _drafts_of(session, request_id, draft.kind.value):
            session.delete(old)
        document = Document(kind=LETTER, letter_kind=draft.kind.value, request=row,
                            person_id=row.person_id, language=draft.lang,
                            filename=draft.filename, mime_type="application/pdf",
                            content=draft.pdf, sha256=hashlib.sha256(draft.pdf).hexdigest(),
                            is_final=False)
        session.add(document)
        record(row, TimelineKind.DOCUMENT, today, draft.filename)
        session.flush()
        return document.id


def _letter_of(session: Session, request_id: int, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None or document.request_id != request_id or document.kind != LETTER:
        raise ResponseRefused(NOT_A_LETTER)
    if document.is_final:
        raise ResponseRefused(ALREADY_SENT, date=document.sent_on)
    return document


def _check_sending(row: Request, sent_on: dt.date, channel: str, today: dt.date) -> None:
    if channel not in SENT_CHANNELS:
        raise ResponseRefused(NO_CHANNEL)
    if sent_on > today:
        raise ResponseRefused(SENT_IN_FUTURE)
    if sent_on < row.received_on:
        raise ResponseRefused(SENT_BEFORE_RECEIPT, date=row.received_on)


def _freeze(row: Request, document: Document, sent_on: dt.date, channel: str) -> None:
    document.is_final, document.sent_on, document.sent_channel = True, sent_on, channel
    note = f"{document.filename} · SHA-256 {document.sha256[:12]}"
    record(row, TimelineKind.DOCUMENT, sent_on, note)


def _mark_sent(db: Database, request_id: int, document_id: int, sent_on: dt.date, channel: str,
               today: dt.date) -> SentResponse:
    """Freeze the letter and, for a response, walk the request on to ``sent``: one
    transaction, checked in full before anything is written."""
    with transaction(db) as session:
        row = get_request(session, request_id)
        document = _letter_of(session, request_id, document_id)
        _check_sending(row, sent_on, channel, today)
        answers = not is_interim(document.letter_kind)
        route = answer_steps(row, refusal=document.letter_kind == LetterKind.REFUSAL,
                             sent_on=sent_on) if answers else ()
        _freeze(row, document, sent_on, channel)
        details = StepDetails(sent_on, note=document.filename, response_channel=channel)
        unmoved = take_answer_steps(row, route, details, today) if answers else None
        session.flush()
        return SentResponse(document.id, bool(route), detail_of(session, row, today), unmoved)


def mark_sent(db: Database, request_id: int, document_id: int, sent_on: dt.date, channel: str,
              today: dt.date) -> SentResponse:
    """The stored letter went out on ``sent_on`` by ``channel``: it becomes final, and a
    response (not an interim letter) moves an open request on to ``sent``. All or nothing;
    ``ResponseRefused`` or ``StepRefused`` says why not."""
    return _mark_sent(db, request_id, document_id, sent_on, channel, today)


def send_draft(db: Database, request_id: int, draft: ResponseDraft, sent_on: dt.date,
               channel: str, today: dt.date) -> SentResponse:
    """``store_response`` and ``mark_sent`` as one: nothing is kept if either is refused."""
    with single_transaction(db) as one:
        document_id = store_response(one, request_id, draft, today)
        return _mark_sent(one, request_id, document_id, sent_on, channel, today)


# --- reading -----------------------------------------------------------------------------------

def _row(document: Document) -> ResponseDocument:
    return ResponseDocument(document.id, document.letter_kind, document.language,
                            document.filename, len(document.content), document.created_at,
                            document.is_final, document.sent_on, document.sent_channel,
                            document.sha256)


def response_documents(db: Database, request_id: int) -> list[ResponseDocument]:
    """The request's response letters, oldest first (``RequestNotFound`` if it is gone)."""
    with db.sessions() as session:
        get_request(session, request_id)
        rows = session.scalars(select(Document).where(
            Document.request_id == request_id, Document.kind == LETTER).order_by(Document.id))
        return [_row(document) for document in rows]


def document_bytes(db: Database, document_id: int) -> bytes:
    """The stored letter exactly as it was kept; ``ResponseRefused`` if it no longer matches
    its SHA-256, ``RequestNotFound`` if it is gone."""
    with db.sessions() as session:
        document = session.get(Document, document_id)
        if document is None or document.kind != LETTER:
            raise RequestNotFound(document_id)
        content, digest = bytes(document.content), document.sha256
    if hashlib.sha256(content).hexdigest() != digest:
        raise ResponseRefused(DAMAGED)
    return content
