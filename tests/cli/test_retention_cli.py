"""``kasve-desktop retention``: the due entries by register, and --erase, end to end."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest

from kasve_desktop.demo.build import create_demo_database
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.services.database import unlock
from kasve_desktop.services.people import retention
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE, fixed_clock

TODAY = dt.date(2026, 11, 24)
ENTRY = re.compile(r"^  (\d{4}-\d\d-\d\d)  (.+)  (.+)$")


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    create_demo_database(path, fixed_clock(TODAY), PASSPHRASE).close()
    return path


def test_lists_due_entries_by_register(demo_path: Path) -> None:
    result = run("retention", "--db", str(demo_path), "--today", TODAY.isoformat())
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    db = unlock(demo_path, PASSPHRASE, fixed_clock())
    try:
        groups = retention.due_by_register(db, TODAY)
    finally:
        db.close()
    expected: list[str] = []
    for group in groups:
        expected.append(f"{group.register_key} ({len(group.entries)})")
        for entry in group.entries:
            expected.append(f"  {entry.due_on.isoformat()}  {entry.person}  " + _(
                "collected {collected}, last needed {last_needed}").format(
                collected=entry.collected_on.isoformat() if entry.collected_on else "-",
                last_needed=entry.last_needed_on.isoformat() if entry.last_needed_on else "-"))
    assert lines[:-2] == expected
    assert sum(1 for line in lines if ENTRY.match(line)) == 10
    assert all(dt.date.fromisoformat(m.group(1)) <= TODAY
               for m in map(ENTRY.match, lines) if m)
    assert lines[-2] == ngettext("{count} entry due for deletion",
                                 "{count} entries due for deletion", 10).format(count=10)
    assert lines[-1] == ngettext("{count} entry past its date is kept under a legal hold",
                                 "{count} entries past their date are kept under a legal hold",
                                 1).format(count=1)


def test_a_day_long_ago_lists_nothing(demo_path: Path) -> None:
    result = run("--lang", "en", "retention", "--db", str(demo_path), "--today", "2020-01-01")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["0 entries due for deletion"]


def test_erase_erases_and_prints_the_summary(demo_path: Path) -> None:
    result = run("--lang", "en", "retention", "--db", str(demo_path), "--today", "2026-11-24",
                 "--erase")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    start = lines.index("1 entry past its date is kept under a legal hold") + 1
    summary = lines[start:]
    erased = [line for line in summary if line.startswith("erased from ")]
    assert sum(int(line.rsplit(": ", 1)[1]) for line in erased) == 10
    assert "10 entries erased" in summary
    assert any(re.fullmatch(r"\d+ (person|people) removed: no entries left", line)
               for line in summary)
    assert sum(1 for line in summary if line.startswith("kept under a legal hold in ")) == 1
    again = run("--lang", "en", "retention", "--db", str(demo_path), "--today", "2026-11-24")
    assert again.stdout.splitlines()[0] == "0 entries due for deletion"
    assert run("check", "--db", str(demo_path)).returncode == 0


@pytest.mark.parametrize("day", ["2026-13-01", "24.11.2026", "20261124", "huomenna", ""])
def test_a_bad_date_is_exit_2_and_changes_nothing(demo_path: Path, day: str) -> None:
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    result = run("retention", "--db", str(demo_path), "--today", day, "--erase")
    assert_one_line_error(result, 2)
    assert "--today" in result.stderr
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_wrong_passphrase_and_missing_file(demo_path: Path, tmp_path: Path) -> None:
    assert_one_line_error(run("retention", "--db", str(demo_path), "--erase",
                              passphrase="väärä tunnuslause"), 2)
    assert_one_line_error(run("retention", "--db", str(tmp_path / "ei.db")), 2)
    assert_one_line_error(run("retention"), 2)


def add_handled_requests(path: Path) -> None:
    """Two requests answered three years before TODAY (one with its letter sent), one a
    day later, one withdrawn, and one still open from long ago."""
    from kasve_desktop.services.database import transaction
    from kasve_desktop.store.models import Document, Request, RequestEvent

    def request(reference: str, status: str, ended: dt.date, *, sent: bool = True,
                letter_sent: bool = False) -> Request:
        return Request(reference=reference, type="access", channel="email",
                       received_on=ended - dt.timedelta(days=20), status=status,
                       requester_name=f"Pyytäjä {reference[-1]}",
                       sent_on=ended if sent else None,
                       events=[RequestEvent(on_date=ended, kind="status", to_status=status)],
                       documents=[Document(kind="letter", content=b"%PDF-", sha256="0" * 64,
                                           is_final=letter_sent)])

    db = unlock(path, PASSPHRASE, fixed_clock())
    try:
        with transaction(db) as s:
            s.add_all([request("R-2023-1", "closed", dt.date(2023, 11, 24)),
                       request("R-2023-2", "sent", dt.date(2023, 11, 24), letter_sent=True),
                       request("R-2023-3", "sent", dt.date(2023, 11, 25)),
                       request("R-2023-4", "withdrawn", dt.date(2023, 11, 20), sent=False),
                       request("R-2020-5", "in-progress", dt.date(2020, 1, 1), sent=False)])
    finally:
        db.close()


RECORDS = ["requests (3)",
           "  2026-11-20  R-2023-4  Pyytäjä 4  withdrawn 2023-11-20",
           "  2026-11-24  R-2023-1  Pyytäjä 1  answered 2023-11-24",
           "  2026-11-24  R-2023-2  Pyytäjä 2  answered 2023-11-24"]


def test_request_records_due_follow_the_existing_lines(demo_path: Path) -> None:
    args = ("retention", "--db", str(demo_path), "--today", TODAY.isoformat())
    before = run("--lang", "en", *args).stdout.splitlines()
    add_handled_requests(demo_path)
    result = run("--lang", "en", *args)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:len(before)] == before  # the existing lines, untouched
    assert lines[len(before):] == RECORDS
    assert run("--lang", "en", *args[:-1], "2026-11-23").stdout.splitlines()[-1] == (
        "  2026-11-20  R-2023-4  Pyytäjä 4  withdrawn 2023-11-20")
    finnish = run(*args).stdout.splitlines()
    assert finnish[len(before)] == "pyynnöt (3)"
    assert finnish[-1] == "  2026-11-24  R-2023-2  Pyytäjä 2  vastattu 2023-11-24"


def test_erase_erases_the_request_records_due_and_says_so(demo_path: Path) -> None:
    add_handled_requests(demo_path)
    args = ("--lang", "en", "retention", "--db", str(demo_path), "--today", TODAY.isoformat())
    result = run(*args, "--erase")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    start = lines.index("1 entry past its date is kept under a legal hold") + 1
    assert "10 entries erased" in lines[start:]
    assert lines[-5:] == [*RECORDS, "3 request records erased"]  # the sent letter's too
    again = run(*args).stdout.splitlines()
    assert again == ["0 entries due for deletion",
                     "1 entry past its date is kept under a legal hold"]
    later = run(*args[:-1], "2026-11-25").stdout.splitlines()
    assert later[-1] == "  2026-11-25  R-2023-3  Pyytäjä 3  answered 2023-11-25"
    assert run("check", "--db", str(demo_path)).returncode == 0


def test_erase_says_where_only_the_data_kept_longer_were_kept(tmp_path: Path) -> None:
    from kasve_desktop.store.engine import open_database
    from tests.services.people.test_retention import kept_longer_world

    path = tmp_path / "kept.db"
    db = open_database(path, PASSPHRASE, clock=fixed_clock(TODAY), create=True)
    try:
        kept_longer_world(db)
    finally:
        db.close()
    result = run("retention", "--db", str(path), "--today", TODAY.isoformat(), "--erase")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "asiakkaat (1)"
    assert lines[-2:] == [("vain omalla säännöllään pidempään säilytettävät tiedot säilytetty "
                           "rekisterissä asiakkaat: 1"), "0 pyyntöä tietoineen poistettu"]
    assert "0 merkintää poistettu" in lines
