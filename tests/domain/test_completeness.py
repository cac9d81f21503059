"""The completeness check: items A–N and the flags, on the seed notice and edits of it."""

from __future__ import annotations

import dataclasses

import pytest

from kasve_desktop.demo import seed as demo_seed
from kasve_desktop.domain.completeness import Coverage, check_register, missing_rights
from kasve_desktop.domain.notice import (
    Address,
    ContactFacts,
    ControllerFacts,
    ItemFacts,
    RegisterFacts,
)

SEED = demo_seed.seed_notice()

CONTROLLER = ControllerFacts("Kasve Oy", "2457832-5", Address("Puijonkatu 23", "70110", "Kuopio"))
CONTACT = ContactFacts("Elias Haapakorva", Address("Puijonkatu 23", "70110", "Kuopio"),
                       "tietosuoja@kasve.fi")


def seed_register() -> RegisterFacts:
    """The customer register exactly as the demo enters the seed notice."""
    from kasve_desktop.services.registers.registers import item_facts

    items = [item_facts(i) for i in demo_seed.register_items()]
    return RegisterFacts(
        key="asiakkaat", name={"fi": "Asiakasrekisteri"},
        purposes_text=demo_seed.fi(SEED.texts["purposes_text"]),
        data_content_text=demo_seed.fi(SEED.texts["data_content_text"]),
        sources_text=demo_seed.fi(SEED.texts["sources_text"]),
        disclosures_text=demo_seed.fi(SEED.texts["disclosures_text"]),
        transfers_text=demo_seed.fi(SEED.texts["transfers_text"]),
        retention_text=demo_seed.fi(SEED.texts["retention_text"]), retention_months=6,
        rights_text=demo_seed.fi(SEED.texts["rights_text"]), items=items)


def report(register: RegisterFacts, intro: str = "") -> dict[str, Coverage]:
    result = check_register(CONTROLLER, CONTACT, None, register, intro)
    return {item.code: item.coverage for item in result.items}


def test_the_seed_lacks_what_the_rules_say() -> None:
    coverage = report(seed_register())
    assert set("ABCDEFGHIJKLMN") == set(coverage)
    missing = {code for code, state in coverage.items() if state is Coverage.MISSING}
    assert {"C", "L", "M"} <= missing
    assert coverage["I"] is Coverage.COVERED  # the rights are the product's own clauses
    assert coverage["N"] is Coverage.COVERED  # "not used" is the product's own sentence
    assert coverage["A"] is Coverage.COVERED
    assert coverage["B"] is Coverage.NOT_APPLICABLE  # no DPO designated
    assert coverage["K"] is Coverage.COVERED


def test_the_seed_misses_erasure_and_portability() -> None:
    assert missing_rights(SEED.texts["rights_text"]) == ["erasure", "portability"]


def test_every_flag_on_the_seed() -> None:
    result = check_register(CONTROLLER, CONTACT, None, seed_register(), SEED.intro)
    codes = {flag.code for flag in result.flags}
    assert codes == {"repealed-act", "in-writing", "non-personal", "transfer-claim",
                     "open-purpose", "and-or-basis", "no-agreement"}
    open_ended = next(f for f in result.flags if f.code == "open-purpose")
    assert open_ended.excerpt == "muut vastaavat käyttötarkoitukset"
    and_or = next(f for f in result.flags if f.code == "and-or-basis")
    assert and_or.excerpt.startswith("Henkilötietojen käsittelyn perusteena on yrityksen "
                                     "oikeutettu etu ja/tai asiakassuhde")
    transfer = next(f for f in result.flags if f.code == "transfer-claim")
    assert dict(transfer.params) == {"processor": "Google Analytics"}
    assert "ulkopuolelle" in transfer.excerpt


def _with_purposes(register: RegisterFacts, basis: str | None, interest: str = "") -> RegisterFacts:
    purposes = [dataclasses.replace(i, legal_basis=basis,
                                    legitimate_interest={"fi": interest} if interest else {})
                for i in register.items if i.kind == "purpose"]
    others = [i for i in register.items if i.kind != "purpose"]
    return dataclasses.replace(register, items=purposes + others)


def test_legal_basis_per_purpose_covers_c_and_d_follows() -> None:
    seed = seed_register()
    assert report(_with_purposes(seed, "contract"))["C"] is Coverage.COVERED
    interests = _with_purposes(seed, "legitimate-interests")
    assert report(interests)["D"] is Coverage.MISSING
    spelled = _with_purposes(seed, "legitimate-interests", "asiakassuhteen hoitaminen")
    assert report(spelled)["D"] is Coverage.COVERED


