"""The workflow actions of the request pane: what each asks for and which service it calls.

Each action is a ``StepSpec``: the dialog's texts, which fields it shows, and a
``run`` that calls the service (``services.requests.steps``). The rules live in
``domain/workflow.py``; an impossible step comes back as ``StepRefused`` with
the reason, and nothing changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import StepDetails
from kasve_desktop.i18n import N_
from kasve_desktop.services.database import Database
from kasve_desktop.services.requests import steps as request_steps
from kasve_desktop.services.requests.detail import RequestDetail

STATUS_STEPS = (S.IN_PROGRESS, S.RESPONSE_READY, S.REFUSED, S.SENT, S.CLOSED, S.WITHDRAWN)
IDENTITY, RESUME, EXTEND, NOTE = "identity", "resume", "extend", "note"
DATE = N_("&Date:")


@dataclass(frozen=True)
class StepInput:
    """What the user wrote in the step dialog."""

    on_date: dt.date
    text: str = ""
    note: str = ""
    channel: str = ""
    pause: bool = True


Run = Callable[[Database, int, StepInput, dt.date], RequestDetail]


@dataclass(frozen=True)
class StepSpec:
    key: str
    title: str
    """Msgid of the dialog's heading (and of the pane's button, with "…")."""
    explanation: str
    run: Run
    date_label: str = DATE
    text_label: str = ""
    """Msgid of the label of the main text field; empty: no such field."""
    note: bool = True
    channel: bool = False
    pause: bool = False


def _identity(db: Database, request_id: int, given: StepInput, today: dt.date) -> RequestDetail:
    return request_steps.ask_identity(db, request_id, given.on_date, given.text, today,
                                      pause=given.pause)


def _resume(db: Database, request_id: int, given: StepInput, today: dt.date) -> RequestDetail:
    return request_steps.resume_clock(db, request_id, given.on_date, given.note, today)


def _extend(db: Database, request_id: int, given: StepInput, today: dt.date) -> RequestDetail:
    return request_steps.extend_deadline(db, request_id, given.on_date, given.text, today)


def _note(db: Database, request_id: int, given: StepInput, today: dt.date) -> RequestDetail:
    return request_steps.add_note(db, request_id, given.on_date, given.text, today)


def _status(target: S) -> Run:
    def run(db: Database, request_id: int, given: StepInput, today: dt.date) -> RequestDetail:
        details = StepDetails(given.on_date, given.note, identity_method=given.text,
                              refusal_reasons=given.text, response_channel=given.channel)
        return request_steps.take_step(db, request_id, target, details, today)
    return run


SPECS: dict[str, StepSpec] = {
    IDENTITY: StepSpec(
        IDENTITY, N_("Ask identity or clarification"),
        N_("Send the person a question to confirm their identity or to specify the request. "
           "While the answer is awaited the clock can stand still; ask without undue delay "
           "after receipt."), _identity, date_label=N_("Question &sent on:"),
        text_label=N_("&What is asked (printed in the clarification letter):"), note=False,
        pause=True),
    RESUME: StepSpec(
        RESUME, N_("Answer received"),
        N_("The answer to the identity or clarification question arrived: the clock runs "
           "again from this day."), _resume, date_label=N_("Answer &received on:")),
    EXTEND: StepSpec(
        EXTEND, N_("Extend the deadline"),
        N_("The answer-by date becomes three months from receipt. This can be done once, "
           "before the one-month date has passed, and the person must be told the reasons "
           "by then."), _extend, date_label=N_("&Decided on:"), text_label=N_("&Reasons:"),
        note=False),
    NOTE: StepSpec(NOTE, N_("Add a note"), N_("A note on the request's timeline."), _note,
                   text_label=N_("&Note:"), note=False),
    S.IN_PROGRESS: StepSpec(S.IN_PROGRESS, N_("Start work"),
                            N_("Work on the request starts."), _status(S.IN_PROGRESS)),
    S.RESPONSE_READY: StepSpec(
        S.RESPONSE_READY, N_("Response ready"),
        N_("The response exists as a draft and can be checked before it is sent."),
        _status(S.RESPONSE_READY)),
    S.REFUSED: StepSpec(
        S.REFUSED, N_("Refuse"),
        N_("The request is refused fully or partly. The reasons go into the letter, which "
           "also names the right to complain to the supervisory authority and to go to "
           "court (Art. 12(4))."), _status(S.REFUSED), text_label=N_("&Reasons:")),
    S.SENT: StepSpec(
        S.SENT, N_("Mark as sent"),
        N_("The response went out. A request made by e-mail or web form is answered "
           "electronically unless the person asked otherwise (Art. 12(3))."),
        _status(S.SENT), date_label=N_("&Sent on:"), channel=True),
    S.CLOSED: StepSpec(S.CLOSED, N_("Close"), N_("Nothing is left to do for this request."),
                       _status(S.CLOSED)),
    S.WITHDRAWN: StepSpec(S.WITHDRAWN, N_("Withdrawn"),
                          N_("The person withdrew the request."), _status(S.WITHDRAWN)),
}

CONFIRMED = StepSpec(
    S.IN_PROGRESS, N_("Identity confirmed"),
    N_("The identity was confirmed (or the request clarified): write how. No copies of ID "
       "documents are kept. An answer still awaited ends the pause on this day."),
    _status(S.IN_PROGRESS), text_label=N_("&How confirmed:"))
BACK_TO_WORK = StepSpec(S.IN_PROGRESS, N_("Back to work"),
                        N_("The draft response goes back to work."), _status(S.IN_PROGRESS))


def spec_for(key: str, detail: RequestDetail) -> StepSpec:
    """The action ``key`` for the request as it is now (in progress differs by origin)."""
    if key == S.IN_PROGRESS and detail.status == S.IDENTITY_CHECK:
        return CONFIRMED
    if key == S.IN_PROGRESS and detail.status == S.RESPONSE_READY:
        return BACK_TO_WORK
    return SPECS[key]


def available(detail: RequestDetail) -> set[str]:
    """The actions the pane offers for the request in its current state."""
    keys = {NOTE} | {s.value for s in STATUS_STEPS if s.value in detail.allowed}
    if S.IDENTITY_CHECK.value in detail.allowed:
        keys.add(IDENTITY)
    if detail.paused_on is not None and detail.resumed_on is None:
        keys.add(RESUME)
    if detail.is_open and detail.extended is None:
        keys.add(EXTEND)
    return keys
