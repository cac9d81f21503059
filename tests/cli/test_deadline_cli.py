"""``kasve-desktop deadline``: the date in force and its explanation, no database needed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kasve_desktop.cli import main
from kasve_desktop.domain import deadlines
from tests.cli.test_cli import assert_one_line_error, run

D = dt.date


@pytest.mark.parametrize(("received", "one_month", "extended"), [
    ("2025-03-05", "2025-04-07", "2025-06-05"),
    ("2025-01-31", "2025-02-28", "2025-04-30"),
    ("2025-03-18", "2025-04-22", "2025-06-18"),
    ("2025-11-24", "2025-12-29", "2026-02-24"),
])
def test_examples_of_the_rules(received: str, one_month: str, extended: str,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", received]) == 0
    assert capsys.readouterr().out.splitlines()[0] == one_month
    assert main(["deadline", received, "--extended"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == extended


def test_postal_request_before_christmas_in_a_subprocess_without_passphrase() -> None:
    result = run("deadline", "2026-11-24", passphrase=None)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2026-12-28"
    assert "24.12.2026 Jouluaatto → 28.12.2026" in lines
    assert "  25.12.2026 Joulupäivä" in lines
    assert "  27.12.2026 Sunnuntai" in lines
    assert lines[-1].startswith("Voimassa: 28.12.2026 (maanantai)")


def test_pause_example_of_the_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", "2025-03-05", "--asked", "2025-03-06",
                 "--answered", "2025-03-20"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2025-04-22"
    assert "19.4.2025 Lauantai → 22.4.2025" in lines
    assert "  21.4.2025 Toinen pääsiäispäivä" in lines
    assert any("14" in line and "6.3.2025" in line and "20.3.2025" in line for line in lines)
    assert any(line.endswith("7.4.2025") for line in lines)  # the unpaused date shown too


def test_pause_on_an_extended_date_counts_from_the_raw_extended_date(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", "2026-11-24", "--extended", "--asked", "2026-11-25",
                 "--answered", "2026-11-25"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2027-02-24"  # same day = 0 days
    assert main(["deadline", "2026-11-24", "--extended", "--asked", "2026-11-25",
                 "--answered", "2026-11-28"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "2027-03-01"  # 27.2. is a Saturday


def test_late_question_is_warned_about(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "deadline", "2026-11-02", "--asked", "2026-11-20",
                 "--answered", "2026-11-23"]) == 0
    assert any(line.startswith("Warning: the question was sent 18 days after receipt")
               for line in capsys.readouterr().out.splitlines())


@pytest.mark.parametrize("args", [
    ("2026-02-30",),
    ("24.11.2026",),
    ("2026-11-24", "--asked", "2026-11-25"),
    ("2026-11-24", "--answered", "2026-11-25"),
    ("2026-11-24", "--asked", "2026-11-26", "--answered", "2026-11-25"),
    ("2026-11-24", "--asked", "2026-11-20", "--answered", "2026-11-25"),
    ("2026-11-24", "--asked", "tomorrow", "--answered", "2026-11-25"),
    (),
])
def test_invalid_dates_exit_2_with_one_line(args: tuple[str, ...]) -> None:
    assert_one_line_error(run("deadline", *args, passphrase=None), 2)


dates = st.dates(min_value=D(2024, 1, 1), max_value=D(2029, 12, 31))


@settings(max_examples=60, deadline=None)
@given(dates, st.booleans(), st.integers(0, 20), st.integers(0, 40))
def test_first_line_is_the_date_in_force(received: D, longer: bool, delay: int, length: int
                                         ) -> None:
    import contextlib
    import io

    asked = received + dt.timedelta(days=delay)
    answered = asked + dt.timedelta(days=length)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["deadline", received.isoformat(), *(["--extended"] if longer else []),
                     "--asked", asked.isoformat(), "--answered", answered.isoformat()])
    assert code == 0
    first = D.fromisoformat(out.getvalue().splitlines()[0])
    assert first == deadlines.paused(received, asked, answered, is_extended=longer).due
    assert deadlines.is_working_day(first)
    unpaused = deadlines.extended(received) if longer else deadlines.one_month(received)
    assert first >= unpaused.due
