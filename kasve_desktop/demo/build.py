"""The demo database: the seed notice as data, synthetic people and their requests.

``build_demo(db, today)`` fills an empty database, all or nothing (one
transaction that the services' own join). The content is the same for the same
``today`` (a fixed random seed, stable uids, every date and timestamp counted
from ``today``); the audit hook of the session factory records every row as
usual.

The story it tells (``story``): Kasve's seed notice (``seed``, from
``seed.toml``) is loaded into five registers and published as notice version 1
on the day Kasve published it, gaps and all; then about 150 synthetic people
(``people.json``, made by ``tools/make_demo_people.py``) plus the fixed
walkthrough person Maija Meikäläinen come in under that notice: their register
entries (ten past their retention date, one more kept under a legal hold,
three due within weeks), marketing consents (some withdrawn) and event
sign-ups, which point to version 1, marketing objections, six events, and
about 40 requests in every type, state and deadline situation (``requests``).
A person's birth year and gender are kept only where one of their registers
declares the category (as corrected, none does: no purpose needs them). Last,
the registers are corrected and structured (``draft``, from ``draft.toml``) and
left as the unpublished draft, and open requests have their action taken under
them (``actions``), among them a correction, an erasure that a legal hold
limits, a portability file, and each ban on direct marketing on the day it came
in. The breach register holds two past breaches (``breaches``): a course e-mail
with its recipients visible, notified to the authority, and a lost encrypted USB
stick, documented only. The free texts are data
files: the seed notice's in ``seed.toml`` and ``authority.toml`` (read by
``seed``), the corrected registers' in ``draft.toml`` (read by ``draft``), the
synthetic content's in ``texts.toml`` (read by ``texts``).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kasve_desktop.clock import Clock
from kasve_desktop.demo.actions import send_extension_notices, take_actions
from kasve_desktop.demo.breaches import add_breaches
from kasve_desktop.demo.draft import declared_categories, draft
from kasve_desktop.demo.requests import PLANS, add_requests
from kasve_desktop.demo.seed import (
    RETENTION_MONTHS,
    add_controller,
    add_registers,
    add_settings,
    demo_uid,
    moment,
)
from kasve_desktop.demo.story import apply_draft, publish_seed, version
from kasve_desktop.demo.texts import DemoEvent, Order, people_texts
from kasve_desktop.domain.deadlines import add_months
from kasve_desktop.domain.vocabulary import LegalBasis, MarketingScope
from kasve_desktop.services.database import single_transaction, transaction
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import (
    Consent,
    Event,
    MarketingObjection,
    NoticeVersion,
    Participation,
    Person,
    PersonEmail,
    PersonPhone,
    Register,
    RegisterEntry,
    Request,
    RequestEvent,
    Timestamped,
)

DEMO_PASSPHRASE = "demo"
SEED = 2457832
PEOPLE_FILE = "people.json"
DUE_ENTRIES = 10  # entries past their retention date
HELD_ENTRIES = 1  # past it too, but kept under a legal hold
SOON_ENTRIES = 3  # due for deletion within the next four weeks
DAY = dt.timedelta(days=1)
B = LegalBasis
OPTIONAL_REGISTERS = (("markkinointi", 0.5), ("valmennukset", 0.2), ("tapahtumat", 0.3))


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo holds."""

    registers: int
    persons: int
    register_entries: int
    consents: int
    marketing_objections: int
    events: int
    participations: int
    requests: int
    request_events: int


@dataclass(frozen=True)
class DemoPerson:
    """One synthetic person as ``people.json`` gives them."""

    first_name: str
    last_name: str
    street: str
    postal_code: str
    locality: str
    municipality: str
    email: str
    phone: str | None
    organisation: str
    role: str
    birth_year: int
    gender: str
    customer_number: str
    language: str


MAIJA = DemoPerson("Maija", "Meikäläinen", "Kauppakatu 5 A 3", "70100", "Kuopio", "Kuopio",
                   "maija.meikalainen@example.fi", None, "", "", 1985, "female", "10001", "fi")


@dataclass
class Demo:
    """The state of one build: the session, the day, the random source, what exists."""

    session: Session
    today: dt.date
    rng: random.Random
    notice: NoticeVersion
    """The version of the notice in force: the one consents and sign-ups were given under."""
    registers: dict[str, Register] = field(default_factory=dict)
    persons: list[Person] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)

    def uid(self, kind: str) -> str:
        self.numbers[kind] = self.numbers.get(kind, 0) + 1
        return demo_uid(kind, self.numbers[kind])

    def days_ago(self, low: int, high: int) -> dt.date:
        return self.today - self.rng.randint(low, high) * DAY


