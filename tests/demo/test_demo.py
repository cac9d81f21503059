"""The demo database: the seed notice word for word (as version 1), Maija, the requests.

The registers as the seed gave them are what notice version 1 was published
from (its frozen facts); the current registers are the corrected draft
(``test_story``).
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.demo import requests as demo_requests
from kasve_desktop.demo.build import create_demo_database, load_people
from kasve_desktop.demo.draft import declared_categories
from kasve_desktop.domain.deadlines import (
    date_in_force,
    is_working_day,
    one_month,
    working_days_between,
)
from kasve_desktop.domain.notice import RegisterFacts
from kasve_desktop.domain.notice_json import facts_from_json
from kasve_desktop.domain.retention import RetentionRule
from kasve_desktop.domain.vocabulary import (
    OPEN_STATUSES,
    Channel,
    LegalBasis,
    MarketingScope,
    RequestStatus,
    RequestType,
)
from kasve_desktop.store.audit import verify_chain
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    AuditEntry,
    Consent,
    ContactPerson,
    Controller,
    Event,
    MarketingObjection,
    NoticeVersion,
    Person,
    Register,
    RegisterEntry,
    Request,
    Setting,
)
from tests.conftest import fixed_clock

FIXED_DAY = dt.date(2026, 11, 24)  # a Tuesday
ROOT = Path(__file__).resolve().parents[2]
SEED_FILE = ROOT / "resources" / "seed" / "kasve-tietosuojaseloste.txt"
ACCESS_REPORT = ROOT / "docs" / "domain" / "access-report.md"
PACKAGE = ROOT / "kasve_desktop"
KEYS_AND_NAMES = [
    ("asiakkaat", "Asiakasrekisteri"),
    ("kumppanit", "Yhteistyökumppanirekisteri"),
    ("markkinointi", "Markkinointirekisteri"),
    ("valmennukset", "Valmennusten rekisteri"),
    ("tapahtumat", "Tapahtumien rekisteri"),
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = create_demo_database(tmp_path_factory.mktemp("demo") / "demo.db", fixed_clock(FIXED_DAY))
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="module")
def session(demo_db: Database) -> Iterator[Session]:
    with demo_db.sessions() as session:
        yield session


@pytest.fixture(scope="module")
def seed_registers(session: Session) -> list[RegisterFacts]:
    """The registers as the seed gave them: the facts notice version 1 was published from."""
    version = session.scalars(select(NoticeVersion).where(NoticeVersion.number == 1)).one()
    facts = version.content["facts"]
    assert isinstance(facts, dict)
    return list(facts_from_json(facts, {}).registers)


@pytest.fixture(scope="module")
def requests(session: Session) -> list[Request]:
    return list(session.scalars(select(Request).order_by(Request.id)))


def norm(text: str) -> str:
    """Whitespace-normalised text: the seed has non-breaking and doubled spaces."""
    return " ".join(text.split())


def paragraphs(text: str) -> list[str]:
    return [norm(part) for part in text.split("\n\n")]


def seed_sections() -> dict[str, list[str]]:
    """The seed notice by heading ("" for the opening): paragraphs, bullets as "• text"."""
    assert SEED_FILE.is_file(), f"the seed notice is missing: {SEED_FILE}"
    sections: dict[str, list[str]] = {"": []}
    current, lines = "", list[str]()
    for line in [*SEED_FILE.read_text(encoding="utf-8").splitlines(), ""]:
        stripped = line.strip()
        heading = line.startswith(" 1. ")
        if (heading or not stripped or stripped.startswith("•")) and lines:
            sections[current].append(norm(" ".join(lines)))
            lines = []
        if heading:
            current = stripped[3:]
            sections[current] = []
        elif stripped.startswith("•"):
            sections[current].append("• " + norm(stripped[1:]))
        elif stripped:
            lines.append(stripped)
    return sections


def prose(heading: str) -> list[str]:
    return [p for p in seed_sections()[heading] if not p.startswith("• ")]


def bullets(heading: str) -> list[str]:
    return [p[2:] for p in seed_sections()[heading] if p.startswith("• ")]


def item_texts(register: RegisterFacts, kind: str) -> list[str]:
    return [norm(item.text["fi"]) for item in register.items if item.kind == kind]


# The seed notice -------------------------------------------------------------

def test_the_controller_and_contact_person_are_the_seeds(session: Session) -> None:
    controller = session.scalars(select(Controller)).one()
    assert (controller.name, controller.business_id, controller.street, controller.postal_code,
            controller.locality) == ("Kasve Oy", "2457832-5", "Puijonkatu 23", "70110", "Kuopio")
    assert controller.email == "tietosuoja@kasve.fi"
    assert controller.shares_customer_contacts is True
    assert controller.parent_id is None
    contact = session.scalars(select(ContactPerson)).one()
    assert (contact.role, contact.name, contact.street, contact.postal_code, contact.locality,
            contact.email) == ("contact", "Elias Haapakorva", "Puijonkatu 23", "70110",
                               "Kuopio", "tietosuoja@kasve.fi")
    section_1 = " ".join(seed_sections()["Rekisterinpitäjä"])
    assert f"Y-tunnus: {controller.business_id}" in section_1
    assert f"Nimi: {controller.name}" in section_1
    assert f"Nimi: {contact.name}" in " ".join(
        seed_sections()["Yhteyshenkilö rekisteriä koskevissa asioissa"])


def test_five_registers_with_their_keys_and_names(
        session: Session, seed_registers: list[RegisterFacts]) -> None:
    assert [(r.key, r.name) for r in seed_registers] == [
        (key, {"fi": name}) for key, name in KEYS_AND_NAMES]
    registers = list(session.scalars(select(Register).order_by(Register.position)))
    assert [(r.key, r.name["fi"]) for r in registers] == KEYS_AND_NAMES
    assert [r.position for r in registers] == [0, 1, 2, 3, 4]
    rules = [(r.retention_months, r.retention_anchor, r.automated_decisions, r.automated_text)
             for r in seed_registers]
    rules += [(r.retention_months, r.retention_anchor, r.automated_decisions, r.automated_text)
              for r in registers]
    assert all(rule == (6, "last-needed", False, {}) for rule in rules)


def test_every_register_has_the_seeds_texts_word_for_word(
        seed_registers: list[RegisterFacts]) -> None:
    section_7 = prose("Tietojen säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n "
                      "ulkopuolelle")
    section_8 = prose("Rekisterin suojauksen periaatteet")
    assert section_8[1::2] == ["Manuaalinen aineisto", "Sähköisesti tallennetut tiedot"]
    expected = {
        "purposes_text": prose("Henkilötietojen käsittelyn tarkoitus"),
        "data_content_text": prose("Rekisterin tietosisältö"),
        "sources_text": prose("Säännönmukaiset tietolähteet"),
        "disclosures_text": section_7[:-1],
        "transfers_text": section_7[-1:],
        "security_text": section_8[:1],
        "security_manual": section_8[2:3],
        "security_electronic": section_8[4:5],
        "retention_text": prose("Tietojen säilytysajat, tai sen määrittämisen kriteerit"),
        "rights_text": prose("Rekisteröidyn oikeudet"),
        "changes_text": prose("Muutokset tähän tietosuojakäytäntöön ja rekisteriselosteeseen"),
    }
    for register in seed_registers:
        for column, seed_paragraphs in expected.items():
            text = getattr(register, column)
            assert set(text) == {"fi"}, (register.key, column)
            assert paragraphs(text["fi"]) == seed_paragraphs, (register.key, column)


def test_every_register_has_the_seeds_bullets_as_items(
        seed_registers: list[RegisterFacts]) -> None:
    for register in seed_registers:
        assert item_texts(register, "purpose") == bullets("Henkilötietojen käsittelyn tarkoitus")
        assert item_texts(register, "data-category") == bullets("Rekisterin tietosisältö")
        assert item_texts(register, "source") == bullets("Säännönmukaiset tietolähteet")
        purposes = [i for i in register.items if i.kind == "purpose"]
        assert all(i.legal_basis is None for i in purposes)
        sources = [i for i in register.items if i.kind == "source"]
        public = [i.text["fi"] for i in sources if i.is_public]
        assert len(public) == 1 and public[0].startswith("Kaupparekisteristä")
        assert "Fonecta" in public[0] and "Postin" in public[0]


def test_recipients_name_google_analytics_and_the_seeds_categories(
        seed_registers: list[RegisterFacts]) -> None:
    register = next(r for r in seed_registers if r.key == "asiakkaat")
    recipients = register.items_of("recipient")
    named = [i for i in recipients if i.name]
    assert [(i.name, i.is_processor, i.country) for i in named] == [
        ("Google Analytics", True, "")]
    unnamed = [i.text["fi"] for i in recipients if not i.name]
    assert len(unnamed) == 4
    for word in ("Laskutus- ja markkinointipalvelut", "Sähköpostipalveluiden",
                 "Luottokorttiyhtiöt", "Data-analyysi- ja yhtiötietojen"):
        assert any(word in text for text in unnamed), word


def test_the_outdated_statements_are_kept(seed_registers: list[RegisterFacts]) -> None:
    register = next(r for r in seed_registers if r.key == "markkinointi")
    assert "ei-henkilökohtaisia" in register.sources_text["fi"]
    assert "henkilötietolain 26 §:n" in register.rights_text["fi"]
    assert register.transfers_text["fi"] == ("Tietoja ei säännönmukaisesti siirretä tai "
                                             "luovuteta EU:n tai Euroopan talousalueen "
                                             "ulkopuolelle.")


def test_the_notice_opening_was_the_seeds_and_is_a_setting(session: Session) -> None:
    version = session.scalars(select(NoticeVersion).where(NoticeVersion.number == 1)).one()
    opening = seed_sections()[""]
    assert opening[0] == "Tietosuojakäytäntö ja rekisteriseloste"
    assert f"”{opening[0]}”" in version.note
    facts = version.content["facts"]
    assert isinstance(facts, dict)
    text = facts["intro"]
    assert isinstance(text, dict) and set(text) == {"fi"}
    assert paragraphs(text["fi"]) == opening[1:]
    assert text["fi"].startswith("Henkilötietolain (523/99) 10 §:n ja ")
    intro = session.get(Setting, "notice.intro")
    assert intro is not None and set(intro.value) == {"title", "text"}
    draft_text = intro.value["text"]
    assert isinstance(draft_text, dict) and set(draft_text) == {"fi", "sv", "en"}


def authority_table() -> dict[str, dict[str, str]]:
    """The supervisory authority's table of access-report.md, by language."""
    text = ACCESS_REPORT.read_text(encoding="utf-8")
    block = text[text.index("## Supervisory authority"):]
    rows = [line.strip().strip("|").split("|") for line in block.splitlines()
            if line.startswith("|")]
    keys = {"name": "name", "visiting": "visiting", "postal": "postal",
            "switchboard": "phone", "e-mail": "email", "web": "web"}
    table: dict[str, dict[str, str]] = {"fi": {}, "sv": {}, "en": {}}
    for cells in rows:
        label = cells[0].strip()
        if label in keys:
            for lang, cell in zip(("fi", "sv", "en"), cells[1:], strict=True):
                table[lang][keys[label]] = cell.strip()
    return table


