"""``notice``: the privacy notice as PDF or HTML, or its completeness check.

``notice --check`` prints one line per item A–N (``A ok`` or ``C missing: …``) and
one per open flag (``flag <code>: <reason>``), and exits 0 when the notice is
clean, 3 when it is not, 2 on errors.
"""

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
    open_db,
)
from kasve_desktop.i18n import _
from kasve_desktop.paths import write_private

EXIT_GAPS = 3
"""``notice --check``: an item is missing or a flag is open."""


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    _add_notice_parser(commands)
    return {"notice": command_notice}


def _add_notice_parser(commands: SubParsers) -> None:
    notice = commands.add_parser("notice", help=_("write the privacy notice as PDF or HTML"))
    notice.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    notice.add_argument("--register", dest="registers", action="extend", nargs="+",
                        metavar="KEY", help=_("the registers it covers (default: all)"))
    notice.add_argument("--lang", dest="notice_lang", choices=i18n.LANGUAGES, default=None,
                        help=_("the notice's language (default: Finnish; with --check, all "
                               "three)"))
    notice.add_argument("--version", dest="notice_version", type=int, metavar="N",
                        help=_("a published version instead of the current draft"))
    notice.add_argument("--format", dest="notice_format", choices=("pdf", "html"),
                        default="pdf")
    notice.add_argument("--check", dest="notice_check", action="store_true",
                        help=_("print the completeness check instead of writing the notice"))
    notice.add_argument("-o", dest="output", type=Path, metavar="FILE")


def command_notice(args: argparse.Namespace) -> int:
    from kasve_desktop.services.registers import notice

    if args.notice_version is not None and args.registers:
        raise UsageError(_("--register cannot be used with --version: a published version "
                           "covers the registers it was published with"))
    if args.notice_check:
        return _command_check(args)
    if args.output is None:
        raise UsageError(_("-o FILE is needed to write the notice"))
    args.notice_lang = args.notice_lang or "fi"
    db = open_db(args.cmd_db, args.clock)
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
    return notice.notice_pdf(db, lang, keys, version, args.clock.today()), shown.untranslated


def _command_check(args: argparse.Namespace) -> int:
    from kasve_desktop.services.registers import notice

    languages = (args.notice_lang,) if args.notice_lang else i18n.LANGUAGES
    db = open_db(args.cmd_db, args.clock)
    try:
        checked = notice.notice_check(db, args.registers, args.notice_version, languages)
    except notice.NoticeError as error:
        raise UsageError(error.text()) from None
    finally:
        db.close()
    for line in checked.lines(_):
        print(line)
    return EXIT_OK if checked.clean else EXIT_GAPS
