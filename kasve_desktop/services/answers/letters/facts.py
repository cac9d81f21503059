"""The facts each response letter needs, gathered from the request and its timeline.

Every value is text in the letter's language: dates as letters.md writes them
(``24.11.2026``, ``24 November 2026``), lists as lines starting with "– ", and
what the user typed as it was typed, marked if it is Finnish in a letter that is
not (``free_text``). A fact the request does not have yet is left out (or empty,
where the template treats it as optional), and filling the template then names
it (``MissingFacts``) instead of printing a placeholder.

What the letter would say must be true, or the letter is refused with the
reason (``refusals.LetterUntrue``): no date promised that has already passed
(``LetterFacts.promises``), no acknowledgement of a request no longer open, no
extension notice after the month, no "no data" to a person in the registers,
no refused objection without its reasons, no legal hold without its law and
period, no letter of a kind that does not fit the request's type or stage (``fit``:
no access report for another type of request or before the identity is confirmed, no
acknowledgement after the request was acted on, extended or a question asked, no refusal
letter beside a refused objection's own). No response letter is written for a request
already answered, closed or withdrawn (``check_unanswered``): it would answer the request
again, dated today. The one letter that follows a sent answer is the notice that a
restriction will be lifted (Art. 18(3)). A withdrawal of consent and an objection to direct
marketing take effect at once (Art. 7(3), 21(3)): no letter promises to answer them by a
later date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain.deadlines import in_force_for, one_month
from kasve_desktop.domain.letter_templates import (
    LIFTED,
    OBJECTION_REFUSED,
    CommonTexts,
    record_period,
    restriction_ground,
)
from kasve_desktop.domain.notice import ControllerFacts
from kasve_desktop.domain.validation import display_phone
from kasve_desktop.domain.vocabulary import (
    MARKETING_SCOPE_LABELS,
    REQUEST_STATUS_LABELS,
    LetterKind,
    MarketingScope,
    RequestStatus,
    RequestType,
    TimelineKind,
)
from kasve_desktop.i18n import _, gettext_in, letter_date
from kasve_desktop.services.answers.access_report.report import LETTER
from kasve_desktop.services.answers.data_holder import check_no_data_is_true
from kasve_desktop.services.answers.letters import notes as letter_notes
from kasve_desktop.services.answers.letters.erasure_words import erasure_items, register_words
from kasve_desktop.services.answers.letters.fit import (
    check_fits,
    check_not_at_once,
    objection_refused,
)
from kasve_desktop.services.answers.letters.free_text import free_text
from kasve_desktop.services.answers.letters.refusals import (
    AlreadyAnswered,
    AnsweredUnkept,
    Closed,
    ExtensionLate,
    NoLongerOpen,
    NoQuestion,
    ObjectionWithoutReasons,
    PromisePast,
    QuestionAsked,
    Withdrawn,
)
from kasve_desktop.services.people.marketing import CONSENT_CHANNEL_LABELS
from kasve_desktop.services.registers import notice
from kasve_desktop.services.requests.actions import NOTE_CORRECTED, NOTE_DECISION, NOTE_LIFTED
from kasve_desktop.store.models import Consent, MarketingObjection, Request

Facts = dict[str, str]
PORTABLE_TYPES = frozenset({"application/json", "text/csv"})
ANSWERED = frozenset({RequestStatus.SENT, RequestStatus.CLOSED})
INTERIM_KINDS = frozenset({LetterKind.ACKNOWLEDGEMENT, LetterKind.CLARIFICATION,
                           LetterKind.EXTENSION})
"""Letters sent while a request is handled: a final one of these is not the answer."""
FOLLOWS_ANSWER: dict[LetterKind, tuple[str, str]] = {LetterKind.RESTRICTION: (LIFTED, NOTE_LIFTED)}
"""The kinds with a template (and the action noted for it) that may follow a sent answer: the
notice that a restriction will be lifted (Art. 18(3)), for a lifting noted after the answer
confirmed the restriction. A notice that was itself the answer is not written again."""
ENDED: dict[RequestStatus, type[NoLongerOpen]] = {RequestStatus.CLOSED: Closed,
                                                 RequestStatus.WITHDRAWN: Withdrawn}


@dataclass(frozen=True)
class LetterFacts:
    key: str
    """The template: the letter kind, ``restriction-lifted`` or ``objection-refused``."""
    facts: Facts
    promises: tuple[dt.date, ...] = ()
    """Dates the letter speaks of as still to come: none may be before the letter's date."""


def bullets(items: Iterable[str]) -> str:
    return "\n".join(f"– {item}" for item in items if item.strip())


