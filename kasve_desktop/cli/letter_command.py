"""``letter``: a response letter of a request as a PDF."""

from __future__ import annotations

from kasve_desktop.cli.common import Command, SubParsers


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    return {}