def load_people() -> list[DemoPerson]:
    """The synthetic people shipped with the package."""
    text = resources.files("kasve_desktop.demo").joinpath(PEOPLE_FILE).read_text("utf-8")
    names = [f.name for f in fields(DemoPerson)]
    return [DemoPerson(**{name: row[name] for name in names}) for row in json.loads(text)]


def create_demo_database(path: Path, clock: Clock,
                         passphrase: str = DEMO_PASSPHRASE) -> Database:
    """A new database filled with the demo content, dated relative to the clock's today."""
    db = open_database(path, passphrase, clock=clock, create=True)
    try:
        build_demo(db, clock.today())
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    return db


def build_demo(db: Database, today: dt.date) -> DemoSummary:
    """Fill the empty database ``db`` with the demo content, dated relative to ``today``."""
    with single_transaction(db) as one:
        with transaction(one) as session:
            add_settings(session)
            add_registers(session, add_controller(session))
            _flush(session, today)
        number = publish_seed(one)
        with transaction(one) as session:
            _add_content(Demo(session, today, random.Random(SEED), version(session, number)))
        apply_draft(one, draft())
        send_extension_notices(one)
        take_actions(one, today)
        add_breaches(one, today)
        with one.sessions() as session:
            return _summary(session)


def _add_content(demo: Demo) -> None:
    """The people, their entries, consents and objections, the events and the requests."""
    demo.registers = {r.key: r for r in demo.session.scalars(select(Register))}
    _add_people(demo)
    _add_marketing(demo)
    _add_events(demo)
    _flush(demo.session, demo.today)
    requests = add_requests(demo.session, demo.today, demo.rng, _pools(demo))
    _add_orders(demo, requests)
    _flush(demo.session, demo.today)


def _flush(session: Session, today: dt.date) -> None:
    """Flush, giving new rows a creation time on the demo's day (not the clock's)."""
    for obj in session.new:
        if isinstance(obj, Timestamped) and obj.created_at is None:
            obj.created_at = obj.updated_at = moment(today, -60)
    session.flush()


def _person(demo: Demo, data: DemoPerson) -> Person:
    person = Person(
        uid=demo.uid("person"), first_name=data.first_name, last_name=data.last_name,
        street=data.street, postal_code=data.postal_code, locality=data.locality,
        municipality=data.municipality, organisation=data.organisation, role=data.role,
        birth_year=data.birth_year, gender=data.gender, customer_number=data.customer_number,
        language=data.language)
    person.emails.append(PersonEmail(position=0, address=data.email))
    if data.organisation and demo.rng.random() < 0.15:
        domain = "example.org" if data.email.endswith("example.com") else "example.com"
        person.emails.append(PersonEmail(position=1, address=data.email.split("@")[0] + "@"
                                         + domain))
    if data.phone:
        person.phones.append(PersonPhone(position=0, number=data.phone))
    return person


def _register_keys(data: DemoPerson, rng: random.Random) -> list[str]:
    """One to three registers: customers by number, partners by organisation, the rest by chance."""
    keys = ["asiakkaat"] if data.customer_number else []
    if data.organisation and (not keys or rng.random() < 0.3):
        keys.append("kumppanit")
    keys += [key for key, share in OPTIONAL_REGISTERS if rng.random() < share]
    if not keys:
        keys.append("markkinointi")
    return keys if len(keys) <= 3 else keys[:1] + sorted(rng.sample(keys[1:], 2))


def _entry(demo: Demo, person: Person, key: str) -> RegisterEntry:
    profile = demo.rng.choice(people_texts().profiles[key])
    collected = demo.days_ago(30, 1400)
    last_needed = None if demo.rng.random() < 0.5 else demo.days_ago(0, 150)
    return RegisterEntry(
        uid=demo.uid("entry"), person=person, register=demo.registers[key],
        source=demo.rng.choice(profile.sources), legal_basis=profile.basis.value,
        collected_on=collected if last_needed is None else min(collected, last_needed),
        last_needed_on=last_needed)


def _add_maija(demo: Demo) -> Person:
    """The walkthrough person: a customer, on the marketing list, at the customer evening."""
    maija = _person(demo, MAIJA)
    for key, basis, source, collected, last_needed in (
            ("asiakkaat", B.CONTRACT, "Suoraan asiakkaalta", 400, 20),
            ("markkinointi", B.CONSENT, "Uutiskirjeen tilauslomake", 300, None),
            ("tapahtumat", B.CONTRACT, "Tapahtumailmoittautuminen", 60, None)):
        RegisterEntry(uid=demo.uid("entry"), person=maija, register=demo.registers[key],
                      source=source, legal_basis=basis.value,
                      collected_on=demo.today - collected * DAY,
                      last_needed_on=demo.today - last_needed * DAY if last_needed else None)
    demo.session.add(maija)
    return maija