def indented(text: str) -> str:
    """Text printed as an indented block (see ``documents.response_letter_pdf``)."""
    return "\n".join(f"  {line.strip()}" for line in text.strip().splitlines() if line.strip())


def _action_notes(row: Request) -> list[tuple[dt.date, str]]:
    """The notes of the request's actions, the latest first."""
    return [(e.on_date, e.note) for e in reversed(row.events) if e.kind == TimelineKind.ACTION]


def _latest(row: Request, message: str) -> tuple[dt.date, dict[str, str]] | None:
    for on_date, note in _action_notes(row):
        found = letter_notes.match_note(note, message)
        if found is not None:
            return on_date, found[1]
    return None


def _contact(session: Session, controller: ControllerFacts) -> str:
    """The contact person's e-mail and phone, else the controller's."""
    contact = notice.contact_facts(session, "contact")
    email = (contact.email if contact else "") or controller.email
    phone = (contact.phone if contact else "") or controller.phone
    return ", ".join(part for part in (email, display_phone(phone) if phone else "") if part)


def common_facts(session: Session, row: Request, lang: str, common: CommonTexts) -> Facts:
    controller = notice.controller_facts(session)
    return {
        "name": row.requester_name or (row.person.full_name if row.person else ""),
        "reference": row.reference,
        "received": letter_date(row.received_on, lang),
        "request": common.requests.get(row.type, common.requests["other"]),
        "controller": controller.name,
        "contact": _contact(session, controller),
        "authority_name": notice.authority(session)[lang].name,
        "record_period": record_period(lang)}


def authority_block(session: Session, lang: str, common: CommonTexts) -> str:
    block, labels = notice.authority(session)[lang], common.authority
    lines = [block.name, *(f"{label}: {value}" for label, value in (
        (labels.visiting, block.visiting), (labels.postal, block.postal),
        (labels.phone, block.phone), (labels.email, block.email), (labels.web, block.web))
        if value)]
    return indented("\n".join(lines))


# --- per kind ------------------------------------------------------------------------

Gather = Callable[[Session, Request, str, CommonTexts, dt.date], LetterFacts]


def _reached(row: Request, status: RequestStatus) -> dt.date | None:
    """The day the request last went to ``status``, from its timeline."""
    return next((e.on_date for e in reversed(row.events) if e.to_status == status), None)


def _answer_kept(row: Request) -> bool:
    return any(d.kind == LETTER and d.is_final and d.letter_kind not in INTERIM_KINDS
               for d in row.documents)


def check_unanswered(row: Request) -> None:
    """A letter dated today answers the request: it must not be answered, closed or
    withdrawn already (``LetterUntrue`` with the date, and where the answer sent is kept)."""
    status = RequestStatus(row.status)
    if status in ANSWERED and row.sent_on is not None:
        raise (AlreadyAnswered if _answer_kept(row) else AnsweredUnkept)(date=row.sent_on)
    ended = _ended_on(row, status)
    if ended is not None:
        raise ENDED[status](date=ended)
    if status in ANSWERED or status is RequestStatus.WITHDRAWN:
        raise NoLongerOpen(status=_(REQUEST_STATUS_LABELS[status]).lower())


def _ended_on(row: Request, status: RequestStatus) -> dt.date | None:
    """When a request closed without an answer sent, or withdrawn, ended."""
    if status is RequestStatus.CLOSED:
        return row.closed_on or _reached(row, status)
    return _reached(row, status) if status is RequestStatus.WITHDRAWN else None


def _noted_after_answer(row: Request, message: str) -> bool:
    """Whether the latest action noted as ``message`` came after the answer was sent."""
    events = list(row.events)
    sent = [i for i, e in enumerate(events) if e.to_status == RequestStatus.SENT]
    noted = [i for i, e in enumerate(events) if e.kind == TimelineKind.ACTION
             and letter_notes.match_note(e.note, message) is not None]
    return bool(sent and noted) and noted[-1] > sent[-1]


def _acknowledgement(s: Session, row: Request, lang: str, c: CommonTexts,
                     today: dt.date) -> LetterFacts:
    check_not_at_once(row)
    due = in_force_for(row, today).deadline.due
    return LetterFacts("acknowledgement", {"due": letter_date(due, lang)}, (due,))


def _clarification(s: Session, row: Request, lang: str, c: CommonTexts,
                   today: dt.date) -> LetterFacts:
    """The question recorded by the identity step, written on the day it is asked (the
    window builds the letter right after the step); the clock is said to stop only while a
    question asked in time through that step is pending (deadlines.md, the pause)."""
    asked = next(((e.on_date, e.note) for e in reversed(row.events)
                  if (e.kind == TimelineKind.PAUSED or e.to_status == RequestStatus.IDENTITY_CHECK)
                  and e.note.strip()), None)
    if asked is None:
        raise NoQuestion()
    if asked[0] < today:
        raise QuestionAsked(date=asked[0])
    return LetterFacts("clarification", {"question": free_text(asked[1], lang),
                                         "paused": _paused_since(row, lang)})


