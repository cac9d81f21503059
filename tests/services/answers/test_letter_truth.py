"""Letters that cannot lie: each guard refuses the letter with its reason, and the letter says
what the law requires (the reasons, the remedies, how long what is kept is kept).

The facts are written out by hand; the requests are made and handled through the services,
as in use. The demo's requests named in issue 11 are checked on a demo made on 2.12.2026.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kasve_desktop import i18n
from kasve_desktop.demo.build import build_demo
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.vocabulary import TimelineKind
from kasve_desktop.domain.workflow import StepDetails
from kasve_desktop.i18n import _
from kasve_desktop.services.answers import responses
from kasve_desktop.services.answers.letters.letters import LETTER_KINDS, build_letter
from kasve_desktop.services.answers.letters.refusals import (
    AlreadyAnswered,
    AnsweredUnkept,
    Closed,
    HoldWithoutLaw,
    HoldWithoutPeriod,
    LetterUnavailable,
    LetterUntrue,
    NoLongerOpen,
    NoQuestion,
    ObjectionWithoutReasons,
    PromisePast,
    QuestionAsked,
    RefusalInObjection,
    TakesEffectAtOnce,
    Withdrawn,
)
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people import persons
from kasve_desktop.services.requests import actions, steps
from kasve_desktop.services.requests.actions import NOTE_LIFTED
from kasve_desktop.services.requests.detail import request_id_of
from kasve_desktop.services.requests.erasure import apply_erasure
from kasve_desktop.services.requests.intake import RequestDraft, create_request, record
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import Register, RegisterEntry, Request
from tests.conftest import PASSPHRASE, fixed_clock
from tests.documents.test_notice_pdf import full_text
from tests.services.requests.test_actions import ACCOUNTING, build, new_request

D = dt.date
TODAY = D(2026, 11, 25)
SV_MARK = "[inte översatt — text på finska]"
EN_MARK = "[not translated — text in Finnish]"
OBJECTION_REASONS = ("Käsittely on tarpeen Kasven oikeudellisen vaateen puolustamiseksi "
                     "käräjäoikeudessa vireillä olevassa riita-asiassa.")


def request(db: Database, kind: str, received: dt.date, *, lang: str = "fi",
            person: int | None = None, description: str = "") -> int:
    return create_request(db, RequestDraft(
        type=kind, channel="post", received_on=received, language=lang,
        requester_name="Aino Esimerkki", requester_street="Puijonkatu 12 B 4",
        requester_postal_code="70110", requester_locality="Kuopio", person_id=person,
        description=description), received)


def text_of(db: Database, request_id: int, kind: str, lang: str = "fi",
            today: dt.date = TODAY) -> str:
    return full_text(build_letter(db, request_id, kind, lang, today=today))


def refused_with(db: Database, request_id: int, kind: str, today: dt.date = TODAY
                 ) -> LetterUntrue:
    """The letter is refused, and the window gives the same reason for greying it out."""
    with pytest.raises(LetterUntrue) as refused:
        build_letter(db, request_id, kind, "fi", today=today)
    assert responses.letter_refusal(db, request_id, kind, today) == refused.value.text()
    return refused.value


# --- no date promised that has passed; no acknowledgement of an answered request -------------

def test_an_acknowledgement_may_not_promise_a_date_that_has_passed(db: Database) -> None:
    request_id = request(db, "access", D(2026, 10, 1))  # one month: 1.11. is a Sunday → 2.11.
    assert "viimeistään 2.11.2026" in text_of(db, request_id, "acknowledgement",
                                              today=D(2026, 11, 2))
    assert responses.letter_refusal(db, request_id, "acknowledgement", D(2026, 11, 2)) is None
    refused = refused_with(db, request_id, "acknowledgement", D(2026, 11, 3))
    assert isinstance(refused, PromisePast)
    i18n.set_language("en")
    assert refused.text() == ("The letter would speak of 2 Nov 2026 as a date still to come, but "
                              "that date has passed: the letter would be untrue. Tell the person "
                              "in a letter of your own.")


def test_an_answered_request_gets_no_acknowledgement(db: Database) -> None:
    request_id = request(db, "access", D(2026, 11, 10))
    for target in (S.IN_PROGRESS, S.RESPONSE_READY):
        steps.take_step(db, request_id, target, StepDetails(D(2026, 11, 20)), TODAY)
    steps.take_step(db, request_id, S.SENT, StepDetails(D(2026, 11, 23),
                                                        response_channel="post"), TODAY)
    refused = refused_with(db, request_id, "acknowledgement")
    assert isinstance(refused, AlreadyAnswered) and "23.11.2026" in refused.text()


def test_a_withdrawn_request_gets_no_acknowledgement(db: Database) -> None:
    request_id = request(db, "access", D(2026, 11, 10))
    steps.take_step(db, request_id, S.WITHDRAWN, StepDetails(D(2026, 11, 20)), TODAY)
    refused = refused_with(db, request_id, "acknowledgement")
    assert isinstance(refused, NoLongerOpen)
    i18n.set_language("en")
    assert refused.text() == ("The person withdrew the request on 20 Nov 2026: a letter "
                              "answering it would be untrue.")


# --- a refused objection: its reasons and the remedies ------------------------------------

def refused_objection(db: Database, reasons: str, lang: str = "fi", description: str = "") -> int:
    request_id = request(db, "objection", D(2026, 11, 10), lang=lang, description=description)
    steps.take_step(db, request_id, S.IN_PROGRESS, StepDetails(D(2026, 11, 12)), TODAY)
    steps.take_step(db, request_id, S.REFUSED, StepDetails(D(2026, 11, 20),
                                                           refusal_reasons=reasons), TODAY)
    return request_id


REMEDIES = {"fi": ("21 artiklan 1 kohdan", "huomattavan tärkeä ja perusteltu syy",
                   "Tietosuojavaltuutetun toimisto", "PL 800, 00531 Helsinki",
                   "valitus valvontaviranomaiselle", "käräjäoikeudessa", "12 artiklan 4 kohdan"),
            "sv": ("artikel 21.1", "tvingande berättigade skäl", "Dataombudsmannens byrå",
                   "PB 800, 00531 Helsingfors", "klagomål till tillsynsmyndigheten",
                   "tingsrätten", "artikel 12.4"),
            "en": ("Article 21(1)", "compelling legitimate grounds",
                   "Office of the Data Protection Ombudsman", "P.O. Box 800",
                   "lodge a complaint", "district court", "Article 12(4)")}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_an_objection_refused_gives_its_reasons_and_the_remedies(db: Database,
                                                                 lang: str) -> None:
    """The objection letter is the answer; a refusal letter beside it is refused (``fit``)."""
    request_id = refused_objection(db, OBJECTION_REASONS)
    text = text_of(db, request_id, "objection", lang)
    mark = {"fi": "", "sv": f" {SV_MARK}", "en": f" {EN_MARK}"}[lang]
    assert f"{OBJECTION_REASONS}{mark}" in text, text
    for fact in REMEDIES[lang]:
        assert fact in text, fact
    assert isinstance(refused_with(db, request_id, "refusal"), RefusalInObjection)


def test_the_outcome_note_is_never_printed_as_the_decision(db: Database) -> None:
    request_id = refused_objection(db, OBJECTION_REASONS)
    with transaction(db) as session:
        row = session.get(Request, request_id)
        assert row is not None
        row.outcome = "Pyyntö hylätty; perustelut ja muutoksenhakuohjeet lähetetty."
    text = text_of(db, request_id, "objection")
    assert "muutoksenhakuohjeet" not in text and OBJECTION_REASONS in text


def test_an_objection_refused_without_reasons_gets_no_letter(db: Database) -> None:
    request_id = refused_objection(db, OBJECTION_REASONS)
    with transaction(db) as session:  # e.g. imported from an older record
        row = session.get(Request, request_id)
        assert row is not None
        row.refusal_reasons = ""
    assert isinstance(refused_with(db, request_id, "objection"), ObjectionWithoutReasons)
    assert isinstance(refused_with(db, request_id, "refusal"), RefusalInObjection)  # not its own


# --- the marketing objection confirms exactly its scope ---------------------------------------

def test_an_objection_to_all_direct_marketing_is_confirmed_as_such(db: Database) -> None:
    world = build(db)
    request_id = request(db, "objection-marketing", D(2026, 11, 10), person=world.person_id)
    actions.record_marketing_objection(db, request_id, ["all"], D(2026, 11, 12), "", TODAY)
    text = text_of(db, request_id, "objection-marketing")
    assert "– Kaikki suoramarkkinointi" in text
    for narrower in ("Sähköpostimarkkinointi", "Puhelinmarkkinointi", "Postimarkkinointi"):
        assert narrower not in text


# --- the rectification letter goes to the person as corrected ------------------------------

def test_the_rectification_letter_uses_the_corrected_name_and_e_mail(db: Database) -> None:
    world = build(db)
    request_id = new_request(db, "rectification", world.person_id)  # by e-mail, from maija@
    actions.apply_rectification(db, request_id, {"last_name": "Virtanen",
                                                 "emails": "maija.virtanen@example.fi"}, TODAY)
    text = text_of(db, request_id, "rectification")
    assert "Maija Virtanen maija.virtanen@example.fi" in text  # the window
    assert "Hyvä Maija Virtanen," in text
    assert "Meikäläinen" not in text and "maija@example.fi" not in text


# --- the erasure letter: the registers, each hold's law and period, the remedies -------------

def erase(db: Database, person_id: int) -> int:
    request_id = request(db, "erasure", D(2026, 11, 20), person=person_id)
    apply_erasure(db, request_id, TODAY)
    return request_id


def test_the_erasure_letter_names_the_registers_and_the_law_and_period_of_each_hold(
        db: Database) -> None:
    """Maija's billing entry is kept under the Accounting Act, whose text states the period."""
    request_id = erase(db, build(db).person_id)
    text = text_of(db, request_id, "erasure")
    assert text.startswith("Tietojasi on poistettu osittain Hyvä ")  # not "Tietosi on poistettu"
    assert "Tietosi on poistettu" not in text
    for erased in ("– merkintäsi rekisterissä ”Asiakasrekisteri”",
                   "– merkintäsi rekisterissä ”Markkinointirekisteri”"):
        assert erased in text
    assert f"– Koko merkintäsi rekisterissä ”Laskutus”: {ACCOUNTING}" in text
    assert ("– Nimesi ja yhteystietosi: tarvitsemme niitä edellä mainittuja merkintöjä varten, "
            "jotka meidän on lain mukaan säilytettävä. Säilytämme niitä yhtä kauan kuin näitä "
            "merkintöjä.") in text
    assert "Säilytämme niitä 3 vuoden ajan vastauksemme jälkeen" in text  # the request record
    for remedy in ("emme ole toteuttaneet pyyntöäsi", "käräjäoikeudessa",
                   "valitus valvontaviranomaiselle", "12 artiklan 4 kohdan"):
        assert remedy in text
    swedish = text_of(db, request_id, "erasure", "sv")
    assert swedish.startswith("Dina uppgifter har delvis raderats Bästa ")
    assert "din post i registret ”Kundregister”" in swedish  # the register's own Swedish name
    assert f"Hela din post i registret ”Laskutus {SV_MARK}”: {ACCOUNTING} {SV_MARK}" in swedish
    assert "Vi sparar dem i 3 år efter vårt svar" in swedish


