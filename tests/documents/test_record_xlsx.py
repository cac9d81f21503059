"""The record of processing activities as an XLSX workbook."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from kasve_desktop.documents.record_xlsx import render_record_xlsx
from kasve_desktop.domain.notice import RegisterFacts
from kasve_desktop.domain.record import RecordVersionFacts, build_record
from tests.domain.test_record import DAY, facts, fi_date, record


@pytest.fixture(scope="module")
def fi_xlsx() -> bytes:
    return render_record_xlsx(record())


def test_a_summary_sheet_and_one_sheet_per_register(fi_xlsx: bytes) -> None:
    book = load_workbook(io.BytesIO(fi_xlsx))
    assert book.sheetnames == ["Yhteenveto", "1 Asiakasrekisteri",
                               "2 Yhteistyökumppanirekisteri"]
    summary = [row for row in book["Yhteenveto"].iter_rows(values_only=True)]
    assert summary[0][:2] == ("Seloste käsittelytoimista", "Versio 3, laadittu 24.11.2026")
    cells = [str(c) for row in summary for c in row if c is not None]
    for fact in ("Rekisterinpitäjä", "Yhteyshenkilö", "Elias Haapakorva · elias@kasve.fi",
                 "Tietosuojavastaavaa ei ole nimetty.",
                 "Versio 1: laadittu 5.1.2026\nVersio 2: laadittu 1.6.2026\n"
                 "Versio 3: laadittu 24.11.2026",
                 "Asiakasrekisteri", "Asiakassuhteen hoitaminen ja asiakaspalvelu\nAsiakaskyselyt",
                 "Henkilötietojen käsittelijät (28 artikla)", "Sopimuksen katselmointi",
                 "Katselmointi myöhässä",
                 "Käsittelysopimus puuttuu\nKatselmointipäivä puuttuu",
                 "Huomiot 24.11.2026 tilanteen mukaan."):
        assert fact in cells, fact
    saarni = next(row for row in summary if row[0] == "Tilitoimisto Saarni Oy")
    assert saarni == ("Tilitoimisto Saarni Oy", "kirjanpito", "Suomi", "14.5.2018",
                      "14.5.2025", "Asiakasrekisteri", "Katselmointi myöhässä")


def test_a_register_sheet_has_a_row_per_item(fi_xlsx: bytes) -> None:
    sheet = load_workbook(io.BytesIO(fi_xlsx))["1 Asiakasrekisteri"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Kohta", "Otsikko", "Sisältö")
    assert [r[:2] for r in rows[1:8]] == [
        ("a)", "Rekisterinpitäjän nimi ja yhteystiedot"),
        ("b)", "Käsittelyn tarkoitukset"),
        ("c)", "Rekisteröityjen ryhmät ja henkilötietoryhmät"),
        ("d)", "Vastaanottajien ryhmät"),
        ("e)", "Siirrot kolmansiin maihin ja suojatoimet"),
        ("f)", "Eri tietoryhmien poistamisen määräajat"),
        ("g)", "Teknisten ja organisatoristen turvatoimien yleinen kuvaus")]
    assert "Google LLC (Yhdysvallat): EU:n ja Yhdysvaltojen välinen tietosuojakehys" in \
        str(rows[5][2])
    assert "Manuaalinen aineisto:\nPaperit lukitussa kaapissa." in str(rows[7][2])


def test_headers_frozen_widths_set_text_wrapped(fi_xlsx: bytes) -> None:
    book = load_workbook(io.BytesIO(fi_xlsx))
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.column_dimensions["A"].width > 0
        assert sheet.column_dimensions["B"].width >= 28
    register = book["1 Asiakasrekisteri"]
    assert register.column_dimensions["C"].width == 110
    assert register["C3"].alignment.wrap_text
    assert register["A1"].font.bold


def test_properties_name_only_the_company_and_carry_the_versions_date(fi_xlsx: bytes) -> None:
    book = load_workbook(io.BytesIO(fi_xlsx))
    props = book.properties
    assert props.creator == "Kasve Oy" and props.lastModifiedBy == "Kasve Oy"
    assert props.created == props.modified == dt.datetime(2026, 11, 24)
    with zipfile.ZipFile(io.BytesIO(fi_xlsx)) as archive:
        core = archive.read("docProps/core.xml").decode()
        assert "Elias" not in core
        assert {info.date_time for info in archive.infolist()} == {(2026, 11, 24, 0, 0, 0)}


def test_two_builds_of_one_version_are_identical(fi_xlsx: bytes) -> None:
    assert render_record_xlsx(record()) == fi_xlsx


def test_swedish_workbook() -> None:
    book = load_workbook(io.BytesIO(render_record_xlsx(record("sv"))))
    assert book.sheetnames == ["Sammanfattning", "1 Kundregistret",
                               "2 Yhteistyökumppanirekisteri"]
    assert book["1 Kundregistret"]["A1"].value == "Punkt"


def _workbook_of(*registers: RegisterFacts) -> Workbook:
    rec = build_record(dataclasses.replace(facts(), registers=registers), "fi",
                       RecordVersionFacts(1, DAY), DAY, fi_date)
    return load_workbook(io.BytesIO(render_record_xlsx(rec)))


def test_control_characters_become_line_breaks_or_are_dropped() -> None:
    """Word's manual line break (vertical tab) pasted into a register's text."""
    book = _workbook_of(RegisterFacts(
        key="x", name={"fi": "Asiakas\x0brekisteri"},
        security_text={"fi": "Lukittu\x0bkaappi\x0csalattu\x01\x1f levy."}))
    sheet = book.worksheets[1]
    assert sheet.title == "1 Asiakas rekisteri"
    assert sheet["C8"].value == "Lukittu\nkaappi\nsalattu levy."
    summary = [row[0] for row in book["Yhteenveto"].iter_rows(values_only=True)]
    assert "Asiakas\nrekisteri" in summary


def test_a_text_starting_with_an_equals_sign_stays_text() -> None:
    formula = '=HYPERLINK("https://example.com","Avaa")'
    book = _workbook_of(RegisterFacts(key="x", name={"fi": formula},
                                      purposes_text={"fi": "=1+1"}))
    sheet = book.worksheets[1]
    assert (sheet["C3"].value, sheet["C3"].data_type) == ("=1+1", "s")
    name = next(c for c in book["Yhteenveto"]["A"] if c.value == formula)
    assert name.data_type == "s"

