"""The sender, the recipient's address in Posti's form, and the window offset setting."""

from __future__ import annotations

import datetime as dt

from kasve_desktop.demo.build import build_demo
from kasve_desktop.documents.letter import WindowOffset
from kasve_desktop.services.answers.letters.parts import (
    Address,
    address_lines,
    sender_of,
    set_window_offset,
    window_offset,
)
from kasve_desktop.store.engine import Database


def test_finnish_address_with_locality_in_capitals() -> None:
    lines = address_lines(Address("Maija Meikäläinen", "Esimerkkitie 1 A 2", "70110", "Kuopio"),
                          "fi")
    assert lines == ("Maija Meikäläinen", "Esimerkkitie 1 A 2", "70110 KUOPIO")


def test_foreign_address_ends_with_the_country_in_the_letters_language() -> None:
    address = Address("Anna Svensson", "Storgatan 1", "111 22", "Stockholm", "SE",
                      extra="c/o Berg")
    assert address_lines(address, "fi") == ("Anna Svensson", "c/o Berg", "Storgatan 1",
                                            "111 22 STOCKHOLM", "RUOTSI")
    assert address_lines(address, "sv")[-1] == "SVERIGE"
    assert address_lines(address, "en")[-1] == "SWEDEN"


def test_six_lines_at_most_and_the_optional_line_goes_first() -> None:
    address = Address("A", "Katu 1\nPorras B\nAsunto 3", "00100", "Helsinki", "SE", extra="c/o")
    lines = address_lines(address, "fi")
    assert len(lines) == 6 and "c/o" not in lines and lines[-1] == "RUOTSI"


def test_sender_from_the_controller(db: Database) -> None:
    build_demo(db, dt.date(2026, 11, 25))
    with db.sessions() as session:
        sender = sender_of(session, "fi")
        english = sender_of(session, "en")
    assert sender.name == "Kasve Oy"
    assert sender.address_lines[-1].split()[-1].isupper()
    assert any(part.startswith("Y-tunnus ") for part in sender.footer_parts)
    assert any(part.startswith("Business ID ") for part in english.footer_parts)


def test_window_offset_is_stored_and_clamped(db: Database) -> None:
    assert window_offset(db) == WindowOffset()
    assert set_window_offset(db, WindowOffset(3.5, -40)) == WindowOffset(3.5, -15)
    assert window_offset(db) == WindowOffset(3.5, -15)
