"""The calibration page of the open database: its sender, its sample address placed with
the stored window offset, and its instructions in the interface's language."""

from __future__ import annotations

import datetime as dt

import pytest
from reportlab.lib.units import mm

from kasve_desktop import i18n
from kasve_desktop.demo.build import build_demo
from kasve_desktop.documents.letter import WindowOffset
from kasve_desktop.i18n import gettext_in
from kasve_desktop.services.answers.calibration import (
    SAMPLE_ADDRESS,
    calibration_file_name,
    calibration_pdf,
    instructions,
)
from kasve_desktop.services.answers.letters.parts import address_lines, set_window_offset
from kasve_desktop.store.engine import Database
from tests.documents.test_letter import from_top_mm, left_mm
from tests.documents.test_notice_pdf import Run, full_text, page_runs, read

TODAY = dt.date(2026, 11, 24)
NAME = SAMPLE_ADDRESS.name


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, TODAY)
    return db


def name_run(data: bytes) -> Run:
    return next(run for run in page_runs(data)[0] if run.text == NAME)


def test_one_page_from_the_controller_to_the_sample_address(demo: Database) -> None:
    data = calibration_pdf(demo, TODAY)
    assert len(read(data).pages) == 1
    texts = [run.text for run in page_runs(data)[0]]
    assert "Kasve Oy" in texts and "24.11.2026" in texts
    for line in address_lines(SAMPLE_ADDRESS, "fi"):
        assert line in texts
    assert "70110 KUOPIO" in texts
    assert any("90 × 45 mm" in text for text in texts)


def test_the_block_sits_in_the_window_without_an_offset(demo: Database) -> None:
    run = name_run(calibration_pdf(demo, TODAY))
    assert 22 <= left_mm(run) <= 25 and 44 <= from_top_mm(run) <= 49


def test_the_recipient_block_moves_with_the_stored_offset(demo: Database) -> None:
    base = name_run(calibration_pdf(demo, TODAY))
    set_window_offset(demo, WindowOffset(right_mm=3.5, down_mm=-2))
    moved = name_run(calibration_pdf(demo, TODAY))
    assert round((moved.x - base.x) / mm, 2) == 3.5
    assert round((base.y - moved.y) / mm, 2) == -2
    sender_base = next(r for r in page_runs(calibration_pdf(demo, TODAY))[0]
                       if r.text == "Kasve Oy")
    assert round(left_mm(sender_base)) == 20  # only the recipient block moves


def test_the_offset_is_clamped_to_15_mm(demo: Database) -> None:
    base = name_run(calibration_pdf(demo, TODAY))
    set_window_offset(demo, WindowOffset(right_mm=40, down_mm=-40))
    moved = name_run(calibration_pdf(demo, TODAY))
    assert round((moved.x - base.x) / mm, 2) == 15
    assert round((moved.y - base.y) / mm, 2) == 15


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_instructions_in_the_interface_language(demo: Database, lang: str) -> None:
    i18n.set_language(lang)
    offset = WindowOffset(2.5, -1)
    set_window_offset(demo, offset)
    text = full_text(calibration_pdf(demo, TODAY))
    said = instructions(offset)
    assert len(said) == 4
    for sentence in said:
        assert " ".join(sentence.split()) in text
    assert said[0] == gettext_in(lang, "Print this page at its actual size (100 %, not “fit "
                                       "to page”). Fold it as a letter: in three at the marks "
                                       "in the left margin, or once at the middle mark for a "
                                       "C5 envelope. Put it into one of your window envelopes.")
    assert ("2,5" if lang != "en" else "2.5") in said[-1]
    assert calibration_file_name().endswith(".pdf")


def test_an_empty_database_still_has_a_page(db: Database) -> None:
    data = calibration_pdf(db, TODAY)
    assert any(run.text == NAME for run in page_runs(data)[0])
