"""The record of processing activities from the demo database: every item of every
register in the PDF and in the XLSX, the processors' flags, and the frozen versions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Iterator

import pytest
from openpyxl import load_workbook

from kasve_desktop.demo.build import build_demo, create_demo_database
from kasve_desktop.domain.record import Record
from kasve_desktop.services.registers import notice, record, registers
from kasve_desktop.services.registers.controller import (
    CompanyData,
    ControllerData,
    load_controller,
    save_controller,
)
from kasve_desktop.store.engine import Database
from tests.conftest import fixed_clock
from tests.documents.test_notice_pdf import full_text, page_runs
from tests.documents.test_record_pdf import FRAME_BOTTOM, first_rows

TODAY = dt.date(2026, 11, 24)
TEXT_HEIGHT = 595.28 - (15 + 18) * 2.8346  # A4 landscape inside the margins
HEADINGS = ("a) Rekisterinpitäjän nimi ja yhteystiedot", "b) Käsittelyn tarkoitukset",
            "c) Rekisteröityjen ryhmät ja henkilötietoryhmät", "d) Vastaanottajien ryhmät",
            "e) Siirrot kolmansiin maihin ja suojatoimet",
            "f) Eri tietoryhmien poistamisen määräajat",
            "g) Teknisten ja organisatoristen turvatoimien yleinen kuvaus")
CONTROLLER = ("Kasve Oy · Y-tunnus: 2457832-5 · Puijonkatu 23, 70110 Kuopio",
              "Elias Haapakorva", "Tietosuojavastaavaa ei ole nimetty.")
REGISTERS = {  # each register's own facts, as the demo's draft gives them
    "Asiakasrekisteri": (
        "Asiakassuhteen hoitaminen ja asiakaspalvelu — oikeusperuste: sopimus",
        "Asiakkaat ja asiakasyritysten yhteyshenkilöt", "Laskutus- ja maksutiedot",
        "Tilitoimisto Saarni Oy (henkilötietojen käsittelijä, kirjanpito, Suomi)",
        "Maksuvirta Payments Ltd (itsenäinen rekisterinpitäjä, korttimaksujen käsittely, "
        "Irlanti)", "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
        "Tilaus-, osto- ja peruutustiedot — Tiedot poistetaan 42 kuukauden kuluttua",
        "Käyttäjätunnus: vain verkkokaupan asiakkailta, jotka luovat käyttäjätilin — Tiedot "
        "poistetaan 6 kuukauden kuluttua",
        "Laskutus- ja maksutiedot ja niiden tositteet säilytetään kirjanpitolain",
        "Tiedot tallennetaan salattuina, ja yhteydet järjestelmiin ovat salattuja."),
    "Yhteistyökumppanirekisteri": (
        "Yhteistyökumppanuuksien hoitaminen ja yhteydenpito kumppaneiden yhteyshenkilöihin",
        "Yhteistyökumppaneiden yhteyshenkilöt", "Organisaatio ja asema siinä",
        "Kanto CRM Oy (henkilötietojen käsittelijä, asiakkuudenhallintajärjestelmä",
        "Rekisterin sääntö: Tiedot poistetaan 6 kuukauden kuluttua"),
    "Markkinointirekisteri": (
        "Sähköinen suoramarkkinointi (uutiskirjeet sekä sähköposti- ja "
        "tekstiviestitarjoukset) — oikeusperuste: suostumus",
        "Uutiskirjeen tilaajat ja markkinoinnin vastaanottajat",
        "Postitin Oy (henkilötietojen käsittelijä",
        "Google LLC (Yhdysvallat): EU:n ja Yhdysvaltojen välinen tietosuojakehys"),
    "Valmennusten rekisteri": (
        "Kehitämme valmennuksiamme osallistujien antaman palautteen perusteella.",
        "Valmennuksiin ja tapahtumiin osallistujat",
        "Ilmoittautuja OÜ (henkilötietojen käsittelijä, ilmoittautumisjärjestelmä, Viro)"),
    "Tapahtumien rekisteri": (
        "Tapahtumien järjestäminen ja ilmoittautumisten hallinta — oikeusperuste: sopimus",
        "Kehitämme tapahtumiamme osallistujien antaman palautteen perusteella.",
        "Ilmoittautumiset ja osallistuminen valmennuksiin ja tapahtumiin"),
}
NAMES = tuple(REGISTERS)


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = create_demo_database(tmp_path_factory.mktemp("record") / "demo.db", fixed_clock())
    yield db
    db.close()


@pytest.fixture
def fresh_demo(db: Database) -> Database:
    build_demo(db, TODAY)
    return db


def chunks(text: str) -> dict[str, str]:
    """The PDF's text per register table (from its heading to the next)."""
    ends = [text.index(f"{n}. {name}") for n, name in enumerate(NAMES, start=1)]
    ends.append(text.index("Henkilötietojen käsittelijät (28 artikla)"))
    return {name: text[ends[i]:ends[i + 1]] for i, name in enumerate(NAMES)}


