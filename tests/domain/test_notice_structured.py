"""A register described with structured facts alone: a whole notice in three languages."""

from __future__ import annotations

import datetime as dt

import pytest

from kasve_desktop.domain.notice import (
    DEFAULT_AUTHORITY,
    Address,
    Bullets,
    ContactFacts,
    ControllerFacts,
    ItemFacts,
    NoticeFacts,
    Paragraph,
    RegisterFacts,
    SubHeading,
)
from kasve_desktop.domain.notice_compose import compose
from kasve_desktop.i18n import letter_date

RECORDS = (SubHeading("Handling of data protection requests"), Paragraph(
    "The record of how your data-protection requests were handled (the request, our reply "
    "and their dates) is kept for 3 years after the reply, so that we can show the request "
    "was handled properly (Article 5(2))."))
"""How long the record of a request is kept: under a heading of its own, after every
register's rules (not as if it were the last register's)."""
NB = "\u00a0"
SHARED_PURPOSES = {
    "fi": (SubHeading("Tietosuojapyyntöjen käsittely"), Paragraph(
        "Käsittelemme tietojasi koskevia pyyntöjäsi, vastauksiamme ja niiden päivämääriä, "
        "jotta voimme hoitaa pyynnöt ja osoittaa, että ne on käsitelty lainmukaisesti — "
        f"oikeusperuste: lakisääteinen velvoite (6{NB}art.{NB}1{NB}c; tietosuoja-asetuksen "
        f"12–22{NB}artikla ja 5{NB}artiklan 2{NB}kohta)."),
        SubHeading("Suoramarkkinoinnin estolista"), Paragraph(
        "Jos kiellät suoramarkkinoinnin tai perut markkinointisuostumuksesi, pidämme "
        "sähköpostiosoitettasi ja puhelinnumeroasi estolistalla suojattuina tunnisteina, jotta "
        "emme lähetä sinulle "
        f"markkinointia uudelleen — oikeusperuste: oikeutettu etu (6{NB}art.{NB}1{NB}f) — "
        "etu, jota tavoittelemme: kiellon tai perumisen noudattaminen myös sen jälkeen, kun "
        f"muut tietosi on poistettu (21{NB}artiklan 3{NB}kohta).")),
    "sv": (SubHeading("Behandling av dataskyddsbegäranden"), Paragraph(
        "Vi behandlar de begäranden som du gör om dina uppgifter, våra svar och deras datum "
        "för att kunna handlägga begärandena och visa att de har behandlats lagenligt — "
        f"rättslig grund: rättslig förpliktelse (art.{NB}6.1{NB}c; art.{NB}12–22 och 5.2 i "
        "dataskyddsförordningen)."),
        SubHeading("Spärrlista för direktmarknadsföring"), Paragraph(
        "Om du förbjuder direktmarknadsföring eller återkallar ditt samtycke till "
        "marknadsföring, för vi upp din e-postadress och ditt telefonnummer på vår "
        "spärrlista som skyddade koder, så att vi inte skickar dig marknadsföring igen — rättslig "
        "grund: "
        f"berättigat intresse (art.{NB}6.1{NB}f) — intresse som vi eftersträvar: att "
        "respektera förbudet eller återkallandet även sedan dina övriga uppgifter har "
        f"raderats (artikel{NB}21.3).")),
    "en": (SubHeading("Handling of data protection requests"), Paragraph(
        "We process the requests you make about your data, our replies and their dates, to "
        "handle the requests and to show that they were handled lawfully — legal basis: "
        f"legal obligation (Art.{NB}6(1)(c); GDPR Art.{NB}12–22 and 5(2))."),
        SubHeading("Suppression list for direct marketing"), Paragraph(
        "If you object to direct marketing or withdraw your consent to marketing, we keep "
        "your e-mail address and phone number on a suppression list as protected codes so that we "
        "do not send "
        f"you marketing again — legal basis: legitimate interests (Art.{NB}6(1)(f)) — the "
        "interest we pursue: respecting your objection or withdrawal also after your other "
        f"data have been erased (Article{NB}21(3)).")),
}
"""The purposes of what the product itself keeps (Art. 13(1)(c)), once, after the
register's own: the record of requests always, the suppression list where it markets."""


