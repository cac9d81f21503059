"""Which language a typed text is in, and whether it says for how long: by hand-picked texts."""

from __future__ import annotations

import pytest

from kasve_desktop.domain.text_language import guess_language, states_period, written_in_finnish


@pytest.mark.parametrize(("text", "lang"), [
    ("Pyyntö on ilmeisen perusteeton: sama pyyntö on toistettu viikoittain.", "fi"),
    ("Tietojen paikkansapitävyys on kiistetty.", "fi"),
    ("Kiistetty", "fi"),
    ("Laskutustiedot säilytetään kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaisesti.", "fi"),
    ("asiakasnumerosi tai viimeisimmän laskumme päivämäärä", "fi"),
    ("Uppgifternas riktighet har bestridits.", "sv"),
    ("Vi behandlar dina uppgifter enligt bokföringslagen.", "sv"),
    ("Tack för ditt tålamod.", "sv"),
    ("The accuracy of the data is contested.", "en"),
    ("We keep the invoices for six years under the Accounting Act.", "en"),
    ("Thank you for your patience.", "en"),
])
def test_the_language_of_a_sentence(text: str, lang: str) -> None:
    assert guess_language(text) == lang
    assert written_in_finnish(text) is (lang == "fi")


@pytest.mark.parametrize("text", ["Kasve Oy", "Asiakasrekisteri", "Nyhetsbrev", "2026-0042",
                                  "", "   "])
def test_names_and_numbers_tell_no_language(text: str) -> None:
    assert guess_language(text) is None and not written_in_finnish(text)


@pytest.mark.parametrize(("text", "says"), [
    ("Kirjanpitolaki 1336/1997 2 luku 10 §: tositteet 6 vuotta.", True),
    ("säilytetään kuusi vuotta sen vuoden lopusta, jona tilikausi päättyi", True),
    ("säilytetään 10 vuoden ajan", True),
    ("takuuasiat kaksi vuotta toimituksesta", True),
    ("sparas i sex år", True),
    ("kept for 10 years", True),
    ("kept for 18 months after the contract ends", True),
    ("säilytetään 31.12.2032 asti", True),
    ("Kirjanpitolaki 1336/1997 2 luku 10 §", False),
    ("Laskutustiedot säilytetään kirjanpitolain (1336/1997) 2 luvun 10 §:n mukaisesti.", False),
    ("Merkitty säilytettäväksi lain perusteella.", False),
])
def test_whether_a_text_says_for_how_long(text: str, says: bool) -> None:
    assert states_period(text) is says
