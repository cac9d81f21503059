"""The access report's layout, read back from the PDF: window zone, page numbers, tables,
fonts, the creation date, lists kept with their lead-in, untranslated parts marked."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from kasve_desktop.documents.access_model import (
    AccessReport,
    CopySection,
    CopyTable,
    Lines,
    Marked,
    RegisterPart,
    ReportItem,
    Section,
)
from kasve_desktop.documents.access_report_pdf import render_access_report
from kasve_desktop.documents.access_words import ITEM_HEADINGS, ITEM_KEYS
from kasve_desktop.documents.letter import Letter, LetterHead, Sender
from kasve_desktop.domain.notice import Bullets, Fields, Paragraph, SubHeading
from tests.documents.test_letter import from_top_mm, left_mm
from tests.documents.test_notice_pdf import Run, page_runs

RECIPIENT = ("Maija Meikäläinen", "Kauppakatu 5 A 3", "70100 KUOPIO")
LETTER = Letter(LetterHead("VASTAUS TARKASTUSPYYNTÖÖN", "25.11.2026", "2026-0036", "Viite"),
                Sender("Kasve Oy", ("Puijonkatu 23", "70110 KUOPIO")), RECIPIENT)
ROWS = tuple((f"Lisätieto {n}", f"arvo {n} " + "pitkä teksti " * (n % 7)) for n in range(160))
DAY = dt.date(2026, 11, 25)
MARKER = "[inte översatt — text på finska]"
PURPOSES = Lines((
    Marked((("Asiakastyytyväisyyskyselyt", True), (" – rättslig grund: avtal", False))),
    Marked((("Fakturering – rättslig grund: rättslig förpliktelse", False),))))


def report(lead_in_after: int = 0) -> AccessReport:
    """A report whose item (a) has ``lead_in_after`` filler paragraphs before its list."""
    filler = tuple(Paragraph(f"Täyte {n}.") for n in range(lead_in_after))
    first = (*filler, Paragraph("Vi behandlar dina uppgifter för följande ändamål:"), PURPOSES)
    items = tuple(ReportItem(key, heading, first if key == "a" else (Paragraph(f"Kohta {key}."),))
                  for key, heading in zip(ITEM_KEYS, ITEM_HEADINGS["fi"], strict=True))
    authority = (SubHeading("Valvontaviranomaisen yhteystiedot"),
                 Fields((("Nimi", "Tietosuojavaltuutetun toimisto"),)))
    return AccessReport(
        "fi", "Vastaus tarkastuspyyntöösi", "Hyvä Maija Meikäläinen",
        (Paragraph("Vahvistamme, että Kasve Oy käsittelee sinua koskevia henkilötietoja."),
         Bullets(("Tietojesi käsittely rekistereittäin",))), ("Ystävällisin terveisin", "Elias"),
        "Tietojesi käsittely rekistereittäin", (Paragraph("Tietojasi on rekisterissä."),),
        (RegisterPart("Asiakasrekisteri", items),), (Section("Oikeutesi", authority),),
        "Kopio henkilötiedoistasi", "Liite", "Kaikki tiedot.",
        (CopySection("Rekisterimerkinnät", (CopyTable("Asiakasrekisteri", ("Tieto", "Arvo"),
                                                       ROWS),)),
         CopySection("Suostumukset", (), "Ei suostumuksia.")), MARKER, DAY)


@pytest.fixture(scope="module")
def pages() -> list[list[Run]]:
    return page_runs(render_access_report(report(), LETTER))


def test_recipient_block_in_the_window_and_nothing_else(pages: list[list[Run]]) -> None:
    block = [r for r in pages[0] if r.text in RECIPIENT]
    assert [r.text for r in sorted(block, key=lambda r: -r.y)] == list(RECIPIENT)
    assert all(22 <= left_mm(r) <= 25 and 44 <= from_top_mm(r) <= 70 for r in block)
    others = [r for r in pages[0] if r.text not in RECIPIENT
              and 15 <= left_mm(r) <= 110 and 38 <= from_top_mm(r) <= 87]
    assert others == []
    body = [r for r in pages[0] if r.text.startswith("Vahvistamme")]
    assert body and from_top_mm(body[0]) >= 90


def test_page_numbers_and_parts_on_their_own_pages(pages: list[list[Run]]) -> None:
    total = len(pages)
    assert total >= 5
    for number, runs in enumerate(pages, start=1):
        assert any(r.text == f"{number} ({total})" for r in runs)
    assert not any("Käsittelyn tarkoitukset" in r.text for r in pages[0])  # cover alone
    annex = next(n for n, runs in enumerate(pages) if any(
        r.text == "Kopio henkilötiedoistasi" for r in runs))
    assert not any(r.text.startswith("Kohta") for r in pages[annex])


def test_long_table_repeats_its_header_and_keeps_every_row(pages: list[list[Run]]) -> None:
    table_pages = [runs for runs in pages if any(r.text.startswith("Lisätieto") for r in runs)]
    assert len(table_pages) >= 2
    for runs in table_pages:
        assert any(r.text == "Tieto" for r in runs) and any(r.text == "Arvo" for r in runs)
    seen = {r.text for runs in table_pages for r in runs}
    assert all(label in seen for label, _value in ROWS)


def test_heading_stays_with_the_contact_block(pages: list[list[Run]]) -> None:
    page = next(runs for runs in pages
                if any(r.text == "Valvontaviranomaisen yhteystiedot" for r in runs))
    assert any(r.text == "Tietosuojavaltuutetun toimisto" for r in page)


def test_same_report_same_bytes() -> None:
    assert render_access_report(report(), LETTER) == render_access_report(report(), LETTER)


def test_every_glyph_comes_from_the_embedded_font(pages: list[list[Run]]) -> None:
    """The bullets too: no run in, and no font resource of, reportlab's Helvetica."""
    pdf = render_access_report(report(), LETTER)
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"]["/Font"]
        for font in fonts.values():
            font = font.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"]), font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert b"Helvetica" not in pdf
    bullets = [r for runs in pages for r in runs if r.text.startswith("•")]
    assert bullets and all("DejaVuSans" in r.font for r in bullets)


