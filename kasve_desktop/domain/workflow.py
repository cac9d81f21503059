"""The steps of a data-subject request, as requests.md draws them.

::

    received ──► identity-check ──► in-progress ──► response-ready ──► sent ──► closed
       │               │                 ▲   │             │
       └───────────────┴─────────────────┘   └──► refused ─┘ (a refusal is also sent)
    any open state ──► withdrawn

A refusal is decided first and sent afterwards, within the same deadline, so
``refused`` is still an open state. A draft response can be taken back to work
(``response-ready`` → ``in-progress``). The extension and the identity pause are
actions on an open request, not states; their rules are here too. Every refusal
says why, in words the user can act on.

When the letter answering a request goes out, the request walks the rest of
``ANSWER_ROUTE`` to ``sent`` at once (``answer_route``), each step one of
``TRANSITIONS``; a refused request goes straight to ``sent``. It cannot while
its identity check is open (that step needs how the identity was confirmed), nor
with a refusal letter before the refusal and its reasons were recorded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kasve_desktop.domain.deadlines import date_in_force
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.vocabulary import OPEN_STATUSES, REQUEST_STATUS_LABELS, Channel
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.i18n import N_, _

TRANSITIONS: dict[S, tuple[S, ...]] = {
    S.RECEIVED: (S.IDENTITY_CHECK, S.IN_PROGRESS, S.WITHDRAWN),
    S.IDENTITY_CHECK: (S.IN_PROGRESS, S.WITHDRAWN),
    S.IN_PROGRESS: (S.RESPONSE_READY, S.REFUSED, S.WITHDRAWN),
    S.RESPONSE_READY: (S.SENT, S.IN_PROGRESS, S.WITHDRAWN),
    S.REFUSED: (S.SENT, S.WITHDRAWN),
    S.SENT: (S.CLOSED,),
    S.CLOSED: (),
    S.WITHDRAWN: (),
}


ANSWER_ROUTE: tuple[S, ...] = (S.RECEIVED, S.IN_PROGRESS, S.RESPONSE_READY, S.SENT)
"""The states an open request passes on the way to ``sent`` when its answer goes out."""


class StepRefused(UserError):
    """An impossible step; ``text()`` says why in the user's language."""


class Unmoved(StepRefused):
    """Why a request stayed where it was when a letter answering it went out (the letter
    itself went out all the same)."""


@dataclass(frozen=True)
class RequestFacts:
    """What the rules need to know of a request."""

    status: S
    received_on: dt.date
    extended: bool = False
    paused_on: dt.date | None = None
    resumed_on: dt.date | None = None


@dataclass(frozen=True)
class StepDetails:
    """What the user gives with a step; which of it is required depends on the step."""

    on_date: dt.date
    note: str = ""
    identity_method: str = ""
    refusal_reasons: str = ""
    response_channel: str = ""


def allowed_steps(status: S) -> tuple[S, ...]:
    return TRANSITIONS[status]


def _status_label(status: S) -> str:
    return _(REQUEST_STATUS_LABELS[status])


def _check_date(facts: RequestFacts, on_date: dt.date, today: dt.date) -> None:
    if on_date < facts.received_on:
        raise StepRefused(N_("The date cannot be before the request was received ({date})."),
                          date=facts.received_on)
    if on_date > today:
        raise StepRefused(N_("The date cannot be in the future."))


def check_step(facts: RequestFacts, target: S, details: StepDetails, today: dt.date) -> None:
    """Refuse an impossible step with the reason; return quietly when it may be taken."""
    if target not in TRANSITIONS[facts.status]:
        if not TRANSITIONS[facts.status]:
            raise StepRefused(N_("The request is {status}: nothing more can be done to it."),
                              status=_status_label(facts.status).lower())
        raise StepRefused(N_("A request cannot go from “{current}” to “{target}”. Possible "
                             "next steps: {steps}."), current=_status_label(facts.status),
                          target=_status_label(target),
                          steps=", ".join(_status_label(s) for s in TRANSITIONS[facts.status]))
    _check_date(facts, details.on_date, today)
    _check_required(facts, target, details)


def _check_required(facts: RequestFacts, target: S, details: StepDetails) -> None:
    if target is S.REFUSED and not details.refusal_reasons.strip():
        raise StepRefused(N_("A refusal needs its reasons: they go into the letter."))
    if (facts.status is S.IDENTITY_CHECK and target is S.IN_PROGRESS
            and not details.identity_method.strip()):
        raise StepRefused(N_("Write how the identity was confirmed (no copies of ID "
                             "documents are kept)."))
    if target is S.SENT and details.response_channel not in {c.value for c in Channel}:
        raise StepRefused(N_("Choose how the response was sent."))
    asked = facts.paused_on if facts.resumed_on is None else None
    if asked is not None and target is S.IN_PROGRESS and details.on_date < asked:
        raise StepRefused(N_("The answer cannot arrive before the question was sent "
                             "({date})."), date=facts.paused_on)


