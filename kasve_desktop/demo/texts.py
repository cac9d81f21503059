"""The free texts of the synthetic demo content, as ``texts.toml`` gives them.

What the made-up requesters wrote and what the contact person noted down
(``request_texts``, for the requests), and the register entries' sources, the
consents, objections and events of the made-up people and the two past breaches
that concerned some of them (``people_texts``, for the rest of the build). Finnish
first; the few Swedish- and English-speaking requesters write in their own language.
These are data, not translatable user-interface strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from kasve_desktop.demo.data import Table, member, read
from kasve_desktop.domain.breach_clock import Risk, authority_to_be_notified
from kasve_desktop.domain.vocabulary import Channel, LegalBasis
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.vocabulary import RequestType as T

TEXTS_FILE = "texts.toml"
CONTACT_FIELDS = ("name", "email", "phone", "street", "postal_code", "locality")


@dataclass(frozen=True)
class Contact:
    """Who a request came from: name, e-mail, phone and postal address ("" if not given)."""

    name: str
    email: str
    phone: str
    street: str
    postal_code: str
    locality: str


@dataclass(frozen=True)
class Case:
    """A request with texts of its own: what the requester wrote, why it was refused."""

    description: str
    refusal_reasons: str


@dataclass(frozen=True)
class NewAddress:
    """The address a requester moved to (the correction of a rectification)."""

    street: str
    postal_code: str
    locality: str
    municipality: str


@dataclass(frozen=True)
class RequestTexts:
    """The texts of the demo's requests and their timelines."""

    descriptions: Mapping[T, Mapping[str, str]]  # by type and language
    stranger_question: str
    outcomes: Mapping[str, str]  # by type, or by who asked ("erased", "unknown")
    refused_outcome: str
    withdrawn_outcome: str
    refusal_reasons: Mapping[T, str]
    cases: Mapping[str, Case]  # by a plan's ``case``
    new_address: NewAddress
    extension_reason: str
    paused_note: str
    resumed_note: str
    identity_answered: str
    identity_waiting: str
    status_notes: Mapping[S, str]
    channel_notes: Mapping[Channel, str]
    identity_methods: Mapping[Channel, str]
    objection_from_request: str  # with the request's {reference}
    restriction_reason: str
    objection_decision: str  # the decision recorded on an open Art. 21(1) objection
    strangers: Mapping[str, Contact]  # requesters not (or no longer) in the database

    def description(self, kind: T, language: str, who: str, case: str = "") -> str:
        """What the requester asked: their case's text, else the type's in their language
        (Finnish if no such text)."""
        if case:
            return self.cases[case].description
        if kind is T.ACCESS and who == "stranger":
            return self.stranger_question
        texts = self.descriptions[kind]
        return texts.get(language, texts["fi"])

    def reasons(self, kind: T, case: str = "") -> str:
        """Why a refused request was refused: its case's reasons, else its type's."""
        return self.cases[case].refusal_reasons if case else self.refusal_reasons[kind]

    def identity_after_pause(self, answered: bool) -> str:
        return self.identity_answered if answered else self.identity_waiting


@dataclass(frozen=True)
class Profile:
    """How a person came into a register: a legal basis and the sources it goes with."""

    basis: LegalBasis
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Evidence:
    """How a consent given through a source was captured, and what shows it."""

    captured_via: str
    text: str


@dataclass(frozen=True)
class DemoEvent:
    """An event, dated from the demo's day; ``extra_days`` more days after the first."""

    name: str
    days_from_today: int
    extra_days: int
    location: str
    description: str


@dataclass(frozen=True)
class Order:
    """A course a customer ordered: its days counted back from the demo's day, its price and
    its invoice number (``{year}``: the year of its last day)."""

    course: str
    days_ago: int
    days: int
    price: str
    invoice: str


@dataclass(frozen=True)
class DemoBreach:
    """A past breach of the demo's register, with its times relative to the demo's today."""

    title: str
    days_ago: int
    discovered_hour: int
    discovered_minute: int
    happened_minutes_before: int
    happened_note: str
    description: str
    person_categories: str
    persons_count: int
    data_categories: str
    records_count: int
    registers: tuple[str, ...]
    consequences: str
    measures_taken: str
    measures_proposed: str
    risk: Risk
    risk_reasons: str
    decided_hours_after: int
    notified_hours_after: int | None  # given when the risk is notified, else None
    authority_reference: str  # with {year}; "" when not notified
    link_register: str
    note: str
    persons_message: str = ""  # what the letters tell the persons (Art. 34(2)); "" if none


@dataclass(frozen=True)
class PeopleTexts:
    """The texts of the made-up people's entries, consents, objections and events."""

    profiles: Mapping[str, tuple[Profile, ...]]  # by register key
    legal_hold_note: str
    orders: Mapping[str, tuple[Order, ...]]  # by a plan's ``orders``
    invoice: str  # one order's line of the billing details: {number}, {date}, {price}
    billing_address: str  # the last line of the billing details: {street}, {postal_code}…
    marketing_purpose: str
    consent_channels: tuple[str, ...]
    consent_evidence: Mapping[str, Evidence]  # by the register entry's source
    objection_notes: tuple[str, ...]
    events: tuple[DemoEvent, ...]
    event_laptop: str
    breaches: tuple[DemoBreach, ...]