def test_the_authority_setting_is_the_access_report_table(session: Session) -> None:
    authority = session.get(Setting, "authority")
    assert authority is not None
    table = authority_table()
    assert all(len(block) == 6 for block in table.values())
    assert authority.value == table


def test_deadline_settings(session: Session) -> None:
    margin = session.get(Setting, "deadline.target_margin_days")
    identity = session.get(Setting, "reminder.identity_days")
    assert margin is not None and margin.value == {"value": 5}
    assert identity is not None and identity.value == {"value": 14}


# People ----------------------------------------------------------------------

def maija(session: Session) -> Person:
    return session.scalars(select(Person).where(Person.last_name == "Meikäläinen")).one()


def test_maija_is_exactly_as_specified(session: Session) -> None:
    person = maija(session)
    assert (person.first_name, person.last_name, person.street, person.postal_code,
            person.locality, person.municipality) == (
        "Maija", "Meikäläinen", "Kauppakatu 5 A 3", "70100", "Kuopio", "Kuopio")
    assert [e.address for e in person.emails] == ["maija.meikalainen@example.fi"]
    assert sorted(e.register.key for e in person.entries) == [
        "asiakkaat", "markkinointi", "tapahtumat"]


def test_maija_has_a_consent_a_participation_and_an_open_access_request(
        session: Session, requests: list[Request]) -> None:
    person = maija(session)
    assert len(person.consents) == 1
    consent = person.consents[0]
    assert consent.withdrawn_at is None
    assert consent.granted_at.date() < FIXED_DAY
    assert consent.register_id == session.scalars(
        select(Register.id).where(Register.key == "markkinointi")).one()
    assert len(person.participations) == 1
    assert person.participations[0].event.register_id == session.scalars(
        select(Register.id).where(Register.key == "tapahtumat")).one()
    own = [r for r in requests if r.person_id == person.id]
    assert len(own) == 1
    request = own[0]
    assert request.type == RequestType.ACCESS
    assert request.status in (RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS)
    assert request.channel in (Channel.POST, Channel.EMAIL)
    assert request.requester_name == "Maija Meikäläinen"