def structured(**changes: object) -> RegisterFacts:
    items = [
        ItemFacts("purpose", category="customer-relationship", legal_basis="contract"),
        ItemFacts("purpose", category="electronic-marketing", legal_basis="consent"),
        ItemFacts("purpose", category="direct-marketing", legal_basis="legitimate-interests",
                  legitimate_interest={"fi": "asiakkaiden tavoittaminen",
                                       "sv": "att nå kunderna", "en": "reaching customers"}),
        ItemFacts("data-category", category="name", required=True,
                  consequence={"fi": "emme voi toimittaa palvelua",
                               "sv": "vi kan inte leverera tjänsten",
                               "en": "we cannot deliver the service"}),
        ItemFacts("data-category", category="online", required=False, retention_months=14,
                  retention_anchor="collected"),
        ItemFacts("source", category="data-subject", is_public=False),
        ItemFacts("source", category="trade-register", is_public=True),
        ItemFacts("recipient", name="Postitin Oy", role="processor",
                  category="email-marketing", country="FI",
                  agreement_date=dt.date(2025, 3, 1)),
        ItemFacts("recipient", name="Google LLC", role="processor", category="web-analytics",
                  country="US", transfer_mechanism="dpf", agreement_date=dt.date(2024, 5, 2)),
        ItemFacts("security", category="encryption"),
    ]
    values: dict[str, object] = {
        "key": "asiakkaat", "name": {"fi": "Asiakasrekisteri", "sv": "Kundregister",
                                     "en": "Customer register"},
        "retention_months": 6, "items": items}
    values.update(changes)
    return RegisterFacts(**values)  # type: ignore[arg-type]


def notice_facts(*registers: RegisterFacts) -> NoticeFacts:
    return NoticeFacts(
        ControllerFacts("Kasve Oy", "2457832-5", Address("Puijonkatu 23", "70110", "Kuopio")),
        ContactFacts("Elias Haapakorva", Address("Puijonkatu 23", "70110", "Kuopio"),
                     "tietosuoja@kasve.fi"),
        registers or (structured(),), DEFAULT_AUTHORITY)


def all_text(lang: str, *registers: RegisterFacts) -> str:
    notice = compose(notice_facts(*registers), lang, letter_date)
    return "\n".join(s.plain_text() for s in notice.sections)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_structured_facts_alone_need_no_translation(lang: str) -> None:
    notice = compose(notice_facts(), lang, letter_date)
    assert notice.untranslated == ()


def test_each_purpose_prints_its_own_basis_in_swedish() -> None:
    (bullets,) = [b for b in compose(notice_facts(), "sv", letter_date).sections[3].blocks
                  if isinstance(b, Bullets)]
    assert bullets.items == (
        "Skötsel av kundrelationen och kundtjänst — rättslig grund: avtal (art.\u00a06.1\u00a0b)",
        "Elektronisk direktmarknadsföring (nyhetsbrev samt erbjudanden per e-post och sms) — "
        "rättslig grund: samtycke (art.\u00a06.1\u00a0a)",
        "Direktmarknadsföring per post och telefon — rättslig grund: berättigat intresse "
        "(art.\u00a06.1\u00a0f) — intresse som vi eftersträvar: att nå kunderna")


def test_consent_brings_the_withdrawal_clause_and_without_it_none() -> None:
    text = all_text("fi")
    assert "voit perua suostumuksesi milloin tahansa" in text
    without = structured(items=[ItemFacts("purpose", category="billing",
                                          legal_basis="legal-obligation")])
    assert "perua suostumuksesi" not in all_text("fi", without)


def test_every_right_is_named_and_objection_stands_apart() -> None:
    blocks = compose(notice_facts(), "en", letter_date).sections[9].blocks
    (rights,) = [b for b in blocks if isinstance(b, Bullets)]
    assert [item.split(":")[0] for item in rights.items] == [
        "The right of access", "The right to have inaccurate data rectified and incomplete "
        "data completed (Article 16).", "The right to have your data erased when they are no "
        "longer needed or there is no ground for processing them (Article 17).",
        "The right to have the processing restricted, for example while the accuracy of the "
        "data is being checked (Article 18).", "The right to receive the data you have given "
        "us in a machine-readable format and to transmit them to another controller, where "
        "the processing is based on consent or a contract and is carried out by automated "
        "means (Article 20)."]
    heading = blocks.index(SubHeading("The right to object"))
    assert blocks[heading + 1].text.startswith(  # type: ignore[union-attr]
        "You have the right to object at any time, on grounds relating to your particular")
    assert blocks[heading + 2].text.startswith(  # type: ignore[union-attr]
        "You may object at any time to the processing of your data for direct marketing")


def test_requests_in_any_form_never_in_writing() -> None:
    text = all_text("fi")
    assert "Voit esittää pyynnön vapaamuotoisesti" in text
    assert "kirjallisesti" not in text


def test_the_transfer_follows_the_recipients() -> None:
    blocks = compose(notice_facts(), "fi", letter_date).sections[6].blocks
    assert Paragraph(
        "Google LLC (Yhdysvallat): siirto EU:n tai ETA:n ulkopuolelle perustuu seuraavaan: "
        "EU:n ja Yhdysvaltojen välinen tietosuojakehys (Euroopan komission riittävyyspäätös "
        "10.7.2023, 45 artikla); vastaanottaja on sitoutunut kehykseen.") in blocks
    assert Paragraph("Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.") not in blocks
    (listed,) = [b for b in blocks if isinstance(b, Bullets)]
    assert listed.items[0] == ("Postitin Oy (henkilötietojen käsittelijä, uutiskirjeiden ja "
                               "sähköpostimarkkinoinnin lähettäminen, Suomi)")
    inside = structured(items=[ItemFacts("recipient", name="Postitin Oy", role="processor",
                                         country="FI")])
    assert "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle." in all_text("fi", inside)


