"""The record of processing activities as an A4 landscape PDF."""

from __future__ import annotations

import dataclasses
import io
import zipfile

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from kasve_desktop.documents.fonts import register_fonts
from kasve_desktop.documents.record_pdf import render_record_pdf
from kasve_desktop.domain.record import Part, Record
from tests.documents.test_notice_pdf import content_runs, full_text, page_runs
from tests.domain.test_record import record

A4_LANDSCAPE = (841.89, 595.28)
MARGIN = 42.52  # 15 mm
LONG = ("Tämä on tarkoituksella hyvin pitkä kuvaus turvatoimista, jonka täytyy rivittyä "
        "taulukon solun sisällä eikä valua sen reunan yli. ") * 12


@pytest.fixture(scope="module")
def fi_pdf() -> bytes:
    return render_record_pdf(record())


def long_record() -> Record:
    """Twelve registers, one with a very long security text: several pages."""
    base = record()
    first = base.activities[0]
    items = list(first.items)
    items[6] = dataclasses.replace(items[6], parts=(Part("", (LONG,)),))
    long_first = dataclasses.replace(first, items=tuple(items))
    return dataclasses.replace(base, activities=(long_first, *base.activities * 6))


def test_every_page_is_a4_landscape_with_its_number_version_and_date() -> None:
    pdf = render_record_pdf(long_record())
    reader = PdfReader(io.BytesIO(pdf))
    pages = len(reader.pages)
    assert pages > 3
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width, 2), round(height, 2)) == A4_LANDSCAPE
        text = " ".join(page.extract_text().split())
        assert f"Sivu {number} / {pages}" in text
        assert "Seloste käsittelytoimista · Versio 3, laadittu 24.11.2026" in text
    assert reader.metadata is not None
    assert str(reader.metadata["/CreationDate"]).startswith("D:20261124")


def test_the_title_controller_history_and_the_tables_are_printed(fi_pdf: bytes) -> None:
    text = full_text(fi_pdf)
    for fact in ("Seloste käsittelytoimista",
                 "EU:n yleinen tietosuoja-asetus (EU) 2016/679, 30 artiklan 1 kohta",
                 "Rekisterinpitäjä Kasve Oy · Y-tunnus: 2457832-5",
                 "Yhteyshenkilö Elias Haapakorva", "Tietosuojavastaavaa ei ole nimetty.",
                 "Versiohistoria", "Versio 1: laadittu 5.1.2026 · Versio 2: laadittu 1.6.2026",
                 "1. Asiakasrekisteri", "2. Yhteistyökumppanirekisteri",
                 "Kohta Otsikko Sisältö", "a) Rekisterinpitäjän nimi ja yhteystiedot",
                 "g) Teknisten ja organisatoristen turvatoimien yleinen kuvaus",
                 "Palvelin salatussa konesalissa."):
        assert fact in text, fact
    assert text.count("b) Käsittelyn tarkoitukset") == 2


def test_the_processors_table_shows_the_flags(fi_pdf: bytes) -> None:
    text = full_text(fi_pdf)
    assert "Henkilötietojen käsittelijät (28 artikla)" in text
    assert "Käsittelijä Palvelu Maa Käsittelysopimus" in text
    assert "Tilitoimisto Saarni Oy kirjanpito Suomi 14.5.2018 14.5.2025" in text
    assert "Katselmointi myöhässä" in text
    assert "Käsittelysopimus puuttuu" in text and "Katselmointipäivä puuttuu" in text
    assert "Huomiot 24.11.2026 tilanteen mukaan." in text


def test_long_texts_wrap_inside_the_page() -> None:
    pdf = render_record_pdf(long_record())
    fonts = register_fonts()
    right = A4_LANDSCAPE[0] - MARGIN + 1
    lines = 0
    for runs in page_runs(pdf):
        for run in content_runs(runs):
            font = fonts.bold if "Bold" in run.font else fonts.regular
            assert run.x >= MARGIN - 1
            assert run.x + stringWidth(run.text, font, run.size) <= right, run.text
            lines += "tarkoituksella hyvin pitkä" in run.text
    assert lines >= 12  # the long text came out on many lines, all of it inside


