"""``backup``, ``restore`` and ``passphrase``: a verified encrypted copy, putting one back,
and a new passphrase.

``backup --db PATH -o FILE`` prints one line naming the file and what it holds.
``passphrase --db PATH`` re-encrypts the database under ``KASVE_NEW_PASSPHRASE``.
``restore FILE --db PATH [--yes]`` prints what the backup holds, asks before replacing
(``--yes`` answers; without a terminal the answer must be given so), makes a checked
safety copy of the database it replaces, and ends with the ``check`` of the result:
exit 0 when it passes, 2 when the backup is unusable or the result fails its check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kasve_desktop.cli.common import (
    EXIT_OK,
    EXIT_UNUSABLE,
    Command,
    SubParsers,
    UsageError,
    counted,
    open_db,
    read_passphrase,
)
from kasve_desktop.i18n import _, display_number

SHOWN_TABLES = (("register", "registers"), ("person", "persons"), ("request", "requests"),
                ("document", "documents"))


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    backup = commands.add_parser("backup", help=_("write a verified encrypted backup"))
    backup.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    backup.add_argument("-o", dest="output", type=Path, required=True, metavar="FILE")
    restore = commands.add_parser("restore", help=_("replace a database by a backup"))
    restore.add_argument("backup_file", type=Path, metavar="FILE")
    restore.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    restore.add_argument("--yes", action="store_true",
                         help=_("replace without asking"))
    change = commands.add_parser(
        "passphrase", help=_("change the passphrase (the new one from KASVE_NEW_PASSPHRASE)"))
    change.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    return {"backup": command_backup, "restore": command_restore, "passphrase": command_passphrase}


def _holds(rows: object) -> str:
    from kasve_desktop.services.safety.backups import BackupContents

    assert isinstance(rows, BackupContents)
    return _("registers {registers}, persons {persons}, requests {requests}, "
             "documents {documents}").format(**{
                 name: display_number(rows.count(table)) for table, name in SHOWN_TABLES})


def command_backup(args: argparse.Namespace) -> int:
    from kasve_desktop.services.safety.backups import backup

    db = open_db(args.cmd_db, args.clock)
    try:
        written = backup(db, args.output)
    finally:
        db.close()
    print(_("Backup written and verified: {path} ({holds})").format(
        path=written.path, holds=_holds(written)))
    return EXIT_OK


def _confirmed(args: argparse.Namespace) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError(_("restoring replaces {path}: add --yes to confirm").format(
            path=args.cmd_db))
    answer = input(_("Replace {path} with this backup? [y/N] ").format(path=args.cmd_db))
    return answer.strip().lower() in {"y", "yes", _("y"), _("yes")}


def command_restore(args: argparse.Namespace) -> int:
    from kasve_desktop.cli.database_commands import check_lines
    from kasve_desktop.clock import local_time
    from kasve_desktop.i18n import display_date
    from kasve_desktop.services.safety.backups import inspect, restore

    passphrase = read_passphrase(confirm=False)
    contents = inspect(args.backup_file, passphrase)
    last = contents.last_audit
    print(_("Backup {path}: {holds}").format(path=args.backup_file, holds=_holds(contents)))
    if last is not None:
        local = local_time(last)
        print(_("last change recorded: {date} {time}").format(
            date=display_date(local.date()), time=local.strftime("%H.%M")))
    if not _confirmed(args):
        print(_("Nothing was restored."))
        return EXIT_OK
    restored = restore(args.backup_file, args.cmd_db, passphrase, args.clock)
    if restored.safety is not None:
        print(_("The database it replaced was copied to {path}").format(path=restored.safety))
    print(_("Restored {path}").format(path=args.cmd_db))
    for line in check_lines(restored.report):
        print(line)
    return EXIT_OK if restored.report.ok else EXIT_UNUSABLE


NEW_PASSPHRASE_VARIABLE = "KASVE_NEW_PASSPHRASE"


def command_passphrase(args: argparse.Namespace) -> int:
    """The old passphrase as for every command, the new one from ``KASVE_NEW_PASSPHRASE``."""
    import os

    from kasve_desktop.cli.database_commands import check_lines
    from kasve_desktop.services.errors import DatabaseMissing
    from kasve_desktop.services.safety.backups import new_passphrase

    new = os.environ.get(NEW_PASSPHRASE_VARIABLE)
    if new is None:
        raise UsageError(_("no new passphrase: set {name}").format(name=NEW_PASSPHRASE_VARIABLE))
    if not args.cmd_db.is_file():
        raise DatabaseMissing(path=str(args.cmd_db))
    old = read_passphrase(confirm=False)
    report = counted(args.cmd_db, lambda: new_passphrase(args.cmd_db, old, new, args.clock))
    print(_("The passphrase of {path} was changed.").format(path=args.cmd_db))
    for line in check_lines(report):
        print(line)
    return EXIT_OK if report.ok else EXIT_UNUSABLE