def _add_people(demo: Demo) -> None:
    demo.persons.append(_add_maija(demo))
    for data in load_people():
        person = _person(demo, data)
        for key in _register_keys(data, demo.rng):
            _entry(demo, person, key)
        demo.session.add(person)
        demo.persons.append(person)
    for person in demo.persons:
        _leave_out_undeclared(person)
    _expire(demo)


def _leave_out_undeclared(person: Person) -> None:
    """No birth year or gender unless one of the person's registers (as corrected) declares it."""
    declared = declared_categories([entry.register.key for entry in person.entries])
    person.birth_year = person.birth_year if "birth-year" in declared else None
    person.gender = person.gender if "gender" in declared else ""


def _expire(demo: Demo) -> None:
    """Date some entries past their retention (the first under a legal hold), a few soon due."""
    entries = [entry for person in demo.persons[1:] for entry in person.entries]
    chosen = demo.rng.sample(entries, HELD_ENTRIES + DUE_ENTRIES + SOON_ENTRIES)
    soon = add_months(demo.today, -RETENTION_MONTHS)
    for n, entry in enumerate(chosen):
        if n < HELD_ENTRIES + DUE_ENTRIES:
            entry.last_needed_on = demo.days_ago(190, 700)
        else:
            entry.last_needed_on = soon + demo.rng.randint(3, 25) * DAY
        entry.collected_on = entry.last_needed_on - demo.rng.randint(30, 900) * DAY
        if n < HELD_ENTRIES:
            entry.legal_hold, entry.note = True, people_texts().legal_hold_note


def _is_due(entry: RegisterEntry, today: dt.date) -> bool:
    last = entry.last_needed_on
    return last is not None and add_months(last, RETENTION_MONTHS) < today


def _expiring(entry: RegisterEntry, today: dt.date) -> bool:
    """Past its retention date or due within weeks (``_expire``): its date is left as is."""
    last = entry.last_needed_on
    return last is not None and last < add_months(today, -RETENTION_MONTHS) + 30 * DAY


def _entry_in(person: Person, key: str) -> RegisterEntry | None:
    return next((e for e in person.entries if e.register.key == key), None)


def _consents(demo: Demo, person: Person, entry: RegisterEntry) -> None:
    assert entry.collected_on is not None
    texts = people_texts()
    evidence = texts.consent_evidence[entry.source]
    count = demo.rng.choice((1, 1, 2, 3))
    for channel in sorted(demo.rng.sample(texts.consent_channels, count)):
        withdrawn = None
        if demo.rng.random() < 0.15:
            span = (demo.today - entry.collected_on) * demo.rng.uniform(0.5, 0.95)
            withdrawn = moment(entry.collected_on + DAY * span.days, 120)
        demo.session.add(Consent(
            uid=demo.uid("consent"), person=person, register_id=entry.register.id,
            purpose=texts.marketing_purpose, channel=channel,
            granted_at=moment(entry.collected_on, 90), withdrawn_at=withdrawn,
            captured_via=evidence.captured_via, evidence=evidence.text,
            notice_version=demo.notice))


def _objection(demo: Demo, person: Person, entry: RegisterEntry) -> None:
    assert entry.collected_on is not None
    span = (demo.today - entry.collected_on) * demo.rng.uniform(0.2, 0.9)
    demo.session.add(MarketingObjection(
        uid=demo.uid("objection"), person=person,
        scope=demo.rng.choice(list(MarketingScope)).value,
        since=entry.collected_on + DAY * span.days,
        note=demo.rng.choice(people_texts().objection_notes)))


def _add_marketing(demo: Demo) -> None:
    """Consents for those on the list by consent; objections from some of the others."""
    texts, maija = people_texts(), demo.persons[0]
    listed = _entry_in(maija, "markkinointi")
    assert listed is not None
    evidence = texts.consent_evidence[listed.source]
    demo.session.add(Consent(
        uid=demo.uid("consent"), person=maija, register_id=demo.registers["markkinointi"].id,
        purpose=texts.marketing_purpose, channel="email",
        granted_at=moment(demo.today - 300 * DAY, 90), captured_via=evidence.captured_via,
        evidence=evidence.text, notice_version=demo.notice))
    for person in demo.persons[1:]:
        entry = _entry_in(person, "markkinointi")
        if entry is None:
            continue
        if entry.legal_basis == B.CONSENT:
            _consents(demo, person, entry)
        elif demo.rng.random() < 0.3:
            _objection(demo, person, entry)


def _event(demo: Demo, data: DemoEvent) -> Event:
    start = demo.today + data.days_from_today * DAY
    while start.weekday() >= 5:
        start += DAY
    return Event(uid=demo.uid("event"), name=data.name, starts_on=start,
                 ends_on=start + data.extra_days * DAY, location=data.location,
                 register_id=demo.registers["tapahtumat"].id, description=data.description,
                 notice_version_id=demo.notice.id)


