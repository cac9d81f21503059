"""`kasve-desktop notice` end to end on a demo database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import assert_one_line_error, run
from tests.conftest import fixed_clock


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("notice") / "demo.db"
    result = run("init", "--db", str(path), "--demo")
    assert result.returncode == 0, result.stderr
    return path


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


def test_finnish_notice_holds_the_seed_facts(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "seloste.pdf"
    result = run("notice", "--db", str(demo_db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = pdf_text(out)
    for fact in ("Tietosuojaseloste", "1. Rekisterinpitäjä", "12. Muutokset tähän selosteeseen",
                 "2457832-5", "Puijonkatu 23, 70110 Kuopio", "tietosuoja@kasve.fi",
                 "Elias Haapakorva", "Asiakasrekisteri", "Yhteistyökumppanirekisteri",
                 "Markkinointirekisteri", "Valmennusten rekisteri", "Tapahtumien rekisteri",
                 "kuuden kuukauden kuluttua", "Google Analytics", "Kaupparekisteristä",
                 "Fonecta", "Postin osoitetietojärjestelmästä", "Tietosuojavaltuutetun toimisto"):
        assert fact in text, fact


def test_one_register_in_english_warns_about_untranslated(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "notice.pdf"
    result = run("notice", "--db", str(demo_db), "--register", "asiakkaat", "--lang", "en",
                 "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Finnish" in result.stderr or "suomeksi" in result.stderr
    text = pdf_text(out)
    assert "Privacy notice" in text and "1. Controller" in text
    assert "Asiakasrekisteri" in text and "Markkinointirekisteri" not in text


def test_html_format(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "seloste.html"
    result = run("notice", "--db", str(demo_db), "--lang", "sv", "--format", "html",
                 "-o", str(out))
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "<h1>Dataskyddsbeskrivning</h1>" in html
    assert 'lang="sv"' in html


@pytest.mark.parametrize("args", [("--register", "eiole"), ("--version", "7"),
                                  ("--version", "1", "--register", "asiakkaat"),
                                  ("--lang", "de"), ("--format", "docx")])
def test_invalid_requests_exit_2_and_write_nothing(demo_db: Path, tmp_path: Path,
                                                   args: tuple[str, ...]) -> None:
    out = tmp_path / "x.pdf"
    assert_one_line_error(run("notice", "--db", str(demo_db), *args, "-o", str(out)), 2)
    assert not out.exists()


def test_wrong_passphrase(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    assert_one_line_error(run("notice", "--db", str(demo_db), "-o", str(out),
                              passphrase="väärä tunnuslause"), 2)
    assert not out.exists()


def test_published_version_is_the_stored_pdf(tmp_path: Path) -> None:
    import datetime as dt

    from kasve_desktop.services.database import unlock
    from kasve_desktop.services.registers import notice
    from tests.conftest import PASSPHRASE

    path = tmp_path / "julkaistu.db"
    assert run("init", "--db", str(path), "--demo").returncode == 0
    db = unlock(path, PASSPHRASE, fixed_clock())
    try:
        notice.publish(db, dt.date(2026, 12, 1))
        stored = notice.notice_pdf(db, "sv", version=1)
    finally:
        db.close()
    out = tmp_path / "v1.pdf"
    result = run("notice", "--db", str(path), "--version", "1", "--lang", "sv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == stored
    assert "Version 1, gäller från 1.12.2026" in pdf_text(out)
