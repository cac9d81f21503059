"""The actions taken on the demo's open requests: recorded as the window records them, so
that the rectification, erasure and portability letters can be written and sent; and the
customer data that make the erasure and the refused objection true."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kasve_desktop.demo import requests as demo_requests
from kasve_desktop.demo.build import create_demo_database
from kasve_desktop.demo.draft import draft
from kasve_desktop.demo.seed import demo_uid
from kasve_desktop.demo.texts import people_texts, request_texts
from kasve_desktop.domain.vocabulary import RequestStatus, RequestType
from kasve_desktop.services.answers import responses
from kasve_desktop.services.answers.access_report.report import build_access_report
from kasve_desktop.services.answers.letters.letters import build_letter, default_response_channel
from kasve_desktop.services.requests.detail import load_request
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Person, PersonEmail, Request
from tests.conftest import fixed_clock
from tests.documents.test_notice_pdf import full_text

FIXED_DAY = dt.date(2026, 11, 24)
ACTED = {RequestType.RECTIFICATION, RequestType.ERASURE, RequestType.PORTABILITY,
         RequestType.OBJECTION_MARKETING, RequestType.RESTRICTION, RequestType.OBJECTION,
         RequestType.CONSENT_WITHDRAWAL}
ON_RECEIPT = {RequestType.CONSENT_WITHDRAWAL}  # acted on while still received


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = create_demo_database(tmp_path_factory.mktemp("acted") / "demo.db",
                              fixed_clock(FIXED_DAY))
    try:
        yield db
    finally:
        db.close()


def acted(db: Database) -> dict[RequestType, tuple[demo_requests.Plan, int]]:
    """The plans whose action was taken, by type, with their request's id."""
    found = {}
    with db.sessions() as session:
        for number, plan in enumerate(demo_requests.PLANS):
            if plan.acted is not None:
                found[plan.type] = (plan, session.scalars(select(Request.id).where(
                    Request.uid == demo_uid("request", number))).one())
    return found


def status_of(kind: RequestType) -> RequestStatus:
    return RequestStatus.RECEIVED if kind in ON_RECEIPT else RequestStatus.IN_PROGRESS


def letter(db: Database, kind: RequestType) -> str:
    return full_text(build_letter(db, acted(db)[kind][1], kind.value, today=FIXED_DAY))


def test_one_request_of_each_type_in_progress_has_its_action_recorded(
        demo_db: Database) -> None:
    found = acted(demo_db)
    assert set(found) == ACTED and len(found) == len(ACTED)
    with demo_db.sessions() as session:
        for plan, request_id in found.values():
            row = session.get(Request, request_id)
            assert row is not None and row.status == status_of(plan.type)
            action = row.events[-1]
            assert action.kind == "action" and action.note
            assert action.on_date == FIXED_DAY - dt.timedelta(days=plan.acted or 0) < FIXED_DAY
            assert action.at.date() == action.on_date and row.updated_at == action.at
            assert [e.kind for e in row.events].count("action") == 1


def test_the_rectification_letter_names_what_was_corrected(demo_db: Database) -> None:
    address = request_texts().new_address
    text = letter(demo_db, RequestType.RECTIFICATION)  # a Swedish-speaking requester
    assert "Vi rättade följande uppgifter: – Gatuadress" in text
    assert address.street in text and address.locality.upper() in text  # sent there
    with demo_db.sessions() as session:
        row = session.get(Request, acted(demo_db)[RequestType.RECTIFICATION][1])
        assert row is not None and row.person is not None
        person = row.person
        assert (person.street, person.postal_code, person.locality, person.municipality) == (
            address.street, address.postal_code, address.locality, address.municipality)
        assert person.updated_at == row.events[-1].at


def test_the_erasure_kept_the_customer_entry_under_the_accounting_act(
        demo_db: Database) -> None:
    keeping = {r.key for r in draft().registers if r.legal_hold_text}
    with demo_db.sessions() as session:
        row = session.get(Request, acted(demo_db)[RequestType.ERASURE][1])
        assert row is not None and row.person_id is None  # the request is no longer linked
        person = session.scalars(select(Person).join(PersonEmail).where(
            PersonEmail.address == row.requester_email)).one()  # kept: the hold needs it
        assert person.entries and {e.register.key for e in person.entries} <= keeping
        assert "asiakkaat" in {e.register.key for e in person.entries}
        assert not person.consents and not person.participations
    text = letter(demo_db, RequestType.ERASURE)
    # the wording is the letters' own: only what the demo's data must make true
    erased, kept = text.split("Poistimme seuraavat tiedot:")[1].split("Emme poistaneet", 1)
    assert "rekisterissä" in erased and "Asiakasrekisteri" not in erased
    assert re.search(r"– [^–]*rekisterissä [”\"]?Asiakasrekisteri[”\"]?: Laskutustiedot", kept)
    assert "kirjanpitolain (1336/1997)" in text and "Tietosuojavaltuutetun toimisto" in text


