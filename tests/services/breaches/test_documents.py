"""The breach's notification drafts from the register's rows: the authority's notification
and the letters to the persons, and each refusal of a draft that would be untrue."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from kasve_desktop.clock import stored
from kasve_desktop.documents.letter import WindowOffset
from kasve_desktop.services.answers.letters.parts import set_window_offset
from kasve_desktop.services.breaches.documents import (
    BreachDocumentRefused,
    authority_notification_pdf,
    person_letters,
)
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Breach,
    BreachAddition,
    BreachPerson,
    ContactPerson,
    Controller,
    Person,
    Register,
)
from tests.documents.test_breach_letter_pdf import letters_of, text
from tests.documents.test_letter import from_top_mm, left_mm
from tests.documents.test_notice_pdf import full_text, page_runs

HKI = ZoneInfo("Europe/Helsinki")
REFERENCE = "LOUK-2027-001"
DISCOVERED = dt.datetime(2027, 3, 27, 22, 0, tzinfo=HKI)  # the clocks move that night
ON_TIME = dt.datetime(2027, 3, 29, 12, 0, tzinfo=HKI)
LATE = dt.datetime(2027, 3, 31, 10, 0, tzinfo=HKI)
DESCRIPTION = "Uutiskirje lähetettiin 40 vastaanottajalle niin, että kaikkien osoitteet näkyivät."
CONSEQUENCES = "Vastaanottajat näkivät toistensa sähköpostiosoitteet."
DELAY = "Lähetyksen laajuus selvisi vasta palveluntarjoajan lokeista."
MESSAGE = "Lähetimme uutiskirjeen niin, että vastaanottajat näkivät toistensa osoitteet."


def add_breach(db: Database, reference: str = REFERENCE, **fields: object) -> None:
    values: dict[str, object] = dict(
        reference=reference, title="Väärin lähetetty uutiskirje",
        happened_at=stored(dt.datetime(2027, 3, 27, 18, 0, tzinfo=HKI)),
        discovered_at=stored(DISCOVERED), description=DESCRIPTION,
        person_categories="uutiskirjeen tilaajat", persons_count=40,
        data_categories="nimi ja sähköpostiosoite", records_count=40,
        register_keys=["markkinointi"], consequences=CONSEQUENCES,
        measures_taken="Pyysimme vastaanottajia poistamaan viestin.",
        measures_proposed="Joukkolähetykset vain piilokopiona.", risk="high",
        persons_message=MESSAGE,
        risk_reasons="Osoitteista näkyy tilaajan nimi.", decided_by="Elias Haapakorva",
        decided_at=stored(dt.datetime(2027, 3, 28, 9, 30, tzinfo=HKI)))
    values.update(fields)
    with transaction(db) as session:
        breach = Breach(**values)
        breach.additions.append(BreachAddition(
            at=stored(dt.datetime(2027, 4, 2, 14, 0, tzinfo=HKI)),
            text="Kaikki vastaanottajat vahvistivat poistaneensa viestin."))
        session.add(breach)


def link_people(db: Database, reference: str = REFERENCE,
                people: tuple[Person, ...] | None = None) -> None:
    with transaction(db) as session:
        breach = session.scalars(select(Breach).where(Breach.reference == reference)).one()
        for person in people if people is not None else (
                Person(first_name="Liisa", last_name="Laine", street="Tie 2",
                       postal_code="70200", locality="Kuopio"),
                Person(first_name="Sven", last_name="Ek", language="sv", street="Storgatan 1",
                       postal_code="00100", locality="Helsingfors"),
                Person(first_name="John", last_name="Smith", language="en",
                       street="1 High Street", postal_code="SW1A 1AA", locality="London",
                       country="GB"),
                Person(first_name="Anna", last_name="Berg", language="sv")):
            session.add(person)
            breach.persons.append(BreachPerson(person=person))


@pytest.fixture
def kasve(db: Database) -> Database:
    """Kasve Oy with its contact person and marketing register, a high-risk breach and four
    persons linked to it (Finnish, Swedish, English, and one without an address)."""
    with transaction(db) as session:
        controller = Controller(name="Kasve Oy", business_id="2457832-5",
                                street="Puijonkatu 23", postal_code="70110", locality="Kuopio",
                                email="tietosuoja@kasve.fi")
        controller.contacts.append(ContactPerson(
            role="contact", name="Elias Haapakorva", street="Puijonkatu 23",
            postal_code="70110", locality="Kuopio", email="elias@kasve.fi",
            phone="+358401234567"))
        session.add(controller)
        session.flush()
        session.add(Register(key="markkinointi", controller_id=controller.id,
                             name={"fi": "Markkinointirekisteri", "sv": "Marknadsföring"}))
    add_breach(db)
    link_people(db)
    return db


def change(db: Database, reference: str = REFERENCE, **fields: object) -> None:
    with transaction(db) as session:
        breach = session.scalars(select(Breach).where(Breach.reference == reference)).one()
        for name, value in fields.items():
            setattr(breach, name, value)


def refusal(call: object, *args: object) -> str:
    with pytest.raises(BreachDocumentRefused) as raised:
        call(*args)  # type: ignore[operator]
    return raised.value.text()


# --- the authority's notification ----------------------------------------------------------

def test_the_notification_carries_every_article_33_3_item(kasve: Database) -> None:
    content = full_text(authority_notification_pdf(kasve, REFERENCE, ON_TIME))
    for fact in ("Ilmoitus henkilötietojen tietoturvaloukkauksesta",
                 "Luonnos 29.3.2027 · Viite LOUK-2027-001", "Väärin lähetetty uutiskirje",
                 "Rekisterinpitäjä", "Nimi Kasve Oy", "Y-tunnus 2457832-5",
                 "Postiosoite Puijonkatu 23, 70110 Kuopio",
                 "a) Tietoturvaloukkauksen luonne", f"Mitä tapahtui {DESCRIPTION}",
                 "Rekisteröityjen ryhmät uutiskirjeen tilaajat",
                 "Rekisteröityjen arvioitu lukumäärä noin 40",
                 "Henkilötietoryhmät nimi ja sähköpostiosoite",
                 "Henkilötietotietueiden arvioitu lukumäärä noin 40",
                 "Rekisterit, joita loukkaus koskee Markkinointirekisteri",
                 "b) Tietosuojavastaavan tai muun yhteyspisteen nimi ja yhteystiedot",
                 "Yhteyshenkilö Elias Haapakorva Puijonkatu 23, 70110 Kuopio elias@kasve.fi",
                 f"c) Tietoturvaloukkauksen todennäköiset seuraukset {CONSEQUENCES}",
                 "d) Toteutetut ja ehdotetut toimenpiteet, myös haittavaikutusten "
                 "lieventämiseksi", "Pyysimme vastaanottajia poistamaan viestin.",
                 "Joukkolähetykset vain piilokopiona.",
                 "Perustelut Osoitteista näkyy tilaajan nimi.",
                 "Arvion teki Elias Haapakorva, 28.3.2027 klo 09.30",
                 "Rekisteröidyille ilmoitettu ei vielä ilmoitettu",
                 "2.4.2027 klo 14.00 Kaikki vastaanottajat vahvistivat poistaneensa viestin."):
        assert fact in content, fact


def test_the_72_hours_in_helsinki_time_across_the_clock_change(kasve: Database) -> None:
    content = full_text(authority_notification_pdf(kasve, REFERENCE, ON_TIME))
    assert "Loukkaus tapahtui 27.3.2027 klo 18.00" in content
    assert "Loukkaus havaittiin (määräaika alkaa) 27.3.2027 klo 22.00" in content
    assert "Ilmoitus viimeistään (72 tuntia havaitsemisesta) 30.3.2027 klo 23.00" in content
    assert "Syyt ilmoituksen viivästymiseen" not in content


def test_a_late_notification_prints_the_reasons_for_the_delay(kasve: Database) -> None:
    change(kasve, delay_reasons=DELAY)
    content = full_text(authority_notification_pdf(kasve, REFERENCE, LATE))
    assert "Ilmoitus tehdään yli 72 tunnin kuluttua loukkauksen havaitsemisesta." in content
    assert f"Syyt ilmoituksen viivästymiseen (33 artiklan 1 kohta) {DELAY}" in content


def test_late_without_reasons_is_refused(kasve: Database) -> None:
    message = refusal(authority_notification_pdf, kasve, REFERENCE, LATE)
    assert message == ("Loukkauksen LOUK-2027-001 ilmoitus tehdään yli 72 tuntia sen "
                       "havaitsemisen jälkeen (määräaika päättyi 30.3.2027 klo 23.00). Kirjaa "
                       "ensin syyt viivästymiseen (tietosuoja-asetuksen 33 artiklan 1 kohta).")


def test_the_recorded_notification_time_decides_lateness(kasve: Database) -> None:
    on_time = stored(dt.datetime(2027, 3, 30, 22, 30, tzinfo=HKI))
    change(kasve, authority_notified_at=on_time, authority_reference="TSV/1234/2027")
    content = full_text(authority_notification_pdf(kasve, REFERENCE, LATE))
    assert "Ilmoitus tehty valvontaviranomaiselle 30.3.2027 klo 22.30" in content
    assert ("Ilmoitettu valvontaviranomaiselle 30.3.2027 klo 22.30 · diaarinumero "
            "TSV/1234/2027 Tulostettu 31.3.2027 · Viite LOUK-2027-001") in content
    assert "Luonnos" not in content
    assert "yli 72 tunnin" not in content
    change(kasve, authority_notified_at=stored(dt.datetime(2027, 3, 30, 23, 1, tzinfo=HKI)))
    assert "Kirjaa ensin syyt viivästymiseen" in refusal(
        authority_notification_pdf, kasve, REFERENCE, ON_TIME)


def test_refused_for_an_unknown_reference_or_an_open_assessment(kasve: Database) -> None:
    assert refusal(authority_notification_pdf, kasve, "LOUK-1999-9", ON_TIME) == (
        "Tietoturvaloukkausta viitteellä LOUK-1999-9 ei ole.")
    change(kasve, risk="")
    assert refusal(authority_notification_pdf, kasve, REFERENCE, ON_TIME).startswith(
        "Loukkauksen LOUK-2027-001 riskiä ei ole vielä arvioitu.")


def test_no_notification_when_no_risk(kasve: Database) -> None:
    change(kasve, risk="none")
    message = refusal(authority_notification_pdf, kasve, REFERENCE, ON_TIME)
    assert "ilmoitusta valvontaviranomaiselle ei tarvitse tehdä" in message
    assert "ei arvion mukaan todennäköisesti aiheudu riskiä" in message
    assert message.endswith("Jos ilmoitat valvontaviranomaiselle silti, kirjaa ensin "
                            "ilmoituksen ajankohta: sen jälkeen luonnos laaditaan.")


def test_a_voluntary_notification_of_no_risk_gets_its_draft(kasve: Database) -> None:
    change(kasve, risk="none", authority_notified_at=stored(LATE))
    content = full_text(authority_notification_pdf(kasve, REFERENCE, LATE))
    assert ("Arvio Ei todennäköisesti aiheuta riskiä rekisteröityjen oikeuksille ja "
            "vapauksille. Ilmoitus tehtiin silti vapaaehtoisesti, vaikka 33 artiklan 1 kohta "
            "ei sitä edellytä.") in content
    assert "Ilmoitus tehty valvontaviranomaiselle 31.3.2027 klo 10.00" in content
    assert "ei määräaikaa: ilmoitusta ei edellytetä (33 artiklan 1 kohta)" in content
    assert "yli 72 tunnin" not in content  # no deadline binds it: not late, no reasons asked


def test_an_article_34_3_reason_is_printed_instead_of_a_pending_notice(
        kasve: Database) -> None:
    reason = "Tiedot olivat vahvasti salattuja, eikä avain joutunut sivullisille."
    change(kasve, persons_not_told_reason=reason)
    content = full_text(authority_notification_pdf(kasve, REFERENCE, ON_TIME))
    assert ("Rekisteröidyille ilmoitettu ei ilmoiteta erikseen (34 artiklan 3 kohta) "
            f"Miksi rekisteröidyille ei ilmoiteta erikseen {reason}") in content
    assert "ei vielä ilmoitettu" not in content
    assert "myös rekisteröidyille ilmoitetaan" not in content


def test_missing_items_are_named(kasve: Database) -> None:
    change(kasve, description=" ", consequences="", measures_taken="", measures_proposed="")
    assert refusal(authority_notification_pdf, kasve, REFERENCE, ON_TIME) == (
        "Loukkauksesta LOUK-2027-001 puuttuu, mitä asiakirjassa on kerrottava: mitä tapahtui "
        "(loukkauksen luonne), todennäköiset seuraukset, toteutetut tai ehdotetut "
        "toimenpiteet.")
    change(kasve, description=DESCRIPTION, consequences=CONSEQUENCES, measures_proposed="x")
    with transaction(kasve) as session:
        for contact in session.scalars(select(ContactPerson)):
            session.delete(contact)
    assert refusal(authority_notification_pdf, kasve, REFERENCE, ON_TIME).endswith(
        "yhteyshenkilö tai tietosuojavastaava.")


def test_the_refusal_follows_the_interface_language(kasve: Database) -> None:
    from kasve_desktop import i18n

    change(kasve, consequences="")
    with pytest.raises(BreachDocumentRefused) as raised:
        authority_notification_pdf(kasve, REFERENCE, ON_TIME)
    i18n.set_language("sv")
    assert raised.value.text().endswith(": de sannolika konsekvenserna.")


# --- the letters to the persons ------------------------------------------------------------

def test_a_letter_to_each_person_with_an_address_in_their_language(kasve: Database) -> None:
    letters = person_letters(kasve, REFERENCE, ON_TIME)
    assert letters.count == 3
    assert letters.without_address == ("Anna Berg",)
    by_lang = letters_of(page_runs(letters.pdf))
    assert list(by_lang) == ["fi", "sv", "en"]
    fi, sv, en = (text(by_lang[lang]) for lang in ("fi", "sv", "en"))
    assert "Hyvä Liisa Laine," in fi and "Havaitsimme loukkauksen 27.3.2027." in fi
    assert f"Mitä tapahtui {MESSAGE}" in fi
    assert "Mitä tietojasi loukkaus koski nimi ja sähköpostiosoite" in fi
    assert "korkean riskin oikeuksillesi ja vapauksillesi" in fi
    assert "Tietosuoja-asioiden yhteyshenkilö Elias Haapakorva" in fi
    assert "Bästa Sven Ek," in sv and "Vi upptäckte incidenten den 27.3.2027." in sv
    assert f"{MESSAGE} [inte översatt — text på finska]" in sv
    assert ("Vilka av dina uppgifter det gällde nimi ja sähköpostiosoite [inte översatt — "
            "text på finska]") in sv
    assert "Kontaktperson för dataskyddsfrågor Elias Haapakorva" in sv
    assert "Dear John Smith," in en and "on 27 March 2027." in en
    assert f"{CONSEQUENCES} [not translated — text in Finnish]" in en
    assert "Which of your data were involved nimi ja sähköpostiosoite" in en
    for content in (fi, sv, en):
        assert DESCRIPTION not in content  # the controller's own account stays internal
        assert "elias@kasve.fi" in content and "LOUK-2027-001" in content
    assert "Anna Berg" not in fi + sv + en


def test_each_address_in_the_window_zone(kasve: Database) -> None:
    by_lang = letters_of(page_runs(person_letters(kasve, REFERENCE, ON_TIME).pdf))
    addresses = {"fi": ["Liisa Laine", "Tie 2", "70200 KUOPIO"],
                 "sv": ["Sven Ek", "Storgatan 1", "00100 HELSINGFORS"],
                 "en": ["John Smith", "1 High Street", "SW1A 1AA LONDON", "UNITED KINGDOM"]}
    for lang, address in addresses.items():
        first = by_lang[lang][0]
        runs = sorted((run for run in first if 38 <= from_top_mm(run) <= 87
                       and left_mm(run) < 110), key=lambda r: -r.y)
        assert [run.text for run in runs] == address
        assert all(22 <= left_mm(run) <= 25 for run in runs)
        assert 44 <= from_top_mm(runs[0]) <= 49 and from_top_mm(runs[-1]) <= 70


def test_letters_refused_without_persons_or_addresses(kasve: Database) -> None:
    add_breach(kasve, "LOUK-2027-002")
    assert refusal(person_letters, kasve, "LOUK-2027-002", ON_TIME) == (
        "Loukkaukseen LOUK-2027-002 ei ole liitetty henkilöitä. Liitä ensin henkilöt, joita "
        "loukkaus koskee.")
    link_people(kasve, "LOUK-2027-002", (Person(first_name="Anna", last_name="Berg"),))
    assert refusal(person_letters, kasve, "LOUK-2027-002", ON_TIME) == (
        "Kenelläkään loukkaukseen LOUK-2027-002 liitetyistä henkilöistä ei ole postiosoitetta.")


def test_letters_refused_while_unassessed_or_incomplete(kasve: Database) -> None:
    change(kasve, consequences="  ")
    assert refusal(person_letters, kasve, REFERENCE, ON_TIME).endswith(
        ": todennäköiset seuraukset.")
    change(kasve, consequences=CONSEQUENCES, risk="")
    assert "riskiä ei ole vielä arvioitu" in refusal(person_letters, kasve, REFERENCE, ON_TIME)
    assert "LOUK-1999-9 ei ole" in refusal(person_letters, kasve, "LOUK-1999-9", ON_TIME)


def test_a_person_without_a_postal_code_gets_no_letter(kasve: Database) -> None:
    """The breach window's "has an address" rule (``addresses.has_postal_address``)."""
    link_people(kasve, people=(Person(first_name="Olli", last_name="Koski", street="Tie 5",
                                      locality="Kuopio"),))
    letters = person_letters(kasve, REFERENCE, ON_TIME)
    assert letters.count == 3
    assert letters.without_address == ("Anna Berg", "Olli Koski")


