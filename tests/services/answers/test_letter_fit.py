"""A letter kind must fit the request it answers, at the stage the request is in: each guard
refuses the letter with its reason, and the window gives the same reason (``fit``).

The reasons are written out by hand in Finnish, the interface's language in the tests; the
requests are made and handled through the services, as in use. The demo's requests that the
data-protection reader read are checked on a demo made on 2.12.2026.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kasve_desktop.demo.build import build_demo
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.workflow import StepDetails
from kasve_desktop.services.answers import responses
from kasve_desktop.services.answers.letters.refusals import (
    AcknowledgementActedOn,
    AcknowledgementAdvanced,
    AcknowledgementAfterQuestion,
    AcknowledgementExtended,
    ExtensionSent,
    IdentityUnconfirmed,
    LetterUntrue,
    NoDataNotAccess,
    NotAnAccessRequest,
    RefusalInObjection,
)
from kasve_desktop.services.requests import steps
from kasve_desktop.services.requests.detail import load_request, request_id_of
from kasve_desktop.store.engine import Database, open_database
from tests.conftest import PASSPHRASE, fixed_clock
from tests.documents.test_notice_pdf import full_text
from tests.services.answers.test_letter_truth import (
    DEMO_DAY,
    OBJECTION_REASONS,
    TODAY,
    D,
    demo_request,
    refused_objection,
    refused_with,
    request,
    restricted,
    text_of,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("demo-fit") / "demo.db"
    db = open_database(path, PASSPHRASE, create=True, clock=fixed_clock(DEMO_DAY))
    build_demo(db, DEMO_DAY)
    yield db
    db.close()


def report_refused(db: Database, request_id: int, today: dt.date = TODAY) -> LetterUntrue:
    """The access report is refused when built, and the window greys it out for that reason."""
    with pytest.raises(LetterUntrue) as refused:
        responses.make_draft(db, request_id, "access-report", None, "", today)
    assert responses.letter_refusal(db, request_id, "access-report", today) == refused.value.text()
    return refused.value


# --- 1. the access report and the "no data" letter answer an access request only -------------

def test_the_access_report_answers_only_an_access_request(db: Database) -> None:
    request_id = request(db, "rectification", D(2026, 11, 20))
    refused = report_refused(db, request_id)
    assert isinstance(refused, NotAnAccessRequest)
    assert refused.text() == (
        "Pyynnön laji on ”Oikaisu”, ei tarkastuspyyntö: tarkastusvastaus kertoisi henkilön "
        "pyytäneen saada tietää, mitä henkilötietoja hänestä käsittelemme (tietosuoja-asetuksen "
        "15 artikla), mikä ei pidä paikkaansa. Vastaa pyyntöön sen omalla kirjeellä.")
    access = request(db, "access", D(2026, 11, 20))
    assert responses.letter_refusal(db, access, "access-report", TODAY) is None
    assert "VASTAUS PYYNTÖÖSI" in full_text(  # linked to nobody: the "no data" letter
        responses.make_draft(db, access, "access-report", None, "", TODAY).pdf)


@pytest.mark.parametrize(("kind", "label"), [("erasure", "Poisto"), ("other", "Muu"),
                                             ("objection", "Vastustaminen (muu)")])
def test_the_no_data_letter_answers_only_an_access_request(db: Database, kind: str,
                                                            label: str) -> None:
    request_id = request(db, kind, D(2026, 11, 20))
    refused = refused_with(db, request_id, "no-data")
    assert isinstance(refused, NoDataNotAccess)
    assert refused.text() == (
        f"Pyynnön laji on ”{label}”, ei tarkastuspyyntö: ”Tietoja ei ole” -kirje on vastaus "
        "tarkastuspyyntöön (tietosuoja-asetuksen 15 artikla), ei tähän pyyntöön. Vastaa "
        "pyyntöön sen omalla kirjeellä.")
    assert "VASTAUS PYYNTÖÖSI" in text_of(db, request(db, "access", D(2026, 11, 20)), "no-data")


# --- 2. no acknowledgement of an extended request ----------------------------------------------

def test_an_extended_request_gets_no_acknowledgement(db: Database) -> None:
    request_id = request(db, "access", D(2026, 11, 10))
    assert responses.letter_refusal(db, request_id, "acknowledgement", TODAY) is None
    steps.extend_deadline(db, request_id, D(2026, 11, 24), "Pyyntö koskee useita rekistereitä.",
                          TODAY)
    refused = refused_with(db, request_id, "acknowledgement")
    assert isinstance(refused, AcknowledgementExtended)
    assert refused.text() == (
        "Vastausaikaa on pidennetty 10.2.2027 asti: vastaanottoilmoitus esittäisi tämän päivän "
        "tietosuoja-asetuksen 12 artiklan 3 kohdan mukaisena kuukauden määräaikana, mikä ei "
        "pidä paikkaansa. Pidennysilmoitus kertoo henkilölle uuden päivän ja pidennyksen syyt.")
    assert "viimeistään 10.2.2027" in text_of(db, request_id, "extension")  # its own letter


def test_an_extension_is_notified_once(db: Database) -> None:
    """The notice sent on 24.11. is kept; another dated later would pose as the notice."""
    request_id = request(db, "access", D(2026, 11, 10))
    steps.extend_deadline(db, request_id, D(2026, 11, 24), "Pyyntö koskee useita rekistereitä.",
                          TODAY)
    draft = responses.make_draft(db, request_id, "extension", None, "", D(2026, 11, 24))
    responses.send_draft(db, request_id, draft, D(2026, 11, 24), "email", TODAY)
    refused = refused_with(db, request_id, "extension")
    assert isinstance(refused, ExtensionSent)
    assert refused.text() == (
        "Pidennysilmoitus lähetettiin jo 24.11.2026, ja se on tallessa pyynnön yhteydessä: "
        "tänään päivätty toinen ilmoitus esiintyisi uutena ilmoituksena. Tulosta lähetetty "
        "ilmoitus uudelleen.")


# --- 3. the identity check open: no access report; a question asked: no acknowledgement --------

def test_no_access_report_before_the_identity_is_confirmed(db: Database) -> None:
    request_id = request(db, "access", D(2026, 11, 20))
    steps.ask_identity(db, request_id, D(2026, 11, 21), "Asiakasnumerosi.", TODAY)
    assert load_request(db, request_id, TODAY).status == S.IDENTITY_CHECK
    refused = report_refused(db, request_id)
    assert isinstance(refused, IdentityUnconfirmed)
    assert refused.text() == (
        "Henkilöllisyyden varmistus on vielä kesken: henkilöltä kysyttiin 21.11.2026, eikä "
        "vastausta ole kirjattu. Tarkastusvastaus antaisi kopion kaikista hänen tiedoistaan "
        "ennen kuin hänen henkilöllisyytensä on varmistettu (tietosuoja-asetuksen 12 artiklan "
        "6 kohta ja 5 artiklan 1 kohdan f alakohta). Kirjaa ensin, miten henkilöllisyys "
        "varmistettiin (”Henkilöllisyys varmistettu…” pyynnön tiedoissa).")
    steps.resume_clock(db, request_id, D(2026, 11, 24), "Asiakasnumero täsmää.", TODAY)
    assert responses.letter_refusal(db, request_id, "access-report", TODAY) is None


def test_no_acknowledgement_after_the_question_was_asked(db: Database) -> None:
    request_id = request(db, "access", D(2026, 11, 20))
    steps.ask_identity(db, request_id, D(2026, 11, 21), "Asiakasnumerosi.", TODAY)
    steps.resume_clock(db, request_id, D(2026, 11, 24), "Asiakasnumero täsmää.", TODAY)
    refused = refused_with(db, request_id, "acknowledgement")  # answered: still asked before
    assert isinstance(refused, AcknowledgementAfterQuestion)
    assert refused.text() == (
        "Henkilöltä kysyttiin lisätietoja jo 21.11.2026: tänään päivätty vastaanottoilmoitus "
        "kertoisi, että otamme yhteyttä, jos tarvitsemme lisätietoja, vaikka olemme jo tehneet "
        "niin. Kirjoita henkilölle tarvittaessa omalla kirjeelläsi.")


# --- 4. no acknowledgement once the request was acted on or is ready ---------------------------

def test_no_acknowledgement_after_an_action(db: Database) -> None:
    request_id = restricted(db)  # the restriction recorded on 25.11.2026, in progress
    refused = refused_with(db, request_id, "acknowledgement")
    assert isinstance(refused, AcknowledgementActedOn)
    assert refused.text() == (
        "Pyynnön johdosta on jo toimittu 25.11.2026: tänään päivätty vastaanottoilmoitus "
        "kertoisi, että olemme vasta saaneet pyynnön ja käsittelemme sen viipymättä, mikä ei "
        "pidä paikkaansa. Lähetä sen sijaan kirje, joka vastaa pyyntöön.")


def test_no_acknowledgement_of_a_request_ready_to_answer(db: Database) -> None:
    request_id = request(db, "access", D(2026, 11, 20))
    steps.take_step(db, request_id, S.IN_PROGRESS, StepDetails(D(2026, 11, 21)), TODAY)
    assert "VASTAANOTTOILMOITUS" in text_of(db, request_id, "acknowledgement")  # in progress
    steps.take_step(db, request_id, S.RESPONSE_READY, StepDetails(D(2026, 11, 24)), TODAY)
    refused = refused_with(db, request_id, "acknowledgement")
    assert isinstance(refused, AcknowledgementAdvanced)
    assert refused.text() == (
        "Pyynnön tila on jo ”Vastaus valmis”: tänään päivätty vastaanottoilmoitus kertoisi, "
        "että olemme vasta saaneet pyynnön ja käsittelemme sen viipymättä, mikä ei pidä "
        "paikkaansa. Lähetä sen sijaan kirje, joka vastaa pyyntöön.")


def test_a_fresh_request_still_gets_its_acknowledgement(db: Database) -> None:
    request_id = request(db, "erasure", D(2026, 11, 20))
    assert responses.letter_refusal(db, request_id, "acknowledgement", TODAY) is None
    text = text_of(db, request_id, "acknowledgement")
    assert "VASTAANOTTOILMOITUS" in text and "viimeistään 21.12.2026" in text


# --- 5. a refused objection has one answer: the objection letter -------------------------------

def test_a_refused_objection_is_answered_by_the_objection_letter_alone(db: Database) -> None:
    request_id = refused_objection(db, OBJECTION_REASONS)
    refused = refused_with(db, request_id, "refusal")
    assert isinstance(refused, RefusalInObjection)
    assert refused.text() == (
        "Vastustaminen on hylätty: siihen vastataan kirjeellä ”Vastustamisen lopputulos”, joka "
        "kertoo perustelut ja oikeussuojakeinot (tietosuoja-asetuksen 21 artiklan 1 kohta ja "
        "12 artiklan 4 kohta). Erillinen kielteinen päätös vastaisi pyyntöön kahdesti.")
    assert f"Perustelumme: {OBJECTION_REASONS}" in text_of(db, request_id, "objection")
    assert responses.default_kind(load_request(db, request_id, TODAY)) == "objection"
    other = request(db, "erasure", D(2026, 11, 10))
    steps.take_step(db, other, S.IN_PROGRESS, StepDetails(D(2026, 11, 12)), TODAY)
    steps.take_step(db, other, S.REFUSED, StepDetails(D(2026, 11, 20),
                                                      refusal_reasons="Kirjanpitolaki."), TODAY)
    assert "PÄÄTÖS PYYNTÖÖSI" in text_of(db, other, "refusal")  # another request's refusal


# --- 6. the restriction letter: the recipients are told (Art. 19) ------------------------------

ARTICLE_19 = {
    "fi": "Jos tietojasi on luovutettu muille, ilmoitamme rajoittamisesta myös jokaiselle "
          "vastaanottajalle, ellei tämä osoittaudu mahdottomaksi tai vaadi kohtuutonta vaivaa "
          "(19 artikla). Kerromme pyynnöstäsi, keitä nämä vastaanottajat ovat.",
    "sv": "Om dina uppgifter har lämnats ut till andra meddelar vi begränsningen även till "
          "varje mottagare, om inte detta visar sig vara omöjligt eller medföra en "
          "oproportionerligt stor ansträngning (artikel 19). Vi berättar på begäran vilka dessa "
          "mottagare är.",
    "en": "If your data has been disclosed to others, we will also tell each recipient of the "
          "restriction, unless this proves impossible or involves disproportionate effort "
          "(Article 19). On request, we will tell you who these recipients are."}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_restriction_letter_says_the_recipients_are_told(db: Database, lang: str) -> None:
    assert ARTICLE_19[lang] in text_of(db, restricted(db), "restriction", lang)


# --- the demo's requests, on 2.12.2026 -------------------------------------------------------

@pytest.mark.parametrize(("reference", "kind"), [
    ("2026-0018", "rectification"), ("2026-0019", "erasure"), ("2026-0024", "portability"),
    ("2026-0033", "objection"), ("2026-0038", "other"), ("2026-0039", "consent-withdrawal")])
def test_the_demos_other_requests_get_no_access_report(demo: Database, reference: str,
                                                       kind: str) -> None:
    request_id = request_id_of(demo, reference)
    assert load_request(demo, request_id, DEMO_DAY).type == kind
    reason = responses.letter_refusal(demo, request_id, "access-report", DEMO_DAY)
    assert reason is not None and reason.startswith("Pyynnön laji on ”")
    assert ", ei tarkastuspyyntö: tarkastusvastaus kertoisi" in reason


def test_the_demos_late_acknowledgements_are_refused(demo: Database) -> None:
    expected = {("2026-0014", "access", "in-progress"): AcknowledgementExtended,
                ("2026-0031", "access", "identity-check"): AcknowledgementAfterQuestion,
                ("2026-0034", "rectification", "in-progress"): AcknowledgementActedOn,
                ("2026-0022", "access", "response-ready"): AcknowledgementAdvanced}
    for (reference, kind, status), refusal in expected.items():
        request_id = demo_request(demo, reference, kind, status)
        assert isinstance(refused_with(demo, request_id, "acknowledgement", DEMO_DAY), refusal)
    asked = demo_request(demo, "2026-0031", "access", "identity-check")
    assert isinstance(report_refused(demo, asked, DEMO_DAY), IdentityUnconfirmed)


@pytest.mark.parametrize("reference", ["2026-0030", "2026-0036", "2026-0037", "2026-0038",
                                       "2026-0040"])
def test_the_demos_new_requests_still_get_an_acknowledgement(demo: Database,
                                                             reference: str) -> None:
    request_id = request_id_of(demo, reference)
    assert load_request(demo, request_id, DEMO_DAY).status == S.RECEIVED
    assert responses.letter_refusal(demo, request_id, "acknowledgement", DEMO_DAY) is None
    assert "VASTAANOTTOILMOITUS" in text_of(demo, request_id, "acknowledgement", today=DEMO_DAY)


def test_the_demos_refused_objection_has_one_answer(demo: Database) -> None:
    request_id = demo_request(demo, "2026-0032", "objection", "refused")
    assert isinstance(refused_with(demo, request_id, "refusal", DEMO_DAY), RefusalInObjection)
    assert responses.letter_refusal(demo, request_id, "objection", DEMO_DAY) is None