def test_the_shipped_people_are_synthetic_and_varied() -> None:
    people = load_people()
    assert 140 <= len(people) <= 160
    emails = [p.email for p in people]
    assert len(set(emails)) == len(emails)
    assert all(re.fullmatch(r"[a-z0-9.-]+@example\.(fi|com|org)", e) for e in emails)
    phones = [p.phone for p in people if p.phone]
    assert 0 < len(phones) < len(people)
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(n)) for n in phones)
    assert all(n == phonenumbers.format_number(phonenumbers.parse(n),
                                               phonenumbers.PhoneNumberFormat.E164)
               for n in phones)
    assert 0 < sum(1 for p in people if not p.organisation) < len(people)
    languages = [p.language for p in people]
    assert languages.count("sv") >= 3 and 1 <= languages.count("en") <= 3
    assert all(re.fullmatch(r"\d{5}", p.postal_code) for p in people)
    assert ("Maija", "Meikäläinen") not in {(p.first_name, p.last_name) for p in people}


def test_everyone_is_in_one_to_three_registers(session: Session) -> None:
    persons = list(session.scalars(select(Person)))
    assert len(persons) == len(load_people()) + 1
    assert all(1 <= len(p.entries) <= 3 for p in persons)
    bases = {e.legal_basis for e in session.scalars(select(RegisterEntry))}
    assert bases <= {basis.value for basis in LegalBasis}


