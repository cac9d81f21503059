"""Hand-built notices for the document tests (no database, no composer)."""

from __future__ import annotations

import datetime as dt

from kasve_desktop.domain.notice import (
    HEADINGS,
    TITLES,
    Block,
    Bullets,
    Fields,
    Notice,
    Paragraph,
    Section,
    SubHeading,
)

LEGAL_FI = ("EU:n yleinen tietosuoja-asetus (EU) 2016/679, 13 ja 14 artikla, "
            "sekä tietosuojalaki (1050/2018)")
VERSION_FI = "Versio 3, voimassa 1.12.2026 alkaen"
MARKUP_TEXT = "Laskutus & perintä <Visma> ja tilit > 0 € ovat A & B <c>."
FOREIGN_TEXT = "Kävijätiedot säilytetään Łódźin ja Maarianhaminan (Åland) toimistoissa (12 000 €)."

FI_BLOCKS: tuple[tuple[Block, ...], ...] = (
    (Fields((("Nimi", "Kasve Oy"), ("Y-tunnus", "2457832-5"),
             ("Postiosoite", "Puijonkatu 23, 70110 Kuopio"),
             ("Sähköposti", "tietosuoja@kasve.fi"))),),
    (Fields((("Nimi", "Elias Haapakorva"), ("Postiosoite", "Puijonkatu 23, 70110 Kuopio"),
             ("Sähköposti", "tietosuoja@kasve.fi"), ("Puhelin", "+358 40 123 4567"))),),
    (Paragraph("Kasve Oy:n asiakasrekisteri, yhteistyökumppanirekisteri, "
               "markkinointirekisteri, valmennusten rekisterit ja tapahtumien rekisterit."),),
    (
        Paragraph("Henkilötietoja käsitellään asiakassuhteen hoitamiseksi ja palvelujen "
                  "toteuttamiseksi. Jokaisen käyttötarkoituksen oikeusperuste on kerrottu "
                  "alla.\nSuostumuksen voi perua milloin tahansa."),
        SubHeading("Asiakasrekisteri"),
        Bullets(("asiakassuhteen hoitaminen (sopimus)",
                 "asiakassuhteen kehittäminen (oikeutettu etu)",
                 "markkinointi ja markkinoinnin kohdentaminen (suostumus)",
                 "analysointi ja tilastointi (oikeutettu etu)")),
        Paragraph(MARKUP_TEXT),
    ),
    (
        Paragraph("Yleisinä tietoina asiakkaasta kirjataan rekisteriin aina nimi sekä "
                  "sähköpostiosoite. Näiden lisäksi voidaan kerätä puhelinnumero, kotikunta "
                  "ja asema organisaatiossa."),
        Bullets(("Yhteystiedot, kuten nimi, osoite, puhelinnumerot ja sähköpostiosoitteet",
                 "Asiakkuuteen liittyvät tiedot, kuten tilaus-, osto- ja peruutustiedot",
                 "Mahdolliset luvat ja suostumukset sekä tarjonnanestotiedot")),
    ),
    (
        Paragraph("Tiedot saadaan pääasiallisesti suoraan asiakkaalta, esimerkiksi hänen "
                  "rekisteröityessään palveluun, sähköpostitse tai käyntikorteista."),
        Bullets(("Kaupparekisteristä (julkinen lähde)", "Evästeiden avulla verkkosivuilta")),
    ),
    (
        Paragraph("Kasve Oy käyttää henkilötietojen käsittelijöinä laskutus- ja "
                  "sähköpostipalvelujen tarjoajia. " + FOREIGN_TEXT),
        Fields((("Käsittelijä", "Visma Solutions Oy, Suomi"),
                ("Siirto", "Google Ireland Ltd – EU:n vakiosopimuslausekkeet\n"
                           "Kopion saa rekisterinpitäjältä."))),
    ),
    (
        SubHeading("Manuaalinen aineisto"),
        Paragraph("Manuaalisesti käsiteltävät asiakirjat tuhotaan asianmukaisesti käsittelyn "
                  "jälkeen kohdassa 9 kuvatussa ajassa."),
        SubHeading("Sähköisesti tallennetut tiedot"),
        Paragraph("Pääsy tietokantaan on vain henkilöillä, joille Kasve Oy on antanut "
                  "nimenomaisen valtuutuksen. Tietoliikenne on salattu."),
    ),
    (Paragraph("Tiedot poistetaan kuuden kuukauden kuluttua siitä, kun niitä ei enää "
               "tarvita. Kirjanpitoaineisto säilytetään kirjanpitolain mukaan kymmenen "
               "vuotta tilikauden päättymisestä."),),
    (
        Paragraph("Rekisteröidyllä on oikeus tarkastaa tietonsa, vaatia niiden oikaisemista "
                  "tai poistamista ja rajoittaa käsittelyä sekä siirtää tiedot toiseen "
                  "järjestelmään."),
        SubHeading("Oikeus vastustaa käsittelyä"),
        Paragraph("Voit milloin tahansa vastustaa tietojesi käsittelyä suoramarkkinointia "
                  "varten."),
        SubHeading("Oikeus tehdä valitus valvontaviranomaiselle"),
        Fields((("Viranomainen", "Tietosuojavaltuutetun toimisto"),
                ("Käyntiosoite", "Lintulahdenkuja 4, 00530 Helsinki"),
                ("Postiosoite", "PL 800, 00531 Helsinki"))),
    ),
    (Paragraph("Rekisterin tietoja ei käytetä automaattiseen päätöksentekoon eikä "
               "profilointiin."),),
    (Paragraph("Kasve Oy voi päivittää tätä selostetta. Tämä on selosteen versio 3, joka "
               "on voimassa 1.12.2026 alkaen."),),
)


def finnish_notice(repeat: int = 1) -> Notice:
    """The twelve sections of a Finnish notice; ``repeat`` multiplies every block list."""
    sections = tuple(
        Section(number, heading, blocks * repeat)
        for number, (heading, blocks) in enumerate(zip(HEADINGS["fi"], FI_BLOCKS, strict=True),
                                                   start=1)
    )
    return Notice(lang="fi", title=TITLES["fi"], legal_references=LEGAL_FI, sections=sections,
                  version=3, effective_date=dt.date(2026, 12, 1), version_label=VERSION_FI)


UNTRANSLATED_FI = "Kasve Oy:n asiakasrekisteri ja markkinointirekisteri."
UNTRANSLATED_ITEMS = ("asiakassuhteen hoitaminen", "markkinointi ja sen kohdentaminen")
MARKER_SV = "[ännu inte översatt – finsk text]"


def swedish_notice() -> Notice:
    """A Swedish notice in which one paragraph and one list are still in Finnish."""
    headings = HEADINGS["sv"]
    sections = (
        Section(1, headings[0], (Fields((("Namn", "Kasve Ab"), ("FO-nummer", "2457832-5"))),)),
        Section(3, headings[2], (Paragraph(UNTRANSLATED_FI, untranslated=True),)),
        Section(4, headings[3], (
            Paragraph("Personuppgifterna behandlas för att sköta kundrelationen."),
            Bullets(UNTRANSLATED_ITEMS, untranslated=True),
        )),
    )
    return Notice(lang="sv", title=TITLES["sv"],
                  legal_references="EU:s allmänna dataskyddsförordning (EU) 2016/679 och "
                                   "dataskyddslagen (1050/2018)",
                  sections=sections, version=3, version_label="Version 3, gäller från 1.12.2026",
                  untranslated=("register.name",), untranslated_marker=MARKER_SV)
