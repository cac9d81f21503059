"""The PDF preview and printing, on PDF bytes made here with reportlab."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kasve_desktop.gui.notice.pdf_view import ZOOM_STEPS, PdfError, PdfView, next_zoom, pdf_document
from kasve_desktop.gui.notice.printing import (
    PRINT_DPI,
    PrintRequest,
    new_printer,
    page_image,
    print_pdf,
)


def make_pdf(pages: int) -> bytes:
    """``pages`` A4 pages, each saying its number, with a black box in the corner."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 24)
        pdf.drawString(72, 760, f"Sivu {number}")
        pdf.rect(0, 0, 72, 72, fill=1)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def view(qtbot: QtBot) -> PdfView:
    widget = PdfView()
    qtbot.addWidget(widget)
    widget.resize(700, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pdf_printer(path: Path) -> QPrinter:
    printer = new_printer("testi")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


# --- the view --------------------------------------------------------------------

def test_loads_bytes_and_shows_the_page_count(view: PdfView) -> None:
    view.load(make_pdf(3))
    assert view.page_count == 3
    assert view.ui.pages.currentWidget() is view.ui.view
    assert view.ui.view.document().pageCount() == 3
    assert view.ui.page_count.text() == "/ 3"
    assert view.ui.page_number.value() == 1 and view.ui.page_number.maximum() == 3
    assert not view.ui.action_previous_page.isEnabled()
    assert view.ui.action_next_page.isEnabled()


def test_navigates_between_pages(qtbot: QtBot, view: PdfView) -> None:
    view.load(make_pdf(3))
    with qtbot.waitSignal(view.page_changed, check_params_cb=lambda page: page == 1):
        view.ui.next_button.click()
    assert view.current_page == 1 and view.ui.page_number.value() == 2
    view.ui.page_number.setValue(3)
    assert view.current_page == 2
    assert not view.ui.action_next_page.isEnabled()
    view.ui.action_next_page.trigger()  # disabled at the last page: nothing happens
    assert view.current_page == 2
    view.previous_page()
    assert view.current_page == 1


def test_loading_again_can_keep_the_page(view: PdfView) -> None:
    view.load(make_pdf(3))
    view.go_to(2)
    view.load(make_pdf(4), keep_page=True)
    assert view.page_count == 4 and view.current_page == 2
    view.load(make_pdf(2))
    assert view.current_page == 0


def test_zoom_steps_and_fit_to_width(view: PdfView) -> None:
    view.load(make_pdf(2))
    assert view.fits_width and view.ui.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    fitted = view.zoom_factor
    assert 0.5 < fitted < 1.5  # 700 px wide against an A4 page of about 794 px at 96 dpi
    view.ui.zoom_in_button.click()
    assert not view.fits_width
    assert view.ui.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert view.ui.view.zoomFactor() == next_zoom(fitted, 1) > fitted
    assert view.ui.zoom_level.text() == f"{round(view.zoom_factor * 100)} %"
    view.zoom_out()
    view.zoom_out()
    assert view.ui.view.zoomFactor() < fitted
    view.set_zoom(ZOOM_STEPS[-1])
    assert not view.ui.action_zoom_in.isEnabled()
    view.ui.fit_width_button.click()
    assert view.fits_width and view.ui.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert view.ui.action_fit_width.isChecked()


def test_zoom_follows_the_keyboard(qtbot: QtBot, view: PdfView) -> None:
    view.load(make_pdf(1))
    view.ui.view.setFocus()
    fitted = view.zoom_factor
    view.ui.action_zoom_in.trigger()
    assert view.zoom_factor > fitted
    assert view.ui.action_fit_width.shortcut().toString() == "Ctrl+0"


def test_a_message_replaces_the_pages(view: PdfView) -> None:
    view.load(make_pdf(2))
    view.show_message("Tietokanta on lukittu.")
    assert view.page_count == 0 and view.data == b""
    assert view.ui.pages.currentWidget() is view.ui.message_page
    assert view.ui.message.text() == "Tietokanta on lukittu."
    assert not view.ui.action_zoom_in.isEnabled()
    assert not view.ui.action_next_page.isEnabled()


def test_bytes_that_are_no_pdf_are_refused(view: PdfView) -> None:
    with pytest.raises(PdfError):
        view.load(b"not a pdf at all")
    assert view.page_count == 0


def test_the_pages_are_read_from_memory(view: PdfView, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """No temporary file: the view loads from a QBuffer, never from a path."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    view.load(make_pdf(2))
    assert list(tmp_path.iterdir()) == []


# --- printing --------------------------------------------------------------------

def test_page_image_is_white_under_the_text(qapp: QApplication) -> None:
    document = pdf_document(make_pdf(1))
    image = page_image(document, 0)
    assert image.width() == round(595.2756 * PRINT_DPI / 72)
    assert image.format() == QImage.Format.Format_RGB32
    assert image.pixelColor(image.width() - 5, 5).name() == "#ffffff"
    assert image.pixelColor(5, image.height() - 5).name() == "#000000"  # the black box


def test_print_pdf_prints_every_page(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "tuloste.pdf"
    printer = pdf_printer(out)
    assert print_pdf(make_pdf(3), printer) == 3
    assert len(PdfReader(out).pages) == 3


def test_print_pdf_honours_the_chosen_pages(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "tuloste.pdf"
    printer = pdf_printer(out)
    printer.setFromTo(2, 3)
    assert print_pdf(make_pdf(4), printer) == 2
    assert len(PdfReader(out).pages) == 2


def test_the_print_dialog_prints_when_accepted(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "dialogista.pdf"
    request = PrintRequest(make_pdf(2), "testi", parent=None, printer=pdf_printer(out))

    def press_print() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QPrintDialog) and w.isVisible())
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    with qtbot.waitSignal(request.printed, timeout=10_000) as printed:
        dialog = request.open()
        assert dialog.isVisible() and dialog.maxPage() == 2
        QTimer.singleShot(100, press_print)
    assert printed.args == [2]
    assert len(PdfReader(out).pages) == 2
