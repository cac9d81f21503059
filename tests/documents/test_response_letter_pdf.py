"""A response letter on the window-envelope base: address in the window, lists, signature."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from kasve_desktop.documents.letter import PAGE_HEIGHT, Letter, LetterHead, Sender
from kasve_desktop.documents.response_letter_pdf import ResponseLetter, response_letter_pdf
from kasve_desktop.domain.letter_templates import FilledLetter
from tests.documents.test_notice_pdf import Run, full_text, page_runs

RECIPIENT = ("Maija Meikäläinen", "Esimerkkitie 1 A 2", "70110 KUOPIO")
WORDS = FilledLetter(
    document_type="TIETOJEN POISTAMINEN", subject="Tietosi on poistettu",
    greeting="Hyvä Maija Meikäläinen,",
    paragraphs=("Pyyntösi saapui meille 24.11.2026.",
                "Poistimme seuraavat tiedot:\n– 3 rekisterimerkintää\n– 2 suostumusta",
                "Valvontaviranomainen on:\n  Tietosuojavaltuutetun toimisto\n  PL 800"),
    questions="Kysy lisää: tietosuoja@kasve.fi.", closing="Ystävällisin terveisin")
CONTENT = ResponseLetter(
    Letter(LetterHead("TIETOJEN POISTAMINEN", "24.11.2026", "2026-0042", "Viite"),
           Sender("Kasve Oy", ("Puijonkatu 23", "70110 KUOPIO")), RECIPIENT),
    WORDS, extra_paragraph="Oma lause <tärkeä> & selvä.",
    signature=("Elias Haapakorva", "Tietosuoja-asioiden yhteyshenkilö", "Kasve Oy"))


def top(run: Run) -> float:
    return (PAGE_HEIGHT - run.y) / mm


@pytest.fixture(scope="module")
def runs() -> list[Run]:
    pages = page_runs(response_letter_pdf(CONTENT))
    assert len(pages) == 1
    return pages[0]


def test_recipient_in_the_window_and_nothing_else_there(runs: list[Run]) -> None:
    address = [r for r in runs if r.text in RECIPIENT and top(r) > 38]
    assert len(address) == 3
    for run in address:
        assert 22 <= run.x / mm <= 25 and 44 <= top(run) <= 70
    others = [r for r in runs if r.text not in RECIPIENT
              and 15 <= r.x / mm <= 110 and 38 <= top(r) <= 87]
    assert others == []


def test_subject_at_the_margin_body_indented_below_90_mm(runs: list[Run]) -> None:
    subject = next(r for r in runs if r.text == "Tietosi on poistettu")
    assert round(subject.x / mm) == 20 and top(subject) >= 90
    greeting = next(r for r in runs if r.text == "Hyvä Maija Meikäläinen,")
    assert round(greeting.x / mm) == 43


def test_list_items_and_blocks_are_indented_further(runs: list[Run]) -> None:
    item = next(r for r in runs if "3 rekisterimerkintää" in r.text)
    block = next(r for r in runs if r.text == "Tietosuojavaltuutetun toimisto")
    assert item.x / mm > 45 and round(block.x / mm) == 48


def test_every_part_in_order_and_markup_escaped() -> None:
    text = full_text(response_letter_pdf(CONTENT))
    order = ["Tietosi on poistettu", "Hyvä Maija", "24.11.2026.", "2 suostumusta", "PL 800",
             "Oma lause <tärkeä> & selvä.", "Kysy lisää", "Ystävällisin terveisin",
             "Elias Haapakorva", "Tietosuoja-asioiden yhteyshenkilö"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
