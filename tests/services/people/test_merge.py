"""Likely duplicates found in the database, and merging two people without loss."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kasve_desktop.domain.duplicates import DuplicateReason
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people.merge import MergeError, find_duplicates, merge
from kasve_desktop.services.people.persons import PersonNotFound
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
    Request,
)


def two_records(db: Database) -> tuple[int, int]:
    """One person entered twice, each record with its own and shared things."""
    with transaction(db) as s:
        company = Controller(name="Kasve Oy")
        customers = Register(key="asiakkaat", controller=company, name={"fi": "Asiakkaat"})
        marketing = Register(key="markkinointi", controller=company, name={"fi": "Mark."})
        events = Register(key="tapahtumat", controller=company, name={"fi": "Tapahtumat"})
        spring, autumn = (Event(name="Kevät", starts_on=dt.date(2026, 4, 1)),
                          Event(name="Syksy", starts_on=dt.date(2026, 10, 1)))
        keep = Person(first_name="Matti", last_name="Virtanen", postal_code="00100",
                      notes="Asiakas vuodesta 2020",
                      emails=[PersonEmail(address="matti@example.fi")],
                      phones=[PersonPhone(number="+358407654321")])
        other = Person(first_name="Matti", last_name="Virtanen", organisation="Kasvu Oy",
                       street="Mannerheimintie 1", notes="Tuli messuilta",
                       emails=[PersonEmail(address="MATTI@example.fi"),
                               PersonEmail(address="matti.virtanen@kasvu.fi")],
                       phones=[PersonPhone(number="+358407654321"),
                               PersonPhone(number="+358501112233")])
        s.add_all([
            RegisterEntry(person=keep, register=customers, collected_on=dt.date(2024, 5, 1),
                          last_needed_on=dt.date(2025, 1, 1)),
            RegisterEntry(person=other, register=customers, collected_on=dt.date(2023, 3, 1),
                          last_needed_on=dt.date(2026, 2, 1), source="Messut",
                          legal_hold=True, note="Kirjanpito"),
            RegisterEntry(person=other, register=marketing, collected_on=dt.date(2026, 1, 1)),
            RegisterEntry(person=other, register=events, collected_on=dt.date(2026, 3, 1)),
            Consent(person=other, register=marketing, purpose="Uutiskirje",
                    granted_at=dt.datetime(2026, 1, 1)),
            Consent(person=keep, register=marketing, purpose="Tekstiviestit",
                    granted_at=dt.datetime(2026, 2, 1)),
            MarketingObjection(person=other, scope="phone", since=dt.date(2026, 2, 2)),
            Participation(event=spring, person=keep, signed_up_at=dt.datetime(2026, 3, 10)),
            Participation(event=spring, person=other, signed_up_at=dt.datetime(2026, 3, 5),
                          attended=True, note="Kasvisruoka"),
            Participation(event=autumn, person=other, signed_up_at=dt.datetime(2026, 9, 1)),
        ])
        s.flush()
        request = Request(reference="P-2026-011", type="access", channel="post",
                          received_on=dt.date(2026, 11, 1),
                          person_id=other.id)
        s.add(request)
        s.flush()
        s.add(Document(kind="letter", request_id=request.id, person_id=other.id,
                       content=b"%PDF", sha256="0" * 64))
        return keep.id, other.id


def holdings(db: Database, person_ids: tuple[int, ...]) -> dict[str, int]:
    with db.sessions() as s:
        def count(model: type, column: object) -> int:
            return s.scalar(select(func.count()).select_from(model).where(
                column.in_(person_ids))) or 0  # type: ignore[attr-defined]
        return {"consents": count(Consent, Consent.person_id),
                "objections": count(MarketingObjection, MarketingObjection.person_id),
                "requests": count(Request, Request.person_id),
                "documents": count(Document, Document.person_id),
                "registers": len(set(s.scalars(select(RegisterEntry.register_id).where(
                    RegisterEntry.person_id.in_(person_ids))))),
                "events": len(set(s.scalars(select(Participation.event_id).where(
                    Participation.person_id.in_(person_ids)))))}


def test_merge_keeps_everything(db: Database) -> None:
    keep_id, other_id = two_records(db)
    before = holdings(db, (keep_id, other_id))
    report = merge(db, keep_id, other_id)
    assert holdings(db, (keep_id,)) == before
    assert report.moved == {"entries": 2, "participations": 1, "consents": 1,
                            "objections": 1, "emails": 1, "phones": 1, "requests": 1,
                            "documents": 1}
    assert report.combined == {"entries": 1, "participations": 1}
    assert {"organisation", "street", "notes"} <= set(report.filled_fields)
    with db.sessions() as s:
        assert s.get(Person, other_id) is None
        kept = s.get(Person, keep_id)
        assert kept is not None
        assert [e.address for e in kept.emails] == ["matti@example.fi",
                                                    "matti.virtanen@kasvu.fi"]
        assert [p.number for p in kept.phones] == ["+358407654321", "+358501112233"]
        assert kept.organisation == "Kasvu Oy" and kept.postal_code == "00100"
        assert kept.notes == "Asiakas vuodesta 2020\n\nTuli messuilta"
        customer = next(e for e in kept.entries if e.register.key == "asiakkaat")
        assert customer.collected_on == dt.date(2023, 3, 1)
        assert customer.last_needed_on == dt.date(2026, 2, 1)
        assert customer.legal_hold and customer.source == "Messut"
        assert customer.note == "Kirjanpito"
        spring = next(p for p in kept.participations if p.event.name == "Kevät")
        assert spring.attended is True and spring.note == "Kasvisruoka"
        assert spring.signed_up_at == dt.datetime(2026, 3, 5)
        deleted = s.scalars(select(AuditEntry.entity).where(
            AuditEntry.action == "delete", AuditEntry.entity_id == str(other_id),
            AuditEntry.entity == "person")).all()
        assert deleted == ["person"]
        moved = s.scalars(select(AuditEntry).where(AuditEntry.entity == "consent",
                                                   AuditEntry.action == "update")).all()
        assert [a.fields for a in moved] == [["person_id"]]


def test_merge_refuses_the_same_or_missing_person(db: Database) -> None:
    keep_id, other_id = two_records(db)
    with pytest.raises(MergeError):
        merge(db, keep_id, keep_id)
    with pytest.raises(PersonNotFound):
        merge(db, keep_id, 999)
    assert holdings(db, (other_id,))["consents"] == 1


def test_duplicates_by_email_phone_and_name_with_postal_code(db: Database) -> None:
    with transaction(db) as s:
        s.add_all([
            Person(first_name="Anna", last_name="Ek",
                   emails=[PersonEmail(address="anna.ek@example.fi")]),
            Person(first_name="Anni", last_name="Ek",
                   emails=[PersonEmail(address="Anna.Ek@Example.fi")]),
            Person(first_name="Pekka", last_name="Puhelin",
                   phones=[PersonPhone(number="+358407654321")]),
            Person(first_name="P.", last_name="Puhelin",
                   phones=[PersonPhone(number="040 765 4321")]),
            Person(first_name="Äila", last_name="Öhman", postal_code="40100"),
            Person(first_name="äila", last_name="ÖHMAN", postal_code="40100"),
            Person(first_name="Aila", last_name="Ohman", postal_code="40100"),
            Person(first_name="Äila", last_name="Öhman", postal_code="00100"),
        ])
    groups = find_duplicates(db)
    assert [(g.reason, [p.name for p in g.people]) for g in groups] == [
        (DuplicateReason.EMAIL, ["Ek, Anna", "Ek, Anni"]),
        (DuplicateReason.PHONE, ["Puhelin, Pekka", "Puhelin, P."]),
        (DuplicateReason.NAME_POSTAL_CODE, ["Öhman, Äila", "ÖHMAN, äila"]),
    ]
    assert groups[0].people[1].emails == ("Anna.Ek@Example.fi",)
