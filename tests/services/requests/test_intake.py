"""Requests through the services: intake, duplicates, every step on the timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kasve_desktop.domain.validation import ValidationFailed
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import StepDetails, StepRefused
from kasve_desktop.services.people.persons import PersonData, create_person
from kasve_desktop.services.requests import intake as requests
from kasve_desktop.services.requests import steps
from kasve_desktop.services.requests.detail import load_request, request_id_of
from kasve_desktop.services.requests.intake import RequestDraft
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Person, Request

D = dt.date
TODAY = D(2026, 11, 25)


def postal(**changes: object) -> RequestDraft:
    values: dict[str, object] = dict(
        type="access", channel="post", received_on=D(2026, 11, 24),
        requester_name="Maija Meikäläinen",
        requester_street="Esimerkkitie 1 A 2", requester_postal_code="00100",
        requester_locality="HELSINKI", description="Pyydän tietoni.")
    values.update(changes)
    return RequestDraft(**values)  # type: ignore[arg-type]


def test_postal_request_dated_24_11_2026_is_due_28_12_2026(db: Database) -> None:
    request_id = requests.create_request(db, postal(), TODAY)
    detail = load_request(db, request_id, TODAY)
    assert detail.reference == "2026-0001"
    assert detail.in_force.deadline.due == D(2026, 12, 28)
    assert detail.in_force.source == "original"
    assert detail.one_month.skipped[0].reason == "Jouluaatto"
    assert [e.kind for e in detail.timeline] == ["created"]
    assert detail.allowed == ("identity-check", "in-progress", "withdrawn")


def test_references_count_per_receipt_year(db: Database) -> None:
    first = requests.create_request(db, postal(received_on=D(2025, 12, 30)), TODAY)
    second = requests.create_request(db, postal(), TODAY)
    third = requests.create_request(db, postal(requester_name="Toinen"), TODAY)
    refs = [load_request(db, i, TODAY).reference for i in (first, second, third)]
    assert refs == ["2025-0001", "2026-0001", "2026-0002"]
    assert request_id_of(db, "2026-0002") == third


@pytest.mark.parametrize(("channel", "field", "changes"), [
    ("post", "requester_street", {"requester_street": ""}),
    ("email", "requester_email", {}),
    ("web-form", "requester_email", {}),
    ("phone", "requester_phone", {}),
    ("post", "requester_name", {"requester_name": " "}),
    ("post", "requester_postal_code", {"requester_postal_code": "123"}),
    ("email", "requester_email", {"requester_email": "ei osoite"}),
    ("post", "received_on", {"received_on": TODAY + dt.timedelta(days=1)}),
    ("post", "type", {"type": "gossip"}),
    ("post", "description", {"description": "bad\x00text"}),
])
def test_bad_intake_names_the_field_and_writes_nothing(db: Database, channel: str, field: str,
                                                       changes: dict[str, object]) -> None:
    with pytest.raises(ValidationFailed) as failed:
        requests.create_request(db, postal(channel=channel, **changes), TODAY)
    assert field in failed.value.errors
    with db.sessions() as session:
        assert session.scalars(select(Request)).all() == []


@pytest.mark.parametrize(("channel", "contact"), [
    ("email", {"requester_email": "maija@example.fi"}),
    ("web-form", {"requester_email": "maija@example.fi"}),
    ("phone", {"requester_phone": "040 765 4321"}),
    ("in-person", {}),
    ("post", {}),
])
def test_intake_of_each_channel(db: Database, channel: str, contact: dict[str, str]) -> None:
    request_id = requests.create_request(db, postal(channel=channel, **contact), TODAY)
    detail = load_request(db, request_id, TODAY)
    assert detail.channel == channel
    if channel == "phone":
        assert detail.draft.requester_phone == "+358407654321"


def test_likely_duplicate_by_email_phone_person_or_name(db: Database) -> None:
    person = create_person(db, PersonData(first_name="Maija", last_name="Meikäläinen"), TODAY)
    first = requests.create_request(db, postal(channel="email", requester_email="Maija@Example.fi",
                                               person_id=person.id), TODAY)
    for draft in (postal(channel="email", requester_email="maija@example.fi", requester_name="M"),
                  postal(requester_name="maija meikäläinen"),
                  postal(requester_name="X", person_id=person.id)):
        assert [d.id for d in requests.find_duplicates(db, draft)] == [first]
    assert requests.find_duplicates(db, postal(type="erasure")) == []
    assert requests.find_duplicates(db, postal(requester_name="Joku Muu")) == []
    linked = requests.create_request(db, postal(duplicate_of_id=first), TODAY)
    assert load_request(db, linked, TODAY).duplicate_of == "2026-0001"


def test_the_walk_of_the_issue_extend_pause_close(db: Database) -> None:
    request_id = requests.create_request(db, postal(), TODAY)
    detail = steps.ask_identity(db, request_id, D(2026, 11, 25), "Allekirjoitettu kirje?", TODAY)
    assert detail.status == "identity-check" and detail.in_force.pause_open
    later = D(2026, 12, 2)
    detail = steps.resume_clock(db, request_id, later, "Vastaus tuli", D(2026, 12, 5))
    assert detail.in_force.paused_days == 7
    assert detail.in_force.deadline.due == D(2026, 12, 31)  # 24.12. + 7 d
    detail = steps.take_step(db, request_id, S.IN_PROGRESS, StepDetails(
        later, identity_method="allekirjoitettu kirje, osoite täsmää"), later)
    detail = steps.extend_deadline(db, request_id, later, "Tietoja on paljon", later)
    assert detail.extended is not None and detail.extended.due == D(2027, 2, 24)
    assert detail.in_force.source == "paused"
    assert detail.in_force.deadline.due == D(2027, 3, 3)  # 24.2.2027 + 7 d
    for target, details in ((S.RESPONSE_READY, StepDetails(later)),
                            (S.SENT, StepDetails(later, response_channel="post")),
                            (S.CLOSED, StepDetails(later, note="Valmis"))):
        detail = steps.take_step(db, request_id, target, details, later)
    assert detail.status == "closed" and detail.sent_on == later and detail.closed_on == later
    kinds = [(e.kind, e.to_status) for e in detail.timeline]
    assert kinds == [("created", "received"), ("status", "identity-check"), ("paused", ""),
                     ("resumed", ""), ("status", "in-progress"), ("extended", ""),
                     ("status", "response-ready"), ("status", "sent"), ("status", "closed")]
    moves = {e.kind: (e.old_date, e.new_date) for e in detail.timeline if e.old_date}
    assert moves["resumed"] == (D(2027, 1, 4), D(2026, 12, 31))  # the open pause counted to 5.12.
    assert moves["extended"] == (D(2026, 12, 31), D(2027, 3, 3))
    assert detail.identity_method.startswith("allekirjoitettu")


def test_refused_step_changes_nothing(db: Database) -> None:
    request_id = requests.create_request(db, postal(), TODAY)
    with pytest.raises(StepRefused):
        steps.take_step(db, request_id, S.SENT, StepDetails(TODAY, response_channel="post"), TODAY)
    with pytest.raises(StepRefused):
        steps.take_step(db, request_id, S.IN_PROGRESS, StepDetails(TODAY, note="a\x00"), TODAY)
    detail = load_request(db, request_id, TODAY)
    assert detail.status == "received" and len(detail.timeline) == 1


def test_refusal_stays_open_until_sent(db: Database) -> None:
    request_id = requests.create_request(db, postal(), TODAY)
    steps.take_step(db, request_id, S.IN_PROGRESS, StepDetails(TODAY), TODAY)
    detail = steps.take_step(db, request_id, S.REFUSED,
                             StepDetails(TODAY, refusal_reasons="Ilmeisen perusteeton"), TODAY)
    assert detail.is_open and detail.refusal_reasons == "Ilmeisen perusteeton"
    detail = steps.take_step(db, request_id, S.SENT, StepDetails(TODAY, response_channel="post"),
                             TODAY)
    assert not detail.is_open


def test_identity_confirmed_while_paused_ends_the_pause(db: Database) -> None:
    request_id = requests.create_request(db, postal(), TODAY)
    steps.ask_identity(db, request_id, TODAY, "", TODAY)
    later = D(2026, 11, 30)
    detail = steps.take_step(db, request_id, S.IN_PROGRESS,
                             StepDetails(later, identity_method="puhelu"), later)
    assert detail.resumed_on == later and detail.in_force.paused_days == 5


def test_notes_links_and_a_person_from_the_request(db: Database) -> None:
    request_id = requests.create_request(db, postal(channel="email",
                                                    requester_email="maija@example.fi"), TODAY)
    with pytest.raises(StepRefused):
        steps.add_note(db, request_id, TODAY, "  ", TODAY)
    steps.add_note(db, request_id, TODAY, "Soitettu takaisin", TODAY)
    detail = steps.person_from_request(db, request_id, TODAY)
    assert detail.person_name == "Maija Meikäläinen"
    with db.sessions() as session:
        person = session.get(Person, detail.person_id)
        assert person is not None and [e.address for e in person.emails] == ["maija@example.fi"]
    assert [e.kind for e in detail.timeline][-2:] == ["note", "linked"]
    assert steps.link_person(db, request_id, None, TODAY).person_id is None
    with pytest.raises(StepRefused):
        steps.link_person(db, request_id, 99999, TODAY)


def test_inbox_rows_open_first_most_urgent_first(db: Database) -> None:
    late = requests.create_request(db, postal(received_on=D(2026, 10, 1)), TODAY)
    soon = requests.create_request(db, postal(received_on=D(2026, 11, 20)), TODAY)
    done = requests.create_request(db, postal(received_on=D(2026, 9, 1)), TODAY)
    steps.take_step(db, done, S.WITHDRAWN, StepDetails(D(2026, 9, 2)), TODAY)
    assert [r.id for r in requests.inbox_rows(db, TODAY)] == [late, soon]
    rows = requests.inbox_rows(db, TODAY, include_closed=True)
    assert [r.id for r in rows] == [late, soon, done]
    assert rows[0].days_left == (D(2026, 11, 2) - TODAY).days