def _paused_since(row: Request, lang: str) -> str:
    """The day the clock stopped, if it stands still now: paused by the identity step, not
    resumed, and paused before the answer-by date had passed; else empty."""
    if row.paused_on is None or row.resumed_on is not None:
        return ""
    due = row.extended_due_on or one_month(row.received_on).due
    return letter_date(row.paused_on, lang) if row.paused_on <= due else ""


def _extension(s: Session, row: Request, lang: str, c: CommonTexts,
               today: dt.date) -> LetterFacts:
    check_not_at_once(row)
    before = next((e.old_date for e in row.events
                   if e.kind == TimelineKind.EXTENDED and e.old_date), None)
    last = before or one_month(row.received_on).due
    if today > last:  # the letter says the notice is within the month: it would not be
        raise ExtensionLate(date=last)
    facts = {"due": letter_date(last, lang), "reasons": free_text(row.extension_reason, lang)}
    if row.extended_due_on is None:
        return LetterFacts("extension", facts)
    due = in_force_for(row, today).deadline.due  # the date in force: a pause moves it too
    return LetterFacts("extension", facts | {"extended_due": letter_date(due, lang)}, (due,))


def _no_data(s: Session, row: Request, lang: str, c: CommonTexts, today: dt.date) -> LetterFacts:
    check_no_data_is_true(s, row)
    searched = (row.requester_name, row.requester_email,
                display_phone(row.requester_phone) if row.requester_phone else "")
    return LetterFacts("no-data", {"searched": bullets(searched),
                                   "authority": authority_block(s, lang, c)})


def _rectification(s: Session, row: Request, lang: str, c: CommonTexts,
                   today: dt.date) -> LetterFacts:
    found = _latest(row, NOTE_CORRECTED)
    facts = {} if found is None else {
        "changed": bullets(free_text(label, lang)
                           for label in letter_notes.field_labels(found[1]["fields"], lang))}
    if row.person is not None and row.person.full_name:  # a corrected name is used at once
        facts["name"] = row.person.full_name
    return LetterFacts("rectification", facts)


def _erasure(s: Session, row: Request, lang: str, c: CommonTexts, today: dt.date) -> LetterFacts:
    registers = register_words(s)
    for _on, note in _action_notes(row):
        items = erasure_items(note, lang, registers)
        if items is not None:
            erased, kept = items
            return LetterFacts("erasure", {
                "erased": bullets(erased), "kept": bullets(kept),
                "authority": authority_block(s, lang, c) if kept else ""})
    return LetterFacts("erasure", {"kept": "", "authority": ""})


def _objection_marketing(s: Session, row: Request, lang: str, c: CommonTexts,
                         today: dt.date) -> LetterFacts:
    rows = s.scalars(select(MarketingObjection).where(MarketingObjection.request_id == row.id)
                     .order_by(MarketingObjection.since, MarketingObjection.id)).all()
    if not rows:
        return LetterFacts("objection-marketing", {})
    scopes = [scope for scope in MarketingScope if scope.value in {r.scope for r in rows}]
    return LetterFacts("objection-marketing", {
        "since": letter_date(min(r.since for r in rows), lang),
        "channels": bullets(gettext_in(lang, MARKETING_SCOPE_LABELS[s]) for s in scopes)})


def _objection_reasons(row: Request, lang: str) -> str:
    """The reasons of a refused Art. 21(1) objection; without them the letter is refused."""
    if not row.refusal_reasons.strip():
        raise ObjectionWithoutReasons()
    return indented(free_text(row.refusal_reasons, lang))


def _objection(s: Session, row: Request, lang: str, c: CommonTexts,
               today: dt.date) -> LetterFacts:
    """The refusal with its reasons and remedies (Art. 21(1), 12(4)) if the objection was
    refused; else the decision recorded (never the request's internal outcome note). Both
    name the processing objected to as the request records it. The authority's contact
    block comes from the settings: only the decision can be missing."""
    facts = {"authority": authority_block(s, lang, c),
             "objected": indented(free_text(row.description, lang))}
    if row.type == RequestType.OBJECTION and objection_refused(row):
        return LetterFacts(OBJECTION_REFUSED, facts | {"reasons": _objection_reasons(row, lang)})
    found = _latest(row, NOTE_DECISION)
    decision = found[1]["decision"].strip() if found else ""
    return LetterFacts("objection", facts | {"decision": free_text(decision, lang)})