def test_a_hold_named_by_its_register_is_kept_by_the_registers_rule(db: Database) -> None:
    world = build(db)
    with transaction(db) as session:
        billing = session.scalar(select(Register).where(Register.key == "laskutus"))
        assert billing is not None
        billing.name = {"fi": "Laskutus", "sv": "Fakturering", "en": "Billing"}
        billing.legal_hold_text = {"fi": "Kirjanpitolaki 1336/1997 2 luku 10 §",
                                   "sv": "Bokföringslagen 1336/1997 2 kap. 10 §"}
        billing.retention_months, billing.retention_anchor = 72, "collected"
    request_id = erase(db, world.person_id)
    assert ("Koko merkintäsi rekisterissä ”Laskutus”: Kirjanpitolaki 1336/1997 2 luku 10 §. "
            "Säilytämme merkinnän 6 vuoden ajan tietojen keräämisestä lukien.") in text_of(
        db, request_id, "erasure")
    assert ("Hela din post i registret ”Fakturering”: Bokföringslagen 1336/1997 2 kap. 10 §. "
            "Vi sparar posten i 6 år från insamlingen.") in text_of(db, request_id, "erasure", "sv")
    assert (f"Your whole entry in our register “Billing”: Kirjanpitolaki 1336/1997 2 luku 10 § "
            f"{EN_MARK} We keep the entry for 6 years from its collection.") in text_of(
        db, request_id, "erasure", "en")


