"""Response letters from real requests: every kind in every language, with its facts.

One demo database per module, with a request for every letter kind whose action
was really taken (rectified, erased, objection recorded …), so the facts come
from the request and its timeline as they would in use.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from kasve_desktop.demo.build import build_demo
from kasve_desktop.domain.letter_templates import LetterTemplate, TemplateError
from kasve_desktop.domain.vocabulary import LetterKind
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import StepDetails
from kasve_desktop.i18n import _
from kasve_desktop.services.answers import responses
from kasve_desktop.services.answers.data_holder import NoDataUntrue
from kasve_desktop.services.answers.letters.letters import (
    LETTER_KINDS,
    LetterUnavailable,
    build_letter,
    default_response_channel,
    effective_template,
    is_customised,
    reset_template,
    save_template,
    write_letter,
)
from kasve_desktop.services.answers.letters.refusals import ExtensionLate, PromisePast
from kasve_desktop.services.requests import actions, steps
from kasve_desktop.services.requests.detail import load_request
from kasve_desktop.services.requests.erasure import apply_erasure
from kasve_desktop.services.requests.intake import RequestDraft, create_request
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import Consent, Person
from tests.conftest import PASSPHRASE, fixed_clock
from tests.documents.test_notice_pdf import full_text

D = dt.date
TODAY = D(2026, 11, 25)
RECEIVED = D(2026, 11, 10)
RECEIVED_TEXT = {"fi": "10.11.2026", "sv": "10.11.2026", "en": "10 November 2026"}
EXTENSION_REASON = "Pyyntö koskee kuuden vuoden tietoja kolmesta järjestelmästä."
REFUSAL_REASON = "Pyyntö on ilmeisen perusteeton: sama pyyntö on toistettu viikoittain."
QUESTION = "Allekirjoitettu kirje, jossa on osoitteesi."
DECISION = "Lopetamme tietojesi käsittelyn asiakastyytyväisyyskyselyissä."
RAW = re.compile(r"\{[a-z_]+\}")


@dataclass(frozen=True)
class Sample:
    path: Path
    ids: dict[str, int]
    references: dict[str, str]


def _draft(kind: str, person: int | None, lang: str = "fi") -> RequestDraft:
    return RequestDraft(
        type=kind, channel="post", received_on=RECEIVED, language=lang,
        requester_name="Aino Esimerkki", requester_street="Puijonkatu 12 B 4",
        requester_postal_code="70110", requester_locality="Kuopio",
        requester_email="aino@example.fi", person_id=person)


def _people(db: Database) -> tuple[list[int], list[int]]:
    """Seven people (the last with active consents), and those consents."""
    with db.sessions() as session:
        people = session.scalars(select(Person.id).where(Person.restricted.is_(False))
                                 .order_by(Person.id)).all()
        active = session.scalars(select(Consent).where(Consent.withdrawn_at.is_(None))
                                 .order_by(Consent.id)).all()
        consenting = active[0].person_id
        consents = [c.id for c in active if c.person_id == consenting]
        with_consent = {c.person_id for c in active}
    return [*[p for p in people if p not in with_consent][:6], consenting], consents


def _the_access_request(db: Database) -> int:
    request = create_request(db, _draft("access", None), TODAY)
    steps.ask_identity(db, request, D(2026, 11, 11), QUESTION, TODAY)
    steps.take_step(db, request, S.IN_PROGRESS, StepDetails(
        D(2026, 11, 13), identity_method="Allekirjoitettu kirje"), TODAY)
    steps.extend_deadline(db, request, D(2026, 11, 20), EXTENSION_REASON, TODAY)
    steps.take_step(db, request, S.REFUSED, StepDetails(D(2026, 11, 24),
                                                        refusal_reasons=REFUSAL_REASON), TODAY)
    return request


def _acted(db: Database, people: list[int], consents: list[int]) -> dict[str, int]:
    p = iter(people)
    ids = {kind: create_request(db, _draft(kind, next(p)), TODAY) for kind in (
        "rectification", "erasure", "objection-marketing", "objection", "restriction",
        "portability", "consent-withdrawal")}
    actions.apply_rectification(db, ids["rectification"], {"locality": "Tampere",
                                                           "street": "Uusi katu 3"}, TODAY)
    apply_erasure(db, ids["erasure"], TODAY)
    actions.record_marketing_objection(db, ids["objection-marketing"], ["email", "post"],
                                       D(2026, 11, 12), "", TODAY)
    actions.record_objection_decision(db, ids["objection"], DECISION, TODAY)
    actions.restrict_processing(db, ids["restriction"], "Tietojen paikkansapitävyys on "
                                "kiistetty.", D(2026, 11, 14), TODAY)
    actions.export_data(db, ids["portability"], TODAY)
    actions.withdraw_consents(db, ids["consent-withdrawal"], consents,
                              dt.datetime(2026, 11, 15, 9, 30), TODAY)
    return ids


def build_sample(path: Path) -> Sample:
    """A demo database with one request ready for every letter kind."""
    db = open_database(path, PASSPHRASE, create=True, clock=fixed_clock())
    try:
        build_demo(db, TODAY)
        people, consents = _people(db)
        access = _the_access_request(db)
        ids = {kind: access for kind in ("extension", "no-data", "refusal")} | _acted(
            db, people, consents)
        # acknowledged on receipt: not once acted on, asked, extended or refused (``fit``)
        ids["acknowledgement"] = create_request(db, _draft("access", None), TODAY)
        # the access report answers an access request, here by the rectified person
        ids["access-report"] = create_request(db, _draft("access", people[0]), TODAY)
        # the window's flow: the question is recorded with the identity step, and its letter
        # is written the same day (a letter dated later would pretend to be the one sent)
        ids["clarification"] = create_request(db, _draft("access", None), TODAY)
        steps.ask_identity(db, ids["clarification"], TODAY, QUESTION, TODAY)
        lifted = create_request(db, _draft("restriction", people[5], "sv"), TODAY)
        actions.restrict_processing(db, lifted, "Kiistetty", D(2026, 11, 11), TODAY)
        actions.lift_restriction(db, lifted, TODAY)
        ids["restriction-lifted"] = lifted
        references = {kind: load_request(db, rid, TODAY).reference for kind, rid in ids.items()}
    finally:
        db.close()
    return Sample(path, ids, references)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    return build_sample(tmp_path_factory.mktemp("letters") / "letters.db")


@pytest.fixture(scope="module")
def sample_db(sample: Sample) -> Iterator[Database]:
    db = open_database(sample.path, PASSPHRASE, clock=fixed_clock())
    yield db
    db.close()


def text_of(db: Database, request_id: int, kind: str, lang: str | None = None,
            extra: str = "") -> str:
    return full_text(build_letter(db, request_id, kind, lang, today=TODAY,
                                  extra_paragraph=extra))


def kind_of(key: str) -> str:
    return "restriction" if key == "restriction-lifted" else key


FACTS: dict[str, dict[str, tuple[str, ...]]] = {
    "acknowledgement": {"fi": ("VASTAANOTTOILMOITUS", "viimeistään 10.12.2026"),
                        "sv": ("MOTTAGNINGSBEKRÄFTELSE", "senast den 10.12.2026"),
                        "en": ("ACKNOWLEDGEMENT OF RECEIPT", "by 10 December 2026")},
    "clarification": {"fi": ("LISÄTIETOPYYNTÖ", QUESTION, "ei kulu"),
                      "sv": ("BEGÄRAN OM KOMPLETTERING", QUESTION, "löper inte"),
                      "en": ("REQUEST FOR FURTHER INFORMATION", QUESTION, "does not run")},
    "extension": {"fi": ("14.12.2026", "12.2.2027", EXTENSION_REASON, "12 artiklan 3 kohdan"),
                  "sv": ("14.12.2026", "12.2.2027", EXTENSION_REASON, "artikel 12.3"),
                  "en": ("14 December 2026", "12 February 2027", EXTENSION_REASON,
                         "Article 12(3)")},
    "no-data": {"fi": ("Rekistereissämme ei ole sinua koskevia henkilötietoja",
                       "– aino@example.fi", "Tietosuojavaltuutetun toimisto"),
                "sv": ("Våra register innehåller inga personuppgifter om dig",
                       "– aino@example.fi", "Dataombudsmannens byrå"),
                "en": ("Our registers hold no personal data about you",
                       "– aino@example.fi", "Office of the Data Protection Ombudsman")},
    "rectification": {"fi": ("Katuosoite", "Postitoimipaikka"),
                      "sv": ("Gatuadress", "Postanstalt"),
                      "en": ("Street address", "Locality")},
    "erasure": {"fi": ("merkintäsi rekisterissä ”Tapahtumien rekisteri”", "3 vuoden ajan",
                       "5 artiklan 2 kohta", "Tietosuojavaltuutetun toimisto",
                       "käräjäoikeudessa", "12 artiklan 4 kohdan"),
                "sv": ("din post i registret ”Evenemangsregister”", "i 3 år", "artikel 5.2",
                       "Dataombudsmannens byrå", "tingsrätten", "artikel 12.4"),
                "en": ("your entry in our register “Event register”", "for 3 years", "Article 5(2)",
                       "Office of the Data Protection Ombudsman", "district court",
                       "Article 12(4)")},
    "objection-marketing": {"fi": ("12.11.2026", "Sähköpostimarkkinointi", "Postimarkkinointi"),
                            "sv": ("12.11.2026", "Marknadsföring per e-post",
                                   "Marknadsföring per post"),
                            "en": ("12 November 2026", "E-mail marketing", "Postal marketing")},
    "objection": {"fi": (DECISION, "Tietosuojavaltuutetun toimisto"),
                  "sv": (DECISION, "Dataombudsmannens byrå"),
                  "en": (DECISION, "Office of the Data Protection Ombudsman")},
    "restriction": {"fi": ("14.11.2026", "kiistetty"), "sv": ("14.11.2026", "kiistetty"),
                    "en": ("14 November 2026", "kiistetty")},
    "restriction-lifted": {"fi": ("POISTAMISESTA", "25.11.2026"), "sv": ("UPPHÄVD", "25.11.2026"),
                           "en": ("LIFTING", "25 November 2026")},
    "portability": {"fi": (".json", ".csv"), "sv": (".json", ".csv"), "en": (".json", ".csv")},
    "consent-withdrawal": {"fi": ("15.11.2026",), "sv": ("15.11.2026",),
                           "en": ("15 November 2026",)},
    "refusal": {"fi": (REFUSAL_REASON, "Tietosuojavaltuutetun toimisto", "PL 800, 00531 Helsinki",
                       "tietosuoja@om.fi", "valitus valvontaviranomaiselle", "käräjäoikeudessa",
                       "12 artiklan 4 kohdan"),
                "sv": (REFUSAL_REASON, "Dataombudsmannens byrå", "PB 800, 00531 Helsingfors",
                       "tietosuoja@om.fi", "klagomål till tillsynsmyndigheten", "tingsrätten",
                       "artikel 12.4"),
                "en": (REFUSAL_REASON, "Office of the Data Protection Ombudsman",
                       "P.O. Box 800", "tietosuoja@om.fi", "lodge a complaint",
                       "judicial remedy", "Article 12(4)")},
}


def test_the_sample_covers_every_template() -> None:
    assert set(FACTS) == {k.value for k in LETTER_KINDS} | {"restriction-lifted"}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("key", sorted(FACTS))
def test_every_letter_in_every_language_carries_its_facts(sample: Sample, sample_db: Database,
                                                          key: str, lang: str) -> None:
    text = text_of(sample_db, sample.ids[key], kind_of(key), lang)
    assert RAW.search(text) is None, text
    for fact in (sample.references[key], RECEIVED_TEXT[lang], *FACTS[key][lang]):
        assert fact in text, (fact, text)
    if key != "rectification":  # that one goes to the corrected address (below)
        assert "Aino Esimerkki" in text and "70110 KUOPIO" in text


def test_the_persons_language_is_the_default(sample: Sample, sample_db: Database) -> None:
    text = text_of(sample_db, sample.ids["restriction-lifted"], "restriction")
    assert "MEDDELANDE OM UPPHÄVD BEGRÄNSNING" in text and "Referens" in text


def test_the_users_paragraph_is_printed_once(sample: Sample, sample_db: Database) -> None:
    extra = "Pahoittelemme viivästystä, joka johtui järjestelmämme päivityksestä."
    text = text_of(sample_db, sample.ids["erasure"], "erasure", "fi", extra)
    assert text.count(extra) == 1
    assert text.index(extra) > text.index("Poistimme seuraavat tiedot")


def test_a_missing_fact_is_named_never_printed(sample: Sample, sample_db: Database) -> None:
    with pytest.raises(LetterUnavailable) as raised:
        build_letter(sample_db, sample.ids["objection"], "erasure", "fi", today=TODAY)
    assert _("what was erased (a list)") in raised.value.text()  # in words
    assert "{" not in raised.value.text()
    with pytest.raises(LetterUnavailable, match="Tarkastusvastaus tehdään omalla toiminnollaan"):
        build_letter(sample_db, sample.ids["refusal"], "access-report", today=TODAY)


def test_no_restriction_no_restriction_letter(sample: Sample, sample_db: Database) -> None:
    with pytest.raises(LetterUnavailable) as raised:
        build_letter(sample_db, sample.ids["objection-marketing"], "restriction", today=TODAY)
    assert _("the date from which it applies") in raised.value.text()


def test_electronic_answer_by_default_for_email_and_web_form(sample: Sample,
                                                             sample_db: Database) -> None:
    detail = load_request(sample_db, sample.ids["refusal"], TODAY)
    assert default_response_channel(detail) == "post"
    for channel in ("email", "web-form"):
        changed = detail.__class__(**{**detail.__dict__, "channel": channel})
        assert default_response_channel(changed) == "email"


def test_without_a_postal_address_the_window_shows_the_email(db: Database) -> None:
    build_demo(db, TODAY)
    request = create_request(db, RequestDraft(
        type="access", channel="email", received_on=RECEIVED, requester_name="Eeva Sähkö",
        requester_email="eeva@example.fi"), TODAY)
    text = full_text(build_letter(db, request, "acknowledgement", today=TODAY))
    assert "Eeva Sähkö eeva@example.fi" in text
    assert default_response_channel(load_request(db, request, TODAY)) == "email"


# --- the user's wording ---------------------------------------------------------------

def test_override_is_used_and_restore_default_brings_the_original_back(db: Database) -> None:
    build_demo(db, TODAY)
    request = create_request(db, _draft("access", None), TODAY)
    own = LetterTemplate("Kuittaus", "Saimme viestisi {reference}",
                         ("Vastaamme {due} mennessä, {name}.", "  "))
    saved = save_template(db, "acknowledgement", "fi", own)
    assert saved.paragraphs == ("Vastaamme {due} mennessä, {name}.",)
    assert is_customised(db, "acknowledgement", "fi")
    assert not is_customised(db, "acknowledgement", "sv")
    text = text_of(db, request, "acknowledgement", "fi")
    assert "KUITTAUS" in text and "Vastaamme 10.12.2026 mennessä, Aino Esimerkki." in text
    assert "VASTAANOTTOILMOITUS" not in text
    assert "MOTTAGNINGSBEKRÄFTELSE" in text_of(db, request, "acknowledgement", "sv")
    reset_template(db, "acknowledgement", "fi")
    assert not is_customised(db, "acknowledgement", "fi")
    assert "VASTAANOTTOILMOITUS" in text_of(db, request, "acknowledgement", "fi")
    assert effective_template(db, "acknowledgement", "fi").document_type == "VASTAANOTTOILMOITUS"


@pytest.mark.parametrize(("paragraph", "names"), [
    ("Vastaamme {due} mennessä, {etunimi}.", "{etunimi}"),
    ("Vastaamme pian.", "{due}"),
    ("Vastaamme {due:>3}.", "aaltosulje"),
])
def test_override_with_unknown_or_missing_placeholders_is_refused(
        db: Database, paragraph: str, names: str) -> None:
    with pytest.raises(TemplateError) as raised:
        save_template(db, "acknowledgement", "fi", LetterTemplate("A", "B", (paragraph,)))
    assert names in str(raised.value)
    assert not is_customised(db, "acknowledgement", "fi")


def test_a_damaged_stored_override_falls_back_to_the_default(db: Database) -> None:
    from kasve_desktop.services.database import transaction
    from kasve_desktop.store.models import Setting

    with transaction(db) as session:
        session.add(Setting(key="letter.templates",
                            value={"refusal": {"fi": {"subject": 3}}, "x": "y"}))
    assert effective_template(db, "refusal", "fi").document_type == "PÄÄTÖS PYYNTÖÖSI"
    assert set(LetterKind) - set(LETTER_KINDS) == {LetterKind.ACCESS_REPORT}


def test_the_counted_messages_are_those_of_the_erasure_note() -> None:
    from kasve_desktop import i18n
    from kasve_desktop.services.answers.letters.notes import PLURALS
    from kasve_desktop.services.requests.erasure import COUNTED

    i18n.set_language("en")
    assert {k: (COUNTED[k](1), COUNTED[k](2)) for k in COUNTED} == PLURALS


def test_an_extension_notice_after_the_one_month_date_is_refused(db: Database) -> None:
    from kasve_desktop.services.requests.intake import RequestDraft, create_request
    from kasve_desktop.services.requests.steps import extend_deadline

    received = dt.date(2026, 10, 1)  # one month: 1.11. is a Sunday → 2.11.2026
    request_id = create_request(db, RequestDraft(
        type="access", channel="email", received_on=received, requester_name="Aino Aalto",
        requester_email="aino@example.fi"), dt.date(2026, 10, 15))
    extend_deadline(db, request_id, dt.date(2026, 10, 15), "Laaja pyyntö", dt.date(2026, 10, 15))
    assert build_letter(db, request_id, "extension", "fi", today=dt.date(2026, 11, 2))
    with pytest.raises(ExtensionLate) as raised:
        build_letter(db, request_id, "extension", "fi", today=dt.date(2026, 11, 3))
    assert "2.11.2026" in raised.value.text()


def test_no_data_is_refused_while_the_requests_person_is_in_the_registers(
        sample: Sample, sample_db: Database) -> None:
    linked = load_request(sample_db, sample.ids["access-report"], TODAY)
    assert linked.person_id is not None and linked.person_name
    reason = (f"{linked.person_name} on rekistereissä: kirje, jonka mukaan tietoja ei ole, "
              "olisi väärä. Vastaa tarkastusvastauksella.")
    with pytest.raises(NoDataUntrue) as refused:
        build_letter(sample_db, linked.id, "no-data", "fi", today=TODAY)
    assert refused.value.text() == reason
    assert responses.letter_refusal(sample_db, linked.id, "no-data", TODAY) == reason
    assert responses.letter_refusal(sample_db, linked.id, "access-report", TODAY) is None
    assert responses.letter_refusal(sample_db, sample.ids["no-data"], "no-data", TODAY) is None


def test_no_data_is_refused_for_the_owner_of_the_requesters_address(
        sample: Sample, sample_db: Database) -> None:
    """Linked to nobody, yet someone in the registers has the requester's e-mail."""
    with sample_db.sessions() as session:
        person = session.scalars(select(Person).where(Person.emails.any())
                                 .order_by(Person.id)).first()
        assert person is not None
        name, address = person.full_name, person.emails[0].address
    draft = _draft("access", None)
    draft.requester_email = address.upper()  # letter case does not hide the person
    request_id = create_request(sample_db, draft, TODAY)
    with pytest.raises(NoDataUntrue) as refused:
        build_letter(sample_db, request_id, "no-data", "fi", today=TODAY)
    assert refused.value.text().startswith(f"{name} on rekistereissä:")


