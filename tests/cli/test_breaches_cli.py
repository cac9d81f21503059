"""``kasve-desktop breaches``: the breach register as table or CSV, the newest first.

The CSV holds no text the user typed (the title is in the table only): no cell of it can
start a spreadsheet formula, so there is no injection to test here (``write_csv`` makes
every cell safe anyway, see ``test_csv_injection_cli``). The table is for the terminal.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kasve_desktop.cli import main
from kasve_desktop.clock import FixedClock
from kasve_desktop.services.breaches import BreachInput, Risk, record_breach
from kasve_desktop.services.database import create_database
from tests.conftest import PASSPHRASE

HKI = ZoneInfo("Europe/Helsinki")
NOW = dt.datetime(2027, 10, 30, 12, 0, tzinfo=HKI)
HEADER = "reference,discovered,notify_by,risk,notified_authority,notified_persons,persons,status"


def at(year: int, month: int, day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=HKI)


def decided(title: str, discovered: dt.datetime, risk: Risk, **more: object) -> BreachInput:
    return BreachInput(title=title, discovered_at=discovered, risk=risk, decided_by="Liisa Laine",
                       decided_at=discovered + dt.timedelta(hours=2), risk_reasons="Arvioitu",
                       **more)  # type: ignore[arg-type]


@pytest.fixture
def register(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KASVE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "loukkaukset.db"
    db = create_database(path, PASSPHRASE, FixedClock(NOW))
    try:
        record_breach(db, decided("Sähköposti näkyvin osoittein", at(2027, 3, 27, 22, 0),
                                  Risk.RISK, persons_count=40,
                                  authority_notified_at=at(2027, 3, 28, 10, 15)), NOW)
        record_breach(db, decided("Asiakasrekisteri verkossa", at(2027, 6, 1, 9, 0), Risk.HIGH,
                                  persons_count=1200, authority_notified_at=at(2027, 6, 1, 16, 0),
                                  persons_notified_at=at(2027, 6, 2, 8, 30)), NOW)
        record_breach(db, BreachInput(title="Kadonnut muistitikku",
                                      discovered_at=at(2027, 10, 29, 12, 0)), NOW)
    finally:
        db.close()
    return path


def breaches(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["breaches", *args], clock=FixedClock(NOW))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_csv_newest_first_across_both_clock_changes(
        register: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = breaches(capsys, "--db", str(register), "--format", "csv")
    assert code == 0, err
    assert out.splitlines() == [
        HEADER,
        "L-2027-003,2027-10-29T12:00:00+03:00,2027-11-01T11:00:00+02:00,,,,,assessing",
        "L-2027-002,2027-06-01T09:00:00+03:00,2027-06-04T09:00:00+03:00,high,"
        "2027-06-01T16:00:00+03:00,2027-06-02T08:30:00+03:00,1200,notified",
        "L-2027-001,2027-03-27T22:00:00+02:00,2027-03-30T23:00:00+03:00,risk,"
        "2027-03-28T10:15:00+03:00,,40,notified",
    ]


def test_table_in_finnish(register: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = breaches(capsys, "--db", str(register))
    assert code == 0, err
    cells = [re.split(r"\s{2,}", line) for line in out.splitlines()]
    assert cells[0][:3] == ["Tunnus", "Havaittu", "Ilmoitettava viimeistään"]
    assert cells[1] == ["L-2027-003", "29.10.2027 klo 12.00", "1.11.2027 klo 11.00",
                        "Arvioimatta", "Riskiä arvioidaan", "48", "Kadonnut muistitikku"]
    assert cells[2] == ["L-2027-002", "1.6.2027 klo 09.00", "4.6.2027 klo 09.00",
                        "Korkea riski", "1.6.2027 klo 16.00", "2.6.2027 klo 08.30", "1200",
                        "Ilmoitettu", "Asiakasrekisteri verkossa"]
    assert cells[3][:5] == ["L-2027-001", "27.3.2027 klo 22.00", "30.3.2027 klo 23.00",
                            "Riski", "28.3.2027 klo 10.15"]
    assert len(cells) == 4


def test_a_late_notification_is_marked_in_the_table(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KASVE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "myohassa.db"
    db = create_database(path, PASSPHRASE, FixedClock(NOW))
    try:
        record_breach(db, decided("Myöhässä", at(2027, 10, 1, 8, 0), Risk.RISK,
                                  authority_notified_at=at(2027, 10, 5, 8, 0),
                                  delay_reasons="Selvitys kesti"), NOW)
    finally:
        db.close()
    code, out, err = breaches(capsys, "--db", str(path))
    assert code == 0, err
    assert "Ilmoitettu (myöhässä)" in re.split(r"\s{2,}", out.splitlines()[1])


def test_an_empty_register_is_the_header_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KASVE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "tyhja.db"
    create_database(path, PASSPHRASE, FixedClock(NOW)).close()
    code, out, err = breaches(capsys, "--db", str(path), "--format", "csv")
    assert (code, out, err) == (0, HEADER + "\n", "")
    code, out, err = breaches(capsys, "--db", str(path))
    assert code == 0 and len(out.splitlines()) == 1  # the headers only
    headers = re.split(r"\s{2,}", out.strip())
    assert len(headers) == 10
    assert headers[:2] + headers[-1:] == ["Tunnus", "Havaittu", "Otsikko"]


@pytest.mark.parametrize(("args", "passphrase"), [
    ((), "väärä tunnuslause"),
    (("--format", "xml"), PASSPHRASE),
])
def test_errors_exit_2_with_one_line(register: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str], args: tuple[str, ...],
                                     passphrase: str) -> None:
    monkeypatch.setenv("KASVE_PASSPHRASE", passphrase)
    code, out, err = breaches(capsys, "--db", str(register), *args)
    assert code == 2
    assert out == "" and err.startswith("kasve-desktop: ") and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
