"""Whether a letter kind fits the request it would answer, at the stage the request is in.

A new letter of a kind that misstates what the request is, or comes after the stage it is
written for, is refused with the reason (``refusals.LetterUntrue``):

- the access report and the "no data held" letter answer an access request (Art. 15) only:
  the report opens with "we received your request to know what personal data we process
  about you";
- the access report is not released while the identity check is open (the clock paused and
  not resumed): it would give a copy of all the data to someone whose identity is not
  confirmed (Art. 12(6), 5(1)(f));
- the acknowledgement is the first letter of a request, sent on receipt: not once the
  request has been acted on (an action on its timeline) or is ready, refused or answered,
  not once the time has been extended (the extension notice tells the new date; the
  acknowledgement would call it the one-month limit of Art. 12(3)), and not once a question
  has been asked of the person (it says "if we need more information, we will contact
  you"); nor ever for a withdrawal of consent or a marketing objection, carried out at once
  (Art. 7(3), 21(3)). A date it would promise that has passed is ``facts.gather_facts``'
  refusal;
- a refused objection (Art. 21(1)) is answered by the objection letter, which carries the
  reasons and the remedies: a refusal letter would answer it a second time;
- an extension is notified once: a second notice, dated later, would pose as the first.
"""

from __future__ import annotations

import datetime as dt

from kasve_desktop.domain.deadlines import in_force_for
from kasve_desktop.domain.vocabulary import (
    REQUEST_STATUS_LABELS,
    REQUEST_TYPE_LABELS,
    LetterKind,
    RequestStatus,
    RequestType,
    TimelineKind,
)
from kasve_desktop.i18n import _
from kasve_desktop.services.answers.letters.refusals import (
    AcknowledgementActedOn,
    AcknowledgementAdvanced,
    AcknowledgementAfterQuestion,
    AcknowledgementExtended,
    ExtensionSent,
    IdentityUnconfirmed,
    MarketingAtOnce,
    NoDataNotAccess,
    NotAnAccessRequest,
    RefusalInObjection,
    TakesEffectAtOnce,
)
from kasve_desktop.store.models import Request

ADVANCED = frozenset({RequestStatus.RESPONSE_READY, RequestStatus.REFUSED, RequestStatus.SENT,
                      RequestStatus.CLOSED})
"""The states past handling: the request is ready to be answered, refused or answered."""
ACCESS_ONLY = {LetterKind.ACCESS_REPORT: NotAnAccessRequest, LetterKind.NO_DATA: NoDataNotAccess}
AT_ONCE: dict[str, type[TakesEffectAtOnce]] = {
    RequestType.CONSENT_WITHDRAWAL: TakesEffectAtOnce,
    RequestType.OBJECTION_MARKETING: MarketingAtOnce}
"""Requests carried out at once (Art. 7(3), 21(3)), never "by" an answer-by date."""


def check_not_at_once(row: Request) -> None:
    """A letter promising an answer by a date is untrue for a request carried out at once."""
    at_once = AT_ONCE.get(row.type)
    if at_once is not None:
        raise at_once()


def objection_refused(row: Request) -> bool:
    """Whether the request was refused: its state, its reasons, or a refusal on its timeline."""
    return (row.status == RequestStatus.REFUSED or bool(row.refusal_reasons.strip())
            or any(e.to_status == RequestStatus.REFUSED for e in row.events))


def _type_text(row: Request) -> str:
    kind = RequestType(row.type) if row.type in set(RequestType) else RequestType.OTHER
    return _(REQUEST_TYPE_LABELS[kind])


def _check_acknowledgement(row: Request, today: dt.date) -> None:
    check_not_at_once(row)  # its own reason first: no acknowledgement at all
    status = RequestStatus(row.status)
    if status in ADVANCED:
        raise AcknowledgementAdvanced(status=_(REQUEST_STATUS_LABELS[status]))
    acted = next((e.on_date for e in row.events if e.kind == TimelineKind.ACTION), None)
    if acted is not None:
        raise AcknowledgementActedOn(date=acted)
    if row.extended_due_on is not None:
        raise AcknowledgementExtended(date=in_force_for(row, today).deadline.due)
    if row.paused_on is not None:
        raise AcknowledgementAfterQuestion(date=row.paused_on)


def check_fits(row: Request, kind: LetterKind, today: dt.date) -> None:
    """``LetterUntrue`` if a new letter of ``kind``, dated ``today``, does not fit the request's
    type or stage (see the module's description)."""
    not_access = ACCESS_ONLY.get(kind)
    if not_access is not None and row.type != RequestType.ACCESS:
        raise not_access(type=_type_text(row))
    if kind is LetterKind.ACCESS_REPORT and row.paused_on is not None \
            and row.resumed_on is None:  # asked for the identity; no answer recorded
        raise IdentityUnconfirmed(date=row.paused_on)
    if kind is LetterKind.ACKNOWLEDGEMENT:
        _check_acknowledgement(row, today)
    if kind is LetterKind.REFUSAL and row.type == RequestType.OBJECTION \
            and objection_refused(row):
        raise RefusalInObjection()
    sent = _sent_on(row, LetterKind.EXTENSION)
    if kind is LetterKind.EXTENSION and sent is not None:
        raise ExtensionSent(date=sent)


def _sent_on(row: Request, kind: LetterKind) -> dt.date | None:
    """The day the first letter of ``kind`` was sent for the request, if one was."""
    days = [d.sent_on for d in row.documents
            if d.is_final and d.letter_kind == kind.value and d.sent_on is not None]
    return min(days) if days else None
