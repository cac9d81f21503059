"""The register area on the demo data, and the same with the seed's customer register."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kasve_desktop.demo.build import build_demo
from kasve_desktop.gui.registers.area import RegistersArea
from kasve_desktop.store.engine import Database
from tests.seed_registers import restore_seed

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, TODAY)
    return db


@pytest.fixture
def area(qtbot: QtBot, demo: Database) -> Iterator[RegistersArea]:
    shown = RegistersArea(lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1150, 720)
    shown.set_database(demo)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    if shown.form is not None:
        shown.form.show_register(None)  # nothing unsaved: no question at locking
    shown.set_database(None)


@pytest.fixture
def seeded(area: RegistersArea, demo: Database) -> RegistersArea:
    """The area with the customer register put back as the seed notice had it."""
    restore_seed(demo, "asiakkaat")
    area.show_register("kumppanit")
    area.show_register("asiakkaat")
    return area