def test_the_creation_date_is_the_letters() -> None:
    metadata = PdfReader(io.BytesIO(render_access_report(report(), LETTER))).metadata
    assert metadata is not None and metadata.creation_date is not None
    assert metadata.creation_date.date() == DAY
    assert metadata.modification_date is not None
    assert metadata.modification_date.date() == DAY


def _page_of(pages: list[list[Run]], start: str) -> int:
    return next(n for n, runs in enumerate(pages) if any(r.text.startswith(start) for r in runs))


@pytest.mark.parametrize("filler", range(20, 44))
def test_a_lead_in_is_never_left_at_the_foot_of_a_page(filler: int) -> None:
    """With every amount of text before it, the list's lead-in shares its page with the
    list's first line (some of these amounts end the page right after the lead-in)."""
    pages = page_runs(render_access_report(report(filler), LETTER))
    assert _page_of(pages, "Vi behandlar") == _page_of(pages, "Asiakastyytyväisyyskyselyt")


def test_only_the_untranslated_part_is_marked(pages: list[list[Run]]) -> None:
    runs = [r for page in pages for r in page]
    finnish = next(r for r in runs if r.text.startswith("Asiakastyytyväisyyskyselyt"))
    swedish = next(r for r in runs if r.text.startswith("Fakturering"))
    assert finnish.font.endswith("DejaVuSans-Oblique") and swedish.font.endswith("DejaVuSans")
    assert any(r.text == MARKER for r in runs)


EVENT_ROWS = (("Tapahtuma", "Asiakasilta"), ("Ajankohta", "19.10.2026"),
              ("Paikka", "Kuopio, Puijonkatu 23"), ("Rekisteri", "Tapahtumien rekisteri"),
              ("Ilmoittautunut", "21.9.2026 klo 9.03"), ("Osallistui", "kyllä"))