def hold_marked_on_entry(db: Database, note: str) -> int:
    """Maija with no register-wide hold, her customer entry marked as held with ``note``."""
    world = build(db, hold=False)
    with transaction(db) as session:
        entry = session.scalar(select(RegisterEntry).join(Register).where(
            RegisterEntry.person_id == world.person_id, Register.key == "asiakkaat"))
        assert entry is not None
        entry.legal_hold, entry.note = True, note
    return erase(db, world.person_id)


def test_a_hold_that_names_no_law_gets_no_erasure_letter(db: Database) -> None:
    refused = refused_with(db, hold_marked_on_entry(db, ""), "erasure")
    assert isinstance(refused, HoldWithoutLaw) and "Asiakasrekisteri" in refused.text()


def test_a_hold_that_states_no_period_gets_no_erasure_letter(db: Database) -> None:
    refused = refused_with(db, hold_marked_on_entry(db, "Kirjanpitolaki 1336/1997"), "erasure")
    assert isinstance(refused, HoldWithoutPeriod)
    assert "Asiakasrekisteri" in refused.text() and "Kirjanpitolaki 1336/1997" in refused.text()


def test_a_hold_whose_note_states_law_and_period_is_printed_as_noted(db: Database) -> None:
    note = "Kuluttajansuojalaki 38/1978 5 luku 15 §: takuuasiat kaksi vuotta toimituksesta."
    text = text_of(db, hold_marked_on_entry(db, note), "erasure")
    assert f"– Koko merkintäsi rekisterissä ”Asiakasrekisteri”: {note}" in text