# --- letters that would be untrue, and texts left in Finnish ---------------------------------

def test_the_rectification_letter_goes_to_the_corrected_address(sample: Sample,
                                                                sample_db: Database) -> None:
    """The request came from Puijonkatu in Kuopio; the street and the locality were corrected."""
    detail = load_request(sample_db, sample.ids["rectification"], TODAY)
    text = text_of(sample_db, detail.id, "rectification", "fi")
    assert "Uusi katu 3" in text and "TAMPERE" in text
    assert "Puijonkatu 12 B 4" not in text  # the requester's street at intake
    assert f"Hyvä {detail.person_name}," in text  # the person as corrected, not the intake


def test_the_lifting_notice_is_refused_once_its_day_has_passed(sample: Sample,
                                                               sample_db: Database) -> None:
    """"The restriction will be lifted on 25.11.2026" is untrue in a letter of 26.11.2026."""
    request_id = sample.ids["restriction-lifted"]
    assert build_letter(sample_db, request_id, "restriction", "fi", today=TODAY)
    later = TODAY + dt.timedelta(days=1)
    with pytest.raises(PromisePast) as refused:
        build_letter(sample_db, request_id, "restriction", "fi", today=later)
    assert "25.11.2026" in refused.value.text()
    assert responses.letter_refusal(sample_db, request_id, "restriction", later) == (
        refused.value.text())
    assert responses.letter_refusal(sample_db, request_id, "restriction", TODAY) is None