def one_month_in_force(facts: RequestFacts, today: dt.date) -> dt.date:
    """The one-month date as it stands (moved by a pause), without any extension."""
    return date_in_force(facts.received_on, is_extended=False, paused_on=facts.paused_on,
                         resumed_on=facts.resumed_on, today=today).deadline.due


def check_extension(facts: RequestFacts, on_date: dt.date, reasons: str, today: dt.date) -> None:
    """Only once, on an open request, before the one-month date has passed, with reasons."""
    if facts.status not in OPEN_STATUSES:
        raise StepRefused(N_("Only an open request can be extended."))
    if facts.extended:
        raise StepRefused(N_("The deadline has already been extended once; it can be "
                             "extended only once."))
    _check_date(facts, on_date, today)
    last = one_month_in_force(facts, today)
    if on_date > last:
        raise StepRefused(N_("The extension had to be decided by the one-month date "
                             "({date}); that date has passed."), date=last)
    if not reasons.strip():
        raise StepRefused(N_("An extension needs its reasons: the person must be told why."))


def check_pause(facts: RequestFacts, asked_on: dt.date, today: dt.date) -> None:
    """The clock can be paused once, when the identity or clarification question is sent."""
    if facts.paused_on is not None:
        raise StepRefused(N_("The clock has already been paused once for this request."))
    if S.IDENTITY_CHECK not in TRANSITIONS[facts.status]:
        raise StepRefused(N_("An identity or clarification question is asked right after "
                             "receipt; this request is already “{status}”."),
                          status=_status_label(facts.status))
    _check_date(facts, asked_on, today)


def check_resume(facts: RequestFacts, answered_on: dt.date, today: dt.date) -> None:
    if facts.paused_on is None or facts.resumed_on is not None:
        raise StepRefused(N_("The clock is not paused."))
    if answered_on < facts.paused_on:
        raise StepRefused(N_("The answer cannot arrive before the question was sent "
                             "({date})."), date=facts.paused_on)
    if answered_on > today:
        raise StepRefused(N_("The date cannot be in the future."))


# --- the answer sent ----------------------------------------------------------------------

def _check_answerable(facts: RequestFacts, refusal: bool) -> None:
    paused = facts.paused_on is not None and facts.resumed_on is None
    if facts.status is S.IDENTITY_CHECK or paused:
        if paused:
            raise StepRefused(N_("The identity check of this request is still open and its "
                                 "clock has been paused since {date}: record how the identity "
                                 "was confirmed (“Identity confirmed…” in the request pane) "
                                 "before marking its answer as sent."), date=facts.paused_on)
        raise StepRefused(N_("The identity check of this request is still open: record how "
                             "the identity was confirmed (“Identity confirmed…” in the "
                             "request pane) before marking its answer as sent."))
    if refusal and facts.status is not S.REFUSED:
        raise StepRefused(N_("This is a refusal letter, but the request has not been refused: "
                             "take “Refuse…” in the request pane and write the reasons first, "
                             "then mark the letter as sent."))


def answer_route(facts: RequestFacts, *, refusal: bool, sent_on: dt.date,
                 last_step_on: dt.date | None = None) -> tuple[S, ...]:
    """The steps, in order, that the request takes when the letter answering it (a refusal
    letter if ``refusal``) goes out on ``sent_on``; ``()`` when it is no longer open
    (``unmoved`` says so). ``StepRefused`` when the letter cannot answer it yet, or when
    ``sent_on`` is before the request's last step (``last_step_on``)."""
    if facts.status not in OPEN_STATUSES:
        return ()
    _check_answerable(facts, refusal)
    if last_step_on is not None and sent_on < last_step_on:
        raise StepRefused(N_("The letter cannot have been sent before the request's last "
                             "step ({date})."), date=last_step_on)
    if facts.status is S.REFUSED:
        return (S.SENT,)
    return ANSWER_ROUTE[ANSWER_ROUTE.index(facts.status) + 1:]


def unmoved(facts: RequestFacts) -> Unmoved | None:
    """Why a request no longer open stays as it is when one more answer goes out."""
    if facts.status in OPEN_STATUSES:
        return None
    return Unmoved(N_("The request is already “{status}”, so its state did not change."),
                   status=_status_label(facts.status))
