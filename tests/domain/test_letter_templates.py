"""The letters' wording as data: the same placeholders in every language, strict filling."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from kasve_desktop.domain.letter_templates import (
    COMMON_FACTS,
    REQUEST_RECORD_YEARS,
    TEMPLATE_KEYS,
    TEMPLATE_RULES,
    LetterTemplate,
    MissingFacts,
    TemplateError,
    check_template,
    common_texts,
    default_template,
    fill,
    fill_letter,
    kept_words,
    partial_subject,
    placeholders_in,
    record_period,
    restriction_ground,
)
from kasve_desktop.domain.vocabulary import LetterKind, RequestType

LANGS = ("fi", "sv", "en")
ROOT = Path(__file__).resolve().parents[2]


def test_every_letter_kind_but_the_access_report_has_a_template() -> None:
    kinds = {kind.value for kind in LetterKind} - {"access-report"}
    assert kinds <= set(TEMPLATE_KEYS)
    assert set(TEMPLATE_KEYS) - kinds == {"restriction-lifted", "objection-refused"}


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_same_placeholders_in_every_language(key: str) -> None:
    found = {lang: default_template(key, lang).placeholders() for lang in LANGS}
    assert found["fi"] == found["sv"] == found["en"]
    assert TEMPLATE_RULES[key].required <= found["fi"] <= TEMPLATE_RULES[key].known
    for lang in LANGS:
        assert check_template(key, default_template(key, lang)) == default_template(key, lang)
        assert default_template(key, lang).document_type.isupper()


def test_common_texts_have_the_same_placeholders_and_every_request_type() -> None:
    for lang in LANGS:
        common = common_texts(lang)
        assert placeholders_in(common.greeting) == {"name"}
        assert placeholders_in(common.questions) == {"contact", "reference"}
        assert set(common.requests) == {t.value for t in RequestType}


def plain(text: str) -> str:
    """``text`` with its non-breaking spaces (inside citations) as plain ones."""
    return text.replace("\xa0", " ")


def joined(key: str, lang: str) -> str:
    return plain(" ".join(default_template(key, lang).paragraphs))


def test_refusal_names_both_rights_and_the_authority() -> None:
    assert {"reasons", "authority"} <= TEMPLATE_RULES["refusal"].required
    text = joined("refusal", "fi")
    assert "valitus valvontaviranomaiselle" in text and "tuomioistuimelta" in text
    assert "12 artiklan 4 kohdan" in text


def test_a_refused_objection_gives_its_reasons_and_both_rights() -> None:
    assert {"reasons", "authority"} <= TEMPLATE_RULES["objection-refused"].required
    text = joined("objection-refused", "fi")
    assert "huomattavan tärkeä ja perusteltu syy" in text and "oikeudellisen vaateen" in text
    assert "valitus valvontaviranomaiselle" in text and "käräjäoikeudessa" in text
    assert "12 artiklan 4 kohdan" in text


def test_what_is_kept_is_kept_for_a_period_in_words() -> None:
    assert REQUEST_RECORD_YEARS == 3
    assert [record_period(lang) for lang in LANGS] == ["3 vuoden", "3 år", "3 years"]
    assert [kept_words(lang).span(6) for lang in LANGS] == ["6 kuukauden", "6 månader",
                                                           "6 months"]
    assert [kept_words(lang).span(12) for lang in LANGS] == ["1 vuoden", "1 år", "1 year"]
    assert kept_words("en").span(1) == "1 month" and kept_words("sv").span(18) == "18 månader"
    no_data = joined("no-data", "fi")
    assert "{record_period} ajan vastauksemme jälkeen" in no_data and "5 artiklan 2" in no_data


def test_clarification_says_the_clock_stops() -> None:
    assert "ei kulu" in joined("clarification", "fi")
    assert "12 artiklan 3 kohdan" in joined("extension", "fi")


@pytest.mark.parametrize("text", ["{", "}", "{0}", "{a.b}", "{a!r}", "{a:>3}", "{}"])
def test_only_named_placeholders(text: str) -> None:
    with pytest.raises(TemplateError):
        placeholders_in(f"x {text} y")


def test_double_braces_print_braces() -> None:
    assert placeholders_in("{{ei}} {name}") == {"name"}
    assert fill("{{ei}} {name}", {"name": "Aino"}) == "{ei} Aino"


def test_a_missing_fact_is_an_error_not_raw_text() -> None:
    with pytest.raises(MissingFacts) as raised:
        fill("Viimeistään {due}.", {"name": "Aino"})
    assert raised.value.names == ("due",)


def _facts(**more: str) -> dict[str, str]:
    return {name: f"<{name}>" for name in COMMON_FACTS} | more


def test_empty_optional_fact_drops_its_paragraph_but_empty_required_fails() -> None:
    template, common = default_template("erasure", "en"), common_texts("en")
    filled = fill_letter("erasure", template, common, _facts(erased="– 1 entry", kept="",
                                                             authority=""))
    assert len(filled.paragraphs) == len(template.paragraphs) - 2  # nothing kept, no remedy
    assert filled.document_type == "ERASURE OF DATA"
    assert filled.greeting == "Dear <name>,"
    with pytest.raises(MissingFacts) as raised:
        fill_letter("erasure", template, common, _facts(erased=" ", kept="", authority=""))
    assert raised.value.names == ("erased",)
    with pytest.raises(MissingFacts):
        fill_letter("erasure", template, common, _facts(erased="x"))  # kept absent


def test_no_contact_no_questions_line() -> None:
    filled = fill_letter("no-data", default_template("no-data", "fi"), common_texts("fi"),
                         _facts(contact="", searched="", authority=""))
    assert filled.questions == ""
    assert len(filled.paragraphs) == len(default_template("no-data", "fi").paragraphs) - 2


def test_check_template_refuses_unknown_missing_and_empty() -> None:
    with pytest.raises(TemplateError, match=r"\{etunimi\}"):
        check_template("acknowledgement", LetterTemplate("A", "B", ("{due} {etunimi}",)))
    with pytest.raises(TemplateError, match=r"\{due\}"):
        check_template("acknowledgement", LetterTemplate("A", "B", ("Pian.",)))
    with pytest.raises(TemplateError):
        check_template("acknowledgement", LetterTemplate("A", " ", ("{due}",)))
    with pytest.raises(TemplateError):
        check_template("no-such", LetterTemplate("A", "B", ("x",)))


def test_the_data_files_ship_with_the_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["kasve_desktop.resources"]
    for lang in LANGS:
        assert (resources.files("kasve_desktop.resources") / "letters" / f"{lang}.toml").is_file()
        assert any(fnmatch.fnmatch(f"letters/{lang}.toml", p) for p in patterns)


@pytest.mark.parametrize(("reason", "point"), [
    ("Rekisteröity tarvitsee tietoja oikeudellisen vaateen laatimiseen (18 artiklan 1 kohdan c "
     "alakohta).", "c"),
    ("Paikkansapitävyys kiistetty (18 art. 1 a).", "a"),
    ("Den registrerade har bestritt uppgifternas riktighet (artikel 18.1 a).", "a"),
    ("Objection pending verification (Article 18(1)(d) GDPR).", "d"),
    ("Kiistetty.", ""),
    ("Kiistetty ja vastustettu (18 artiklan 1 kohdan a ja d alakohta).", ""),
    ("Article 18(1)(a) or (d).", ""),
])
def test_a_reason_citing_one_ground_of_article_18_gets_its_words(reason: str, point: str) -> None:
    grounds = {"a": ("Olet kiistänyt henkilötietojesi paikkansapitävyyden. Rajoitus on voimassa "
                     "sen ajan, jonka tarvitsemme tietojen paikkansapitävyyden tarkistamiseen (18 "
                     "artiklan 1 kohdan a alakohta)."),
               "c": ("Emme enää tarvitse henkilötietojasi käsittelyn tarkoituksiin, mutta "
                     "tarvitset niitä oikeudellisen vaateen laatimiseksi, esittämiseksi tai "
                     "puolustamiseksi (18 artiklan 1 kohdan c alakohta)."),
               "d": ("Olet vastustanut käsittelyä 21 artiklan 1 kohdan nojalla. Rajoitus on "
                     "voimassa sen ajan, kun selvitämme, syrjäyttävätkö meidän oikeutetut "
                     "perusteemme sinun perusteesi (18 artiklan 1 kohdan d alakohta)."),
               "": ""}
    assert plain(restriction_ground(reason, "fi")) == grounds[point]
    if point:
        assert plain(restriction_ground(reason, "en")).endswith(f"(Article 18(1)({point})).")
        assert plain(restriction_ground(reason, "sv")).endswith(f"(artikel 18.1 {point}).")


def test_the_letters_use_one_term_and_address_the_person() -> None:
    """"oikeudellinen vaade" throughout (not "oikeusvaade"); "din specifika situation"; the
    Swedish marketing letter is an "invändning" like its body; lists follow a label."""
    texts = {lang: " ".join(text for key in TEMPLATE_KEYS
                            for text in default_template(key, lang).texts()) for lang in LANGS}
    assert "oikeusvaat" not in texts["fi"] and "oikeudellisen vaateen" in texts["fi"]
    assert "henkilökohtai" not in texts["fi"] and "Rekisteröity" not in texts["fi"]
    assert "speciella" not in texts["sv"] and "din specifika situation" in texts["sv"]
    assert default_template("objection-marketing", "sv").document_type == (
        "INVÄNDNING MOT DIREKTMARKNADSFÖRING")
    assert "Kielto on voimassa {since} alkaen. Kiellon laajuus:\n{channels}" in (
        default_template("objection-marketing", "fi").paragraphs)
    for lang in LANGS:
        grounds = [restriction_ground(f"Article 18(1)({p})", lang) for p in "abcd"]
        assert all(grounds) and len(set(grounds)) == 4


BREAKING_CITATIONS = {
    "fi": re.compile(r"\d+ artikla|artiklan \d|\d+ kohda|kohdan [a-f]\b|\d+ ja \d+ kohta"),
    "sv": re.compile(r"\bartikel(?:n|arna)? \d|\d\.\d (?:[a-f]\b|och)"),
    "en": re.compile(r"\bArticles? \d|\d\) (?:GDPR|and)"),
}


def _letter_words(lang: str) -> list[str]:
    data = tomllib.loads((resources.files("kasve_desktop.resources") / "letters"
                          / f"{lang}.toml").read_text(encoding="utf-8"))
    texts: list[str] = []
    for key in TEMPLATE_KEYS:
        template = default_template(key, lang)
        texts += [template.document_type, template.subject, *template.paragraphs]
    texts += [str(v) for v in data["restriction_grounds"].values()]
    texts += [str(v) for v in data["kept"].values()]
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_citations_do_not_break_across_lines(lang: str) -> None:
    """"Article 6(1)(b)", "6 artiklan 1 kohdan b alakohta", "artikel 12.3": joined by
    non-breaking spaces, so that no line ends inside a citation."""
    broken = [found.group(0) for text in _letter_words(lang)
              for found in BREAKING_CITATIONS[lang].finditer(text)]
    assert broken == []
    assert any("\xa0" in text for text in _letter_words(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_every_letter_greets_with_a_comma(lang: str) -> None:
    greeting = common_texts(lang).greeting
    assert greeting.endswith("{name},") and greeting.count(",") == 1


@pytest.mark.parametrize("lang", LANGS)
def test_the_clarification_asks_its_question_and_stops_the_clock_only_by_date(lang: str) -> None:
    assert TEMPLATE_RULES["clarification"].required == {"question"}
    assert TEMPLATE_RULES["clarification"].optional == {"paused"}
    paragraphs = default_template("clarification", lang).paragraphs
    (pause,) = [p for p in paragraphs if "{paused}" in p]
    assert not any(word in p for p in paragraphs if p != pause
                   for word in ("ei kulu", "löper inte", "does not run"))


def test_a_partial_erasure_has_its_own_subject() -> None:
    assert [partial_subject("erasure", lang) for lang in LANGS] == [
        "Tietojasi on poistettu osittain", "Dina uppgifter har delvis raderats",
        "Your data has been partly erased"]
    assert all(partial_subject("erasure", lang) != default_template("erasure", lang).subject
               for lang in LANGS)
    assert partial_subject("refusal", "fi") == ""


def test_what_an_erasure_kept_is_said_to_the_person() -> None:
    fi, sv, en = (kept_words(lang) for lang in LANGS)
    assert fi.held_entry == "Koko merkintäsi rekisterissä ”{register}”"
    assert sv.held_entry == "Hela din post i registret ”{register}”"
    assert en.held_entry == "Your whole entry in our register “{register}”"
    assert fi.hashes.startswith("Sähköpostiosoitteesi ja puhelinnumerosi on tallennettu "
                                "estolistalle suojattuna tunnisteena")
    assert "statutory retention" in en.held_person and "legal hold" not in en.held_person
    for words in (fi, sv, en):
        for text in (words.held_person, words.hashes, words.hashes_emails, words.hashes_phones):
            assert not any(third in text for third in ("Henkilö", "Personen", "The person"))


SUPPRESSION_KEPT = {
    "fi": ("Säilytämme tunnisteita niin kauan kuin harjoitamme suoramarkkinointia.",
           "Säilytämme tunnistetta niin kauan kuin harjoitamme suoramarkkinointia."),
    "sv": ("Vi sparar koderna så länge vi bedriver direktmarknadsföring.",
           "Vi sparar koden så länge vi bedriver direktmarknadsföring."),
    "en": ("We keep them for as long as we carry out direct marketing.",
           "We keep it for as long as we carry out direct marketing."),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_suppression_list_is_kept_for_a_criterion_not_until_further_notice(
        lang: str) -> None:
    """Art. 13(2)(a) and the notice's section 9: a period or its criterion."""
    words = kept_words(lang)
    several, one = SUPPRESSION_KEPT[lang]
    assert words.hashes.endswith(" " + several)
    assert words.hashes_emails.endswith(" " + one)
    assert words.hashes_phones.endswith(" " + one)
    for text in (words.hashes, words.hashes_emails, words.hashes_phones):
        assert not any(old in text for old in ("toistaiseksi", "tills vidare", "further notice"))
