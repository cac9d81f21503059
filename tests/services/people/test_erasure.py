"""Erasure across registers with legal holds, the suppression list, rectification."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kasve_desktop.domain.validation import EMAIL, PHONE
from kasve_desktop.i18n import _
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people.erasure import (
    HELD_PERSON,
    RectificationFailed,
    erase_person,
    rectify,
)
from kasve_desktop.services.people.persons import PersonNotFound
from kasve_desktop.services.people.suppression import is_suppressed
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    AuditEntry,
    Consent,
    Controller,
    Document,
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
    Setting,
    SuppressionEntry,
)

ACCOUNTING = "Kirjanpitolaki 1336/1997 2 luku 10 §: tositteet 6 vuotta."


def person_in_registers(db: Database, *, objection: bool = False) -> int:
    with transaction(db) as s:
        company = Controller(name="Kasve Oy")
        customers = Register(key="asiakkaat", controller=company, name={"fi": "Asiakkaat"})
        billing = Register(key="laskutus", controller=company, name={"fi": "Laskutus"},
                           legal_hold_text={"fi": ACCOUNTING})
        marketing = Register(key="markkinointi", controller=company,
                             name={"fi": "Markkinointi"})
        person = Person(first_name="Hilkka", last_name="Häivytettävä", postal_code="00100",
                        emails=[PersonEmail(address="Hilkka.H@example.fi")],
                        phones=[PersonPhone(number="+358501234567")])
        s.add_all([RegisterEntry(person=person, register=r, collected_on=dt.date(2025, 1, 1))
                   for r in (customers, billing, marketing)])
        s.add(Consent(person=person, register=marketing, purpose="Uutiskirje",
                      granted_at=dt.datetime(2025, 1, 1)))
        if objection:
            s.add(MarketingObjection(person=person, scope="phone", since=dt.date(2025, 2, 1)))
        event = Event(name="Ilta", starts_on=dt.date(2025, 3, 1))
        s.add(Participation(event=event, person=person, signed_up_at=dt.datetime(2025, 2, 1)))
        request = Request(reference="P-2026-009", type="erasure", channel="email",
                          received_on=dt.date(2026, 11, 1),
                          requester_name="Hilkka Häivytettävä", person=person)
        s.add(request)
        s.flush()
        s.add_all([Document(kind="letter", request=request, person_id=person.id,
                            content=b"%PDF", sha256="0" * 64),
                   Document(kind="scan", person_id=person.id, content=b"scan",
                            sha256="1" * 64)])
        s.flush()
        return person.id


def drop_hold(db: Database) -> None:
    with transaction(db) as s:
        billing = s.scalar(select(Register).where(Register.key == "laskutus"))
        assert billing is not None
        billing.legal_hold_text = {}


def test_erasure_keeps_the_legal_hold_and_says_why(db: Database) -> None:
    person_id = person_in_registers(db)
    report = erase_person(db, person_id, reason="P-2026-009")
    assert report.reason == "P-2026-009"
    assert report.erased.entries == 2 and report.erased.consents == 1
    assert report.erased.participations == 1 and not report.erased.person
    assert report.erased.documents == 1  # the scan of no request; the letter stays
    assert (report.kept[0].register, report.kept[0].reason) == ("Laskutus", ACCOUNTING)
    assert any("P-2026-009" in k.what for k in report.kept)
    with db.sessions() as s:
        person = s.get(Person, person_id)
        assert person is not None
        assert [e.register.key for e in person.entries] == ["laskutus"]
        assert person.consents == [] and person.participations == []
        request = s.scalar(select(Request))
        assert request is not None and request.person_id is None
        assert request.requester_name == "Hilkka Häivytettävä"


def test_an_entry_marked_legal_hold_keeps_its_own_note(db: Database) -> None:
    person_id = person_in_registers(db)
    drop_hold(db)
    with transaction(db) as s:
        entry = s.scalar(select(RegisterEntry).join(Register).where(Register.key == "asiakkaat"))
        assert entry is not None
        entry.legal_hold, entry.note = True, "Riita-asia vireillä"
    report = erase_person(db, person_id, reason="")
    assert report.kept[0].register == "Asiakkaat"
    assert report.kept[0].reason == "Riita-asia vireillä"
    assert report.kept[1].what == _(HELD_PERSON)


def test_without_holds_the_person_is_gone_and_requests_keep_their_record(
        db: Database) -> None:
    person_id = person_in_registers(db)
    drop_hold(db)
    report = erase_person(db, person_id, reason="P-2026-009")
    assert report.erased.person and report.erased.entries == 3
    assert report.erased.emails == 1 and report.erased.phones == 1
    assert report.erased.documents == 1
    assert len(report.kept) == 1 and "P-2026-009" in report.kept[0].what
    assert report.suppressed == 0  # never refused marketing: nothing to remember
    with db.sessions() as s:
        assert s.get(Person, person_id) is None
        for model in (RegisterEntry, Consent, Participation, PersonEmail, PersonPhone):
            assert s.scalar(select(func.count()).select_from(model)) == 0
        documents = s.scalars(select(Document)).all()
        assert [(d.kind, d.person_id) for d in documents] == [("letter", None)]
        assert s.scalar(select(func.count()).select_from(SuppressionEntry)) == 0
    with pytest.raises(PersonNotFound):
        erase_person(db, person_id, reason="")


def test_an_objector_stays_suppressed_by_keyed_hash_only(db: Database) -> None:
    person_id = person_in_registers(db, objection=True)
    drop_hold(db)
    assert not is_suppressed(db, phone="050 123 4567")
    report = erase_person(db, person_id, reason="P-2026-009")
    assert report.suppressed == 1  # the objection was to telephone marketing only
    assert is_suppressed(db, phone="050 123 4567")
    assert is_suppressed(db, email="other@example.fi", phone="+358 50 1234567")
    assert not is_suppressed(db, email="hilkka.h@example.fi")  # the newsletter stood
    assert not is_suppressed(db, email="other@example.fi")
    assert not is_suppressed(db)
    with db.sessions() as s:
        digests = s.scalars(select(SuppressionEntry)).all()
        assert [d.kind for d in digests] == ["phone"]
        for row in digests:
            assert len(row.digest) == 64 and "hilkka" not in row.digest.lower()
        stored = " ".join(f"{a.entity} {a.entity_id} {a.fields}"
                          for a in s.scalars(select(AuditEntry)))
        assert "Hilkka" not in stored and "Häivytettävä" not in stored
        assert "example.fi" not in stored
        key = s.get(Setting, "suppression-key")
        assert key is not None and len(str(key.value["hex"])) == 64
    # erasing a second objector reuses the key and does not duplicate digests
    second = person_in_registers_again(db)
    erase_person(db, second, reason="")
    assert is_suppressed(db, email="  HILKKA.h@Example.fi ")
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(SuppressionEntry)) == 2


def person_in_registers_again(db: Database) -> int:
    with transaction(db) as s:
        person = Person(first_name="Hilkka", last_name="Uudelleen",
                        emails=[PersonEmail(address="hilkka.h@example.fi")],
                        phones=[PersonPhone(number="+358501234567")])
        s.add(MarketingObjection(person=person, scope="all", since=dt.date(2026, 1, 1)))
        s.flush()
        return person.id


def test_rectify_changes_fields_and_audits_names_only(db: Database) -> None:
    person_id = person_in_registers(db)
    changed = rectify(db, person_id, {"last_name": "Korjattu", "first_name": "Hilkka",
                                      "postal_code": " 00200 ", "phones": "040 765 4321",
                                      "emails": "Hilkka.H@example.fi"}, dt.date(2026, 11, 24))
    assert changed == ["last_name", "postal_code", "phones"]
    with db.sessions() as s:
        person = s.get(Person, person_id)
        assert person is not None and person.last_name == "Korjattu"
        assert person.postal_code == "00200"
        assert [p.number for p in person.phones] == ["+358407654321"]
        audit = s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "person", AuditEntry.action == "update")).all()
        assert audit[-1].fields == ["last_name", "postal_code"]
        assert "Korjattu" not in str([a.fields for a in s.scalars(select(AuditEntry))])
    assert rectify(db, person_id, {"last_name": "Korjattu"}, dt.date(2026, 11, 24)) == []


def test_rectify_refuses_bad_values_and_changes_nothing(db: Database) -> None:
    person_id = person_in_registers(db)
    with pytest.raises(RectificationFailed) as failed:
        rectify(db, person_id, {"last_name": "Uusi", "phones": "123", "emails": "ei osoite",
                                "id": "5"}, dt.date(2026, 11, 24))
    problems = failed.value.problems
    assert problems["phones"].message == PHONE and problems["emails"].message == EMAIL
    assert "id" in problems and "last_name" not in problems
    with db.sessions() as s:
        person = s.get(Person, person_id)
        assert person is not None and person.last_name == "Häivytettävä"
    with pytest.raises(PersonNotFound):
        rectify(db, 424242, {"last_name": "X"}, dt.date(2026, 11, 24))


def test_an_erasure_keeps_only_the_data_the_law_keeps_and_the_rest_goes(db: Database) -> None:
    """Billing data have a rule of their own (84 months, the Accounting Act); the customer
    register names the legal hold. The entry keeps only them; its other details and note,
    the consents, and the person's data beyond name and contact details go (Art. 17(3)(b)
    reaches only as far as needed)."""
    with transaction(db) as s:
        customers = Register(key="asiakkaat", position=1, controller=Controller(name="K Oy"),
                             retention_months=6, name={"fi": "Asiakasrekisteri"},
                             legal_hold_text={"fi": ACCOUNTING}, items=[
                                 RegisterItem(kind="data-category", position=0,
                                              category="billing", retention_months=84)])
        person = Person(first_name="Laura", last_name="Laskutettava", birth_year=1980,
                        gender="female", organisation="Oy Ab", notes="Soittaa iltaisin",
                        street="Tie 1", postal_code="70100", locality="Kuopio",
                        emails=[PersonEmail(address="laura@example.fi")])
        s.add_all([person, RegisterEntry(
            person=person, register=customers, note="Palaute 2.3.", legal_hold=False,
            collected_on=dt.date(2025, 9, 1), last_needed_on=dt.date(2026, 3, 1),
            details={"billing": "Lasku 2026-0187 1.3.2026, 450 €", "lehti": "Kasvu"}),
            Consent(person=person, register=customers, purpose="Uutiskirje",
                    granted_at=dt.datetime(2025, 9, 1))])
        s.flush()
        person_id = person.id
    report = erase_person(db, person_id, reason="P-2026-010")
    assert not report.erased.person and report.erased.entries == 0
    assert report.erased.consents == 1
    assert [(k.register, k.what, k.reason) for k in report.kept[:1]] == [
        ("Asiakasrekisteri", "Laskutus- ja maksutiedot tämän rekisterin merkinnästä 1.3.2033 "
         "asti", ACCOUNTING)]
    with db.sessions() as s:
        kept = s.get(Person, person_id)
        assert kept is not None and len(kept.entries) == 1
        entry = kept.entries[0]
        assert entry.details == {"billing": "Lasku 2026-0187 1.3.2026, 450 €"}
        assert entry.note == "" and entry.kept_until == dt.date(2033, 3, 1)
        assert (kept.birth_year, kept.gender, kept.organisation, kept.notes) == (None, "", "", "")
        assert (kept.first_name, kept.street, kept.postal_code) == ("Laura", "Tie 1", "70100")
        assert [e.address for e in kept.emails] == ["laura@example.fi"]