# --- the demo's requests of issue 11, on 2.12.2026 --------------------------------------------

DEMO_DAY = D(2026, 12, 2)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("demo-letters") / "demo.db"
    db = open_database(path, PASSPHRASE, create=True, clock=fixed_clock(DEMO_DAY))
    build_demo(db, DEMO_DAY)
    yield db
    db.close()


def demo_request(db: Database, reference: str, kind: str, status: str) -> int:
    request_id = request_id_of(db, reference)
    with db.sessions() as session:
        row = session.get(Request, request_id)
        assert row is not None and (row.type, row.status) == (kind, status), reference
    return request_id


def test_the_demos_overdue_request_gets_no_acknowledgement(demo: Database) -> None:
    request_id = demo_request(demo, "2026-0016", "access", "in-progress")
    refused = refused_with(demo, request_id, "acknowledgement", DEMO_DAY)
    assert isinstance(refused, PromisePast) and "27.11.2026" in refused.text()
    answered = demo_request(demo, "2026-0015", "access", "sent")
    assert isinstance(refused_with(demo, answered, "acknowledgement", DEMO_DAY), AlreadyAnswered)


def test_the_demos_refused_objection_gives_reasons_not_the_internal_note(demo: Database) -> None:
    request_id = demo_request(demo, "2026-0032", "objection", "refused")
    with demo.sessions() as session:
        row = session.get(Request, request_id)
        assert row is not None and row.description and row.refusal_reasons
        objected, reasons = row.description, row.refusal_reasons
    text = text_of(demo, request_id, "objection", today=DEMO_DAY)
    assert f"Pyyntösi on kirjattu meille näin: {objected}" in text
    assert f"Perustelumme: {reasons}" in text
    assert "muutoksenhakuohjeet" not in text
    assert "Tietosuojavaltuutetun toimisto" in text and "käräjäoikeudessa" in text


@pytest.mark.parametrize("reference", ["2026-0029", "2026-0016", "2026-0014"])
def test_the_demos_requests_with_no_question_get_no_clarification_letter(
        demo: Database, reference: str) -> None:
    """A clarification letter that does not say what is needed is refused, not sent."""
    refused = refused_with(demo, request_id_of(demo, reference), "clarification", DEMO_DAY)
    assert isinstance(refused, NoQuestion)


def test_the_demos_question_asked_earlier_is_not_asked_again_dated_today(
        demo: Database) -> None:
    request_id = demo_request(demo, "2026-0031", "access", "identity-check")
    refused = refused_with(demo, request_id, "clarification", DEMO_DAY)
    assert isinstance(refused, QuestionAsked) and "24.11.2026" in refused.text()


def test_the_demos_partial_erasure_says_so_and_speaks_to_the_person(demo: Database) -> None:
    request_id = request_id_of(demo, "2026-0019")
    fi, sv, en = (text_of(demo, request_id, "erasure", lang, DEMO_DAY)
                  for lang in ("fi", "sv", "en"))
    assert fi.startswith("Tietojasi on poistettu osittain Hyvä Mikko Anttila, ")
    assert sv.startswith("Dina uppgifter har delvis raderats Bästa Mikko Anttila, ")
    assert en.startswith("Your data has been partly erased Dear Mikko Anttila, ")
    # only the data the law keeps of the customer entry, each until its date
    assert "– Laskutus- ja maksutiedot merkinnästäsi rekisterissä ”Asiakasrekisteri” " in fi
    assert ("– Fakturerings- och betalningsuppgifter i din post i registret ”Kundregister” "
            "till och med ") in sv
    assert ("– Billing and payment details of your entry in our register “Customer register”, "
            "until ") in en
    assert "Koko merkintäsi" not in fi and "Your whole entry" not in en
    assert ("– Sähköpostiosoitteesi on tallennettu estolistalle suojattuna tunnisteena ilman "
            "nimeäsi, jotta sinulle ei lähetetä markkinointia uudelleen.") in fi
    assert "Henkilö kielsi" not in fi and "Personen förbjöd" not in sv
    assert "The person refused" not in en and "legal hold" not in en
    assert "in the register Customer register" not in en and "statutory retention" in en


