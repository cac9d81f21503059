"""``transfer export`` and ``transfer import``: events between a laptop and the workstation.

The transfer file's own passphrase comes from ``KASVE_TRANSFER_PASSPHRASE``; the
database's from ``KASVE_PASSPHRASE`` as in the other commands. Each prints one
summary line, in English whatever the language, for scripts to read.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from kasve_desktop.cli.common import (
    EXIT_OK,
    Command,
    Parser,
    SubParsers,
    UsageError,
    open_db,
)
from kasve_desktop.i18n import _

TRANSFER_PASSPHRASE_VARIABLE = "KASVE_TRANSFER_PASSPHRASE"
EXPORT_LINE = "events {events}, persons {persons}, participations {participations}, " \
              "consents {consents}"
IMPORT_LINE = ("new persons {new_persons}, matched persons {matched_persons}, "
               "participations {participations}, consents {consents}, unchanged {unchanged}")
POLICIES = ("keep", "take", "both")


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    transfer = commands.add_parser(
        "transfer", help=_("carry events, their participants and consents between databases "
                           "in an encrypted transfer file"))
    actions = transfer.add_subparsers(dest="transfer_command", parser_class=Parser,
                                      required=True)
    export = actions.add_parser("export", help=_("write events to an encrypted transfer file"))
    export.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    export.add_argument("--event", dest="transfer_events", type=int, action="append",
                        required=True, metavar="ID", help=_("the id of an event to export"))
    export.add_argument("-o", dest="transfer_output", type=Path, required=True, metavar="FILE")
    imported = actions.add_parser("import", help=_("import an encrypted transfer file"))
    imported.add_argument("transfer_file", type=Path, metavar="FILE")
    imported.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    imported.add_argument("--dry-run", dest="dry_run", action="store_true",
                          help=_("check and report only; write nothing"))
    imported.add_argument("--on-conflict", dest="on_conflict", choices=POLICIES,
                          default="keep",
                          help=_("when a matched person's field differs: keep the "
                                 "workstation's value, take the event's, or keep both persons"))
    return {"transfer": command_transfer}


def transfer_passphrase() -> str:
    value = os.environ.get(TRANSFER_PASSPHRASE_VARIABLE)
    if value is None:
        raise UsageError(_("no transfer passphrase: set {name}").format(
            name=TRANSFER_PASSPHRASE_VARIABLE))
    return value


def command_transfer(args: argparse.Namespace) -> int:
    if args.transfer_command == "export":
        return _export(args)
    return _import(args)


def _export(args: argparse.Namespace) -> int:
    from kasve_desktop.services.events import transfer

    key = transfer_passphrase()
    db = open_db(args.cmd_db, args.clock)
    try:
        summary = transfer.export_events(db, args.transfer_events, args.transfer_output, key)
    except transfer.UnknownEvent as error:
        raise UsageError(error.text()) from None
    finally:
        db.close()
    print(EXPORT_LINE.format(events=summary.events, persons=summary.persons,
                             participations=summary.participations, consents=summary.consents))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from kasve_desktop.services.events import transfer

    content = transfer.load_transfer(args.transfer_file, transfer_passphrase())
    db = open_db(args.cmd_db, args.clock)
    try:
        preview = transfer.preview_transfer(db, content)
        policy = transfer.Policy(args.on_conflict)
        summary = (transfer.summarise(preview, policy) if args.dry_run
                   else transfer.apply_transfer(db, preview, policy))
    except transfer.NoticeConflict as error:  # not this database's notice version
        raise UsageError(error.text()) from None
    finally:
        db.close()
    print(IMPORT_LINE.format(new_persons=summary.new_persons,
                             matched_persons=summary.matched_persons,
                             participations=summary.participations, consents=summary.consents,
                             unchanged=summary.unchanged))
    return EXIT_OK
