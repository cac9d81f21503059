"""``access-report``: the Art. 15 answer for one person as a PDF."""

from __future__ import annotations

from kasve_desktop.cli.common import Command, SubParsers


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    return {}
