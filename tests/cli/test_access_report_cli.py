"""``kasve-desktop access-report`` end to end, in a subprocess."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kasve_desktop.services.database import unlock
from kasve_desktop.store.models import Document, Request
from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import PASSPHRASE, fixed_clock

MAIJA = "maija.meikalainen@example.fi"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.db"
    assert run("init", "--db", str(path), "--demo").returncode == 0
    return path


def maija_request(path: Path) -> str:
    db = unlock(path, PASSPHRASE, fixed_clock())
    try:
        with db.sessions() as session:
            return session.scalars(select(Request.reference).where(
                Request.requester_name == "Maija Meikäläinen")).first() or ""
    finally:
        db.close()


def documents(path: Path) -> list[tuple[str, str, bool, str, str]]:
    db = unlock(path, PASSPHRASE, fixed_clock())
    try:
        with db.sessions() as session:
            return [(d.kind, d.letter_kind, d.is_final, d.language, d.request.reference)
                    for d in session.scalars(select(Document).where(Document.kind == "letter"))
                    if d.request is not None]
    finally:
        db.close()


def test_writes_the_report_read_only(demo: Path, tmp_path: Path) -> None:
    before = demo.read_bytes()
    out = tmp_path / "maija.pdf"
    result = run("access-report", "--db", str(demo), "--person", MAIJA, "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Kopio henkilötiedoistasi" in text and "Meikäläinen" in text
    assert demo.read_bytes() == before  # nothing changed


def test_maija_is_told_where_her_data_go(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "maija.pdf"
    assert run("access-report", "--db", str(demo), "--person", MAIJA, "-o",
               str(out)).returncode == 0
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    for name in ("Kanto CRM Oy", "Postitin Oy", "Ilmoittautuja OÜ"):
        assert name in text, name
    # no website usage, billing or payment data are held about her: not told of Google
    # Analytics, the invoicing firm, the bookkeeper or the card payments, nor of a transfer
    for name in ("Google LLC", "Laskutus Kivi Oy", "Tilitoimisto Saarni Oy", "Maksuvirta"):
        assert name not in text, name
    assert "Tietojasi ei siirretä EU:n tai ETA:n ulkopuolelle." in text
    assert "kohdan 5" not in text and "voi sisältää" not in text


def test_language_option(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    result = run("access-report", "--db", str(demo), "--person", MAIJA, "--lang", "en",
                 "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Copy of your personal data" in " ".join(p.extract_text() for p in PdfReader(out).pages)


def test_unknown_email_and_request_exit_1(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    unknown = run("access-report", "--db", str(demo), "--person", "nobody@example.fi",
                  "-o", str(out))
    assert_one_line_error(unknown, 1)
    assert "nobody@example.fi" in unknown.stderr and not out.exists()
    bad_request = run("access-report", "--db", str(demo), "--person", MAIJA, "--request",
                      "1999-0001", "-o", str(out))
    assert_one_line_error(bad_request, 1)
    assert "1999-0001" in bad_request.stderr


def test_wrong_passphrase_and_missing_output_exit_2(demo: Path, tmp_path: Path) -> None:
    wrong = run("access-report", "--db", str(demo), "--person", MAIJA, "-o",
                str(tmp_path / "x.pdf"), passphrase="väärä salasana tässä")
    assert_one_line_error(wrong, 2)
    assert_one_line_error(run("access-report", "--db", str(demo), "--person", MAIJA), 2)


def test_request_stores_the_draft(demo: Path, tmp_path: Path) -> None:
    reference = maija_request(demo)
    out = tmp_path / "sv.pdf"
    result = run("access-report", "--db", str(demo), "--person", MAIJA, "--request", reference,
                 "--lang", "sv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert ("letter", "access-report", False, "sv", reference) in documents(demo)
    assert f"Referens {reference}" in PdfReader(out).pages[0].extract_text()


def test_encrypt_prints_the_password_once(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "secret.pdf"
    result = run("access-report", "--db", str(demo), "--person", MAIJA, "--encrypt",
                 "-o", str(out))
    assert result.returncode == 0, result.stderr
    found = re.findall(r"\b[a-z2-9]{4}(?:-[a-z2-9]{4}){4}\b", result.stderr)
    assert len(found) == 1 and result.stdout == ""
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pikepdf.open(out, password=found[0]) as pdf:
        plain = io.BytesIO()
        pdf.save(plain, encryption=False)
    assert "Meikäläinen" in PdfReader(plain).pages[0].extract_text()
