"""Items (a)–(h) of the access report, written about the person: their purposes with each
basis, the categories of their data actually held, the recipients by name and the transfers
derived from them, their deletion date, their source; and the refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kasve_desktop.demo.build import build_demo
from kasve_desktop.documents.access_model import Lines, Marked
from kasve_desktop.domain.notice import (
    DEFAULT_AUTHORITY,
    Bullets,
    ControllerFacts,
    Fields,
    ItemFacts,
    Paragraph,
    RegisterFacts,
    SubHeading,
)
from kasve_desktop.domain.notice_vocabulary import DataCategory
from kasve_desktop.services.answers.access_report import recipients
from kasve_desktop.services.answers.access_report.compose import Context
from kasve_desktop.services.answers.access_report.report import (
    AccessReportError,
    BuiltReport,
    build_access_report,
    find_person,
)
from kasve_desktop.services.database import transaction
from kasve_desktop.services.registers.registers import load_register, save_register
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Consent, Person
from tests.services.answers.test_access_report import (
    INTEREST,
    TODAY,
    add_person,
    seeded,
    text_of,
)

__all__ = ["seeded"]  # the fixture, imported for these tests
CUSTOMERS, EVENTS, MARKETING = "Asiakasrekisteri", "Tapahtumarekisteri", "Markkinointirekisteri"
MAIJA = "maija.meikalainen@example.fi"
NO_TRANSFER_HERE = "Tämän rekisterin tietojasi ei siirretä EU:n tai ETA:n ulkopuolelle."
NO_TRANSFER_AT_ALL = "Tietojasi ei siirretä EU:n tai ETA:n ulkopuolelle."
SCC_FI = ("Euroopan komission hyväksymät vakiosopimuslausekkeet (46 artiklan 2 kohdan c "
          "alakohta)")


def block_text(block: object) -> str:
    if isinstance(block, Paragraph | Marked | SubHeading):
        return block.text
    if isinstance(block, Bullets):
        return " ".join(block.items)
    if isinstance(block, Lines):
        return " ".join(item.text for item in block.items)
    assert isinstance(block, Fields)
    return " ".join(f"{label} {value}" for label, value in block.rows)


def purpose_lines(built: BuiltReport, register: str) -> list[str]:
    """The lines of item (a)'s list of purposes."""
    part = next(p for p in built.report.registers if p.name == register)
    lines = next(b for b in part.items[0].blocks if isinstance(b, Lines))
    return [line.text for line in lines.items]


def item_text(built: BuiltReport, register: str, key: str) -> str:
    """What item ``key`` ((a)–(h)) says for the register, as one line."""
    part = next(p for p in built.report.registers if p.name == register)
    item = next(i for i in part.items if i.key == key)
    return " ".join(block_text(b) for b in item.blocks)


# --- (a) purposes -------------------------------------------------------------------------

def test_purposes_are_those_of_the_entrys_basis_each_with_its_basis(seeded: Database) -> None:
    built = build_access_report(seeded, add_person(seeded, "liisa@example.fi"), TODAY)
    purposes = item_text(built, CUSTOMERS, "a")
    assert purposes.startswith(
        "Tämän rekisterin merkintääsi on kirjattu oikeusperusteeksi sopimus "
        "(6\u00a0art.\u00a01\u00a0b). "
        "Osa alla luetelluista tarkoituksista perustuu muuhun oikeusperusteeseen, joka on "
        "kerrottu kunkin tarkoituksen kohdalla. "
        "Käsittelemme tämän rekisterin tietojasi seuraaviin tarkoituksiin:")
    assert ("Asiakassuhteen hoitaminen ja asiakaspalvelu – oikeusperuste: sopimus "
            "(6\u00a0art.\u00a01\u00a0b)") in purposes
    assert ("Suoramarkkinointi postitse ja puhelimitse – oikeusperuste: oikeutettu etu "
            "(6\u00a0art.\u00a01\u00a0f); tavoiteltu oikeutettu etu rekisterin kuvauksen mukaan: "
            f"{INTEREST['fi']}") in purposes
    assert purposes.endswith("Oikeutetun edun kuvaus koskee koko rekisteriä. Sinun tietojesi "
                             "lähde kerrotaan alempana.")
    assert ("Asiakastyytyväisyyskyselyt – oikeusperuste: sopimus "
            "(6\u00a0art.\u00a01\u00a0b)") in purposes
    assert "Sähköinen suoramarkkinointi" not in purposes  # on consent, which she never gave
    assert "Sähköinen suoramarkkinointi" not in text_of(built.pdf)