CLARIFYING_TODAY = D(2026, 11, 25)


def asked_today(db: Database, received: dt.date, *, pause: bool = True) -> int:
    """The window's flow: the question is recorded with the identity step, then the letter."""
    request_id = request(db, "access", received)
    steps.ask_identity(db, request_id, CLARIFYING_TODAY, "Asiakasnumerosi.", CLARIFYING_TODAY,
                       pause=pause)
    return request_id


def test_the_clarification_asked_today_carries_the_question_and_the_pause(
        db: Database) -> None:
    request_id = asked_today(db, D(2026, 11, 20))
    text = text_of(db, request_id, "clarification", today=CLARIFYING_TODAY)
    assert "Pyydämme seuraavia tietoja: Asiakasnumerosi." in text
    assert "Vastausaika ei kulu 25.11.2026 alkaen sinä aikana, jona odotamme vastaustasi." in text
    assert responses.letter_refusal(db, request_id, "clarification", CLARIFYING_TODAY) is None
    assert "From 25 November 2026, the time for our answer does not run" in text_of(
        db, request_id, "clarification", "en", today=CLARIFYING_TODAY)


def test_a_clarification_without_the_pause_does_not_say_the_clock_stops(db: Database) -> None:
    text = text_of(db, asked_today(db, D(2026, 11, 20), pause=False), "clarification",
                   today=CLARIFYING_TODAY)
    assert "Pyydämme seuraavia tietoja: Asiakasnumerosi." in text
    assert "ei kulu" not in text and "Jos emme saa tietoja" in text


def test_a_question_asked_after_the_month_does_not_say_the_clock_stops(db: Database) -> None:
    request_id = asked_today(db, D(2026, 10, 1))  # one month: 2.11.2026, passed
    text = text_of(db, request_id, "clarification", today=CLARIFYING_TODAY)
    assert "Pyydämme seuraavia tietoja" in text and "ei kulu" not in text
    english = text_of(db, request_id, "clarification", "en", today=CLARIFYING_TODAY)
    assert "does not run" not in english


# --- a request carried out at once is never promised a later answer ---------------------------

@pytest.mark.parametrize(("kind", "reason"), [
    ("consent-withdrawal", "A withdrawal of consent takes effect at once (GDPR Art. 7(3)): a "
                           "letter promising an answer by a later date would mislead. Record "
                           "the withdrawal and send its confirmation instead."),
    ("objection-marketing", "An objection to direct marketing must be honoured at once (GDPR "
                            "Art. 21(3)): a letter promising an answer by a later date would "
                            "mislead. Record the objection and send its confirmation instead."),
])
def test_a_request_carried_out_at_once_gets_no_promise_of_a_later_answer(
        db: Database, kind: str, reason: str) -> None:
    request_id = request(db, kind, D(2026, 11, 20))  # one month: 21.12.2026, still to come
    i18n.set_language("en")
    for letter in ("acknowledgement", "extension"):
        refused = refused_with(db, request_id, letter)
        assert isinstance(refused, TakesEffectAtOnce) and refused.text() == reason
    access = request(db, "access", D(2026, 11, 20))
    assert "by 21 December 2026" in text_of(db, access, "acknowledgement", "en")


# --- an objection: what was objected to, when the right applies, the decision -----------------

NOT_F = ("Käsittely perustuu asiakassopimuksen täytäntöönpanoon (6 artiklan 1 kohdan b "
         "alakohta), ei oikeutettuun etuun; vastustamisoikeus (21 artiklan 1 kohta) ei koske "
         "tätä käsittelyä.")
OBJECTED = ("Vastustan tietojeni käyttöä asiakassuhteen kehittämiseen liittyvään analysointiin "
            "ja tilastointiin.")


