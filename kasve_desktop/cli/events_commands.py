"""``events``: the events, one row each."""

from __future__ import annotations

import argparse
from pathlib import Path

from kasve_desktop.cli.common import (
    EXIT_OK,
    Command,
    SubParsers,
    open_db,
    write_csv,
    write_table,
)
from kasve_desktop.i18n import _, display_date

EVENT_COLUMNS = ("id", "name", "starts", "ends", "place", "register", "participants",
                 "consents")


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    events = commands.add_parser(
        "events", help=_("list the events with their participants and the consents given at "
                         "them"))
    events.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    events.add_argument("--format", dest="events_format", choices=("table", "csv"),
                        default="table")
    return {"events": command_events}


def command_events(args: argparse.Namespace) -> int:
    from kasve_desktop.services.events.events import event_summaries

    db = open_db(args.cmd_db, args.clock)
    try:
        rows = event_summaries(db)
    finally:
        db.close()
    if args.events_format == "csv":
        write_csv([EVENT_COLUMNS, *[(str(r.id), r.name, r.starts_on.isoformat(),
                                    r.ends_on.isoformat() if r.ends_on else "", r.place,
                                    r.register_key, str(r.participants), str(r.consents))
                                   for r in rows]])
    else:
        headers = (_("Id"), _("Name"), _("Starts"), _("Ends"), _("Place"), _("Register"),
                   _("Participants"), _("Consents"))
        write_table([headers, *[(str(r.id), r.name, display_date(r.starts_on),
                                 display_date(r.ends_on), r.place, r.register_key,
                                 str(r.participants), str(r.consents)) for r in rows]])
    return EXIT_OK
