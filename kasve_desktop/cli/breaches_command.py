"""``breaches``: the breach register (GDPR Art. 33(5)), the newest discovery first.

The CSV is a contract for users' scripts: the header ``CSV_COLUMNS``, instants in
ISO 8601 with the Helsinki offset to the second, the risk ``none|risk|high`` (empty
while unassessed), the notified columns empty until done, the approximate number of
persons concerned (empty if unknown) and the status code (``BreachStatus``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from kasve_desktop.cli.common import EXIT_OK, Command, SubParsers, open_db, write_csv, write_table
from kasve_desktop.clock import local_time
from kasve_desktop.i18n import _

if TYPE_CHECKING:
    from kasve_desktop.services.breaches import BreachRow

CSV_COLUMNS = ("reference", "discovered", "notify_by", "risk", "notified_authority",
               "notified_persons", "persons", "status")


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    listing = commands.add_parser(
        "breaches", help=_("list the personal-data breaches, the newest discovery first"))
    listing.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    listing.add_argument("--format", dest="breaches_format", choices=("table", "csv"),
                         default="table")
    return {"breaches": command_breaches}


def command_breaches(args: argparse.Namespace) -> int:
    from kasve_desktop.services.breaches import list_breaches

    now = args.clock.now()
    db = open_db(args.cmd_db, args.clock)
    try:
        rows = list_breaches(db, now)
    finally:
        db.close()
    if args.breaches_format == "csv":
        write_csv([CSV_COLUMNS, *[csv_cells(row) for row in rows]])
    else:
        write_table([_table_headers(), *[_table_cells(row) for row in rows]])
    return EXIT_OK


def iso(instant: dt.datetime | None) -> str:
    """``2027-03-27T22:00:00+02:00``: Helsinki time to the second; empty for None."""
    return "" if instant is None else local_time(instant).isoformat(timespec="seconds")


def csv_cells(row: BreachRow) -> tuple[str, ...]:
    return (row.reference, iso(row.discovered_at), iso(row.notify_by),
            row.risk.value if row.risk is not None else "", iso(row.authority_notified_at),
            iso(row.persons_notified_at),
            "" if row.persons_count is None else str(row.persons_count), row.status.value)


def _table_headers() -> tuple[str, ...]:
    return (_("Reference"), _("Discovered"), _("Notify by"), _("Risk"),
            _("Authority notified"), _("Persons told"), _("Persons"), _("Status"),
            _("Hours left"), _("Title"))


def _shown(instant: dt.datetime | None) -> str:
    from kasve_desktop.i18n import display_datetime

    return "" if instant is None else display_datetime(local_time(instant))


def _table_cells(row: BreachRow) -> tuple[str, ...]:
    from kasve_desktop.services.breaches import risk_label, status_label

    late = " (" + _("late") + ")" if row.late else ""
    return (row.reference, _shown(row.discovered_at), _shown(row.notify_by),
            risk_label(row.risk), _shown(row.authority_notified_at),
            _shown(row.persons_notified_at),
            "" if row.persons_count is None else str(row.persons_count),
            status_label(row.status) + late,
            "" if row.hours_left is None else str(row.hours_left), row.title)
