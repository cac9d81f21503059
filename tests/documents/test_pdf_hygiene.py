"""What every letter and the notice share: embedded fonts only, the document's own date as
the PDF's date, and no list lead-in or authority block left alone at a page foot."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from kasve_desktop.documents.letter import LetterHead, calibration_page
from kasve_desktop.documents.notice_pdf import render_notice_pdf
from kasve_desktop.documents.response_letter_pdf import ResponseLetter, response_letter_pdf
from kasve_desktop.domain.notice import Block, Bullets, Fields, Notice, Paragraph, Section
from tests.documents.sample import finnish_notice
from tests.documents.test_letter import letter
from tests.documents.test_notice_pdf import Run, page_runs, read
from tests.documents.test_response_letter_pdf import CONTENT, WORDS

DEJAVU = {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"}
LETTER_DAY = dt.date(2026, 11, 24)
LEAD = "Poistimme seuraavat tiedot:"
ITEMS = ("3 rekisterimerkintää", "2 suostumusta")
COMPLAINT = "Suomessa valvontaviranomainen on:"
AUTHORITY = ("Tietosuojavaltuutetun toimisto", "Käyntiosoite: Lintulahdenkuja 4",
             "Postiosoite: PL 800, 00531 Helsinki", "Puhelin: 029 566 6700",
             "Sähköposti: tietosuoja@om.fi")


def fonts_of(data: bytes) -> set[tuple[str, bool]]:
    """Every font the PDF's pages and forms use: its name and whether it is embedded."""
    found: set[tuple[str, bool]] = set()

    def visit(resources: Any) -> None:
        resources = resources.get_object() if resources is not None else {}
        for reference in resources.get("/Font", {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.add((str(font["/BaseFont"]).split("+", 1)[-1], embedded))
        for reference in resources.get("/XObject", {}).values():
            visit(reference.get_object().get("/Resources"))

    for page in read(data).pages:
        visit(page.get("/Resources"))
    return found


def dated(day: dt.date | None) -> ResponseLetter:
    head = dataclasses.replace(CONTENT.letter.head, on_date=day)
    return dataclasses.replace(CONTENT, letter=dataclasses.replace(CONTENT.letter, head=head))


def documents() -> dict[str, bytes]:
    calibration = dataclasses.replace(letter(), head=LetterHead("KALIBROINTISIVU", "24.11.2026"))
    return {"letter": response_letter_pdf(dated(LETTER_DAY)),
            "calibration": calibration_page(calibration, ["Pidä sivua kirjekuorta vasten."]),
            "notice": render_notice_pdf(finnish_notice())}


# --- fonts ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "data"), list(documents().items()))
def test_every_glyph_is_from_the_embedded_dejavu_family(name: str, data: bytes) -> None:
    fonts = fonts_of(data)
    assert fonts and {font for font, _ in fonts} <= DEJAVU, fonts
    assert all(embedded for _, embedded in fonts), fonts
    assert b"Helvetica" not in data


def test_the_letters_list_bullets_are_drawn_in_dejavu() -> None:
    (page,) = page_runs(response_letter_pdf(CONTENT))
    bullets = [run for run in page if run.text == "–"]
    assert len(bullets) == 2
    assert {run.font.split("+", 1)[-1] for run in bullets} == {"DejaVuSans"}


# --- the PDF's date -------------------------------------------------------------------------

def dates(data: bytes) -> tuple[str, str]:
    info = read(data).metadata
    assert info is not None
    return str(info["/CreationDate"]), str(info["/ModDate"])


def test_a_letter_is_dated_its_letter_date_and_stays_deterministic() -> None:
    data = response_letter_pdf(dated(LETTER_DAY))
    assert dates(data) == ("D:20261124000000", "D:20261124000000")
    assert response_letter_pdf(dated(LETTER_DAY)) == data
    assert dates(response_letter_pdf(dated(dt.date(2027, 1, 5))))[0] == "D:20270105000000"


def test_the_calibration_page_is_dated_its_day() -> None:
    head = LetterHead("KALIBROINTISIVU", "24.11.2026", on_date=LETTER_DAY)
    data = calibration_page(dataclasses.replace(letter(), head=head), ["Ohje."])
    assert dates(data)[0] == "D:20261124000000"


def test_the_notice_is_dated_its_effective_date_and_a_draft_its_day() -> None:
    published = finnish_notice()  # version 3, in force from 1.12.2026
    data = render_notice_pdf(published, dt.date(2026, 11, 24))
    assert dates(data) == ("D:20261201000000", "D:20261201000000")
    assert render_notice_pdf(published) == data  # a fresh build equals the published bytes
    draft = dataclasses.replace(published, version=None, effective_date=None, version_label="")
    assert dates(render_notice_pdf(draft, dt.date(2026, 11, 24)))[0] == "D:20261124000000"


# --- nothing stranded at a page foot --------------------------------------------------------

def page_of(pages: list[list[Run]], text: str) -> int:
    (found,) = [n for n, runs in enumerate(pages) for run in runs if run.text == text]
    return found


def run_of(pages: list[list[Run]], text: str) -> Run:
    (found,) = [run for runs in pages for run in runs if run.text == text]
    return found


def fillers(single: int, double: int) -> tuple[str, ...]:
    """Paragraphs of one and two lines: together they push what follows down in steps
    finer than a line, so that some count puts it at every height of the page."""
    long = "Tämä kappale on niin pitkä, että se jatkuu toiselle riville asti leipätekstissä."
    return (*(f"{long} {n}." for n in range(double)),
            *(f"Lyhyt kappale {n}." for n in range(single)))


FILLED = [(single, double) for single in range(14, 40) for double in range(3)]


def letter_pages(single: int, double: int) -> list[list[Run]]:
    words = dataclasses.replace(WORDS, paragraphs=(
        *fillers(single, double), LEAD + "\n– " + "\n– ".join(ITEMS),
        COMPLAINT + "\n  " + "\n  ".join(AUTHORITY),
        *fillers(24, 0)))
    return page_runs(response_letter_pdf(dataclasses.replace(CONTENT, words=words)))


@pytest.mark.parametrize(("single", "double"), FILLED)
def test_a_letters_lead_in_stays_with_its_list_and_its_block(single: int, double: int) -> None:
    pages = letter_pages(single, double)
    assert page_of(pages, LEAD) == page_of(pages, ITEMS[0])
    complaint = page_of(pages, COMPLAINT)
    assert {page_of(pages, line) for line in AUTHORITY} == {complaint}


def test_the_authority_block_is_inside_the_complaint_paragraph() -> None:
    pages = letter_pages(0, 0)
    lead, first, second = (run_of(pages, text) for text in (COMPLAINT, *AUTHORITY[:2]))
    line = first.y - second.y
    assert first.x > lead.x  # indented under the paragraph's text
    assert lead.y - first.y < line + 4  # no paragraph gap between the text and its block


def notice_pages(single: int, double: int) -> list[list[Run]]:
    lists: tuple[Block, ...] = (Paragraph(LEAD), Bullets(ITEMS), Paragraph("Yhteystiedot:"),
                                Fields((("Nimi", "Kasve Oy"), ("Puhelin", "029 566 6700"))))
    blocks = (*(Paragraph(text) for text in fillers(single, double)), *lists)
    notice = Notice("fi", "Tietosuojaseloste", "", (Section(1, "Rekisterinpitäjä", blocks),))
    return page_runs(render_notice_pdf(notice))


@pytest.mark.parametrize(("single", "double"), FILLED)
def test_a_notice_lead_in_stays_with_its_list_or_table(single: int, double: int) -> None:
    pages = notice_pages(single, double)
    assert page_of(pages, LEAD) == page_of(pages, ITEMS[0])
    assert page_of(pages, "Yhteystiedot:") == page_of(pages, "Kasve Oy")
