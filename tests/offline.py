"""No network: every way of opening a socket made to fail (the events' offline guarantee)."""

from __future__ import annotations

import socket

import pytest


class NetworkUsed(AssertionError):
    pass


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise NetworkUsed("the product reached for the network")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("socket", "create_connection", "getaddrinfo", "socketpair"):
        monkeypatch.setattr(socket, name, _refuse)
