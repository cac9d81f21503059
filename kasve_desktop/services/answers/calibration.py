"""The calibration page for window envelopes (letters.md), built for the open database.

The page is headed like a letter from the database's controller and addressed to
a made-up person, with the recipient block moved by the stored window offset:
printed, folded and held against a real envelope, it shows whether the address
sits inside the window. Its instructions are in the interface's language.
"""

from __future__ import annotations

import datetime as dt

from kasve_desktop import i18n
from kasve_desktop.documents.letter import Letter, LetterHead, WindowOffset, calibration_page
from kasve_desktop.i18n import _, display_number, letter_date
from kasve_desktop.services.answers.letters.parts import (
    Address,
    address_lines,
    sender_of,
    window_offset,
)
from kasve_desktop.store.engine import Database

SAMPLE_ADDRESS = Address("Maija Meikäläinen", "Esimerkkitie 12 B 34", "70110", "Kuopio",
                         extra="c/o Matti Meikäläinen")
"""A made-up recipient: four lines, as a typical Finnish address has."""


def offset_text(offset: WindowOffset) -> str:
    """The offset in words, numbers as the interface's language writes them."""
    return _("Offset now in use: {right} mm to the right, {down} mm down.").format(
        right=display_number(round(offset.right_mm, 1)),
        down=display_number(round(offset.down_mm, 1)))


def instructions(offset: WindowOffset) -> tuple[str, ...]:
    """What to do with the printed page, in the interface's language."""
    return (
        _("Print this page at its actual size (100 %, not “fit to page”). Fold it as a "
          "letter: in three at the marks in the left margin, or once at the middle mark for a "
          "C5 envelope. Put it into one of your window envelopes."),
        _("The sample address must show whole through the window, with a little room on "
          "every side. The blue frame is the usual window (90 × 45 mm, 20 mm from the left "
          "and 40 mm from the top); nothing but the address is printed inside the red one."),
        _("If the address is cut off or too close to an edge, measure by how many "
          "millimetres it is off, and move it in Settings → Letters and window envelopes "
          "(negative values move it left or up). Then print this page again."),
        offset_text(offset),
    )


def calibration_pdf(db: Database, today: dt.date) -> bytes:
    """The calibration page as PDF bytes: the controller as sender, a sample address
    placed with the stored window offset, instructions in the interface's language."""
    lang = i18n.current_language()
    offset = window_offset(db)
    with db.sessions() as session:
        sender = sender_of(session, lang)
    title = _("Calibration page for window envelopes")
    head = LetterHead(_("CALIBRATION PAGE"), letter_date(today, lang), title=title, lang=lang,
                      on_date=today)
    letter = Letter(head, sender, address_lines(SAMPLE_ADDRESS, lang), offset)
    return calibration_page(letter, instructions(offset))


def calibration_file_name() -> str:
    """The suggested file name, in the interface's language."""
    return _("calibration-page") + ".pdf"
