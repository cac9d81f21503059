"""Canvases that number their pages: "<footer text>  …  2 (5)" at the foot of every page.

reportlab draws a page before it knows how many follow. ``HeldPagesCanvas`` holds
each page back until the document is complete, then lets ``finish_page(number,
total)`` draw what needs the count; it also dates the PDF with the document's own
date (``pdf_dates.date_document``). ``NumberedCanvas`` draws the documents' footer:
a thin rule, the footer text on the left (cut with an ellipsis before it reaches
the page number, as ``letter.fit`` cuts) and the page number on the right margin,
``2 (5)`` unless another format is given (``Sivu {page} / {pages}``).

Use with ``BaseDocTemplate.build(..., canvasmaker=partial(NumberedCanvas, footer=…,
on_date=…))``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kasve_desktop.documents.fonts import register_fonts
from kasve_desktop.documents.letter import fit
from kasve_desktop.documents.pdf_dates import date_document
from kasve_desktop.documents.styles import (
    FOOTER_BASELINE,
    FOOTER_SIZE,
    LEFT_MARGIN,
    MUTED_COLOUR,
    RIGHT_MARGIN,
    RULE_COLOUR,
)

PAGE_OF_PAGES = "{page} ({pages})"
"""The Finnish way, ``2 (5)``; the notices and the breach notification use it."""
GAP = 8 * mm
"""The least room between the footer text and the page number."""
RULE_ABOVE = 9
"""The rule's height above the footer's baseline, in points."""


class HeldPagesCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds back its pages until it knows how many there are; a subclass draws the rest of
    each page in ``finish_page``."""

    def __init__(self, *args: Any, on_date: dt.date | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        date_document(self, on_date)

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self.finish_page(number, total)
            super().showPage()
        super().save()

    def finish_page(self, number: int, total: int) -> None:
        """Draw on page ``number`` of ``total`` what needs the count."""
        raise NotImplementedError


class NumberedCanvas(HeldPagesCanvas):
    """Every page gets the footer "<footer>  …  <page number>" between the margins."""

    def __init__(self, *args: Any, footer: str, on_date: dt.date | None,
                 page_format: str = PAGE_OF_PAGES, left_margin: float = LEFT_MARGIN,
                 right_margin: float = RIGHT_MARGIN, baseline: float = FOOTER_BASELINE,
                 **kwargs: Any) -> None:
        super().__init__(*args, on_date=on_date, **kwargs)
        self._footer = footer
        self._page_format = page_format
        self._left = left_margin
        self._right_margin = right_margin
        self._baseline = baseline

    def finish_page(self, number: int, total: int) -> None:
        page_number = self._page_format.format(page=number, pages=total)
        font = register_fonts().regular
        right = self._pagesize[0] - self._right_margin
        room = right - self._left - stringWidth(page_number, font, FOOTER_SIZE) - GAP
        self.saveState()
        self.setStrokeColor(RULE_COLOUR)
        self.setLineWidth(0.5)
        self.line(self._left, self._baseline + RULE_ABOVE, right, self._baseline + RULE_ABOVE)
        self.setFont(font, FOOTER_SIZE)
        self.setFillColor(MUTED_COLOUR)
        self.drawString(self._left, self._baseline, fit(self._footer, font, FOOTER_SIZE, room))
        self.drawRightString(right, self._baseline, page_number)
        self.restoreState()
