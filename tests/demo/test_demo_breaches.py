"""The demo's two past breaches: the visible e-mail notified in time, the lost USB stick
documented only, both decided by the contact person, dated back from the demo's today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from kasve_desktop.demo.build import create_demo_database
from kasve_desktop.services.breaches import (
    BreachDetail,
    BreachStatus,
    Risk,
    breach_detail,
    list_breaches,
    open_deadlines,
)
from kasve_desktop.services.breaches.documents import (
    BreachDocumentRefused,
    authority_notification_pdf,
    person_letters,
)
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Breach, Person, Register, RegisterEntry
from tests.conftest import fixed_clock
from tests.documents.test_notice_pdf import full_text

TODAY = dt.date(2026, 11, 24)  # a Tuesday
HKI = ZoneInfo("Europe/Helsinki")
NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=HKI)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = create_demo_database(tmp_path_factory.mktemp("demo") / "demo.db", fixed_clock(TODAY))
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="module")
def breaches(demo: Database) -> dict[str, BreachDetail]:
    rows = list_breaches(demo, NOW)
    return {detail.data.title: detail
            for detail in (breach_detail(demo, row.reference, NOW) for row in rows)}


MAIL = "Valmennuksen viesti lähti vastaanottajat näkyvissä"
USB = "Salattu muistitikku katosi"


def test_two_past_breaches_numbered_as_discovered_listed_newest_first(demo: Database) -> None:
    rows = list_breaches(demo, NOW)
    assert [(r.reference, r.title) for r in rows] == [("L-2026-002", MAIL),
                                                      ("L-2026-001", USB)]
    assert open_deadlines(demo, NOW) == []  # both long decided: no 72 hours running


def test_the_visible_e_mail_was_notified_within_72_hours(
        breaches: dict[str, BreachDetail]) -> None:
    mail = breaches[MAIL]
    # 95 days before Tue 24.11.2026 is Fri 21.8.2026; decided and notified the next day
    assert mail.data.discovered_at == dt.datetime(2026, 8, 21, 14, 20, tzinfo=HKI)
    assert mail.data.happened_at == dt.datetime(2026, 8, 21, 13, 5, tzinfo=HKI)
    assert mail.data.decided_at == dt.datetime(2026, 8, 22, 10, 20, tzinfo=HKI)
    assert mail.data.authority_notified_at == dt.datetime(2026, 8, 22, 15, 20, tzinfo=HKI)
    assert mail.data.authority_reference == "TSV/2318/2026"
    assert (mail.data.risk, mail.data.decided_by) == (Risk.RISK, "Elias Haapakorva")
    assert (mail.data.persons_count, mail.data.records_count) == (40, 40)
    assert mail.data.register_keys == ("valmennukset",)
    assert "40 vastaanottajaa" in mail.data.description
    assert "piilokopio" in mail.data.measures_proposed
    assert mail.data.persons_notified_at is None and mail.data.persons_not_told_reason == ""
    assert (mail.row.status, mail.row.late, mail.row.hours_left) == \
        (BreachStatus.NOTIFIED, False, None)


def test_the_recipients_in_the_courses_register_are_linked(
        demo: Database, breaches: dict[str, BreachDetail]) -> None:
    with demo.sessions() as session:
        in_courses = set(session.scalars(
            select(Person.id).join(RegisterEntry).join(Register)
            .where(Register.key == "valmennukset")))
    linked = {person.id for person in breaches[MAIL].persons}
    assert linked and linked <= in_courses and len(linked) <= 40
    assert breaches[MAIL].row.linked_persons == len(linked)
    assert all(person.told_at is None for person in breaches[MAIL].persons)


def test_the_lost_usb_stick_was_encrypted_and_only_documented(
        breaches: dict[str, BreachDetail]) -> None:
    usb = breaches[USB]
    # 110 days before 24.11.2026 is Thu 6.8.2026
    assert usb.data.discovered_at == dt.datetime(2026, 8, 6, 9, 40, tzinfo=HKI)
    assert (usb.data.risk, usb.data.decided_by) == (Risk.NONE, "Elias Haapakorva")
    assert usb.data.decided_at == dt.datetime(2026, 8, 6, 15, 40, tzinfo=HKI)
    assert "AES-256" in usb.data.description and "AES-256" in usb.data.risk_reasons
    assert usb.data.authority_notified_at is None and usb.data.authority_reference == ""
    assert usb.persons == () and usb.data.register_keys == ("tapahtumat",)
    assert (usb.row.status, usb.row.late) == (BreachStatus.DOCUMENTED, False)


def test_the_breaches_are_the_same_for_the_same_day(demo: Database, tmp_path: Path) -> None:
    again = create_demo_database(tmp_path / "again.db", fixed_clock(TODAY))
    try:
        def uids(db: Database) -> list[tuple[str, str]]:
            with db.sessions() as session:
                return [(b.reference, b.uid) for b in
                        session.scalars(select(Breach).order_by(Breach.reference))]
        assert uids(again) == uids(demo) and len(uids(demo)) == 2
    finally:
        again.close()


def test_a_discovery_on_a_weekend_moves_back_to_the_friday() -> None:
    from kasve_desktop.demo.breaches import discovery
    from kasve_desktop.demo.texts import people_texts

    mail = people_texts().breaches[0]  # 95 days back from Thu 26.11.2026 is Sun 23.8.
    assert discovery(mail, dt.date(2026, 11, 26)) == dt.datetime(2026, 8, 21, 14, 20,
                                                                  tzinfo=HKI)


MESSAGE_START = ("Lähetimme valmennuksen kurssimateriaalin sähköpostilla kaikille 40 "
                 "osallistujalle yhdellä viestillä")


def test_the_mails_letters_print_the_message_to_the_persons(
        demo: Database, breaches: dict[str, BreachDetail]) -> None:
    assert breaches[MAIL].data.persons_message.startswith(MESSAGE_START)
    letters = person_letters(demo, "L-2026-002", NOW)
    assert letters.count >= 1
    content = " ".join(full_text(letters.pdf).split())
    assert f"Mitä tapahtui {MESSAGE_START}" in content
    assert ("Mitä tietojasi loukkaus koski Nimet ja sähköpostiosoitteet; tieto valmennukseen "
            "osallistumisesta") in content
    assert "vastaanottajakentässä piilokopion sijaan" not in content  # the internal account
    assert "korkea" not in content.lower()  # the risk is not high: voluntary information


def test_the_mails_notification_is_dated_as_notified(demo: Database) -> None:
    content = full_text(authority_notification_pdf(demo, "L-2026-002", NOW))
    assert ("Ilmoitettu valvontaviranomaiselle 22.8.2026 klo 15.20 · diaarinumero "
            "TSV/2318/2026 Tulostettu 24.11.2026 · Viite L-2026-002") in content
    assert "Luonnos" not in content


def test_the_usb_stick_has_no_message_and_no_letters(
        demo: Database, breaches: dict[str, BreachDetail]) -> None:
    assert breaches[USB].data.persons_message == ""
    with pytest.raises(BreachDocumentRefused):
        person_letters(demo, "L-2026-001", NOW)
