"""The creation date a PDF carries: the document's own date, never the day it was rendered.

reportlab's invariant mode (same input, same bytes) writes 1.1.2000 as the
creation and modification date. A letter carries its letter date instead, the
notice its version's effective date (a draft: the day it was built), still the
same bytes for the same input: the date is a fact of the document. The PDF date
has no time of day and no zone (``D:20261124000000``): a date, not an instant.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def pdf_date(day: dt.date) -> str:
    """``D:20261124000000``, the PDF form of ``day``."""
    return f"D:{day.year:04d}{day.month:02d}{day.day:02d}000000"


def date_document(canvas: Any, day: dt.date | None) -> None:
    """Make ``day`` the creation and modification date of the PDF ``canvas`` writes
    (``None``: reportlab's invariant date stays)."""
    if day is not None:
        stamp = pdf_date(day)
        canvas.setDateFormatter(lambda *_parts: stamp)
