"""``deadline`` and ``requests``: answer-by dates and the request inbox."""

from __future__ import annotations

import argparse

from kasve_desktop.cli.common import EXIT_OK, Command, SubParsers, UsageError, iso_date
from kasve_desktop.i18n import _


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    deadline = commands.add_parser(
        "deadline", help=_("the answer-by date of a request received on DATE, explained"))
    deadline.add_argument("received", type=iso_date, metavar="RECEIVED",
                          help=_("the day the request was received, YYYY-MM-DD"))
    deadline.add_argument("--extended", action="store_true",
                          help=_("the date extended to three months from receipt"))
    deadline.add_argument("--asked", type=iso_date, metavar="DATE",
                          help=_("the day an identity or clarification question was sent"))
    deadline.add_argument("--answered", type=iso_date, metavar="DATE",
                          help=_("the day the answer to that question arrived"))
    return {"deadline": command_deadline}


def command_deadline(args: argparse.Namespace) -> int:
    from kasve_desktop.domain.deadline_text import explain

    try:
        explained = explain(args.received, is_extended=args.extended, asked=args.asked,
                            answered=args.answered)
    except ValueError as error:
        raise UsageError(str(error)) from None
    print(explained.due.isoformat())
    for line in explained.lines:
        print(line)
    return EXIT_OK
