"""The actions taken on the demo's open requests: recorded as the window records them, so
that the rectification, erasure and portability letters can be written and sent; every
open ban on direct marketing recorded the day it came in (Art. 21(3)); and the customer
data that make the erasure and the refused objection true."""

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
AT_ONCE = {RequestType.OBJECTION_MARKETING}  # acted on the day it came in (Art. 21(3))


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = create_demo_database(tmp_path_factory.mktemp("acted") / "demo.db",
                              fixed_clock(FIXED_DAY))
    try:
        yield db
    finally:
        db.close()


def all_acted(db: Database) -> list[tuple[demo_requests.Plan, int]]:
    """The plans whose action was taken, with their request's id."""
    found = []
    with db.sessions() as session:
        for number, plan in enumerate(demo_requests.PLANS):
            if plan.acted is not None or plan.on_receipt:
                found.append((plan, session.scalars(select(Request.id).where(
                    Request.uid == demo_uid("request", number))).one()))
    return found


def acted(db: Database) -> dict[RequestType, tuple[demo_requests.Plan, int]]:
    """One plan of each type whose action was taken, with its request's id."""
    return {plan.type: (plan, request_id) for plan, request_id in reversed(all_acted(db))}


def action_day(plan: demo_requests.Plan) -> dt.date:
    """The day the plan says its action was taken on the demo's day."""
    day = demo_requests.action_day(plan, FIXED_DAY)
    assert day is not None
    return day


def status_of(kind: RequestType) -> RequestStatus:
    return RequestStatus.RECEIVED if kind in ON_RECEIPT else RequestStatus.IN_PROGRESS


def letter(db: Database, kind: RequestType) -> str:
    return full_text(build_letter(db, acted(db)[kind][1], kind.value, today=FIXED_DAY))


def test_one_request_of_each_type_in_progress_has_its_action_recorded(
        demo_db: Database) -> None:
    found = all_acted(demo_db)
    assert {plan.type for plan, _id in found} == ACTED
    assert len(found) == len(ACTED) + 1  # both open objections to direct marketing
    with demo_db.sessions() as session:
        for plan, request_id in found:
            row = session.get(Request, request_id)
            assert row is not None and row.status == status_of(plan.type)
            action = row.events[-1]
            assert action.kind == "action" and action.note
            assert action.on_date == action_day(plan) < FIXED_DAY
            assert action.at.date() == action.on_date and row.updated_at == action.at
            assert [e.kind for e in row.events].count("action") == 1


def test_every_open_marketing_ban_is_recorded_the_day_it_came_in(demo_db: Database) -> None:
    """Art. 21(3): direct marketing stops at once. Both open objections have their ban
    recorded the day they came in or the first working day after it, with the request's
    earlier steps: the phone call of Sunday 25.10.2026 on Monday 26.10, the web form of
    Thursday 19.11 that day (the demo's day is Tuesday 24.11). The answered ones were banned
    from the day they came in."""
    open_bans = [(plan, request_id) for plan, request_id in all_acted(demo_db)
                 if plan.type in AT_ONCE]
    assert [(plan.channel.value, plan.status.value) for plan, _id in open_bans] == [
        ("phone", "in-progress"), ("web-form", "in-progress")]
    expected = [(dt.date(2026, 10, 25), dt.date(2026, 10, 26)),
                (dt.date(2026, 11, 19), dt.date(2026, 11, 19))]
    with demo_db.sessions() as session:
        for (_plan, request_id), (received, banned) in zip(open_bans, expected, strict=True):
            row = session.get(Request, request_id)
            assert row is not None and row.person is not None
            assert row.received_on == received
            assert {e.on_date for e in row.events} == {received, banned}
            action = row.events[-1]
            assert (action.kind, action.on_date) == ("action", banned)
            assert action.note.startswith(
                f"Suoramarkkinointikielto kirjattu {banned.day}.{banned.month}.{banned.year}")
            bans = [o for o in row.person.objections if o.request_id == row.id]
            assert [(o.scope, o.since) for o in bans] == [("all", banned)]
        answered = session.scalars(select(Request).where(
            Request.type == "objection-marketing",
            Request.status.in_(("sent", "closed")))).all()
        assert answered
        for row in answered:
            assert row.person is not None
            assert [o.since for o in row.person.objections if o.request_id == row.id] == [
                row.received_on]


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
    # only the data the law keeps, each until its own date, and why
    for category in ("Tilaus-, osto- ja peruutustiedot", "Laskutus- ja maksutiedot"):
        assert re.search(f"– {category} merkinnästäsi rekisterissä ”Asiakasrekisteri” "
                         r"\d{1,2}\.\d{1,2}\.20\d\d asti: Laskutustiedot ja niiden tositteet", kept)
    assert "Koko merkintäsi" not in kept
    assert "kirjanpitolain (1336/1997)" in text and "Tietosuojavaltuutetun toimisto" in text


