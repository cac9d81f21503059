"""``kasve-desktop letter``: a response letter of a request as PDF, end to end."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from kasve_desktop.cli import main
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import StepDetails
from kasve_desktop.i18n import _
from kasve_desktop.services.database import transaction
from kasve_desktop.services.requests import steps
from kasve_desktop.services.requests.detail import load_request
from kasve_desktop.store.engine import open_database
from kasve_desktop.store.models import Request
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE, fixed_clock
from tests.documents.test_notice_pdf import full_text
from tests.services.answers.test_letter_truth import (
    TODAY,
    hold_marked_on_entry,
    refused_objection,
    request,
)
from tests.services.answers.test_letters import Sample, build_sample


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    return build_sample(tmp_path_factory.mktemp("letter-cli") / "letters.db")


def test_refusal_in_the_persons_language(sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "refusal.pdf"
    result = run("letter", "--db", str(sample.path), "--request", sample.references["refusal"],
                 "--kind", "refusal", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o777 == 0o600  # a letter is personal data
    text = full_text(out.read_bytes())
    assert "PÄÄTÖS PYYNTÖÖSI" in text and sample.references["refusal"] in text
    assert "Tietosuojavaltuutetun toimisto" in text


def test_lang_chooses_the_letters_language(sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "ack.pdf"
    result = run("letter", "--db", str(sample.path), "--request",
                 sample.references["acknowledgement"], "--kind", "acknowledgement",
                 "--lang", "en", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "ACKNOWLEDGEMENT OF RECEIPT" in full_text(out.read_bytes())


def test_unknown_reference_exits_1(sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run("letter", "--db", str(sample.path), "--request", "1999-0001",
                 "--kind", "refusal", "-o", str(out))
    assert_one_line_error(result, 1)
    assert "1999-0001" in result.stderr and not out.exists()


def test_missing_fact_exits_1_and_names_it(sample: Sample, tmp_path: Path) -> None:
    result = run("letter", "--db", str(sample.path), "--request", sample.references["objection"],
                 "--kind", "erasure", "-o", str(tmp_path / "x.pdf"))
    assert_one_line_error(result, 1)
    assert _("what was erased (a list)") in result.stderr  # in words, not as {erased}
    assert "{" not in result.stderr


@pytest.mark.parametrize(("option", "value"), [("--kind", "thanks"), ("--lang", "de")])
def test_invalid_kind_or_language_exits_2(sample: Sample, tmp_path: Path, option: str,
                                          value: str) -> None:
    args = {"--kind": "refusal", "--lang": "fi"} | {option: value}
    result = run("letter", "--db", str(sample.path), "--request", sample.references["refusal"],
                 *[part for pair in args.items() for part in pair], "-o", str(tmp_path / "x.pdf"))
    assert_one_line_error(result, 2)


def test_access_report_of_a_linked_request_is_the_report(sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = run("letter", "--db", str(sample.path), "--request",
                 sample.references["access-report"], "--kind", "access-report", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = full_text(out.read_bytes())
    assert sample.references["access-report"] in text and "Kopio henkilötiedoistasi" in text


def test_access_report_of_another_type_of_request_is_refused_with_exit_2(
        sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = run("letter", "--db", str(sample.path), "--request",
                 sample.references["rectification"], "--kind", "access-report", "-o", str(out))
    assert_one_line_error(result, 2)
    assert ("Pyynnön laji on ”Oikaisu”, ei tarkastuspyyntö: tarkastusvastaus kertoisi henkilön "
            "pyytäneen saada tietää, mitä henkilötietoja hänestä käsittelemme") in result.stderr
    assert not out.exists()


def test_access_report_of_a_request_linked_to_nobody_is_the_no_data_letter(
        sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "no-data.pdf"
    result = run("letter", "--db", str(sample.path), "--request", sample.references["no-data"],
                 "--kind", "access-report", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = full_text(out.read_bytes())
    assert "Rekistereissämme ei ole sinua koskevia henkilötietoja" in text
    assert sample.references["no-data"] in text and "Kopio henkilötiedoistasi" not in text


def test_no_data_for_a_person_in_the_registers_is_refused_with_exit_2(
        sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "no-data.pdf"
    result = run("letter", "--db", str(sample.path), "--request",
                 sample.references["access-report"], "--kind", "no-data", "-o", str(out))
    assert_one_line_error(result, 2)
    assert "on rekistereissä: kirje, jonka mukaan tietoja ei ole, olisi väärä." in result.stderr
    assert not out.exists()


# --- letters that would be untrue: refused like a bad argument, with the reason -------------

@dataclass(frozen=True)
class Untrue:
    path: Path
    references: dict[str, str]


@pytest.fixture(scope="module")
def untrue(tmp_path_factory: pytest.TempPathFactory) -> Untrue:
    """One request for each guard: answered, overdue, an objection refused without reasons,
    an erasure that kept an entry under a hold naming no law."""
    path = tmp_path_factory.mktemp("letter-untrue") / "untrue.db"
    db = open_database(path, PASSPHRASE, create=True, clock=fixed_clock())
    try:
        answered = request(db, "access", dt.date(2026, 11, 10))
        for target in (S.IN_PROGRESS, S.RESPONSE_READY):
            steps.take_step(db, answered, target, StepDetails(dt.date(2026, 11, 20)), TODAY)
        steps.take_step(db, answered, S.SENT, StepDetails(dt.date(2026, 11, 23),
                                                          response_channel="post"), TODAY)
        objection = refused_objection(db, "Oikeudellisen vaateen puolustaminen.")
        with transaction(db) as session:
            row = session.get(Request, objection)
            assert row is not None
            row.refusal_reasons = ""
        withdrawn = request(db, "erasure", dt.date(2026, 11, 10))
        steps.take_step(db, withdrawn, S.WITHDRAWN, StepDetails(dt.date(2026, 11, 18)), TODAY)
        asked = request(db, "access", dt.date(2026, 11, 10))
        steps.ask_identity(db, asked, dt.date(2026, 11, 12), "Asiakasnumerosi.", TODAY)
        ids = {"answered": answered, "overdue": request(db, "access", dt.date(2026, 10, 1)),
               "unasked": request(db, "access", dt.date(2026, 11, 20)), "asked": asked,
               "objection": objection, "erasure": hold_marked_on_entry(db, ""),
               "withdrawn": withdrawn,
               "withdrawal": request(db, "consent-withdrawal", dt.date(2026, 11, 20)),
               "undecided": request(db, "objection", dt.date(2026, 11, 20))}
        references = {key: load_request(db, rid, TODAY).reference for key, rid in ids.items()}
    finally:
        db.close()
    return Untrue(path, references)


@pytest.mark.parametrize(("key", "kind", "named"), [
    ("answered", "acknowledgement", "23.11.2026"),  # the day it was answered
    ("overdue", "acknowledgement", "2.11.2026"),  # the answer-by date it would promise
    ("objection", "objection", "21"),  # Art. 21(1): the reasons are required
    ("objection", "refusal", "21"),
    ("erasure", "erasure", "Asiakasrekisteri"),  # the hold names no law
    ("answered", "refusal", "23.11.2026"),  # no new answer to an answered request
    ("answered", "access-report", "23.11.2026"),
    ("answered", "no-data", "23.11.2026"),
    ("withdrawn", "erasure", "18.11.2026"),
    ("withdrawal", "acknowledgement", "7"),  # Art. 7(3): it takes effect at once
    ("unasked", "clarification", "Kysy henkilöllisyyttä tai tarkennusta"),  # no question
    ("asked", "clarification", "12.11.2026"),  # the question was asked then, not today
])
def test_a_letter_that_would_be_untrue_exits_2_with_the_reason(
        untrue: Untrue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], key: str, kind: str, named: str) -> None:
    monkeypatch.setenv("KASVE_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "letter.pdf"
    code = main(["letter", "--db", str(untrue.path), "--request", untrue.references[key],
                 "--kind", kind, "-o", str(out)], clock=fixed_clock(TODAY))
    error = capsys.readouterr().err
    assert code == 2, error
    assert error.startswith("kasve-desktop: ") and len(error.strip().splitlines()) == 1
    assert named in error and "Traceback" not in error
    assert not out.exists()


def in_english(untrue: Untrue, key: str, kind: str, out: Path,
               capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--lang", "en", "letter", "--db", str(untrue.path), "--request",
                 untrue.references[key], "--kind", kind, "-o", str(out)],
                clock=fixed_clock(TODAY))
    return code, capsys.readouterr().err


def test_an_answered_request_is_refused_with_the_date_and_the_reprint(
        untrue: Untrue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KASVE_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "letter.pdf"
    for kind in ("objection", "access-report", "restriction"):
        code, error = in_english(untrue, "answered", kind, out, capsys)
        assert (code, error) == (2, "kasve-desktop: The request was already answered on 23 Nov "
                                    "2026: a new letter dated today would answer it again. The "
                                    "letter sent then is not kept with the request.\n")
    code, error = in_english(untrue, "withdrawal", "acknowledgement", out, capsys)
    assert (code, error) == (2, "kasve-desktop: A withdrawal of consent takes effect at once "
                                "(GDPR Art. 7(3)): a letter promising an answer by a later date "
                                "would mislead. Record the withdrawal and send its confirmation "
                                "instead.\n")
    assert not out.exists()


def test_an_undecided_objection_exits_1_naming_only_the_decision(
        untrue: Untrue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The authority's contact block comes from the settings, never from the request."""
    monkeypatch.setenv("KASVE_PASSPHRASE", PASSPHRASE)
    code, error = in_english(untrue, "undecided", "objection", tmp_path / "x.pdf", capsys)
    assert (code, error) == (1, "kasve-desktop: The letter needs facts that the request does "
                                "not have yet: the decision.\n")