def test_some_entries_are_past_their_retention(session: Session) -> None:
    rule = RetentionRule(6)
    entries = list(session.scalars(select(RegisterEntry)))
    due = [e for e in entries if (day := rule.due(e.collected_on, e.last_needed_on))
           and day < FIXED_DAY]
    assert len([e for e in due if not e.legal_hold]) == 10
    assert len([e for e in due if e.legal_hold]) == 1
    for entry in entries:
        assert entry.collected_on is not None and entry.collected_on <= FIXED_DAY
        if entry.last_needed_on is not None:
            assert entry.collected_on <= entry.last_needed_on <= FIXED_DAY


def test_birth_year_and_gender_only_where_a_register_declares_them(session: Session) -> None:
    """Data minimisation (Art. 5(1)(c)): nobody has a birth year or gender that none of
    their registers (as corrected) declares. No purpose of any register needs either, so
    no register declares them and nobody keeps them, though the synthetic people come with
    them (``people.json``)."""
    persons = list(session.scalars(select(Person)))
    for person in persons:
        declared = declared_categories([e.register.key for e in person.entries])
        assert person.birth_year is None or "birth-year" in declared, person.full_name
        assert not person.gender or "gender" in declared, person.full_name
    assert declared_categories(["asiakkaat", "kumppanit", "markkinointi", "valmennukset",
                                "tapahtumat"]).isdisjoint({"birth-year", "gender"})
    assert persons and all(p.birth_year is None and not p.gender for p in persons)
    assert all(p.birth_year and p.gender for p in load_people())