def _restriction(s: Session, row: Request, lang: str, c: CommonTexts,
                 today: dt.date) -> LetterFacts:
    person = row.person
    if person is not None and person.restricted:
        since = person.restricted_since or today
        reason = person.restriction_reason.strip()
        return LetterFacts("restriction", {
            "since": letter_date(since, lang),
            "grounds": restriction_ground(reason, lang) or free_text(reason, lang)})
    lifted = _latest(row, NOTE_LIFTED)
    if lifted is not None:  # "will be lifted on …": a date to come
        return LetterFacts(LIFTED, {"lifted": letter_date(lifted[0], lang)}, (lifted[0],))
    return LetterFacts("restriction", {"grounds": ""})


def _portability(s: Session, row: Request, lang: str, c: CommonTexts,
                 today: dt.date) -> LetterFacts:
    files = [d.filename for d in row.documents if d.mime_type in PORTABLE_TYPES]
    return LetterFacts("portability", {"files": bullets(files)} if files else {})


def _consent_text(consent: Consent, lang: str) -> str:
    channel = CONSENT_CHANNEL_LABELS.get(consent.channel)
    how = gettext_in(lang, channel) if channel else consent.channel
    return f"{free_text(consent.purpose, lang)} ({how})"


def _consent_withdrawal(s: Session, row: Request, lang: str, c: CommonTexts,
                        today: dt.date) -> LetterFacts:
    start = dt.datetime.combine(row.received_on, dt.time())
    withdrawn = [] if row.person_id is None else s.scalars(
        select(Consent).where(Consent.person_id == row.person_id,
                              Consent.withdrawn_at >= start)
        .order_by(Consent.withdrawn_at, Consent.id)).all()
    if not withdrawn:
        return LetterFacts("consent-withdrawal", {})
    first = min(consent.withdrawn_at or start for consent in withdrawn)
    return LetterFacts("consent-withdrawal", {
        "since": letter_date(first.date(), lang),
        "consents": bullets(_consent_text(consent, lang) for consent in withdrawn)})


def _refusal(s: Session, row: Request, lang: str, c: CommonTexts, today: dt.date) -> LetterFacts:
    if row.type == RequestType.OBJECTION:
        reasons = _objection_reasons(row, lang)
    else:
        reasons = indented(free_text(row.refusal_reasons, lang))
    return LetterFacts("refusal", {"reasons": reasons, "authority": authority_block(s, lang, c)})


GATHER: dict[LetterKind, Gather] = {
    LetterKind.ACKNOWLEDGEMENT: _acknowledgement, LetterKind.CLARIFICATION: _clarification,
    LetterKind.EXTENSION: _extension, LetterKind.NO_DATA: _no_data,
    LetterKind.RECTIFICATION: _rectification, LetterKind.ERASURE: _erasure,
    LetterKind.OBJECTION_MARKETING: _objection_marketing, LetterKind.OBJECTION: _objection,
    LetterKind.RESTRICTION: _restriction, LetterKind.PORTABILITY: _portability,
    LetterKind.CONSENT_WITHDRAWAL: _consent_withdrawal, LetterKind.REFUSAL: _refusal,
}
"""Every letter kind but the access report, which has its own builder."""


def gather_facts(session: Session, row: Request, kind: LetterKind, lang: str,
                 common: CommonTexts, today: dt.date, *, answering: bool = True) -> LetterFacts:
    """The template to use and all its facts: the request's own and the kind's.
    ``LetterUntrue`` if the letter would be untrue on ``today``, the letter's date; with
    ``answering`` (a new letter, not one kept earlier) also if the request was already
    answered, closed or withdrawn, unless the letter is one that follows the answer, and if
    the kind does not fit the request's type or stage (``fit.check_fits``)."""
    follows = FOLLOWS_ANSWER.get(kind)
    if answering and follows is None:
        check_unanswered(row)
    if answering:
        check_fits(row, kind, today)
    found = GATHER[kind](session, row, lang, common, today)
    if answering and follows is not None and not (
            found.key == follows[0] and _noted_after_answer(row, follows[1])):
        check_unanswered(row)
    passed = [day for day in found.promises if day < today]
    if passed:
        raise PromisePast(date=min(passed))
    return LetterFacts(found.key, common_facts(session, row, lang, common) | found.facts,
                       found.promises)


def signature(session: Session, lang: str, common: CommonTexts) -> Sequence[str]:
    """The signer (the contact person, if entered), their title, and the controller."""
    contact = notice.contact_facts(session, "contact")
    controller = notice.controller_facts(session).name
    if contact is None or not contact.name:
        return (controller,)
    return (contact.name, common.signer_title, controller)
