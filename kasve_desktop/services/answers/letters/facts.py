"""The facts each response letter needs, gathered from the request and its timeline.

Every value is text in the letter's language: dates as letters.md writes them
(``24.11.2026``, ``24 November 2026``), lists as lines starting with "– ".
A fact the request does not have yet is left out (or empty, where the template
treats it as optional), and filling the template then names it
(``MissingFacts``) instead of printing a placeholder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain.deadlines import in_force_for, one_month
from kasve_desktop.domain.letter_templates import LIFTED, CommonTexts, TemplateError
from kasve_desktop.domain.notice import ControllerFacts
from kasve_desktop.domain.validation import display_phone
from kasve_desktop.domain.vocabulary import (
    MARKETING_SCOPE_LABELS,
    LetterKind,
    MarketingScope,
    TimelineKind,
)
from kasve_desktop.i18n import N_, display_date, gettext_in, letter_date
from kasve_desktop.services.answers.data_holder import check_no_data_is_true
from kasve_desktop.services.answers.letters import notes as letter_notes
from kasve_desktop.services.people.marketing import CONSENT_CHANNEL_LABELS
from kasve_desktop.services.registers import notice
from kasve_desktop.services.requests.actions import NOTE_CORRECTED, NOTE_DECISION, NOTE_LIFTED
from kasve_desktop.store.models import Consent, MarketingObjection, Register, Request

Facts = dict[str, str]
PORTABLE_TYPES = frozenset({"application/json", "text/csv"})

EXTENSION_LATE = N_("The notice of an extension had to reach the person by the one-month "
                    "date, {date}; a notice dated today would be late and its wording untrue. "
                    "Explain the delay to the person in a letter of your own.")


@dataclass(frozen=True)
class LetterFacts:
    key: str
    """The template: the letter kind, or ``restriction-lifted``."""
    facts: Facts


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
        "authority_name": notice.authority(session)[lang].name}


def authority_block(session: Session, lang: str, common: CommonTexts) -> str:
    block, labels = notice.authority(session)[lang], common.authority
    lines = [block.name, *(f"{label}: {value}" for label, value in (
        (labels.visiting, block.visiting), (labels.postal, block.postal),
        (labels.phone, block.phone), (labels.email, block.email), (labels.web, block.web))
        if value)]
    return indented("\n".join(lines))


# --- per kind ------------------------------------------------------------------------

Gather = Callable[[Session, Request, str, CommonTexts, dt.date], LetterFacts]


def _acknowledgement(s: Session, row: Request, lang: str, c: CommonTexts,
                     today: dt.date) -> LetterFacts:
    return LetterFacts("acknowledgement",
                       {"due": letter_date(in_force_for(row, today).deadline.due, lang)})


def _clarification(s: Session, row: Request, lang: str, c: CommonTexts,
                   today: dt.date) -> LetterFacts:
    asked = [e.note for e in reversed(row.events)
             if e.kind == TimelineKind.PAUSED or e.to_status == "identity-check"]
    return LetterFacts("clarification", {"question": next((n for n in asked if n), "")})


def _extension(s: Session, row: Request, lang: str, c: CommonTexts,
               today: dt.date) -> LetterFacts:
    before = next((e.old_date for e in row.events
                   if e.kind == TimelineKind.EXTENDED and e.old_date), None)
    last = before or one_month(row.received_on).due
    if today > last:  # the letter says the notice is within the month: it would not be
        raise TemplateError(EXTENSION_LATE, date=display_date(last))
    facts = {"due": letter_date(last, lang),
             "reasons": row.extension_reason}
    if row.extended_due_on is not None:  # the date in force: a pause moves it too
        facts["extended_due"] = letter_date(in_force_for(row, today).deadline.due, lang)
    return LetterFacts("extension", facts)


def _no_data(s: Session, row: Request, lang: str, c: CommonTexts, today: dt.date) -> LetterFacts:
    check_no_data_is_true(s, row)
    return LetterFacts("no-data", {})


def _rectification(s: Session, row: Request, lang: str, c: CommonTexts,
                   today: dt.date) -> LetterFacts:
    found = _latest(row, NOTE_CORRECTED)
    return LetterFacts("rectification", {} if found is None else {
        "changed": bullets(letter_notes.field_labels(found[1]["fields"], lang))})


def _known_texts(session: Session) -> list[dict[str, str]]:
    registers = session.scalars(select(Register)).all()
    return [dict(texts) for r in registers for texts in (r.name, r.legal_hold_text) if texts]


def _erasure(s: Session, row: Request, lang: str, c: CommonTexts, today: dt.date) -> LetterFacts:
    known = _known_texts(s)
    for _on, note in _action_notes(row):
        items = letter_notes.erasure_items(note, lang, known)
        if items is not None:
            return LetterFacts("erasure", {"erased": bullets(items[0]),
                                           "kept": bullets(items[1])})
    return LetterFacts("erasure", {"kept": ""})


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


def _objection(s: Session, row: Request, lang: str, c: CommonTexts,
               today: dt.date) -> LetterFacts:
    found = _latest(row, NOTE_DECISION)
    decision = found[1]["decision"] if found else ""
    if not decision and row.type == "objection":
        decision = row.outcome
    return LetterFacts("objection", {"decision": decision} if decision else {})


def _restriction(s: Session, row: Request, lang: str, c: CommonTexts,
                 today: dt.date) -> LetterFacts:
    person = row.person
    if person is not None and person.restricted:
        since = person.restricted_since or today
        return LetterFacts("restriction", {"since": letter_date(since, lang),
                                           "grounds": person.restriction_reason.strip()})
    lifted = _latest(row, NOTE_LIFTED)
    if lifted is not None:
        return LetterFacts(LIFTED, {"lifted": letter_date(lifted[0], lang)})
    return LetterFacts("restriction", {"grounds": ""})


def _portability(s: Session, row: Request, lang: str, c: CommonTexts,
                 today: dt.date) -> LetterFacts:
    files = [d.filename for d in row.documents if d.mime_type in PORTABLE_TYPES]
    return LetterFacts("portability", {"files": bullets(files)} if files else {})


def _consent_text(consent: Consent, lang: str) -> str:
    channel = CONSENT_CHANNEL_LABELS.get(consent.channel)
    return f"{consent.purpose} ({gettext_in(lang, channel) if channel else consent.channel})"


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
    return LetterFacts("refusal", {"reasons": indented(row.refusal_reasons),
                                   "authority": authority_block(s, lang, c)})


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
                 common: CommonTexts, today: dt.date) -> LetterFacts:
    """The template to use and all its facts: the request's own and the kind's."""
    found = GATHER[kind](session, row, lang, common, today)
    return LetterFacts(found.key, common_facts(session, row, lang, common) | found.facts)


def signature(session: Session, lang: str, common: CommonTexts) -> Sequence[str]:
    """The signer (the contact person, if entered), their title, and the controller."""
    contact = notice.contact_facts(session, "contact")
    controller = notice.controller_facts(session).name
    if contact is None or not contact.name:
        return (controller,)
    return (contact.name, common.signer_title, controller)
