"""The demo's draft notice as a reader checks it: what each register keeps and for how long,
who receives what, which data are processed, and the rights, in Finnish, Swedish and English.

Every expected text is written out here, never built with the product's own functions.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from kasve_desktop.demo.build import create_demo_database
from kasve_desktop.domain.notice import Block, Bullets, Notice, Paragraph, Section, SubHeading
from kasve_desktop.services.registers.notice import build_notice, notice_check, notice_pdf
from kasve_desktop.store.engine import Database
from tests.conftest import fixed_clock

FIXED_DAY = dt.date(2026, 11, 24)
LANGS = ("fi", "sv", "en")
NBSP = "\u00a0"

CUSTOMERS = {"fi": "Asiakasrekisteri", "sv": "Kundregister", "en": "Customer register"}
COURSES = {"fi": "Valmennusten rekisteri", "sv": "Register över utbildningar",
           "en": "Course register"}
PARTNERS = {"fi": "Yhteistyökumppanirekisteri", "sv": "Register över samarbetspartner",
            "en": "Partner register"}

BILLING_WHY = {
    "fi": "Laskutus- ja maksutiedot ja niiden tositteet säilytetään kirjanpitolain (1336/1997) "
          f"2 luvun 10{NBSP}§:n mukaisesti kuusi vuotta sen vuoden lopusta, jonka aikana "
          "tilikausi päättyi. Siksi ne poistetaan vasta 84 kuukauden kuluttua viimeisestä "
          "laskusta tai maksusta.",
    "sv": "Fakturerings- och betalningsuppgifter och verifikationerna för dem bevaras enligt "
          f"2{NBSP}kap.{NBSP}10{NBSP}§ i bokföringslagen (1336/1997) i sex år från utgången "
          "av det år då räkenskapsperioden avslutades. Därför raderas de först 84 månader "
          "efter den senaste fakturan eller betalningen.",
    "en": "Billing and payment details and their vouchers are kept for six years from the end "
          "of the year in which the financial period ended, as chapter 2, section 10 of the "
          "Accounting Act (1336/1997) requires. They are therefore deleted only 84 months "
          "after the last invoice or payment.",
}
ORDERS_WHY = {
    "fi": "Tilaushistoriaa säilytämme velan vanhentumisajan (yleensä kolme vuotta, laki velan "
          f"vanhentumisesta 728/2003, 4{NBSP}§) takuu- ja reklamaatioasioita sekä "
          "oikeudellisia vaatimuksia varten, ja poistamme sen kuuden kuukauden kuluessa "
          "vanhentumisajan päättymisestä.",
    "sv": f"Beställningshistoriken sparar vi under preskriptionstiden (i regel tre år, 4{NBSP}§ "
          "i lagen om preskription av skulder, 728/2003) för garanti- och "
          "reklamationsärenden och rättsliga anspråk, och vi raderar den inom sex månader "
          "från att preskriptionstiden har löpt ut.",
    "en": "We keep the order history for the limitation period (usually three years, section 4 "
          "of the Act on the Limitation of Debts, 728/2003) for warranty and complaint matters "
          "and legal claims, and delete it within six months of the end of that period.",
}
SUPPRESSION = {
    "fi": "Suoramarkkinointikiellon säilytämme niin kauan kuin säilytämme yhteystietojasi. Jos "
          "olet kieltänyt suoramarkkinoinnin tai perunut markkinointisuostumuksesi ja tietosi "
          "poistetaan, estolistalle jäävät vain ne sähköpostiosoitteet ja puhelinnumerot, "
          "joita kielto tai peruminen koskee, suojattuina tunnisteina, joista osoitetta tai "
          "numeroa ei voi lukea, jotta emme lähetä sinulle markkinointia uudelleen. Tunnisteet "
          "säilytämme niin kauan kuin harjoitamme suoramarkkinointia.",
    "sv": "Ett förbud mot direktmarknadsföring sparar vi så länge vi har dina "
          "kontaktuppgifter. Om du har förbjudit direktmarknadsföring eller återkallat ditt "
          "samtycke till marknadsföring och dina uppgifter raderas, finns endast de "
          "e-postadresser och telefonnummer som förbudet eller återkallandet gäller kvar på "
          "vår spärrlista, i form av skyddade koder som adressen eller numret inte kan läsas "
          "ur, så att vi inte skickar dig marknadsföring igen. Koderna sparar vi så länge vi "
          "bedriver direktmarknadsföring.",
    "en": "We keep an objection to direct marketing for as long as we hold your contact "
          "details. If you have objected to direct marketing or withdrawn your consent to "
          "marketing and your data are erased, only the e-mail addresses and phone numbers "
          "that the objection or withdrawal concerns stay on our suppression list, as "
          "protected codes from which the address or number cannot be read, so that we do not "
          "send you marketing again. We keep the codes for as long as we carry out direct "
          "marketing.",
}
ORDERS_RULE = {
    "fi": "Tilaus-, osto- ja peruutustiedot: poistetaan 42 kuukauden kuluttua siitä, kun niitä "
          "on viimeksi tarvittu",
    "sv": "Uppgifter om beställningar, köp och avbokningar: raderas 42 månader efter att de "
          "senast behövdes",
    "en": "Orders, purchases and cancellations: deleted 42 months after they were last needed",
}
BILLING_RULE = {
    "fi": "Laskutus- ja maksutiedot: poistetaan 84 kuukauden kuluttua siitä, kun niitä on "
          "viimeksi tarvittu",
    "sv": "Fakturerings- och betalningsuppgifter: raderas 84 månader efter att de senast "
          "behövdes",
    "en": "Billing and payment details: deleted 84 months after they were last needed",
}
REST_RULE = {
    "fi": "Muut tiedot: poistetaan 6 kuukauden kuluttua siitä, kun niitä on viimeksi tarvittu",
    "sv": "Övriga uppgifter: raderas 6 månader efter att de senast behövdes",
    "en": "Other data: deleted 6 months after they were last needed",
}
COLLECTED = {"fi": "niiden keräämisestä", "sv": "samlades in", "en": "after they were collected"}
REQUEST_RECORDS = {
    "fi": ("Tietosuojapyyntöjen käsittely kaikissa rekistereissä",
           "Tietosuojaa koskevien pyyntöjesi käsittelyn tiedot (pyyntö, vastaus ja niiden "
           "päivämäärät) säilytämme 3 vuotta vastauksesta, jotta voimme osoittaa käsitelleemme "
           "pyynnön asianmukaisesti (5 artiklan 2 kohta)."),
    "sv": ("Behandling av dataskyddsbegäranden i alla register",
           "Uppgifterna om hur dina begäranden om dataskydd har behandlats (begäran, svaret och "
           "deras datum) sparar vi i 3 år efter svaret, så att vi kan visa att begäran har "
           "behandlats korrekt (artikel 5.2)."),
    "en": ("Handling of data protection requests in all registers",
           "The record of how your data-protection requests were handled (the request, our "
           "reply and their dates) is kept for 3 years after the reply, so that we can show the "
           "request was handled properly (Article 5(2))."),
}
SHARED_PURPOSES = {
    "fi": (("Tietosuojapyyntöjen käsittely kaikissa rekistereissä",
            "Käsittelemme tietojasi koskevia pyyntöjäsi, vastauksiamme ja niiden päivämääriä, "
            "jotta voimme hoitaa pyynnöt ja osoittaa, että ne on käsitelty lainmukaisesti — "
            f"oikeusperuste: lakisääteinen velvoite (6{NBSP}art.{NBSP}1{NBSP}c; "
            f"tietosuoja-asetuksen 12–22{NBSP}artikla ja 5{NBSP}artiklan 2{NBSP}kohta)."),
           ("Suoramarkkinoinnin estolista",
            "Jos kiellät suoramarkkinoinnin tai perut markkinointisuostumuksesi, pidämme "
            "sähköpostiosoitettasi ja puhelinnumeroasi estolistalla suojattuina tunnisteina, jotta "
            "emme lähetä "
            "sinulle markkinointia uudelleen — oikeusperuste: oikeutettu etu "
            f"(6{NBSP}art.{NBSP}1{NBSP}f) — etu, jota tavoittelemme: kiellon tai perumisen "
            "noudattaminen myös sen jälkeen, kun muut tietosi on poistettu "
            f"(21{NBSP}artiklan 3{NBSP}kohta).")),
    "sv": (("Behandling av dataskyddsbegäranden i alla register",
            "Vi behandlar de begäranden som du gör om dina uppgifter, våra svar och deras "
            "datum för att kunna handlägga begärandena och visa att de har behandlats "
            "lagenligt — rättslig grund: rättslig förpliktelse "
            f"(art.{NBSP}6.1{NBSP}c; art.{NBSP}12–22 och 5.2 i dataskyddsförordningen)."),
           ("Spärrlista för direktmarknadsföring",
            "Om du förbjuder direktmarknadsföring eller återkallar ditt samtycke till "
            "marknadsföring, för vi upp din e-postadress och ditt telefonnummer på vår "
            "spärrlista som skyddade koder, så att vi inte skickar dig marknadsföring igen — "
            "rättslig grund: "
            f"berättigat intresse (art.{NBSP}6.1{NBSP}f) — intresse som vi eftersträvar: att "
            "respektera förbudet eller återkallandet även sedan dina övriga uppgifter har "
            f"raderats (artikel{NBSP}21.3).")),
    "en": (("Handling of data protection requests in all registers",
            "We process the requests you make about your data, our replies and their dates, "
            "to handle the requests and to show that they were handled lawfully — legal "
            f"basis: legal obligation (Art.{NBSP}6(1)(c); GDPR Art.{NBSP}12–22 and 5(2))."),
           ("Suppression list for direct marketing",
            "If you object to direct marketing or withdraw your consent to marketing, we keep "
            "your e-mail address and phone number on a suppression list as protected codes so that "
            "we do not "
            "send you marketing again — legal basis: legitimate interests "
            f"(Art.{NBSP}6(1)(f)) — the interest we pursue: respecting your objection or "
            "withdrawal also after your other data have been erased "
            f"(Article{NBSP}21(3)).")),
}
"""What the product keeps of requests and of objections to marketing, with its purpose and
basis (Art. 13(1)(c)), once for the whole notice after the registers' purposes."""
NOT_A_PERIOD = {"fi": "toistaiseksi", "sv": "tills vidare", "en": "until further notice"}
EVENTS = {"fi": "Tapahtumien rekisteri", "sv": "Evenemangsregister", "en": "Event register"}
BILLING_PURPOSE = {
    "fi": "Laskutus ja kirjanpito: kirjanpitolain (1336/1997) mukaiset velvoitteet, myös "
          "tositteiden säilyttäminen — oikeusperuste: lakisääteinen velvoite "
          f"(6{NBSP}art.{NBSP}1{NBSP}c)",
    "sv": "Fakturering och bokföring: skyldigheterna enligt bokföringslagen (1336/1997), också "
          "bevarandet av verifikationer — rättslig grund: rättslig förpliktelse "
          f"(art.{NBSP}6.1{NBSP}c)",
    "en": "Invoicing and bookkeeping: our obligations under the Accounting Act (1336/1997), "
          "including keeping the vouchers — legal basis: legal obligation "
          f"(Art.{NBSP}6(1)(c))",
}
PARTNER_RECIPIENTS = {
    "fi": "Kanto CRM Oy (henkilötietojen käsittelijä, asiakkuudenhallintajärjestelmä ja "
          "tietojen säilytys, Suomi)",
    "sv": "Kanto CRM Oy (personuppgiftsbiträde, kundhanteringssystem och lagring av "
          "uppgifter, Finland)",
    "en": "Kanto CRM Oy (processor, customer relationship management system and data storage, "
          "Finland)",
}
NO_PURPOSE = {"fi": ("Syntymävuosi", "Sukupuoli"), "sv": ("Födelseår", "Kön"),
              "en": ("Year of birth", "Gender")}
