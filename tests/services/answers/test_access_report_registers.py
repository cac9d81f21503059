"""Items (a)–(h) of the access report, written about the person: their purposes with each
basis, the categories of their data actually held, the recipients by name and the transfers
derived from them, their deletion date, their source; and the refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

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
from kasve_desktop.domain.notice_vocabulary import EEA_COUNTRIES
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
    squeezed,
    text_of,
)

__all__ = ["seeded"]  # the fixture, imported for these tests
CUSTOMERS, EVENTS = "Asiakasrekisteri", "Tapahtumarekisteri"
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


def item_text(built: BuiltReport, register: str, key: str) -> str:
    """What item ``key`` ((a)–(h)) says for the register, as one line."""
    part = next(p for p in built.report.registers if p.name == register)
    item = next(i for i in part.items if i.key == key)
    return " ".join(block_text(b) for b in item.blocks)


# --- (a) purposes -------------------------------------------------------------------------

def test_purposes_are_those_of_the_entrys_basis_each_with_its_basis(seeded: Database) -> None:
    built = build_access_report(seeded, add_person(seeded, "liisa@example.fi"), TODAY)
    purposes = item_text(built, CUSTOMERS, "a")
    assert "Sinun tietojesi käsittelyn oikeusperuste tässä rekisterissä: sopimus (6 art. 1 b)." \
        in purposes
    assert ("Asiakassuhteen hoitaminen ja asiakaspalvelu – oikeusperuste: sopimus "
            "(6 art. 1 b)") in purposes
    assert ("Suoramarkkinointi postitse ja puhelimitse – oikeusperuste: oikeutettu etu "
            f"(6 art. 1 f); tavoiteltu oikeutettu etu: {INTEREST['fi']}") in purposes
    assert "Asiakastyytyväisyyskyselyt – oikeusperuste: sopimus (6 art. 1 b)" in purposes
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
    assert ("Sähköinen suoramarkkinointi (uutiskirjeet ja sähköpostitarjoukset) – "
            "oikeusperuste: suostumus (6 art. 1 a)") in item_text(built, CUSTOMERS, "a")
    assert "voit peruuttaa suostumuksesi milloin tahansa" in item_text(built, CUSTOMERS, "e")


def test_an_entry_without_a_basis_gets_the_registers_purposes_as_such(seeded: Database) -> None:
    built = build_access_report(seeded, add_person(seeded, "liisa@example.fi", basis=""), TODAY)
    purposes = item_text(built, CUSTOMERS, "a")
    assert "Merkintääsi ei ole kirjattu, mihin oikeusperusteeseen se perustuu." in purposes
    assert "Tämän rekisterin tietoja käsitellään seuraaviin tarkoituksiin:" in purposes
    assert "Sähköinen suoramarkkinointi" in purposes
    assert "Käsittelemme tämän rekisterin tietojasi" not in purposes


# --- (b) categories -----------------------------------------------------------------------

def test_categories_are_those_held_and_listed_by_the_register(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", registers=("asiakkaat", "tapahtumat"),
                        birth_year=1980)
    built = build_access_report(seeded, person, TODAY)
    customers = item_text(built, CUSTOMERS, "b")
    for held in ("Nimi", "Yhteystiedot (postiosoite, sähköpostiosoite, puhelinnumero)",
                 "Syntymävuosi", "Merkintäsi lisätiedot: lehti"):
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
        recipients.recipient_blocks(_context(), register)
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
        "Sinun tietosi tähän rekisteriin saatiin: Fonecta (10.1.2026). Lähde on julkinen.")
    assert item_text(built, CUSTOMERS, "f") == (
        "Jos katsot, että tietojesi käsittely tässä rekisterissä rikkoo tietosuojasääntelyä, "
        "voit tehdä valituksen valvontaviranomaiselle (Tietosuojavaltuutetun toimisto).")


def test_a_source_typed_in_finnish_is_marked_in_english(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", source="Suoraan asiakkaalta")
    english = build_access_report(seeded, person, TODAY, "en")
    part = next(p for p in english.report.registers if p.name == "Customer register")
    source = part.items[6].blocks[0]
    assert isinstance(source, Marked) and ("Suoraan asiakkaalta", True) in source.parts
    assert source.text == "Your data in this register came from: Suoraan asiakkaalta " \
        "(10 January 2026)."
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

def test_maija_is_told_the_recipients_of_her_registers(db: Database) -> None:
    build_demo(db, TODAY)
    maija = find_person(db, "maija.meikalainen@example.fi")
    with db.sessions() as session:
        person = session.scalars(select(Person).where(Person.id == maija)).one()
        keys = [entry.register.key for entry in person.entries]
    built = build_access_report(db, maija, TODAY)
    text = squeezed(text_of(built.pdf))
    outside = []
    for key in keys:
        for item in load_register(db, key).items_of("recipient"):
            assert squeezed(item.name) in text, item.name
            if item.country not in EEA_COUNTRIES:
                outside.append(item.name)
    assert outside  # her marketing register lists Google Analytics
    assert squeezed(NO_TRANSFER_AT_ALL) not in text
    for name in outside:
        assert squeezed(f"{name} käsittelee tietojasi EU:n ja ETA:n ulkopuolella") in text
