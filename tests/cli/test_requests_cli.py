"""``kasve-desktop requests``: the open requests, most urgent first, as table or CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import StepDetails
from kasve_desktop.services.database import create_database
from kasve_desktop.services.requests import steps
from kasve_desktop.services.requests.intake import RequestDraft, create_request
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE, fixed_clock

D = dt.date
TODAY = D(2026, 11, 30)
HEADER = "reference,type,channel,requester,received,due,extended,paused_days,days_left,status"


def draft(received: D, name: str, **changes: str) -> RequestDraft:
    return RequestDraft(type=changes.get("type", "access"), channel=changes.get("channel", "email"),
                        received_on=received, requester_name=name,
                        requester_email=f"{name.split()[0].lower()}@example.fi")


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    path = tmp_path / "inbox.db"
    db = create_database(path, PASSPHRASE, fixed_clock())
    try:
        create_request(db, RequestDraft(
            type="access", channel="post", received_on=D(2026, 11, 24), requester_name="Aino Posti",
            requester_street="Tie 1", requester_postal_code="00100", requester_locality="Helsinki"),
            TODAY)
        b = create_request(db, draft(D(2026, 10, 1), "Bertta Jatko", type="erasure"), TODAY)
        steps.extend_deadline(db, b, D(2026, 10, 15), "Paljon tietoja", TODAY)
        create_request(db, draft(D(2026, 10, 20), "Cecilia Myöhässä", type="portability",
                                 channel="web-form"), TODAY)
        d = create_request(db, draft(D(2026, 11, 2), "Daniel Tauko", type="objection-marketing"),
                           TODAY)
        steps.ask_identity(db, d, D(2026, 11, 3), "Kuka olet?", TODAY)
        steps.resume_clock(db, d, D(2026, 11, 10), "Vastasi", TODAY)
        e = create_request(db, draft(D(2026, 9, 1), "Eero Peruttu", type="other"), TODAY)
        steps.take_step(db, e, S.WITHDRAWN, StepDetails(D(2026, 9, 3)), TODAY)
    finally:
        db.close()
    return path


# Dates worked out by hand from deadlines.md:
# C 20.10. → 20.11.2026 (Fri): 10 days overdue on 30.11.
# D 2.11. → raw 2.12., paused 3.11.–10.11. = 7 days → 9.12.2026 (Wed).
# A 24.11. → 24.12. Christmas Eve … Sunday → 28.12.2026.
# B 1.10. extended → 1.1.2027 New Year's Day, then the weekend → 4.1.2027.
OPEN_CSV = [
    HEADER,
    "2026-0003,portability,web-form,Cecilia Myöhässä,2026-10-20,2026-11-20,false,0,-10,received",
    "2026-0004,objection-marketing,email,Daniel Tauko,2026-11-02,2026-12-09,false,7,9,"
    "identity-check",
    "2026-0001,access,post,Aino Posti,2026-11-24,2026-12-28,false,0,28,received",
    "2026-0002,erasure,email,Bertta Jatko,2026-10-01,2027-01-04,true,0,35,received",
]


def test_csv_of_the_open_requests(inbox: Path) -> None:
    result = run("requests", "--db", str(inbox), "--today", "2026-11-30", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == OPEN_CSV


def test_all_adds_the_finished_ones_last(inbox: Path) -> None:
    result = run("requests", "--db", str(inbox), "--today", "2026-11-30", "--format", "csv",
                 "--all")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:5] == OPEN_CSV
    assert lines[5] == ("2026-0005,other,email,Eero Peruttu,2026-09-01,2026-10-01,false,0,-60,"
                        "withdrawn")


def test_table_in_finnish(inbox: Path) -> None:
    result = run("requests", "--db", str(inbox), "--today", "2026-11-30")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["Tunnus", "Tyyppi", "Kanava"]
    assert lines[1].startswith("2026-0003  Siirto järjestelmästä toiseen")
    assert "20.11.2026" in lines[1] and lines[1].rstrip().endswith("Vastaanotettu")
    assert "kyllä" in lines[4] and "4.1.2027" in lines[4]
    assert len(lines) == 5


@pytest.mark.parametrize(("args", "passphrase"), [
    (("--today", "30.11.2026"), PASSPHRASE),
    (("--format", "xml"), PASSPHRASE),
    ((), "väärä tunnuslause"),
])
def test_errors_exit_2(inbox: Path, args: tuple[str, ...], passphrase: str) -> None:
    assert_one_line_error(run("requests", "--db", str(inbox), *args, passphrase=passphrase), 2)
