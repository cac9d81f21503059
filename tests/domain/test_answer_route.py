"""The way a request goes when the letter answering it is sent: one step for the user."""

from __future__ import annotations

import datetime as dt

import pytest

from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import (
    RequestFacts,
    StepDetails,
    StepRefused,
    answer_route,
    check_step,
    unmoved,
)

D = dt.date
RECEIVED, ASKED, SENT_ON, TODAY = D(2026, 11, 20), D(2026, 11, 21), D(2026, 11, 24), D(2026, 11, 25)

# Written out by hand from the drawing in requests.md.
ROUTES = {
    S.RECEIVED: (S.IN_PROGRESS, S.RESPONSE_READY, S.SENT),
    S.IN_PROGRESS: (S.RESPONSE_READY, S.SENT),
    S.RESPONSE_READY: (S.SENT,),
    S.REFUSED: (S.SENT,),
}


def route(status: S, *, refusal: bool = False, paused_on: dt.date | None = None,
          resumed_on: dt.date | None = None, last: dt.date | None = None) -> tuple[S, ...]:
    facts = RequestFacts(status, RECEIVED, paused_on=paused_on, resumed_on=resumed_on)
    return answer_route(facts, refusal=refusal, sent_on=SENT_ON, last_step_on=last)


@pytest.mark.parametrize("status", list(ROUTES))
def test_an_answer_walks_every_open_request_on_to_sent(status: S) -> None:
    assert route(status) == ROUTES[status]


@pytest.mark.parametrize("status", list(ROUTES))
def test_every_step_of_the_way_is_one_the_workflow_allows(status: S) -> None:
    here = status
    details = StepDetails(SENT_ON, response_channel="post")
    for target in route(status):
        check_step(RequestFacts(here, RECEIVED), target, details, TODAY)  # raises if not
        here = target
    assert here is S.SENT


def test_a_refusal_letter_answers_only_a_refused_request() -> None:
    assert route(S.REFUSED, refusal=True) == (S.SENT,)
    for status in (S.RECEIVED, S.IN_PROGRESS, S.RESPONSE_READY):
        with pytest.raises(StepRefused) as refused:
            route(status, refusal=True)
        assert refused.value.text() == (
            "Tämä on hylkäävä kirje, mutta pyyntöä ei ole hylätty: valitse ensin pyynnön "
            "tiedoissa ”Hylkää…” ja kirjoita perustelut, ja merkitse kirje sitten lähetetyksi.")


def test_no_answer_goes_out_while_the_identity_check_is_open() -> None:
    with pytest.raises(StepRefused) as paused:
        route(S.IDENTITY_CHECK, paused_on=ASKED)
    assert "keskeytetty 21.11.2026 alkaen" in paused.value.text()
    assert "”Henkilöllisyys varmistettu…”" in paused.value.text()
    with pytest.raises(StepRefused) as unpaused:
        route(S.IDENTITY_CHECK)
    assert unpaused.value.text().startswith(
        "Pyynnön henkilöllisyyden varmistus on vielä kesken: kirjaa, miten")
    with pytest.raises(StepRefused, match="keskeytetty"):  # a pause never answered
        route(S.RECEIVED, paused_on=ASKED)
    assert route(S.IN_PROGRESS, paused_on=ASKED, resumed_on=D(2026, 11, 22)) == (
        S.RESPONSE_READY, S.SENT)


def test_the_letter_cannot_go_out_before_the_last_step() -> None:
    assert route(S.IN_PROGRESS, last=SENT_ON) == (S.RESPONSE_READY, S.SENT)
    with pytest.raises(StepRefused) as refused:
        route(S.IN_PROGRESS, last=D(2026, 11, 25))
    assert refused.value.text() == (
        "Kirjettä ei ole voitu lähettää ennen pyynnön viimeisintä vaihetta (25.11.2026).")


@pytest.mark.parametrize(("status", "label"), [(S.SENT, "Lähetetty"), (S.CLOSED, "Suljettu"),
                                               (S.WITHDRAWN, "Peruttu")])
def test_a_request_no_longer_open_stays_and_says_so(status: S, label: str) -> None:
    assert route(status) == ()
    assert route(status, refusal=True) == ()
    why = unmoved(RequestFacts(status, RECEIVED))
    assert why is not None
    assert why.text() == f"Pyyntö on jo tilassa ”{label}”, joten sen tila ei muuttunut."


@pytest.mark.parametrize("status", [*ROUTES, S.IDENTITY_CHECK])
def test_an_open_request_is_never_unmoved(status: S) -> None:
    assert unmoved(RequestFacts(status, RECEIVED)) is None
