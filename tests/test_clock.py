"""One clock: only kasve_desktop/clock.py reads the system's; Helsinki dates, UTC instants."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from kasve_desktop.clock import (
    HELSINKI,
    FixedClock,
    SystemClock,
    local_date,
    local_time,
    stored,
)

PACKAGE = Path(__file__).resolve().parents[1] / "kasve_desktop"
THE_CLOCK = PACKAGE / "clock.py"
READERS = {"today", "now", "utcnow", "utcfromtimestamp", "fromtimestamp", "currentDate",
           "currentDateTime", "currentDateTimeUtc", "currentSecsSinceEpoch",
           "currentMSecsSinceEpoch", "time", "time_ns", "localtime", "gmtime"}
OWNERS = {"date", "datetime", "QDate", "QDateTime", "QTime", "time"}


def dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{dotted(node.value)}.{node.attr}"
    return ""


def clock_readings(source: str) -> list[str]:
    """Every mention of a system-clock reader (called or handed on as a default)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in READERS:
            owner = dotted(node.value).rsplit(".", 1)[-1]
            if owner in OWNERS:
                found.append(f"line {node.lineno}: {dotted(node)}")
    return found


def test_only_the_clock_module_reads_the_system_clock() -> None:
    offences = [f"{path.relative_to(PACKAGE)} {reading}"
                for path in sorted(PACKAGE.rglob("*.py")) if path != THE_CLOCK
                for reading in clock_readings(path.read_text(encoding="utf-8"))]
    assert offences == []


def test_the_checker_sees_every_kind_of_hidden_clock() -> None:
    source = ("import datetime as dt\nfrom dataclasses import field\n"
              "a = dt.date.today()\nb = dt.datetime.now(dt.UTC)\n"
              "c: dt.date = field(default_factory=dt.date.today)\n"
              "d = datetime.utcnow()\ne = QDate.currentDate()\nf = time.time()\n")
    assert sorted(r.split(":")[0] for r in clock_readings(source)) == [
        "line 3", "line 4", "line 5", "line 6", "line 7", "line 8"]


def test_the_clock_module_is_the_one_that_reads_it() -> None:
    assert clock_readings(THE_CLOCK.read_text(encoding="utf-8")) == [
        "line 72: dt.datetime.now"]


def test_half_past_midnight_in_helsinki_is_already_the_next_day() -> None:
    clock = FixedClock(dt.datetime(2026, 11, 30, 22, 30, tzinfo=dt.UTC))
    assert clock.today() == dt.date(2026, 12, 1)
    assert clock.local_now().strftime("%d.%m. %H:%M") == "01.12. 00:30"
    assert clock.stamp() == dt.datetime(2026, 11, 30, 22, 30)  # stored as naive UTC


def test_summer_time_moves_the_offset() -> None:
    winter = FixedClock.on(dt.date(2027, 3, 27), dt.time(12, 0)).now()
    summer = FixedClock.on(dt.date(2027, 3, 28), dt.time(12, 0)).now()
    assert (winter.hour, summer.hour) == (10, 9)  # UTC+2, then UTC+3


@pytest.mark.parametrize(("stored_utc", "day"), [
    (dt.datetime(2026, 12, 31, 21, 59), dt.date(2026, 12, 31)),
    (dt.datetime(2026, 12, 31, 22, 0), dt.date(2027, 1, 1)),
    (dt.datetime(2027, 6, 30, 20, 59), dt.date(2027, 6, 30)),
    (dt.datetime(2027, 6, 30, 21, 0), dt.date(2027, 7, 1)),
])
def test_a_stored_instant_falls_on_its_helsinki_date(stored_utc: dt.datetime,
                                                    day: dt.date) -> None:
    assert local_date(stored_utc) == day
    assert local_time(stored_utc).tzinfo is HELSINKI


def test_stored_is_naive_utc_whatever_the_zone() -> None:
    aware = dt.datetime(2026, 12, 1, 0, 30, tzinfo=HELSINKI)
    assert stored(aware) == dt.datetime(2026, 11, 30, 22, 30)


def test_a_fixed_clock_moves_only_when_told() -> None:
    clock = FixedClock.on(dt.date(2026, 11, 24))
    assert clock.now() == clock.now() == dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)
    clock.advance(dt.timedelta(hours=14))
    assert clock.today() == dt.date(2026, 11, 25)
    clock.set_day(dt.date(2027, 1, 2), dt.time(8, 15))
    assert clock.stamp() == dt.datetime(2027, 1, 2, 6, 15)


def test_the_system_clock_is_aware_and_in_utc() -> None:
    now = SystemClock().now()
    assert now.utcoffset() == dt.timedelta(0)


def test_a_file_time_is_an_aware_utc_instant() -> None:
    from kasve_desktop.clock import file_time

    assert file_time(0) == dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    assert file_time(1_795_000_000.5) == dt.datetime(2026, 11, 18, 11, 6, 40, 500000,
                                                     tzinfo=dt.UTC)
