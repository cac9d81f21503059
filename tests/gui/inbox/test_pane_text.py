"""The request pane's words for the timeline: how a step was taken, and when it was entered."""

from __future__ import annotations

import datetime as dt

from kasve_desktop.clock import FixedClock
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import StepDetails
from kasve_desktop.gui.inbox.pane_text import event_lines
from kasve_desktop.services.requests import steps
from kasve_desktop.services.requests.intake import create_request
from kasve_desktop.store.engine import Database
from tests.services.requests.test_intake import TODAY, postal

D = dt.date


def test_timeline_rows_carry_the_channel_and_the_identity_method(
        db: Database, db_clock: FixedClock) -> None:
    db_clock.set_day(TODAY)
    request_id = create_request(db, postal(), TODAY)
    steps.ask_identity(db, request_id, TODAY, "", TODAY)
    later = D(2026, 11, 30)
    db_clock.set_day(later)  # the later steps are entered on the day they happen
    steps.take_step(db, request_id, S.IN_PROGRESS,
                    StepDetails(later, identity_method="allekirjoitettu kirje"), later)
    steps.take_step(db, request_id, S.RESPONSE_READY, StepDetails(later), later)
    detail = steps.take_step(db, request_id, S.SENT, StepDetails(later, response_channel="post"),
                             later)
    confirmed = next(e for e in detail.timeline if e.to_status == "in-progress")
    sent = next(e for e in detail.timeline if e.to_status == "sent")
    assert confirmed.identity_method == "allekirjoitettu kirje" and sent.channel == "post"
    assert "Henkilöllisyys varmistettu: allekirjoitettu kirje" in event_lines(confirmed)
    assert "Lähetetty: Posti" in event_lines(sent)
    assert "kirjattu" not in event_lines(sent)  # not entered later than its date


def test_a_step_entered_after_its_date_says_when_it_was_entered(db: Database) -> None:
    past = D(2025, 1, 20)  # the steps are written now, long after this day
    request_id = create_request(db, postal(received_on=D(2025, 1, 10)), past)
    detail = steps.extend_deadline(db, request_id, D(2025, 1, 15), "Laaja pyyntö", past)
    assert "(kirjattu 24.11.2026)" in event_lines(detail.timeline[-1])


def test_a_step_entered_after_midnight_in_helsinki_is_entered_the_next_day(
        db: Database, db_clock: FixedClock) -> None:
    day = D(2026, 11, 30)
    request_id = create_request(db, postal(received_on=D(2026, 11, 20)), day)
    db_clock.set(dt.datetime(2026, 11, 30, 22, 30, tzinfo=dt.UTC))  # 00:30 on 1.12. here
    detail = steps.extend_deadline(db, request_id, day, "Laaja pyyntö", day)
    assert "(kirjattu 1.12.2026)" in event_lines(detail.timeline[-1])
