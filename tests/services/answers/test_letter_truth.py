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
from kasve_desktop.domain.workflow import StepDetails
from kasve_desktop.services.answers import responses
from kasve_desktop.services.answers.letters.letters import build_letter
from kasve_desktop.services.answers.letters.refusals import (
    AlreadyAnswered,
    HoldWithoutLaw,
    HoldWithoutPeriod,
    LetterUntrue,
    NoLongerOpen,
    ObjectionWithoutReasons,
    PromisePast,
)
from kasve_desktop.services.database import transaction
from kasve_desktop.services.requests import actions, steps
from kasve_desktop.services.requests.detail import request_id_of
from kasve_desktop.services.requests.erasure import apply_erasure
from kasve_desktop.services.requests.intake import RequestDraft, create_request
from kasve_desktop.store.engine import Database, open_database
from kasve_desktop.store.models import Register, RegisterEntry, Request
from tests.conftest import PASSPHRASE, fixed_clock
from tests.documents.test_notice_pdf import full_text
from tests.services.requests.test_actions import ACCOUNTING, build, new_request

D = dt.date
TODAY = D(2026, 11, 25)
SV_MARK = "[inte översatt — text på finska]"
EN_MARK = "[not translated — text in Finnish]"
OBJECTION_REASONS = ("Käsittely on tarpeen Kasven oikeusvaateen puolustamiseksi "
                     "käräjäoikeudessa vireillä olevassa riita-asiassa.")


def request(db: Database, kind: str, received: dt.date, *, lang: str = "fi",
            person: int | None = None) -> int:
    return create_request(db, RequestDraft(
        type=kind, channel="post", received_on=received, language=lang,
        requester_name="Aino Esimerkki", requester_street="Puijonkatu 12 B 4",
        requester_postal_code="70110", requester_locality="Kuopio", person_id=person), received)


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
    assert isinstance(refused, NoLongerOpen) and "(peruttu)" in refused.text()


# --- a refused objection: its reasons and the remedies ------------------------------------

def refused_objection(db: Database, reasons: str, lang: str = "fi") -> int:
    request_id = request(db, "objection", D(2026, 11, 10), lang=lang)
    steps.take_step(db, request_id, S.IN_PROGRESS, StepDetails(D(2026, 11, 12)), TODAY)
    steps.take_step(db, request_id, S.REFUSED, StepDetails(D(2026, 11, 20),
                                                           refusal_reasons=reasons), TODAY)
    return request_id


REMEDIES = {"fi": ("21 artiklan 1 kohta", "huomattavan tärkeä ja perusteltu syy",
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
    request_id = refused_objection(db, OBJECTION_REASONS)
    for kind in ("objection", "refusal"):
        text = text_of(db, request_id, kind, lang)
        mark = {"fi": "", "sv": f" {SV_MARK}", "en": f" {EN_MARK}"}[lang]
        assert f"{OBJECTION_REASONS}{mark}" in text, (kind, text)
        for fact in REMEDIES[lang][2:]:
            assert fact in text, (kind, fact)
    objection = text_of(db, request_id, "objection", lang)
    assert all(fact in objection for fact in REMEDIES[lang][:2])


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
    for kind in ("objection", "refusal"):
        assert isinstance(refused_with(db, request_id, kind), ObjectionWithoutReasons)


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
    for erased in ("– merkintä rekisterissä Asiakasrekisteri",
                   "– merkintä rekisterissä Markkinointirekisteri"):
        assert erased in text
    assert f"– Merkintäsi rekisterissä Laskutus: {ACCOUNTING}" in text
    assert ("– Nimi ja yhteystiedot: Tarvitaan lakisääteisesti säilytettäviä merkintöjä varten. "
            "Säilytämme niitä yhtä kauan kuin edellä mainittuja merkintöjä.") in text
    assert "Säilytämme niitä 3 vuoden ajan vastauksemme jälkeen" in text  # the request record
    for remedy in ("emme ole toteuttaneet pyyntöäsi", "käräjäoikeudessa",
                   "valitus valvontaviranomaiselle", "12 artiklan 4 kohdan"):
        assert remedy in text
    swedish = text_of(db, request_id, "erasure", "sv")
    assert "anteckningen i Kundregister" in swedish  # the register's own Swedish name
    assert f"Din post i registret Laskutus {SV_MARK}: {ACCOUNTING} {SV_MARK}" in swedish
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
    assert ("Merkintäsi rekisterissä Laskutus: Kirjanpitolaki 1336/1997 2 luku 10 §. Säilytämme "
            "merkinnän 6 vuoden ajan tietojen keräämisestä lukien.") in text_of(
        db, request_id, "erasure")
    assert ("Din post i registret Fakturering: Bokföringslagen 1336/1997 2 kap. 10 §. Vi sparar "
            "posten i 6 år från insamlingen.") in text_of(db, request_id, "erasure", "sv")
    assert (f"Your entry in the register Billing: Kirjanpitolaki 1336/1997 2 luku 10 § "
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
    assert f"– Merkintäsi rekisterissä Asiakasrekisteri: {note}" in text


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


def test_the_demos_marketing_objection_confirms_all_direct_marketing(demo: Database) -> None:
    request_id = demo_request(demo, "2026-0017", "objection-marketing", "sent")
    text = text_of(demo, request_id, "objection-marketing", today=DEMO_DAY)
    assert "– Kaikki suoramarkkinointi" in text and "Postimarkkinointi" not in text


def test_the_demos_refused_objection_gives_reasons_not_the_internal_note(demo: Database) -> None:
    request_id = demo_request(demo, "2026-0011", "objection", "closed")
    text = text_of(demo, request_id, "objection", today=DEMO_DAY)
    assert "vastustamisoikeus (21 artiklan 1 kohta) ei koske tätä käsittelyä" in text
    assert "muutoksenhakuohjeet" not in text
    assert "Tietosuojavaltuutetun toimisto" in text and "käräjäoikeudessa" in text
