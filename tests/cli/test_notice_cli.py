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


def test_finnish_draft_holds_the_corrected_facts(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "seloste.pdf"
    result = run("notice", "--db", str(demo_db), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = pdf_text(out)
    for fact in ("Tietosuojaseloste", "1. Rekisterinpitäjä", "12. Muutokset tähän selosteeseen",
                 "2457832-5", "Puijonkatu 23, 70110 Kuopio", "tietosuoja@kasve.fi",
                 "Elias Haapakorva", "Asiakasrekisteri", "Yhteistyökumppanirekisteri",
                 "Markkinointirekisteri", "Valmennusten rekisteri", "Tapahtumien rekisteri",
                 "Google LLC", "Yhdysvallat", "tietosuojakehys", "Kanto CRM Oy",
                 "Voit esittää pyynnön vapaamuotoisesti", "Oikeus vastustaa käsittelyä",
                 "Tietosuojavaltuutetun toimisto"):
        assert fact in text, fact
    for outdated in ("523/99", "kirjallisesti", "ei-henkilökohtai", "muut vastaavat",
                     "ja/tai"):
        assert outdated not in text, outdated


def test_english_draft_needs_no_warning_but_version_1_does(demo_db: Path,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "notice.pdf"
    result = run("notice", "--db", str(demo_db), "--register", "asiakkaat", "--lang", "en",
                 "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    text = pdf_text(out)
    assert "Privacy notice" in text and "1. Controller" in text
    assert "Customer register" in text and "Marketing register" not in text
    assert "[not translated" not in text
    old = run("notice", "--db", str(demo_db), "--version", "1", "--lang", "en",
              "-o", str(tmp_path / "v1.pdf"))
    assert old.returncode == 0, old.stderr
    assert "Finnish" in old.stderr or "suomeksi" in old.stderr


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
        stored = notice.notice_pdf(db, "sv", version=2)
    finally:
        db.close()
    out = tmp_path / "v2.pdf"
    result = run("notice", "--db", str(path), "--version", "2", "--lang", "sv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == stored
    assert "Version 2, gäller från 1.12.2026" in pdf_text(out)


ITEMS = "ABCDEFGHIJKLMN"


def test_check_of_the_draft_is_green(demo_db: Path) -> None:
    result = run("notice", "--db", str(demo_db), "--check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{code} ok" for code in ITEMS]


def test_check_of_version_1_is_red_with_its_gaps_and_flags(demo_db: Path) -> None:
    result = run("--lang", "en", "notice", "--db", str(demo_db), "--check", "--version", "1",
                 "--lang", "fi")
    assert result.returncode == 3, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(" ", 1)[0] for line in lines[:14]] == list(ITEMS)
    assert lines[2].startswith("C missing: Asiakasrekisteri: Purposes without a legal basis: "
                               "10 of 10.")
    assert lines[0] == "A ok" and lines[11].startswith("L missing: ")
    flags = {line.split(":", 1)[0] for line in lines[14:]}
    assert {"flag repealed-act", "flag in-writing", "flag non-personal", "flag transfer-claim",
            "flag open-purpose", "flag and-or-basis"} <= flags
    assert "flag untranslated" not in flags  # only Finnish was asked for
    repealed = next(line for line in lines if line.startswith("flag repealed-act: "))
    assert repealed == ("flag repealed-act: Refers to the repealed Personal Data Act "
                        "(523/1999). The GDPR and the Data Protection Act (1050/2018) apply. "
                        "(Asiakasrekisteri, Yhteistyökumppanirekisteri, Markkinointirekisteri, "
                        "Valmennusten rekisteri, Tapahtumien rekisteri)")


def test_check_of_version_1_in_swedish_names_the_untranslated_parts(demo_db: Path) -> None:
    result = run("notice", "--db", str(demo_db), "--check", "--version", "1", "--lang", "sv")
    assert result.returncode == 3
    (line,) = [line for line in result.stdout.splitlines()
               if line.startswith("flag untranslated: ")]
    assert line.startswith("flag untranslated: Ruotsinkielinen seloste tulostaa "
                           "suomenkielistä tekstiä kohdissa: Inledning; 3. Registrets namn;")


def test_check_of_one_register(demo_db: Path) -> None:
    result = run("notice", "--db", str(demo_db), "--check", "--register", "kumppanit")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 14


@pytest.mark.parametrize("args", [("--version", "9"), ("--register", "eiole")])
def test_check_errors_exit_2(demo_db: Path, args: tuple[str, ...]) -> None:
    result = run("notice", "--db", str(demo_db), "--check", *args)
    assert_one_line_error(result, 2)
    assert result.stdout == ""


def test_writing_needs_an_output_file(demo_db: Path) -> None:
    assert_one_line_error(run("notice", "--db", str(demo_db)), 2)