PORTABILITY = {
    "fi": "Oikeus saada itse antamasi tiedot koneluettavassa muodossa ja siirtää ne toiselle "
          "rekisterinpitäjälle, kun käsittely perustuu suostumukseen tai sopimukseen ja se "
          "suoritetaan automaattisesti (20 artikla).",
    "sv": "Rätt att få de uppgifter som du själv har lämnat i ett maskinläsbart format och "
          "föra över dem till en annan personuppgiftsansvarig, när behandlingen grundar sig på "
          "samtycke eller avtal och sker automatiserat (artikel 20).",
    "en": "The right to receive the data you have given us in a machine-readable format and "
          "to transmit them to another controller, where the processing is based on consent or "
          "a contract and is carried out by automated means (Article 20).",
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = create_demo_database(tmp_path_factory.mktemp("draft-notice") / "demo.db",
                              fixed_clock(FIXED_DAY))
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="module")
def notices(demo_db: Database) -> dict[str, Notice]:
    return {lang: build_notice(demo_db, lang) for lang in LANGS}


def groups(section: Section) -> dict[str, list[Block]]:
    """The section's blocks under each sub-heading (its registers' names, or its own)."""
    found: dict[str, list[Block]] = {}
    current = ""
    for block in section.blocks:
        if isinstance(block, SubHeading):
            current = block.text
            found[current] = []
        else:
            found.setdefault(current, []).append(block)
    return found


