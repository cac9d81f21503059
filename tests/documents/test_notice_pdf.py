"""The privacy notice PDF: text, order, fonts, page numbers, layout — read back with pypdf."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase.pdfmetrics import stringWidth

from kasve_desktop.documents.fonts import FAMILY, font_file, register_fonts
from kasve_desktop.documents.notice_pdf import render_notice_pdf
from kasve_desktop.documents.styles import BOTTOM_MARGIN, LEFT_MARGIN, PAGE_SIZE, RIGHT_MARGIN
from kasve_desktop.domain.notice import (
    HEADINGS,
    Bullets,
    Fields,
    Notice,
    Paragraph,
    Section,
    SubHeading,
)
from tests.documents.sample import (
    FOREIGN_TEXT,
    LEGAL_FI,
    MARKER_SV,
    MARKUP_TEXT,
    UNTRANSLATED_FI,
    UNTRANSLATED_ITEMS,
    VERSION_FI,
    finnish_notice,
    swedish_notice,
)

FOOTER_FI = f"Tietosuojaseloste · {VERSION_FI}"
PAGE_NUMBER = re.compile(r"^(\d+) \((\d+)\)$")


def norm(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class Run:
    """One piece of text as drawn: where, in which font, what."""

    x: float
    y: float
    font: str
    size: float
    text: str


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_runs(data: bytes) -> list[list[Run]]:
    pages: list[list[Run]] = []
    for page in read(data).pages:
        runs: list[Run] = []

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float,
                  runs: list[Run] = runs) -> None:
            if text.strip():
                name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
                runs.append(Run(cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3], name, size,
                                norm(text)))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def full_text(data: bytes) -> str:
    return norm(" ".join(page.extract_text() for page in read(data).pages))


def content_runs(runs: list[Run]) -> list[Run]:
    """The runs above the footer, top to bottom."""
    return sorted((r for r in runs if r.y > BOTTOM_MARGIN - 1), key=lambda r: (-r.y, r.x))


@pytest.fixture(scope="module")
def fi_pdf() -> bytes:
    return render_notice_pdf(finnish_notice())


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return render_notice_pdf(finnish_notice(repeat=4))


# --- text and order ---------------------------------------------------------------


def test_every_section_title_appears_once_in_order(fi_pdf: bytes) -> None:
    text = full_text(fi_pdf)
    position = 0
    for number, heading in enumerate(HEADINGS["fi"], start=1):
        title = f"{number}. {heading}"
        assert text.count(title) == 1, title
        found = text.index(title)
        assert found > position, f"{title} out of order"
        position = found


def test_title_legal_references_and_version_head_the_first_page(fi_pdf: bytes) -> None:
    first = content_runs(page_runs(fi_pdf)[0])
    assert first[0].text == "Tietosuojaseloste"
    assert first[0].size >= 18 and "Bold" in first[0].font
    head = " ".join(run.text for run in first[:4])
    assert head == f"Tietosuojaseloste {norm(LEGAL_FI)} {VERSION_FI} 1. Rekisterinpitäjä"


def test_every_block_text_is_printed(fi_pdf: bytes) -> None:
    text = full_text(fi_pdf)
    for section in finnish_notice().sections:
        for block in section.blocks:
            if isinstance(block, Paragraph | SubHeading):
                assert norm(block.text) in text
            elif isinstance(block, Bullets):
                assert all(norm(item) in text for item in block.items)
            else:
                for label, value in block.rows:
                    assert norm(label) in text and norm(value) in text


def test_headings_are_bold_and_keep_their_case(fi_pdf: bytes) -> None:
    runs = [run for page in page_runs(fi_pdf) for run in page]
    bold_text = " ".join(run.text for run in runs if run.font.endswith("DejaVuSans-Bold"))
    for number, heading in enumerate(HEADINGS["fi"], start=1):
        assert f"{number}. {heading}" in bold_text
    text = full_text(fi_pdf)
    assert "REKISTERINPITÄJÄ" not in text and "Rekisterinpitäjä" in text
    assert "Manuaalinen aineisto" in bold_text


def test_line_breaks_in_a_text_are_kept(fi_pdf: bytes) -> None:
    lines = {norm(line) for page in read(fi_pdf).pages for line in page.extract_text().split("\n")}
    assert "Suostumuksen voi perua milloin tahansa." in lines
    assert "Kopion saa rekisterinpitäjältä." in lines


def test_markup_characters_are_printed_literally(fi_pdf: bytes) -> None:
    text = full_text(fi_pdf)
    assert norm(MARKUP_TEXT) in text
    assert "&amp;" not in text and "&lt;" not in text


# --- fonts ------------------------------------------------------------------------


def test_letters_outside_latin_1_come_out_as_such(fi_pdf: bytes) -> None:
    text = full_text(fi_pdf)
    assert norm(FOREIGN_TEXT) in text
    assert all(letter in text for letter in ("Łódźin", "€", "Åland", "ä", "ö"))
    assert "■" not in text and "\ufffd" not in text


def test_only_embedded_dejavu_fonts_are_used(fi_pdf: bytes) -> None:
    base_fonts: set[str] = set()
    for page in read(fi_pdf).pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            base_fonts.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    names = {name.split("+", 1)[-1] for name in base_fonts}
    assert names == {"DejaVuSans", "DejaVuSans-Bold"}
    assert b"Helvetica" not in fi_pdf


def test_the_fonts_ship_with_the_package_and_form_a_family() -> None:
    family = register_fonts()
    for face in (family.regular, family.bold, family.italic, family.bold_italic):
        assert font_file(face).is_file()
    assert (resources.files("kasve_desktop.resources") / "fonts" / "LICENSE-DejaVu.txt").is_file()
    assert tt2ps(family.regular, 1, 0) == family.bold
    assert tt2ps(family.regular, 0, 1) == family.italic
    assert tt2ps(family.regular, 1, 1) == family.bold_italic


# --- pages ------------------------------------------------------------------------


def test_every_page_carries_the_footer_and_its_number_of_all(long_pdf: bytes) -> None:
    pages = page_runs(long_pdf)
    total = len(pages)
    assert total >= 5
    for number, runs in enumerate(pages, start=1):
        footer = [run for run in runs if run.y < BOTTOM_MARGIN]
        numbers = [run for run in footer if PAGE_NUMBER.match(run.text)]
        assert [run.text for run in numbers] == [f"{number} ({total})"]
        assert numbers[0].x > PAGE_SIZE[0] / 2
        assert any(run.text == FOOTER_FI and run.x == pytest.approx(LEFT_MARGIN)
                   for run in footer)


def test_page_number_ends_at_the_right_margin(fi_pdf: bytes) -> None:
    run = next(r for r in page_runs(fi_pdf)[0] if PAGE_NUMBER.match(r.text))
    right = run.x + stringWidth(run.text, FAMILY.regular, run.size)
    assert right == pytest.approx(PAGE_SIZE[0] - RIGHT_MARGIN, abs=0.5)


def test_a_long_footer_is_cut_before_the_page_number() -> None:
    label = "Versio 3, voimassa 1.12.2026 alkaen, " * 6
    notice = Notice("fi", "Tietosuojaseloste", "", (), version_label=label)
    footer = [r for r in page_runs(render_notice_pdf(notice))[0] if r.y < BOTTOM_MARGIN]
    (left,) = (r for r in footer if r.text.startswith("Tietosuojaseloste · Versio 3"))
    (number,) = (r for r in footer if r.text == "1 (1)")
    assert left.text.endswith("…")
    assert left.x + stringWidth(left.text, FAMILY.regular, left.size) < number.x


def test_no_page_ends_with_a_heading(long_pdf: bytes) -> None:
    for runs in page_runs(long_pdf)[:-1]:
        assert "Bold" not in content_runs(runs)[-1].font


@pytest.mark.parametrize("kind", ["section", "subheading"])
def test_a_heading_near_the_page_bottom_moves_to_the_next_page(kind: str) -> None:
    """Filler of growing length pushes a heading across the bottom of page 1."""
    follow = Paragraph("Tämän otsikon alla on pitkä kappale, joka jatkuu usealla rivillä. " * 6)
    moved = 0
    for lines in range(36, 48):
        filler = Paragraph("\n".join(f"Täyterivi {i}" for i in range(lines)))
        sections: tuple[Section, ...]
        if kind == "section":
            sections = (Section(1, "Ensimmäinen", (filler,)),
                        Section(2, "Toinen osio", (follow,)))
        else:
            sections = (Section(1, "Ensimmäinen", (filler, SubHeading("Alaotsikko"), follow)),)
        pages = page_runs(render_notice_pdf(Notice("fi", "Tietosuojaseloste", "", sections)))
        assert "Bold" not in content_runs(pages[0])[-1].font, lines
        moved += len(pages) > 1 and "Bold" in content_runs(pages[1])[0].font
    assert moved, "the filler never pushed the heading to the next page"


def test_bullets_are_indented_and_fields_form_two_columns(fi_pdf: bytes) -> None:
    runs = content_runs(page_runs(fi_pdf)[0])
    item = next(run for run in runs if run.text == "asiakassuhteen hoitaminen (sopimus)")
    bullet = next(run for run in runs if run.text == "•" and run.y == pytest.approx(item.y))
    label = next(run for run in runs if run.text == "Y-tunnus")
    value = next(run for run in runs if run.text == "2457832-5")
    paragraph = next(run for run in runs if run.text.startswith("Kasve Oy:n asiakasrekisteri"))
    assert paragraph.x == pytest.approx(LEFT_MARGIN)
    assert LEFT_MARGIN < bullet.x < item.x
    assert label.x == pytest.approx(LEFT_MARGIN)
    assert value.y == pytest.approx(label.y) and value.x > label.x + 20


# --- untranslated texts, metadata, determinism ------------------------------------


def test_untranslated_texts_are_italic_after_the_marker() -> None:
    data = render_notice_pdf(swedish_notice())
    runs = [run for page in page_runs(data) for run in page]
    italic = " ".join(run.text for run in runs if run.font.endswith("DejaVuSans-Oblique"))
    upright = " ".join(run.text for run in runs if run.font.endswith("DejaVuSans"))
    for text in (UNTRANSLATED_FI, *UNTRANSLATED_ITEMS, MARKER_SV):
        assert norm(text) in italic and norm(text) not in upright
    assert "Personuppgifterna behandlas" in upright
    text = full_text(data)
    assert text.count(MARKER_SV) == 2
    assert text.index(MARKER_SV) < text.index(UNTRANSLATED_FI)
    assert text.rindex(MARKER_SV) < text.index(UNTRANSLATED_ITEMS[0])


def test_metadata_names_the_notice_and_its_language(fi_pdf: bytes) -> None:
    reader = read(fi_pdf)
    assert reader.metadata is not None and reader.metadata.title == "Tietosuojaseloste"
    assert reader.metadata.creator == "Kasve Desktop"
    assert str(reader.root_object["/Lang"]) == "fi"
    assert str(read(render_notice_pdf(swedish_notice())).root_object["/Lang"]) == "sv"
    assert reader.pages[0].mediabox.width == pytest.approx(PAGE_SIZE[0])


def test_the_same_notice_gives_the_same_bytes(fi_pdf: bytes) -> None:
    assert render_notice_pdf(finnish_notice()) == fi_pdf
    other = finnish_notice()
    changed = Notice(other.lang, other.title, other.legal_references, other.sections[:-1],
                     version_label=other.version_label)
    assert render_notice_pdf(changed) != fi_pdf


def test_empty_blocks_and_an_empty_notice_still_build() -> None:
    sections = (Section(1, "Tyhjä", (Paragraph(""), Bullets(()), Fields(()), SubHeading(" "))),)
    data = render_notice_pdf(Notice("fi", "Tietosuojaseloste", "", sections))
    assert "1. Tyhjä" in full_text(data)
    assert len(read(render_notice_pdf(Notice("en", "Privacy notice", "", ()))).pages) == 1


def test_intro_is_printed_before_section_one() -> None:
    import dataclasses

    from kasve_desktop.domain.notice import Paragraph

    notice = dataclasses.replace(finnish_notice(),
                                 intro=(Paragraph("Tätä selostetta sovelletaan kaikkiin "
                                                  "palveluihimme."),))
    text = " ".join(PdfReader(io.BytesIO(render_notice_pdf(notice))).pages[0]
                    .extract_text().split())
    assert text.index("kaikkiin palveluihimme") < text.index("1. Rekisterinpitäjä")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_section_heading_leaves_a_word_alone_on_a_line(lang: str) -> None:
    """A heading is drawn on one line, or on two of which neither is a lone word."""
    sections = tuple(Section(number, heading, (Paragraph("Teksti."),))
                     for number, heading in enumerate(HEADINGS[lang], start=1))
    notice = Notice(lang=lang, title="Tietosuojaseloste", legal_references="", sections=sections,
                    version=1, effective_date=None, version_label="")
    drawn = {run.text for page in page_runs(render_notice_pdf(notice)) for run in page}
    two_lines = 0
    for number, heading in enumerate(HEADINGS[lang], start=1):
        words = f"{number}. {heading}".split()
        if " ".join(words) in drawn:
            continue
        lines = [(words[:i], words[i:]) for i in range(1, len(words))
                 if " ".join(words[:i]) in drawn and " ".join(words[i:]) in drawn]
        assert len(lines) == 1 and min(len(lines[0][0]), len(lines[0][1])) >= 3, heading
        two_lines += 1
    assert two_lines == (0 if lang == "en" else 1)  # section 7 in Finnish and Swedish