def test_retention_per_category_then_the_rest() -> None:
    blocks = compose(notice_facts(), "en", letter_date).sections[8].blocks
    assert blocks == (Bullets((
        "Website usage data: IP address, cookie identifiers, device data, pages visited and "
        "visit times: deleted 14 months after they were collected",
        "Other data: deleted 6 months after they were last needed")), *RECORDS)


def test_required_data_say_what_follows() -> None:
    (bullets,) = [b for b in compose(notice_facts(), "fi", letter_date).sections[4].blocks
                  if isinstance(b, Bullets)]
    assert bullets.items[0] == "Nimi — pakollinen; jos tietoa ei anneta: emme voi toimittaa " \
                               "palvelua"
    assert bullets.items[1].endswith("— vapaaehtoinen")


def test_complaint_clause_carries_the_authority_block() -> None:
    blocks = compose(notice_facts(), "fi", letter_date).sections[9].blocks
    assert blocks[-2].text.endswith(  # type: ignore[union-attr]
        "Suomessa valvontaviranomainen on tietosuojavaltuutettu:")
    assert dict(blocks[-1].rows)["Nimi"] == "Tietosuojavaltuutetun toimisto"  # type: ignore[union-attr]


def test_free_text_alone_can_be_untranslated() -> None:
    register = structured(retention_text={"fi": "Kirjanpitoaineisto säilytetään kuusi vuotta."})
    notice = compose(notice_facts(register), "en", letter_date)
    assert notice.untranslated == ("9. Storage periods",)


def test_several_registers_share_one_set_of_rights_clauses() -> None:
    partners = structured(key="kumppanit", name={"fi": "Kumppanirekisteri", "sv": "Partner",
                                                  "en": "Partners"},
                          items=[ItemFacts("purpose", category="partner-relationship",
                                           legal_basis="legal-obligation")])
    blocks = compose(notice_facts(structured(), partners), "fi", letter_date).sections[9].blocks
    assert blocks.count(SubHeading("Suostumuksen peruminen")) == 1
    assert blocks.count(SubHeading("Oikeus vastustaa käsittelyä")) == 1
    assert SubHeading("Asiakasrekisteri") not in blocks
    assert sum(isinstance(b, Bullets) for b in blocks) == 1


def test_categories_kept_longer_are_named_and_the_rest_follow_the_register() -> None:
    items = [ItemFacts("data-category", category="name", required=False, retention_months=6),
             ItemFacts("data-category", category="billing", required=True,
                       consequence={"fi": "x", "sv": "x", "en": "x"}, retention_months=84,
                       retention_anchor="collected"),
             ItemFacts("data-category", category="orders", required=False, retention_months=84,
                       retention_anchor="collected")]
    blocks = compose(notice_facts(structured(items=items)), "fi", letter_date).sections[8].blocks
    assert blocks[0] == Bullets((
        "Laskutus- ja maksutiedot, Tilaus-, osto- ja peruutustiedot: poistetaan 84 kuukauden "
        "kuluttua niiden keräämisestä",
        "Muut tiedot: poistetaan 6 kuukauden kuluttua siitä, kun niitä on viimeksi tarvittu"))
    assert blocks[1:] == (SubHeading("Tietosuojapyyntöjen käsittely"), Paragraph(
        "Tietosuojaa koskevien pyyntöjesi käsittelyn tiedot (pyyntö, vastaus ja niiden "
        "päivämäärät) säilytämme 3 vuotta vastauksesta, jotta voimme osoittaa käsitelleemme "
        "pyynnön asianmukaisesti (5 artiklan 2 kohta)."))


def test_whose_data_and_which_data_are_announced() -> None:
    blocks = compose(notice_facts(), "en", letter_date).sections[4].blocks
    assert blocks[0] == Paragraph("We process the following data:")
    assert isinstance(blocks[1], Bullets)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_request_record_and_the_suppression_list_follow_the_register_purposes(
        lang: str) -> None:
    blocks = compose(notice_facts(), lang, letter_date).sections[3].blocks
    assert isinstance(blocks[0], Bullets)
    assert blocks[1:] == SHARED_PURPOSES[lang]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_register_that_does_not_market_has_no_suppression_list_purpose(lang: str) -> None:
    billing = structured(items=[ItemFacts("purpose", category="billing",
                                          legal_basis="legal-obligation")])
    blocks = compose(notice_facts(billing), lang, letter_date).sections[3].blocks
    assert blocks[1:] == SHARED_PURPOSES[lang][:2]
