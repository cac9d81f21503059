"""The inbox's filters and search in SQL, and the countdown states, on fixed dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kasve_desktop.domain import deadlines
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.services import listing
from kasve_desktop.services.database import transaction
from kasve_desktop.services.listing import Countdown, Order, Page, RequestFilter, Scope
from kasve_desktop.services.requests.listing import countdown, working_days_between
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Request

D = dt.date
TODAY = D(2026, 12, 21)  # a Monday; Christmas Eve is on Thursday
ALL = Page(Order(), 0, 1000)


def _request(ref: str, received: dt.date, **values: object) -> Request:
    fields: dict[str, object] = dict(
        reference=ref, type="access", channel="email", received_on=received,
        requester_name="Testi Henkilö", status="received")
    fields.update(values)
    return Request(**fields)  # type: ignore[arg-type]


@pytest.fixture
def inbox(db: Database) -> Database:
    """Requests whose dates in force fall around TODAY (received + one month, moved)."""
    with transaction(db) as session:
        session.add_all([
            _request("2026-0001", D(2026, 11, 13)),  # due 14.12.: overdue 7 days
            _request("2026-0002", D(2026, 11, 19)),  # due Sat 19.12. → Mon 21.12.: today
            _request("2026-0003", D(2026, 11, 22)),  # due Tue 22.12.: 1 working day
            _request("2026-0004", D(2026, 11, 24), type="erasure",
                     requester_name="Äila Öhman"),   # due 24.12. Christmas Eve → Mon 28.12.
            _request("2026-0005", D(2026, 12, 1), requester_email="maija@example.fi",
                     requester_phone="+358407654321", description="Poista 100% tiedot_"),
            _request("2026-0006", D(2026, 10, 1), status="closed", type="erasure"),
            _request("2026-0007", D(2026, 11, 16), status="identity-check",
                     paused_on=D(2026, 11, 18)),  # paused: the clock stands still
        ])
    return db


def refs(db: Database, where: RequestFilter | None) -> list[str]:
    rows = listing.request_page(db, ALL, TODAY, where)
    if where is not None:
        assert listing.request_count(db, where, TODAY) == len(rows)
    return [row.reference for row in rows]


def test_without_a_filter_every_request_is_listed(inbox: Database) -> None:
    assert len(refs(inbox, None)) == listing.request_count(inbox) == 7
    assert refs(inbox, RequestFilter(scope=Scope.ALL))[-1] == "2026-0006"


def test_open_is_the_default_and_urgency_the_order(inbox: Database) -> None:
    assert RequestFilter().is_default
    assert refs(inbox, RequestFilter()) == ["2026-0001", "2026-0002", "2026-0003",
                                            "2026-0004", "2026-0005", "2026-0007"]


def test_overdue_and_due_this_week_follow_the_moved_dates(inbox: Database) -> None:
    assert refs(inbox, RequestFilter(scope=Scope.OVERDUE)) == ["2026-0001"]
    # 2026-0002's raw date (Sat 19.12.) is past, but it moved to today: not overdue.
    assert refs(inbox, RequestFilter(scope=Scope.WEEK)) == ["2026-0002", "2026-0003",
                                                            "2026-0004"]


def test_type_status_and_combined(inbox: Database) -> None:
    assert refs(inbox, RequestFilter(scope=Scope.ALL, type="erasure")) == ["2026-0004",
                                                                          "2026-0006"]
    assert refs(inbox, RequestFilter(type="erasure")) == ["2026-0004"]
    assert refs(inbox, RequestFilter(status=S.IDENTITY_CHECK)) == ["2026-0007"]
    assert refs(inbox, RequestFilter(scope=Scope.OVERDUE, type="erasure")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-0004", ["2026-0004"]),
    ("öhman", ["2026-0004"]),         # SQLite folds ASCII only: case variants are tried
    ("ÄILA ÖHMAN", ["2026-0004"]),
    ("MAIJA@EXAMPLE", ["2026-0005"]),
    ("040 765 4321", ["2026-0005"]),  # national form finds the E.164 number
    ("7654321", ["2026-0005"]),
    ("100%", ["2026-0005"]),          # LIKE wildcards are searched for literally
    ("tiedot_", ["2026-0005"]),
    ("1_0", []),           # "_" is no wildcard either
    ("ei ketään", []),
])
def test_search(inbox: Database, text: str, expected: list[str]) -> None:
    assert refs(inbox, RequestFilter(scope=Scope.ALL, text=text)) == expected


def test_a_filtered_count_needs_today(inbox: Database) -> None:
    with pytest.raises(ValueError):
        listing.request_count(inbox, RequestFilter())


def test_countdown_states_on_fixed_dates(inbox: Database) -> None:
    rows = listing.request_page(inbox, ALL, TODAY)
    states = {r.reference: (r.countdown, r.days_left, r.working_days_left) for r in rows}
    assert states == {
        "2026-0001": (Countdown.OVERDUE, -7, -5),   # 13.12. a Sunday → 14.12.
        "2026-0002": (Countdown.TODAY, 0, 0),
        "2026-0003": (Countdown.SOON, 1, 1),
        "2026-0004": (Countdown.WEEK, 7, 3),        # 28.12.: past the Christmas holidays
        "2026-0005": (Countdown.ON_TIME, 14, 7),    # 1.1.2027 New Year's Day → 4.1.
        "2026-0007": (Countdown.ON_TIME, 28, 16),   # paused since 18.11.
        "2026-0006": (Countdown.CLOSED, None, None),
    }


@pytest.mark.parametrize(("days", "working", "state"), [
    (None, None, Countdown.CLOSED), (-1, -1, Countdown.OVERDUE), (0, 0, Countdown.TODAY),
    (3, 2, Countdown.SOON), (1, 1, Countdown.SOON), (7, 5, Countdown.WEEK),
    (8, 6, Countdown.ON_TIME), (5, 3, Countdown.WEEK),
])
def test_countdown_thresholds(days: int | None, working: int | None, state: Countdown) -> None:
    assert countdown(days, working) is state


@settings(max_examples=200, deadline=None)
@given(start=st.dates(D(2024, 1, 1), D(2028, 12, 31)),
       end=st.dates(D(2024, 1, 1), D(2028, 12, 31)))
def test_fast_working_days_agree_with_the_domain(start: dt.date, end: dt.date) -> None:
    assert working_days_between(start, end) == deadlines.working_days_between(start, end)