def test_the_same_record_gives_the_same_bytes(fi_pdf: bytes) -> None:
    assert render_record_pdf(record()) == fi_pdf
    assert not zipfile.is_zipfile(io.BytesIO(fi_pdf))


def test_swedish_record() -> None:
    text = full_text(render_record_pdf(record("sv")))
    for fact in ("Register över behandling", "Sida 1 / ", "Punkt Rubrik Innehåll",
                 "Den personuppgiftsansvariges namn och kontaktuppgifter",
                 "Personuppgiftsbiträden (artikel 28)", "Granskningen är försenad",
                 "Biträdesavtal saknas", "Kundregistret"):
        assert fact in text, fact


# --- pages: where a table continues, the overview ---------------------------------

LABEL_COLUMN = MARGIN + 20 * 2.8346  # the item column is 20 mm wide
FRAME_BOTTOM = 18 * 2.8346


def first_rows(pdf: bytes) -> list[tuple[int, str, str]]:
    """For every page on which a register's table goes on (its header "Kohta Otsikko
    Sisältö" printed there): the page, what its first row prints in the item column
    and the first words of its content."""
    found = []
    for number, runs in enumerate(page_runs(pdf), start=1):
        content = content_runs(runs)
        header = next((r for r in content if r.text.startswith(("Kohta", "Punkt", "Item"))),
                      None)
        if header is None:
            continue
        below = [r for r in content if r.y < header.y - 1]
        top = below[0].y
        row = [r for r in below if abs(r.y - top) < 3]
        label = " ".join(r.text for r in row if r.x < LABEL_COLUMN)
        found.append((number, label, " ".join(r.text for r in row if r.x >= LABEL_COLUMN)))
    return found


def test_a_row_continued_on_a_new_page_repeats_its_items_letter() -> None:
    rows = first_rows(render_record_pdf(long_record()))
    assert len(rows) > 3
    assert all(label for _, label, _ in rows), rows
    continued = [label for _, label, _ in rows if "jatkuu" in label]
    assert continued and set(continued) <= {f"{letter}) jatkuu" for letter in "abcdefg"}


def test_the_first_page_gives_an_overview_of_the_registers_and_their_purposes() -> None:
    expected = {
        "fi": "Käsittelytoimet Rekisteri Tarkoitukset Asiakasrekisteri Asiakassuhteen "
              "hoitaminen ja asiakaspalvelu; Asiakaskyselyt Yhteistyökumppanirekisteri "
              "Yhteistyökumppanuuksien hoitaminen ja yhteydenpito kumppaneiden "
              "yhteyshenkilöihin",
        "sv": "Behandlingar Register Ändamål Kundregistret Skötsel av kundrelationen och "
              "kundtjänst; Asiakaskyselyt [inte översatt — text på finska] "
              "Yhteistyökumppanirekisteri Skötsel av samarbetsrelationer och kontakt med "
              "partnernas kontaktpersoner",
        "en": "Processing activities Register Purposes Asiakasrekisteri Managing the customer "
              "relationship and customer service; Asiakaskyselyt [not translated — text in "
              "Finnish] Yhteistyökumppanirekisteri Managing partnerships and keeping in "
              "touch with partners' contact persons"}
    for lang, overview in expected.items():
        first = " ".join(r.text for r in content_runs(page_runs(render_record_pdf(
            record(lang)))[0]))
        assert overview in first, lang


def test_a_list_of_one_has_its_bullet_too(fi_pdf: bytes) -> None:
    text = full_text(fi_pdf)
    partners = text[text.index("2. Yhteistyökumppanirekisteri"):]
    assert "Vastaanottajaryhmät • henkilötietojen käsittelijä Vastaanottajat nimeltä • " \
           "Kanto CRM Oy" in partners
    assert "• Tietoja ei siirretä" not in text