def _participate(demo: Demo, event: Event, person: Person, attended: bool | None) -> None:
    day = min(event.starts_on - demo.rng.randint(3, 40) * DAY, demo.today)
    entry = _entry_in(person, "tapahtumat")
    if entry is not None and entry.collected_on is not None:
        entry.collected_on = min(entry.collected_on, day)
    if entry is not None and not _expiring(entry, demo.today):
        # needed until the event ends; for a coming event, still needed on the demo day
        needed = min(event.ends_on or event.starts_on, demo.today)
        last = entry.last_needed_on
        entry.last_needed_on = needed if last is None else max(last, needed)
    laptop = attended is not None and demo.rng.random() < 0.3
    demo.session.add(Participation(
        uid=demo.uid("participation"), event=event, person=person,
        signed_up_at=moment(day, demo.rng.randint(0, 480)), attended=attended,
        captured_on=people_texts().event_laptop if laptop else "",
        notice_version_id=demo.notice.id))


def _add_events(demo: Demo) -> None:
    """Six events; everyone in the events register (not past retention) took part in one or two."""
    events = [_event(demo, data) for data in people_texts().events]
    demo.session.add_all(events)
    _participate(demo, events[1], demo.persons[0], True)
    for person in demo.persons[1:]:
        entry = _entry_in(person, "tapahtumat")
        if entry is None or _is_due(entry, demo.today):
            continue
        for event in demo.rng.sample(events, demo.rng.choice((1, 1, 2))):
            past = event.starts_on < demo.today
            _participate(demo, event, person, demo.rng.random() < 0.85 if past else None)


def _finnish(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def _order_days(demo: Demo, order: Order) -> tuple[dt.date, dt.date]:
    first = demo.today - order.days_ago * DAY
    while first.weekday() >= 5:
        first += DAY
    last = first + order.days * DAY
    while last.weekday() >= 5:
        last += DAY
    return first, last


def _add_orders(demo: Demo, requests: Sequence[Request]) -> None:
    """The orders (courses, days, prices) and their invoices in the customer entry of the
    requesters whose plan names them; the entry under a legal hold where the plan says."""
    texts = people_texts()
    for plan, request in zip(PLANS, requests, strict=True):
        if not plan.orders:
            continue
        person = request.person
        entry = None if person is None else _entry_in(person, "asiakkaat")
        assert person is not None and entry is not None, plan
        orders, invoices = [], []
        for order in texts.orders[plan.orders]:
            first, last = _order_days(demo, order)
            days = _finnish(first) if first == last else f"{_finnish(first)}–{_finnish(last)}"
            orders.append(f"{order.course} {days}, {order.price}")
            invoices.append(texts.invoice.format(
                number=order.invoice.format(year=last.year), date=_finnish(last),
                price=order.price))
            if entry.collected_on is None or entry.collected_on > first:
                entry.collected_on = first - 14 * DAY  # ordered two weeks before
            assert entry.last_needed_on is None or last <= entry.last_needed_on, plan
        address = texts.billing_address.format(street=person.street,
                                                postal_code=person.postal_code,
                                                locality=person.locality)
        entry.details = {"orders": "; ".join(orders), "billing": "; ".join([*invoices, address])}
        entry.legal_hold = plan.held


def _pools(demo: Demo) -> dict[str, Sequence[Person]]:
    """The requesters of ``demo_requests.PLANS`` by kind."""
    others = demo.persons[1:]
    finns = [p for p in others if p.language == "fi"]
    long_ago = moment(demo.today - 150 * DAY)
    return {
        "maija": demo.persons[:1],
        "any": finns,
        "sv": [p for p in others if p.language == "sv"],
        "en": [p for p in others if p.language == "en"],
        "marketing": [p for p in finns if _entry_in(p, "markkinointi") and not p.consents
                      and not p.objections],
        "consent": [p for p in finns if p.consents and all(
            c.withdrawn_at is None and c.granted_at < long_ago for c in p.consents)],
        "customer": _customers(demo, finns),
    }


def _customers(demo: Demo, people: Sequence[Person]) -> list[Person]:
    """Customers with an entry that an erasure would erase (in a register that keeps no
    billing data), none past its retention date or under a legal hold."""
    keeping = {register.key for register in draft().registers if register.legal_hold_text}
    return [p for p in people if _entry_in(p, "asiakkaat")
            and any(e.register.key not in keeping for e in p.entries)
            and not any(e.legal_hold or _is_due(e, demo.today) for e in p.entries)]


def _summary(session: Session) -> DemoSummary:
    def count(model: type[object]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return DemoSummary(
        registers=count(Register), persons=count(Person), register_entries=count(RegisterEntry),
        consents=count(Consent), marketing_objections=count(MarketingObjection),
        events=count(Event), participations=count(Participation), requests=count(Request),
        request_events=count(RequestEvent))
