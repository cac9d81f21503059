"""Composing the privacy notice from facts: headings, shared texts, translations."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kasve_desktop.domain.notice import (
    DEFAULT_AUTHORITY,
    Address,
    Bullets,
    ContactFacts,
    ControllerFacts,
    Fields,
    ItemFacts,
    NoticeFacts,
    Paragraph,
    RegisterFacts,
    SubHeading,
)
from kasve_desktop.domain.notice_compose import compose
from kasve_desktop.domain.notice_json import notice_from_json, notice_to_json
from kasve_desktop.i18n import letter_date

DOMAIN_DOCS = Path(__file__).resolve().parents[2] / "docs" / "domain"


def headings_of_the_rules() -> dict[str, list[str]]:
    """The heading table of privacy-notice.md: title and sections 1–12 per language."""
    text = (DOMAIN_DOCS / "privacy-notice.md").read_text(encoding="utf-8")
    table = text.split("## Headings of a generated notice", 1)[1]
    rows = [line for line in table.splitlines() if re.match(r"\| (title|\d+) \|", line)]
    result: dict[str, list[str]] = {"fi": [], "sv": [], "en": []}
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        for lang, cell in zip(("fi", "sv", "en"), cells[1:], strict=True):
            result[lang].append(cell)
    return result


def register(key: str = "asiakkaat", **texts: dict[str, str]) -> RegisterFacts:
    base: dict[str, dict[str, str]] = {
        "name": {"fi": "Asiakasrekisteri", "sv": "Kundregister"},
        "purposes_text": {"fi": "Tietoja käsitellään seuraaviin tarkoituksiin:"},
        "rights_text": {"fi": "Tarkastusoikeus\n\nSinulla on oikeus tarkastaa tietosi."},
    }
    base.update(texts)
    items = [ItemFacts("purpose", {"fi": "asiakassuhteen hoitaminen"}, "contract"),
             ItemFacts("purpose", {"fi": "markkinointi"}, "legitimate-interests",
                       legitimate_interest={"fi": "asiakkaiden tavoittaminen"}),
             ItemFacts("recipient", {"fi": "verkkoanalytiikka"}, name="Google Analytics",
                       role="processor", country="US",
                       safeguard={"fi": "EU:n vakiosopimuslausekkeet"})]
    return RegisterFacts(key=key, items=items, retention_months=6, **base)


def facts(*registers: RegisterFacts, version: int | None = None) -> NoticeFacts:
    controller = ControllerFacts("Kasve Oy", "2457832-5", Address("Puijonkatu 23", "70110",
                                                                  "Kuopio"))
    contact = ContactFacts("Elias Haapakorva", Address("Puijonkatu 23", "70110", "Kuopio"),
                           "tietosuoja@kasve.fi")
    return NoticeFacts(controller, contact, registers or (register(),), DEFAULT_AUTHORITY,
                       version=version,
                       effective_date=dt.date(2026, 12, 1) if version else None)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_title_and_headings_follow_the_rules(lang: str) -> None:
    wanted = headings_of_the_rules()[lang]
    notice = compose(facts(), lang, letter_date)
    assert notice.title == wanted[0]
    assert [s.heading for s in notice.sections] == wanted[1:]
    assert notice.sections[0].title == f"1. {wanted[1]}"


def test_legal_references_name_the_gdpr_and_not_the_repealed_act() -> None:
    notice = compose(facts(), "fi", letter_date)
    assert "2016/679" in notice.legal_references and "1050/2018" in notice.legal_references
    assert "523" not in notice.legal_references


def test_controller_and_contact_blocks() -> None:
    first, second = compose(facts(), "fi", letter_date).sections[:2]
    assert Fields((("Nimi", "Kasve Oy"), ("Y-tunnus", "2457832-5"),
                   ("Postiosoite", "Puijonkatu 23, 70110 Kuopio"))) in first.blocks
    assert ("Sähköposti", "tietosuoja@kasve.fi") in second.blocks[0].rows  # type: ignore[union-attr]


def test_purposes_carry_their_legal_basis_after_the_announcing_paragraph() -> None:
    section = compose(facts(), "fi", letter_date).sections[3]
    assert isinstance(section.blocks[0], Paragraph)
    assert section.blocks[0].text.endswith(":")
    assert section.blocks[1] == Bullets((
        "asiakassuhteen hoitaminen — oikeusperuste: sopimus (6\u00a0art.\u00a01\u00a0b)",
        "markkinointi — oikeusperuste: oikeutettu etu (6\u00a0art.\u00a01\u00a0f) — etu, jota "
        "tavoittelemme: asiakkaiden tavoittaminen"))


def test_transfer_with_its_safeguard() -> None:
    section = compose(facts(), "en", letter_date).sections[6]
    (bullets,) = [b for b in section.blocks if isinstance(b, Bullets)]
    assert bullets.items[0] == "Google Analytics (processor, verkkoanalytiikka, United States)"
    assert Paragraph("Google Analytics (United States): the transfer outside the EU/EEA is "
                     "based on EU:n vakiosopimuslausekkeet.", True) in section.blocks
    assert Paragraph("The data are not transferred outside the EU/EEA.") not in section.blocks


def test_rights_end_with_the_authority_contact_block() -> None:
    section = compose(facts(), "sv", letter_date).sections[9]
    assert SubHeading("Tarkastusoikeus") in section.blocks
    assert section.blocks[-3] == SubHeading("Rätt att lämna klagomål till tillsynsmyndigheten")
    assert section.blocks[-2].text.endswith(  # type: ignore[union-attr]
        "I Finland är tillsynsmyndigheten dataombudsmannen:")
    rows = dict(section.blocks[-1].rows)  # type: ignore[union-attr]
    assert rows["Namn"] == "Dataombudsmannens byrå"
    assert rows["Postadress"] == "PB 800, 00531 Helsingfors"
    assert rows["Webbplats"] == "https://tietosuoja.fi/sv"


def test_shared_text_once_differing_texts_per_register() -> None:
    one = register("a", retention_text={"fi": "Kuusi kuukautta."})
    two = register("b", name={"fi": "Kumppanirekisteri"}, retention_text={"fi": "Vuosi."})
    notice = compose(facts(one, two), "fi", letter_date)
    assert notice.sections[2].blocks[0] == Bullets(("Asiakasrekisteri", "Kumppanirekisteri"))
    assert notice.sections[3].blocks.count(
        Paragraph("Tietoja käsitellään seuraaviin tarkoituksiin:")) == 1
    rule = Paragraph("Tiedot poistetaan 6 kuukauden kuluttua siitä, kun niitä on viimeksi "
                     "tarvittu.")
    assert notice.sections[8].blocks[:-2] == (
        SubHeading("Asiakasrekisteri"), Paragraph("Kuusi kuukautta."), rule,
        SubHeading("Kumppanirekisteri"), Paragraph("Vuosi."), rule)


def test_missing_translation_prints_finnish_marked() -> None:
    notice = compose(facts(), "sv", letter_date)
    assert notice.sections[2].blocks[0] == Paragraph("Kundregister")
    purposes = notice.sections[3].blocks[0]
    assert purposes == Paragraph("Tietoja käsitellään seuraaviin tarkoituksiin:", True)
    assert "4. Ändamål och rättslig grund för behandlingen" in notice.untranslated
    assert "3. Registrets namn" not in notice.untranslated
    assert notice.untranslated_marker == "[inte översatt — text på finska]"
    assert compose(facts(), "fi", letter_date).untranslated == ()


def test_version_line_and_draft() -> None:
    draft = compose(facts(), "fi", letter_date)
    assert draft.version_label == "Luonnos"
    published = compose(facts(version=3), "fi", letter_date)
    assert published.version_label == "Versio 3, voimassa 1.12.2026 alkaen"
    assert published.sections[-1].blocks[-1] == Paragraph(
        "Tämä seloste on julkaistu 1.12.2026 (versio 3).")
    english = compose(facts(version=3), "en", letter_date)
    assert english.version_label == "Version 3, effective from 1 December 2026"


def test_automated_decisions_default_sentence() -> None:
    notice = compose(facts(), "fi", letter_date)
    assert notice.sections[10].blocks == (Paragraph(
        "Henkilötietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin."),)


def test_frozen_form_round_trips() -> None:
    notice = compose(facts(version=2), "sv", letter_date)
    assert notice_from_json(notice_to_json(notice)) == notice


def test_a_notice_needs_a_register() -> None:
    empty = NoticeFacts(ControllerFacts("X"), None, (), DEFAULT_AUTHORITY)
    with pytest.raises(ValueError):
        compose(empty, "fi", letter_date)


def test_a_list_stays_with_its_own_register() -> None:
    """Edited purposes of one register never merge into the others' list."""
    import dataclasses

    plain = [ItemFacts("purpose", {"fi": "asiakassuhteen hoitaminen"})]
    one = dataclasses.replace(register("a"), items=[
        ItemFacts("purpose", {"fi": "asiakassuhteen hoitaminen"}, "contract")])
    two = dataclasses.replace(register("b", name={"fi": "Kumppanirekisteri"}), items=plain)
    three = dataclasses.replace(register("c", name={"fi": "Tapahtumarekisteri"}), items=plain)
    blocks = compose(facts(one, two, three), "fi", letter_date).sections[3].blocks
    prose = Paragraph("Tietoja käsitellään seuraaviin tarkoituksiin:")
    assert blocks[:-2] == (
        SubHeading("Asiakasrekisteri"), prose,
        Bullets(("asiakassuhteen hoitaminen — oikeusperuste: sopimus "
                 "(6\u00a0art.\u00a01\u00a0b)",)),
        SubHeading("Kumppanirekisteri, Tapahtumarekisteri"), prose,
        Bullets(("asiakassuhteen hoitaminen",)))
    assert blocks[-2:] == (SubHeading("Tietosuojapyyntöjen käsittely kaikissa rekistereissä"),
                           Paragraph(REQUEST_PURPOSE["fi"]))