def test_a_consent_in_force_brings_its_purpose(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi")
    with transaction(seeded) as session:
        row = session.get(Person, person)
        assert row is not None
        register = row.entries[0].register
        row.consents.append(Consent(purpose="Uutiskirje", register=register,
                                    granted_at=dt.datetime(2026, 2, 1, 9, 0)))
    built = build_access_report(seeded, person, TODAY)
    lines = purpose_lines(built, CUSTOMERS)
    marketing = next(line for line in lines if line.startswith("Sähköinen suoramarkkinointi"))
    assert marketing.endswith(" – oikeusperuste: suostumus (6\u00a0art.\u00a01\u00a0a)")
    assert "voit peruuttaa suostumuksesi milloin tahansa" in item_text(built, CUSTOMERS, "e")


def test_an_entry_without_a_basis_gets_the_registers_purposes_as_such(seeded: Database) -> None:
    built = build_access_report(seeded, add_person(seeded, "liisa@example.fi", basis=""), TODAY)
    purposes = item_text(built, CUSTOMERS, "a")
    assert purposes.startswith(
        "Merkintääsi ei ole kirjattu, mihin oikeusperusteeseen se perustuu. Tämän rekisterin "
        "tarkoituksista sinusta tallennettuja tietoja koskevat seuraavat:")
    assert "Sähköinen suoramarkkinointi" in purposes
    assert "Käsittelemme tämän rekisterin tietojasi" not in purposes


# --- (b) categories -----------------------------------------------------------------------

def test_categories_are_those_held_and_listed_by_the_register(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", registers=("asiakkaat", "tapahtumat"),
                        birth_year=1980)
    built = build_access_report(seeded, person, TODAY)
    customers = item_text(built, CUSTOMERS, "b")
    for held in ("Nimi", "Yhteystiedot (postiosoite", "Syntymävuosi",
                 "Merkintäsi lisätiedot: lehti"):
        assert held in customers, held
    for not_held in ("Sukupuoli", "Laskutus- ja maksutiedot", "voi sisältää"):
        assert not_held not in customers, not_held
    events = item_text(built, EVENTS, "b")
    assert "Syntymävuosi" not in events  # held, but listed by the customer register only
    assert "Ilmoittautumiset ja osallistuminen" not in events  # she signed up for nothing


def test_a_category_no_register_lists_is_shown_in_each(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", registers=("asiakkaat", "tapahtumat"),
                        organisation="Kuopion Kone Oy", note="Soittaa mieluiten aamulla.")
    built = build_access_report(seeded, person, TODAY)
    for register in (CUSTOMERS, EVENTS):
        categories = item_text(built, register, "b")
        assert "Organisaatio ja asema siinä" in categories
        assert "Sinua koskevat muistiinpanot" in categories


# --- (c) recipients and transfers ---------------------------------------------------------

def test_recipients_by_name_and_the_transfers_they_make(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", registers=("asiakkaat", "tapahtumat"))
    built = build_access_report(seeded, person, TODAY)
    customers = item_text(built, CUSTOMERS, "c")
    assert "Pilvi Inc. (henkilötietojen käsittelijä), Yhdysvallat: palvelin" in customers
    assert "Tilitoimisto Oy (henkilötietojen käsittelijä), Suomi: kirjanpito" in customers
    assert ("Pilvi Inc. käsittelee tietojasi EU:n ja ETA:n ulkopuolella (Yhdysvallat). "
            "Siirron suojatoimi: vakiolausekkeet.") in customers
    assert ("Analytiikka LLC käsittelee tietojasi EU:n ja ETA:n ulkopuolella (Yhdysvallat). "
            "Siirron suojatoimi: EU:n ja Yhdysvaltojen välinen tietosuojakehys") in customers
    assert NO_TRANSFER_HERE not in customers
    events = item_text(built, EVENTS, "c")
    assert "Ilmo OÜ (henkilötietojen käsittelijä), Viro: ilmoittautumisjärjestelmä" in events
    assert NO_TRANSFER_HERE in events
    text = text_of(built.pdf)
    assert NO_TRANSFER_AT_ALL not in text  # the transfers section never denies them
    assert "Analytiikka LLC, Yhdysvallat (Asiakasrekisteri): EU:n ja Yhdysvaltojen" in text


def test_only_the_recipients_of_data_held_about_her(seeded: Database) -> None:
    """Nothing held names billing or website usage: the bookkeeper and the analytics
    provider are not hers, and neither is the analytics transfer; the recipient described
    only in free text (no service code) is named, as it may apply."""
    person = add_person(seeded, "liisa@example.fi", details={})
    built = build_access_report(seeded, person, TODAY)
    customers = item_text(built, CUSTOMERS, "c")
    assert customers == (
        "Tämän rekisterin tietojasi saavat seuraavat vastaanottajat: Pilvi Inc. "
        "(henkilötietojen käsittelijä), Yhdysvallat: palvelin Pilvi Inc. käsittelee tietojasi "
        "EU:n ja ETA:n ulkopuolella (Yhdysvallat). Siirron suojatoimi: vakiolausekkeet.")
    text = text_of(built.pdf)
    assert "Analytiikka LLC" not in text and "Tilitoimisto Oy" not in text
    assert ("Tietojasi siirretään seuraaville vastaanottajille EU:n ja ETA:n ulkopuolelle. "
            "Kunkin siirron suojatoimi (tietosuoja-asetuksen 15 artiklan 2 kohta): "
            "• Pilvi Inc., Yhdysvallat (Asiakasrekisteri): vakiolausekkeet Oikeutesi") in text


def test_billing_and_website_data_bring_their_recipients(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi",
                        details={"billing": "Lasku 1043, 120 €", "online": "evästetunniste"})
    built = build_access_report(seeded, person, TODAY)
    customers = item_text(built, CUSTOMERS, "c")
    assert "Tilitoimisto Oy (henkilötietojen käsittelijä), Suomi: kirjanpito" in customers
    assert ("Analytiikka LLC käsittelee tietojasi EU:n ja ETA:n ulkopuolella "
            "(Yhdysvallat).") in customers
    assert "Analytiikka LLC, Yhdysvallat (Asiakasrekisteri): EU:n ja Yhdysvaltojen" in \
        text_of(built.pdf)


def test_a_detail_that_names_no_category_keeps_every_recipient(seeded: Database) -> None:
    """``lehti`` could be anything: the report cannot tell whom it reaches, so it hides no
    one."""
    built = build_access_report(seeded, add_person(seeded, "liisa@example.fi"), TODAY)
    customers = item_text(built, CUSTOMERS, "c")
    for name in ("Pilvi Inc.", "Analytiikka LLC", "Tilitoimisto Oy"):
        assert name in customers, name


def test_a_recipient_she_is_not_told_of_does_not_refuse_the_report(seeded: Database) -> None:
    facts = load_register(seeded, "tapahtumat")
    facts.items.append(ItemFacts("recipient", name="Kirjuri Oy", role="processor",
                                 category="accounting"))
    save_register(seeded, facts)
    person = add_person(seeded, "liisa@example.fi", registers=("tapahtumat",), details={})
    assert "Kirjuri Oy" not in text_of(build_access_report(seeded, person, TODAY).pdf)


def test_only_the_purposes_of_data_held_about_her(seeded: Database) -> None:
    facts = load_register(seeded, "asiakkaat")
    facts.items += [ItemFacts("purpose", category="billing", legal_basis="legal-obligation"),
                    ItemFacts("purpose", category="user-accounts", legal_basis="contract")]
    save_register(seeded, facts)
    plain = add_person(seeded, "liisa@example.fi", details={})
    assert purpose_lines(build_access_report(seeded, plain, TODAY), CUSTOMERS) == [
        "Asiakassuhteen hoitaminen ja asiakaspalvelu – oikeusperuste: sopimus "
        "(6\u00a0art.\u00a01\u00a0b)",
        "Suoramarkkinointi postitse ja puhelimitse – oikeusperuste: oikeutettu etu "
        f"(6\u00a0art.\u00a01\u00a0f); tavoiteltu oikeutettu etu rekisterin kuvauksen mukaan: "
        f"{INTEREST['fi']}",
        "Asiakastyytyväisyyskyselyt – oikeusperuste: sopimus (6\u00a0art.\u00a01\u00a0b)"]
    billed = add_person(seeded, "kalle@example.fi", details={"billing": "Lasku 1044"},
                        username="kalle")
    lines = purpose_lines(build_access_report(seeded, billed, TODAY), CUSTOMERS)
    assert ("Laskutus ja kirjanpito – oikeusperuste: lakisääteinen velvoite "
            "(6\u00a0art.\u00a01\u00a0c)") in lines
    assert ("Verkkopalvelun käyttäjätilien hallinta – oikeusperuste: sopimus "
            "(6\u00a0art.\u00a01\u00a0b)") in lines


def test_other_bases_are_mentioned_only_when_listed(seeded: Database) -> None:
    """Without a sign-up, the events' feedback purpose (a legitimate interest) is not hers:
    every purpose listed rests on the entry's own basis."""
    person = add_person(seeded, "liisa@example.fi", registers=("tapahtumat",), details={})
    assert item_text(build_access_report(seeded, person, TODAY), EVENTS, "a") == (
        "Tämän rekisterin merkintääsi on kirjattu oikeusperusteeksi sopimus "
        "(6\u00a0art.\u00a01\u00a0b). "
        "Käsittelemme tämän rekisterin tietojasi seuraaviin tarkoituksiin: Tapahtumien "
        "järjestäminen ja ilmoittautumisten hallinta – oikeusperuste: sopimus "
        "(6\u00a0art.\u00a01\u00a0b)")


def test_the_interest_is_the_registers_in_swedish_and_english(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi")
    swedish = item_text(build_access_report(seeded, person, TODAY, "sv"), "Kundregister", "a")
    assert swedish.startswith(
        "För din registrering i detta register har den rättsliga grunden avtal "
        "(art.\u00a06.1\u00a0b) "
        "antecknats. En del av ändamålen nedan grundar sig på en annan rättslig grund, som "
        "anges vid respektive ändamål.")
    assert (f"det berättigade intresse som eftersträvas, enligt registrets beskrivning: "
            f"{INTEREST['sv']}") in swedish
    assert swedish.endswith("Beskrivningen av det berättigade intresset gäller hela "
                            "registret. Källan till dina uppgifter anges längre ned.")
    english = item_text(build_access_report(seeded, person, TODAY, "en"), "Customer register",
                        "a")
    assert english.startswith(
        "The legal basis recorded for your entry in this register is contract (Art.\u00a06(1)(b)). "
        "Some of the purposes below rest on another legal basis, which is given with each of "
        "them.")
    assert ("the legitimate interest pursued, as the register describes it: "
            f"{INTEREST['en']}") in english
    assert english.endswith("The description of the legitimate interest applies to the "
                            "register as a whole. Where your data came from is stated below.")


def test_no_transfer_is_said_only_when_no_recipient_is_outside(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", registers=("tapahtumat",))
    text = text_of(build_access_report(seeded, person, TODAY).pdf)
    assert NO_TRANSFER_AT_ALL in text and "Yhdysvallat" not in text


def test_a_mechanism_is_named_in_the_letters_language(seeded: Database) -> None:
    facts = load_register(seeded, "asiakkaat")
    pilvi = next(i for i in facts.items if i.name == "Pilvi Inc.")
    facts.items[facts.items.index(pilvi)] = dataclasses.replace(
        pilvi, transfer_mechanism="scc", safeguard={})
    save_register(seeded, facts)
    person = add_person(seeded, "liisa@example.fi")
    assert f"Siirron suojatoimi: {SCC_FI}." in item_text(
        build_access_report(seeded, person, TODAY), CUSTOMERS, "c")
    english = build_access_report(seeded, person, TODAY, "en")
    assert ("Pilvi Inc. processes your data outside the EU and the EEA (United States). "
            "Safeguard of the transfer: standard contractual clauses adopted by the European "
            "Commission (Article 46(2)(c)).") in item_text(english, "Customer register", "c")


def test_a_recipient_without_a_country_refuses_the_report(seeded: Database) -> None:
    facts = load_register(seeded, "tapahtumat")
    facts.items.append(ItemFacts("recipient", name="Postitus Oy", role="processor"))
    save_register(seeded, facts)
    person = add_person(seeded, "liisa@example.fi", registers=("tapahtumat",))
    with pytest.raises(AccessReportError) as refused:
        build_access_report(seeded, person, TODAY)
    assert refused.value.params == {"register": "Tapahtumarekisteri", "recipient": "Postitus Oy"}
    assert "Postitus Oy" in refused.value.text()


def _context(lang: str = "fi") -> Context:
    return Context(lang, TODAY, ControllerFacts("Testi Oy"), "", "tietosuoja@testi.fi",
                   DEFAULT_AUTHORITY[lang], None)


@pytest.mark.parametrize("country", ["US", "ZZ"])
def test_a_transfer_without_its_safeguard_or_country_is_never_printed(country: str) -> None:
    """Saving a register asks for both; a register stored otherwise (an older database, the
    migration's unknown country ``ZZ``) still cannot make the report invent one."""
    register = RegisterFacts("analytiikka", {"fi": "Analytiikka"}, retention_months=6, items=[
        ItemFacts("purpose", category="website-analytics", legal_basis="consent"),
        ItemFacts("recipient", name="Google LLC", role="processor", country=country)])
    with pytest.raises(AccessReportError) as refused:
        recipients.recipient_blocks(_context(), register, frozenset({DataCategory.NAME}))
    assert refused.value.params["recipient"] == "Google LLC"
    assert refused.value.params["register"] == "Analytiikka"


def test_a_safeguard_typed_in_finnish_is_marked_in_swedish(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", language="sv")
    built = build_access_report(seeded, person, TODAY)
    transfer = next(b for b in next(p for p in built.report.registers
                                    if p.name == "Kundregister").items[2].blocks
                    if isinstance(b, Marked) and b.text.startswith("Pilvi Inc. behandlar"))
    assert ("vakiolausekkeet", True) in transfer.parts
    assert all(not untranslated for text, untranslated in transfer.parts
               if text != "vakiolausekkeet")
    assert "[inte översatt — text på finska]" in text_of(built.pdf)


# --- (d) storage, (e)–(h) -----------------------------------------------------------------

def test_deletion_dates_by_each_registers_rule(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", registers=("asiakkaat", "tapahtumat"),
                        birth_year=1980)
    built = build_access_report(seeded, person, TODAY)
    customers = item_text(built, CUSTOMERS, "d")
    assert ("Sinun tietosi on määrä poistaa tästä rekisteristä 30.9.2026 (6 kuukautta siitä, "
            "kun niitä viimeksi tarvittiin 31.3.2026)") in customers
    assert ("Syntymävuosi: poistetaan 31.3.2027 (12 kuukautta siitä, kun tietoja viimeksi "
            "tarvittiin)") in customers
    assert "Laskutus- ja maksutiedot" not in customers  # a rule of its own, but none held
    assert ("Sinun tietosi on määrä poistaa tästä rekisteristä 10.7.2026 (6 kuukautta niiden "
            "keräämisestä 10.1.2026).") in item_text(built, EVENTS, "d")


def test_rights_follow_the_bases_and_the_source_is_the_entrys(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", source="Fonecta")
    built = build_access_report(seeded, person, TODAY)
    rights = item_text(built, CUSTOMERS, "e")
    assert "(20 artikla)" in rights  # on a contract: portability
    assert "(21 artiklan 1 kohta)" in rights  # a purpose on a legitimate interest: objection
    assert "suostumuksesi" not in rights  # nothing here rests on her consent
    assert item_text(built, CUSTOMERS, "g") == (
        "Merkintääsi on kirjattu tietojen lähteeksi ”Fonecta” ja keräyspäiväksi 10.1.2026. "
        "Lähde on julkinen.")
    assert item_text(built, CUSTOMERS, "f") == (
        "Jos katsot, että tietojesi käsittely tässä rekisterissä rikkoo tietosuojasääntelyä, "
        "voit tehdä valituksen valvontaviranomaiselle (Tietosuojavaltuutetun toimisto).")


def test_a_source_typed_in_finnish_is_marked_in_english(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", source="Suoraan asiakkaalta")
    english = build_access_report(seeded, person, TODAY, "en")
    part = next(p for p in english.report.registers if p.name == "Customer register")
    source = part.items[6].blocks[0]
    assert isinstance(source, Marked) and ("Suoraan asiakkaalta", True) in source.parts
    assert source.text == ("Your entry records the source of the data as “Suoraan "
                           "asiakkaalta” and the date they were collected as 10 January 2026.")
    assert "[not translated — text in Finnish]" in text_of(english.pdf)
    finnish = build_access_report(seeded, person, TODAY)
    assert not any(b.untranslated for p in finnish.report.registers for i in p.items
                   for b in i.blocks if isinstance(b, Marked | Lines))


def test_nothing_general_and_no_cross_references(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", registers=("asiakkaat", "tapahtumat"))
    text = text_of(build_access_report(seeded, person, TODAY).pdf)
    for phrase in ("voi sisältää", "voidaan", "kohdan", "kohdassa", "Katso kohta",
                   "Kuten rekisterissä", "Muilta osin", "[ei käännetty"):
        assert phrase not in text, phrase


def test_a_register_without_a_retention_rule_refuses_the_report(seeded: Database) -> None:
    facts = load_register(seeded, "tapahtumat")
    save_register(seeded, dataclasses.replace(facts, retention_months=None))
    person = add_person(seeded, "liisa@example.fi", registers=("tapahtumat",))
    with pytest.raises(AccessReportError) as refused:
        build_access_report(seeded, person, TODAY)
    assert refused.value.params == {"register": "Tapahtumarekisteri"}


# --- the demo -----------------------------------------------------------------------------

def test_maija_is_told_the_recipients_of_her_data_only(db: Database) -> None:
    """Her data in the demo: name, contact details, language, year of birth, gender and a
    customer number; a newsletter consent; a sign-up. No billing, order, website-usage or
    user-account data, and no customer-service messages."""
    build_demo(db, TODAY)
    built = build_access_report(db, find_person(db, MAIJA), TODAY)
    customers, marketing = item_text(built, CUSTOMERS, "c"), item_text(built, MARKETING, "c")
    assert customers == (
        "Tämän rekisterin tietojasi saavat seuraavat vastaanottajat: Kanto CRM Oy "
        "(henkilötietojen käsittelijä), Suomi: asiakkuudenhallintajärjestelmä ja tietojen "
        f"säilytys {NO_TRANSFER_HERE}")
    assert marketing == (
        "Tämän rekisterin tietojasi saavat seuraavat vastaanottajat: Postitin Oy "
        "(henkilötietojen käsittelijä), Suomi: uutiskirjeiden ja sähköpostimarkkinoinnin "
        "lähettäminen Kanto CRM Oy (henkilötietojen käsittelijä), Suomi: "
        f"asiakkuudenhallintajärjestelmä ja tietojen säilytys {NO_TRANSFER_HERE}")
    text = text_of(built.pdf)
    for name in ("Google LLC", "Laskutus Kivi Oy", "Tilitoimisto Saarni Oy",
                 "Maksuvirta Payments Ltd"):
        assert name not in text, name
    assert NO_TRANSFER_AT_ALL in text
    customer_purposes = item_text(built, CUSTOMERS, "a")
    for purpose in ("Laskutus ja kirjanpito", "Verkkopalvelun käyttäjätilien hallinta",
                    "Palvelujen kehittäminen palautteen perusteella"):
        assert purpose not in customer_purposes, purpose
    assert "Verkkosivujen käytön analysointi" not in item_text(built, MARKETING, "a")
    assert "Palvelujen kehittäminen palautteen perusteella" in item_text(
        built, "Tapahtumien rekisteri", "a")  # on the event she signed up for
