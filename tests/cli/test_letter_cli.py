"""``kasve-desktop letter``: a response letter of a request as PDF, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from kasve_desktop.i18n import _
from tests.cli.test_cli import assert_one_line_error, run
from tests.documents.test_notice_pdf import full_text
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
                 sample.references["rectification"], "--kind", "access-report", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = full_text(out.read_bytes())
    assert sample.references["rectification"] in text and "Kopio henkilötiedoistasi" in text


def test_access_report_of_a_request_linked_to_nobody_is_the_no_data_letter(
        sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "no-data.pdf"
    result = run("letter", "--db", str(sample.path), "--request", sample.references["no-data"],
                 "--kind", "access-report", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = full_text(out.read_bytes())
    assert "ei käsittele sinua koskevia henkilötietoja" in text
    assert sample.references["no-data"] in text and "Kopio henkilötiedoistasi" not in text


def test_no_data_for_a_person_in_the_registers_is_refused_with_exit_2(
        sample: Sample, tmp_path: Path) -> None:
    out = tmp_path / "no-data.pdf"
    result = run("letter", "--db", str(sample.path), "--request",
                 sample.references["rectification"], "--kind", "no-data", "-o", str(out))
    assert_one_line_error(result, 2)
    assert "on rekistereissä: kirje, jonka mukaan tietoja ei ole, olisi väärä." in result.stderr
    assert not out.exists()
