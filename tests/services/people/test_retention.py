"""Retention: due dates from each register's rule and for request records, and erasing
what is due for real."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select, text

from kasve_desktop.demo.build import build_demo
from kasve_desktop.domain.retention import RetentionAnchor, RetentionRule
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people import request_records, retention
from kasve_desktop.services.people.suppression import is_suppressed
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import (
    AuditEntry,
    Consent,
    Controller,
    Document,
    DocumentExpiry,
    Event,
    MarketingObjection,
    Participation,
    Person,
    PersonEmail,
    PersonPhone,
    Register,
    RegisterEntry,
    RegisterItem,
    Request,
    RequestEvent,
)
from kasve_desktop.store.queries import Order, Page
from tests.conftest import PASSPHRASE, fixed_clock

TODAY = dt.date(2026, 11, 24)
DAY = dt.timedelta(days=1)


def world(db: Database) -> dict[str, int]:
    """Two registers with rules, one without; people due, not due, held, requesting."""
    with transaction(db) as s:
        company = Controller(name="Kasve Oy")
        customers = Register(key="asiakkaat", position=1, controller=company,
                             retention_months=24, name={"fi": "Asiakasrekisteri"})
        marketing = Register(key="markkinointi", position=2, controller=company,
                             retention_months=6, retention_anchor="collected",
                             name={"fi": "Markkinointirekisteri"})
        events = Register(key="tapahtumat", position=3, controller=company,
                          name={"fi": "Tapahtumarekisteri"})
        gone = Person(first_name="Veikko", last_name="Poistuva",
                      emails=[PersonEmail(address="veikko.poistuva@example.fi")],
                      phones=[PersonPhone(number="+358401112223")])
        stays = Person(first_name="Sanna", last_name="Jäävä")
        held = Person(first_name="Kalle", last_name="Kirjanpito")
        asking = Person(first_name="Pirjo", last_name="Pyytäjä")
        s.add_all([
            RegisterEntry(person=gone, register=customers, collected_on=dt.date(2023, 1, 10),
                          last_needed_on=dt.date(2024, 6, 30)),  # due 30.6.2026
            RegisterEntry(person=gone, register=marketing, collected_on=dt.date(2026, 5, 24)),
            RegisterEntry(person=stays, register=marketing, collected_on=dt.date(2026, 5, 25)),
            RegisterEntry(person=stays, register=customers, last_needed_on=dt.date(2025, 1, 1)),
            RegisterEntry(person=held, register=customers, last_needed_on=dt.date(2023, 1, 1),
                          legal_hold=True, note="Kirjanpitolaki 2:10"),
            RegisterEntry(person=asking, register=marketing, collected_on=dt.date(2025, 1, 1)),
        ])
        event = Event(name="Kevätpäivä", starts_on=dt.date(2026, 4, 1), register=events)
        s.add_all([
            Consent(person=gone, register=marketing, purpose="Uutiskirje",
                    granted_at=dt.datetime(2026, 5, 24), withdrawn_at=dt.datetime(2026, 6, 1)),
            Participation(event=event, person=stays, signed_up_at=dt.datetime(2026, 3, 1)),
            Request(reference="P-2026-050", type="access", channel="email",
                    received_on=TODAY - 5 * DAY, person=asking,
                    requester_name="Pirjo Pyytäjä", status="received"),
            Request(reference="P-2026-040", type="access", channel="post",
                    received_on=dt.date(2026, 1, 5), person=gone,
                    requester_name="Veikko Poistuva", status="closed"),
        ])
        s.flush()
        return {"gone": gone.id, "stays": stays.id, "held": held.id, "asking": asking.id,
                "event": event.id}


def test_due_dates_follow_each_registers_rule(db: Database) -> None:
    world(db)
    groups = retention.due_by_register(db, TODAY)
    assert [(g.register_key, [(e.person, e.due_on) for e in g.entries]) for g in groups] == [
        ("asiakkaat", [("Poistuva, Veikko", dt.date(2026, 6, 30))]),
        ("markkinointi", [("Pyytäjä, Pirjo", dt.date(2025, 7, 1)),
                          ("Poistuva, Veikko", dt.date(2026, 11, 24))]),
    ]
    for group in groups:
        for entry in group.entries:
            months = 24 if group.register_key == "asiakkaat" else 6
            anchor = (RetentionAnchor.LAST_NEEDED if months == 24
                      else RetentionAnchor.COLLECTED)
            assert entry.due_on == RetentionRule(months, anchor).due(
                entry.collected_on, entry.last_needed_on)
    # 25.5.2026 + 6 months is 25.11.: not due today, due tomorrow
    assert retention.due_count(db, TODAY) == 3
    assert retention.due_count(db, TODAY + DAY) == 4
    assert [e.person for e in retention.held_past_due(db, TODAY)] == ["Kirjanpito, Kalle"]


def test_the_list_pages_agree_with_the_groups(db: Database) -> None:
    world(db)
    page = retention.due_page(db, Page(Order(), 0, 50), TODAY)
    grouped = [e.id for g in retention.due_by_register(db, TODAY) for e in g.entries]
    assert [e.id for e in page] == grouped
    with db.sessions() as s:
        marketing = s.scalar(select(Register.id).where(Register.key == "markkinointi"))
    assert retention.due_count(db, TODAY, marketing) == 2
    for key in ("register", "due", "person", "collected", "last_needed"):
        rows = retention.due_page(db, Page(Order(key, True), 0, 50), TODAY)
        assert sorted(e.id for e in rows) == sorted(grouped)


def test_the_register_filter_counts_what_each_register_has_due(db: Database) -> None:
    world(db)
    counts = retention.due_register_counts(db, TODAY)
    assert [(c.register_key, c.register_names["fi"], c.count) for c in counts] == [
        ("asiakkaat", "Asiakasrekisteri", 1), ("markkinointi", "Markkinointirekisteri", 2)]
    with db.sessions() as s:
        ids = {key: id_ for key, id_ in s.execute(select(Register.key, Register.id))}
    assert [c.register_id for c in counts] == [ids["asiakkaat"], ids["markkinointi"]]
    # 25.5.2026 + 6 months is 25.11.: one more in marketing tomorrow
    assert [c.count for c in retention.due_register_counts(db, TODAY + DAY)] == [1, 3]
    assert retention.due_register_counts(db, dt.date(2025, 6, 30)) == []
    assert retention.held_count(db, TODAY) == 1
    # the held entry was last needed 1.1.2023: due 1.1.2025, not a day before
    assert retention.held_count(db, dt.date(2024, 12, 31)) == 0
    assert retention.held_count(db, dt.date(2025, 1, 1)) == 1


def test_an_entry_kept_longer_is_counted_from_its_own_date(db: Database) -> None:
    kept_longer_world(db)
    retention.erase_due(db, TODAY)  # trimmed: kept until 1.3.2033
    assert retention.due_register_counts(db, dt.date(2033, 2, 28)) == []
    assert [(c.register_key, c.count) for c in retention.due_register_counts(
        db, dt.date(2033, 3, 1))] == [("asiakkaat", 1)]


def test_plan_counts_entries_and_people(db: Database) -> None:
    world(db)
    plan = retention.plan_erasure(db, TODAY)
    assert plan == retention.RetentionPlan(entries=3, persons_removed=1, persons_kept=1,
                                           held=1)


def test_erase_due_really_deletes_and_reports(db: Database, db_path: Path) -> None:
    ids = world(db)
    progress: list[tuple[int, int]] = []
    summary = retention.erase_due(db, TODAY, progress=lambda d, t: progress.append((d, t)))
    assert [(c.register_key, c.count) for c in summary.erased] == [
        ("asiakkaat", 1), ("markkinointi", 2)]
    assert summary.total_erased == 3 and summary.persons_removed == 1
    assert summary.kept_for_requests == ("Pyytäjä, Pirjo",)
    assert [(c.register_key, c.count) for c in summary.held] == [("asiakkaat", 1)]
    assert progress[-1] == (4, 4)
    db.close()
    fresh = open_database(db_path, PASSPHRASE, clock=fixed_clock())
    try:
        with fresh.engine.connect() as connection:
            assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1
        with fresh.sessions() as s:
            assert s.get(Person, ids["gone"]) is None
            assert s.scalar(select(func.count()).select_from(PersonEmail).where(
                PersonEmail.address.like("%poistuva%"))) == 0
            assert s.scalar(select(func.count()).select_from(Consent)) == 0
            kept = s.scalar(select(Request).where(Request.reference == "P-2026-040"))
            assert kept is not None and kept.person_id is None
            assert kept.requester_name == "Veikko Poistuva"
            asking = s.get(Person, ids["asking"])
            assert asking is not None and asking.entries == []
            held = s.get(Person, ids["held"])
            assert held is not None and held.entries[0].legal_hold
            stays = s.get(Person, ids["stays"])
            assert stays is not None and len(stays.entries) == 2
            assert len(stays.participations) == 1
            deleted = s.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).all()
            assert {"register_entry", "person", "person_email", "consent"} <= {
                a.entity for a in deleted}
            assert all(a.fields == [] for a in deleted)
        # the person had withdrawn their e-mail consent (its register's entry, and the
        # consent with it, erased first): the address suppressed, by keyed hash only
        assert is_suppressed(fresh, email="Veikko.Poistuva@example.fi")
        assert not is_suppressed(fresh, phone="040 111 2223")  # never refused over phone
        assert not is_suppressed(fresh, email="sanna@example.fi")
    finally:
        fresh.close()


def test_once_the_request_is_closed_the_person_goes_too(db: Database) -> None:
    ids = world(db)
    with transaction(db) as s:
        request = s.scalar(select(Request).where(Request.reference == "P-2026-050"))
        assert request is not None
        request.status = "closed"
    summary = retention.erase_due(db, TODAY)
    assert summary.kept_for_requests == () and summary.persons_removed == 2
    with db.sessions() as s:
        assert s.get(Person, ids["asking"]) is None
        request = s.scalar(select(Request).where(Request.reference == "P-2026-050"))
        assert request is not None and request.person_id is None


def test_erase_selected_only_and_events_sign_ups_go_with_the_entry(db: Database) -> None:
    ids = world(db)
    tomorrow = TODAY + 400 * DAY
    with db.sessions() as s:
        stays_events = s.scalars(select(RegisterEntry.id).where(
            RegisterEntry.person_id == ids["stays"])).all()
    with transaction(db) as s:
        events = s.scalar(select(Register).where(Register.key == "tapahtumat"))
        assert events is not None
        events.retention_months, events.retention_anchor = 1, "collected"
        s.add(RegisterEntry(person_id=ids["stays"], register=events,
                            collected_on=dt.date(2026, 3, 1)))
    due_ids = [e.id for g in retention.due_by_register(db, tomorrow) for e in g.entries
               if e.person_id == ids["stays"] and e.register_key == "tapahtumat"]
    summary = retention.erase_due(db, tomorrow, entry_ids=[*due_ids, 999999])
    assert summary.total_erased == 1 and summary.persons_removed == 0
    with db.sessions() as s:
        stays = s.get(Person, ids["stays"])
        assert stays is not None and stays.participations == []
        assert sorted(e.id for e in stays.entries) == sorted(stays_events)


def test_demo_has_ten_due_and_one_held(db: Database) -> None:
    build_demo(db, TODAY)
    groups = retention.due_by_register(db, TODAY)
    assert sum(len(g.entries) for g in groups) == 10
    assert len(retention.held_past_due(db, TODAY)) == 1
    with db.sessions() as s:
        objector_emails = dict(s.execute(
            select(PersonEmail.person_id, PersonEmail.address)
            .join(MarketingObjection, MarketingObjection.person_id == PersonEmail.person_id)
            .where(MarketingObjection.scope.in_(("all", "email")))).all())
    summary = retention.erase_due(db, TODAY)
    assert summary.total_erased == 10 and summary.total_held == 1
    assert retention.due_by_register(db, TODAY) == []
    with db.sessions() as s:
        remaining = set(s.scalars(select(Person.id)))
    for person_id, address in objector_emails.items():
        assert is_suppressed(db, email=address) == (person_id not in remaining)


# --- the records of handled requests ------------------------------------------------

REPLIED = dt.date(2023, 11, 24)  # + 3 years = TODAY


def handled(reference: str, status: str, *, received: dt.date = dt.date(2023, 11, 1),
            sent: dt.date | None = None, closed: dt.date | None = None,
            person: Person | None = None, letter_sent: bool = False) -> Request:
    """A request with a timeline step to its status, a letter and an attachment."""
    request = Request(reference=reference, type="access", channel="email", received_on=received,
                      status=status, requester_name=f"Pyytäjä {reference}", person=person,
                      sent_on=sent, closed_on=closed)
    ended = closed or sent or received + 10 * DAY
    request.events = [RequestEvent(on_date=received, kind="created", to_status="received"),
                      RequestEvent(on_date=ended, kind="status", from_status="received",
                                   to_status=status)]
    request.documents = [Document(kind="letter", letter_kind="access", content=b"%PDF-",
                                  sha256="0" * 64, is_final=letter_sent),
                         Document(kind="attachment", content=b"scan", sha256="2" * 64)]
    return request


def add(db: Database, *requests: Request) -> dict[str, int]:
    with transaction(db) as s:
        s.add_all(requests)
        s.flush()
        return {r.reference: r.id for r in requests}


def due_references(db: Database, day: dt.date) -> list[str]:
    return [r.reference for r in request_records.due_request_records(db, day)]


def test_a_request_record_is_due_three_years_after_the_reply_not_a_day_before(
        db: Database) -> None:
    add(db, handled("P-2023-001", "sent", sent=REPLIED),
        handled("P-2023-002", "closed", sent=REPLIED, closed=REPLIED + 30 * DAY),
        handled("P-2023-003", "closed", sent=REPLIED + DAY, closed=REPLIED - 5 * DAY))
    assert due_references(db, TODAY - DAY) == []
    # closed a month later, but counted from the answer sent
    assert due_references(db, TODAY) == ["P-2023-001", "P-2023-002"]
    assert due_references(db, TODAY + DAY) == ["P-2023-001", "P-2023-002", "P-2023-003"]
    first = request_records.due_request_records(db, TODAY)[0]
    assert (first.requester, first.ended, first.ended_on, first.due_on) == (
        "Pyytäjä P-2023-001", request_records.RecordEnd.ANSWERED, REPLIED, TODAY)


def test_the_period_counts_calendar_months_as_the_retention_rule(db: Database) -> None:
    add(db, handled("P-2024-029", "sent", received=dt.date(2024, 2, 29),
                    sent=dt.date(2024, 2, 29)))
    assert request_records.REQUEST_RECORD_RULE.due(None, dt.date(2024, 2, 29)) == dt.date(
        2027, 2, 28)
    assert due_references(db, dt.date(2027, 2, 27)) == []
    assert due_references(db, dt.date(2027, 2, 28)) == ["P-2024-029"]


def test_closed_without_an_answer_and_withdrawn_count_from_their_end(db: Database) -> None:
    add(db, handled("P-2023-010", "closed", closed=REPLIED),
        handled("P-2023-011", "withdrawn", received=REPLIED - 10 * DAY))
    assert due_references(db, TODAY - DAY) == []
    records = request_records.due_request_records(db, TODAY)
    assert [(r.reference, r.ended, r.ended_on) for r in records] == [
        ("P-2023-010", request_records.RecordEnd.CLOSED, REPLIED),
        ("P-2023-011", request_records.RecordEnd.WITHDRAWN, REPLIED)]


def test_an_open_request_is_never_due(db: Database) -> None:
    long_ago = dt.date(2015, 1, 5)
    add(db, *[handled(f"P-2015-{n}", status, received=long_ago, sent=long_ago)
              for n, status in enumerate(("received", "identity-check", "in-progress",
                                          "response-ready", "refused"))])
    assert due_references(db, dt.date(2040, 1, 1)) == []
    assert retention.plan_erasure(db, dt.date(2040, 1, 1)).request_records == 0


def test_erasing_removes_the_request_its_events_and_documents_and_nothing_else(
        db: Database, db_path: Path) -> None:
    ids = world(db)
    with transaction(db) as s:
        stays = s.get(Person, ids["stays"])
        old = handled("P-2023-100", "closed", sent=REPLIED, closed=REPLIED, person=stays)
        young = handled("P-2024-100", "sent", sent=REPLIED + DAY, person=stays)
        sent = handled("P-2023-101", "sent", sent=REPLIED, letter_sent=True)
        s.add_all([old, young, sent])
        s.flush()
        young.duplicate_of_id = old.id
        s.add(MarketingObjection(person=stays, since=REPLIED, request=old))
        s.add(Document(kind="attachment", content=b"x", sha256="1" * 64, person_id=ids["stays"]))
    with db.sessions() as s:
        before = {model: s.scalar(select(func.count()).select_from(model))
                  for model in (Request, RequestEvent, Document, Person, RegisterEntry)}
    plan = retention.plan_erasure(db, TODAY)
    assert (plan.entries, plan.request_records) == (3, 2)
    assert due_references(db, TODAY) == ["P-2023-100", "P-2023-101"]
    progress: list[tuple[int, int]] = []
    summary = retention.erase_due(db, TODAY, progress=lambda d, t: progress.append((d, t)))
    assert summary.request_records == ("P-2023-100", "P-2023-101")
    assert summary.total_erased == 3 and progress[-1] == (6, 6)
    db.close()
    fresh = open_database(db_path, PASSPHRASE, clock=fixed_clock())
    try:
        with fresh.sessions() as s:
            after = {model: s.scalar(select(func.count()).select_from(model))
                     for model in before}
            assert after[Request] == before[Request] - 2
            assert after[RequestEvent] == before[RequestEvent] - 4
            assert after[Document] == before[Document] - 4  # the sent letter too
            assert after[Person] == before[Person] - 1  # the one erased with its entries
            assert after[RegisterEntry] == before[RegisterEntry] - 3
            assert s.scalar(select(Request).where(Request.reference == "P-2023-100")) is None
            kept = s.scalar(select(Request).where(Request.reference == "P-2024-100"))
            assert kept is not None and kept.duplicate_of_id is None
            assert len(kept.events) == 2 and len(kept.documents) == 2
            assert s.scalar(select(Request).where(Request.reference == "P-2023-101")) is None
            assert s.scalar(select(func.count()).select_from(DocumentExpiry)) == 0
            person = s.get(Person, ids["stays"])
            assert person is not None and len(person.entries) == 2
            objection = s.scalar(select(MarketingObjection))
            assert objection is not None and objection.request_id is None
            deleted = {a.entity for a in s.scalars(
                select(AuditEntry).where(AuditEntry.action == "delete"))}
            assert {"request", "request_event", "document"} <= deleted
    finally:
        fresh.close()


def test_entries_chosen_erase_no_request_records_and_records_chosen_no_entries(
        db: Database) -> None:
    ids = add(db, handled("P-2023-200", "sent", sent=REPLIED),
              handled("P-2023-201", "sent", sent=REPLIED))
    world(db)
    entry = retention.due_by_register(db, TODAY)[0].entries[0].id
    assert retention.plan_erasure(db, TODAY, [entry]).request_records == 0
    summary = retention.erase_due(db, TODAY, entry_ids=[entry])
    assert summary.total_erased == 1 and summary.request_records == ()
    assert due_references(db, TODAY) == ["P-2023-200", "P-2023-201"]
    summary = retention.erase_due(db, TODAY, request_ids=[ids["P-2023-201"], 999999])
    assert summary.total_erased == 0 and summary.request_records == ("P-2023-201",)
    assert due_references(db, TODAY) == ["P-2023-200"]
    assert retention.due_count(db, TODAY) == 2


def kept_longer_world(db: Database) -> tuple[int, int]:
    """A customer register of six months whose billing data have a rule of their own: 84
    months from the last need (the Accounting Act); an entry with billing and other data
    last needed 1.3.2026, due 1.9.2026 by the register's rule."""
    with transaction(db) as s:
        company = Controller(name="Kasve Oy")
        customers = Register(key="asiakkaat", position=1, controller=company,
                             retention_months=6, name={"fi": "Asiakasrekisteri"}, items=[
                                 RegisterItem(kind="data-category", position=0,
                                              category="billing", retention_months=84),
                                 RegisterItem(kind="data-category", position=1,
                                              category="communications")])
        person = Person(first_name="Laura", last_name="Laskutettava")
        entry = RegisterEntry(person=person, register=customers, note="Soitti 3.2.",
                              collected_on=dt.date(2025, 9, 1),
                              last_needed_on=dt.date(2026, 3, 1),
                              details={"billing": "Lasku 2026-0187 1.3.2026, 450 €",
                                       "communications": "Palaute 2.3.2026"})
        s.add_all([entry, Consent(person=person, register=customers, purpose="Uutiskirje",
                                  granted_at=dt.datetime(2025, 9, 1))])
        s.flush()
        return person.id, entry.id