def test_the_portability_files_are_stored_with_the_request(demo_db: Database) -> None:
    plan, request_id = acted(demo_db)[RequestType.PORTABILITY]
    with demo_db.sessions() as session:
        row = session.get(Request, request_id)
        assert row is not None
        files = {d.mime_type: d for d in row.documents}
        assert set(files) == {"application/json", "text/csv"}
        tree = json.loads(files["application/json"].content)
        day = action_day(plan)
        assert tree["schema"] == {**tree["schema"], "request": row.reference,
                                  "created_on": day.isoformat()}
        assert all(d.created_at.date() == day for d in row.documents)
        names = [d.filename for d in row.documents]
    text = letter(demo_db, RequestType.PORTABILITY)
    assert all(f"– {name}" in text for name in names)


def test_the_letters_can_be_sent(tmp_path: Path) -> None:
    db = create_demo_database(tmp_path / "demo.db", fixed_clock(FIXED_DAY))
    try:
        for _plan, request_id in all_acted(db):
            kind = _plan.type
            draft_letter = responses.make_draft(db, request_id, kind.value, None, "", FIXED_DAY)
            channel = default_response_channel(load_request(db, request_id, FIXED_DAY))
            sent = responses.send_draft(db, request_id, draft_letter, FIXED_DAY, channel,
                                        FIXED_DAY)
            assert sent.stepped and sent.request.status == RequestStatus.SENT, kind
    finally:
        db.close()


# Finnish holidays and both eves (law 150/1930) from December 2025 to 2026, by hand.
HOLIDAYS = {dt.date(2025, 12, 6), dt.date(2025, 12, 24), dt.date(2025, 12, 25),
            dt.date(2025, 12, 26), dt.date(2026, 1, 1), dt.date(2026, 1, 6),
            dt.date(2026, 4, 3), dt.date(2026, 4, 5), dt.date(2026, 4, 6), dt.date(2026, 5, 1),
            dt.date(2026, 5, 14), dt.date(2026, 5, 24), dt.date(2026, 6, 19),
            dt.date(2026, 6, 20), dt.date(2026, 10, 31), dt.date(2026, 12, 6),
            dt.date(2026, 12, 24), dt.date(2026, 12, 25), dt.date(2026, 12, 26)}


def first_working_day(day: dt.date) -> dt.date:
    while day.weekday() >= 5 or day in HOLIDAYS:
        day += dt.timedelta(days=1)
    return day


def test_the_actions_come_after_the_steps_and_before_the_day_whatever_the_day() -> None:
    """And a ban on direct marketing the day it came in or, on a weekend or a holiday, the
    first working day after it, with the steps before it."""
    for offset in range(0, 366):
        today = dt.date(2026, 1, 1) + dt.timedelta(days=offset)
        for plan in demo_requests.PLANS:
            day = demo_requests.action_day(plan, today)
            if day is None:
                continue
            assert plan.type in ACTED and plan.status is status_of(plan.type)
            received = demo_requests.received_on(plan, today)
            steps = demo_requests.timeline(plan, received, today)
            assert steps[-1].on_date <= day < today, (today, plan)
            if plan.type in AT_ONCE:
                assert day == first_working_day(received), (today, plan)
                assert all(step.on_date in (received, day) for step in steps), (today, plan)


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
        # kept by the rules of its billing data and order history, not held by hand
        assert not entry.legal_hold and not entry.note and entry.kept_until is not None
        assert set(entry.details) == {"orders", "billing"}
        assert all(order.course in str(entry.details["orders"]) for order in orders)
        assert all(order.price in str(entry.details["billing"]) for order in orders)


def test_each_open_extension_was_notified_on_its_day(demo_db: Database) -> None:
    """An extension counts only when the person was told of it with the reasons within
    the month (Art. 12(3)): each open extended request keeps its sent notice."""
    open_extended = [number for number, plan in enumerate(demo_requests.PLANS)
                     if plan.extend is not None and plan.status not in demo_requests.ANSWERED]
    assert len(open_extended) == 1
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
        assert "saimme samaan aikaan poikkeuksellisen monta tietosuojapyyntöä" in text
        assert f"{due.day}.{due.month}.{due.year}" in text
