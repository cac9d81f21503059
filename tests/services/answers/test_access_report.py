"""The access report (Art. 15) from the database: contents, languages, copy, redaction, draft."""

from __future__ import annotations

import datetime as dt
import io
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from kasve_desktop.clock import FixedClock
from kasve_desktop.demo.build import build_demo
from kasve_desktop.documents.access_model import Marked
from kasve_desktop.documents.access_words import ITEM_HEADINGS
from kasve_desktop.domain.notice import ItemFacts, RegisterFacts
from kasve_desktop.domain.notice_vocabulary import category_named
from kasve_desktop.i18n import letter_date
from kasve_desktop.services.answers import responses
from kasve_desktop.services.answers.access_report.report import (
    AccessReportError,
    BuiltReport,
    build_access_report,
    find_person,
    store_draft,
)
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people.erasure import erase_person
from kasve_desktop.services.registers.registers import create_register, save_register
from kasve_desktop.services.requests.intake import RequestDraft, create_request
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Consent,
    Controller,
    Document,
    MarketingObjection,
    Person,
    PersonEmail,
    PersonPhone,
    Register,
    RegisterEntry,
    Request,
)
from tests.documents.test_notice_pdf import page_runs

TODAY = dt.date(2026, 11, 25)
COPY_HEADINGS = {"fi": ("Kopio henkilötiedoistasi", "Suostumukset", "Suoramarkkinointikiellot"),
                 "sv": ("Kopia av dina personuppgifter", "Samtycken",
                        "Invändningar mot direktmarknadsföring"),
                 "en": ("Copy of your personal data", "Consents",
                        "Objections to direct marketing")}
INTEREST = {"fi": "Markkinoimme asiakkaillemme omia palvelujamme.",
            "sv": "Vi marknadsför våra egna tjänster till våra kunder.",
            "en": "We market our own services to our customers."}
FEEDBACK = {"fi": "Kehitämme tapahtumia palautteen perusteella.",
            "sv": "Vi utvecklar evenemangen utifrån respons.",
            "en": "We improve our events on the basis of feedback."}


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def squeezed(text: str) -> str:
    """Without any whitespace: a value wrapped inside a table cell still matches."""
    return "".join(text.split())


def customer_register() -> RegisterFacts:
    """Purposes on three bases, coded categories (two with rules of their own), a public
    source, a processor in the USA under clauses typed in Finnish and English, one under
    the Data Privacy Framework, and a Finnish one."""
    return RegisterFacts(
        key="asiakkaat", name={"fi": "Asiakasrekisteri", "sv": "Kundregister",
                               "en": "Customer register"}, retention_months=6,
        items=[
            ItemFacts("purpose", category="customer-relationship", legal_basis="contract"),
            ItemFacts("purpose", category="direct-marketing", legal_basis="legitimate-interests",
                      legitimate_interest=INTEREST),
            ItemFacts("purpose", category="electronic-marketing", legal_basis="consent"),
            ItemFacts("purpose", text={"fi": "Asiakastyytyväisyyskyselyt"}, legal_basis="contract"),
            ItemFacts("data-category", category="name"),
            ItemFacts("data-category", category="contact"),
            ItemFacts("data-category", category="birth-year", retention_months=12),
            ItemFacts("data-category", category="gender"),
            ItemFacts("data-category", category="billing", retention_months=84,
                      retention_anchor="collected"),
            ItemFacts("source", text={"fi": "Fonecta"}, is_public=True),
            ItemFacts("recipient", name="Pilvi Inc.", role="processor", country="US",
                      text={"fi": "palvelin", "en": "server"},
                      safeguard={"fi": "vakiolausekkeet", "en": "standard contractual clauses"}),
            ItemFacts("recipient", name="Analytiikka LLC", role="processor", country="US",
                      category="web-analytics", transfer_mechanism="dpf"),
            ItemFacts("recipient", name="Tilitoimisto Oy", role="processor", country="FI",
                      category="accounting")])


