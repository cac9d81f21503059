"""The events work without a network: both transfer directions run with every way of
opening a socket made to fail (issue 12's offline guarantee; the sign-up mode joins this
test when it exists)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from kasve_desktop.services.events import transfer
from kasve_desktop.store.engine import open_database
from tests.conftest import PASSPHRASE, fixed_clock
from tests.services.events.test_transfer import FILE_PASSPHRASE, make_laptop, make_workstation


class NetworkUsed(AssertionError):
    pass


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise NetworkUsed("the product reached for the network")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("socket", "create_connection", "getaddrinfo", "socketpair"):
        monkeypatch.setattr(socket, name, _refuse)


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
