"""Every kind of Finnish non-working day of 2025–2028, and deadlines that land on them.

The holiday dates are written out by hand (Easter from the church calendar),
not taken from the library the code uses.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kasve_desktop.domain import deadlines as d

D = dt.date

HOLIDAYS = {
    2025: {"Uudenvuodenpäivä": D(2025, 1, 1), "Loppiainen": D(2025, 1, 6),
           "Pitkäperjantai": D(2025, 4, 18), "Pääsiäispäivä": D(2025, 4, 20),
           "Toinen pääsiäispäivä": D(2025, 4, 21), "Vappu": D(2025, 5, 1),
           "Helatorstai": D(2025, 5, 29), "Helluntaipäivä": D(2025, 6, 8),
           "Juhannusaatto": D(2025, 6, 20), "Juhannuspäivä": D(2025, 6, 21),
           "Pyhäinpäivä": D(2025, 11, 1), "Itsenäisyyspäivä": D(2025, 12, 6),
           "Jouluaatto": D(2025, 12, 24), "Joulupäivä": D(2025, 12, 25),
           "Tapaninpäivä": D(2025, 12, 26)},
    2026: {"Uudenvuodenpäivä": D(2026, 1, 1), "Loppiainen": D(2026, 1, 6),
           "Pitkäperjantai": D(2026, 4, 3), "Pääsiäispäivä": D(2026, 4, 5),
           "Toinen pääsiäispäivä": D(2026, 4, 6), "Vappu": D(2026, 5, 1),
           "Helatorstai": D(2026, 5, 14), "Helluntaipäivä": D(2026, 5, 24),
           "Juhannusaatto": D(2026, 6, 19), "Juhannuspäivä": D(2026, 6, 20),
           "Pyhäinpäivä": D(2026, 10, 31), "Itsenäisyyspäivä": D(2026, 12, 6),
           "Jouluaatto": D(2026, 12, 24), "Joulupäivä": D(2026, 12, 25),
           "Tapaninpäivä": D(2026, 12, 26)},
    2027: {"Uudenvuodenpäivä": D(2027, 1, 1), "Loppiainen": D(2027, 1, 6),
           "Pitkäperjantai": D(2027, 3, 26), "Pääsiäispäivä": D(2027, 3, 28),
           "Toinen pääsiäispäivä": D(2027, 3, 29), "Vappu": D(2027, 5, 1),
           "Helatorstai": D(2027, 5, 6), "Helluntaipäivä": D(2027, 5, 16),
           "Juhannusaatto": D(2027, 6, 25), "Juhannuspäivä": D(2027, 6, 26),
           "Pyhäinpäivä": D(2027, 11, 6), "Itsenäisyyspäivä": D(2027, 12, 6),
           "Jouluaatto": D(2027, 12, 24), "Joulupäivä": D(2027, 12, 25),
           "Tapaninpäivä": D(2027, 12, 26)},
    2028: {"Uudenvuodenpäivä": D(2028, 1, 1), "Loppiainen": D(2028, 1, 6),
           "Pitkäperjantai": D(2028, 4, 14), "Pääsiäispäivä": D(2028, 4, 16),
           "Toinen pääsiäispäivä": D(2028, 4, 17), "Vappu": D(2028, 5, 1),
           "Helatorstai": D(2028, 5, 25), "Helluntaipäivä": D(2028, 6, 4),
           "Juhannusaatto": D(2028, 6, 23), "Juhannuspäivä": D(2028, 6, 24),
           "Pyhäinpäivä": D(2028, 11, 4), "Itsenäisyyspäivä": D(2028, 12, 6),
           "Jouluaatto": D(2028, 12, 24), "Joulupäivä": D(2028, 12, 25),
           "Tapaninpäivä": D(2028, 12, 26)},
}
EVERY_HOLIDAY = [(name, day) for year in HOLIDAYS.values() for name, day in year.items()]


@pytest.mark.parametrize(("name", "day"), EVERY_HOLIDAY, ids=[f"{n}-{d.year}"
                                                               for n, d in EVERY_HOLIDAY])
def test_every_holiday_of_the_law_is_named(name: str, day: D) -> None:
    assert d.non_working_reason(day) == name


@pytest.mark.parametrize("year", sorted(HOLIDAYS))
def test_no_other_weekday_is_a_holiday(year: int) -> None:
    known = set(HOLIDAYS[year].values())
    day = D(year, 1, 1)
    while day.year == year:
        if day.weekday() < 5 and day not in known:
            assert d.is_working_day(day), day
        day += dt.timedelta(days=1)


def months_before(day: D, months: int) -> D | None:
    index = day.year * 12 + day.month - 1 - months
    try:
        return D(index // 12, index % 12 + 1, day.day)
    except ValueError:  # e.g. 31 October: no 31 September maps to it
        return None


@pytest.mark.parametrize(("name", "day"), EVERY_HOLIDAY,
                         ids=[f"{n}-{x.year}" for n, x in EVERY_HOLIDAY])
def test_a_deadline_on_a_holiday_moves_past_it(name: str, day: D) -> None:
    received = months_before(day, 1)
    deadline = d.one_month(received) if received else d.extended(months_before(day, 3))
    assert deadline.raw == day
    assert deadline.skipped[0].reason == name
    assert deadline.due > day
    assert all(not d.is_working_day(s.day) for s in deadline.skipped)
    assert d.is_working_day(deadline.due)


@pytest.mark.parametrize(("received", "due"), [
    (D(2027, 2, 26), D(2027, 3, 30)),   # Good Friday, Easter weekend, Easter Monday
    (D(2026, 5, 19), D(2026, 6, 22)),   # Midsummer Eve and Day, then Sunday
    (D(2028, 4, 25), D(2028, 5, 26)),   # Ascension Day, a Thursday
    (D(2027, 11, 6), D(2027, 12, 7)),   # Independence Day on a Monday
    (D(2025, 12, 31), D(2026, 2, 2)),   # 31 Jan is a Saturday
    (D(2026, 11, 30), D(2026, 12, 30)),  # 31 Dec is a working day (New Year's Eve)
])
def test_moves_across_holidays(received: D, due: D) -> None:
    assert d.one_month(received).due == due