def test_consents_objections_and_events(session: Session) -> None:
    consents = list(session.scalars(select(Consent)))
    assert {c.channel for c in consents} == {"email", "sms", "post"}
    withdrawn = [c for c in consents if c.withdrawn_at is not None]
    assert 0 < len(withdrawn) < len(consents)
    assert all(c.granted_at < c.withdrawn_at for c in withdrawn if c.withdrawn_at)
    objections = list(session.scalars(select(MarketingObjection)))
    assert {o.scope for o in objections} <= {scope.value for scope in MarketingScope}
    assert len(objections) >= 5 and any(o.request_id for o in objections)
    events = list(session.scalars(select(Event)))
    assert len(events) == 6
    assert any(e.starts_on < FIXED_DAY for e in events)
    assert any(e.starts_on > FIXED_DAY for e in events)
    assert all(e.participations for e in events)


# Requests --------------------------------------------------------------------

def test_every_type_and_status_occurs(requests: list[Request]) -> None:
    assert 35 <= len(requests) <= 45
    assert {r.type for r in requests} == {t.value for t in RequestType}
    assert {r.status for r in requests} == {s.value for s in RequestStatus}
    assert {r.channel for r in requests} == {c.value for c in Channel}
    assert {r.language for r in requests} == {"fi", "sv", "en"}
    assert 2 <= sum(1 for r in requests if r.person_id is None) <= 4


def test_the_refused_objections_give_each_its_own_reasons(requests: list[Request]) -> None:
    """Art. 21(1): one refused for the legal claims that keeping an order history serves,
    one because the processing rests on the contract, to which the right does not apply;
    each names the processing its requester objected to."""
    refused = {plan.case: requests[number] for number, plan in enumerate(demo_requests.PLANS)
               if plan.type is RequestType.OBJECTION and plan.refused}
    assert set(refused) == {"order-history", "course-contract"}
    claims, contract = refused["order-history"], refused["course-contract"]
    assert claims.refusal_reasons != contract.refusal_reasons
    assert claims.description != contract.description
    for phrase in ("tilaushistoria", "6 artiklan 1 kohdan f alakohta", "oikeudellisten vaateiden",
                   "728/2003"):
        assert phrase in claims.refusal_reasons, phrase
    for phrase in ("valmennusohjelman toteuttamista", "6 artiklan 1 kohdan b alakohta",
                   "vastustamisoikeus (21 artiklan 1 kohta) ei koske tätä käsittelyä"):
        assert phrase in contract.refusal_reasons, phrase
    assert "tilaushistoria" in claims.description
    assert "valmennusohjelma" in contract.description
    for request in (claims, contract):
        assert request.person is not None and "asiakkaat" in {
            e.register.key for e in request.person.entries}