def _descriptions(table: Table) -> dict[T, dict[str, str]]:
    """By type and language; every type has a Finnish one, the fallback for any language."""
    descriptions = {member(T, kind, table.where): table.texts_by_key(kind)
                    for kind in table.names()}
    for kind in T:  # a DemoDataError names the first one missing
        table.table(kind.value).text("fi")
    return descriptions


def _strangers(table: Table) -> dict[str, Contact]:
    return {who: Contact(*(table.table(who).text(key) for key in CONTACT_FIELDS))
            for who in table.names()}


def _cases(table: Table) -> dict[str, Case]:
    return {key: Case(table.table(key).text("description"),
                      table.table(key).text("refusal_reasons")) for key in table.names()}


def request_texts_from(top: Table) -> RequestTexts:
    """The request texts from the top table of ``texts.toml``."""
    t = top.table("requests")
    return RequestTexts(
        descriptions=_descriptions(t.table("descriptions")),
        stranger_question=t.text("stranger_question"), outcomes=t.texts_by_key("outcomes"),
        refused_outcome=t.text("refused_outcome"), withdrawn_outcome=t.text("withdrawn_outcome"),
        refusal_reasons=t.texts_by("refusal_reasons", T), cases=_cases(t.table("cases")),
        new_address=NewAddress(*(t.table("new_address").text(key) for key in (
            "street", "postal_code", "locality", "municipality"))),
        extension_reason=t.text("extension_reason"), paused_note=t.text("paused_note"),
        resumed_note=t.text("resumed_note"), identity_answered=t.text("identity_answered"),
        identity_waiting=t.text("identity_waiting"),
        status_notes=t.texts_by("status_notes", S),
        channel_notes=t.texts_by("channel_notes", Channel),
        identity_methods=t.texts_by("identity_methods", Channel, every=True),
        objection_from_request=t.text("objection_from_request"),
        restriction_reason=t.text("restriction_reason"),
        objection_decision=t.text("objection_decision"),
        strangers=_strangers(t.table("strangers")))


def _profiles(table: Table) -> dict[str, tuple[Profile, ...]]:
    return {key: tuple(Profile(member(LegalBasis, row.text("basis"), row.where),
                               row.texts("sources")) for row in table.tables(key))
            for key in table.names()}


def _evidence(table: Table) -> dict[str, Evidence]:
    return {source: Evidence(table.table(source).text("captured_via"),
                             table.table(source).text("text"))
            for source in table.names()}


def _orders(table: Table) -> dict[str, tuple[Order, ...]]:
    return {key: tuple(Order(row.text("course"), row.number("days_ago"), row.number("days"),
                             row.text("price"), row.text("invoice"))
                       for row in table.tables(key))
            for key in table.names()}


def _breach(row: Table) -> DemoBreach:
    risk = member(Risk, row.text("risk"), row.where)
    notified = authority_to_be_notified(risk)
    return DemoBreach(
        title=row.text("title"), days_ago=row.number("days_ago"),
        discovered_hour=row.number("discovered_hour"),
        discovered_minute=row.number("discovered_minute"),
        happened_minutes_before=row.number("happened_minutes_before"),
        happened_note=row.text("happened_note"), description=row.paragraphs("description"),
        person_categories=row.text("person_categories"),
        persons_count=row.number("persons_count"), data_categories=row.text("data_categories"),
        records_count=row.number("records_count"), registers=row.texts("registers"),
        consequences=row.paragraphs("consequences"),
        measures_taken=row.paragraphs("measures_taken"),
        measures_proposed=row.paragraphs("measures_proposed"), risk=risk,
        risk_reasons=row.paragraphs("risk_reasons"),
        decided_hours_after=row.number("decided_hours_after"),
        notified_hours_after=row.number("notified_hours_after") if notified else None,
        authority_reference=row.text("authority_reference") if notified else "",
        link_register=row.text("link_register"), note=row.text("note"),
        persons_message=row.paragraphs("persons_message") if row.has("persons_message")
        else "")


def people_texts_from(top: Table) -> PeopleTexts:
    """The texts of the people's data from the top table of ``texts.toml``."""
    consents = top.table("consents")
    return PeopleTexts(
        profiles=_profiles(top.table("entries").table("profiles")),
        legal_hold_note=top.table("entries").text("legal_hold_note"),
        orders=_orders(top.table("entries").table("orders")),
        invoice=top.table("entries").table("invoices").text("invoice"),
        billing_address=top.table("entries").table("invoices").text("address"),
        marketing_purpose=consents.text("purpose"), consent_channels=consents.texts("channels"),
        consent_evidence=_evidence(consents.table("evidence")),
        objection_notes=top.table("objections").texts("notes"),
        events=tuple(DemoEvent(row.text("name"), row.number("days_from_today"),
                               row.number("extra_days"), row.text("location"),
                               row.text("description")) for row in top.tables("events")),
        event_laptop=top.table("participations").text("laptop"),
        breaches=tuple(_breach(row) for row in top.tables("breaches")))


@cache
def request_texts() -> RequestTexts:
    return request_texts_from(read(TEXTS_FILE))


@cache
def people_texts() -> PeopleTexts:
    return people_texts_from(read(TEXTS_FILE))