def copy_report(rows_before: int) -> AccessReport:
    """An annex whose first table has ``rows_before`` rows, then the section "Tapahtumat"."""
    before = tuple((f"Tieto {n}", f"arvo {n}") for n in range(rows_before))
    return AccessReport(
        "fi", "Vastaus", "Hyvä Maija", (Paragraph("Vahvistamme."),), ("Elias",),
        copy_title="Kopio henkilötiedoistasi", copy_label="Liite", copy_intro="Kaikki tiedot.",
        copy=(CopySection("Rekisterimerkinnät", (CopyTable("Asiakasrekisteri",
                                                           ("Tieto", "Arvo"), before),)),
              CopySection("Tapahtumat", (CopyTable("Asiakasilta", ("Tieto", "Arvo"),
                                                   EVENT_ROWS),))),
        untranslated_marker=MARKER, date=DAY)


@pytest.mark.parametrize("rows_before", range(18, 30))
def test_a_copy_heading_is_never_left_at_the_foot_of_a_page(rows_before: int) -> None:
    """With every length of table before it, "Tapahtumat" shares its page with the caption
    and the first row of its table."""
    pages = page_runs(render_access_report(copy_report(rows_before), LETTER))
    heading = _page_of(pages, "Tapahtumat")
    assert heading == _page_of(pages, "Asiakasilta") == _page_of(pages, "Tapahtuma")


def rights_report(filler: int) -> AccessReport:
    """A rights section with ``filler`` paragraphs before the complaint and the authority."""
    blocks = (*(Paragraph(f"Täyte {n}.") for n in range(filler)),
              Paragraph("Sinulla on oikeus tehdä valitus valvontaviranomaiselle."),
              SubHeading("Valvontaviranomaisen yhteystiedot"),
              Fields((("Nimi", "Tietosuojavaltuutetun toimisto"),
                      ("Postiosoite", "PL 800, 00531 Helsinki"),
                      ("Sähköposti", "tietosuoja@om.fi"))))
    return AccessReport("fi", "Vastaus", "Hyvä Maija", (Paragraph("Vahvistamme."),),
                        ("Elias",), sections=(Section("Oikeutesi", blocks),), date=DAY)


@pytest.mark.parametrize("filler", range(44, 58))
def test_the_authority_block_stays_with_its_sentence(filler: int) -> None:
    pages = page_runs(render_access_report(rights_report(filler), LETTER))
    sentence = _page_of(pages, "Sinulla on oikeus")
    assert sentence == _page_of(pages, "Valvontaviranomaisen yhteystiedot")
    assert sentence == _page_of(pages, "tietosuoja@om.fi")


def test_untranslated_cells_of_the_copy_are_marked() -> None:
    table = CopyTable(
        Marked((("Samtycke 1: ", False), ("Uutiskirje", True))), ("Uppgift", "Sparat värde"),
        (("Källa", Marked((("Suoraan asiakkaalta", True),))), ("Kanal", "E-post")))
    plain = CopyTable("Kundregister", ("Uppgift", "Sparat värde"), (("Kanal", "Post"),))
    marked = dataclasses.replace(report(), lang="sv", copy=(
        CopySection("Samtycken", (plain, table)),))
    pages = page_runs(render_access_report(marked, LETTER))
    annex = [r for runs in pages[_page_of(pages, "Samtycken"):] for r in runs]
    source = next(r for r in annex if r.text == "Suoraan asiakkaalta")
    channel = next(r for r in annex if r.text == "E-post")
    assert source.font.endswith("DejaVuSans-Oblique") and channel.font.endswith("DejaVuSans")
    caption = next(r for r in annex if r.text == "Uutiskirje")
    assert caption.font.endswith("DejaVuSans-BoldOblique")
    assert [r.text for r in annex].count(MARKER) == 1  # above the table that needs it
    assert table.untranslated and not plain.untranslated