def test_the_portability_files_are_stored_with_the_request(demo_db: Database) -> None:
    plan, request_id = acted(demo_db)[RequestType.PORTABILITY]
    with demo_db.sessions() as session:
        row = session.get(Request, request_id)
        assert row is not None
        files = {d.mime_type: d for d in row.documents}
        assert set(files) == {"application/json", "text/csv"}
        tree = json.loads(files["application/json"].content)
        day = FIXED_DAY - dt.timedelta(days=plan.acted or 0)
        assert tree["schema"] == {**tree["schema"], "request": row.reference,
                                  "created_on": day.isoformat()}
        assert all(d.created_at.date() == day for d in row.documents)
        names = [d.filename for d in row.documents]
    text = letter(demo_db, RequestType.PORTABILITY)
    assert all(f"– {name}" in text for name in names)


def test_the_letters_can_be_sent(tmp_path: Path) -> None:
    db = create_demo_database(tmp_path / "demo.db", fixed_clock(FIXED_DAY))
    try:
        for kind, (_plan, request_id) in acted(db).items():
            draft_letter = responses.make_draft(db, request_id, kind.value, None, "", FIXED_DAY)
            channel = default_response_channel(load_request(db, request_id, FIXED_DAY))
            sent = responses.send_draft(db, request_id, draft_letter, FIXED_DAY, channel,
                                        FIXED_DAY)
            assert sent.stepped and sent.request.status == RequestStatus.SENT, kind
    finally:
        db.close()


def test_the_actions_come_after_the_steps_and_before_the_day_whatever_the_day() -> None:
    for offset in range(0, 366, 3):
        today = dt.date(2026, 1, 1) + dt.timedelta(days=offset)
        for plan in demo_requests.PLANS:
            if plan.acted is None:
                continue
            assert plan.type in ACTED and plan.status is status_of(plan.type)
            received = demo_requests.received_on(plan, today)
            steps = demo_requests.timeline(plan, received, today)
            day = today - dt.timedelta(days=plan.acted)
            assert steps[-1].on_date <= day < today, (today, plan)


def requester_of(db: Database, case: str) -> int:
    """The id of the request whose plan has the case given."""
    number = next(n for n, plan in enumerate(demo_requests.PLANS) if plan.case == case)
    with db.sessions() as session:
        return session.scalars(select(Request.id).where(
            Request.uid == demo_uid("request", number))).one()


def test_the_refused_objection_to_keeping_the_order_history_has_one_to_keep(
        demo_db: Database) -> None:
    """The refusal keeps "the courses ordered and delivered, their dates and prices": the
    requester's customer entry holds them, and the access report shows them."""
    orders = people_texts().orders["order-history"]
    with demo_db.sessions() as session:
        row = session.get(Request, requester_of(demo_db, "order-history"))
        assert row is not None and row.person is not None
        assert "valmennukset, niiden ajankohdat ja hinnat" in row.refusal_reasons
        entry = next(e for e in row.person.entries if e.register.key == "asiakkaat")
        details, person_id = dict(entry.details), row.person.id
        assert set(details) == {"orders", "billing"}
        assert entry.collected_on is not None
        days = [dt.date(*map(int, reversed(found.split("."))))
                for found in re.findall(r"\d{1,2}\.\d{1,2}\.\d{4}", str(details["orders"]))]
        assert len(days) >= len(orders)
        assert all(entry.collected_on <= day < FIXED_DAY for day in days)
        if entry.last_needed_on is not None:
            assert max(days) <= entry.last_needed_on
    for order in orders:
        assert order.course in str(details["orders"]) and order.price in str(details["orders"])
        assert order.price in str(details["billing"])
    report = full_text(build_access_report(demo_db, person_id, FIXED_DAY, "fi").pdf)
    assert all(order.course in report for order in orders)
    assert "Laskutusosoite" in report


def test_the_erased_customers_kept_entry_holds_billing_data_under_a_legal_hold(
        demo_db: Database) -> None:
    orders = people_texts().orders["erasure"]
    with demo_db.sessions() as session:
        row = session.get(Request, acted(demo_db)[RequestType.ERASURE][1])
        assert row is not None
        person = session.scalars(select(Person).join(PersonEmail).where(
            PersonEmail.address == row.requester_email)).one()
        entry = next(e for e in person.entries if e.register.key == "asiakkaat")
        assert entry.legal_hold and not entry.note  # the register's own reason
        assert set(entry.details) == {"orders", "billing"}
        assert all(order.course in str(entry.details["orders"]) for order in orders)
        assert all(order.price in str(entry.details["billing"]) for order in orders)


def test_each_open_extension_was_notified_on_its_day(demo_db: Database) -> None:
    """An extension counts only when the person was told of it with the reasons within
    the month (Art. 12(3)): each open extended request keeps its sent notice."""
    open_extended = [number for number, plan in enumerate(demo_requests.PLANS)
                     if plan.extend is not None and plan.status not in demo_requests.ANSWERED]
    assert len(open_extended) == 2
    letters = []
    with demo_db.sessions() as session:
        for number in open_extended:
            row = session.scalars(select(Request).where(
                Request.uid == demo_uid("request", number))).one()
            sent = [(d.letter_kind, d.sent_on, d.is_final) for d in row.documents]
            assert sent == [("extension", row.extended_on, True)]
            assert row.extended_on is not None and row.extended_due_on is not None
            assert row.extended_on <= row.received_on + dt.timedelta(days=31)
            letters.append((row.documents[0].id, row.extended_due_on))
    for document_id, due in letters:
        text = full_text(responses.document_bytes(demo_db, document_id))
        assert "Pyyntö koskee kaikkia rekistereitä" in text  # the reasons
        assert f"{due.day}.{due.month}.{due.year}" in text
