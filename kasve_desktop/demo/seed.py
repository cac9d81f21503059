"""The seed privacy notice as structured data: controller, contact person, five registers.

Kasve's notice (``resources/seed/kasve-tietosuojaseloste.txt``, kept for the
tests, not used at run time) is one text covering all five registers, so every register
gets the same section texts, word for word in Finnish, outdated parts included
(the repealed Henkilötietolaki, "ei-henkilökohtaisia" Google Analytics data, the
demand for written requests): the completeness check flags them later. Only
whitespace was normalised: the seed's non-breaking spaces are plain spaces, and
its paragraphs are separated here by blank lines (``"\\n\\n"``). Bullet points
become register items, one per bullet.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from kasve_desktop.domain.retention import RetentionAnchor
from kasve_desktop.domain.vocabulary import RegisterItemKind
from kasve_desktop.store.models import (
    ContactPerson,
    Controller,
    Register,
    RegisterItem,
    Setting,
    Texts,
)


def _paragraphs(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def fi(text: str) -> Texts:
    """A text that exists in Finnish only (the seed has no translations)."""
    return {"fi": text}


NOTICE_TITLE = "Tietosuojakäytäntö ja rekisteriseloste"

NOTICE_INTRO = _paragraphs(
    "Henkilötietolain (523/99) 10 §:n ja EU:n yleisen tietosuoja-asetuksen 2016/679 mukainen "
    "rekisteriseloste. Tätä tietosuojakäytäntöä/rekisteriselostetta sovelletaan kaikkiin Kasve "
    "Oy:n palveluihin siltä osin kuin yksittäisestä palvelusta tai toiminnasta ei ole laadittu "
    "erillistä rekisteriselostetta.",
)

PURPOSES_TEXT = _paragraphs(
    "Henkilötietojen käsittelyn perusteena on yrityksen oikeutettu etu ja/tai asiakassuhde "
    "ja/tai asiakkaan, yhteistyökumppanin, tapahtumaan osallistujan tai palvelun käyttäjän "
    "suostumus tai sopimuksen laadinta. Oikeutettu etu perustuu sopimukseen pohjautuvan "
    "asiakassuhteen hoitamiseen tai asiakkaalle tai yhteistyökumppanille tuotettavan palvelun "
    "toteuttamiseen.",
    "Asiakkaan henkilötietoja voidaan käsitellä seuraavia tarkoituksia varten:",
    "Rekisterissä olevia tietoja voidaan käsitellä Kasve Oy:n käyttämissä laskutus- ja "
    "markkinointipalveluissa. Rekisterissä olevia yhteystietoja ei koskaan anneta/myydä "
    "kolmansille osapuolille, ellei kyseessä ole esimerkiksi markkinointikampanja johon asiakas"
    " on antanut luvan.",
)

PURPOSE_ITEMS = (
    "asiakassuhteen hoitaminen",
    "asiakassuhteen kehittäminen",
    "palvelun toteutus",
    "asiakastapahtumien varmentaminen",
    "asiakaspalvelun ja liiketoiminnan kehittäminen",
    "markkinointi ja markkinoinnin kohdentaminen",
    "analysointi ja tilastointi",
    "markkinatutkimukset",
    "käyttäjien hallinta",
    "muut vastaavat käyttötarkoitukset",
)

DATA_CONTENT_TEXT = _paragraphs(
    "Rekisterin sisältämä asiakaskohtainen tietosisältö voi vaihdella sen mukaan, millaista "
    "dataa asiakkaasta kerätään ja minkälaista dataa asiakas on itse luovuttanut. Tietosisältö "
    "perustuu asiakkaiden sekä heidän mahdollisten yhteyshenkilöiden tietoihin. Yleisinä "
    "tietoina asiakkaasta kirjataan rekisteriin aina nimi sekä sähköpostiosoite. Näiden lisäksi"
    " käyttäjästä voidaan kerätä myös esimerkiksi puhelinnumero, kotikunta ja asema "
    "organisaatiossa.",
    "Rekisteri voi sisältää seuraavia tietoja:",
    "Rekisterinpitäjän verkkosivuilla kerätään evästeiden ja muiden vastaavien teknologioiden "
    "avulla tietoja käyttäjän liikkumisesta ja toimenpiteistä verkkosivuilla, henkilön "
    "antamista suostumuksista, kielloista sekä mahdollisista muista henkilön itsensä antamista "
    "tiedoista.",
    "Kasve ja sen tytäryhtiöt voivat jakaa yhtiöiden välillä asiakasyritysten ja niiden "
    "yhteyshenkilöiden yhteystietoja asiakkuuden hoitamiseksi.",
)

DATA_CATEGORY_ITEMS = (
    "Yhteystiedot, kuten nimi, osoite, puhelinnumerot, sähköpostiosoitteet",
    "Rekisteröitymistiedot, kuten käyttäjätunnus, nimimerkki, salasana ja muu mahdollinen "
    "yksilöivä tunnus",
    "Ikä, sukupuoli",
    "Asiakkuuteen liittyvät tiedot, kuten maksullisten ja maksuttomien tuotteiden ja "
    "palveluiden tilaus-, osto- ja peruutustiedot, y-tunnus ja asiakasnumero, toimitustiedot, "
    "palautteet, reklamaatiot sekä asiakaspalvelutapahtumien taltioinnit, kuten puhelut, "
    "sähköpostit, chat- sekä tekstiviestit",
    "Viestinnän toteuttamiseen liittyvät tiedot sekä palveluiden käyttöä koskevat tiedot, kuten"
    " selailu- ja hakutiedot",
    "Asiakkaan itse antamat profilointi- ja kiinnostustiedot, kuten onko kyseessä yritys- vai "
    "kuluttaja-asiakas, logo, osaaminen, www-osoite, esittely, taustatiedot",
    "Mahdolliset luvat ja suostumukset",
    "Mahdolliset tarjonnanestotiedot",
    "Mahdolliset muut asiakkaan suostumuksella kerätyt tiedot",
)

SOURCES_TEXT = _paragraphs(
    "Käyttäjään liittyvät tiedot saadaan pääasiallisesti suoraan asiakkaalta, "
    "yhteistyökumppanilta, tapahtumaan osallistujalta tai palvelun käyttäjältä esimerkiksi "
    "hänen rekisteröityessään johonkin Kasve Oy:n ylläpitämään palveluun, tai vaihtoehtoisesti "
    "esim. sähköpostitse, käyntikorteista tai puhelimitse. Lisäksi tietoja voidaan saada "
    "yleisesti saatavilla olevista lähteistä, kuten verkkosivuilta, kaupparekisteristä, sekä "
    "muista julkisista ja yksityisistä rekistereistä, joille henkilö on antanut suostumuksensa "
    "tietojensa käsittelyyn.",
    "Kasve Oy voi käyttää Internet- ja digipalveluidensa taustalla kolmansien osapuolten "
    "tarjoamia työkaluja, kuten Google Analyticsiä, kerätäkseen ja käyttääkseen "
    "ei-henkilökohtaisia tietoja. Google Analytics kerää ja tallettaa tietynlaisia tietoja "
    "kuten, Internet-sivustojen vierailuajat, sivustojen yksittäisten sivujen vierailuajat, "
    "vierailijan IP-osoitteen, vieraillut sivut, vierailijan käyttämän käyttöjärjestelmän, sekä"
    " laitteen tiedot.",
    "Tietoja voidaan saada myös:",
)

SOURCE_ITEMS = (
    "Evästeiden tai muiden vastaavien tekniikoiden avulla",
    "Kaupparekisteristä, Postin osoitetietojärjestelmästä, puhelinyhtiöiden "
    "yhteystietorekistereistä ja muista vastaavista yksityisistä ja julkisista rekistereistä "
    "(esim. Fonecta).",
    "Kasve Oy:n itse keräämästä markkinointirekisteristä johon on kerätty yleisesti ja "
    "julkisesti saatavilla olevia tietoja, jotka kuvastavat henkilön asemaa ja/tai tehtävää "
    "julkisyhteisössä tai elinkeinoelämässä. Näihin tietoihin kuluu mm. yrityksen nimi, osoite,"
    " postitoimipaikka, sähköpostit, yhteyshenkilön nimi, sekä www-osoite ja muut mahdolliset "
    "tarpeelliset lisätiedot.",
)

DISCLOSURES_TEXT = _paragraphs(
    "Kasve Oy voi käyttää ulkopuolisia palveluntarjoajia teknisten ratkaisujen ja palvelujen "
    "hankkimiseksi tallennettujen tietojen prosessointiin sekä käyttää erityistä teknistä "
    "käyttöliittymää tallennettujen tietojen avaamiseen. Henkilötietoja voidaan jakaa "
    "tällaisten palveluntarjoajien ja kolmansien osapuolten kanssa siinä laajuudessa kuin se on"
    " tarpeen Kasve Oy:n tuottamien palveluiden ylläpitämiseksi, kehittämiseksi ja "
    "tarjoamiseksi.",
    "Kasve Oy voi käyttää myös kolmansien osapuolten tarjoamia palveluita, kuten "
    "sähköpostipalveluiden tarjoajia, luottokorttiyhtiöitä, data-analyysi- ja yhtiötietojen "
    "tarjoamispalveluita. Kasve Oy:lla on oikeus jakaa tietoja edellä mainituille siinä "
    "laajuudessa kuin se on tarpeellista näiden palveluiden tarjoamiseksi Kasve Oy:lle. Kasve "
    "Oy ei vastaa näiden kolmansien osapuolten toimista tai laiminlyönneistä.",
    "Kasve Oy ei luovuta henkilötietoja kolmansille osapuolille ilman henkilötiedon haltijan "
    "lupaa. Erityisissä poikkeustilanteissa henkilötietoja voidaan luovuttaa kolmansille "
    "osapuolille tilanteissa, jossa voimassaoleva laki tai asetus taikka muu viranomaisen "
    "määräys niin vaatii.",
    "Kasve Oy voi jakaa tietoja (ml. henkilötiedot) mahdollisen yrityskaupan tai "
    "liiketoimintakaupan valmistelun yhteydessä, jos tietojen vastaanottaja sitoutuu "
    "asianmukaiseen salassapitovelvoitteeseen.",
)

TRANSFERS_TEXT = (
    "Tietoja ei säännönmukaisesti siirretä tai luovuteta EU:n tai Euroopan talousalueen "
    "ulkopuolelle."
)

SECURITY_TEXT = _paragraphs(
    "Rekisteriä suojataan asianmukaisesti sekä teknisten ja organisatoristen "
    "suojausjärjestelmien avulla. Pääsy tietokantaan on mahdollista vain sellaisille "
    "henkilöille, joille Kasve Oy on antanut nimenomaisen valtuutuksen. Kasve Oy ilmoittaa "
    "internetsivuillaan mahdollisista tietoturvauhkista, jotka vaarantavat henkilötietojen "
    "turvallisuuden.",
)

SECURITY_MANUAL = _paragraphs(
    "Manuaalisesti käsiteltävät henkilötietoja sisältävät asiakirjat tuhotaan asianmukaisesti "
    "käsittelyn jälkeen kohdassa 9 kuvatussa ajassa.",
)

SECURITY_ELECTRONIC = _paragraphs(
    "Mikäli rekisteritietoja säilytetään palvelimilla, niiden laitteiston fyysisestä ja "
    "digitaalisesta tietoturvasta huolehditaan asiaankuuluvasti. Rekisterinpitäjä huolehtii "
    "siitä, että tallennettuja tietoja sekä käyttöoikeuksia ja muita henkilötietojen "
    "turvallisuuden kannalta kriittisiä tietoja käsitellään luottamuksellisesti ja vain niiden "
    "työntekijöiden toimesta, joiden työnkuvaan se kuuluu. Tietoliikenneyhteydet eri "
    "rekistereihin on suojattu tarvittaessa yhteyden salauksella.",
)

RETENTION_TEXT = _paragraphs(
    "Henkilötietoja säilytetään niin kauan kuin tiedon käyttötarkoituksen vuoksi on "
    "tarpeellista. Tietojen säilytysaika (tai määrittämiskriteerit) voidaan myös johtaa "
    "pakollisista (laissa säädetyistä) säilytysajoista ja rekisterinpitäjän toimialan "
    "käytännesäännöistä.",
    "Rekisterien tiedot sekä eväisteiden kautta hankitut tiedot on suunniteltu poistettavaksi "
    "kuuden kuukauden kuluttua siitä, kun jonkun yksittäisen kohdan 5 mukaisen tietosisällön "
    "käyttäminen tai säilyttäminen ei enää ole tarpeellista Kasve Oy:n toiminnan kannalta.",
)

RIGHTS_TEXT = _paragraphs(
    "Tarkastus- ja oikaisuoikeus",
    "Rekisteröidyllä on henkilötietolain 26 §:n mukaisesti oikeus tarkistaa häntä koskevat "
    "rekisteriin tallennetut tiedot. Tarkastusoikeutta koskevat yhteydenotot sekä mahdolliset "
    "oikaisuvaatimukset tulee tehdä kirjallisesti. Rekisterinpitäjä voi pyytää tarvittaessa "
    "pyynnön esittäjää todistamaan henkilöllisyytensä. Rekisterinpitäjä vastaa asiakkaalle EU:n"
    " tietosuoja-asetuksessa säädetyssä ajassa (pääsääntöisesti kuukauden kuluessa).",
    "Kielto-oikeus",
    "Rekisteröidyllä on oikeus kieltää rekisterinpitäjää käsittelemästä häntä itseään koskevia "
    "tietoja suoramainontaa, etämyyntiä ja muuta suoramarkkinointia sekä markkina- ja "
    "mielipidetutkimusta varten. Henkilötietojen käsittelykielto tulee tehdä kirjallisesti.",
    "Oikeus tehdä valitus valvontaviranomaiselle",
    "Jokaisella rekisteröidyllä on oikeus tehdä kantelu valvontaviranomaiselle, erityisesti "
    "siinä jäsenvaltiossa, jossa hänen vakinainen asuinpaikkansa tai työpaikkansa on tai jossa "
    "väitetty tietosuoja-asetuksen rikkominen on tapahtunut.",
    "Niin ikään rekisteröidyillä on muut EU:n yleisen tietosuoja-asetuksen mukaiset oikeudet "
    "kuten henkilötietojen käsittelyn rajoittaminen tietyissä tilanteissa. Pyynnöt tulee "
    "lähettää kirjallisesti rekisterinpitäjälle. Kasve Oy rekisterinpitäjänä voi pyytää "
    "tarvittaessa pyynnön esittäjää todistamaan henkilöllisyytensä. Kasve rekisterinpitäjänä "
    "vastaa asiakkaalle EU:n tietosuoja-asetuksessa säädetyssä ajassa (pääsääntöisesti "
    "kuukauden kuluessa).",
    "Vaikutusten arviointi",
    "Kasve Oy:n käsityksen mukaan rekisterien käyttöön liittyvien henkilötietojen käsittelyyn "
    "ei sisälly korkeaa riskiä. Rekistereihin ei kerätä arkaluonteista tietoa.",
)

CHANGES_TEXT = _paragraphs(
    "Kasve Oy voi yksipuolisesti muuttaa tätä Tietosuojakäytäntöä. Muutokset eivät kuitenkaan "
    "vaikuta asiakkaiden oikeuksiin ilman hyväksyntää.",
)

# Each source bullet: is the source public? The cookies are not; the trade
# register, Posti and the phone directories are; Kasve's own marketing register
# (compiled from public data, but not itself public) is left for the user to decide.
SOURCE_IS_PUBLIC: tuple[bool | None, ...] = (False, True, None)

# Recipients the seed mentions: (name, Finnish text from the seed's words, is a processor).
RECIPIENTS: tuple[tuple[str, str, bool | None], ...] = (
    ("Google Analytics",
     "Kolmannen osapuolen työkalu Internet- ja digipalveluiden taustalla", True),
    ("", "Laskutus- ja markkinointipalvelut", True),
    ("", "Sähköpostipalveluiden tarjoajat", True),
    ("", "Luottokorttiyhtiöt", None),
    ("", "Data-analyysi- ja yhtiötietojen tarjoamispalvelut", True),
)

CONTROLLER_NAME = "Kasve Oy"
BUSINESS_ID = "2457832-5"
STREET = "Puijonkatu 23"
POSTAL_CODE = "70110"
LOCALITY = "Kuopio"
CONTACT_NAME = "Elias Haapakorva"
CONTACT_EMAIL = "tietosuoja@kasve.fi"
RETENTION_MONTHS = 6

# (key used by the command line, Finnish name), in the notice's order.
REGISTERS: tuple[tuple[str, str], ...] = (
    ("asiakkaat", "Asiakasrekisteri"),
    ("kumppanit", "Yhteistyökumppanirekisteri"),
    ("markkinointi", "Markkinointirekisteri"),
    ("valmennukset", "Valmennusten rekisteri"),
    ("tapahtumat", "Tapahtumien rekisteri"),
)

# The supervisory authority's contact block, as access-report.md gives it.
AUTHORITY: dict[str, dict[str, str]] = {
    "fi": {"name": "Tietosuojavaltuutetun toimisto",
           "visiting": "Lintulahdenkuja 4, 00530 Helsinki",
           "postal": "PL 800, 00531 Helsinki",
           "phone": "029 566 6700", "email": "tietosuoja@om.fi",
           "web": "https://tietosuoja.fi"},
    "sv": {"name": "Dataombudsmannens byrå",
           "visiting": "Fågelviksgränden 4, 00530 Helsingfors",
           "postal": "PB 800, 00531 Helsingfors",
           "phone": "029 566 6700", "email": "tietosuoja@om.fi",
           "web": "https://tietosuoja.fi/sv"},
    "en": {"name": "Office of the Data Protection Ombudsman",
           "visiting": "Lintulahdenkuja 4, 00530 Helsinki",
           "postal": "P.O. Box 800, 00531 Helsinki, Finland",
           "phone": "+358 29 566 6700", "email": "tietosuoja@om.fi",
           "web": "https://tietosuoja.fi/en"},
}

SETTINGS: dict[str, dict[str, object]] = {
    "notice.intro": {"title": fi(NOTICE_TITLE), "text": fi(NOTICE_INTRO)},
    "authority": {lang: dict(block) for lang, block in AUTHORITY.items()},
    "deadline.target_margin_days": {"value": 5},
    "reminder.identity_days": {"value": 14},
}


def add_controller(session: Session) -> Controller:
    """Kasve Oy and its registry contact person (section 1 and 2 of the seed)."""
    controller = Controller(
        name=CONTROLLER_NAME, business_id=BUSINESS_ID, street=STREET,
        postal_code=POSTAL_CODE, locality=LOCALITY, email=CONTACT_EMAIL,
        shares_customer_contacts=True)
    controller.contacts.append(ContactPerson(
        role="contact", name=CONTACT_NAME, street=STREET, postal_code=POSTAL_CODE,
        locality=LOCALITY, email=CONTACT_EMAIL))
    session.add(controller)
    return controller


def _items(kind: RegisterItemKind, texts: tuple[str, ...]) -> list[RegisterItem]:
    return [RegisterItem(kind=kind.value, position=i, text=fi(text))
            for i, text in enumerate(texts)]


def _sources() -> list[RegisterItem]:
    items = _items(RegisterItemKind.SOURCE, SOURCE_ITEMS)
    for item, is_public in zip(items, SOURCE_IS_PUBLIC, strict=True):
        item.is_public = is_public
    return items


def _recipients() -> list[RegisterItem]:
    return [RegisterItem(kind=RegisterItemKind.RECIPIENT.value, position=i, name=name,
                         text=fi(text), is_processor=processor, outside_eea=False)
            for i, (name, text, processor) in enumerate(RECIPIENTS)]


def register_items() -> list[RegisterItem]:
    """Purposes (no legal basis: the seed gives none), data categories, sources, recipients."""
    return (_items(RegisterItemKind.PURPOSE, PURPOSE_ITEMS)
            + _items(RegisterItemKind.DATA_CATEGORY, DATA_CATEGORY_ITEMS)
            + _sources() + _recipients())


def _register(key: str, position: int, name: str, controller: Controller) -> Register:
    return Register(
        key=key, position=position, controller=controller, name=fi(name),
        purposes_text=fi(PURPOSES_TEXT), data_content_text=fi(DATA_CONTENT_TEXT),
        sources_text=fi(SOURCES_TEXT), disclosures_text=fi(DISCLOSURES_TEXT),
        transfers_text=fi(TRANSFERS_TEXT), security_text=fi(SECURITY_TEXT),
        security_manual=fi(SECURITY_MANUAL), security_electronic=fi(SECURITY_ELECTRONIC),
        retention_text=fi(RETENTION_TEXT), retention_months=RETENTION_MONTHS,
        retention_anchor=RetentionAnchor.LAST_NEEDED.value, rights_text=fi(RIGHTS_TEXT),
        automated_decisions=False, automated_text={}, changes_text=fi(CHANGES_TEXT),
        items=register_items())


def add_registers(session: Session, controller: Controller) -> dict[str, Register]:
    """The five registers of the seed, by key, each with the seed's texts."""
    registers = {key: _register(key, position, name, controller)
                 for position, (key, name) in enumerate(REGISTERS)}
    session.add_all(registers.values())
    return registers


def add_settings(session: Session) -> None:
    """The notice's title and opening, the authority's contact block, deadline settings."""
    session.add_all(Setting(key=key, value=value) for key, value in SETTINGS.items())


# Rows that carry a ``uid`` get a stable one, so that the same demo is the same data.
DEMO_NAMESPACE = uuid.UUID("6f1c3e0a-2b7d-4c55-9a1e-4b61d2f0c7a5")


def demo_uid(kind: str, number: int) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, f"kasve-demo/{kind}/{number}"))


def moment(day: dt.date, minutes: int = 0) -> dt.datetime:
    """A time on ``day``: office hours from 9.00, ``minutes`` later."""
    return dt.datetime.combine(day, dt.time(9)) + dt.timedelta(minutes=minutes)