def event_register() -> RegisterFacts:
    """Counted from collection; no recipient outside the EU/EEA."""
    return RegisterFacts(
        key="tapahtumat", name={"fi": "Tapahtumarekisteri", "sv": "Evenemangsregister",
                                "en": "Event register"},
        retention_months=6, retention_anchor="collected",
        items=[
            ItemFacts("purpose", category="events", legal_basis="contract"),
            ItemFacts("purpose", category="service-development",
                      legal_basis="legitimate-interests", legitimate_interest=FEEDBACK),
            ItemFacts("data-category", category="name"),
            ItemFacts("data-category", category="contact"),
            ItemFacts("data-category", category="participation"),
            ItemFacts("recipient", name="Ilmo OÜ", role="processor", country="EE",
                      category="event-registration")])


def _seed(db: Database) -> None:
    with transaction(db) as session:
        session.add(Controller(name="Testi Oy", street="Katu 1", postal_code="70100",
                               locality="Kuopio", email="tietosuoja@testi.fi"))
        session.add(Person(first_name="Matti", last_name="Virtanen",
                           emails=[PersonEmail(address="matti@example.fi")]))
    for facts in (customer_register(), event_register()):
        create_register(db, facts.key, facts.name["fi"])
        save_register(db, facts)


@pytest.fixture
def seeded(db: Database) -> Database:
    _seed(db)
    return db


def add_person(db: Database, email: str, *, note: str = "", registers: tuple[str, ...] = (
        "asiakkaat",), language: str = "fi", source: str = "Lomake", basis: str = "contract",
               details: dict[str, str] | None = None, **fields: object) -> int:
    """A person in ``registers``; each entry's ``details`` are by default one that names no
    category (``lehti``), so that every purpose and recipient may concern her."""
    with transaction(db) as session:
        person = Person(first_name=str(fields.pop("first_name", "Liisa")),
                        last_name=str(fields.pop("last_name", "Laine")), language=language,
                        street="Tie 2", postal_code="70200", locality="Kuopio", notes=note,
                        emails=[PersonEmail(address=email)],
                        phones=[PersonPhone(number="+358401234567")], **fields)
        session.add(person)
        for key in registers:
            register = session.scalars(select(Register).where(Register.key == key)).one()
            person.entries.append(RegisterEntry(
                register=register, source=source, legal_basis=basis,
                collected_on=dt.date(2026, 1, 10), last_needed_on=dt.date(2026, 3, 31),
                details={"lehti": "Kasvu"} if details is None else details))
        session.add(person)
        session.flush()
        return person.id


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_heading_in_each_language(seeded: Database, lang: str) -> None:
    person = add_person(seeded, "liisa@example.fi", registers=("asiakkaat", "tapahtumat"))
    text = text_of(build_access_report(seeded, person, TODAY, lang).pdf)
    for heading in (*ITEM_HEADINGS[lang], *COPY_HEADINGS[lang]):
        assert heading in text, heading
    assert text.count(ITEM_HEADINGS[lang][7]) == 2  # (a)–(h) for each of the two registers


