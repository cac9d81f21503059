"""The data-access report (GDPR Art. 15) for one person, as a PDF for a window envelope.

``build_access_report`` reads everything the database holds about the person
(``access_report_data``), writes the letter in the language of the one rule,
``domain.letter_language`` (the one asked for, else the request's, else the
person's, else Finnish): the cover letter and the rights (``compose``), items
(a)–(h) per register written about this person (``register_part``, ``categories``,
``recipients``), the transfers derived from the recipients that receive their data,
and the full copy with codes explained and other people's data withheld (``copy``,
``redact``); then renders it (``documents.access_report_pdf``). A register that the
report cannot describe truthfully refuses it with the reason (``AccessReportError``).
Nothing is written to the database or to disk here, except by ``store_draft``,
which keeps the PDF with its request as the draft response.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.documents.access_model import AccessReport, Marked, Section
from kasve_desktop.documents.access_report_pdf import render_access_report
from kasve_desktop.documents.access_words import word
from kasve_desktop.documents.letter import Letter, LetterHead, WindowOffset
from kasve_desktop.domain.letter_language import UnsupportedLanguage, letter_language
from kasve_desktop.domain.notice_words import WORDS as NOTICE_WORDS
from kasve_desktop.domain.vocabulary import LetterKind, TimelineKind
from kasve_desktop.i18n import N_, letter_date
from kasve_desktop.services.answers.access_report import compose, recipients
from kasve_desktop.services.answers.access_report.categories import relevant_held
from kasve_desktop.services.answers.access_report.copy import (
    CopyWriter,
    copy_sections,
    redaction_section,
)
from kasve_desktop.services.answers.access_report.data import (
    Holdings,
    find_person_by_email,
    gather,
    request_facts,
)
from kasve_desktop.services.answers.access_report.errors import AccessReportError
from kasve_desktop.services.answers.access_report.redact import (
    NameForms,
    Redaction,
    Redactor,
    finnish_name_forms,
    others_named,
)
from kasve_desktop.services.answers.access_report.register_part import (
    part_name,
    register_parts,
)
from kasve_desktop.services.answers.letters.parts import (
    Address,
    address_lines,
    sender_of,
    window_offset,
)
from kasve_desktop.services.database import transaction
from kasve_desktop.services.registers.notice import authority, contact_facts, controller_facts
from kasve_desktop.services.requests.intake import record
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Document, Request

LETTER = "letter"
__all__ = ["AccessReportError", "BuiltReport", "build_access_report", "find_person", "store_draft"]


@dataclass(frozen=True)
class BuiltReport:
    pdf: bytes
    kind: LetterKind
    lang: str
    person_id: int | None
    withheld: tuple[Redaction, ...]
    """What was left out of the copy as other people's data (Art. 15(4))."""
    report: AccessReport
    inflection_checked: bool = True
    """False when Voikko was missing: inflected forms of names may remain in the copy."""


def find_person(db: Database, email: str) -> int:
    """The id of the person with this e-mail address, or ``AccessReportError``."""
    with db.sessions() as session:
        found = find_person_by_email(session, email)
    if found is None:
        raise AccessReportError(N_("No person has the e-mail address {email}."), email=email)
    return found


def _request(session: Session, reference: str | None) -> Request | None:
    if reference is None:
        return None
    row = session.scalar(select(Request).where(Request.reference == reference.strip()))
    if row is None:
        raise AccessReportError(N_("No request has the reference {reference}."),
                                reference=reference)
    return row


def _context(session: Session, lang: str, today: dt.date,
             request: Request | None) -> compose.Context:
    controller = controller_facts(session)
    contact = contact_facts(session, "contact")
    email = (contact.email if contact else "") or controller.email
    line = ", ".join(p for p in (contact.name if contact else "", email) if p)
    return compose.Context(lang, today, controller, contact.name if contact else "",
                           line or controller.name, authority(session)[lang],
                           request_facts(session, request, today) if request else None)


def _letter(session: Session, ctx: compose.Context, title: str, address: Address,
            offset: WindowOffset) -> Letter:
    reference = ctx.request.reference if ctx.request else ""
    head = LetterHead(word(ctx.lang, "document_type"), letter_date(ctx.today, ctx.lang),
                      reference, word(ctx.lang, "reference_label") if reference else "",
                      title, ctx.lang, on_date=ctx.today)
    return Letter(head, sender_of(session, ctx.lang), address_lines(address, ctx.lang),
                  offset)


def _address(held: Holdings, request: Request | None) -> Address:
    v = held.subject.value
    if not str(v("street")) and request is not None and request.requester_street:
        return Address(held.subject.full_name, request.requester_street,
                       request.requester_postal_code, request.requester_locality,
                       request.requester_country)
    return Address(held.subject.full_name, str(v("street")), str(v("postal_code")),
                   str(v("locality")), str(v("country")), str(v("address_extra")))


def _free_texts(held: Holdings) -> list[str]:
    texts = [str(held.subject.value("notes")), str(held.subject.value("restriction_reason"))]
    for e in held.entries:
        texts += [e.note, *(value for _key, value in e.details)]
    texts += [c.evidence for c in held.consents] + [o.note for o in held.objections]
    texts += [p.note for p in held.participations]
    for r in held.requests:
        texts += [r.description, r.outcome, r.refusal_reasons, r.extension_reason,
                  r.identity_method, *(s.note for s in r.steps)]
    return [t for t in texts if t]


