"""``notice``: the privacy notice as PDF or HTML."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kasve_desktop import i18n
from kasve_desktop.cli.common import (
    EXIT_OK,
    Command,
    SubParsers,
    UsageError,
    read_passphrase,
)
from kasve_desktop.i18n import _
from kasve_desktop.paths import write_private


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    _add_notice_parser(commands)
    return {"notice": command_notice}


def _add_notice_parser(commands: SubParsers) -> None:
    notice = commands.add_parser("notice", help=_("write the privacy notice as PDF or HTML"))
    notice.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    notice.add_argument("--register", dest="registers", action="extend", nargs="+",
                        metavar="KEY", help=_("the registers it covers (default: all)"))
    notice.add_argument("--lang", dest="notice_lang", choices=i18n.LANGUAGES, default="fi")
    notice.add_argument("--version", dest="notice_version", type=int, metavar="N",
                        help=_("a published version instead of the current draft"))
    notice.add_argument("--format", dest="notice_format", choices=("pdf", "html"),
                        default="pdf")
    notice.add_argument("-o", dest="output", type=Path, required=True, metavar="FILE")


def command_notice(args: argparse.Namespace) -> int:
    from kasve_desktop.services.database import unlock
    from kasve_desktop.services.registers import notice

    if args.notice_version is not None and args.registers:
        raise UsageError(_("--register cannot be used with --version: a published version "
                           "covers the registers it was published with"))
    db = unlock(args.cmd_db, read_passphrase(confirm=False), args.clock)
    try:
        content, untranslated = _notice_content(db, args)
    except notice.NoticeError as error:
        raise UsageError(error.text()) from None
    finally:
        db.close()
    write_private(args.output, content)
    if untranslated:
        print(_("warning: these parts have no translation and are printed in Finnish: {parts}")
              .format(parts="; ".join(untranslated)), file=sys.stderr)
    return EXIT_OK


def _notice_content(db: object, args: argparse.Namespace) -> tuple[bytes, tuple[str, ...]]:
    from kasve_desktop.services.database import Database
    from kasve_desktop.services.registers import notice

    assert isinstance(db, Database)
    lang, version, keys = args.notice_lang, args.notice_version, args.registers
    shown = (notice.published_notice(db, version, lang) if version is not None
             else notice.build_notice(db, lang, keys))
    if args.notice_format == "html":
        return notice.notice_html(db, lang, keys, version).encode("utf-8"), shown.untranslated
    return notice.notice_pdf(db, lang, keys, version), shown.untranslated