NB = "\u00a0"
REQUEST_PURPOSE = {
    "fi": "Käsittelemme tietojasi koskevia pyyntöjäsi, vastauksiamme ja niiden päivämääriä, "
          "jotta voimme hoitaa pyynnöt ja osoittaa, että ne on käsitelty lainmukaisesti — "
          f"oikeusperuste: lakisääteinen velvoite (6{NB}art.{NB}1{NB}c; tietosuoja-asetuksen "
          f"12–22{NB}artikla ja 5{NB}artiklan 2{NB}kohta).",
    "sv": "Vi behandlar de begäranden som du gör om dina uppgifter, våra svar och deras datum "
          "för att kunna handlägga begärandena och visa att de har behandlats lagenligt — "
          f"rättslig grund: rättslig förpliktelse (art.{NB}6.1{NB}c; art.{NB}12–22 och 5.2 i "
          "dataskyddsförordningen).",
    "en": "We process the requests you make about your data, our replies and their dates, to "
          "handle the requests and to show that they were handled lawfully — legal basis: "
          f"legal obligation (Art.{NB}6(1)(c); GDPR Art.{NB}12–22 and 5(2)).",
}
SUPPRESSION_PURPOSE = {
    "fi": ("Suoramarkkinoinnin estolista",
           "Jos kiellät suoramarkkinoinnin tai perut markkinointisuostumuksesi, pidämme "
           "sähköpostiosoitettasi ja puhelinnumeroasi estolistalla suojattuina tunnisteina, jotta "
           "emme lähetä sinulle "
           f"markkinointia uudelleen — oikeusperuste: oikeutettu etu (6{NB}art.{NB}1{NB}f) — "
           "etu, jota tavoittelemme: kiellon tai perumisen noudattaminen myös sen jälkeen, kun "
           f"muut tietosi on poistettu (21{NB}artiklan 3{NB}kohta)."),
    "sv": ("Spärrlista för direktmarknadsföring",
           "Om du förbjuder direktmarknadsföring eller återkallar ditt samtycke till "
           "marknadsföring, för vi upp din e-postadress och ditt telefonnummer på vår "
           "spärrlista som skyddade koder, så att vi inte skickar dig marknadsföring igen — "
           "rättslig grund: "
           f"berättigat intresse (art.{NB}6.1{NB}f) — intresse som vi eftersträvar: att "
           "respektera förbudet eller återkallandet även sedan dina övriga uppgifter har "
           f"raderats (artikel{NB}21.3)."),
    "en": ("Suppression list for direct marketing",
           "If you object to direct marketing or withdraw your consent to marketing, we keep "
           "your e-mail address and phone number on a suppression list as protected codes so that "
           "we do not send "
           f"you marketing again — legal basis: legitimate interests (Art.{NB}6(1)(f)) — the "
           "interest we pursue: respecting your objection or withdrawal also after your other "
           f"data have been erased (Article{NB}21(3))."),
}
REQUEST_HEADINGS = {
    "fi": ("Tietosuojapyyntöjen käsittely", "Tietosuojapyyntöjen käsittely kaikissa rekistereissä"),
    "sv": ("Behandling av dataskyddsbegäranden",
           "Behandling av dataskyddsbegäranden i alla register"),
    "en": ("Handling of data protection requests",
           "Handling of data protection requests in all registers"),
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_request_record_and_the_suppression_list_have_a_purpose_and_a_basis(
        lang: str) -> None:
    """Art. 13(1)(c): what the product keeps of requests and objections is processing too;
    its purpose and basis are printed once, after every register's own purposes."""
    one = register("a")
    two = register("b", name={"fi": "Kumppanirekisteri"})
    alone, several = REQUEST_HEADINGS[lang]
    suppression_heading, suppression = SUPPRESSION_PURPOSE[lang]
    for notice, heading in ((compose(facts(one), lang, letter_date), alone),
                            (compose(facts(one, two), lang, letter_date), several)):
        blocks = notice.sections[3].blocks
        assert blocks[-4:] == (SubHeading(heading), Paragraph(REQUEST_PURPOSE[lang]),
                               SubHeading(suppression_heading), Paragraph(suppression))
        assert blocks.count(Paragraph(REQUEST_PURPOSE[lang])) == 1
        assert blocks.count(Paragraph(suppression)) == 1


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_suppression_list_purpose_without_direct_marketing(lang: str) -> None:
    import dataclasses

    quiet = dataclasses.replace(register("a"), items=[
        ItemFacts("purpose", {"fi": "asiakassuhteen hoitaminen"}, "contract")])
    blocks = compose(facts(quiet), lang, letter_date).sections[3].blocks
    assert blocks[-2:] == (SubHeading(REQUEST_HEADINGS[lang][0]),
                           Paragraph(REQUEST_PURPOSE[lang]))
    assert SubHeading(SUPPRESSION_PURPOSE[lang][0]) not in blocks


REQUEST_RECORDS = {
    "fi": ("Tietosuojapyyntöjen käsittely",
           "Tietosuojaa koskevien pyyntöjesi käsittelyn tiedot (pyyntö, vastaus ja niiden "
           "päivämäärät) säilytämme 3 vuotta vastauksesta, jotta voimme osoittaa käsitelleemme "
           "pyynnön asianmukaisesti (5 artiklan 2 kohta)."),
    "sv": ("Behandling av dataskyddsbegäranden",
           "Uppgifterna om hur dina begäranden om dataskydd har behandlats (begäran, svaret och "
           "deras datum) sparar vi i 3 år efter svaret, så att vi kan visa att begäran har "
           "behandlats korrekt (artikel 5.2)."),
    "en": ("Handling of data protection requests",
           "The record of how your data-protection requests were handled (the request, our "
           "reply and their dates) is kept for 3 years after the reply, so that we can show the "
           "request was handled properly (Article 5(2))."),
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_request_record_has_a_heading_of_its_own(lang: str) -> None:
    """The request-record paragraph is true of every register: it follows the last
    register's block under a heading of its own, not as part of that block, and when the
    notice covers several registers the heading says it is true of all of them."""
    one = register("a", retention_text={"fi": "Kuusi kuukautta."})
    two = register("b", name={"fi": "Kumppanirekisteri"}, retention_text={"fi": "Vuosi."})
    alone, text = REQUEST_RECORDS[lang]
    several = REQUEST_HEADINGS[lang][1]
    for notice, heading in ((compose(facts(one, two), lang, letter_date), several),
                            (compose(facts(one), lang, letter_date), alone)):
        blocks = notice.sections[8].blocks
        assert blocks[-2:] == (SubHeading(heading), Paragraph(text))
        assert blocks.count(SubHeading(heading)) == 1


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


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_portability_names_both_of_its_conditions(lang: str) -> None:
    """Art. 20(1): consent or contract, (b) and carried out by automated means."""
    blocks = compose(facts(), lang, letter_date).sections[9].blocks
    (rights,) = [b for b in blocks if isinstance(b, Bullets)]
    assert rights.items[-1] == PORTABILITY[lang]
