"""The breach register's services: recording, the status and the 72 hours, the refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from kasve_desktop.domain.names import display_name
from kasve_desktop.services.breaches import (
    BreachInput,
    BreachInvalid,
    BreachNotFound,
    BreachStatus,
    Risk,
    add_addition,
    breach_detail,
    close_breach,
    list_breaches,
    mark_told,
    open_deadlines,
    record_breach,
    reopen_breach,
    risk_label,
    status_label,
    update_breach,
)
from kasve_desktop.services.breaches.addresses import has_postal_address
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import AuditEntry, Breach, Controller, Person, Register

HKI = ZoneInfo("Europe/Helsinki")
DISCOVERED = dt.datetime(2027, 3, 27, 22, 0, tzinfo=HKI)
NOW = dt.datetime(2027, 3, 28, 10, 0, tzinfo=HKI)   # 11 elapsed hours later (clocks moved)


def new(title: str = "Sähköposti väärälle vastaanottajalle", **changes: Any) -> BreachInput:
    return dataclasses.replace(BreachInput(title=title, discovered_at=DISCOVERED), **changes)


def assessed(risk: Risk, **changes: Any) -> BreachInput:
    return new(risk=risk, decided_by="Liisa Laine", decided_at=NOW - dt.timedelta(hours=1),
               risk_reasons="Nimet ja osoitteet", **changes)


@pytest.fixture
def linked(db: Database) -> tuple[Database, list[int]]:
    """A register ``asiakkaat`` and two people, one with a postal address."""
    with transaction(db) as session:
        controller = Controller(name="Kasve Oy")
        session.add(controller)
        session.flush()
        session.add(Register(key="asiakkaat", controller_id=controller.id))
        people = [Person(first_name="Matti", last_name="Virtanen", street="Kuja 1",
                         postal_code="00100", locality="Helsinki"),
                  Person(first_name="Anna", last_name="Berg", language="sv")]
        session.add_all(people)
        session.flush()
        return db, [p.id for p in people]


def test_references_are_numbered_per_year_of_the_discovery_in_helsinki(db: Database) -> None:
    new_year = dt.datetime(2026, 12, 31, 22, 30, tzinfo=dt.UTC)  # 1.1.2027 00.30 in Helsinki
    assert record_breach(db, new(discovered_at=new_year), NOW) == "L-2027-001"
    assert record_breach(db, new(), NOW) == "L-2027-002"
    assert record_breach(db, new(discovered_at=dt.datetime(2026, 12, 31, 21, 0, tzinfo=dt.UTC)),
                         NOW) == "L-2026-001"


def test_the_72_hours_run_from_the_discovery_across_the_spring_clock_change(
        db: Database) -> None:
    reference = record_breach(db, new(), NOW)
    row = breach_detail(db, reference, NOW).row
    assert row.status is BreachStatus.ASSESSING
    assert row.notify_by.astimezone(HKI) == dt.datetime(2027, 3, 30, 23, 0, tzinfo=HKI)
    assert row.hours_left == 61
    assert row.late is False


def test_the_autumn_clock_change(db: Database) -> None:
    discovered = dt.datetime(2027, 10, 29, 12, 0, tzinfo=HKI)
    reference = record_breach(db, new(discovered_at=discovered), discovered)
    row = breach_detail(db, reference, discovered).row
    assert row.notify_by.astimezone(HKI) == dt.datetime(2027, 11, 1, 11, 0, tzinfo=HKI)
    assert row.hours_left == 72


def test_the_status_follows_the_assessment_and_what_is_done(db: Database) -> None:
    reference = record_breach(db, new(), NOW)
    notified = NOW - dt.timedelta(minutes=30)
    steps = [
        (assessed(Risk.RISK), BreachStatus.TO_NOTIFY, 61),
        (assessed(Risk.RISK, authority_notified_at=notified), BreachStatus.NOTIFIED, None),
        (assessed(Risk.HIGH, authority_notified_at=notified), BreachStatus.TO_TELL, None),
        (assessed(Risk.HIGH, authority_notified_at=notified, persons_notified_at=notified),
         BreachStatus.NOTIFIED, None),
        (assessed(Risk.HIGH, authority_notified_at=notified,
                  persons_not_told_reason="Kerrotaan verkkosivuilla (34(3)(c))"),
         BreachStatus.NOTIFIED, None),
        (assessed(Risk.NONE), BreachStatus.DOCUMENTED, None),
    ]
    for data, status, hours in steps:
        update_breach(db, reference, data, NOW)
        row = breach_detail(db, reference, NOW).row
        assert (row.status, row.hours_left) == (status, hours), data


def test_running_out_with_the_notification_due_is_late(db: Database) -> None:
    reference = record_breach(db, assessed(Risk.RISK), NOW)
    after = dt.datetime(2027, 3, 31, 0, 0, tzinfo=HKI)   # an hour past 30.3. 23.00
    row = breach_detail(db, reference, after).row
    assert (row.status, row.hours_left, row.late) == (BreachStatus.TO_NOTIFY, -1, True)
    assert breach_detail(db, reference, after - dt.timedelta(hours=1)).row.late is False


def test_a_late_notification_needs_the_reasons_for_the_delay(db: Database) -> None:
    reference = record_breach(db, assessed(Risk.RISK), NOW)
    later = dt.datetime(2027, 4, 2, 12, 0, tzinfo=HKI)
    late = dt.datetime(2027, 3, 30, 23, 1, tzinfo=HKI)
    with pytest.raises(BreachInvalid) as refused:
        update_breach(db, reference, assessed(Risk.RISK, authority_notified_at=late), later)
    assert refused.value.field == "delay_reasons"
    assert "72 tunnin" in refused.value.text()
    assert breach_detail(db, reference, later).data.authority_notified_at is None
    update_breach(db, reference, assessed(Risk.RISK, authority_notified_at=late,
                                          delay_reasons="Laajuus selvisi vasta 1.4."), later)
    row = breach_detail(db, reference, later).row
    assert (row.status, row.late) == (BreachStatus.NOTIFIED, True)


def test_on_time_exactly_at_72_hours_needs_no_reasons(db: Database) -> None:
    reference = record_breach(db, assessed(Risk.RISK), NOW)
    on_time = dt.datetime(2027, 3, 30, 23, 0, tzinfo=HKI)
    update_breach(db, reference, assessed(Risk.RISK, authority_notified_at=on_time), on_time)
    assert breach_detail(db, reference, on_time).row.late is False


@pytest.mark.parametrize(("data", "field", "words"), [
    (new(title="  "), "title", "otsikko"),
    (new(discovered_at=NOW + dt.timedelta(minutes=1)), "discovered_at", "tulevaisuudessa"),
    (new(happened_at=DISCOVERED + dt.timedelta(minutes=1)), "happened_at", "tapahtua"),
    (new(persons_count=-1), "persons_count", "negatiivinen"),
    (new(records_count=-5), "records_count", "negatiivinen"),
    (new(risk=Risk.RISK, decided_at=NOW, risk_reasons="x"), "decided_by", "päättäjän"),
    (new(risk=Risk.RISK, decided_by="L", risk_reasons="x"), "decided_at", "päätöksen ajankohta"),
    (new(risk=Risk.RISK, decided_by="L", decided_at=NOW + dt.timedelta(hours=1),
         risk_reasons="x"), "decided_at", "havaitsemisen"),
    (new(risk=Risk.RISK, decided_by="L", decided_at=DISCOVERED - dt.timedelta(hours=1),
         risk_reasons="x"), "decided_at", "havaitsemisen"),
    (new(risk=Risk.NONE, decided_by="L", decided_at=NOW), "risk_reasons", "perustelut"),
    (new(authority_notified_at=DISCOVERED - dt.timedelta(hours=1)), "authority_notified_at",
     "valvontaviranomaiselle"),
    (new(persons_notified_at=NOW + dt.timedelta(hours=1)), "persons_notified_at",
     "rekisteröidyille"),
    (assessed(Risk.RISK, persons_not_told_reason="Ei tarvita"), "persons_not_told_reason",
     "korkea"),
    (new(register_keys=("tuntematon",)), "register_keys", "tuntematon"),
    (new(person_ids=(999,)), "person_ids", "henkilö"),
])
def test_refused_input_changes_nothing(linked: tuple[Database, list[int]], data: BreachInput,
                                       field: str, words: str) -> None:
    db, _ = linked
    reference = record_breach(db, new(title="Alkuperäinen"), NOW)
    for attempt in (lambda: record_breach(db, data, NOW),
                    lambda: update_breach(db, reference, data, NOW)):
        with pytest.raises(BreachInvalid) as refused:
            attempt()
        assert refused.value.field == field
        assert words in refused.value.text().lower()
    assert [row.title for row in list_breaches(db, NOW)] == ["Alkuperäinen"]


def test_links_to_registers_and_persons_keep_when_told(linked: tuple[Database, list[int]]
                                                       ) -> None:
    db, (matti, anna) = linked
    reference = record_breach(db, new(register_keys=("asiakkaat",), person_ids=(matti, anna),
                                      persons_count=40), NOW)
    with transaction(db) as session:
        breach = session.scalars(select(Breach)).one()
        breach.persons[0].told_at = dt.datetime(2027, 3, 28, 7, 0)
    update_breach(db, reference, new(register_keys=("asiakkaat",), person_ids=(matti,),
                                     persons_count=40), NOW)
    detail = breach_detail(db, reference, NOW)
    assert detail.data.register_keys == ("asiakkaat",)
    assert detail.data.person_ids == (matti,)
    assert [(p.name, p.language, p.has_address, p.told_at) for p in detail.persons] == [
        ("Virtanen, Matti", "fi", True, dt.datetime(2027, 3, 28, 7, 0, tzinfo=dt.UTC))]
    assert (detail.row.linked_persons, detail.row.persons_count) == (1, 40)
    update_breach(db, reference, new(person_ids=(anna,)), NOW)
    assert [p.name for p in breach_detail(db, reference, NOW).persons] == ["Berg, Anna"]


def test_the_form_round_trips(db: Database) -> None:
    data = assessed(Risk.HIGH, happened_at=DISCOVERED - dt.timedelta(days=1),
                    happened_note="Arvio", description="Lista lähti kaikille",
                    person_categories="Kurssilaiset", persons_count=40,
                    data_categories="Nimet, sähköpostit", records_count=80,
                    consequences="Roskaposti", measures_taken="Pyydetty poistamaan",
                    measures_proposed="Piilokopio", authority_notified_at=NOW,
                    authority_reference="TSV/123/2027", persons_notified_at=NOW,
                    note="Muistiin")
    reference = record_breach(db, data, NOW)
    assert breach_detail(db, reference, NOW).data == dataclasses.replace(
        data, discovered_at=DISCOVERED.astimezone(dt.UTC),
        happened_at=(DISCOVERED - dt.timedelta(days=1)).astimezone(dt.UTC),
        decided_at=(NOW - dt.timedelta(hours=1)).astimezone(dt.UTC),
        authority_notified_at=NOW.astimezone(dt.UTC), persons_notified_at=NOW.astimezone(dt.UTC))


def test_additions_follow_the_notification(db: Database) -> None:
    reference = record_breach(db, assessed(Risk.RISK), NOW)
    with pytest.raises(BreachInvalid, match="ilmoitus"):
        add_addition(db, reference, "Lisätietoa", NOW, NOW)
    notified = NOW - dt.timedelta(minutes=30)
    update_breach(db, reference, assessed(Risk.RISK, authority_notified_at=notified), NOW)
    later = NOW + dt.timedelta(days=2)
    for text, at, field in (("  ", later, "text"), ("Lisä", notified - dt.timedelta(seconds=1),
                                                     "at"),
                            ("Lisä", later + dt.timedelta(seconds=1), "at")):
        with pytest.raises(BreachInvalid) as refused:
            add_addition(db, reference, text, at, later)
        assert refused.value.field == field
    add_addition(db, reference, "Toinen", later, later)
    add_addition(db, reference, " Ensimmäinen ", notified, later)
    additions = breach_detail(db, reference, later).additions
    assert [(a.text, a.at) for a in additions] == [
        ("Ensimmäinen", notified.astimezone(dt.UTC)), ("Toinen", later.astimezone(dt.UTC))]


def test_closing_waits_until_nothing_is_left_to_do(db: Database) -> None:
    reference = record_breach(db, new(), NOW)
    for data in (new(), assessed(Risk.RISK), assessed(Risk.HIGH, authority_notified_at=NOW)):
        update_breach(db, reference, data, NOW)
        with pytest.raises(BreachInvalid, match="ei voi vielä sulkea"):
            close_breach(db, reference, NOW)
        assert breach_detail(db, reference, NOW).row.status is not BreachStatus.CLOSED
    update_breach(db, reference, assessed(Risk.NONE), NOW)
    close_breach(db, reference, NOW)
    assert breach_detail(db, reference, NOW).row.status is BreachStatus.CLOSED
    assert list_breaches(db, NOW, open_only=True) == []
    with pytest.raises(BreachInvalid, match="avaa"):
        update_breach(db, reference, assessed(Risk.RISK), NOW)
    reopen_breach(db, reference)
    assert breach_detail(db, reference, NOW).row.status is BreachStatus.DOCUMENTED


def test_listing_searching_and_the_running_deadlines(db: Database) -> None:
    early = record_breach(db, new("USB-tikku hävisi", discovered_at=DISCOVERED
                                  - dt.timedelta(hours=5)), NOW)
    late = record_breach(db, new("Sähköposti näkyvin osoittein"), NOW)
    done = record_breach(db, assessed(Risk.NONE, title="Tulostin",
                                      discovered_at=DISCOVERED - dt.timedelta(days=1)), NOW)
    assert [r.reference for r in list_breaches(db, NOW)] == [late, early, done]
    assert [r.reference for r in list_breaches(db, NOW, search="usb")] == [early]
    assert [r.reference for r in list_breaches(db, NOW, search="NÄKYVIN sähköposti")] == [late]
    assert [r.reference for r in list_breaches(db, NOW, search=late)] == [late]
    assert [(r.reference, r.hours_left) for r in open_deadlines(db, NOW)] == [
        (early, 56), (late, 61)]


def test_unknown_references(db: Database) -> None:
    for attempt in (lambda: breach_detail(db, "L-2027-999", NOW),
                    lambda: update_breach(db, "L-2027-999", new(), NOW),
                    lambda: close_breach(db, "L-2027-999", NOW),
                    lambda: reopen_breach(db, "L-2027-999"),
                    lambda: add_addition(db, "L-2027-999", "x", NOW, NOW)):
        with pytest.raises(BreachNotFound, match="L-2027-999"):
            attempt()


def test_every_write_is_audited(db: Database) -> None:
    def audited() -> int:
        with db.sessions() as session:
            return session.scalar(select(func.count()).select_from(AuditEntry)
                                  .where(AuditEntry.entity == "breach")) or 0
    reference = record_breach(db, new(), NOW)
    update_breach(db, reference, assessed(Risk.NONE), NOW)
    assert audited() == 2


def test_labels_in_finnish() -> None:
    assert [status_label(s) for s in BreachStatus] == [
        "Riskiä arvioidaan", "Ilmoitettava valvontaviranomaiselle", "Kerrottava rekisteröidyille",
        "Ilmoitettu", "Vain dokumentoitu", "Suljettu"]
    assert [risk_label(r) for r in (None, Risk.NONE, Risk.RISK, Risk.HIGH)] == [
        "Arvioimatta", "Ei riskiä", "Riski", "Korkea riski"]


@pytest.mark.parametrize(("street", "postal_code", "locality", "has"), [
    ("Kuja 1", "00100", "Helsinki", True),
    ("   ", "00100", "Helsinki", False),
    ("Kuja 1", "", "Helsinki", False),
    ("Kuja 1", "00100", " \t", False),
    ("Kuja 1", " ", "Helsinki", False),
])
def test_one_rule_for_a_postal_address(street: str, postal_code: str, locality: str,
                                       has: bool) -> None:
    """What the letters print (street, postal code, locality): the window's "has an address"
    is the same function, so it never promises a letter that is not written."""
    person = Person(first_name="Matti", last_name="Virtanen", street=street,
                    postal_code=postal_code, locality=locality)
    assert has_postal_address(person) is has


def test_a_linked_person_with_a_blank_street_has_no_address(db: Database) -> None:
    with transaction(db) as session:
        people = [Person(first_name="Matti", last_name="Virtanen", street="  ",
                         postal_code="00100", locality="Helsinki"),
                  Person(first_name="Anna", last_name="Berg", street="Gatan 2",
                         locality="Vasa"),
                  Person(last_name="Oy Yritys", street="Tie 3", postal_code="33100",
                         locality="Tampere")]
        session.add_all(people)
        session.flush()
        ids = tuple(p.id for p in people)
    reference = record_breach(db, new(person_ids=ids), NOW)
    assert [(p.name, p.has_address) for p in breach_detail(db, reference, NOW).persons] == [
        ("Virtanen, Matti", False), ("Berg, Anna", False), ("Oy Yritys", True)]
    assert display_name("Matti", "") == "Matti"


# --- the authority's notification follows the assessment; the additions follow it -------

def test_a_notification_needs_the_risk_assessed_first(db: Database) -> None:
    reference = record_breach(db, new(title="Alkuperäinen"), NOW)
    data = new(authority_notified_at=NOW - dt.timedelta(minutes=30))
    for attempt in (lambda: record_breach(db, data, NOW),
                    lambda: update_breach(db, reference, data, NOW)):
        with pytest.raises(BreachInvalid) as refused:
            attempt()
        assert refused.value.field == "risk"
        assert refused.value.text() == ("Kirjaa ensin riskinarvio: ilmoitus "
                                         "valvontaviranomaiselle perustuu arvioituun riskiin.")
    assert [(r.reference, r.authority_notified_at) for r in list_breaches(db, NOW)] == [
        (reference, None)]


def test_a_voluntary_notification_of_no_risk_is_notified_and_never_late(db: Database
                                                                       ) -> None:
    """No notification is due for no risk (Art. 33(1)); one made anyway, even after 72
    hours, needs no reasons for a delay and leaves nothing to do."""
    later = dt.datetime(2027, 4, 6, 12, 0, tzinfo=HKI)
    notified = dt.datetime(2027, 4, 5, 9, 0, tzinfo=HKI)   # days past 30.3. 23.00
    reference = record_breach(db, assessed(Risk.NONE), NOW)
    assert breach_detail(db, reference, later).row.status is BreachStatus.DOCUMENTED
    update_breach(db, reference, assessed(Risk.NONE, authority_notified_at=notified), later)
    row = breach_detail(db, reference, later).row
    assert (row.status, row.late, row.hours_left) == (BreachStatus.NOTIFIED, False, None)
    assert open_deadlines(db, later) == []
    close_breach(db, reference, later)
    assert breach_detail(db, reference, later).row.status is BreachStatus.CLOSED


def test_the_notification_stays_at_or_before_the_first_addition(db: Database) -> None:
    notified, added = NOW - dt.timedelta(hours=2), NOW - dt.timedelta(hours=1)   # 8.00, 9.00
    reference = record_breach(db, assessed(Risk.RISK, authority_notified_at=notified), NOW)
    add_addition(db, reference, "Laajuus tarkentui", NOW, NOW)
    add_addition(db, reference, "Ensimmäinen lisäys", added, NOW)
    for data in (assessed(Risk.RISK),   # the notification removed
                 assessed(Risk.RISK, authority_notified_at=added + dt.timedelta(minutes=1)),
                 new()):                 # the assessment undone with it
        with pytest.raises(BreachInvalid) as refused:
            update_breach(db, reference, data, NOW)
        assert refused.value.field == "authority_notified_at"
        assert refused.value.text() == (
            "Valvontaviranomaiselle on lähetetty lisäyksiä, ensimmäinen 28.3.2027 klo "
            "09.00: ilmoitusta ei voi poistaa eikä ajoittaa sen jälkeen.")
    detail = breach_detail(db, reference, NOW)
    assert detail.data.authority_notified_at == notified.astimezone(dt.UTC)
    update_breach(db, reference, assessed(Risk.RISK, authority_notified_at=added), NOW)
    assert breach_detail(db, reference, NOW).data.authority_notified_at == \
        added.astimezone(dt.UTC)


# --- the persons told (Art. 34) -----------------------------------------------------------

def test_marking_the_persons_told(linked: tuple[Database, list[int]]) -> None:
    db, (matti, anna) = linked
    notified = NOW - dt.timedelta(hours=3)
    reference = record_breach(db, assessed(Risk.HIGH, authority_notified_at=notified,
                                           person_ids=(matti, anna)), NOW)
    assert breach_detail(db, reference, NOW).row.status is BreachStatus.TO_TELL
    first, second = NOW - dt.timedelta(hours=2), NOW - dt.timedelta(hours=1)
    mark_told(db, reference, [matti], second, NOW)
    mark_told(db, reference, [matti, anna], first, NOW)   # Matti was told earlier, after all
    mark_told(db, reference, (anna,), NOW, NOW)            # told again: the first time stays
    detail = breach_detail(db, reference, NOW)
    assert [(p.name, p.told_at) for p in detail.persons] == [
        ("Virtanen, Matti", first.astimezone(dt.UTC)), ("Berg, Anna", first.astimezone(dt.UTC))]
    assert detail.data.persons_notified_at == second.astimezone(dt.UTC)   # set once, if empty
    assert detail.row.status is BreachStatus.NOTIFIED


def test_marking_told_is_refused_whole(linked: tuple[Database, list[int]]) -> None:
    db, (matti, anna) = linked
    reference = record_breach(db, assessed(Risk.HIGH, person_ids=(matti,)), NOW)
    told = NOW - dt.timedelta(minutes=10)
    for ids, at, field, words in (
            ([matti, anna], told, "person_ids", "vain loukkaukseen linkitettyjä"),
            ([999], told, "person_ids", "vain loukkaukseen linkitettyjä"),
            ([], told, "person_ids", "valitse rekisteröidyt"),
            ([matti], DISCOVERED - dt.timedelta(minutes=1), "at", "havaitsemisen"),
            ([matti], NOW + dt.timedelta(minutes=1), "at", "havaitsemisen")):
        with pytest.raises(BreachInvalid) as refused:
            mark_told(db, reference, ids, at, NOW)
        assert (refused.value.field, words in refused.value.text().lower()) == (field, True)
    detail = breach_detail(db, reference, NOW)
    assert [p.told_at for p in detail.persons] == [None]
    assert detail.data.persons_notified_at is None
    with pytest.raises(BreachNotFound):
        mark_told(db, "L-2027-999", [matti], told, NOW)


def test_the_title_is_kept_as_one_printable_line(db: Database) -> None:
    reference = record_breach(db, new("Lista\nlähti\t väärälle \x1b[31mtaholle\x0b"), NOW)
    assert breach_detail(db, reference, NOW).row.title == "Lista lähti väärälle [31mtaholle"