def test_a_refused_objection_is_true_whichever_reason_decides(db: Database) -> None:
    """The letter states when Art. 21(1) applies and what it then requires, and leaves it to
    the reasons which one decides: here, that the processing is not based on 6(1)(e) or (f)."""
    request_id = refused_objection(db, NOT_F, description=OBJECTED)
    text = text_of(db, request_id, "objection")
    assert ("Pyyntösi (käsittelyn vastustaminen) saapui meille 10.11.2026. Olet vastustanut "
            "henkilötietojesi käsittelyä. Pyyntösi on kirjattu meille näin: " + OBJECTED) in text
    assert ("EU:n yleisen tietosuoja-asetuksen 21 artiklan 1 kohdan mukaan sinulla on oikeus "
            "erityiseen tilanteeseesi liittyvällä perusteella vastustaa sellaista "
            "henkilötietojesi käsittelyä, joka perustuu yleistä etua koskevan tehtävän "
            "suorittamiseen tai julkisen vallan käyttämiseen (6 artiklan 1 kohdan e alakohta) "
            "taikka rekisterinpitäjän tai kolmannen osapuolen oikeutettuun etuun (6 artiklan 1 "
            "kohdan f alakohta). Jos vastustat tällaista käsittelyä, saamme jatkaa sitä vain, jos "
            "osoitamme, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää "
            "etusi, oikeutesi ja vapautesi, tai että käsittely on tarpeen oikeudellisen vaateen "
            "laatimiseksi, esittämiseksi tai puolustamiseksi.") in text
    assert ("Olemme arvioineet pyyntösi, emmekä lopeta käsittelyä siltä osin kuin alla "
            "kerrotaan. Perustelumme: " + NOT_F) in text
    assert "oikeusvaate" not in text and "henkilökohtai" not in text
    swedish = text_of(db, request_id, "objection", "sv")
    assert "din specifika situation" in swedish and "speciella" not in swedish
    assert ("Vi har registrerat din begäran så här: " + OBJECTED + " " + SV_MARK) in swedish


def test_an_objection_without_its_description_leaves_that_paragraph_out(db: Database) -> None:
    text = text_of(db, refused_objection(db, OBJECTION_REASONS), "objection", "en")
    assert "We have recorded your request as follows" not in text
    assert "Article 6(1)(e)" in text and "Article 6(1)(f)" in text


def test_an_objection_not_decided_yet_lacks_only_the_decision(db: Database) -> None:
    """The authority's contact block comes from the settings: only the decision is missing."""
    world = build(db)
    request_id = request(db, "objection", D(2026, 11, 20), person=world.person_id)
    i18n.set_language("en")
    with pytest.raises(LetterUnavailable) as missing:
        build_letter(db, request_id, "objection", "fi", today=TODAY)
    assert not isinstance(missing.value, LetterUntrue)
    assert missing.value.text() == ("The letter needs facts that the request does not have yet: "
                                    "the decision.")
    assert responses.letter_refusal(db, request_id, "objection", TODAY) is None
    decision = "Lopetamme tietojesi käyttämisen asiakastyytyväisyyskyselyissä."
    actions.record_objection_decision(db, request_id, decision, TODAY)
    text = text_of(db, request_id, "objection")
    assert f"Ratkaisumme: {decision}" in text
    assert "Tietosuojavaltuutetun toimisto Käyntiosoite: Lintulahdenkuja 4" in text


# --- no new answer to a request already answered, closed or withdrawn --------------------------

def answered(db: Database) -> int:
    """An access request answered on 23.11.2026 (its letter made elsewhere, not kept here)."""
    request_id = request(db, "access", D(2026, 11, 10))
    for target in (S.IN_PROGRESS, S.RESPONSE_READY):
        steps.take_step(db, request_id, target, StepDetails(D(2026, 11, 20)), TODAY)
    steps.take_step(db, request_id, S.SENT, StepDetails(D(2026, 11, 23),
                                                        response_channel="post"), TODAY)
    return request_id


def test_an_answered_request_gets_no_new_letter_of_any_kind(db: Database) -> None:
    request_id = answered(db)
    i18n.set_language("en")
    reason = ("The request was already answered on 23 Nov 2026: a new letter dated today would "
              "answer it again. The letter sent then is not kept with the request.")
    for kind in LETTER_KINDS:
        with pytest.raises(AnsweredUnkept) as refused:
            build_letter(db, request_id, kind, "fi", today=TODAY)
        assert refused.value.text() == reason
        assert responses.letter_refusal(db, request_id, kind, TODAY) == reason, kind
    assert responses.letter_refusal(db, request_id, "access-report", TODAY) == reason
    steps.take_step(db, request_id, S.CLOSED, StepDetails(TODAY), TODAY)  # closed: the same
    assert responses.letter_refusal(db, request_id, "refusal", TODAY) == reason


def test_the_answer_kept_with_the_request_is_the_one_to_print(db: Database) -> None:
    request_id = refused_objection(db, OBJECTION_REASONS)
    draft = responses.make_draft(db, request_id, "objection", None, "", TODAY)
    responses.send_draft(db, request_id, draft, D(2026, 11, 24), "post", TODAY)
    i18n.set_language("en")
    for kind in ("objection", "refusal"):
        refused = refused_with(db, request_id, kind)
        assert isinstance(refused, AlreadyAnswered) and not isinstance(refused, AnsweredUnkept)
        assert refused.text() == ("The request was already answered on 24 Nov 2026: a new "
                                  "letter dated today would answer it again. Print the letter "
                                  "sent then from the request's timeline.")


