"""The letter base: the recipient block in the window zone, read back from the PDF."""

from __future__ import annotations

import itertools
import re

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from kasve_desktop.documents.fonts import register_fonts
from kasve_desktop.documents.letter import (
    PAGE_HEIGHT,
    Letter,
    LetterHead,
    Sender,
    WindowOffset,
    calibration_page,
    letter_styles,
    render_letter,
)
from tests.documents.test_notice_pdf import Run, page_runs, read

RECIPIENT = ("Maija Meikäläinen", "c/o Matti Meikäläinen", "Esimerkkitie 1 A 2", "70110 KUOPIO")
SENDER = Sender("Kasve Oy", ("Esimerkkikatu 1", "00100 HELSINKI"),
                ("Y-tunnus 1234567-8", "tietosuoja@kasve.fi"))
HEAD = LetterHead("VASTAUS TARKASTUSPYYNTÖÖN", "24.11.2026", "2026-0042", "Viite")


def letter(offset: WindowOffset | None = None) -> Letter:
    return Letter(HEAD, SENDER, RECIPIENT, offset or WindowOffset())


def long_story() -> list[Paragraph]:
    styles = letter_styles()
    return [Paragraph("Tarkastuspyyntösi", styles.heading)] + [
        Paragraph(f"Kappale {n}. " + "Tämä on leipätekstiä, joka jatkuu. " * 20, styles.body)
        for n in range(14)]


NUMBER = r"(-?[\d.]+)"


def lines_drawn(data: bytes) -> list[tuple[float, ...]]:
    """Every straight line of page 1 as (x0, y0, x1, y1) in millimetres."""
    stream = read(data).pages[0].get_contents().get_data().decode("latin-1")
    found = re.findall(rf"{NUMBER} {NUMBER} m {NUMBER} {NUMBER} l", stream)
    return [tuple(round(float(v) / mm, 2) for v in match) for match in found]


def rectangles(data: bytes) -> list[tuple[float, ...]]:
    stream = read(data).pages[0].get_contents().get_data().decode("latin-1")
    found = re.findall(rf"{NUMBER} {NUMBER} {NUMBER} {NUMBER} re", stream)
    return [tuple(round(float(v) / mm, 2) for v in match) for match in found]


def from_top_mm(run: Run) -> float:
    return (PAGE_HEIGHT - run.y) / mm


def left_mm(run: Run) -> float:
    return run.x / mm


@pytest.fixture(scope="module")
def pages() -> list[list[Run]]:
    return page_runs(render_letter(letter(), long_story()))


def test_recipient_block_sits_in_the_window_zone(pages: list[list[Run]]) -> None:
    runs = [r for r in pages[0] if r.text in RECIPIENT]
    assert [r.text for r in sorted(runs, key=lambda r: -r.y)] == list(RECIPIENT)
    font = register_fonts().regular
    for run in runs:
        assert 22 <= left_mm(run) <= 25
        assert stringWidth(run.text, font, run.size) <= 80 * mm
    tops = sorted(from_top_mm(r) for r in runs)
    assert 44 <= tops[0] <= 49  # the first line at about 45 mm
    assert tops[-1] <= 70  # the last line ends by 70 mm
    pitches = [b - a for a, b in itertools.pairwise(tops)]
    assert all(4.1 <= p <= 4.6 for p in pitches)


def test_nothing_else_in_the_window_zone(pages: list[list[Run]]) -> None:
    others = [r for r in pages[0] if r.text not in RECIPIENT
              and 15 <= left_mm(r) <= 110 and 38 <= from_top_mm(r) <= 87]
    assert others == []


def test_body_starts_at_90_mm_indented_43_mm(pages: list[list[Run]]) -> None:
    body = [r for r in pages[0] if r.text.startswith(("Kappale", "Tämä", "jatkuu"))
            or "leipätekstiä" in r.text]
    assert body and min(from_top_mm(r) for r in body) >= 90
    assert {round(left_mm(r)) for r in body} == {43}
    heading = next(r for r in pages[0] if r.text == "Tarkastuspyyntösi")
    assert from_top_mm(heading) >= 90 and round(left_mm(heading)) == 20


def test_metadata_at_112_mm_with_page_numbers(pages: list[list[Run]]) -> None:
    total = len(pages)
    assert total >= 3
    for number, runs in enumerate(pages, start=1):
        meta = [r for r in runs if round(left_mm(r)) == 112]
        assert [r.text for r in meta][:3] == ["VASTAUS TARKASTUSPYYNTÖÖN", "24.11.2026",
                                              "Viite 2026-0042"]
        assert any(r.text == f"{number} ({total})" for r in runs)
        assert "Bold" in meta[0].font


