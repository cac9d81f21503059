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


SHEETS_FI = ["Yhteenveto", "1 Asiakasrekisteri", "2 Yhteistyökumppanirekisteri",
             "Käsittelijät", "Rekisterinpitäjä"]


def values(book: Workbook, name: str) -> list[tuple[object, ...]]:
    return list(book[name].iter_rows(values_only=True))


def test_the_summary_is_a_table_of_the_registers_under_a_frozen_header(fi_xlsx: bytes) -> None:
    book = load_workbook(io.BytesIO(fi_xlsx))
    assert book.sheetnames == SHEETS_FI
    assert values(book, "Yhteenveto") == [
        ("Seloste käsittelytoimista", "Versio 3, laadittu 24.11.2026"),
        ("Rekisteri", "Tarkoitukset"),
        ("Asiakasrekisteri", "Asiakassuhteen hoitaminen ja asiakaspalvelu\nAsiakaskyselyt"),
        ("Yhteistyökumppanirekisteri", "Yhteistyökumppanuuksien hoitaminen ja yhteydenpito "
                                       "kumppaneiden yhteyshenkilöihin")]
    assert book["Yhteenveto"].freeze_panes == "A3"  # the title and the table's header
    assert book["Yhteenveto"].print_title_rows == "$2:$2"


def test_the_controller_sheet_holds_the_title_version_people_and_dated_history(
        fi_xlsx: bytes) -> None:
    rows = values(load_workbook(io.BytesIO(fi_xlsx)), "Rekisterinpitäjä")
    assert rows[0] == ("Seloste käsittelytoimista", "Versio 3, laadittu 24.11.2026")
    assert rows[1][0] == "EU:n yleinen tietosuoja-asetus (EU) 2016/679, 30 artiklan 1 kohta"
    assert rows[2][0] == "Rekisterinpitäjä" and "Kasve Oy · Y-tunnus: 2457832-5" in str(rows[2][1])
    assert rows[3] == ("Yhteyshenkilö", "Elias Haapakorva · elias@kasve.fi")
    assert rows[4] == ("Tietosuojavastaava", "Tietosuojavastaavaa ei ole nimetty.")
    assert rows[6:] == [("Versiohistoria", "Laadittu"),
                        ("Versio 1", dt.datetime(2026, 1, 5)),
                        ("Versio 2", dt.datetime(2026, 6, 1)),
                        ("Versio 3", dt.datetime(2026, 11, 24))]


def test_the_processors_sheet_has_real_dates_and_the_flags(fi_xlsx: bytes) -> None:
    book = load_workbook(io.BytesIO(fi_xlsx))
    sheet = book["Käsittelijät"]
    rows = values(book, "Käsittelijät")
    assert rows[0] == ("Käsittelijä", "Palvelu", "Maa", "Käsittelysopimus",
                       "Sopimuksen katselmointi", "Rekisterit",
                       "Huomiot 24.11.2026 tilanteen mukaan.")
    assert sheet.freeze_panes == "A2"
    saarni = next(row for row in sheet.iter_rows(min_row=2) if row[0].value ==
                  "Tilitoimisto Saarni Oy")
    assert [c.value for c in saarni] == [
        "Tilitoimisto Saarni Oy", "kirjanpito", "Suomi", dt.datetime(2018, 5, 14),
        dt.datetime(2025, 5, 14), "Asiakasrekisteri", "Katselmointi myöhässä"]
    assert saarni[3].is_date and saarni[3].number_format == "d.m.yyyy"
    assert saarni[4].is_date and saarni[4].number_format == "d.m.yyyy"
    uusi = next(row for row in rows if row[0] == "Uusi Pilvi Oy")
    assert uusi[3:] == ("—", "—", "Yhteistyökumppanirekisteri",
                        "Käsittelysopimus puuttuu\nKatselmointipäivä puuttuu")


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
        assert sheet.freeze_panes == {"Rekisterinpitäjä": None,
                                      "Yhteenveto": "A3"}.get(sheet.title, "A2")
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
                               "2 Yhteistyökumppanirekisteri", "Biträden",
                               "Personuppgiftsansvarig"]
    assert book["1 Kundregistret"]["A1"].value == "Punkt"
    assert book["Sammanfattning"]["A2"].value == "Register"
    assert book["Biträden"]["G1"].value == "Anmärkningar enligt läget den 24.11.2026."
    assert book["1 Kundregistret"].oddFooter.right.text == "Sida &P / &N"


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



def test_every_sheet_prints_landscape_a4_fitted_to_the_width_with_its_header(
        fi_xlsx: bytes) -> None:
    book = load_workbook(io.BytesIO(fi_xlsx))
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, int(setup.paperSize)) == ("landscape", 9)  # A4
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.print_title_rows == ("$2:$2" if sheet.title == "Yhteenveto"
                                          else "$1:$1"), sheet.title
        assert sheet.oddFooter.left.text == \
            "Seloste käsittelytoimista · Versio 3, laadittu 24.11.2026"
        assert sheet.oddFooter.right.text == "Sivu &P / &N"


def test_a_register_sheet_ends_with_its_last_item_and_names_it_in_the_footer(
        fi_xlsx: bytes) -> None:
    sheet = load_workbook(io.BytesIO(fi_xlsx))["2 Yhteistyökumppanirekisteri"]
    assert sheet.max_row == 8
    assert sheet["A8"].value == "g)"
    assert sheet.oddFooter.center.text == "Yhteistyökumppanirekisteri"


def test_a_list_of_one_has_its_bullet_too(fi_xlsx: bytes) -> None:
    sheet = load_workbook(io.BytesIO(fi_xlsx))["2 Yhteistyökumppanirekisteri"]
    assert sheet["C5"].value.startswith(
        "Vastaanottajaryhmät:\n• henkilötietojen käsittelijä\nVastaanottajat nimeltä:\n"
        "• Kanto CRM Oy")
    assert sheet["C3"].value.startswith("• Yhteistyökumppanuuksien hoitaminen")
    assert sheet["C6"].value == "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."


def test_long_sheet_names_are_cut_at_a_word_and_stay_distinct() -> None:
    book = _workbook_of(
        RegisterFacts(key="a", name={"fi": "Register över samarbetspartners kontakter"}),
        RegisterFacts(key="b", name={"fi": "Register över samarbetspartners avtal"}),
        RegisterFacts(key="c", name={"fi": "Yhteistyökumppaniverkostorekisteriluettelo"}),
        RegisterFacts(key="d", name={"fi": "Tarkka & pieni: rekisteri"}))
    names = book.sheetnames[1:-2]
    assert names == ["1 Register över…", "2 Register över…",
                     "3 Yhteistyökumppaniverkostorek…", "4 Tarkka & pieni- rekisteri"]
    assert len({n.casefold() for n in book.sheetnames}) == len(book.sheetnames)
    assert all(len(n) <= 31 for n in names)
    assert book[names[3]].oddFooter.center.text == "Tarkka && pieni: rekisteri"


def test_without_processors_the_sheet_says_so_and_english_dates_spell_the_month() -> None:
    book = _workbook_of(RegisterFacts(key="x", name={"fi": "Asiakasrekisteri"}))
    assert values(book, "Käsittelijät")[1] == ("Henkilötietojen käsittelijöitä ei ole.",
                                              None, None, None, None, None, None)
    english = load_workbook(io.BytesIO(render_record_xlsx(record("en"))))
    kanto = english["Processors"]["D2"]
    assert (kanto.value, kanto.number_format) == (dt.datetime(2021, 2, 1), "d mmmm yyyy")
    assert english["Controller"]["B8"].value == dt.datetime(2026, 1, 5)