def test_the_pdf_holds_every_item_of_every_register(demo: Database) -> None:
    text = norm(full_text(record.record_pdf(demo, "fi", TODAY)))
    assert "Seloste käsittelytoimista" in text and "Versio 1, laadittu 24.11.2026" in text
    for name, chunk in chunks(text).items():
        for heading in HEADINGS:
            assert chunk.count(heading) == 1, (name, heading)
        for fact in CONTROLLER + REGISTERS[name]:
            assert fact in chunk, (name, fact)


def test_every_page_of_the_demo_record_starts_readably_and_none_is_left_half_empty(
        demo: Database) -> None:
    pdf = record.record_pdf(demo, "fi", TODAY)
    rows = first_rows(pdf)
    assert len(rows) >= 10
    for page, label, content in rows:
        assert label, (page, content)  # the item's letter, or "d) jatkuu"
    assert any(label.endswith(") jatkuu") for _, label, _ in rows)
    pages = page_runs(pdf)
    for number, runs in enumerate(pages[:-1], start=1):
        lowest = min(r.y for r in runs if r.y > FRAME_BOTTOM - 5)  # above the footer
        assert lowest - FRAME_BOTTOM < (40 if number == 1 else TEXT_HEIGHT / 4), number


def test_the_xlsx_holds_every_item_of_every_register(demo: Database) -> None:
    book = load_workbook(io.BytesIO(record.record_xlsx(demo, "fi", TODAY)))
    assert book.sheetnames == ["Yhteenveto",
                               *(f"{n} {name}" for n, name in enumerate(NAMES, start=1)),
                               "Käsittelijät", "Rekisterinpitäjä"]
    for n, name in enumerate(NAMES, start=1):
        rows = list(book[f"{n} {name}"].iter_rows(values_only=True))
        assert [f"{r[0]} {r[1]}" for r in rows[1:8]] == list(HEADINGS)
        content = norm(" ".join(str(r[2]) for r in rows[1:8]))
        for fact in CONTROLLER + REGISTERS[name]:
            assert fact in content, (name, fact)


def test_the_overdue_review_is_flagged_in_both(demo: Database) -> None:
    pdf = norm(full_text(record.record_pdf(demo, "fi", TODAY)))
    assert "Tilitoimisto Saarni Oy kirjanpito Suomi 14.5.2018 14.5.2025" in pdf
    assert pdf.count("Katselmointi myöhässä") == 1
    assert "Käsittelysopimus puuttuu" not in pdf
    sheet = load_workbook(io.BytesIO(record.record_xlsx(demo, "fi", TODAY)))["Käsittelijät"]
    flags = {row[0]: row[6] for row in sheet.iter_rows(values_only=True)}
    assert flags["Tilitoimisto Saarni Oy"] == "Katselmointi myöhässä"
    assert flags["Kanto CRM Oy"] is None