def test_person_specific_facts(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi")
    built = build_access_report(seeded, person, TODAY)
    text = text_of(built.pdf)
    assert built.lang == "fi" and built.kind == "access-report"
    assert "Vahvistamme, että Testi Oy käsittelee sinua koskevia henkilötietoja" in text
    assert "poistaa tästä rekisteristä 30.9.2026" in text  # 31.3. + 6 months, clamped
    assert "sopimus (6 art. 1 b)" in text  # the entry's legal basis, explained
    assert "Pilvi Inc., Yhdysvallat (Asiakasrekisteri): vakiolausekkeet" in text
    assert "Tietosuojavaltuutetun toimisto" in text and "PL 800, 00531 Helsinki" in text
    assert "Tämän rekisterin tietojasi ei käytetä automaattiseen päätöksentekoon" in text
    assert "Lisätieto: lehti" in text and "Kasvu" in text


def test_the_pdf_is_dated_with_the_letter(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi")
    metadata = PdfReader(io.BytesIO(build_access_report(seeded, person, TODAY).pdf)).metadata
    assert metadata is not None and metadata.creation_date is not None
    assert metadata.creation_date.date() == TODAY


def test_english_copy_explains_codes(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", language="en", gender="female")
    text = text_of(build_access_report(seeded, person, TODAY).pdf)
    assert "contract (Art. 6(1)(b))" in text and "Female" in text
    assert "standard contractual clauses" in text
    assert "30 September 2026" in text


def test_other_peoples_data_is_withheld(seeded: Database) -> None:
    note = "Soitti Matti Virtanen, matti@example.fi, 040 9876543; oma 040 1234567."
    person = add_person(seeded, "liisa@example.fi", note=note)
    built = build_access_report(seeded, person, TODAY)
    text = text_of(built.pdf)
    assert {r.why for r in built.withheld} == {"name", "email", "phone"}
    assert "Virtanen" not in text and "matti@example.fi" not in text and "9876543" not in text
    assert "oma 040 1234567" in text  # the person's own number stays
    assert "[poistettu]" in text and "15 artiklan 4 kohta" in text


def test_request_dates_in_the_cover_letter(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi")
    request_id = create_request(seeded, RequestDraft(
        received_on=dt.date(2026, 11, 20), requester_name="Liisa Laine",
        requester_email="liisa@example.fi", person_id=person), TODAY)
    with seeded.sessions() as session:
        reference = session.get(Request, request_id).reference  # type: ignore[union-attr]
    text = text_of(build_access_report(seeded, person, TODAY, request_reference=reference).pdf)
    assert "Saimme 20.11.2026 pyyntösi" in text and f"viite {reference}" in text
    # the answer itself is given within the period, 20.12. being a Sunday: no promise
    assert "Tämä vastaus annetaan määräajassa, joka päättyy 21.12.2026." in text
    assert "Vastaamme pyyntöösi" not in text
    assert f"Pyyntö {reference} (tämä pyyntö)" in text


ON_TIME = {"fi": ("Saimme 20.11.2026 pyyntösi saada tietää, mitä henkilötietoja sinusta "
                  "käsittelemme (viite {reference}).",
                  "Tämä vastaus annetaan määräajassa, joka päättyy 21.12.2026."),
           "sv": ("Vi tog emot din begäran att få veta vilka personuppgifter vi behandlar om "
                  "dig den 20.11.2026 (referens {reference}).",
                  "Detta svar ges inom den lagstadgade tiden, som går ut den 21.12.2026."),
           "en": ("On 20 November 2026 we received your request to know what personal data we "
                  "process about you (reference {reference}).",
                  "This answer is given within the time limit set by law, which ends on 21 "
                  "December 2026.")}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_cover_letter_names_the_request_and_answers_within_the_period(
        seeded: Database, lang: str) -> None:
    person = add_person(seeded, "liisa@example.fi", language=lang)
    request_id = create_request(seeded, RequestDraft(
        received_on=dt.date(2026, 11, 20), requester_name="Liisa Laine",
        requester_email="liisa@example.fi", person_id=person, language=lang), TODAY)
    draft = responses.make_draft(seeded, request_id, "access-report", lang, "", TODAY)
    text = text_of(draft.pdf)
    received, on_time = ON_TIME[lang]
    assert received.format(reference=draft.reference) in text
    assert on_time in text


MARKETING_OBJECTION = {
    "fi": "Voit milloin tahansa ja perusteluja esittämättä kieltää tietojesi käsittelyn "
          "suoramarkkinointia varten (21 artiklan 2 ja 3 kohta). Kiellon jälkeen tietojasi ei "
          "enää käsitellä tähän tarkoitukseen.",
    "sv": "Du kan när som helst och utan att ange skäl invända mot att dina uppgifter "
          "behandlas för direktmarknadsföring (artikel 21.2 och 21.3). Därefter behandlas dina "
          "uppgifter inte längre för detta ändamål.",
    "en": "You may object at any time, without giving reasons, to the processing of your data "
          "for direct marketing (Article 21(2) and (3)). After that, your data are no longer "
          "processed for that purpose."}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_register_that_markets_directly_tells_the_right_to_object_at_any_time(
        seeded: Database, lang: str) -> None:
    """Art. 21(2)–(3) beside 21(1), in the customer register (direct marketing among its
    purposes) and not in the event register (none)."""
    person = add_person(seeded, "liisa@example.fi", registers=("asiakkaat", "tapahtumat"))
    text = text_of(build_access_report(seeded, person, TODAY, lang).pdf)
    assert text.count(MARKETING_OBJECTION[lang]) == 1
    rights = {"fi": "perusteella (21 artiklan 1 kohta).", "sv": "(artikel 21.1).",
              "en": "(Article 21(1))."}[lang]
    assert f"{rights} {MARKETING_OBJECTION[lang]}" in text  # in the customer register's rights


def test_draft_is_stored_with_the_request(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi")
    create_request(seeded, RequestDraft(received_on=TODAY, requester_name="Liisa Laine",
                                        requester_email="liisa@example.fi"), TODAY)
    built = build_access_report(seeded, person, TODAY, "sv", "2026-0001")
    document_id = store_draft(seeded, "2026-0001", built, TODAY)
    with seeded.sessions() as session:
        document = session.get(Document, document_id)
        assert document is not None and document.content == built.pdf
        assert (document.kind, document.letter_kind, document.is_final, document.language) == (
            "letter", "access-report", False, "sv")
        assert document.request.events[-1].kind == "document"  # type: ignore[union-attr]


def test_unknown_email_and_request(seeded: Database) -> None:
    with pytest.raises(AccessReportError):
        find_person(seeded, "nobody@example.fi")
    assert find_person(seeded, "MATTI@example.fi") > 0
    with pytest.raises(AccessReportError):
        build_access_report(seeded, find_person(seeded, "matti@example.fi"), TODAY,
                            request_reference="2026-9999")


def test_an_access_request_about_nobody_gets_the_one_no_data_letter(seeded: Database) -> None:
    request_id = create_request(seeded, RequestDraft(
        received_on=TODAY, requester_name="Outi Outo", requester_email="outi@example.fi"),
        TODAY)
    built = responses.make_draft(seeded, request_id, "access-report", None, "", TODAY)
    text = text_of(built.pdf)
    assert built.kind == "no-data"
    assert "Rekistereissämme ei ole sinua koskevia henkilötietoja" in text
    assert "outi@example.fi" in text and "Kopio henkilötiedoistasi" not in text
    assert built.pdf == responses.make_draft(seeded, request_id, "no-data", None, "",
                                             TODAY).pdf


def test_same_input_same_bytes(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi")
    assert build_access_report(seeded, person, TODAY).pdf == build_access_report(
        seeded, person, TODAY).pdf


def test_demo_maija_is_complete(db: Database) -> None:
    build_demo(db, TODAY)
    person = find_person(db, "maija.meikalainen@example.fi")
    text = text_of(build_access_report(db, person, TODAY).pdf)
    for value in ("Maija", "Meikäläinen", "maija.meikalainen@example.fi", "Kauppakatu 5 A 3",
                  "Asiakasrekisteri", "Markkinointirekisteri", "Uutiskirje ja markkinointiviestit",
                  "Asiakasilta", "Tarkastuspyyntö"):
        assert value in text, value


# --- property: nothing held is missing from the copy --------------------------------------

WORDS = st.text(alphabet="abcdefghijklmnoprstuvyäö", min_size=2, max_size=12)
FREE = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
NAME = WORDS.map(str.capitalize)
# A detail named by a category's code or name ("billing") is reported under that category's
# name, not its own (the category tests cover those): here, only names of no category.
DETAIL_NAMES = WORDS.filter(lambda name: category_named(name) is None)
DAY = st.dates(dt.date(2020, 1, 1), dt.date(2026, 11, 1))
_counter = itertools.count()


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=NAME, last=NAME, street=FREE, organisation=FREE, notes=FREE,
       entries=st.lists(st.tuples(st.sampled_from(["asiakkaat", "tapahtumat"]), FREE,
                                  st.dictionaries(DETAIL_NAMES, FREE, max_size=4), DAY),
                        max_size=2, unique_by=lambda e: e[0]),
       consents=st.lists(st.tuples(FREE, FREE, DAY, st.booleans()), max_size=3),
       objection=st.one_of(st.none(), FREE), lang=st.sampled_from(["fi", "sv", "en"]))
def test_nothing_held_is_missing(seeded: Database, first: str, last: str, street: str,
                                 organisation: str, notes: str,
                                 entries: list[tuple[str, str, dict[str, str], dt.date]],
                                 consents: list[tuple[str, str, dt.date, bool]],
                                 objection: str | None, lang: str) -> None:
    email = f"p{next(_counter)}@example.fi"
    stored = [first, last, street, organisation, notes, email, "+358401234567"]
    with transaction(seeded) as session:
        person = Person(first_name=first, last_name=last, street=street, notes=notes,
                        organisation=organisation, emails=[PersonEmail(address=email)],
                        phones=[PersonPhone(number="+358401234567")])
        session.add(person)
        for key, note, details, day in entries:
            register = session.scalars(select(Register).where(Register.key == key)).one()
            person.entries.append(RegisterEntry(register=register, source=note, note=note,
                                                details=details, collected_on=day))
            stored += [note, *details, *details.values(), letter_date(day, lang)]
        for purpose, evidence, day, withdrawn in consents:
            moment = dt.datetime.combine(day, dt.time(9, 30))
            person.consents.append(Consent(purpose=purpose, evidence=evidence, granted_at=moment,
                                           withdrawn_at=moment if withdrawn else None))
            stored += [purpose, evidence]
        if objection is not None:
            person.objections.append(MarketingObjection(scope="email", since=TODAY,
                                                        note=objection))
            stored.append(objection)
        session.add(person)
        session.flush()
        person_id = person.id
    built = build_access_report(seeded, person_id, TODAY, lang)
    text = squeezed(text_of(built.pdf))
    assert built.withheld == ()
    missing = [value for value in stored if squeezed(value) not in text]
    assert missing == []


# --- the copy's labels, dates and untranslated texts -----------------------------------------

@pytest.mark.parametrize(("lang", "entered", "changed"), [
    ("fi", "Kirjattu tähän järjestelmään 25.11.2026",
     "Viimeksi muutettu tässä järjestelmässä 25.11.2026"),
    ("sv", "Registrerad i detta system 25.11.2026", "Senast ändrad i detta system 25.11.2026"),
    ("en", "Entered in this system 25 November 2026",
     "Last changed in this system 25 November 2026")])
def test_the_records_stamps_are_what_this_system_did_in_helsinki(
        seeded: Database, db_clock: FixedClock, lang: str, entered: str, changed: str) -> None:
    """Stamped at 23.30 UTC on 24.11., which is already 25.11. in Helsinki."""
    db_clock.set(dt.datetime(2026, 11, 24, 23, 30, tzinfo=dt.UTC))
    person = add_person(seeded, "liisa@example.fi", language=lang)
    text = text_of(build_access_report(seeded, person, TODAY).pdf)
    assert entered in text and changed in text
    for old in ("ensimmäisen kerran", "första gången", "First stored", "24.11.2026",
                "24 November 2026"):
        assert old not in text, old


@pytest.mark.parametrize(("lang", "given", "in_force", "withdrawn", "entry"), [
    ("fi", "Annettu 5.2.2026 klo 10.30", "Peruttu ei – suostumus on voimassa",
     "Peruttu 1.3.2026 klo 14.05", "Kerätty 10.1.2026 Viimeksi tarvittu 31.3.2026"),
    ("sv", "Givet 5.2.2026 kl. 10.30", "Återkallat nej – samtycket gäller",
     "Återkallat 1.3.2026 kl. 14.05", "Insamlad 10.1.2026 Senast behövd 31.3.2026"),
    ("en", "Given 5 February 2026 at 10:30", "Withdrawn no – the consent is in force",
     "Withdrawn 1 March 2026 at 14:05", "Collected 10 January 2026 Last needed 31 March 2026")])
def test_consents_and_dates_in_the_copy(seeded: Database, lang: str, given: str, in_force: str,
                                        withdrawn: str, entry: str) -> None:
    person = add_person(seeded, "liisa@example.fi", language=lang)
    with transaction(seeded) as session:
        row = session.get(Person, person)
        assert row is not None
        row.consents += [
            Consent(purpose="Newsletter", granted_at=dt.datetime(2026, 2, 5, 10, 30)),
            Consent(purpose="Offers", granted_at=dt.datetime(2026, 2, 5, 10, 30),
                    withdrawn_at=dt.datetime(2026, 3, 1, 14, 5))]
    text = text_of(build_access_report(seeded, person, TODAY).pdf)
    for expected in (given, in_force, withdrawn, entry):
        assert expected in text, expected
    for wrong in ("Peruttu voimassa", "Återkallat gäller", "Withdrawn in force", "Feb 2026",
                  "Insamlade", "Senast behövda"):
        assert wrong not in text, wrong


def test_timeline_dates_stay_on_one_line(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", language="en")
    create_request(seeded, RequestDraft(
        received_on=dt.date(2026, 11, 20), requester_name="Liisa Laine",
        requester_email="liisa@example.fi", person_id=person), TODAY)
    runs = [r for page in page_runs(build_access_report(seeded, person, TODAY).pdf)
            for r in page]
    dates = [r.text for r in runs if r.text.startswith("20 November")]
    assert dates and all(text.startswith("20 November 2026") for text in dates), dates


def _copy_cell(built: BuiltReport, section: int, table: int, label: str) -> object:
    rows = built.report.copy[section].tables[table].rows
    return next(value for name, value in rows if name == label)


def test_finnish_free_texts_are_marked_in_the_annex(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", language="en",
                        source="Suoraan asiakkaalta")
    with transaction(seeded) as session:
        row = session.get(Person, person)
        assert row is not None
        row.consents.append(Consent(
            purpose="Uutiskirje ja markkinointiviestit", granted_at=dt.datetime(2026, 2, 5, 10),
            evidence="Uutiskirjeen tilauslomake; valintaruutu rastitettu."))
    built = build_access_report(seeded, person, TODAY)
    assert _copy_cell(built, 1, 0, "Source") == Marked((("Suoraan asiakkaalta", True),))
    assert _copy_cell(built, 1, 0, "Register") == "Customer register"
    consent = built.report.copy[2].tables[0]
    assert consent.caption == Marked((("Consent 1: ", False),
                                      ("Uutiskirje ja markkinointiviestit", True), ("", False)))
    assert _copy_cell(built, 2, 0, "Evidence") == Marked(
        (("Uutiskirjeen tilauslomake; valintaruutu rastitettu.", True),))
    pages = page_runs(built.pdf)
    annex = next(n for n, runs in enumerate(pages)
                 if any(r.text == "Copy of your personal data" for r in runs))
    runs = [r for page in pages[annex:] for r in page]
    for finnish in ("Suoraan asiakkaalta", "Uutiskirje ja markkinointiviestit"):
        found = [r for r in runs if r.text.startswith(finnish)]
        assert found and all(r.font.endswith("Oblique") for r in found), finnish
    assert sum(r.text == "[not translated — text in Finnish]" for r in runs) == 2
    assert not next(r for r in runs if r.text == "Customer register").font.endswith("Oblique")


def test_nothing_is_marked_in_a_finnish_copy(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", source="Suoraan asiakkaalta")
    built = build_access_report(seeded, person, TODAY)
    assert not any(t.untranslated for s in built.report.copy for t in s.tables)
    assert "[ei käännetty" not in text_of(built.pdf)


def test_requests_kept_unlinked_by_an_erasure_are_still_reported(seeded: Database) -> None:
    """A partial erasure keeps the person for an entry under a legal hold and their request
    as its own record, unlinked; the record is data about them, so the report lists it,
    and another address's unlinked request stays out."""
    person = add_person(seeded, "liisa@example.fi")
    with transaction(seeded) as session:
        entry = session.scalars(select(RegisterEntry).where(
            RegisterEntry.person_id == person)).one()
        entry.legal_hold, entry.note = True, "Kirjanpitolaki 2:10, 10 vuotta."
    mine = create_request(seeded, RequestDraft(
        received_on=dt.date(2026, 11, 2), requester_name="Liisa Laine",
        requester_email="Liisa@Example.fi", person_id=person), TODAY)
    create_request(seeded, RequestDraft(received_on=dt.date(2026, 11, 3),
                                        requester_name="Outi Outo",
                                        requester_email="outi@example.fi"), TODAY)
    erase_person(seeded, person, reason="test")
    with seeded.sessions() as session:
        row = session.get(Request, mine)
        assert row is not None and row.person_id is None
        reference = row.reference
    text = text_of(build_access_report(seeded, person, TODAY).pdf)
    assert f"Pyyntö {reference}" in text
    assert "2026-0002" not in text and "Outi" not in text


def test_a_posted_request_kept_unlinked_is_found_by_name_and_postal_code(
        seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi")
    with transaction(seeded) as session:
        session.scalars(select(RegisterEntry).where(
            RegisterEntry.person_id == person)).one().legal_hold = True
    create_request(seeded, RequestDraft(
        received_on=dt.date(2026, 11, 2), channel="post", requester_name="Liisa Laine",
        requester_street="Tie 2", requester_postal_code="70200", requester_locality="Kuopio",
        person_id=person), TODAY)
    create_request(seeded, RequestDraft(
        received_on=dt.date(2026, 11, 3), channel="post", requester_name="Liisa Laine",
        requester_street="Muu tie 9", requester_postal_code="00100",
        requester_locality="Helsinki"), TODAY)
    erase_person(seeded, person, reason="test")
    text = text_of(build_access_report(seeded, person, TODAY).pdf)
    assert "Pyyntö 2026-0001" in text and "2026-0002" not in text


@pytest.mark.parametrize(("lang", "label"), [
    ("fi", "Lisätieto: Tilaus-, osto- ja peruutustiedot"),
    ("sv", "Tilläggsuppgift: Uppgifter om beställningar, köp och avbokningar"),
    ("en", "Detail: Orders, purchases and cancellations")])
def test_a_detail_named_by_a_category_code_is_named_by_the_category(
        seeded: Database, lang: str, label: str) -> None:
    person = add_person(seeded, "liisa@example.fi", details={"orders": "Kurssi 3.2.2026"})
    text = squeezed(text_of(build_access_report(seeded, person, TODAY, lang).pdf))
    assert squeezed(label) in text and "Kurssi3.2.2026" in text
    assert ":orders" not in text


def test_an_entry_left_with_its_billing_data_says_the_rest_is_gone(seeded: Database) -> None:
    """After an erasure the customer entry keeps only its billing data (a rule of their
    own, 84 months from collection): the report says the other data of the register are
    already deleted, and when the billing data go."""
    person = add_person(seeded, "liisa@example.fi", note="Soittaa iltaisin",
                        details={"billing": "Lasku 2026-0001", "lehti": "Kasvu"})
    erase_person(seeded, person, reason="test")
    text = text_of(build_access_report(seeded, person, TODAY).pdf)
    assert ("Tämän rekisterin muut tietosi on jo poistettu. Jäljellä ovat vain ne tiedot, "
            "joilla on oma, pidempi säilytysaikansa; ne poistetaan alla kerrottuina "
            "päivinä.") in text
    assert "Laskutus- ja maksutiedot" in text and "10.1.2033" in text
    assert "Lasku 2026-0001" in text and "Kasvu" not in text and "iltaisin" not in text


def test_the_requests_in_the_copy_come_with_their_purpose_basis_and_period(
        seeded: Database) -> None:
    """The records of the person's requests are data about them too (Art. 15(1)(a), (d))."""
    person = add_person(seeded, "liisa@example.fi")
    create_request(seeded, RequestDraft(received_on=dt.date(2026, 11, 20),
                                        requester_name="Liisa Laine",
                                        requester_email="liisa@example.fi", person_id=person),
                   TODAY)
    text = squeezed(text_of(build_access_report(seeded, person, TODAY).pdf))
    assert squeezed(
        "Käsittelemme pyyntöjesi tietoja (pyyntö, sen käsittelyvaiheet ja vastauksemme "
        "päivämäärineen) hoitaaksemme pyyntösi ja osoittaaksemme, että käsittelimme ne "
        "lainmukaisesti. Oikeusperuste on lakisääteinen velvoite (tietosuoja-asetuksen 6 "
        "artiklan 1 kohdan c alakohta sekä 12 ja 5 artikla). Säilytämme ne 3 vuotta "
        "vastauksestamme, minkä jälkeen poistamme ne.") in text
    alone = add_person(seeded, "outi@example.fi", first_name="Outi")
    assert "Käsittelemmepyyntöjesi" not in squeezed(
        text_of(build_access_report(seeded, alone, TODAY).pdf))
