"""The record of processing activities (Art. 30(1)) built from the registers' facts."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kasve_desktop.domain.notice import (
    Address,
    ContactFacts,
    ControllerFacts,
    ItemFacts,
    NoticeFacts,
    RegisterFacts,
)
from kasve_desktop.domain.record import (
    ProcessorFlag,
    Record,
    RecordVersionFacts,
    build_record,
    group_sharing_concerns,
    processor_flags,
)

DAY = dt.date(2026, 11, 24)


def fi_date(day: dt.date, lang: str) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def recipient(name: str, **values: object) -> ItemFacts:
    return ItemFacts("recipient", name=name, **values)  # type: ignore[arg-type]


def customers() -> RegisterFacts:
    return RegisterFacts(
        key="asiakkaat", name={"fi": "Asiakasrekisteri", "sv": "Kundregistret"},
        retention_months=24,
        security_manual={"fi": "Paperit lukitussa kaapissa."},
        security_electronic={"fi": "Palvelin salatussa konesalissa.",
                             "sv": "Servern i en krypterad serverhall."},
        items=[
            ItemFacts("purpose", category="customer-relationship", legal_basis="contract"),
            ItemFacts("purpose", text={"fi": "Asiakaskyselyt"},
                      legal_basis="legitimate-interests",
                      legitimate_interest={"fi": "Palvelun parantaminen"}),
            ItemFacts("subject-category", category="customers"),
            ItemFacts("data-category", category="name"),
            ItemFacts("data-category", category="billing", retention_months=72,
                      retention_anchor="collected"),
            recipient("Kanto CRM Oy", role="processor", category="crm", country="FI",
                      agreement_date=dt.date(2021, 2, 1), review_on=dt.date(2027, 2, 1)),
            recipient("Google LLC", role="processor", category="web-analytics", country="US",
                      agreement_date=dt.date(2023, 9, 4), review_on=DAY,
                      transfer_mechanism="dpf"),
            recipient("Tilitoimisto Saarni Oy", role="processor", category="accounting",
                      country="FI", agreement_date=dt.date(2018, 5, 14),
                      review_on=dt.date(2025, 5, 14)),
            recipient("Verohallinto", role="authority", country="FI"),
            ItemFacts("security", category="encryption"),
        ])


def partners() -> RegisterFacts:
    return RegisterFacts(
        key="kumppanit", name={"fi": "Yhteistyökumppanirekisteri"}, retention_months=36,
        retention_anchor="collected",
        items=[ItemFacts("purpose", category="partner-relationship", legal_basis=None),
               recipient("Kanto CRM Oy", role="processor", category="crm", country="FI",
                         agreement_date=dt.date(2021, 2, 1), review_on=dt.date(2027, 2, 1)),
               recipient("Uusi Pilvi Oy", role="processor", category="crm", country="FI")])


def facts(dpo: ContactFacts | None = None) -> NoticeFacts:
    controller = ControllerFacts("Kasve Oy", "2457832-5",
                                 Address("Puijonkatu 23", "70110", "Kuopio"),
                                 "tietosuoja@kasve.fi", "+358 17 555 0100")
    contact = ContactFacts("Elias Haapakorva", email="elias@kasve.fi")
    return NoticeFacts(controller, contact, (customers(), partners()), {}, dpo=dpo)


def record(lang: str = "fi", dpo: ContactFacts | None = None, as_of: dt.date = DAY) -> Record:
    version = RecordVersionFacts(3, DAY, ((1, dt.date(2026, 1, 5)), (2, dt.date(2026, 6, 1)),
                                          (3, DAY)))
    return build_record(facts(dpo), lang, version, as_of, fi_date)


def item(rec: Record, register: int, letter: str) -> str:
    found = next(i for i in rec.activities[register].items if i.letter == letter)
    return f"{found.label} {found.heading}\n{found.plain_text()}"


def test_one_activity_per_register_with_the_seven_items_labelled() -> None:
    rec = record()
    assert [a.name for a in rec.activities] == ["Asiakasrekisteri",
                                               "Yhteistyökumppanirekisteri"]
    for activity in rec.activities:
        assert [(i.label, i.heading) for i in activity.items] == [
            ("a)", "Rekisterinpitäjän nimi ja yhteystiedot"),
            ("b)", "Käsittelyn tarkoitukset"),
            ("c)", "Rekisteröityjen ryhmät ja henkilötietoryhmät"),
            ("d)", "Vastaanottajien ryhmät"),
            ("e)", "Siirrot kolmansiin maihin ja suojatoimet"),
            ("f)", "Eri tietoryhmien poistamisen määräajat"),
            ("g)", "Teknisten ja organisatoristen turvatoimien yleinen kuvaus")]
    assert rec.title == "Seloste käsittelytoimista"
    assert rec.version_label == "Versio 3, laadittu 24.11.2026"
    assert rec.history == ("Versio 1: laadittu 5.1.2026", "Versio 2: laadittu 1.6.2026",
                           "Versio 3: laadittu 24.11.2026")


def test_a_names_the_controller_the_contact_person_and_that_no_dpo_is_designated() -> None:
    text = item(record(), 0, "a")
    assert "Kasve Oy · Y-tunnus: 2457832-5 · Puijonkatu 23, 70110 Kuopio" in text
    assert "Yhteyshenkilö:\nElias Haapakorva · elias@kasve.fi" in text
    assert "Tietosuojavastaavaa ei ole nimetty." in text
    with_dpo = item(record(dpo=ContactFacts("Tiina Vahti", email="dpo@kasve.fi")), 0, "a")
    assert "Tietosuojavastaava:\nTiina Vahti · dpo@kasve.fi" in with_dpo


def test_b_gives_each_purpose_its_legal_basis() -> None:
    text = item(record(), 0, "b")
    assert ("Asiakassuhteen hoitaminen ja asiakaspalvelu — oikeusperuste: sopimus "
            "(6\u00a0art.\u00a01\u00a0b)") in text
    assert "Asiakaskyselyt — oikeusperuste: oikeutettu etu (6\u00a0art.\u00a01\u00a0f) — " \
           "oikeutettu etu: Palvelun parantaminen" in text
    assert "oikeusperustetta ei ole valittu" in item(record(), 1, "b")


def test_c_lists_the_data_subjects_and_the_data() -> None:
    text = item(record(), 0, "c")
    assert "Rekisteröityjen ryhmät:\nAsiakkaat ja asiakasyritysten yhteyshenkilöt" in text
    assert "Henkilötietoryhmät:\nNimi\nLaskutus- ja maksutiedot" in text


def test_d_names_the_recipients_and_marks_the_third_country() -> None:
    text = item(record(), 0, "d")
    assert "Vastaanottajaryhmät:\nhenkilötietojen käsittelijä\nviranomainen" in text
    assert "Google LLC (henkilötietojen käsittelijä, verkkosivujen kävijäseuranta ja " \
           "analytiikka, Yhdysvallat, kolmas maa)" in text
    assert "Verohallinto (viranomainen, Suomi)" in text


def test_e_gives_the_transfer_its_safeguard_or_says_there_is_none() -> None:
    assert "Google LLC (Yhdysvallat): EU:n ja Yhdysvaltojen välinen tietosuojakehys" in \
        item(record(), 0, "e")
    assert "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle." in item(record(), 1, "e")


def test_f_gives_the_registers_rule_and_each_categorys_own() -> None:
    text = item(record(), 0, "f")
    assert "Rekisterin sääntö: Tiedot poistetaan 24 kuukauden kuluttua siitä, kun niitä on " \
           "viimeksi tarvittu." in text
    assert "Nimi — rekisterin sääntö" in text
    assert "Laskutus- ja maksutiedot — Tiedot poistetaan 72 kuukauden kuluttua niiden " \
           "keräämisestä." in text


def test_f_parts_a_category_whose_name_has_a_colon_from_its_rule_by_a_dash() -> None:
    """A coded category with a text of its own ("Käyttäjätunnus: vain …") reads right."""
    base = facts()
    login = ItemFacts("data-category", category="name", retention_months=12,
                      text={"fi": "vain verkkokaupan asiakkailta", "sv": "endast webbkunder",
                            "en": "only web shop customers"})
    customers_ = dataclasses.replace(base.registers[0],
                                     items=[*base.registers[0].items, login])
    with_login = dataclasses.replace(base, registers=(customers_,))
    expected = {
        "fi": "Nimi: vain verkkokaupan asiakkailta — Tiedot poistetaan 12 kuukauden "
              "kuluttua siitä, kun niitä on viimeksi tarvittu.",
        "sv": "Namn: endast webbkunder — Uppgifterna raderas 12 månader efter att de "
              "senast behövdes.",
        "en": "Name: only web shop customers — The data are deleted 12 months after they "
              "were last needed."}
    for lang, line in expected.items():
        rec = build_record(with_login, lang, RecordVersionFacts(1, DAY), DAY, fi_date)
        retention = next(i for i in rec.activities[0].items if i.letter == "f")
        lines = [text for part in retention.parts for text in part.lines]
        assert line in lines, (lang, lines)
        assert not any(text.count(": ") > 1 for text in lines), lang
    assert "Nimi — rekisterin sääntö" in item(record(), 0, "f")


def test_g_describes_the_security_measures_manual_and_electronic() -> None:
    text = item(record(), 0, "g")
    assert "Tiedot tallennetaan salattuina" in text
    assert "Manuaalinen aineisto:\nPaperit lukitussa kaapissa." in text
    assert "Sähköisesti tallennetut tiedot:\nPalvelin salatussa konesalissa." in text


def test_processors_once_each_across_registers_with_their_flags() -> None:
    rec = record()
    rows = {p.name: p for p in rec.processors}
    assert list(rows) == ["Kanto CRM Oy", "Google LLC", "Tilitoimisto Saarni Oy",
                          "Uusi Pilvi Oy"]
    kanto = rows["Kanto CRM Oy"]
    assert kanto.registers == ("Asiakasrekisteri", "Yhteistyökumppanirekisteri")
    assert (kanto.agreement_text, kanto.review_text, kanto.flags) == ("1.2.2021", "1.2.2027", ())
    assert kanto.service == "asiakkuudenhallintajärjestelmä ja tietojen säilytys"
    assert rows["Google LLC"].flags == ()  # due today: not yet overdue
    assert rows["Tilitoimisto Saarni Oy"].flag_texts == ("Katselmointi myöhässä",)
    assert rows["Uusi Pilvi Oy"].flag_texts == ("Käsittelysopimus puuttuu",
                                                "Katselmointipäivä puuttuu")
    assert rows["Uusi Pilvi Oy"].agreement_text == "—"
    assert "Verohallinto" not in rows
    assert rec.flags_note == "Huomiot 24.11.2026 tilanteen mukaan."


def test_lists_are_bulleted_even_of_one_and_statements_are_not() -> None:
    rec = record()
    partners_d = next(i for i in rec.activities[1].items if i.letter == "d")
    assert [(p.label, p.lines, p.bulleted) for p in partners_d.parts] == [
        ("Vastaanottajaryhmät", ("henkilötietojen käsittelijä",), True),
        ("Vastaanottajat nimeltä", ("Kanto CRM Oy (henkilötietojen käsittelijä, "
                                    "asiakkuudenhallintajärjestelmä ja tietojen säilytys, "
                                    "Suomi)", "Uusi Pilvi Oy (henkilötietojen käsittelijä, "
                                    "asiakkuudenhallintajärjestelmä ja tietojen säilytys, "
                                    "Suomi)"), True)]
    partners_b = next(i for i in rec.activities[1].items if i.letter == "b")
    assert [p.bulleted for p in partners_b.parts] == [True]  # one purpose, still a list
    for letter in ("a", "e"):
        found = next(i for i in rec.activities[1].items if i.letter == letter)
        assert not any(p.bulleted for p in found.parts), letter
    retention = next(i for i in rec.activities[0].items if i.letter == "f")
    assert [p.bulleted for p in retention.parts] == [False, True]
    assert rec.history_dates == ((1, dt.date(2026, 1, 5)), (2, dt.date(2026, 6, 1)), (3, DAY))


def test_a_review_is_overdue_from_the_day_after_it_was_due() -> None:
    google = recipient("Google LLC", role="processor", agreement_date=dt.date(2023, 9, 4),
                       review_on=DAY)
    assert processor_flags(google, DAY) == ()
    assert processor_flags(google, DAY + dt.timedelta(days=1)) == (
        ProcessorFlag.REVIEW_OVERDUE,)


def test_swedish_record_prints_swedish_texts_and_finnish_where_none() -> None:
    rec = record("sv")
    assert rec.title == "Register över behandling"
    assert rec.activities[0].name == "Kundregistret"
    assert rec.activities[0].items[0].heading == \
        "Den personuppgiftsansvariges namn och kontaktuppgifter"
    assert "Servern i en krypterad serverhall." in item(rec, 0, "g")
    assert "Paperit lukitussa kaapissa." in item(rec, 0, "g")  # no Swedish text
    assert {p.name: p.flag_texts for p in rec.processors}["Tilitoimisto Saarni Oy"] == (
        "Granskningen är försenad",)
    assert record("en").activities[0].items[4].label == "(e)"


def test_a_finnish_text_in_a_swedish_record_is_marked_and_named() -> None:
    rec = record("sv")
    security = item(rec, 0, "g")
    assert "Servern i en krypterad serverhall." in security
    assert "Paperit lukitussa kaapissa. [inte översatt — text på finska]" in security
    assert rec.untranslated_marker == "[inte översatt — text på finska]"
    assert rec.untranslated == (
        "Kundregistret: b) Ändamålen med behandlingen",
        "Kundregistret: g) Allmän beskrivning av de tekniska och organisatoriska "
        "säkerhetsåtgärderna")
    assert rec.activities[1].name == "Yhteistyökumppanirekisteri"  # a name is not marked
    assert record("fi").untranslated == ()


def test_the_subsidiaries_and_the_group_companies() -> None:
    base = facts()
    controller = dataclasses.replace(base.controller, shares_customer_contacts=True,
                                     subsidiaries=("Kasve Koulutus Oy", "Kasve Tila Oy"))
    rec = build_record(dataclasses.replace(base, controller=controller), "en",
                       RecordVersionFacts(1, DAY), DAY, fi_date)
    assert "Subsidiaries:\nKasve Koulutus Oy, Kasve Tila Oy" in item(rec, 1, "a")
    customers_d = item(rec, 0, "d")
    assert "processor\nauthority\ngroup companies\nRecipients by name:" in customers_d
    assert customers_d.endswith("Kasve Koulutus Oy (group company)\n"
                                "Kasve Tila Oy (group company)")
    assert "group compan" not in item(rec, 1, "d")  # no customers among its subjects
    assert group_sharing_concerns(controller, customers())
    assert not group_sharing_concerns(base.controller, customers())