def test_references_are_unique_and_numbered_per_year(requests: list[Request]) -> None:
    references = [r.reference for r in requests]
    assert len(set(references)) == len(references)
    assert all(re.fullmatch(r"\d{4}-\d{4}", ref) for ref in references)
    ordered = sorted(requests, key=lambda r: r.reference)
    assert [r.received_on for r in ordered] == sorted(r.received_on for r in requests)
    for year in {r.received_on.year for r in requests}:
        numbers = sorted(int(r.reference[5:]) for r in requests if r.received_on.year == year)
        assert numbers == list(range(1, len(numbers) + 1))
        assert all(r.reference.startswith(f"{r.received_on.year}-") for r in requests)


def days_left(request: Request) -> int:
    force = date_in_force(request.received_on, is_extended=request.extended_due_on is not None,
                          paused_on=request.paused_on, resumed_on=request.resumed_on,
                          today=FIXED_DAY)
    return (force.deadline.due - FIXED_DAY).days


def test_the_deadline_situations_occur_among_open_requests(requests: list[Request]) -> None:
    open_requests = [r for r in requests if r.status in OPEN_STATUSES]
    left = [days_left(r) for r in open_requests]
    assert any(days < 0 for days in left), "overdue"
    assert 0 in left, "due today"
    assert 3 in left, "due in 3 days"
    assert sum(1 for days in left if 0 <= days <= 7) >= 4, "several due within 7 days"
    assert sum(1 for days in left if days > 14) >= 10, "many on time"
    assert any(0 < working_days_between(FIXED_DAY, FIXED_DAY + dt.timedelta(days=days)) <= 2
               for days in left), "due within 2 working days"
    assert any(r.extended_due_on is not None for r in open_requests), "extended"
    assert any(r.paused_on and r.resumed_on is None and r.status == "identity-check"
               for r in open_requests), "paused, waiting for the answer"
    assert any(r.paused_on and r.resumed_on for r in open_requests), "paused and answered"


def test_request_dates_follow_the_deadline_rules(requests: list[Request]) -> None:
    for r in requests:
        assert r.received_on <= FIXED_DAY
        if r.extended_due_on is not None:
            assert r.extended_on is not None and r.extension_reason
            assert r.received_on <= r.extended_on < one_month(r.received_on).due
        if r.paused_on is not None:
            assert 1 <= (r.paused_on - r.received_on).days <= 3 and r.identity_method
            assert r.resumed_on is None or r.paused_on <= r.resumed_on <= FIXED_DAY
        if r.status in ("sent", "closed"):
            assert r.sent_on is not None and r.response_channel
            assert days_left(r) >= (r.sent_on - FIXED_DAY).days, "answered on time"
        if r.status == "closed":
            assert r.sent_on is not None and r.closed_on is not None
            assert r.sent_on <= r.closed_on <= FIXED_DAY
        if r.status == "refused" or any(e.to_status == "refused" for e in r.events):
            assert r.refusal_reasons
        if r.status == "refused":
            assert r.sent_on is None, "a refusal is decided first and sent afterwards"
        if r.channel == "post":
            assert r.requester_street and r.requester_postal_code and r.requester_locality


def test_each_request_has_a_consistent_timeline(requests: list[Request]) -> None:
    for r in requests:
        events = r.events
        assert (events[0].kind, events[0].on_date, events[0].to_status) == (
            "created", r.received_on, "received")
        assert [e.on_date for e in events] == sorted(e.on_date for e in events)
        assert all(r.received_on <= e.on_date <= FIXED_DAY for e in events)
        status = "received"
        for event in (e for e in events if e.kind == "status"):
            assert event.from_status == status
            status = event.to_status
        assert status == r.status, r.reference
        extensions = [e for e in events if e.kind == "extended"]
        assert [(e.old_date, e.new_date) for e in extensions] == (
            [(one_month(r.received_on).due, r.extended_due_on)] if r.extended_due_on else [])
        assert any(e.kind == "paused" for e in events) == (r.paused_on is not None)
        assert any(e.kind == "resumed" for e in events) == (r.resumed_on is not None)


