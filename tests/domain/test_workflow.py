"""The request's state machine of requests.md: every step allowed, every other refused."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from kasve_desktop.domain.vocabulary import OPEN_STATUSES
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import (
    RequestFacts,
    StepDetails,
    StepRefused,
    check_extension,
    check_pause,
    check_resume,
    check_step,
    one_month_in_force,
)

D = dt.date
RECEIVED, TODAY = D(2026, 11, 24), D(2026, 11, 30)

# The arrows of the drawing in requests.md, written out again by hand.
ALLOWED = {
    (S.RECEIVED, S.IDENTITY_CHECK), (S.RECEIVED, S.IN_PROGRESS),
    (S.IDENTITY_CHECK, S.IN_PROGRESS), (S.IN_PROGRESS, S.RESPONSE_READY),
    (S.IN_PROGRESS, S.REFUSED), (S.RESPONSE_READY, S.SENT), (S.REFUSED, S.SENT),
    (S.SENT, S.CLOSED), (S.RESPONSE_READY, S.IN_PROGRESS),
    *((state, S.WITHDRAWN) for state in OPEN_STATUSES),
}
FULL = StepDetails(TODAY, note="n", identity_method="signed letter, address matches",
                   refusal_reasons="manifestly unfounded", response_channel="post")


@pytest.mark.parametrize(("current", "target"), list(itertools.product(S, S)))
def test_exactly_the_drawn_steps_are_allowed(current: S, target: S) -> None:
    facts = RequestFacts(current, RECEIVED)
    if (current, target) in ALLOWED:
        check_step(facts, target, FULL, TODAY)
    else:
        with pytest.raises(StepRefused) as refused:
            check_step(facts, target, FULL, TODAY)
        assert refused.value.text()  # a reason the user can read


def test_refusal_names_the_possible_steps() -> None:
    with pytest.raises(StepRefused) as refused:
        check_step(RequestFacts(S.RECEIVED, RECEIVED), S.SENT, FULL, TODAY)
    text = refused.value.text()
    assert "Vastaanotettu" in text and "Lähetetty" in text and "Käsittelyssä" in text


def test_closed_request_says_nothing_more_can_be_done() -> None:
    with pytest.raises(StepRefused, match="ei voi enää"):
        check_step(RequestFacts(S.CLOSED, RECEIVED), S.IN_PROGRESS, FULL, TODAY)


@pytest.mark.parametrize(("current", "target", "missing"), [
    (S.IN_PROGRESS, S.REFUSED, "refusal_reasons"),
    (S.IDENTITY_CHECK, S.IN_PROGRESS, "identity_method"),
    (S.RESPONSE_READY, S.SENT, "response_channel"),
])
def test_required_details(current: S, target: S, missing: str) -> None:
    details = StepDetails(**{**FULL.__dict__, missing: "  "})
    with pytest.raises(StepRefused):
        check_step(RequestFacts(current, RECEIVED), target, details, TODAY)


@pytest.mark.parametrize("day", [RECEIVED - dt.timedelta(days=1), TODAY + dt.timedelta(days=1)])
def test_step_dates_lie_between_receipt_and_today(day: D) -> None:
    details = StepDetails(day)
    with pytest.raises(StepRefused):
        check_step(RequestFacts(S.RECEIVED, RECEIVED), S.IN_PROGRESS, details, TODAY)


def test_extension_once_before_the_one_month_date_with_reasons() -> None:
    facts = RequestFacts(S.IN_PROGRESS, RECEIVED)
    check_extension(facts, TODAY, "hundreds of documents", TODAY)
    with pytest.raises(StepRefused, match="perustel"):
        check_extension(facts, TODAY, " ", TODAY)
    with pytest.raises(StepRefused, match="vain kerran"):
        check_extension(RequestFacts(S.IN_PROGRESS, RECEIVED, extended=True), TODAY, "x", TODAY)
    with pytest.raises(StepRefused, match="avoimen"):
        check_extension(RequestFacts(S.SENT, RECEIVED), TODAY, "x", TODAY)


def test_extension_on_the_one_month_date_itself_but_not_after() -> None:
    facts = RequestFacts(S.IN_PROGRESS, RECEIVED)  # one-month date 28.12.2026
    later = D(2027, 1, 5)
    check_extension(facts, D(2026, 12, 28), "x", later)
    with pytest.raises(StepRefused, match=r"28\.12\.2026"):
        check_extension(facts, D(2026, 12, 29), "x", later)


def test_a_pause_moves_the_last_day_for_an_extension() -> None:
    paused = RequestFacts(S.IN_PROGRESS, RECEIVED, paused_on=D(2026, 11, 25),
                          resumed_on=D(2026, 12, 5))  # 10 days: raw 3.1.2027 (Sunday) → 4.1.
    later = D(2027, 1, 10)
    assert one_month_in_force(paused, later) == D(2027, 1, 4)
    check_extension(paused, D(2027, 1, 4), "x", later)
    with pytest.raises(StepRefused, match=r"\(4\.1\.2027\)"):
        check_extension(paused, D(2027, 1, 5), "x", later)
    with pytest.raises(StepRefused, match=r"28\.12\.2026"):  # without the pause: 28.12.2026
        check_extension(RequestFacts(S.IN_PROGRESS, RECEIVED), D(2027, 1, 4), "x", later)


def test_pause_once_right_after_receipt_and_resume_after_the_question() -> None:
    check_pause(RequestFacts(S.RECEIVED, RECEIVED), D(2026, 11, 25), TODAY)
    with pytest.raises(StepRefused, match="jo kerran"):
        check_pause(RequestFacts(S.RECEIVED, RECEIVED, paused_on=D(2026, 11, 25),
                                 resumed_on=D(2026, 11, 26)), TODAY, TODAY)
    with pytest.raises(StepRefused):
        check_pause(RequestFacts(S.IN_PROGRESS, RECEIVED), D(2026, 11, 25), TODAY)
    waiting = RequestFacts(S.IDENTITY_CHECK, RECEIVED, paused_on=D(2026, 11, 26))
    check_resume(waiting, D(2026, 11, 26), TODAY)
    with pytest.raises(StepRefused):
        check_resume(waiting, D(2026, 11, 25), TODAY)
    with pytest.raises(StepRefused, match="ei ole keskeytetty"):
        check_resume(RequestFacts(S.IN_PROGRESS, RECEIVED), TODAY, TODAY)
