"""Response letters kept with a request: drafts replaced, the sent letter final, reprints."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kasve_desktop.domain.vocabulary import LetterKind
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import StepDetails
from kasve_desktop.services.answers import responses
from kasve_desktop.services.answers.letters.letters import (
    LetterUnavailable,
    default_response_channel,
)
from kasve_desktop.services.answers.responses import ResponseRefused
from kasve_desktop.services.requests import steps as request_steps
from kasve_desktop.services.requests.detail import load_request
from kasve_desktop.services.requests.intake import RequestDraft, create_request
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Document
from tests.services.answers.test_access_report import add_person, seeded, text_of

__all__ = ["seeded"]  # the fixture, imported for these tests

D = dt.date
RECEIVED, WORKED, TODAY = D(2026, 11, 20), D(2026, 11, 23), D(2026, 11, 25)
PARAGRAPH = "Kiitos kärsivällisyydestäsi."


def new_request(db: Database, *, channel: str = "post", person: int | None = None,
                email: str = "liisa@example.fi", kind: str = "access") -> int:
    return create_request(db, RequestDraft(
        type=kind, channel=channel, received_on=RECEIVED, requester_name="Liisa Laine",
        requester_email=email, requester_street="Tie 2", requester_postal_code="70200",
        requester_locality="Kuopio", person_id=person), TODAY)


def to_ready(db: Database, request_id: int) -> None:
    for target in (S.IN_PROGRESS, S.RESPONSE_READY):
        request_steps.take_step(db, request_id, target, StepDetails(WORKED), TODAY)


def stored(db: Database, request_id: int) -> list[Document]:
    with db.sessions() as session:
        return list(session.scalars(select(Document).where(Document.request_id == request_id)
                                    .order_by(Document.id)))


def acknowledgement(db: Database, request_id: int, extra: str = "") -> responses.ResponseDraft:
    return responses.make_draft(db, request_id, "acknowledgement", None, extra, TODAY)


def test_a_draft_is_stored_and_noted_on_the_timeline(seeded: Database) -> None:
    request_id = new_request(seeded)
    draft = acknowledgement(seeded, request_id, PARAGRAPH)
    assert PARAGRAPH in text_of(draft.pdf) and draft.lang == "fi"
    metadata = PdfReader(io.BytesIO(draft.pdf)).metadata
    assert metadata is not None and metadata["/CreationDate"] == "D:20261125000000"  # its date
    assert stored(seeded, request_id) == []  # building stores nothing
    document_id = responses.store_response(seeded, request_id, draft, TODAY)
    (row,) = responses.response_documents(seeded, request_id)
    assert (row.id, row.kind, row.lang, row.is_final, row.sent_on) == (
        document_id, "acknowledgement", "fi", False, None)
    assert row.filename == "2026-0001-vastaanottokuittaus-fi.pdf"
    event = load_request(seeded, request_id, TODAY).timeline[-1]
    assert (event.kind, event.note) == ("document", row.filename)


def test_a_new_draft_replaces_the_unsent_one_of_its_kind_only(seeded: Database) -> None:
    request_id = new_request(seeded)
    first = responses.store_response(seeded, request_id, acknowledgement(seeded, request_id),
                                     TODAY)
    again = acknowledgement(seeded, request_id, PARAGRAPH)  # built before the question is asked
    request_steps.ask_identity(seeded, request_id, TODAY, "Asiakasnumerosi?", TODAY)
    other = responses.make_draft(seeded, request_id, "clarification", "en", "", TODAY)
    kept = responses.store_response(seeded, request_id, other, TODAY)
    second = responses.store_response(seeded, request_id, again, TODAY)
    rows = responses.response_documents(seeded, request_id)
    assert [(r.id, r.kind) for r in rows] == [(kept, "clarification"), (second, "acknowledgement")]
    assert first not in {r.id for r in rows}
    assert PARAGRAPH in text_of(responses.document_bytes(seeded, second))


def test_sent_report_is_final_and_steps_the_request(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi")
    request_id = new_request(seeded, person=person, channel="email")
    to_ready(seeded, request_id)
    detail = load_request(seeded, request_id, TODAY)
    assert responses.default_kind(detail) is LetterKind.ACCESS_REPORT
    assert default_response_channel(detail) == "email"
    draft = responses.make_draft(seeded, request_id, "access-report", None, "", TODAY)
    document_id = responses.store_response(seeded, request_id, draft, TODAY)
    sent = responses.mark_sent(seeded, request_id, document_id, D(2026, 11, 24), "email", TODAY)
    assert sent.stepped and sent.request.status == "sent"
    assert (sent.request.sent_on, sent.request.response_channel) == (D(2026, 11, 24), "email")
    (row,) = responses.response_documents(seeded, request_id)
    assert (row.is_final, row.sent_on, row.sent_channel) == (True, D(2026, 11, 24), "email")
    notes = [(e.kind, e.note, e.to_status) for e in sent.request.timeline[-2:]]
    assert notes[0][0] == "document" and notes[0][1].startswith(draft.filename)
    assert notes[0][1].endswith(row.sha256[:12])
    assert notes[1] == ("status", row.filename, "sent")  # the step names its letter
    text = text_of(responses.document_bytes(seeded, document_id))
    assert "Liisa Laine" in text and "Käsiteltävät tietoryhmät" in text


def test_a_sent_letter_is_never_changed_or_replaced(seeded: Database) -> None:
    request_id = new_request(seeded)
    draft = acknowledgement(seeded, request_id)
    document_id = responses.store_response(seeded, request_id, draft, TODAY)
    sent = responses.mark_sent(seeded, request_id, document_id, TODAY, "post", TODAY)
    assert not sent.stepped and sent.request.status == "received"  # an interim letter
    with pytest.raises(ResponseRefused, match=r"25\.11\.2026"):
        responses.mark_sent(seeded, request_id, document_id, TODAY, "email", TODAY)
    again = responses.store_response(seeded, request_id,
                                     acknowledgement(seeded, request_id, PARAGRAPH), TODAY)
    final, new = stored(seeded, request_id)
    assert (final.id, final.is_final, final.sent_channel, final.content) == (
        document_id, True, "post", draft.pdf)
    assert (new.id, new.is_final) == (again, False)
    assert responses.document_bytes(seeded, document_id) == draft.pdf


def test_reprint_checks_the_stored_bytes(seeded: Database) -> None:
    request_id = new_request(seeded)
    document_id = responses.store_response(seeded, request_id,
                                           acknowledgement(seeded, request_id), TODAY)
    with seeded.sessions.begin() as session:
        document = session.get(Document, document_id)
        assert document is not None
        document.content = document.content.replace(b"%%EOF", b"%%EOF\n")
    with pytest.raises(ResponseRefused, match="tarkistussumma"):
        responses.document_bytes(seeded, document_id)


def test_a_refused_sending_changes_nothing(seeded: Database) -> None:
    request_id = new_request(seeded)
    to_ready(seeded, request_id)
    draft = responses.make_draft(seeded, request_id, "no-data", None, "", TODAY)
    document_id = responses.store_response(seeded, request_id, draft, TODAY)
    before = load_request(seeded, request_id, TODAY)
    for on, channel in ((D(2026, 11, 26), "post"), (D(2026, 11, 19), "post"), (TODAY, "")):
        with pytest.raises(ResponseRefused):
            responses.mark_sent(seeded, request_id, document_id, on, channel, TODAY)
    with pytest.raises(ResponseRefused):
        responses.send_draft(seeded, request_id, draft, TODAY, "web-form", TODAY)
    assert load_request(seeded, request_id, TODAY) == before
    assert [d.is_final for d in stored(seeded, request_id)] == [False]


def test_send_draft_stores_and_sends_at_once(seeded: Database) -> None:
    request_id = new_request(seeded)
    to_ready(seeded, request_id)
    draft = responses.make_draft(seeded, request_id, "no-data", "sv", "", TODAY)
    sent = responses.send_draft(seeded, request_id, draft, TODAY, "post", TODAY)
    assert sent.stepped and sent.request.status == "sent"
    (row,) = responses.response_documents(seeded, request_id)
    assert (row.id, row.kind, row.lang, row.is_final) == (sent.document_id, "no-data", "sv", True)


def test_access_report_without_a_linked_person(seeded: Database) -> None:
    unknown = new_request(seeded, email="outi@example.fi")
    draft = responses.make_draft(seeded, unknown, "access-report", None, "", TODAY)
    assert draft.kind is LetterKind.NO_DATA
    assert "Rekistereissämme ei ole sinua koskevia henkilötietoja" in text_of(draft.pdf)
    liisa = add_person(seeded, "liisa@example.fi")
    known = new_request(seeded, email="LIISA@example.fi")
    with pytest.raises(LetterUnavailable, match="Yhdistä pyyntö ensin henkilöön"):
        responses.make_draft(seeded, known, "access-report", None, "", TODAY)
    with_paragraph = responses.make_draft(seeded, unknown, "access-report", None, PARAGRAPH,
                                          TODAY)
    assert PARAGRAPH in text_of(with_paragraph.pdf)
    linked = new_request(seeded, email="liisa@example.fi", person=liisa)
    report = responses.make_draft(seeded, linked, "access-report", None, PARAGRAPH, TODAY)
    assert report.kind is LetterKind.ACCESS_REPORT and PARAGRAPH in text_of(report.pdf)
    with pytest.raises(LetterUnavailable):
        responses.make_draft(seeded, linked, "access-report", None, "bad\x00text", TODAY)
    assert responses.access_answer(seeded, unknown) is LetterKind.NO_DATA
    assert responses.access_answer(seeded, linked) is LetterKind.ACCESS_REPORT
    with pytest.raises(LetterUnavailable, match="Yhdistä pyyntö ensin henkilöön"):
        responses.access_answer(seeded, known)


def test_a_kept_no_data_letter_answers_as_the_access_report() -> None:
    assert responses.answering_kinds("access-report") == {"access-report", "no-data"}
    assert responses.answering_kinds("no-data") == {"no-data"}
    assert responses.answering_kinds("refusal") == {"refusal"}


def test_default_kind_follows_state_then_type(seeded: Database) -> None:
    request_id = new_request(seeded, kind="erasure", channel="web-form")
    detail = load_request(seeded, request_id, TODAY)
    assert responses.default_kind(detail) is LetterKind.ACKNOWLEDGEMENT
    assert default_response_channel(detail) == "email"
    request_steps.ask_identity(seeded, request_id, WORKED, "", TODAY)
    assert responses.default_kind(load_request(seeded, request_id, TODAY)) is (
        LetterKind.CLARIFICATION)
    request_steps.take_step(seeded, request_id, S.IN_PROGRESS,
                            StepDetails(TODAY, identity_method="kirje"), TODAY)
    assert responses.default_kind(load_request(seeded, request_id, TODAY)) is LetterKind.ERASURE
    request_steps.take_step(seeded, request_id, S.REFUSED,
                            StepDetails(TODAY, refusal_reasons="Perusteeton."), TODAY)
    detail = load_request(seeded, request_id, TODAY)
    assert responses.default_kind(detail) is LetterKind.REFUSAL
    postal = load_request(seeded, new_request(seeded), TODAY)
    assert default_response_channel(postal) == "post"


@pytest.mark.parametrize(("kind", "letter"), [
    ("consent-withdrawal", LetterKind.CONSENT_WITHDRAWAL),
    ("objection-marketing", LetterKind.OBJECTION_MARKETING)])
def test_what_takes_effect_at_once_is_never_merely_acknowledged(
        seeded: Database, kind: str, letter: LetterKind) -> None:
    detail = load_request(seeded, new_request(seeded, kind=kind), TODAY)
    assert detail.status == "received"
    assert responses.default_kind(detail) is letter