def test_an_entry_keeps_only_its_data_kept_longer_until_their_date(db: Database) -> None:
    person_id, entry_id = kept_longer_world(db)
    assert [e.id for g in retention.due_by_register(db, TODAY) for e in g.entries] == [
        entry_id]
    plan = retention.plan_erasure(db, TODAY)
    assert (plan.entries, plan.trimmed, plan.persons_removed) == (0, 1, 0)
    summary = retention.erase_due(db, TODAY)
    assert summary.total_erased == 0 and summary.persons_removed == 0
    assert [(c.register_key, c.count) for c in summary.trimmed] == [("asiakkaat", 1)]
    with db.sessions() as s:
        entry = s.get(RegisterEntry, entry_id)
        assert entry is not None and entry.note == ""
        assert entry.details == {"billing": "Lasku 2026-0187 1.3.2026, 450 €"}
        assert entry.kept_until == dt.date(2033, 3, 1)  # 1.3.2026 + 84 months
        assert s.scalar(select(func.count()).select_from(Consent)) == 0
        assert s.get(Person, person_id) is not None
    assert retention.due_by_register(db, TODAY) == []
    assert retention.due_count(db, dt.date(2033, 2, 28)) == 0
    later = retention.erase_due(db, dt.date(2033, 3, 1))  # then it goes as a whole
    assert later.total_erased == 1 and later.persons_removed == 1 and later.trimmed == ()
