"""Marking the answer as sent takes the request to "sent" in the same step, or says why not."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kasve_desktop.documents.response_letter_pdf import response_letter_pdf
from kasve_desktop.domain.vocabulary import LetterKind
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import StepDetails, StepRefused
from kasve_desktop.services.answers import responses
from kasve_desktop.services.requests import steps as request_steps
from kasve_desktop.services.requests.detail import RequestDetail, TimelineRow, load_request
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Document
from tests.documents.test_response_letter_pdf import CONTENT
from tests.services.answers.test_access_report import seeded
from tests.services.answers.test_responses import new_request

__all__ = ["seeded"]  # the fixture, imported for these tests

D = dt.date
WORKED, SENT_ON, TODAY = D(2026, 11, 23), D(2026, 11, 24), D(2026, 11, 25)


def status_steps(detail: RequestDetail) -> list[tuple[str, str, dt.date, str, str]]:
    return [(e.from_status, e.to_status, e.on_date, e.note, e.channel)
            for e in detail.timeline if e.kind == "status"]


def finals(db: Database, request_id: int) -> list[bool]:
    with db.sessions() as session:
        return list(session.scalars(select(Document.is_final).where(
            Document.request_id == request_id).order_by(Document.id)))


def letter(db: Database, request_id: int, kind: str) -> responses.ResponseDraft:
    """A letter of ``kind`` for the request: what is sent matters here, not its words."""
    reference = load_request(db, request_id, TODAY).reference
    return responses.ResponseDraft(request_id, reference, LetterKind(kind), "fi",
                                   response_letter_pdf(CONTENT))


def stored_letter(db: Database, request_id: int, kind: str) -> int:
    return responses.store_response(db, request_id, letter(db, request_id, kind), TODAY)


def test_an_answer_sent_walks_a_new_request_all_the_way_to_sent(seeded: Database) -> None:
    request_id = new_request(seeded, email="outi@example.fi")  # received, nobody in registers
    document_id = stored_letter(seeded, request_id, "no-data")
    sent = responses.mark_sent(seeded, request_id, document_id, SENT_ON, "post", TODAY)
    assert sent.stepped and sent.unmoved is None
    detail = sent.request
    assert (detail.status, detail.sent_on, detail.response_channel) == ("sent", SENT_ON, "post")
    name = "2026-0001-vastaus-ei-tietoja-fi.pdf"
    assert status_steps(detail) == [
        ("received", "in-progress", SENT_ON, name, ""),
        ("in-progress", "response-ready", SENT_ON, name, ""),
        ("response-ready", "sent", SENT_ON, name, "post"),
    ]
    kinds = [e.kind for e in detail.timeline]
    assert kinds[-4:] == ["document", "status", "status", "status"]  # the letter, then steps
    assert detail == load_request(seeded, request_id, TODAY)
    assert finals(seeded, request_id) == [True]


def test_a_request_in_progress_goes_through_response_ready(seeded: Database) -> None:
    request_id = new_request(seeded)
    request_steps.take_step(seeded, request_id, S.IN_PROGRESS, StepDetails(WORKED), TODAY)
    draft = letter(seeded, request_id, "access-report")
    sent = responses.send_draft(seeded, request_id, draft, SENT_ON, "email", TODAY)
    assert sent.stepped and sent.request.status == "sent"
    assert [(f, t) for f, t, *_ in status_steps(sent.request)] == [
        ("received", "in-progress"), ("in-progress", "response-ready"),
        ("response-ready", "sent")]
    assert status_steps(sent.request)[0][2] == WORKED  # the user's own step stays as it was


def test_a_refused_request_goes_to_sent_with_its_refusal_letter(seeded: Database) -> None:
    request_id = new_request(seeded, kind="erasure")
    request_steps.take_step(seeded, request_id, S.IN_PROGRESS, StepDetails(WORKED), TODAY)
    request_steps.take_step(seeded, request_id, S.REFUSED,
                            StepDetails(WORKED, refusal_reasons="Kirjanpitolaki."), TODAY)
    document_id = stored_letter(seeded, request_id, "refusal")
    sent = responses.mark_sent(seeded, request_id, document_id, SENT_ON, "post", TODAY)
    assert sent.stepped and status_steps(sent.request)[-1][:2] == ("refused", "sent")


def test_a_refusal_letter_for_a_request_not_refused_is_refused(seeded: Database) -> None:
    request_id = new_request(seeded, kind="erasure")
    refusal = letter(seeded, request_id, "refusal")
    before = load_request(seeded, request_id, TODAY)
    with pytest.raises(StepRefused, match="”Hylkää…”"):
        responses.send_draft(seeded, request_id, refusal, SENT_ON, "post", TODAY)
    assert load_request(seeded, request_id, TODAY) == before
    assert finals(seeded, request_id) == []  # nothing kept: all or nothing


def test_no_answer_is_marked_sent_while_the_identity_check_is_open(seeded: Database) -> None:
    request_id = new_request(seeded, email="outi@example.fi")
    request_steps.ask_identity(seeded, request_id, D(2026, 11, 21), "Allekirjoitus?", TODAY)
    document_id = stored_letter(seeded, request_id, "no-data")
    before = load_request(seeded, request_id, TODAY)
    with pytest.raises(StepRefused) as refused:
        responses.mark_sent(seeded, request_id, document_id, SENT_ON, "post", TODAY)
    assert "keskeytetty 21.11.2026 alkaen" in refused.value.text()
    assert load_request(seeded, request_id, TODAY) == before
    assert finals(seeded, request_id) == [False]  # still a draft, can be sent later
    request_steps.take_step(seeded, request_id, S.IN_PROGRESS,
                            StepDetails(WORKED, identity_method="Allekirjoitettu kirje"), TODAY)
    sent = responses.mark_sent(seeded, request_id, document_id, SENT_ON, "post", TODAY)
    assert sent.stepped and sent.request.status == "sent"


def test_the_answer_cannot_be_dated_before_the_last_step(seeded: Database) -> None:
    request_id = new_request(seeded, email="outi@example.fi")
    request_steps.take_step(seeded, request_id, S.IN_PROGRESS, StepDetails(TODAY), TODAY)
    document_id = stored_letter(seeded, request_id, "no-data")
    with pytest.raises(StepRefused, match=r"viimeisintä vaihetta \(25\.11\.2026\)"):
        responses.mark_sent(seeded, request_id, document_id, SENT_ON, "post", TODAY)
    assert finals(seeded, request_id) == [False]


def test_a_withdrawn_request_stays_withdrawn_and_says_so(seeded: Database) -> None:
    request_id = new_request(seeded, email="outi@example.fi")
    document_id = stored_letter(seeded, request_id, "no-data")
    request_steps.take_step(seeded, request_id, S.WITHDRAWN, StepDetails(WORKED), TODAY)
    sent = responses.mark_sent(seeded, request_id, document_id, SENT_ON, "post", TODAY)
    assert not sent.stepped and sent.request.status == "withdrawn"
    assert sent.unmoved is not None
    assert sent.unmoved.text() == "Pyyntö on jo tilassa ”Peruttu”, joten sen tila ei muuttunut."
    assert finals(seeded, request_id) == [True]  # the letter did go out


def test_interim_letters_never_step(seeded: Database) -> None:
    request_id = new_request(seeded, email="outi@example.fi")
    request_steps.take_step(seeded, request_id, S.IN_PROGRESS, StepDetails(WORKED), TODAY)
    request_steps.extend_deadline(seeded, request_id, WORKED, "Paljon tietoja.", TODAY)
    for kind in ("acknowledgement", "extension"):
        sent = responses.send_draft(seeded, request_id, letter(seeded, request_id, kind),
                                    SENT_ON, "post", TODAY)
        assert (sent.stepped, sent.unmoved, sent.request.status) == (False, None, "in-progress")
    timeline: tuple[TimelineRow, ...] = load_request(seeded, request_id, TODAY).timeline
    assert [e.to_status for e in timeline if e.kind == "status"] == ["in-progress"]
