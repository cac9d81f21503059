"""The events work without a network: both transfer directions run with every way of
opening a socket made to fail (the sign-up mode's flow runs so in
tests/gui/events/test_event_day.py)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from kasve_desktop.services.events import transfer
from kasve_desktop.store.engine import open_database
from tests.conftest import PASSPHRASE, fixed_clock
from tests.offline import NetworkUsed, no_network

__all__ = ["no_network"]  # the fixture, used by name
from tests.services.events.test_transfer import FILE_PASSPHRASE, make_laptop, make_workstation


def test_the_refusal_itself_works(no_network: None) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))


def test_export_and_import_use_no_network(tmp_path: Path, no_network: None) -> None:
    events = make_laptop(tmp_path / "laptop.db")
    laptop = open_database(tmp_path / "laptop.db", PASSPHRASE, clock=fixed_clock())
    try:
        exported = transfer.export_events(laptop, events, tmp_path / "siirto.kasvesiirto",
                                          FILE_PASSPHRASE)
    finally:
        laptop.close()
    workstation = make_workstation(tmp_path / "workstation.db")
    try:
        done = transfer.apply_transfer(workstation, transfer.read_transfer(
            workstation, tmp_path / "siirto.kasvesiirto", FILE_PASSPHRASE))
    finally:
        workstation.close()
    assert (exported.participations, done.participations, done.new_persons) == (3, 3, 3)
