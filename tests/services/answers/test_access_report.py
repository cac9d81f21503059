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

from kasve_desktop.demo.build import build_demo
from kasve_desktop.documents.access_words import ITEM_HEADINGS
from kasve_desktop.domain.notice import ItemFacts, RegisterFacts
from kasve_desktop.i18n import letter_date
from kasve_desktop.services.answers.access_report.report import (
    AccessReportError,
    build_access_report,
    build_no_data_letter,
    find_person,
    store_draft,
)
from kasve_desktop.services.database import transaction
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
                      service={"fi": "palvelin", "en": "server"},
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
               **fields: object) -> int:
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
                details={"lehti": "Kasvu"}))
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
    assert "määräajassa, joka päättyy 21.12.2026" in text  # 20.12. is a Sunday
    assert f"Pyyntö {reference} (tämä pyyntö)" in text


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


def test_no_data_letter(seeded: Database) -> None:
    create_request(seeded, RequestDraft(received_on=TODAY, requester_name="Outi Outo",
                                        requester_email="outi@example.fi"), TODAY)
    built = build_no_data_letter(seeded, "2026-0001", TODAY)
    text = text_of(built.pdf)
    assert built.kind == "no-data"
    assert "Testi Oy ei käsittele sinua koskevia henkilötietoja" in text
    assert "outi@example.fi" in text and "Kopio henkilötiedoistasi" not in text
    assert len(PdfReader(io.BytesIO(built.pdf)).pages) == 1


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
DAY = st.dates(dt.date(2020, 1, 1), dt.date(2026, 11, 1))
_counter = itertools.count()


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=NAME, last=NAME, street=FREE, organisation=FREE, notes=FREE,
       entries=st.lists(st.tuples(st.sampled_from(["asiakkaat", "tapahtumat"]), FREE,
                                  st.dictionaries(WORDS, FREE, max_size=4), DAY),
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