def test_a_request_closed_without_an_answer_gets_no_letter(db: Database) -> None:
    request_id = request(db, "erasure", D(2026, 11, 10))
    with transaction(db) as session:  # closed in an older record, no answer noted
        row = session.get(Request, request_id)
        assert row is not None
        row.status, row.closed_on = S.CLOSED.value, D(2026, 11, 20)
    i18n.set_language("en")
    refused = refused_with(db, request_id, "erasure")
    assert isinstance(refused, Closed)
    assert refused.text() == ("The request was closed on 20 Nov 2026: a letter dated today "
                              "would answer a request that is no longer being handled.")


def test_a_withdrawn_request_gets_no_answer(db: Database) -> None:
    request_id = request(db, "access", D(2026, 11, 10))
    steps.take_step(db, request_id, S.WITHDRAWN, StepDetails(D(2026, 11, 18)), TODAY)
    for kind in ("no-data", "refusal", "clarification"):
        assert isinstance(refused_with(db, request_id, kind), Withdrawn)
    assert responses.letter_refusal(db, request_id, "access-report", TODAY) == (
        refused_with(db, request_id, "no-data").text())


def restricted(db: Database) -> int:
    world = build(db)
    request_id = request(db, "restriction", D(2026, 11, 10), person=world.person_id)
    actions.restrict_processing(db, request_id, "Tietojen paikkansapitävyys on kiistetty.",
                                D(2026, 11, 12), TODAY)
    return request_id


def test_a_lifting_notice_that_was_the_answer_is_not_written_again(db: Database) -> None:
    request_id = restricted(db)
    actions.lift_restriction(db, request_id, TODAY)
    draft = responses.make_draft(db, request_id, "restriction", None, "", TODAY)
    assert "ILMOITUS RAJOITUKSEN POISTAMISESTA" in full_text(draft.pdf)
    responses.send_draft(db, request_id, draft, TODAY, "post", TODAY)
    assert isinstance(refused_with(db, request_id, "restriction"), AlreadyAnswered)


def test_the_lifting_notice_follows_the_answer_that_confirmed_the_restriction(
        db: Database) -> None:
    """Art. 18(3): the restriction was confirmed and answered; lifted later, the person is told."""
    request_id = restricted(db)
    draft = responses.make_draft(db, request_id, "restriction", None, "", TODAY)
    responses.send_draft(db, request_id, draft, D(2026, 11, 20), "post", TODAY)
    assert isinstance(refused_with(db, request_id, "restriction"), AlreadyAnswered)
    with transaction(db) as session:  # lifted from the person's page, noted on the request
        row = session.get(Request, request_id)
        assert row is not None and row.person_id is not None
        person_id = row.person_id
        record(row, TimelineKind.ACTION, TODAY, _(NOTE_LIFTED))
    persons.lift_restriction(db, person_id)
    assert responses.letter_refusal(db, request_id, "restriction", TODAY) is None
    text = text_of(db, request_id, "restriction")
    assert "ILMOITUS RAJOITUKSEN POISTAMISESTA" in text
    assert "18 artiklan 3 kohdan mukaisesti, että rajoitus poistetaan 25.11.2026" in text


# --- the restriction's grounds, addressed to the person ----------------------------------------

def restricted_for(db: Database, reason: str) -> int:
    world = build(db)
    request_id = request(db, "restriction", D(2026, 11, 10), person=world.person_id)
    actions.restrict_processing(db, request_id, reason, D(2026, 11, 12), TODAY)
    return request_id


def test_a_cited_ground_of_article_18_is_worded_to_the_person(db: Database) -> None:
    request_id = restricted_for(db, "Rekisteröity tarvitsee tietoja oikeudellisen vaateen "
                                    "laatimiseen (18 artiklan 1 kohdan c alakohta).")
    assert ("Rajoituksen peruste: Emme enää tarvitse henkilötietojasi käsittelyn tarkoituksiin, "
            "mutta tarvitset niitä oikeudellisen vaateen laatimiseksi, esittämiseksi tai "
            "puolustamiseksi (18 artiklan 1 kohdan c alakohta).") in text_of(
        db, request_id, "restriction")
    assert ("Grund för begränsningen: Vi behöver inte längre dina personuppgifter för ändamålen "
            "med behandlingen, men du behöver dem för att fastställa, göra gällande eller "
            "försvara rättsliga anspråk (artikel 18.1 c).") in text_of(
        db, request_id, "restriction", "sv")
    english = text_of(db, request_id, "restriction", "en")
    assert ("Grounds for the restriction: We no longer need your personal data for the purposes "
            "of the processing, but you need it for the establishment, exercise or defence of "
            "legal claims (Article 18(1)(c)).") in english
    assert "Rekisteröity" not in english and EN_MARK not in english


