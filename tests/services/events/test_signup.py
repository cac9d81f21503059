"""Sign-ups typed at the stand: what the stand shows comes from the notice version in
force, each sign-up is written whole with its consent evidence, bad input writes nothing."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from kasve_desktop.domain.notice import ItemFacts
from kasve_desktop.domain.signup import SignupEntry, SignupInvalid, consent_choices
from kasve_desktop.services.database import passphrase_matches, transaction
from kasve_desktop.services.events.signup import SignupUnavailable, sign_up, signup_setup
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Consent,
    Event,
    Participation,
    Person,
    PersonEmail,
    Register,
    RegisterEntry,
)
from tests.conftest import PASSPHRASE
from tests.services.events.signup_sample import (
    AT,
    CONTROLLER,
    EVENT_DAY,
    PURPOSES,
    REGISTER,
    add_signup_sample,
)

SATU = SignupEntry(first_name=" Satu ", last_name="Äijälä", email="Satu.Aijala@Example.fi",
                   organisation="Pohjolan Öljy Oy", phone="040 123 4567",
                   consents=frozenset({"electronic-marketing"}))


def counts(db: Database) -> tuple[int, ...]:
    with db.sessions() as s:
        return tuple(s.scalar(select(func.count()).select_from(model)) or 0
                     for model in (Person, Participation, Consent, RegisterEntry))


def test_the_stand_shows_what_the_notice_version_says_in_the_participants_language(
        db: Database) -> None:
    sample = add_signup_sample(db)
    fi = signup_setup(db, sample.event, "fi")
    assert (fi.event_name, fi.notice_number) == ("Kasvun päivä", 2)
    assert fi.info.controller == ("Rekisterinpitäjä: Kasve Oy, 2457832-5, Kauppakatu 12, "
                                  "80100 Joensuu, tietosuoja@kasve.fi")
    assert fi.info.purposes == (
        "Tapahtumien järjestäminen ja ilmoittautumisten hallinta",
        "Sähköinen suoramarkkinointi (uutiskirjeet sekä sähköposti- ja tekstiviestitarjoukset): "
        "tapahtumakutsut ja uutiskirje (vain suostumuksellasi)",
        "Palvelujen kehittäminen palautteen perusteella")
    assert "https://www.kasve.fi/tietosuoja" in fi.info.full_notice
    assert "versio 2" in fi.info.full_notice
    assert fi.info.rights[1:] == (
        "Voit vastustaa käsittelyä, joka perustuu oikeutettuun etuumme.",
        "Suostumuksen voit perua milloin tahansa.",
        "Voit tehdä valituksen tietosuojavaltuutetun toimistolle.")
    [choice] = fi.choices
    assert choice.code == "electronic-marketing"
    assert choice.wording == (
        "Annan suostumukseni siihen, että Kasve Oy käsittelee tietojani tähän tarkoitukseen: "
        "sähköinen suoramarkkinointi (uutiskirjeet sekä sähköposti- ja "
        "tekstiviestitarjoukset): tapahtumakutsut ja uutiskirje. Voin perua suostumukseni "
        "milloin tahansa.")
    [sv] = signup_setup(db, sample.event, "sv").choices
    assert sv.wording.startswith("Jag samtycker till att Kasve Oy behandlar mina uppgifter")
    assert "evenemangsinbjudningar och nyhetsbrev" in sv.wording


def test_a_sign_up_writes_person_participation_register_entry_and_consent_evidence(
        db: Database) -> None:
    sample = add_signup_sample(db)
    setup = signup_setup(db, sample.event, "fi")
    result = sign_up(db, setup, SATU, AT, "Tapahtumakone 1")
    assert (result.first_name, result.consents) == ("Satu", 1)
    with db.sessions() as s:
        person = s.scalars(select(Person).where(Person.last_name == "Äijälä")).one()
        assert (person.first_name, person.organisation, person.language) == (
            "Satu", "Pohjolan Öljy Oy", "fi")
        assert [e.address for e in person.emails] == ["Satu.Aijala@example.fi"]
        assert [p.number for p in person.phones] == ["+358401234567"]
        [participation] = person.participations
        assert (participation.event_id, participation.captured_on,
                participation.notice_version_id, participation.attended) == (
            sample.event, "Tapahtumakone 1", sample.notice_version, None)
        assert participation.signed_up_at.isoformat() == "2026-12-03T09:15:00"
        [entry] = person.entries
        assert (entry.register_id, entry.legal_basis, entry.collected_on,
                entry.last_needed_on, entry.source) == (
            sample.register, "contract", EVENT_DAY, EVENT_DAY, "Ilmoittautuminen: Kasvun päivä")
        [consent] = person.consents
        assert (consent.event_id, consent.language, consent.notice_version_id,
                consent.register_id, consent.channel, consent.captured_via) == (
            sample.event, "fi", sample.notice_version, sample.register, "email", "event")
        assert consent.granted_at.isoformat() == "2026-12-03T09:15:00"
        assert consent.wording == setup.choices[0].wording
        assert consent.wording.startswith("Annan suostumukseni siihen, että Kasve Oy")
        assert consent.purpose.endswith("tapahtumakutsut ja uutiskirje")
        assert "Kasvun päivä" in consent.evidence


def test_the_wording_is_stored_not_referenced(db: Database) -> None:
    sample = add_signup_sample(db)
    setup = signup_setup(db, sample.event, "en")
    sign_up(db, setup, SATU, AT)
    with transaction(db) as s:
        s.get(Event, sample.event).name = "Renamed"  # type: ignore[union-attr]
    with db.sessions() as s:
        consent = s.scalars(select(Consent)).one()
    assert consent.language == "en"
    assert consent.wording == (
        "I consent to Kasve Oy processing my data for this purpose: electronic direct "
        "marketing (newsletters, and offers by e-mail and text message): event invitations "
        "and the newsletter. I can withdraw my consent at any time.")


def test_unticked_choices_record_no_consent(db: Database) -> None:
    sample = add_signup_sample(db)
    sign_up(db, signup_setup(db, sample.event, "fi"),
            dataclasses.replace(SATU, consents=frozenset()), AT)
    assert counts(db) == (2, 1, 0, 1)


def test_a_kept_person_is_found_by_email_keeps_the_stored_values_and_one_consent(
        db: Database) -> None:
    sample = add_signup_sample(db)
    entry = SignupEntry(first_name="Maija", last_name="Mallikas-Virta",
                        email="MAIJA@example.fi", organisation="", phone="0401112222")
    sign_up(db, signup_setup(db, sample.event, "fi"), entry, AT)
    again = dataclasses.replace(entry, consents=frozenset({"electronic-marketing"}))
    sign_up(db, signup_setup(db, sample.event, "fi"), again, AT)
    sign_up(db, signup_setup(db, sample.event, "fi"), again, AT)
    assert counts(db) == (1, 1, 1, 1)
    with db.sessions() as s:
        maija = s.get(Person, sample.maija)
        assert maija is not None
        assert (maija.last_name, maija.organisation) == ("Mallikas", "Kasvu Oy")
        assert maija.phones == []
        [participation] = maija.participations
        assert participation.note == "Sukunimi: Mallikas-Virta\nPuhelin: +358401112222"


@pytest.mark.parametrize(("changes", "errors"), [
    ({"first_name": " ", "last_name": ""},
     {"first_name": "Kirjoita etunimesi.", "last_name": "Kirjoita sukunimesi."}),
    ({"email": ""}, {"email": "Kirjoita sähköpostiosoitteesi."}),
    ({"email": "satu@"}, {"email": "Sähköpostiosoite ei näytä oikealta. Tarkista se: "
                                   "esimerkiksi nimi@yritys.fi."}),
    ({"phone": "12"}, {"phone": "Puhelinnumero ei näytä oikealta. Kirjoita se esimerkiksi "
                                "muodossa 040 123 4567."}),
    ({"organisation": "x" * 201}, {"organisation": "Teksti on liian pitkä: enintään 200 "
                                                   "merkkiä."}),
    ({"last_name": "Äijälä\u202e"}, {"last_name": "Tarkista teksti: siinä on merkkejä, joita "
                                                  "ei voi tallentaa."}),
])
def test_bad_input_gets_a_participants_message_and_writes_nothing(
        db: Database, changes: dict[str, str], errors: dict[str, str]) -> None:
    sample = add_signup_sample(db)
    before = counts(db)
    with pytest.raises(SignupInvalid) as refused:
        sign_up(db, signup_setup(db, sample.event, "fi"), dataclasses.replace(SATU, **changes),
                AT)
    assert refused.value.errors == errors
    assert counts(db) == before


def test_swedish_messages(db: Database) -> None:
    sample = add_signup_sample(db)
    with pytest.raises(SignupInvalid) as refused:
        sign_up(db, signup_setup(db, sample.event, "sv"),
                dataclasses.replace(SATU, email="x"), AT)
    assert refused.value.errors == {
        "email": "E-postadressen ser inte rätt ut. Kontrollera den: till exempel "
                 "namn@foretag.fi."}


def test_an_event_without_a_notice_version_or_register_is_refused_with_the_reason(
        db: Database) -> None:
    sample = add_signup_sample(db)
    with transaction(db) as s:
        event = s.get(Event, sample.event)
        assert event is not None
        event.notice_version_id = None
    with pytest.raises(SignupUnavailable) as refused:
        signup_setup(db, sample.event, "fi")
    assert "version of the privacy notice in force" in refused.value.message
    with transaction(db) as s:
        event = s.get(Event, sample.event)
        assert event is not None
        event.notice_version_id, event.register_id = sample.notice_version, None
    with pytest.raises(SignupUnavailable) as refused:
        signup_setup(db, sample.event, "fi")
    assert "register the event belongs to" in refused.value.message


def test_a_version_not_describing_the_register_is_refused(db: Database) -> None:
    sample = add_signup_sample(db)
    with transaction(db) as s:
        event = s.get(Event, sample.event)
        assert event is not None and event.register is not None
        event.register.key = "muut-tapahtumat"
    with pytest.raises(SignupUnavailable) as refused:
        signup_setup(db, sample.event, "fi")
    assert refused.value.params == {"number": 2}


def test_an_event_changed_while_open_writes_nothing(db: Database) -> None:
    sample = add_signup_sample(db)
    setup = signup_setup(db, sample.event, "fi")
    with transaction(db) as s:
        event = s.get(Event, sample.event)
        assert event is not None
        event.notice_version_id = None
    with pytest.raises(SignupUnavailable):
        sign_up(db, setup, SATU, AT)
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(PersonEmail).where(
            PersonEmail.address.like("Satu%"))) == 0


def test_the_passphrase_is_checked_exactly(db: Database) -> None:
    assert passphrase_matches(db, PASSPHRASE)
    assert not passphrase_matches(db, PASSPHRASE + " ")
    assert not passphrase_matches(db, "")


def test_two_consent_purposes_of_one_category_are_two_choices() -> None:
    twice = dataclasses.replace(REGISTER, items=[*PURPOSES, ItemFacts(
        kind="purpose", category="electronic-marketing", legal_basis="consent",
        text={"fi": "tarjoukset tekstiviestinä"})])
    codes = [c.code for c in consent_choices(CONTROLLER, twice, "fi")]
    assert codes == ["electronic-marketing-2", "electronic-marketing-4"]
    assert [c.code for c in consent_choices(CONTROLLER, REGISTER, "fi")] == [
        "electronic-marketing"]


def test_an_event_moved_to_another_register_while_open_writes_nothing(db: Database) -> None:
    sample = add_signup_sample(db)
    setup = signup_setup(db, sample.event, "fi")
    with transaction(db) as s:
        event = s.get(Event, sample.event)
        assert event is not None and event.register is not None
        other = Register(key="muut", name={"fi": "Muut"}, controller=event.register.controller)
        s.add(other)
        s.flush()
        event.register_id = other.id
    before = counts(db)
    with pytest.raises(SignupUnavailable) as refused:
        sign_up(db, setup, SATU, AT)
    assert refused.value.message.startswith("The event was changed while sign-ups were open")
    assert counts(db) == before
