"""Actions per request type, end to end: the person's data changes and the timeline says so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from kasve_desktop.domain.validation import ValidationFailed
from kasve_desktop.domain.vocabulary import RequestStatus, RequestType
from kasve_desktop.domain.workflow import StepDetails
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services.answers import portability
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people import entries, erasure, marketing, persons
from kasve_desktop.services.people.entries import EntryData
from kasve_desktop.services.people.erasure import RectificationFailed
from kasve_desktop.services.people.marketing import ConsentData
from kasve_desktop.services.people.persons import PersonData
from kasve_desktop.services.requests import actions as request_actions
from kasve_desktop.services.requests import erasure as request_erasure
from kasve_desktop.services.requests import intake as requests
from kasve_desktop.services.requests import steps
from kasve_desktop.services.requests.actions import ActionRefused
from kasve_desktop.services.requests.detail import attachment_content, load_request
from kasve_desktop.services.requests.intake import RequestDraft
from kasve_desktop.store.audit import verify_chain
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Controller,
    Event,
    MarketingObjection,
    Participation,
    Person,
    Register,
    RegisterEntry,
)

TODAY = dt.date(2026, 11, 25)
RECEIVED = dt.date(2026, 11, 24)
ACCOUNTING = "Kirjanpitolaki 1336/1997 2 luku 10 §: tositteet 6 vuotta."
MAIJA = PersonData(
    first_name="Maija", last_name="Meikäläinen", emails=["maija@example.fi", "mm@example.com"],
    phones=["040 7654321"], street="Esimerkkitie 1 A 2", address_extra="c/o Virtanen",
    postal_code="00100", locality="HELSINKI", municipality="Helsinki", organisation="Kasvu Oy",
    role="Toimitusjohtaja", birth_year=1980, gender="female", customer_number="A-123",
    business_id="0112038-9", language="sv", username="maijam", website="https://kasvu.example.fi",
    notes="Sisäinen muistiinpano: soitti 3.2.")


@dataclass(frozen=True)
class World:
    person_id: int
    consent_ids: tuple[int, int]


def registers(db: Database, *, hold: bool = True) -> None:
    with transaction(db) as s:
        company = Controller(name="Kasve Oy")
        s.add_all([
            Register(key="asiakkaat", position=1, controller=company,
                     name={"fi": "Asiakasrekisteri", "sv": "Kundregister"}),
            Register(key="laskutus", position=2, controller=company,
                     name={"fi": "Laskutus"}, legal_hold_text={"fi": ACCOUNTING} if hold else {}),
            Register(key="markkinointi", position=3, controller=company,
                     name={"fi": "Markkinointirekisteri"})])


def details(db: Database, person_id: int, key: str, values: dict[str, object]) -> None:
    with transaction(db) as s:
        entry = s.scalar(select(RegisterEntry).join(Register).where(
            RegisterEntry.person_id == person_id, Register.key == key))
        assert entry is not None
        entry.details = values


def event(db: Database, person_id: int) -> None:
    with transaction(db) as s:
        s.add(Participation(event=Event(name="Kasvupäivä", starts_on=dt.date(2026, 5, 12),
                                        location="Tampere"),
                            person_id=person_id, signed_up_at=dt.datetime(2026, 4, 30, 14, 5),
                            attended=True))


def build(db: Database, *, hold: bool = True) -> World:
    """Maija in three registers (billing under a legal hold), two consents, one event."""
    registers(db, hold=hold)
    person_id = persons.create_person(db, PersonData(**vars(MAIJA)), TODAY).id
    assert person_id is not None
    for key, source in (("asiakkaat", "Tilaus"), ("laskutus", "Lasku"),
                        ("markkinointi", "Uutiskirjeen tilauslomake")):
        entries.save_entry(db, person_id, EntryData(key, source, collected_on=dt.date(2025, 3, 1)))
    details(db, person_id, "markkinointi", {"newsletter": "Kasvukirje", "interests": ["puutarha"]})
    consents = tuple(marketing.add_consent(db, person_id, ConsentData(
        purpose=purpose, channel=channel, granted_at=dt.datetime(2025, 3, 1, 10, 15),
        captured_via="web-form", register_key="markkinointi")).id
        for purpose, channel in (("Uutiskirje", "email"), ("Tekstiviestitarjoukset", "sms")))
    event(db, person_id)
    return World(person_id, (consents[0], consents[1]))


def new_request(db: Database, kind: str, person_id: int | None) -> int:
    request_id = requests.create_request(db, RequestDraft(
        type=kind, channel="email", received_on=RECEIVED, requester_name="Maija Meikäläinen",
        requester_email="maija@example.fi"), TODAY)
    if person_id is not None:
        steps.link_person(db, request_id, person_id, TODAY)
    return request_id


def actions(db: Database, request_id: int) -> list[str]:
    detail = load_request(db, request_id, TODAY)
    return [row.note for row in detail.timeline if row.kind == "action"]


@pytest.fixture
def world(db: Database) -> World:
    return build(db)


# --- which action, and refusals ------------------------------------------------------

def test_access_and_other_have_no_action_the_rest_their_own() -> None:
    assert request_actions.available_action("access") is None
    assert request_actions.available_action("other") is None
    assert request_actions.available_action("gossip") is None
    for kind in set(RequestType) - {RequestType.ACCESS, RequestType.OTHER}:
        assert request_actions.available_action(kind.value) is kind


Attempt = Callable[[Database, int], object]
ATTEMPTS: dict[str, Attempt] = {
    "rectification": lambda db, rid: request_actions.apply_rectification(
        db, rid, {"street": "Uusi katu 5"}, TODAY),
    "erasure": lambda db, rid: request_erasure.apply_erasure(db, rid, TODAY),
    "restriction": lambda db, rid: request_actions.restrict_processing(
        db, rid, "Oikeellisuus kiistetty", TODAY, TODAY),
    "objection-marketing": lambda db, rid: request_actions.record_marketing_objection(
        db, rid, ["all"], TODAY, "", TODAY),
    "portability": lambda db, rid: request_actions.export_data(db, rid, TODAY),
    "objection": lambda db, rid: request_actions.record_objection_decision(
        db, rid, "Ei perusteita jatkaa käsittelyä.", TODAY),
    "consent-withdrawal": lambda db, rid: request_actions.withdraw_consents(
        db, rid, [1], dt.datetime(2026, 11, 25, 9, 30), TODAY),
}


def snapshot(db: Database, person_id: int) -> tuple[object, ...]:
    return (persons.load_person(db, person_id), entries.list_entries(db, person_id),
            marketing.list_consents(db, person_id), marketing.list_objections(db, person_id))


def refused_request(db: Database, world: World, kind: str, case: str) -> int:
    if case == "unlinked":
        return new_request(db, kind, None)
    if case == "other type":
        return new_request(db, "erasure" if kind != "erasure" else "rectification",
                           world.person_id)
    request_id = new_request(db, kind, world.person_id)
    steps.take_step(db, request_id, RequestStatus.WITHDRAWN, StepDetails(TODAY), TODAY)
    return request_id


@pytest.mark.parametrize(("case", "message"), [
    ("unlinked", request_actions.NOT_LINKED), ("closed", request_actions.NOT_OPEN),
    ("other type", request_actions.WRONG_TYPE)])
@pytest.mark.parametrize("kind", sorted(ATTEMPTS))
def test_a_refused_action_changes_nothing(db: Database, world: World, kind: str, case: str,
                                          message: str) -> None:
    request_id = refused_request(db, world, kind, case)
    before = snapshot(db, world.person_id)
    with pytest.raises(ActionRefused) as refused:
        ATTEMPTS[kind](db, request_id)
    assert refused.value.message == message
    assert refused.value.text() == _(message)
    assert snapshot(db, world.person_id) == before
    assert actions(db, request_id) == []


def test_check_request_names_what_is_missing(db: Database, world: World) -> None:
    access = load_request(db, new_request(db, "access", world.person_id), TODAY)
    unlinked = load_request(db, new_request(db, "erasure", None), TODAY)
    ready = load_request(db, new_request(db, "erasure", world.person_id), TODAY)
    for detail, message in ((access, request_actions.NO_ACTION),
                            (unlinked, request_actions.NOT_LINKED)):
        with pytest.raises(ActionRefused) as refused:
            request_actions.check_request(detail)
        assert refused.value.message == message
    assert request_actions.check_request(ready) is RequestType.ERASURE


def test_a_failure_after_the_service_ran_undoes_the_service_too(
        db: Database, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    request_id = new_request(db, "restriction", world.person_id)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(request_actions, "record", broken)
    with pytest.raises(OSError):
        request_actions.restrict_processing(db, request_id, "Kiistetty", TODAY, TODAY)
    assert not persons.load_person(db, world.person_id).restricted
    assert actions(db, request_id) == []


# --- rectification ----------------------------------------------------------------------

def test_rectification_changes_only_what_differs(world: World, db: Database) -> None:
    before = persons.load_person(db, world.person_id)
    after = PersonData(**{**vars(before), "phones": ["040 7654321"]})
    assert request_actions.rectification_changes(before, after) == {}
    after.street, after.emails, after.birth_year = "Uusi katu 5", ["uusi@example.fi"], None
    assert request_actions.rectification_changes(before, after) == {
        "street": "Uusi katu 5", "emails": "uusi@example.fi", "birth_year": ""}


def test_rectification_corrects_and_notes_the_field_names_only(db: Database,
                                                               world: World) -> None:
    request_id = new_request(db, "rectification", world.person_id)
    done = request_actions.apply_rectification(
        db, request_id, {"street": "Uusi katu 5", "phones": "050 1234567"}, TODAY)
    person = persons.load_person(db, world.person_id)
    assert (person.street, person.phones) == ("Uusi katu 5", ["+358501234567"])
    assert done.changed == ("street", "phones")
    assert actions(db, request_id) == [done.note]
    assert _("Street address") in done.note and _("Phone numbers") in done.note
    assert "Uusi katu" not in done.note and "050" not in done.note
    assert done.detail.timeline[-1].on_date == TODAY


def test_an_invalid_correction_changes_nothing(db: Database, world: World) -> None:
    request_id = new_request(db, "rectification", world.person_id)
    before = snapshot(db, world.person_id)
    with pytest.raises(RectificationFailed) as failed:
        request_actions.apply_rectification(
            db, request_id, {"street": "Uusi katu 5", "postal_code": "123"}, TODAY)
    assert set(failed.value.problems) == {"postal_code"}
    assert snapshot(db, world.person_id) == before
    assert actions(db, request_id) == []


def test_a_correction_to_the_same_values_is_refused(db: Database, world: World) -> None:
    request_id = new_request(db, "rectification", world.person_id)
    with pytest.raises(ActionRefused) as refused:
        request_actions.apply_rectification(db, request_id, {"street": MAIJA.street}, TODAY)
    assert refused.value.message == request_actions.NOTHING_TO_CORRECT
    assert actions(db, request_id) == []


# --- erasure ------------------------------------------------------------------------------

def test_erasure_preview_matches_what_is_erased_and_kept(db: Database, world: World) -> None:
    request_id = new_request(db, "erasure", world.person_id)
    before = snapshot(db, world.person_id)
    preview = request_erasure.preview_erasure(db, request_id)
    assert snapshot(db, world.person_id) == before
    assert preview.person_name == "Maija Meikäläinen"
    assert preview.erased == (
        _("the entry in {register}").format(register="Asiakasrekisteri"),
        _("the entry in {register}").format(register="Markkinointirekisteri"),
        ngettext("{count} consent", "{count} consents", 2).format(count=2),
        ngettext("{count} event participation", "{count} event participations", 1).format(
            count=1))
    assert [(k.register, k.reason) for k in preview.kept[:2]] == [
        ("Laskutus", ACCOUNTING), ("", _(erasure.HELD_PERSON_REASON))]
    assert "2026-0001" in preview.kept[2].what
    done = request_erasure.apply_erasure(db, request_id, TODAY)
    assert request_erasure.kept_items(done.report) == list(preview.kept)
    assert [e.register_key for e in entries.list_entries(db, world.person_id)] == ["laskutus"]
    assert marketing.list_consents(db, world.person_id) == []
    assert (done.report.erased.entries, done.report.erased.consents) == (2, 2)
    assert done.detail.person_id is None and done.detail.draft.requester_name
    assert actions(db, request_id) == [done.note]
    assert ACCOUNTING in done.note and "Laskutus" in done.note
    with db.sessions() as session:
        assert verify_chain(session).intact


def test_erasure_without_holds_deletes_the_person(db: Database) -> None:
    world = build(db, hold=False)
    request_id = new_request(db, "erasure", world.person_id)
    preview = request_erasure.preview_erasure(db, request_id)
    assert _(request_erasure.PERSON_RECORD) in preview.erased
    done = request_erasure.apply_erasure(db, request_id, TODAY)
    assert done.report.erased.person
    with db.sessions() as session:
        assert session.get(Person, world.person_id) is None
    assert actions(db, request_id) == [done.note]
    assert request_erasure.erased_lines(done.report)[0] == ngettext(
        "{count} register entry", "{count} register entries", 3).format(count=3)
    assert request_erasure.kept_items(done.report) == list(preview.kept)


@pytest.mark.parametrize(("scope", "count", "kept"), [
    # the two e-mail addresses; not the phone number, over which texts were still allowed
    ("email", 2, "Sähköpostiosoitteiden avainnetut tiivisteet (ei nimeä)"),
    ("phone", 1, "Puhelinnumeroiden avainnetut tiivisteet (ei nimeä)"),
    ("all", 3, "Sähköpostiosoitteiden ja puhelinnumeroiden avainnetut tiivisteet (ei nimeä)"),
])
def test_erasure_keeps_hashes_of_what_the_person_refused_marketing_on(
        db: Database, scope: str, count: int, kept: str) -> None:
    world = build(db, hold=False)
    marketing.add_objection(db, world.person_id, scope, dt.date(2026, 1, 1))
    request_id = new_request(db, "erasure", world.person_id)
    preview = request_erasure.preview_erasure(db, request_id)
    assert preview.kept[-1].what == kept
    done = request_erasure.apply_erasure(db, request_id, TODAY)
    assert done.report.suppressed == count
    assert request_erasure.kept_items(done.report) == list(preview.kept)
    assert kept in done.note


# --- direct marketing, restriction, Art. 21(1) --------------------------------------------

def test_a_marketing_objection_is_recorded_per_scope(db: Database, world: World) -> None:
    request_id = new_request(db, "objection-marketing", world.person_id)
    since = dt.date(2026, 11, 20)
    done = request_actions.record_marketing_objection(
        db, request_id, ["post", "email"], since, "Kirjeessä", TODAY)
    rows = marketing.list_objections(db, world.person_id)
    assert sorted((r.scope, r.since, r.note) for r in rows) == [
        ("email", since, "Kirjeessä"), ("post", since, "Kirjeessä")]
    with db.sessions() as session:
        assert {o.request_id for o in session.scalars(select(MarketingObjection))} == {
            request_id}
    assert actions(db, request_id) == [done.note]
    assert "20.11.2026" in done.note and _("Postal marketing") in done.note


@pytest.mark.parametrize("scopes", [[], ["sms"]])
def test_a_marketing_objection_needs_known_scopes(db: Database, world: World,
                                                 scopes: list[str]) -> None:
    request_id = new_request(db, "objection-marketing", world.person_id)
    with pytest.raises(ActionRefused):
        request_actions.record_marketing_objection(db, request_id, scopes, TODAY, "", TODAY)
    assert marketing.list_objections(db, world.person_id) == []


def test_restriction_is_set_and_lifted(db: Database, world: World) -> None:
    request_id = new_request(db, "restriction", world.person_id)
    with pytest.raises(ValidationFailed):
        request_actions.restrict_processing(db, request_id, " ", TODAY, TODAY)
    assert actions(db, request_id) == []
    done = request_actions.restrict_processing(db, request_id, "Oikeellisuus kiistetty",
                                               dt.date(2026, 11, 24), TODAY)
    person = persons.load_person(db, world.person_id)
    assert (person.restricted, person.restricted_since) == (True, dt.date(2026, 11, 24))
    assert "Oikeellisuus kiistetty" in done.note and "24.11.2026" in done.note
    with pytest.raises(ActionRefused):
        request_actions.restrict_processing(db, request_id, "Uudestaan", TODAY, TODAY)
    lifted = request_actions.lift_restriction(db, request_id, TODAY)
    assert not persons.load_person(db, world.person_id).restricted
    assert actions(db, request_id) == [done.note, lifted.note]
    with pytest.raises(ActionRefused) as refused:
        request_actions.lift_restriction(db, request_id, TODAY)
    assert refused.value.message == request_actions.NOT_RESTRICTED


def test_an_objection_decision_is_recorded_without_changing_data(db: Database,
                                                                 world: World) -> None:
    request_id = new_request(db, "objection", world.person_id)
    before = snapshot(db, world.person_id)
    with pytest.raises(ValidationFailed) as failed:
        request_actions.record_objection_decision(db, request_id, "  ", TODAY)
    assert set(failed.value.errors) == {"decision"}
    done = request_actions.record_objection_decision(
        db, request_id, "Käsittely lopetetaan markkinoinnin osalta.", TODAY)
    assert "Käsittely lopetetaan" in done.note
    assert actions(db, request_id) == [done.note]
    assert snapshot(db, world.person_id) == before


# --- consents and portability --------------------------------------------------------

def test_chosen_consents_are_withdrawn(db: Database, world: World) -> None:
    request_id = new_request(db, "consent-withdrawal", world.person_id)
    at = dt.datetime(2026, 11, 25, 9, 30)
    done = request_actions.withdraw_consents(db, request_id, [world.consent_ids[1]], at, TODAY)
    by_id = {c.id: c for c in marketing.list_consents(db, world.person_id)}
    assert by_id[world.consent_ids[1]].withdrawn_at == at
    assert by_id[world.consent_ids[0]].active
    assert "Tekstiviestitarjoukset" in done.note and "25.11.2026" in done.note
    assert actions(db, request_id) == [done.note]
    for chosen in ([], [world.consent_ids[1]], [world.consent_ids[0], 9999]):
        with pytest.raises(ActionRefused):
            request_actions.withdraw_consents(db, request_id, chosen, at, TODAY)
    assert marketing.list_consents(db, world.person_id) == list(by_id.values())
    assert actions(db, request_id) == [done.note]


def test_portability_stores_json_and_csv_with_the_request(db: Database, world: World) -> None:
    request_id = new_request(db, "portability", world.person_id)
    done = request_actions.export_data(db, request_id, TODAY)
    names = [f.filename for f in done.files]
    stem = portability.file_stem("2026-0001")  # 2026-0001-tiedot in Finnish
    assert names == [f"{stem}.json", f"{stem}.csv"]
    stored = {a.filename: a for a in done.detail.attachments}
    assert set(names) <= set(stored)
    for file in done.files:
        assert attachment_content(db, stored[file.filename].id).content == file.content
    assert actions(db, request_id) == [done.note]
    assert all(name in done.note for name in names)
