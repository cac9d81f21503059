"""A PDF preview on QtPdf: pages, zoom, and a message in place of the pages.

The bytes are loaded from memory through a ``QBuffer``: a document that holds
personal data is never written to a temporary file to be shown.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMargins,
    QObject,
    QPointF,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QStyle, QWidget

from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.gui.forms.ui_pdf_view import Ui_PdfView
from kasve_desktop.i18n import display_number

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
POINTS_PER_INCH = 72.0
PAGE_BACKGROUND = "QPdfView#view { background: #6f7479; }"


class PdfError(Exception):
    """The bytes could not be read as a PDF."""


def pdf_document(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A document read from ``data`` in memory (raises PdfError if it is no PDF)."""
    document = QPdfDocument() if parent is None else QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        document.deleteLater()
        raise PdfError(str(document.error()))
    return document


def next_zoom(current: float, step: int) -> float:
    """The zoom step after (``step`` 1) or before (``step`` -1) ``current``."""
    if step > 0:
        return next((z for z in ZOOM_STEPS if z > current + 0.005), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < current - 0.005), ZOOM_STEPS[0])


class PdfView(QWidget):
    """Shows PDF bytes: ``load(data)``, or ``show_message(text)`` instead of pages."""

    page_changed = Signal(int)
    """The page shown changed (0-based)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfView()
        self.ui.setupUi(self)
        self._data = b""
        self._document: QPdfDocument | None = None
        self._empty = QPdfDocument(self)  # shown instead of None, which QPdfView warns about
        self._fit_width = True
        self._set_up_view()
        self._set_up_actions()
        mute(self.ui.message)
        self.ui.page_number.valueChanged.connect(self._on_page_number)
        self.show_message("")
        self.retranslate()

    # --- set-up -------------------------------------------------------------------

    def _set_up_view(self) -> None:
        view = self.ui.view
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setPageSpacing(12)
        view.setDocumentMargins(QMargins(12, 12, 12, 12))
        view.setStyleSheet(PAGE_BACKGROUND)
        view.pageNavigator().currentPageChanged.connect(self._on_current_page)

    def _set_up_actions(self) -> None:
        ui = self.ui
        style = self.style()
        ui.action_previous_page.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        ui.action_next_page.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        ui.action_zoom_in.setShortcuts(QKeySequence.StandardKey.ZoomIn)
        ui.action_zoom_out.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        pairs = ((ui.previous_button, ui.action_previous_page),
                 (ui.next_button, ui.action_next_page),
                 (ui.zoom_out_button, ui.action_zoom_out),
                 (ui.zoom_in_button, ui.action_zoom_in),
                 (ui.fit_width_button, ui.action_fit_width))
        for button, action in pairs:
            button.setDefaultAction(action)
            self.addAction(action)
        ui.action_previous_page.triggered.connect(self.previous_page)
        ui.action_next_page.triggered.connect(self.next_page)
        ui.action_zoom_in.triggered.connect(self.zoom_in)
        ui.action_zoom_out.triggered.connect(self.zoom_out)
        ui.action_fit_width.triggered.connect(self.fit_width)

    # --- what the owner calls -----------------------------------------------------

    def load(self, data: bytes, keep_page: bool = False) -> None:
        """Show the PDF ``data`` (raises PdfError); ``keep_page`` stays on the same page."""
        document = pdf_document(data, self)
        page = self.current_page if keep_page else 0
        old, self._document, self._data = self._document, document, data
        self.ui.view.setDocument(document)
        if old is not None:
            old.deleteLater()
        self.ui.pages.setCurrentWidget(self.ui.view)
        self.ui.page_number.setMaximum(document.pageCount())
        self._apply_zoom()
        self.go_to(min(page, document.pageCount() - 1))
        self._update_controls()

    def show_message(self, text: str) -> None:
        """Forget the document and show ``text`` where the pages were."""
        self.ui.view.setDocument(self._empty)
        if self._document is not None:
            self._document.deleteLater()
        self._document, self._data = None, b""
        self.ui.message.setText(text)
        self.ui.pages.setCurrentWidget(self.ui.message_page)
        self._update_controls()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for action in (self.ui.action_zoom_in, self.ui.action_zoom_out):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({keys})")
        self._update_controls()

    @property
    def data(self) -> bytes:
        """The bytes shown (empty when a message is shown)."""
        return self._data

    @property
    def page_count(self) -> int:
        return self._document.pageCount() if self._document is not None else 0

    @property
    def current_page(self) -> int:
        return self.ui.view.pageNavigator().currentPage() if self._document is not None else 0

    @property
    def zoom_factor(self) -> float:
        """The scale shown, fitted to the width or chosen."""
        if self._fit_width:
            return self._fitted_zoom()
        return self.ui.view.zoomFactor()

    @property
    def fits_width(self) -> bool:
        return self._fit_width

    @property
    def view(self) -> QPdfView:
        return self.ui.view

    @Slot(int)
    def go_to(self, page: int) -> None:
        """Show page ``page`` (0-based) from its top."""
        if self._document is None or not 0 <= page < self.page_count:
            return
        self.ui.view.pageNavigator().jump(page, QPointF(0, 0), self.ui.view.zoomFactor())
        self._update_controls()

    @Slot()
    def previous_page(self) -> None:
        self.go_to(self.current_page - 1)

    @Slot()
    def next_page(self) -> None:
        self.go_to(self.current_page + 1)

    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(next_zoom(self.zoom_factor, 1))

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(next_zoom(self.zoom_factor, -1))

    def set_zoom(self, factor: float) -> None:
        self._fit_width = False
        self._apply_zoom(factor)

    @Slot()
    def fit_width(self) -> None:
        self._fit_width = True
        self._apply_zoom()

    # --- internals ----------------------------------------------------------------

    def _apply_zoom(self, factor: float | None = None) -> None:
        view = self.ui.view
        if self._fit_width:
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            view.setZoomMode(QPdfView.ZoomMode.Custom)
            view.setZoomFactor(factor if factor is not None else view.zoomFactor())
        self._update_controls()

    def _fitted_zoom(self) -> float:
        """The scale at which the widest page fills the view's width."""
        if self._document is None:
            return 1.0
        view = self.ui.view
        margins = view.documentMargins()
        room = view.viewport().width() - margins.left() - margins.right()
        widest = max(self._document.pagePointSize(p).width() for p in range(self.page_count))
        pixels = widest * self.logicalDpiX() / POINTS_PER_INCH
        return room / pixels if pixels > 0 else 1.0

    def _update_controls(self) -> None:
        ui, loaded = self.ui, self._document is not None
        page = self.current_page
        ui.page_number.blockSignals(True)
        ui.page_number.setValue(page + 1)
        ui.page_number.blockSignals(False)
        ui.page_count.setText(f"/ {display_number(self.page_count)}" if loaded else "")
        for widget in (ui.page_number, ui.page_label, ui.zoom_level):
            widget.setEnabled(loaded)
        ui.action_previous_page.setEnabled(loaded and page > 0)
        ui.action_next_page.setEnabled(loaded and page < self.page_count - 1)
        ui.action_zoom_in.setEnabled(loaded and self.zoom_factor < ZOOM_STEPS[-1] - 0.005)
        ui.action_zoom_out.setEnabled(loaded and self.zoom_factor > ZOOM_STEPS[0] + 0.005)
        ui.action_fit_width.setEnabled(loaded)
        ui.action_fit_width.setChecked(self._fit_width)
        ui.zoom_level.setText(f"{display_number(round(self.zoom_factor * 100))} %"
                              if loaded else "")

    @Slot(int)
    def _on_page_number(self, number: int) -> None:
        self.go_to(number - 1)

    @Slot(int)
    def _on_current_page(self, page: int) -> None:
        self._update_controls()
        self.page_changed.emit(page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_controls()

    def resizeEvent(self, event: QResizeEvent) -> None:  # the fitted zoom follows the width
        super().resizeEvent(event)
        self._update_controls()
