"""Which of the letters' languages a free text is written in, as far as its words tell.

A letter in Swedish or English may print a text the user typed (reasons, notes,
a register's text kept in Finnish only). Such a text written in Finnish must be
marked as untranslated in the letter's own language, and the window warns
before the letter is sent. ``guess_language`` tells Finnish, Swedish and
English apart by their commonest short words and by spellings only one of them
uses (Finnish double vowels and case endings, the Swedish å, the English th);
it answers None when the words do not tell, e.g. for a name or a number.

``states_period`` tells whether a text (a legal hold's reason) says for how long
something is kept: a number of years, months or days, or a date.
"""

from __future__ import annotations

import itertools
import re

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fi": frozenset({
        "ja", "on", "ei", "ole", "että", "tai", "se", "ne", "ovat", "oli", "kun", "jos", "mutta",
        "myös", "tämä", "tämän", "joka", "jotka", "sekä", "koska", "vain", "kuin", "niin", "sen",
        "sitä", "mukaan", "mukaisesti", "perusteella", "emme", "voi", "olemme", "olet", "sinun",
        "sinua", "meidän", "pyyntö", "pyyntösi", "tiedot", "tietoja", "tietojen", "tietosi",
        "henkilötiedot", "henkilötietoja", "käsittely", "käsittelyä", "asti", "vuotta",
        "kuukautta", "jälkeen", "lain", "laki"}),
    "sv": frozenset({
        "och", "att", "det", "som", "en", "ett", "är", "på", "för", "med", "inte", "av", "till",
        "den", "om", "har", "de", "vi", "du", "kan", "så", "eller", "men", "också", "enligt",
        "efter", "din", "dina", "ditt", "våra", "vår", "uppgifter", "uppgifterna", "behandling",
        "behandlingen", "lag", "lagen", "år", "månader", "från"}),
    "en": frozenset({
        "the", "and", "of", "to", "a", "in", "is", "that", "for", "it", "with", "as", "on", "be",
        "not", "we", "our", "your", "you", "are", "was", "this", "which", "by", "or", "from",
        "has", "have", "data", "processing", "law", "years", "months", "after", "under", "until"}),
}
"""Short words common in one language and rare in the others."""
FINNISH_SPELLING = re.compile(r"(aa|ää|ii|uu|yy|öö)|(ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|"
                              r"ksi|tta|ttä|ista|istä|inen|isen)$")
SWEDISH_SPELLING = re.compile(r"å|(tion|heten|ning|ningen|arna|erna|ligt)$")
ENGLISH_SPELLING = re.compile(r"th|w|(ing|tion|ed)$")
SPELLINGS = {"fi": FINNISH_SPELLING, "sv": SWEDISH_SPELLING, "en": ENGLISH_SPELLING}
WORD = re.compile(r"[a-zåäöéü]+")


def _scores(words: list[str]) -> dict[str, int]:
    scores = dict.fromkeys(FUNCTION_WORDS, 0)
    for word in words:
        for lang, known in FUNCTION_WORDS.items():
            if word in known:
                scores[lang] += 2
            elif len(word) > 3 and SPELLINGS[lang].search(word):
                scores[lang] += 1
    return scores


def guess_language(text: str) -> str | None:
    """``fi``, ``sv`` or ``en`` if the text's words point to one of them, else None."""
    scores = _scores(WORD.findall(text.lower()))
    best = max(scores.values())
    leaders = [lang for lang, score in scores.items() if score == best]
    return leaders[0] if best > 0 and len(leaders) == 1 else None


def written_in_finnish(text: str) -> bool:
    return guess_language(text) == "fi"


# --- whether a text says for how long ------------------------------------------------------

NUMBER_WORDS = frozenset({
    "yksi", "yhden", "yhtä", "kaksi", "kahden", "kahta", "kolme", "kolmen", "kolmea", "neljä",
    "neljän", "neljää", "viisi", "viiden", "viittä", "kuusi", "kuuden", "kuutta", "seitsemän",
    "seitsemää", "kahdeksan", "kahdeksaa", "yhdeksän", "yhdeksää", "kymmenen", "kymmentä", "en",
    "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"})
UNIT = re.compile(r"^(vuo|vuoden|kuukau|kuukaud|päiv|år|månad|dag|year|month|day)")
DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")
TOKEN = re.compile(r"\d+|[^\W\d_]+")


def states_period(text: str) -> bool:
    """Whether ``text`` says for how long something is kept: a number of years, months or
    days (``10 vuotta``, ``kuusi vuotta``, ``sex år``, ``six years``) or a date."""
    if DATE.search(text):
        return True
    tokens = TOKEN.findall(text.lower())
    return any((token.isdigit() or token in NUMBER_WORDS) and UNIT.match(following)
               for token, following in itertools.pairwise(tokens))