def test_a_reason_citing_no_single_ground_is_printed_as_typed(db: Database) -> None:
    reason = "Tietojen paikkansapitävyys kiistetty (18 artiklan 1 kohdan a ja d alakohta)."
    request_id = restricted_for(db, reason)
    assert f"Rajoituksen peruste: {reason}" in text_of(db, request_id, "restriction")
    assert f"Grounds for the restriction: {reason} {EN_MARK}" in text_of(
        db, request_id, "restriction", "en")


# --- the no-data letter says what is held: the record of the request ---------------------------

def test_the_no_data_letter_names_the_record_of_the_request(db: Database) -> None:
    request_id = create_request(db, RequestDraft(
        type="access", channel="email", received_on=D(2026, 11, 20), requester_name="Teemu Testi",
        requester_email="teemu@example.fi", requester_phone="0401234567"), TODAY)
    text = text_of(db, request_id, "no-data")
    assert ("Rekistereissämme ei ole sinua koskevia henkilötietoja Hyvä Teemu Testi, Pyyntösi "
            "(tarkastuspyyntö) saapui meille 20.11.2026. Olemme tarkistaneet kaikki rekisterimme "
            "pyynnössäsi antamiesi tietojen perusteella. Rekistereissämme ei ole sinua koskevia "
            "henkilötietoja. Käytimme tarkistuksessa seuraavia tietoja: – Teemu Testi "
            "– teemu@example.fi – 040 1234567 Ainoat sinua koskevat tiedot, joita käsittelemme, "
            "ovat tämän pyynnön ja vastauksemme tiedot. Säilytämme ne 3 vuoden ajan vastauksemme "
            "jälkeen, jotta voimme osoittaa käsitelleemme pyyntösi lainmukaisesti (EU:n yleisen "
            "tietosuoja-asetuksen 5 artiklan 2 kohta). Emme käytä niitä muuhun tarkoitukseen, ja "
            "säilytysajan päätyttyä poistamme ne. Jos olet asioinut kanssamme toisella nimellä, "
            "sähköpostiosoitteella tai puhelinnumerolla, kerro se meille, niin tarkistamme asian "
            "uudelleen.") in text
    assert "emmekä käsittele tietojasi" not in text and "Tietosuojavaltuutetun toimisto" in text
    english = text_of(db, request_id, "no-data", "en")
    assert ("Our registers hold no personal data about you." in english
            and "The only data about you that we process is the record of this request and of "
                "our reply." in english)
    swedish = text_of(db, request_id, "no-data", "sv")
    assert ("Våra register innehåller inga personuppgifter om dig." in swedish
            and "De enda uppgifter om dig som vi behandlar är uppgifterna om denna begäran och "
                "vårt svar." in swedish)


# --- the demo's requests of the data-protection reader, on 2.12.2026 ---------------------------

def test_the_demos_answered_requests_get_no_new_letters(demo: Database) -> None:
    for reference, kind, status in (("2026-0006", "objection-marketing", "closed"),
                                    ("2026-0011", "objection", "closed"),
                                    ("2026-0004", "restriction", "closed"),
                                    ("2026-0008", "consent-withdrawal", "closed"),
                                    ("2026-0017", "objection-marketing", "sent")):
        request_id = demo_request(demo, reference, kind, status)
        assert isinstance(refused_with(demo, request_id, kind, DEMO_DAY), AlreadyAnswered)


def test_the_demos_consent_withdrawal_gets_no_acknowledgement(demo: Database) -> None:
    request_id = demo_request(demo, "2026-0039", "consent-withdrawal", "received")
    assert isinstance(refused_with(demo, request_id, "acknowledgement", DEMO_DAY),
                      TakesEffectAtOnce)


def test_an_undecided_objection_lacks_only_its_decision(demo: Database) -> None:
    """The authority's block comes from the settings: only the decision can be missing."""
    request_id = request(demo, "objection", DEMO_DAY - dt.timedelta(days=3))
    i18n.set_language("en")
    with pytest.raises(LetterUnavailable) as missing:
        build_letter(demo, request_id, "objection", today=DEMO_DAY)
    assert missing.value.text() == ("The letter needs facts that the request does not have yet: "
                                    "the decision.")
