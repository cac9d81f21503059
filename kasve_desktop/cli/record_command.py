"""``record``: the record of processing activities (Art. 30) as PDF or XLSX.

The current record freezes a new version (drawn up today) when the registers have
changed since the latest one; ``--version N`` prints a frozen version from its
own facts. A Swedish or English record prints a text not yet translated in
Finnish, marked, and a warning names those parts (as ``notice`` does). Exit codes
as every command: 0 written, 2 refused (no registers, no controller, an unknown
version) or unusable database, 1 other errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kasve_desktop import i18n
from kasve_desktop.cli.common import EXIT_OK, Command, SubParsers, UsageError, open_db
from kasve_desktop.i18n import _
from kasve_desktop.paths import write_private


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    record = commands.add_parser(
        "record", help=_("write the record of processing activities (Art. 30) as PDF or "
                         "XLSX"))
    record.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    record.add_argument("--lang", dest="record_lang", choices=i18n.LANGUAGES, default="fi",
                        help=_("the record's language (default: Finnish)"))
    record.add_argument("--format", dest="record_format", choices=("pdf", "xlsx"),
                        default="pdf")
    record.add_argument("--version", dest="record_version", type=int, metavar="N",
                        help=_("a frozen version instead of the current record"))
    record.add_argument("-o", dest="output", type=Path, required=True, metavar="FILE")
    return {"record": command_record}


def command_record(args: argparse.Namespace) -> int:
    from kasve_desktop.services.registers import record

    db = open_db(args.cmd_db, args.clock)
    try:
        built = record.record_document(db, args.record_lang, args.record_format,
                                       args.clock.today(), args.record_version)
    except record.RecordError as error:
        raise UsageError(error.text()) from None
    finally:
        db.close()
    write_private(args.output, built.content)
    if built.untranslated:
        print(_("warning: these parts have no translation and are printed in Finnish: {parts}")
              .format(parts="; ".join(built.untranslated)), file=sys.stderr)
    return EXIT_OK