def test_letters_refused_without_the_message_to_the_persons(kasve: Database) -> None:
    change(kasve, persons_message=" \n ")
    assert refusal(person_letters, kasve, REFERENCE, ON_TIME) == (
        "Kirjoita ensin rekisteröidyille kerrottava kuvaus (Ilmoitukset-välilehti): mitä "
        "tapahtui, selkeällä ja yksinkertaisella kielellä (tietosuoja-asetuksen 34 artiklan "
        "2 kohta). Loukkauksen LOUK-2027-001 kirjeisiin tulostetaan se eikä loukkauksen "
        "sisäistä kuvausta.")
    from kasve_desktop import i18n

    with pytest.raises(BreachDocumentRefused) as raised:
        person_letters(kasve, REFERENCE, ON_TIME)
    i18n.set_language("sv")
    assert raised.value.text().startswith("Skriv först den beskrivning som ska ges till de "
                                          "registrerade (fliken Anmälningar)")


def test_letters_need_the_message_not_the_internal_description(kasve: Database) -> None:
    change(kasve, description="")
    assert person_letters(kasve, REFERENCE, ON_TIME).count == 3
    assert "mitä tapahtui" in refusal(authority_notification_pdf, kasve, REFERENCE, ON_TIME)


def test_a_letter_for_a_risk_that_is_not_high_never_says_high(kasve: Database) -> None:
    change(kasve, risk="risk")
    by_lang = letters_of(page_runs(person_letters(kasve, REFERENCE, ON_TIME).pdf))
    fi, sv, en = (text(by_lang[lang]).lower() for lang in ("fi", "sv", "en"))
    assert "korkea" not in fi and "hög risk" not in sv and "high risk" not in en
    change(kasve, risk="high")
    by_lang = letters_of(page_runs(person_letters(kasve, REFERENCE, ON_TIME).pdf))
    assert "korkean riskin" in text(by_lang["fi"]) and "hög risk" in text(by_lang["sv"])


def test_a_letter_names_only_the_measures_recorded(kasve: Database) -> None:
    change(kasve, risk="risk", measures_taken="")
    fi = text(letters_of(page_runs(person_letters(kasve, REFERENCE, ON_TIME).pdf))["fi"])
    assert ("Haluamme kertoa sinulle, mitä on tapahtunut, mitä siitä voi seurata ja mitä "
            "aiomme tehdä asian korjaamiseksi.") in fi
    assert "olemme tehneet" not in fi


def test_the_users_window_offset_moves_every_address(kasve: Database) -> None:
    set_window_offset(kasve, WindowOffset(right_mm=3, down_mm=2))
    by_lang = letters_of(page_runs(person_letters(kasve, REFERENCE, ON_TIME).pdf))
    for lang, name in (("fi", "Liisa Laine"), ("sv", "Sven Ek"), ("en", "John Smith")):
        run = next(run for run in by_lang[lang][0] if run.text == name)
        assert round(left_mm(run)) == 27 and round(from_top_mm(run), 1) == 49.5