def test_a_processor_without_an_agreement_is_flagged(fresh_demo: Database) -> None:
    facts = registers.load_register(fresh_demo, "kumppanit")
    items = [dataclasses.replace(i, agreement_date=None, review_on=None)
             if i.name == "Kanto CRM Oy" else i for i in facts.items]
    registers.save_register(fresh_demo, dataclasses.replace(facts, items=items))
    processors = {p.name: p.flag_texts for p in
                  record.current_processors(fresh_demo, "fi", TODAY)}
    assert processors["Kanto CRM Oy"] == ("Käsittelysopimus puuttuu",
                                          "Katselmointipäivä puuttuu")
    text = norm(full_text(record.record_pdf(fresh_demo, "fi", TODAY)))
    assert "Kanto CRM Oy asiakkuudenhallintajärjestelmä ja tietojen säilytys Suomi — — " \
           "Yhteistyökumppanirekisteri ⚠ Käsittelysopimus puuttuu" in text


def test_a_change_freezes_a_new_dated_version_and_the_old_one_stays(
        fresh_demo: Database) -> None:
    record.record_pdf(fresh_demo, "fi", TODAY)
    record.record_xlsx(fresh_demo, "sv", TODAY + dt.timedelta(days=3))  # nothing changed
    assert [(v.number, v.effective_date) for v in record.record_versions(fresh_demo)] == [
        (1, TODAY)]
    assert record.pending_number(fresh_demo) == 1
    facts = registers.load_register(fresh_demo, "kumppanit")
    registers.save_register(fresh_demo, dataclasses.replace(
        facts, name={**facts.name, "fi": "Kumppanirekisteri"}))
    assert record.pending_number(fresh_demo) == 2
    later = dt.date(2027, 1, 12)
    new = norm(full_text(record.record_pdf(fresh_demo, "fi", later)))
    assert [(v.number, v.effective_date) for v in record.record_versions(fresh_demo)] == [
        (2, later), (1, TODAY)]
    assert "2. Kumppanirekisteri" in new and "Versio 2, laadittu 12.1.2027" in new
    assert "Versiohistoria Versio 1: laadittu 24.11.2026 · Versio 2: laadittu 12.1.2027" in new
    old = norm(full_text(record.record_pdf(fresh_demo, "fi", later, version=1)))
    assert "2. Yhteistyökumppanirekisteri" in old and "Kumppanirekisteri" not in old
    assert "Versio 1, laadittu 24.11.2026" in old and "Versio 2" not in old
    assert "Huomiot 24.11.2026 tilanteen mukaan." in old


def test_swedish_record(demo: Database) -> None:
    text = norm(full_text(record.record_pdf(demo, "sv", TODAY)))
    for fact in ("Register över behandling", "Sida 1 / ", "1. Kundregister",
                 "a) Den personuppgiftsansvariges namn och kontaktuppgifter",
                 "Personuppgiftsbiträden (artikel 28)", "Granskningen är försenad",
                 "dataskyddsramen mellan EU och USA", "Inget dataskyddsombud har utsetts."):
        assert fact in text, fact
    book = load_workbook(io.BytesIO(record.record_xlsx(demo, "sv", TODAY)))
    assert book.sheetnames[0] == "Sammanfattning"


def test_no_registers_or_no_controller_is_refused(db: Database) -> None:
    with pytest.raises(record.RecordError) as refused:
        record.record_pdf(db, "fi", TODAY)
    assert refused.value.text() == ("Syötä ensin rekisterinpitäjä: seloste "
                                    "käsittelytoimista nimeää sen.")
    assert load_controller(db).company.name == ""
    assert record.record_versions(db) == []


def test_an_unknown_version_is_refused(demo: Database) -> None:
    with pytest.raises(record.RecordError) as refused:
        record.record_xlsx(demo, "fi", TODAY, version=9)
    assert "9" in refused.value.text()


def test_file_names() -> None:
    assert record.record_file_name("fi", 3) == "seloste-kasittelytoimista-v3-fi.pdf"
    assert record.record_file_name("sv", 1, ".xlsx") == "register-over-behandling-v1-sv.xlsx"


def test_a_controller_without_registers_is_refused(db: Database) -> None:
    save_controller(db, ControllerData(CompanyData(name="Kasve Oy", business_id="2457832-5")))
    with pytest.raises(record.RecordError) as refused:
        record.record_xlsx(db, "fi", TODAY)
    assert refused.value.text() == ("Rekistereitä ei ole: seloste käsittelytoimista kuvaa "
                                    "yhden käsittelytoimen kustakin rekisteristä.")
    assert record.record_versions(db) == []


