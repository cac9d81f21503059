"""The iCalendar export, read back with icalendar: one all-day event per open request."""

from __future__ import annotations

import datetime as dt
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event
from sqlalchemy import select

from kasve_desktop import i18n
from kasve_desktop.demo.build import create_demo_database
from kasve_desktop.services.breaches import BreachInput, Risk, record_breach
from kasve_desktop.services.database import transaction
from kasve_desktop.services.requests import calendar as calendar_export
from kasve_desktop.services.requests import reminders
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Breach, Request
from tests.conftest import fixed_clock

TODAY = dt.date(2026, 11, 24)
STAMP = dt.datetime(2026, 11, 24, 7, 30, tzinfo=dt.UTC)
UID = "0d7a4c9e-1f9b-4c53-9a52-8f6f1d6a0042"


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield


@pytest.fixture
def requests(db: Database) -> Database:
    with transaction(db) as session:
        session.add_all([
            Request(uid=UID, reference="2026-0042", type="access", channel="post",
                    received_on=TODAY, status="received",
                    requester_name="Maija Meikäläinen"),
            Request(reference="2026-0043", type="erasure", channel="email",
                    received_on=dt.date(2026, 10, 20), status="identity-check",
                    requester_name="", paused_on=dt.date(2026, 10, 22),
                    resumed_on=dt.date(2026, 10, 29)),
            Request(reference="2026-0044", type="portability", channel="web-form",
                    received_on=dt.date(2026, 9, 15), status="in-progress",
                    requester_name="Pekka Testi", extended_due_on=dt.date(2026, 12, 15),
                    extended_on=dt.date(2026, 10, 1)),
            Request(reference="2026-0001", type="access", channel="post",
                    received_on=dt.date(2026, 1, 5), status="closed"),
        ])
    return db


def events_of(path: Path) -> dict[str, Event]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["summary"]).split()[1]: event for event in calendar.walk("VEVENT")}


def export(db: Database, tmp_path: Path) -> dict[str, Event]:
    path = tmp_path / "kasve-maaraajat.ics"
    assert calendar_export.write_ics(db, path, TODAY, STAMP) == 3
    return events_of(path)


def test_one_all_day_event_per_open_request_on_its_date_in_force(
        requests: Database, tmp_path: Path, english: None) -> None:
    events = export(requests, tmp_path)
    assert sorted(events) == ["2026-0042", "2026-0043", "2026-0044"]
    # 24.11. + one month = 24.12. Jouluaatto → 28.12.; the pause adds 7 days to 20.11.;
    # the extension counts three months from 15.9.
    expected = {"2026-0042": dt.date(2026, 12, 28), "2026-0043": dt.date(2026, 11, 27),
                "2026-0044": dt.date(2026, 12, 15)}
    for reference, event in events.items():
        start = event.decoded("dtstart")
        assert type(start) is dt.date and start == expected[reference]
        assert event.decoded("dtend") == start + dt.timedelta(days=1)
        assert event.decoded("dtstamp") == STAMP


def test_summary_and_description_say_what_is_due(requests: Database, tmp_path: Path,
                                                  english: None) -> None:
    events = export(requests, tmp_path)
    first = events["2026-0042"]
    assert str(first["summary"]) == "Answer: 2026-0042 Access (Maija Meikäläinen)"
    assert str(first["uid"]) == f"{UID}@kasve-desktop"
    text = str(first["description"])
    assert "Requester: Maija Meikäläinen" in text and "Channel: Post" in text
    assert "Received on: 24 Nov 2026" in text
    assert "Date in force: 28 Dec 2026, original (one month from receipt)" in text
    assert str(events["2026-0043"]["summary"]) == "Answer: 2026-0043 Erasure"
    assert "moved by an identity pause (7 days)" in str(events["2026-0043"]["description"])
    assert "extended (three months from receipt)" in str(events["2026-0044"]["description"])


def test_the_alarm_rings_on_the_morning_of_the_internal_target(
        requests: Database, tmp_path: Path) -> None:
    event = export(requests, tmp_path)["2026-0042"]
    alarm = event.walk("VALARM")[0]
    assert str(alarm["action"]) == "DISPLAY"
    due = dt.datetime.combine(event.decoded("dtstart"), dt.time())
    # 5 working days before Mon 28.12.: 23., 22., 21., 18., 17.12. (Christmas skipped)
    assert due + alarm.decoded("trigger") == dt.datetime(2026, 12, 17, 9, 0)
    reminders.set_target_margin(requests, 2)
    event = export(requests, tmp_path)["2026-0042"]
    assert due + event.walk("VALARM")[0].decoded("trigger") == dt.datetime(2026, 12, 22, 9, 0)


def test_the_summary_is_in_the_current_language(requests: Database, tmp_path: Path) -> None:
    summary = str(export(requests, tmp_path)["2026-0042"]["summary"])
    assert "2026-0042 Tarkastuspyyntö (Maija Meikäläinen)" in summary


def test_the_same_day_gives_the_same_file(requests: Database, tmp_path: Path) -> None:
    first, _count = calendar_export.calendar_bytes(requests, TODAY, STAMP)
    again, _count = calendar_export.calendar_bytes(requests, TODAY, STAMP)
    assert first == again
    uids = [str(e["uid"]) for e in Calendar.from_ical(first).walk("VEVENT")]
    assert len(set(uids)) == 3 and all(uid.endswith("@kasve-desktop") for uid in uids)


