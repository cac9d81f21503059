"""Printing PDF bytes: each page rendered at 300 dpi onto white and painted on the printer.

``print_pdf`` needs no dialog (tests print to a PDF file with it);
``PrintRequest`` asks with ``QPrintDialog`` first and then prints.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kasve_desktop.gui.common.widgets import busy_cursor
from kasve_desktop.gui.notice.pdf_view import POINTS_PER_INCH, pdf_document
from kasve_desktop.i18n import _

PRINT_DPI = 300


class PrintError(Exception):
    """The printer could not be started."""


def new_printer(document_name: str) -> QPrinter:
    """A printer at 300 dpi that prints the PDF's own page, margins included."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    printer.setFullPage(True)
    printer.setDocName(document_name)
    return printer


def page_image(document: QPdfDocument, page: int, dpi: int = PRINT_DPI) -> QImage:
    """Page ``page`` rendered at ``dpi`` on a white background (render() leaves it clear)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / POINTS_PER_INCH),
                 round(points.height() * dpi / POINTS_PER_INCH))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return image


def fitted(image: QSize, room: QRect) -> QRect:
    """The largest rectangle of ``image``'s proportions centred in ``room``."""
    scaled = image.scaled(room.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = room.x() + (room.width() - scaled.width()) // 2
    top = room.y() + (room.height() - scaled.height()) // 2
    return QRect(left, top, scaled.width(), scaled.height())


def pages_to_print(printer: QPrinter, count: int) -> range:
    """The pages (0-based) the user chose in the dialog, all of them by default."""
    first, last = printer.fromPage(), printer.toPage()
    if first < 1 or last < 1:
        return range(count)
    return range(min(first, count) - 1, min(last, count))


def print_pdf(pdf_bytes: bytes, printer: QPrinter) -> int:
    """Print every chosen page of ``pdf_bytes`` on ``printer``; the number printed."""
    document = pdf_document(pdf_bytes)
    pages = pages_to_print(printer, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        document.deleteLater()
        raise PrintError(printer.printerName())
    try:
        for n, page in enumerate(pages):
            if n > 0:
                printer.newPage()
            image = page_image(document, page)
            painter.drawImage(fitted(image.size(), painter.viewport()), image)
    finally:
        painter.end()
        document.deleteLater()
    return len(pages)


class PrintRequest(QObject):
    """Asks where and how to print with QPrintDialog (opened, not exec'd), then prints."""

    printed = Signal(int)
    """The number of pages sent to the printer."""
    failed = Signal(str)
    """A translated message: the printer could not be used."""

    def __init__(self, pdf_bytes: bytes, document_name: str, parent: QWidget,
                 printer: QPrinter | None = None) -> None:
        super().__init__(parent)
        self._bytes = pdf_bytes
        self.printer = printer if printer is not None else new_printer(document_name)
        self.dialog = QPrintDialog(self.printer, parent)
        self.dialog.setWindowTitle(_("Print"))
        self.dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        document = pdf_document(pdf_bytes)
        self.dialog.setMinMax(1, document.pageCount())
        document.deleteLater()
        self.dialog.accepted.connect(self._on_accepted)
        self.dialog.finished.connect(self._on_finished)

    def open(self) -> QPrintDialog:
        QDialog.open(self.dialog)  # QPrintDialog.open() takes a receiver in PySide
        return self.dialog

    @Slot()
    def _on_accepted(self) -> None:
        try:
            with busy_cursor():
                pages = print_pdf(self._bytes, self.printer)
        except PrintError:
            self.failed.emit(_("The printer could not be started. Check that it is "
                               "connected and try again."))
            return
        self.printed.emit(pages)

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        self.dialog.deleteLater()
        self.deleteLater()