def group_of(section: Section, register: str) -> list[Block]:
    """The blocks printed for the register (alone, or with the registers that say the same)."""
    (blocks,) = [blocks for heading, blocks in groups(section).items()
                 if register in heading.split(", ")]
    return blocks


def text(blocks: list[Block]) -> str:
    return "\n".join(b.text if isinstance(b, Paragraph) else "\n".join(b.items)
                     for b in blocks if isinstance(b, Paragraph | Bullets))


def bullet_items(blocks: list[Block] | tuple[Block, ...]) -> list[str]:
    return [item for b in blocks if isinstance(b, Bullets) for item in b.items]


@pytest.mark.parametrize("lang", LANGS)
def test_billing_data_are_kept_from_the_last_invoice_under_the_accounting_act(
        notices: dict[str, Notice], lang: str) -> None:
    storage = notices[lang].sections[8]
    assert group_of(storage, CUSTOMERS[lang]) == [
        Paragraph(BILLING_WHY[lang]), Paragraph(ORDERS_WHY[lang]), Paragraph(SUPPRESSION[lang]),
        Bullets((ORDERS_RULE[lang], BILLING_RULE[lang], REST_RULE[lang]))]
    assert group_of(storage, COURSES[lang]) == [
        Paragraph(BILLING_WHY[lang]), Bullets((BILLING_RULE[lang], REST_RULE[lang]))]
    assert COLLECTED[lang] not in storage.plain_text()


