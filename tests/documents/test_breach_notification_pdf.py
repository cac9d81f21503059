"""The authority's breach notification (Art. 33(3)) in Finnish, read back with pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from kasve_desktop.documents.breach_notification_pdf import breach_notification_pdf
from kasve_desktop.documents.fonts import register_fonts
from kasve_desktop.domain.breach_clock import Risk
from kasve_desktop.domain.breach_report import (
    Addition,
    BreachNature,
    BreachReport,
    BreachTimes,
    ContactPoint,
    ControllerDetails,
    PersonsTold,
    RiskAssessment,
)
from tests.documents.test_notice_pdf import PAGE_NUMBER, full_text, page_runs, read

HELSINKI = ZoneInfo("Europe/Helsinki")
DELAY = "Loukkauksen laajuus selvisi vasta palveluntarjoajan lokeista."
HEADINGS = (
    "Ilmoitus henkilötietojen tietoturvaloukkauksesta",
    "Valvontaviranomaiselle: Tietosuojavaltuutetun toimisto",
    "Rekisterinpitäjä",
    "Ajankohdat ja 72 tunnin määräaika",
    "a) Tietoturvaloukkauksen luonne",
    "b) Tietosuojavastaavan tai muun yhteyspisteen nimi ja yhteystiedot",
    "c) Tietoturvaloukkauksen todennäköiset seuraukset",
    "d) Toteutetut ja ehdotetut toimenpiteet, myös haittavaikutusten lieventämiseksi",
    "Riskinarvio",
    "Rekisteröidyille ilmoittaminen (34 artikla)",
    "Täydennykset (vaiheittainen ilmoittaminen, 33 artiklan 4 kohta)",
)


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=HELSINKI)


def report(**changes: object) -> BreachReport:
    base = BreachReport(
        reference="LOUK-2027-001", title="Uutiskirje näkyvin vastaanottajin",
        draft_date=dt.date(2027, 3, 29),
        controller=ControllerDetails("Kasve Oy", "2457832-5", "Puijonkatu 23, 70110 Kuopio",
                                     "tietosuoja@kasve.fi", "+358 40 123 4567"),
        contacts=(ContactPoint("dpo", "Elias Haapakorva", "Puijonkatu 23, 70110 Kuopio",
                               "dpo@kasve.fi", "+358 40 765 4321"),
                  ContactPoint("contact", "Maija Laine", email="tietosuoja@kasve.fi")),
        times=BreachTimes(at(2027, 3, 27, 18), "arvio lähetyslokista", at(2027, 3, 27, 22),
                          at(2027, 3, 30, 23)),
        nature=BreachNature("Uutiskirje lähetettiin 40 vastaanottajalle niin, että kaikkien "
                            "osoitteet näkyivät.", "uutiskirjeen tilaajat", 40,
                            "nimi ja sähköpostiosoite", 1200,
                            ("Markkinointirekisteri", "Asiakasrekisteri")),
        consequences="Vastaanottajat näkivät toistensa osoitteet; roskapostin riski kasvaa.",
        measures_taken="Pyysimme vastaanottajia poistamaan viestin.",
        measures_proposed="Joukkolähetykset vain piilokopiona.",
        assessment=RiskAssessment(Risk.RISK, "Osoitteet eivät ole arkaluonteisia.",
                                  "Elias Haapakorva", at(2027, 3, 28, 9, 30)),
        authority_reference="TSV/123/2027",
        additions=(Addition(at(2027, 4, 2, 14), "Kaikki vastaanottajat vahvistivat "
                                                "poistaneensa viestin."),))
    return dataclasses.replace(base, **changes)


@pytest.fixture(scope="module")
def text() -> str:
    return full_text(breach_notification_pdf(report()))


def test_every_article_33_3_heading_in_finnish(text: str) -> None:
    for heading in HEADINGS:
        assert heading in text, heading


def test_the_nature_with_categories_and_approximate_numbers(text: str) -> None:
    for fact in ("Uutiskirje lähetettiin 40 vastaanottajalle niin, että kaikkien osoitteet "
                 "näkyivät.", "Rekisteröityjen ryhmät uutiskirjeen tilaajat",
                 "Rekisteröityjen arvioitu lukumäärä noin 40",
                 "Henkilötietoryhmät nimi ja sähköpostiosoite",
                 "Henkilötietotietueiden arvioitu lukumäärä noin 1 200",
                 "Markkinointirekisteri Asiakasrekisteri"):
        assert fact in text, fact


def test_the_controller_the_contact_points_consequences_and_measures(text: str) -> None:
    for fact in ("Kasve Oy", "Y-tunnus 2457832-5", "Puijonkatu 23, 70110 Kuopio",
                 "Tietosuojavastaava Elias Haapakorva", "dpo@kasve.fi", "+358 40 765 4321",
                 "Yhteyshenkilö Maija Laine tietosuoja@kasve.fi",
                 "Vastaanottajat näkivät toistensa osoitteet; roskapostin riski kasvaa.",
                 "Toteutetut toimenpiteet Pyysimme vastaanottajia poistamaan viestin.",
                 "Ehdotetut toimenpiteet Joukkolähetykset vain piilokopiona.",
                 "Viite LOUK-2027-001", "Valvontaviranomaisen diaarinumero TSV/123/2027"):
        assert fact in text, fact


def test_the_times_in_helsinki_time_written_the_finnish_way(text: str) -> None:
    assert "Loukkaus tapahtui 27.3.2027 klo 18.00" in text
    assert "Ajankohdan tarkkuus arvio lähetyslokista" in text
    assert "Loukkaus havaittiin (määräaika alkaa) 27.3.2027 klo 22.00" in text
    assert "Ilmoitus viimeistään (72 tuntia havaitsemisesta) 30.3.2027 klo 23.00" in text
    assert "Ilmoitus tehty valvontaviranomaiselle ei vielä tehty" in text


def test_the_risk_assessment_with_reasons_and_who_decided_when(text: str) -> None:
    assert "Arvio Riski rekisteröityjen oikeuksille ja vapauksille" in text
    assert "Perustelut Osoitteet eivät ole arkaluonteisia." in text
    assert "Arvion teki Elias Haapakorva, 28.3.2027 klo 09.30" in text
    assert "Rekisteröidyille ilmoitettu ei edellytetä (riski ei ole korkea)" in text


def test_the_dated_additions(text: str) -> None:
    assert "2.4.2027 klo 14.00 Kaikki vastaanottajat vahvistivat poistaneensa viestin." in text


def test_no_delay_reasons_printed_when_on_time(text: str) -> None:
    assert "Syyt ilmoituksen viivästymiseen" not in text
    assert "yli 72 tunnin" not in text


def test_a_late_notification_prints_its_reasons_for_the_delay() -> None:
    late = report(times=BreachTimes(None, "", at(2027, 3, 27, 22), at(2027, 3, 30, 23),
                                    at(2027, 3, 31, 10, 15), True, DELAY))
    text = full_text(breach_notification_pdf(late))
    assert "Loukkaus tapahtui ei tiedossa" in text
    assert "Ilmoitus tehty valvontaviranomaiselle 31.3.2027 klo 10.15" in text
    assert "Ilmoitus tehtiin yli 72 tunnin kuluttua loukkauksen havaitsemisesta." in text
    assert f"Syyt ilmoituksen viivästymiseen (33 artiklan 1 kohta) {DELAY}" in text


def test_high_risk_and_the_persons_told() -> None:
    high = report(assessment=RiskAssessment(Risk.HIGH, "Henkilötunnuksia", "Maija Laine"),
                  persons=PersonsTold(at(2027, 3, 29, 8)), additions=())
    text = full_text(breach_notification_pdf(high))
    assert "Korkea riski rekisteröityjen oikeuksille ja vapauksille" in text
    assert "Arvion teki Maija Laine" in text
    assert "Rekisteröidyille ilmoitettu 29.3.2027 klo 08.00" in text
    assert "Ilmoitusta ei ole täydennetty." in text


def test_page_numbers_draft_date_and_footer_on_every_page() -> None:
    long = report(consequences="\n\n".join(["Seurauksia kuvaava kappale, joka jatkuu. " * 12]
                                           * 8))
    data = breach_notification_pdf(long)
    pages = page_runs(data)
    assert len(pages) >= 2
    for number, runs in enumerate(pages, start=1):
        texts = [run.text for run in runs]
        assert f"{number} ({len(pages)})" in texts
        assert any(t.startswith("Ilmoitus henkilötietojen tietoturvaloukkauksesta · "
                                "LOUK-2027-001") for t in texts)
    assert "Luonnos 29.3.2027 · Viite LOUK-2027-001" in full_text(data)
    assert read(data).metadata.creation_date.date() == dt.date(2027, 3, 29)


def test_a_draft_until_the_notification_is_recorded(text: str) -> None:
    assert "Luonnos 29.3.2027 · Viite LOUK-2027-001" in text
    assert "Ilmoitettu valvontaviranomaiselle" not in text and "Tulostettu" not in text
    assert "verkkolomakkeelle kopioitaviksi" in text


NOTIFIED = BreachTimes(at(2027, 3, 27, 18), "", at(2027, 3, 27, 22), at(2027, 3, 30, 23),
                       at(2027, 3, 29, 15, 20))


def test_a_recorded_notification_is_no_longer_called_a_draft() -> None:
    data = breach_notification_pdf(report(times=NOTIFIED, draft_date=dt.date(2027, 4, 2)))
    text = full_text(data)
    assert ("Ilmoitettu valvontaviranomaiselle 29.3.2027 klo 15.20 · diaarinumero "
            "TSV/123/2027 Tulostettu 2.4.2027 · Viite LOUK-2027-001") in text
    assert "Luonnos" not in text and "kopioitaviksi" not in text
    assert ("Tämä asiakirja kokoaa valvontaviranomaiselle ilmoitetut tiedot ja niiden "
            "täydennykset rekisterinpitäjän omaan arkistoon (33 artiklan 5 kohta).") in text
    assert read(data).metadata.creation_date.date() == dt.date(2027, 4, 2)
    header = [run for run in page_runs(data)[0] if run.text.startswith(("Ilmoitettu",
                                                                          "Tulostettu"))]
    assert [run.text.split()[0] for run in sorted(header, key=lambda r: -r.y)] == [
        "Ilmoitettu", "Tulostettu"]
    assert all(run.x < 30 * mm for run in header)


def test_a_notification_without_a_diary_number_says_when_only() -> None:
    text = full_text(breach_notification_pdf(report(times=NOTIFIED, authority_reference="")))
    assert ("Ilmoitettu valvontaviranomaiselle 29.3.2027 klo 15.20 Tulostettu 29.3.2027 · "
            "Viite LOUK-2027-001") in text
    assert "diaarinumero" not in text and "Luonnos" not in text


def test_embedded_fonts_only() -> None:
    runs = [run for page in page_runs(breach_notification_pdf(report())) for run in page]
    assert {run.font.split("+")[-1] for run in runs} <= {
        "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


REASON_34_3 = "Tiedot olivat vahvasti salattuja, eikä avain joutunut sivullisille."


def test_an_article_34_3_reason_means_the_persons_are_not_told() -> None:
    high = RiskAssessment(Risk.HIGH, "Henkilötunnuksia", "Maija Laine")
    text = full_text(breach_notification_pdf(report(
        assessment=high, persons=PersonsTold(None, REASON_34_3))))
    assert "Arvio Korkea riski rekisteröityjen oikeuksille ja vapauksille Perustelut" in text
    assert "myös rekisteröidyille ilmoitetaan" not in text
    assert ("Rekisteröidyille ilmoitettu ei ilmoiteta erikseen (34 artiklan 3 kohta) "
            f"Miksi rekisteröidyille ei ilmoiteta erikseen {REASON_34_3}") in text
    assert "ei vielä ilmoitettu" not in text
    pending = full_text(breach_notification_pdf(report(assessment=high)))
    assert "Rekisteröidyille ilmoitettu ei vielä ilmoitettu" in pending
    assert "34 artiklan 3 kohta" not in pending


def test_no_risk_notified_anyway_says_the_notification_was_voluntary() -> None:
    voluntary = report(
        assessment=RiskAssessment(Risk.NONE, "Muistitikku oli salattu.", "Maija Laine"),
        times=BreachTimes(None, "", at(2027, 3, 27, 22), at(2027, 3, 30, 23),
                          at(2027, 3, 29, 10)))
    text = full_text(breach_notification_pdf(voluntary))
    assert ("Arvio Ei todennäköisesti aiheuta riskiä rekisteröityjen oikeuksille ja "
            "vapauksille. Ilmoitus tehtiin silti vapaaehtoisesti, vaikka 33 artiklan 1 kohta "
            "ei sitä edellytä.") in text
    assert ("Ilmoitus viimeistään (72 tuntia havaitsemisesta) ei määräaikaa: ilmoitusta ei "
            "edellytetä (33 artiklan 1 kohta)") in text
    assert "Ilmoitus tehty valvontaviranomaiselle 29.3.2027 klo 10.00" in text
    assert "30.3.2027 klo 23.00" not in text


def test_a_long_footer_is_cut_with_an_ellipsis_before_the_page_number() -> None:
    long = report(reference="LOUK-2027-001-" + "PITKÄ-VIITE-" * 12)
    footer = [run for run in page_runs(breach_notification_pdf(long))[0] if run.y < 20 * mm]
    (left,) = (run for run in footer if run.text.startswith("Ilmoitus henkilötietojen"))
    (number,) = (run for run in footer if PAGE_NUMBER.match(run.text))
    assert left.text.endswith("…")
    assert left.x + stringWidth(left.text, register_fonts().regular, left.size) < number.x
