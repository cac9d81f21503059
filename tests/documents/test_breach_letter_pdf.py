"""The letters to the persons concerned by a breach (Art. 34(2)): one PDF, a letter per
person in their language, each with its own pages and its address in the window."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from kasve_desktop.documents.breach_letter_pdf import BreachLetter, breach_letters_pdf
from kasve_desktop.documents.breach_letter_words import ENGLISH, FINNISH, SWEDISH
from kasve_desktop.documents.letter import Letter, LetterHead, Sender
from kasve_desktop.domain.breach_clock import Risk
from kasve_desktop.domain.breach_report import ContactPoint, PersonNotice
from tests.documents.test_letter import from_top_mm, left_mm
from tests.documents.test_notice_pdf import Run, norm, page_runs, read

SENDER = Sender("Kasve Oy", ("Puijonkatu 23", "70110 KUOPIO"),
                ("Y-tunnus 2457832-5", "tietosuoja@kasve.fi"))
CONTACTS = (ContactPoint("dpo", "Elias Haapakorva", "Puijonkatu 23, 70110 Kuopio",
                         "dpo@kasve.fi", "+358 40 765 4321"),)
ADDRESSES = {"fi": ("Liisa Laine", "Tie 2", "70200 KUOPIO"),
             "sv": ("Sven Ek", "c/o Anna Ek", "Storgatan 1", "00100 HELSINGFORS"),
             "en": ("John Smith", "1 High Street", "LONDON SW1A 1AA", "UNITED KINGDOM")}
HEADS = {"fi": ("ILMOITUS TIETOTURVALOUKKAUKSESTA", "Viite", "29.3.2027"),
         "sv": ("MEDDELANDE OM PERSONUPPGIFTSINCIDENT", "Referens", "29.3.2027"),
         "en": ("NOTICE OF A PERSONAL DATA BREACH", "Reference", "29 March 2027")}
MESSAGE = "Uutiskirje lähetettiin 40 vastaanottajalle niin, että osoitteet näkyivät."
DATA = "nimi ja sähköpostiosoite"


def letter(lang: str, risk: Risk = Risk.HIGH) -> BreachLetter:
    document_type, label, date = HEADS[lang]
    head = LetterHead(document_type, date, "LOUK-2027-001", label, lang=lang,
                      on_date=dt.date(2027, 3, 29))
    notice = PersonNotice("LOUK-2027-001", date, risk, MESSAGE,
                          "Vastaanottajat näkivät osoitteesi.", "Pyysimme poistamaan viestin.",
                          "Joukkolähetykset vain piilokopiona.", CONTACTS, DATA)
    return BreachLetter(Letter(head, SENDER, ADDRESSES[lang]), ADDRESSES[lang][0], notice,
                        ("Elias Haapakorva", "Kasve Oy"))


@pytest.fixture(scope="module")
def pages() -> list[list[Run]]:
    return page_runs(breach_letters_pdf([letter("fi"), letter("sv"), letter("en")]))


def letters_of(pages: list[list[Run]]) -> dict[str, list[list[Run]]]:
    """The pages of each letter, by its document type in the metadata column."""
    found: dict[str, list[list[Run]]] = {}
    for runs in pages:
        lang = next(lang for lang, (kind, _label, _date) in HEADS.items()
                    if any(run.text.startswith(kind.split()[0]) and round(left_mm(run)) == 112
                           for run in runs))
        found.setdefault(lang, []).append(runs)
    return found


def text(runs: list[list[Run]]) -> str:
    return norm(" ".join(run.text for page in runs for run in page))


def test_each_letter_in_its_own_language(pages: list[list[Run]]) -> None:
    letters = letters_of(pages)
    assert list(letters) == ["fi", "sv", "en"]
    fi, sv, en = (text(letters[lang]) for lang in ("fi", "sv", "en"))
    assert "Tietojasi koskeva tietoturvaloukkaus" in fi
    assert "Hyvä Liisa Laine," in fi
    assert "Havaitsimme loukkauksen 29.3.2027." in fi
    for heading in ("Mitä tapahtui", "Mitä siitä voi seurata", "Mitä olemme tehneet",
                    "Mitä teemme vielä", "Mitä voit itse tehdä", "Keneltä voit kysyä"):
        assert heading in fi
    assert "korkean riskin oikeuksillesi ja vapauksillesi" in fi
    assert "Bästa Sven Ek," in sv
    assert "En personuppgiftsincident som berör dina uppgifter" in sv
    for heading in ("Vad har hänt", "Vad det kan leda till", "Vad vi har gjort",
                    "Vad du själv kan göra", "Vem du kan fråga", "Dataskyddsombud"):
        assert heading in sv
    assert "Dear John Smith," in en
    assert "We discovered the breach on 29 March 2027." in en
    for heading in ("What happened", "What it may lead to", "What we have done",
                    "What you can do", "Whom to ask", "Data protection officer"):
        assert heading in en
    assert "Tietojasi" not in sv + en and "Bästa" not in fi + en


def test_the_article_34_2_facts_in_every_letter(pages: list[list[Run]]) -> None:
    for runs in letters_of(pages).values():
        content = text(runs)
        for fact in (MESSAGE, "Vastaanottajat näkivät osoitteesi.",
                     "Pyysimme poistamaan viestin.", "Joukkolähetykset vain piilokopiona.",
                     "Elias Haapakorva", "dpo@kasve.fi", "+358 40 765 4321",
                     "LOUK-2027-001", "tietosuoja.fi"):
            assert fact in content, fact


def test_each_letter_starts_a_page_and_counts_its_own(pages: list[list[Run]]) -> None:
    for runs in letters_of(pages).values():
        total = len(runs)
        for number, page in enumerate(runs, start=1):
            assert f"{number} ({total})" in [run.text for run in page]
    firsts = [runs[0] for runs in letters_of(pages).values()]
    assert all(any(run.text == "Kasve Oy" and from_top_mm(run) < 38 for run in page)
               for page in firsts)


def test_each_recipient_in_the_window_zone(pages: list[list[Run]]) -> None:
    letters = letters_of(pages)
    for lang, address in ADDRESSES.items():
        first = letters[lang][0]
        runs = sorted((run for run in first if run.text in address), key=lambda r: -r.y)
        assert [run.text for run in runs] == list(address)
        assert all(22 <= left_mm(run) <= 25 for run in runs)
        tops = [from_top_mm(run) for run in runs]
        assert 44 <= tops[0] <= 49 and tops[-1] <= 70
        assert all(4.1 <= b - a <= 4.6 for a, b in itertools.pairwise(tops))
        others = [run for run in first if run.text not in address
                  and 15 <= left_mm(run) <= 110 and 38 <= from_top_mm(run) <= 87]
        assert others == []
        for later in letters[lang][1:]:
            assert not any(run.text in address for run in later)


DATA_HEADINGS = {"fi": "Mitä tietojasi loukkaus koski",
                 "sv": "Vilka av dina uppgifter det gällde",
                 "en": "Which of your data were involved"}


def test_which_data_were_involved_under_its_own_heading(pages: list[list[Run]]) -> None:
    for lang, runs in letters_of(pages).items():
        content = text(runs)
        assert f"{DATA_HEADINGS[lang]} {DATA}" in content, lang
        assert content.index(f"{MESSAGE}") < content.index(DATA_HEADINGS[lang])
        heading = next(run for page in runs for run in page if run.text == DATA_HEADINGS[lang])
        assert heading.font.endswith("DejaVuSans-Bold")


def test_no_data_heading_when_no_categories_are_recorded() -> None:
    base = letter("fi")
    plain = dataclasses.replace(base, notice=dataclasses.replace(base.notice,
                                                                 data_categories=" "))
    content = text(page_runs(breach_letters_pdf([plain])))
    assert DATA_HEADINGS["fi"] not in content and MESSAGE in content


HIGH_WORDS = {"fi": "korkea", "sv": "hög risk", "en": "high risk"}


@pytest.mark.parametrize("risk", [Risk.RISK, Risk.NONE])
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_risk_that_is_not_high_is_not_called_high(lang: str, risk: Risk) -> None:
    content = text(page_runs(breach_letters_pdf([letter(lang, risk)]))).lower()
    assert HIGH_WORDS[lang] not in content
    assert "34 artikla" not in content and "artikel 34" not in content
    assert OPENINGS[lang, True, True].lower() in content


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_high_risk_is_called_high(lang: str) -> None:
    assert HIGH_WORDS[lang] in text(page_runs(breach_letters_pdf([letter(lang)]))).lower()


def test_no_letters_is_a_bug() -> None:
    with pytest.raises(ValueError):
        breach_letters_pdf([])


def test_embedded_fonts_only_and_the_letters_date(pages: list[list[Run]]) -> None:
    assert {run.font.split("+")[-1] for page in pages for run in page} <= {
        "DejaVuSans", "DejaVuSans-Bold"}
    data = breach_letters_pdf([letter("fi")])
    assert read(data).metadata.creation_date.date() == dt.date(2027, 3, 29)


def test_every_language_has_every_word() -> None:
    assert set(FINNISH) == set(SWEDISH) == set(ENGLISH)
    assert FINNISH != SWEDISH != ENGLISH


def test_letters_of_different_lengths_count_their_own_pages() -> None:
    long = letter("sv")
    notice = dataclasses.replace(long.notice, message="\n\n".join(
        ["Uutiskirje lähetettiin väärälle listalle, ja viesti jatkuu. " * 10] * 8))
    data = breach_letters_pdf([letter("fi"), dataclasses.replace(long, notice=notice),
                               letter("en")])
    letters = letters_of(page_runs(data))
    assert len(letters["sv"]) > len(letters["fi"])
    for runs in letters.values():
        numbers = [run.text for page in runs for run in page if run.text.endswith(")")
                   and round(left_mm(run)) > 112]
        assert numbers == [f"{n} ({len(runs)})" for n in range(1, len(runs) + 1)]


OPENINGS = {
    ("fi", True, False): "Haluamme kertoa sinulle, mitä on tapahtunut, mitä siitä voi seurata ja "
                         "mitä olemme tehneet asian korjaamiseksi.",
    ("fi", False, True): "Haluamme kertoa sinulle, mitä on tapahtunut, mitä siitä voi seurata ja "
                         "mitä aiomme tehdä asian korjaamiseksi.",
    ("fi", True, True): "Haluamme kertoa sinulle, mitä on tapahtunut, mitä siitä voi seurata, "
                        "mitä olemme tehneet asian korjaamiseksi ja mitä teemme vielä.",
    ("sv", True, False): "Vi vill berätta för dig vad som har hänt, vad det kan leda till och vad "
                         "vi har gjort för att rätta till det.",
    ("sv", False, True): "Vi vill berätta för dig vad som har hänt, vad det kan leda till och vad "
                         "vi kommer att göra för att rätta till det.",
    ("sv", True, True): "Vi vill berätta för dig vad som har hänt, vad det kan leda till, vad vi "
                        "har gjort för att rätta till det och vad vi ännu kommer att göra.",
    ("en", True, False): "We want you to know what has happened, what it may lead to and what we "
                         "have done to put it right.",
    ("en", False, True): "We want you to know what has happened, what it may lead to and what we "
                         "will do to put it right.",
    ("en", True, True): "We want you to know what has happened, what it may lead to, what we "
                        "have done to put it right and what we will still do.",
}
DONE = {"fi": "olemme tehneet", "sv": "vi har gjort", "en": "we have done"}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_opening_names_only_the_measures_the_letter_has(lang: str) -> None:
    base = letter(lang, Risk.RISK)
    for taken, proposed in ((True, False), (False, True), (True, True)):
        notice = dataclasses.replace(
            base.notice, measures_taken=base.notice.measures_taken if taken else "",
            measures_proposed=base.notice.measures_proposed if proposed else " ")
        content = text(page_runs(breach_letters_pdf([dataclasses.replace(base,
                                                                          notice=notice)])))
        assert OPENINGS[lang, taken, proposed] in content, (taken, proposed)
        if not taken:
            assert DONE[lang] not in content.lower()