@pytest.mark.parametrize("lang", LANGS)
def test_the_legal_obligation_names_the_accounting_act(notices: dict[str, Notice],
                                                       lang: str) -> None:
    purposes = notices[lang].sections[3]
    for register in (CUSTOMERS[lang], COURSES[lang]):
        assert BILLING_PURPOSE[lang] in bullet_items(group_of(purposes, register)), register


@pytest.mark.parametrize("lang", LANGS)
def test_the_request_record_is_its_own_part_of_the_storage_periods(
        notices: dict[str, Notice], lang: str) -> None:
    blocks = notices[lang].sections[8].blocks
    heading, record = REQUEST_RECORDS[lang]
    assert blocks[-2:] == (SubHeading(heading), Paragraph(record))
    assert blocks.index(SubHeading(COURSES[lang])) < len(blocks) - 2
    assert record not in text(group_of(notices[lang].sections[8], COURSES[lang]))


@pytest.mark.parametrize("lang", LANGS)
def test_the_request_record_and_the_suppression_list_have_their_purposes(
        notices: dict[str, Notice], lang: str) -> None:
    """Section 9 keeps the request records and the suppression list; section 4 says why and
    on which basis, once, after the last register's purposes and not among them."""
    purposes = notices[lang].sections[3]
    (request_heading, request), (suppression_heading, suppression) = SHARED_PURPOSES[lang]
    assert purposes.blocks[-4:] == (SubHeading(request_heading), Paragraph(request),
                                    SubHeading(suppression_heading), Paragraph(suppression))
    assert purposes.plain_text().count(request) == 1
    assert purposes.plain_text().count(suppression) == 1
    assert request not in text(group_of(purposes, EVENTS[lang]))


