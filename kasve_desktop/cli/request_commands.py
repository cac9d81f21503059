"""``deadline`` and ``requests``: answer-by dates and the request inbox."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from kasve_desktop.cli.common import (
    EXIT_OK,
    Command,
    SubParsers,
    UsageError,
    iso_date,
    open_db,
    write_csv,
    write_table,
)
from kasve_desktop.i18n import _

if TYPE_CHECKING:
    from kasve_desktop.services.listing import RequestRow


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
    _add_requests_parser(commands)
    return {"deadline": command_deadline, "requests": command_requests}


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


REQUEST_COLUMNS = ("reference", "type", "channel", "requester", "received", "due", "extended",
                   "paused_days", "days_left", "status")


def _add_requests_parser(commands: SubParsers) -> None:
    listing = commands.add_parser(
        "requests", help=_("list the open requests (all with --all), the most urgent first"))
    listing.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    listing.add_argument("--all", dest="requests_all", action="store_true",
                         help=_("also the answered, closed and withdrawn requests"))
    listing.add_argument("--today", dest="requests_today", type=iso_date, metavar="DATE",
                         help=_("the day to count from, YYYY-MM-DD (default: today)"))
    listing.add_argument("--format", dest="requests_format", choices=("table", "csv"),
                         default="table")


def command_requests(args: argparse.Namespace) -> int:
    from kasve_desktop.services.requests.intake import inbox_rows

    today = args.requests_today or args.clock.today()
    db = open_db(args.cmd_db, args.clock)
    try:
        rows = inbox_rows(db, today, include_closed=args.requests_all)
    finally:
        db.close()
    if args.requests_format == "csv":
        write_csv([REQUEST_COLUMNS, *[_csv_cells(row, today) for row in rows]])
    else:
        write_table([_table_headers(), *[_table_cells(row) for row in rows]])
    return EXIT_OK


def _csv_cells(row: RequestRow, today: dt.date) -> tuple[str, ...]:
    return (row.reference, row.type, row.channel, row.requester, row.received_on.isoformat(),
            row.due_on.isoformat(), "true" if row.extended else "false", str(row.paused_days),
            str((row.due_on - today).days), row.status)


def _table_headers() -> tuple[str, ...]:
    return (_("Reference"), _("Type"), _("Channel"), _("Requester"), _("Received on"),
            _("Answer by"), _("Extended"), _("Paused (days)"), _("Days left"), _("Status"))


def _table_cells(row: RequestRow) -> tuple[str, ...]:
    from kasve_desktop.domain.vocabulary import (
        CHANNEL_LABELS,
        REQUEST_STATUS_LABELS,
        REQUEST_TYPE_LABELS,
        Channel,
        RequestStatus,
        RequestType,
    )
    from kasve_desktop.i18n import display_date

    return (row.reference, _(REQUEST_TYPE_LABELS[RequestType(row.type)]),
            _(CHANNEL_LABELS[Channel(row.channel)]), row.requester,
            display_date(row.received_on), display_date(row.due_on),
            _("yes") if row.extended else "", str(row.paused_days) if row.paused_days else "",
            "" if row.days_left is None else str(row.days_left),
            _(REQUEST_STATUS_LABELS[RequestStatus(row.status)]))