SV_MARK, EN_MARK = "[inte översatt — text på finska]", "[not translated — text in Finnish]"


def test_reasons_typed_in_finnish_are_marked_in_swedish_and_english(
        sample: Sample, sample_db: Database) -> None:
    request_id = sample.ids["refusal"]
    for lang, mark in (("sv", SV_MARK), ("en", EN_MARK)):
        built = write_letter(sample_db, request_id, "refusal", lang, today=TODAY)
        assert f"{REFUSAL_REASON} {mark}" in full_text(built.pdf)
        assert built.untranslated == ("reasons",)
    finnish = write_letter(sample_db, request_id, "refusal", "fi", today=TODAY)
    assert finnish.untranslated == () and "[" not in full_text(finnish.pdf)
    assert responses.untranslated_in(sample_db, request_id, "refusal", "sv", TODAY) == (
        _("the reasons given"),)


def test_the_users_own_paragraph_is_marked_only_when_it_is_finnish(
        sample: Sample, sample_db: Database) -> None:
    request_id = sample.ids["objection-marketing"]  # a letter with no other free text
    swedish = "Vi beklagar att svaret dröjde och tackar för ditt tålamod."
    built = write_letter(sample_db, request_id, "objection-marketing", "sv", today=TODAY,
                         extra_paragraph=swedish)
    assert swedish in full_text(built.pdf) and SV_MARK not in full_text(built.pdf)
    finnish = "Pahoittelemme, että vastaus viivästyi."
    built = write_letter(sample_db, request_id, "objection-marketing", "sv", today=TODAY,
                         extra_paragraph=finnish)
    assert f"{finnish} {SV_MARK}" in full_text(built.pdf)
    assert "paragraph" in built.untranslated
    draft = responses.make_draft(sample_db, request_id, "objection-marketing", "sv", finnish,
                                 TODAY)
    assert _("your own paragraph") in draft.untranslated