@pytest.mark.parametrize("lang", LANGS)
def test_every_storage_period_is_a_period_or_a_criterion(notices: dict[str, Notice],
                                                         lang: str) -> None:
    """Art. 13(2)(a): nothing is kept "until further notice"."""
    assert NOT_A_PERIOD[lang] not in notices[lang].sections[8].plain_text()


def test_the_request_record_heading_is_printed(demo_db: Database) -> None:
    """In the PDF too, between the last register's rules and the record's paragraph."""
    pdf = notice_pdf(demo_db, "fi", today=FIXED_DAY)
    printed = " ".join(" ".join(page.extract_text().split())
                       for page in PdfReader(io.BytesIO(pdf)).pages)
    storage = printed.split("9. Tietojen säilytysajat", 1)[1].split("10. Rekisteröidyn", 1)[0]
    rest, record = storage.split("Tietosuojapyyntöjen käsittely kaikissa rekistereissä", 1)
    assert rest.rstrip().endswith("kun niitä on viimeksi tarvittu")
    assert record.lstrip().startswith("Tietosuojaa koskevien pyyntöjesi käsittelyn tiedot")


@pytest.mark.parametrize("lang", LANGS)
def test_the_partner_register_has_no_bookkeeper(notices: dict[str, Notice], lang: str) -> None:
    """No purpose of the partner register bills anyone: the bookkeeping firm is not its
    recipient; the registers that bill still name it."""
    recipients = notices[lang].sections[6]
    partners = group_of(recipients, PARTNERS[lang])
    assert "Saarni" not in text(partners)
    assert bullet_items(partners) == [PARTNER_RECIPIENTS[lang]]
    for register in (CUSTOMERS[lang], COURSES[lang]):
        assert "Tilitoimisto Saarni Oy" in text(group_of(recipients, register)), register


@pytest.mark.parametrize("lang", LANGS)
def test_no_register_lists_year_of_birth_or_gender(notices: dict[str, Notice],
                                                   lang: str) -> None:
    """No purpose needs them (Art. 5(1)(c)), so no register collects or lists them."""
    items = bullet_items(notices[lang].sections[4].blocks)
    assert items
    for name in NO_PURPOSE[lang]:
        assert not [item for item in items if item.startswith(name)], name


@pytest.mark.parametrize("lang", LANGS)
def test_portability_needs_consent_or_contract_and_automated_means(
        notices: dict[str, Notice], lang: str) -> None:
    assert PORTABILITY[lang] in bullet_items(notices[lang].sections[9].blocks)


def test_the_check_stays_green(demo_db: Database) -> None:
    assert notice_check(demo_db).clean