def _redactor(session: Session, held: Holdings, ctx: compose.Context,
              forms: NameForms) -> Redactor:
    own = (str(held.subject.value("first_name")), str(held.subject.value("last_name")))
    names = others_named(session, held.subject.id, _free_texts(held), forms, own)
    return Redactor(held.subject.emails, held.subject.phones, names,
                    word(ctx.lang, "redacted"), forms, exempt_emails=(ctx.controller.email,))


def _summary(ctx: compose.Context, held: Holdings,
             redactor: Redactor) -> tuple[list[Section], tuple[Marked, ...]]:
    """The sections after the registers, and the introduction naming the registers."""
    names = [part_name(ctx, entry.register) for entry in held.entries]
    consent = any(e.legal_basis == "consent" for e in held.entries) or bool(held.consents)
    helds = [relevant_held(held, entry) for entry in held.entries]
    sections = [recipients.transfers_section(ctx, [e.register for e in held.entries], names,
                                             helds),
                compose.rights(ctx, consent)]
    others = compose.others_data(ctx, len(redactor.withheld),
                                 redactor.inflection_checked or not _free_texts(held))
    intro = Marked(tuple(ctx.around("registers_intro", "names", recipients.joined(names))))
    return sections + ([others] if others else []), (intro,)


def _report(ctx: compose.Context, held: Holdings, redactor: Redactor,
            extra_paragraph: str = "") -> AccessReport:
    parts = register_parts(ctx, held)
    w = CopyWriter(ctx.lang, redactor, ctx.today)
    copy = copy_sections(w, held, ctx.request.reference if ctx.request else "")
    withheld = redaction_section(w)
    if withheld is not None:
        copy.append(withheld)
    sections, intro = _summary(ctx, held, redactor)
    contents = [word(ctx.lang, key) for key in ("registers_heading", "transfers_heading",
                                                "rights_heading")]
    contents.append(f"{word(ctx.lang, 'annex')}: {word(ctx.lang, 'copy_title')}")
    return AccessReport(
        ctx.lang, word(ctx.lang, "title"),
        word(ctx.lang, "greeting", name=held.subject.full_name).rstrip(),
        compose.cover(ctx, contents, len(redactor.withheld), extra_paragraph),
        compose.signature(ctx), word(ctx.lang, "registers_heading"), intro, parts,
        tuple(sections), word(ctx.lang, "copy_title"), word(ctx.lang, "annex"),
        word(ctx.lang, "copy_intro", controller=ctx.controller.name,
             date=letter_date(ctx.today, ctx.lang)),
        tuple(copy), NOTICE_WORDS[ctx.lang]["untranslated"], ctx.today)


def _language(chosen: str | None, request: Request | None, person: object) -> str:
    """``domain.letter_language`` from the request and the person; a chosen language that
    letters are not written in is an ``AccessReportError``."""
    try:
        return letter_language(chosen, request=request.language if request else None,
                               person=str(person) if person else None)
    except UnsupportedLanguage as error:
        raise AccessReportError(error.message) from None


def build_access_report(db: Database, person_id: int, today: dt.date, lang: str | None = None,
                        request_reference: str | None = None, extra_paragraph: str = "",
                        names: NameForms | None = None) -> BuiltReport:
    """The complete Art. 15 answer for the person, in ``lang`` if given, else in the language
    of the request it answers, else in theirs (``domain.letter_language``);
    ``extra_paragraph`` is the contact person's own sentence for the cover letter. Other
    people's names are recognised in the forms ``names`` gives, by default Finnish
    inflection where Voikko is installed (``redact.finnish_name_forms``)."""
    if names is None:
        with finnish_name_forms() as forms:
            return build_access_report(db, person_id, today, lang, request_reference,
                                       extra_paragraph, forms)
    offset = window_offset(db)
    with db.sessions() as session:
        request = _request(session, request_reference)
        try:
            held = gather(session, person_id, today)
        except LookupError:
            raise AccessReportError(N_("The person no longer exists.")) from None
        ctx = _context(session, _language(lang, request, held.subject.value("language")),
                       today, request)
        redactor = _redactor(session, held, ctx, names)
        report = _report(ctx, held, redactor, extra_paragraph)
        letter = _letter(session, ctx, report.title, _address(held, request), offset)
    return BuiltReport(render_access_report(report, letter), LetterKind.ACCESS_REPORT,
                       ctx.lang, person_id, tuple(redactor.withheld), report,
                       redactor.inflection_checked)


def store_draft(db: Database, request_reference: str, built: BuiltReport,
                today: dt.date) -> int:
    """Keep the PDF with the request as its draft response (not final), on its timeline."""
    with transaction(db) as session:
        request = _request(session, request_reference)
        assert request is not None
        filename = f"{request.reference}-{built.kind.value}-{built.lang}.pdf"
        document = Document(kind=LETTER, letter_kind=built.kind.value, request=request,
                            person_id=built.person_id, language=built.lang, filename=filename,
                            content=built.pdf, sha256=hashlib.sha256(built.pdf).hexdigest(),
                            is_final=False)
        session.add(document)
        record(request, TimelineKind.DOCUMENT, today, filename)
        session.flush()
        return document.id
