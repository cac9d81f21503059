"""The check of a whole notice: the lines `notice --check` prints and when it is clean."""

from __future__ import annotations

import dataclasses

from kasve_desktop.domain.notice import ItemFacts
from kasve_desktop.domain.notice_check import check_notice
from kasve_desktop.i18n import gettext_in
from tests.domain.test_notice_structured import notice_facts, structured


def finnish(text: str) -> str:
    return gettext_in("fi", text)


def english(text: str) -> str:
    return gettext_in("en", text)


def test_a_structured_register_is_clean_in_every_language() -> None:
    checked = check_notice(notice_facts(structured()), {}, ("fi", "sv", "en"))
    assert checked.clean
    assert checked.lines(english) == [f"{code} ok" for code in "ABCDEFGHIJKLMN"]


def test_gaps_name_the_register_and_flags_are_grouped() -> None:
    bare = structured(items=[ItemFacts("purpose", {"fi": "markkinointi"}),
                             ItemFacts("purpose", {"fi": "muut vastaavat käyttötarkoitukset"})])
    other = dataclasses.replace(bare, key="kumppanit", name={"fi": "Kumppanirekisteri"})
    checked = check_notice(notice_facts(bare, other), {}, ("fi",))
    assert not checked.clean
    lines = checked.lines(english)
    assert lines[2] == ("C missing: Asiakasrekisteri: Purposes without a legal basis: 2 of 2.; "
                        "Kumppanirekisteri: Purposes without a legal basis: 2 of 2.")
    assert lines[0] == "A ok"
    (flag,) = [line for line in lines if line.startswith("flag ")]
    assert flag.startswith("flag open-purpose: Ends the purposes with an open-ended")
    assert flag.endswith("(Asiakasrekisteri, Kumppanirekisteri)")


def test_a_dismissed_flag_is_not_open() -> None:
    bare = structured(items=[*structured().items,
                             ItemFacts("recipient", name="Laskutin Oy", role="processor",
                                       country="FI")])
    assert [f.code for f in check_notice(notice_facts(bare), {}, ()).open_flags()] == [
        "no-agreement"]
    assert check_notice(notice_facts(bare), {"asiakkaat": {"no-agreement"}}, ()).clean


def test_finnish_free_text_in_swedish_is_an_open_flag() -> None:
    typed = structured(changes_text={"fi": "Seloste päivitetään vuosittain."})
    assert check_notice(notice_facts(typed), {}, ("fi", "en")).clean is False
    checked = check_notice(notice_facts(typed), {}, ("sv",))
    assert checked.lines(finnish)[-1] == (
        "flag untranslated: Ruotsinkielinen seloste tulostaa suomenkielistä tekstiä "
        "kohdissa: 12. Ändringar i denna beskrivning.")
    assert check_notice(notice_facts(typed), {}, ("fi",)).clean


def test_the_window_words_the_gaps_without_codes() -> None:
    items = [ItemFacts("purpose", {"fi": "markkinointi"}),
             *(i for i in structured().items if i.kind != "purpose")]
    gaps = check_notice(notice_facts(structured(items=items)), {}, ("fi",)).gaps(english)
    assert gaps == ["C Purposes and the legal basis of each — Asiakasrekisteri: Purposes "
                    "without a legal basis: 1 of 1."]