def due_dates_reached(day: dt.date) -> bool:
    """Is ``day`` the one-month date of some receipt date?"""
    return any(one_month(day - dt.timedelta(days=back)).due == day for back in range(27, 42))


@pytest.mark.parametrize("start", [dt.date(2026, 1, 1), dt.date(2026, 12, 1)])
def test_the_plans_hold_whatever_the_day(start: dt.date) -> None:
    """Every day of a year: receipts not in the future, situations kept, steps in order."""
    for offset in range(0, 366, 2):
        today = start + dt.timedelta(days=offset)
        for plan in demo_requests.PLANS:
            received = demo_requests.received_on(plan, today)
            steps = demo_requests.timeline(plan, received, today)
            assert received <= today
            assert all(received <= s.on_date <= today for s in steps)
            if plan.due is None:
                continue
            due = one_month(received).due
            wanted = today + dt.timedelta(days=plan.due)
            assert (due < today) if plan.due < 0 else (due >= today), (today, plan)
            between = [wanted + dt.timedelta(days=d) for d in range(abs((due - wanted).days))]
            if plan.due >= 0:
                assert not any(due_dates_reached(day) for day in between), (today, plan)


def test_a_weekday_today_gets_requests_due_exactly_today_and_in_three_days() -> None:
    for today in (FIXED_DAY, dt.date(2027, 3, 2), dt.date(2026, 6, 8)):
        assert is_working_day(today) and is_working_day(today + dt.timedelta(days=3))
        dues = {one_month(demo_requests.received_on(plan, today)).due
                for plan in demo_requests.PLANS}
        assert today in dues and today + dt.timedelta(days=3) in dues


# The whole build -------------------------------------------------------------

def digest(session: Session) -> str:
    rows: list[object] = []
    for p in session.scalars(select(Person).order_by(Person.id)):
        rows.append([p.uid, p.full_name, p.street, p.postal_code, p.locality, p.restricted,
                     p.created_at, p.updated_at,
                     [e.address for e in p.emails], [n.number for n in p.phones],
                     sorted([e.uid, e.register.key, e.legal_basis, e.source, e.collected_on,
                             e.last_needed_on] for e in p.entries),
                     sorted([c.uid, c.channel, c.granted_at, c.withdrawn_at, c.updated_at]
                            for c in p.consents),
                     sorted([o.scope, o.since] for o in p.objections),
                     sorted([x.event.name, x.signed_up_at] for x in p.participations)])
    for r in session.scalars(select(Request).order_by(Request.id)):
        rows.append([r.uid, r.reference, r.type, r.status, r.received_on, r.person_id,
                     r.requester_name, r.extended_due_on, r.paused_on, r.resumed_on,
                     r.sent_on, r.closed_on, r.created_at, r.updated_at,
                     [[e.kind, e.on_date, e.at, e.from_status, e.to_status, e.note]
                      for e in r.events]])
    return hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()


def test_the_same_day_gives_the_same_content(session: Session, tmp_path: Path) -> None:
    again = create_demo_database(tmp_path / "again.db", fixed_clock(FIXED_DAY))
    try:
        with again.sessions() as other:
            assert digest(other) == digest(session)
    finally:
        again.close()


def test_audit_entries_were_written(session: Session) -> None:
    entities = set(session.scalars(select(AuditEntry.entity)))
    assert {"controller", "register", "person", "register_entry", "consent", "request",
            "request_event", "setting"} <= entities
    chain = verify_chain(session)
    assert chain.intact and chain.entries > 1000


def test_the_package_does_not_import_faker() -> None:
    modules = sorted((PACKAGE / "demo").glob("*.py"))
    assert len(modules) >= 4
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        names = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                 for alias in node.names]
        names += [node.module or "" for node in ast.walk(tree)
                  if isinstance(node, ast.ImportFrom)]
        assert not any(name.split(".")[0] == "faker" for name in names), module