def test_sender_above_38_mm_and_footer_on_every_page(pages: list[list[Run]]) -> None:
    sender = [r for r in pages[0] if r.text in ("Kasve Oy", *SENDER.address_lines)
              and from_top_mm(r) < 100]
    assert len(sender) == 3 and all(from_top_mm(r) < 38 for r in sender)
    for runs in pages:
        assert any(r.text.startswith("Kasve Oy · Y-tunnus 1234567-8") for r in runs)
    assert not any(r.text in RECIPIENT for r in pages[1])  # the address is on page 1 only


def test_fold_marks_in_the_left_margin() -> None:
    height = round(PAGE_HEIGHT / mm, 2)
    marks = [line for line in lines_drawn(render_letter(letter(), long_story()))
             if line[0] < 15 and line[2] < 15]
    assert sorted(round(height - line[1], 1) for line in marks) == [99, 148.5, 198]
    assert all(line[1] == line[3] and line[2] - line[0] <= 6 for line in marks)


def test_offset_moves_only_the_recipient_block() -> None:
    moved = page_runs(render_letter(letter(WindowOffset(right_mm=3, down_mm=-2)), long_story()))
    base = page_runs(render_letter(letter(), long_story()))
    name_base = next(r for r in base[0] if r.text == RECIPIENT[0])
    name_moved = next(r for r in moved[0] if r.text == RECIPIENT[0])
    assert round((name_moved.x - name_base.x) / mm, 3) == 3
    assert round((name_moved.y - name_base.y) / mm, 3) == 2
    meta_base = next(r for r in base[0] if r.text == "24.11.2026")
    meta_moved = next(r for r in moved[0] if r.text == "24.11.2026")
    assert (meta_base.x, meta_base.y) == (meta_moved.x, meta_moved.y)


def test_calibration_page_draws_the_windows_and_the_block() -> None:
    data = calibration_page(letter(), ["Tulosta tämä sivu ja aseta se kirjekuoreen."])
    runs = page_runs(data)[0]
    assert len(read(data).pages) == 1
    assert any(r.text == RECIPIENT[0] for r in runs)
    assert any("90 × 45 mm" in r.text for r in runs)
    assert any(r.text.startswith("Tulosta tämä sivu") for r in runs)
    height = round(PAGE_HEIGHT / mm, 2)
    assert (20, round(height - 85, 2), 90, 45) in rectangles(data)


def test_same_letter_same_bytes() -> None:
    assert render_letter(letter(), long_story()) == render_letter(letter(), long_story())


def test_at_most_six_lines_ending_by_70_mm_and_80_mm_wide() -> None:
    many = ("Erittäin Pitkäniminen Vastaanottaja Jonka Nimi Ei Mahdu Ikkunaan Mitenkään",
            "Osasto", "c/o Joku", "Katu 1", "PL 12", "00100 HELSINKI", "SUOMI")
    runs = page_runs(render_letter(Letter(HEAD, SENDER, many), long_story()))[0]
    block = [r for r in runs if 22 <= left_mm(r) <= 25 and 38 <= from_top_mm(r) <= 87]
    assert len(block) == 6 and "SUOMI" not in [r.text for r in block]
    assert block[0].text.endswith("…")
    font = register_fonts().regular
    assert all(stringWidth(r.text, font, r.size) <= 80 * mm for r in block)
    descent = 0.24 * block[-1].size / mm * 1  # DejaVu's descender, about 0.24 em
    assert max(from_top_mm(r) for r in block) + descent <= 70


# --- the response letter's end: the signature never alone on a page -----------------------

def _response(words: int) -> bytes:
    from kasve_desktop.documents.response_letter_pdf import ResponseLetter, response_letter_pdf
    from kasve_desktop.domain.letter_templates import FilledLetter

    filled = FilledLetter(
        document_type="VASTAUS VASTUSTAMISPYYNTÖÖN", subject="Emme lopeta tietojesi käsittelyä",
        greeting="Hyvä Maija Meikäläinen,",
        paragraphs=("Sana " * words, *(f"Kappale {n}. " + "Sana " * 24 for n in range(8))),
        questions="Jos sinulla on kysyttävää, vastaamme mielellämme: tietosuoja@kasve.fi.",
        closing="Ystävällisin terveisin")
    return response_letter_pdf(ResponseLetter(letter(), filled, signature=(
        "Elias Haapakorva", "Tietosuoja-asioiden yhteyshenkilö", "Kasve Oy")))


def test_the_closing_and_signature_stay_with_the_last_paragraph() -> None:
    """The first paragraph grows a line at a time, so that the foot of page 1 passes through
    the end of the letter: the closing and the signature always share a page with the line
    for questions, and never fill a page of their own."""
    seen = set()
    for words in range(0, 130, 6):  # about half a line each
        pages = [" ".join(run.text for run in page) for page in page_runs(_response(words))]
        seen.add(len(pages))
        (last,) = [page for page in pages if "Ystävällisin terveisin" in page]
        assert "Elias Haapakorva" in last and "vastaamme mielellämme" in last, words
    assert seen == {1, 2}
