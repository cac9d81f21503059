"""The corrections the completeness check offers, applied to the seed's customer register."""

from __future__ import annotations

from kasve_desktop.domain.completeness import CompletenessReport, Coverage, check_register
from kasve_desktop.domain.notice import RegisterFacts
from kasve_desktop.domain.notice_fixes import Fix, fixes
from tests.domain.test_completeness import CONTACT, CONTROLLER, SEED, seed_register


def check(register: RegisterFacts) -> CompletenessReport:
    return check_register(CONTROLLER, CONTACT, None, register, SEED.intro)


def offered(register: RegisterFacts) -> dict[str, Fix]:
    return {fix.code: fix for fix in fixes(register, check(register))}


def flag_codes(register: RegisterFacts) -> set[str]:
    return {flag.code for flag in check(register).flags}


def test_every_flag_of_the_seed_offers_a_fix() -> None:
    seed = seed_register()
    offers = offered(seed)
    assert flag_codes(seed) - {"no-agreement"} <= set(offers)
    assert {"L", "M"} <= set(offers)
    # the purposes' bases are chosen in the and/or fix, not offered twice
    assert "C" not in offers and offers["and-or-basis"].choices


def test_the_repealed_act_goes_and_the_sentence_still_reads() -> None:
    fix = offered(seed_register())["repealed-act"]
    fixed = fix.apply(seed_register())
    rights = fixed.rights_text["fi"]
    assert "henkilötietolain" not in rights.lower()
    assert ("Rekisteröidyllä on EU:n yleisen tietosuoja-asetuksen mukaisesti oikeus tarkistaa "
            "häntä koskevat rekisteriin tallennetut tiedot.") in rights
    intro = fix.apply_intro({"fi": SEED.intro})["fi"]
    assert intro.startswith("EU:n yleisen tietosuoja-asetuksen 2016/679 mukainen "
                            "rekisteriseloste.")
    assert "repealed-act" not in {f.code for f in check_register(
        CONTROLLER, CONTACT, None, fixed, intro).flags}


def test_requests_in_any_form() -> None:
    fixed = offered(seed_register())["in-writing"].apply(seed_register())
    rights = fixed.rights_text["fi"]
    assert "kirjallisesti" not in rights
    assert "Henkilötietojen käsittelykielto voidaan tehdä missä muodossa tahansa." in rights
    assert ("Tarkastusoikeutta koskevat yhteydenotot sekä mahdolliset oikaisuvaatimukset "
            "voidaan tehdä missä muodossa tahansa.") in rights
    assert "in-writing" not in flag_codes(fixed)


def test_analytics_become_personal_data_with_the_transfer_recorded() -> None:
    fixed = offered(seed_register())["non-personal"].apply(seed_register())
    assert "ei-henkilökohtai" not in fixed.sources_text["fi"]
    assert "kerätäkseen ja käyttääkseen henkilötietoja" in fixed.sources_text["fi"]
    (google,) = [i for i in fixed.items if i.name == "Google Analytics"]
    assert (google.role, google.country, google.transfer_mechanism) == ("processor", "US", "dpf")
    assert fixed.transfers_text.get("fi", "") == ""
    assert {"non-personal", "transfer-claim"}.isdisjoint(flag_codes(fixed))
    assert check(fixed).item("G").coverage is Coverage.COVERED


def test_and_or_becomes_a_basis_per_purpose_the_user_may_change() -> None:
    fix = offered(seed_register())["and-or-basis"]
    labels = {choice.label: choice.suggestion for choice in fix.choices}
    assert labels["asiakassuhteen hoitaminen"] == "contract"
    assert labels["markkinointi ja markkinoinnin kohdentaminen"] == "legitimate-interests"
    markets = next(c for c in fix.choices if c.label == "markkinatutkimukset")
    fixed = fix.apply(seed_register(), {markets.index: "consent"})
    assert "ja/tai" not in fixed.purposes_text["fi"]
    assert fixed.items[markets.index].legal_basis == "consent"
    without = [i.text["fi"] for i in fixed.items if i.kind == "purpose" and not i.legal_basis]
    assert without == ["muut vastaavat käyttötarkoitukset"]  # its own fix drops it
    assert "and-or-basis" not in flag_codes(fixed)


def test_the_open_ended_purpose_is_dropped() -> None:
    seed = seed_register()
    fixed = offered(seed)["open-purpose"].apply(seed)
    before = [i.text["fi"] for i in seed.items if i.kind == "purpose"]
    after = [i.text["fi"] for i in fixed.items if i.kind == "purpose"]
    assert before[:-1] == after and before[-1] == "muut vastaavat käyttötarkoitukset"


def test_a_fix_leaves_the_original_untouched_for_undo() -> None:
    seed = seed_register()
    offered(seed)["non-personal"].apply(seed)
    assert "ei-henkilökohtaisia" in seed.sources_text["fi"]
    assert [i.country for i in seed.items if i.name == "Google Analytics"] == [""]


def test_a_purpose_on_legitimate_interests_gets_its_interest() -> None:
    import dataclasses

    seed = seed_register()
    first = next(i for i, item in enumerate(seed.items) if item.kind == "purpose")
    items = list(seed.items)
    items[first] = dataclasses.replace(items[first], legal_basis="legitimate-interests")
    register = dataclasses.replace(seed, items=items)
    fix = offered(register)["D"]
    assert [(c.index, c.suggestion) for c in fix.choices] == [(first, "legitimate-interests")]
    fixed = fix.apply(register, interests={first: "asiakassuhteen ylläpitäminen"})
    assert fixed.items[first].legitimate_interest == {"fi": "asiakassuhteen ylläpitäminen"}
    assert check(fixed).item("D").coverage is Coverage.COVERED