def test_the_file_is_private_and_a_bad_path_raises(requests: Database, tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    path.write_text("old")
    path.chmod(0o644)
    calendar_export.write_ics(requests, path, TODAY, STAMP)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    with pytest.raises(OSError):
        calendar_export.write_ics(requests, tmp_path, TODAY, STAMP)
    with pytest.raises(OSError):
        calendar_export.write_ics(requests, tmp_path / "missing" / "x.ics", TODAY, STAMP)


def test_the_demo_exports_every_open_request(tmp_path: Path) -> None:
    demo = create_demo_database(tmp_path / "demo.db", fixed_clock(TODAY))
    try:
        path = tmp_path / "demo.ics"
        count = calendar_export.write_ics(demo, path, TODAY, STAMP)
        open_requests = reminders.open_requests(demo, TODAY)
        calendar = Calendar.from_ical(path.read_bytes())
        starts = {str(e["uid"]): e.decoded("dtstart") for e in calendar.walk("VEVENT")}
        assert count == len(open_requests) == len(starts) > 0
        assert starts == {f"{r.uid}@kasve-desktop": r.due_on for r in open_requests}
    finally:
        demo.close()


# --- the breaches' 72 hours -------------------------------------------------------------

HKI = ZoneInfo("Europe/Helsinki")


def breach(db: Database, title: str, discovered: dt.datetime, **more: Any) -> str:
    return record_breach(db, BreachInput(title=title, discovered_at=discovered, **more), STAMP)


@pytest.fixture
def breaches(requests: Database) -> Database:
    """Two breaches whose 72 hours run at STAMP, one
    notified and one judged no risk (neither in the calendar)."""
    breach(requests, "Sähköposti näkyvin osoittein",
           dt.datetime(2026, 11, 23, 22, 0, tzinfo=HKI))
    breach(requests, "Kannettava varastettu", dt.datetime(2026, 11, 22, 9, 30, tzinfo=HKI),
           risk=Risk.RISK, decided_by="Liisa Laine",
           decided_at=dt.datetime(2026, 11, 22, 11, 0, tzinfo=HKI), risk_reasons="Salaamaton")
    decided = {"decided_by": "Liisa Laine", "risk_reasons": "Arvioitu",
               "decided_at": dt.datetime(2026, 11, 20, 11, 0, tzinfo=HKI)}
    breach(requests, "Ilmoitettu", dt.datetime(2026, 11, 20, 10, 0, tzinfo=HKI),
           risk=Risk.RISK, authority_notified_at=dt.datetime(2026, 11, 20, 12, 0, tzinfo=HKI),
           **decided)
    breach(requests, "Ei riskiä", dt.datetime(2026, 11, 20, 10, 0, tzinfo=HKI),
           risk=Risk.NONE, **decided)
    return requests


def breach_events(db: Database, tmp_path: Path) -> dict[str, Event]:
    path = tmp_path / "kasve-maaraajat.ics"
    assert calendar_export.write_ics(db, path, TODAY, STAMP) == 5
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["summary"]).split(": ")[1].split()[0]: e for e in calendar.walk("VEVENT")
            if str(e["summary"]).startswith("Ilmoitus valvontaviranomaiselle")}


def test_each_running_72_hours_is_a_timed_event_in_utc(breaches: Database,
                                                       tmp_path: Path) -> None:
    events = breach_events(breaches, tmp_path)
    assert sorted(events) == ["L-2026-001", "L-2026-002"]
    # 23.11. 22.00 Helsinki (20.00 UTC) + 72 h; 22.11. 9.30 (7.30 UTC) + 72 h
    first, second = events["L-2026-001"], events["L-2026-002"]
    assert first.decoded("dtstart") == dt.datetime(2026, 11, 26, 20, 0, tzinfo=dt.UTC)
    assert second.decoded("dtstart") == dt.datetime(2026, 11, 25, 7, 30, tzinfo=dt.UTC)
    assert first.to_ical().decode().count("DTSTART:20261126T200000Z") == 1
    assert first.decoded("dtstamp") == STAMP
    alarm = first.walk("VALARM")[0]
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == -dt.timedelta(hours=12)


def test_the_breach_events_say_what_is_due_in_the_current_language(
        breaches: Database, tmp_path: Path) -> None:
    event = breach_events(breaches, tmp_path)["L-2026-001"]
    assert str(event["summary"]) == \
        "Ilmoitus valvontaviranomaiselle: L-2026-001 Sähköposti näkyvin osoittein"
    text = str(event["description"])
    assert "Tietoturvaloukkaus havaittu: 23.11.2026 klo 22.00" in text
    assert "Ilmoitettava valvontaviranomaiselle viimeistään: 26.11.2026 klo 22.00" in text
    assert "Tila: Riskiä arvioidaan" in text


def test_a_breach_keeps_its_uid_from_export_to_export(breaches: Database,
                                                      tmp_path: Path) -> None:
    with breaches.sessions() as session:
        uid = session.scalars(select(Breach.uid).where(Breach.reference == "L-2026-002")).one()
    first = breach_events(breaches, tmp_path)["L-2026-002"]
    again = breach_events(breaches, tmp_path)["L-2026-002"]
    assert str(first["uid"]) == str(again["uid"]) == f"{uid}@kasve-desktop"


@pytest.mark.parametrize(("lang", "name"), [("fi", "Kasve Desktop: määräajat"),
                                            ("sv", "Kasve Desktop: tidsfrister"),
                                            ("en", "Kasve Desktop: deadlines")])
def test_the_calendar_is_named_for_both_kinds_of_deadline(breaches: Database, lang: str,
                                                          name: str) -> None:
    """It holds the breaches' 72 hours as well: not "answer-by dates of requests"."""
    i18n.set_language(lang)
    data, count = calendar_export.calendar_bytes(breaches, TODAY, STAMP)
    assert count == 5
    assert str(Calendar.from_ical(data)["x-wr-calname"]) == name
