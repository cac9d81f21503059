"""``deadline`` and ``requests``: answer-by dates and the request inbox."""

from __future__ import annotations

from kasve_desktop.cli.common import Command, SubParsers


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    return {}