def test_rights_text_completed_covers_i() -> None:
    text = SEED.texts["rights_text"] + "\n\nSinulla on oikeus tietojen poistamiseen ja oikeus " \
        "siirtää tiedot järjestelmästä toiseen."
    register = dataclasses.replace(seed_register(), rights_text={"fi": text})
    assert report(register)["I"] is Coverage.COVERED


def test_transfer_needs_a_safeguard() -> None:
    outside = ItemFacts("recipient", {"fi": "analytiikka"}, name="Google Analytics",
                        country="US")
    register = dataclasses.replace(seed_register(), items=[outside])
    assert report(register)["G"] is Coverage.MISSING
    safe = dataclasses.replace(outside, safeguard={"fi": "vakiosopimuslausekkeet"})
    assert report(dataclasses.replace(register, items=[safe]))["G"] is Coverage.COVERED


def test_no_transfer_flag_without_a_known_processor() -> None:
    register = dataclasses.replace(
        seed_register(), items=[], sources_text={"fi": "Tiedot saadaan asiakkaalta."})
    result = check_register(CONTROLLER, CONTACT, None, register)
    assert "transfer-claim" not in {f.code for f in result.flags}


@pytest.mark.parametrize(("used", "text", "state"), [
    (False, "", Coverage.COVERED), (True, "", Coverage.MISSING),
    (True, "Hakemukset pisteytetään koulutuksen ja kokemuksen mukaan.", Coverage.COVERED)])
def test_automated_decisions(used: bool, text: str, state: Coverage) -> None:
    register = dataclasses.replace(seed_register(), automated_decisions=used,
                                   automated_text={"fi": text})
    assert report(register)["N"] is state


def test_a_transfer_needs_a_known_country_and_a_mechanism() -> None:
    unknown = ItemFacts("recipient", name="Pilvi", country="ZZ", transfer_mechanism="scc")
    assert report(dataclasses.replace(seed_register(), items=[unknown]))["G"] \
        is Coverage.MISSING
    bare = ItemFacts("recipient", name="Pilvi", country="US")
    assert report(dataclasses.replace(seed_register(), items=[bare]))["G"] is Coverage.MISSING
    coded = ItemFacts("recipient", name="Pilvi", country="US", transfer_mechanism="dpf")
    assert report(dataclasses.replace(seed_register(), items=[coded]))["G"] is Coverage.COVERED


def test_no_transfer_claim_next_to_any_recipient_outside() -> None:
    outside = ItemFacts("recipient", name="Pilvi Inc", country="US", transfer_mechanism="scc")
    register = dataclasses.replace(seed_register(), items=[outside], sources_text={})
    result = check_register(CONTROLLER, CONTACT, None, register)
    claim = next(f for f in result.flags if f.code == "transfer-claim")
    assert dict(claim.params) == {"processor": "Pilvi Inc"}


def test_dpo_without_contact_details_is_missing() -> None:
    result = check_register(CONTROLLER, CONTACT, ContactFacts("Tieto Suoja"), seed_register())
    assert result.item("B").coverage is Coverage.MISSING


def test_messages_are_translated_with_their_parameters() -> None:
    from kasve_desktop.i18n import gettext_in

    result = check_register(CONTROLLER, CONTACT, None, seed_register(), SEED.intro)
    purposes = result.item("C").message(lambda text: gettext_in("sv", text))
    assert purposes == "Ändamål utan rättslig grund: 10 av 10."
    transfer = next(f for f in result.flags if f.code == "transfer-claim")
    assert "Google Analytics" in transfer.message(lambda text: gettext_in("fi", text))
    assert result.item("A").message(lambda text: text) == ""


def test_withdrawal_of_consent_must_be_said() -> None:
    """The seed uses consent but never says it can be withdrawn (its "peruutustiedot"
    are order cancellations, not a withdrawal of consent)."""
    assert report(seed_register())["J"] is Coverage.MISSING
    said = SEED.texts["rights_text"] + "\n\nVoit peruuttaa antamasi suostumuksen milloin tahansa."
    register = dataclasses.replace(seed_register(), rights_text={"fi": said})
    assert report(register)["J"] is Coverage.COVERED
