"""The embedded font family of every document: DejaVu Sans, shipped with the package.

reportlab's built-in Helvetica is not embedded and prints ■ for letters outside
Windows-1252 (Łódź, €-adjacent symbols, Sámi letters), so every document uses
DejaVu Sans, read from ``kasve_desktop.resources/fonts`` and embedded as a
subset. The four faces are registered as one family, so that ``<b>`` and
``<i>`` in reportlab's paragraph markup pick the right face.

Registration touches reportlab's global font registry: it happens on the first
call of ``register_fonts()``, never at import.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont


@dataclass(frozen=True)
class FontFamily:
    """The registered names of the four faces of one family."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


FAMILY = FontFamily(
    regular="DejaVuSans",
    bold="DejaVuSans-Bold",
    italic="DejaVuSans-Oblique",
    bold_italic="DejaVuSans-BoldOblique",
)


def font_file(face: str) -> resources.abc.Traversable:
    """The TTF file of ``face`` (a registered name of ``FAMILY``) in the package."""
    return resources.files("kasve_desktop.resources") / "fonts" / f"{face}.ttf"


def _load(face: str) -> TTFont:
    data = font_file(face).read_bytes()
    return TTFont(face, io.BytesIO(data))


@cache
def register_fonts() -> FontFamily:
    """Register the family with reportlab (once per process) and return its names."""
    faces = (FAMILY.regular, FAMILY.bold, FAMILY.italic, FAMILY.bold_italic)
    for face in faces:
        pdfmetrics.registerFont(_load(face))
    pdfmetrics.registerFontFamily(
        FAMILY.regular,
        normal=FAMILY.regular,
        bold=FAMILY.bold,
        italic=FAMILY.italic,
        boldItalic=FAMILY.bold_italic,
    )
    return FAMILY