def test_the_notices_opening_words_are_no_change_of_the_record(fresh_demo: Database) -> None:
    record.freeze_current(fresh_demo, TODAY)
    notice.save_intro(fresh_demo, {"fi": "Uusi johdanto."})
    assert record.freeze_current(fresh_demo, TODAY + dt.timedelta(days=1)).number == 1


def test_the_group_companies_are_recipients_of_the_customer_register(
        fresh_demo: Database) -> None:
    """The demo's Kasve shares customer contacts with its group: (d) of the registers
    of customers (Asiakasrekisteri, Valmennusten rekisteri) names the category, the
    others do not; the subsidiaries are listed in (a) and by name in (d)."""
    def recipients(rec: Record, name: str) -> str:
        activity = next(a for a in rec.activities if a.name == name)
        return next(i for i in activity.items if i.letter == "d").plain_text()

    built = record.build_record_of(fresh_demo, "fi", TODAY)
    assert recipients(built, "Asiakasrekisteri").startswith(
        "Vastaanottajaryhmät:\nhenkilötietojen käsittelijä\nitsenäinen rekisterinpitäjä\n"
        "konserniyhtiöt\nVastaanottajat nimeltä:")
    assert "konserniyhtiöt" in recipients(built, "Valmennusten rekisteri")
    for other in ("Yhteistyökumppanirekisteri", "Markkinointirekisteri",
                  "Tapahtumien rekisteri"):
        assert "konserni" not in recipients(built, other), other
    text = norm(full_text(record.record_pdf(fresh_demo, "fi", TODAY)))
    assert "konserniyhtiöt" in chunks(text)["Asiakasrekisteri"]
    assert "konserniyhtiöt" not in chunks(text)["Yhteistyökumppanirekisteri"]

    data = load_controller(fresh_demo)
    data.subsidiaries = [CompanyData(name="Kasve Koulutus Oy", business_id="3123456-3")]
    save_controller(fresh_demo, data)
    later = record.build_record_of(fresh_demo, "sv", TODAY + dt.timedelta(days=1))
    assert ("Dotterbolag", ("Kasve Koulutus Oy",)) in [
        (p.label, p.lines) for p in later.activities[0].items[0].parts]
    kund = recipients(later, "Kundregister")
    assert "koncernbolag\nMottagare med namn:" in kund
    assert kund.endswith("Kasve Koulutus Oy (koncernbolag)")
    assert "koncernbolag" not in recipients(later, "Register över samarbetspartner")

    data.shares_customer_contacts = False
    save_controller(fresh_demo, data)
    alone = record.build_record_of(fresh_demo, "fi", TODAY + dt.timedelta(days=2))
    assert "konserni" not in recipients(alone, "Asiakasrekisteri")


def test_a_swedish_record_marks_the_finnish_text_and_says_where(
        fresh_demo: Database) -> None:
    facts = registers.load_register(fresh_demo, "kumppanit")
    registers.save_register(fresh_demo, dataclasses.replace(
        facts, security_text={"fi": "Kumppanien tiedot ovat vain myyjien nähtävissä."}))
    built = record.record_document(fresh_demo, "sv", "pdf", TODAY)
    assert built.untranslated == (
        "Register över samarbetspartner: g) Allmän beskrivning av de tekniska och "
        "organisatoriska säkerhetsåtgärderna",)
    pdf = norm(full_text(built.content))
    assert ("Kumppanien tiedot ovat vain myyjien nähtävissä. "
            "[inte översatt — text på finska]") in pdf
    xlsx = record.record_document(fresh_demo, "sv", "xlsx", TODAY)
    assert xlsx.untranslated == built.untranslated
    sheet = load_workbook(io.BytesIO(xlsx.content))["2 Register över…"]
    assert "Kumppanien tiedot ovat vain myyjien nähtävissä. [inte översatt — text på " \
           "finska]" in str(sheet["C8"].value)
    finnish = record.record_document(fresh_demo, "fi", "pdf", TODAY)
    assert finnish.untranslated == () and "översatt" not in full_text(finnish.content)
