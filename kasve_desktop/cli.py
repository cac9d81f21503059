"""The command line: the same services as the window, for scripts and backups.

``kasve-desktop`` with no subcommand opens the window. Exit codes, the same for
every subcommand: 0 ok; 2 wrong passphrase, unusable database, or invalid
arguments or dates (one line on stderr, nothing changed); 1 any other error.
Never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from kasve_desktop import __version__, i18n
from kasve_desktop.domain.passphrase import PassphraseError
from kasve_desktop.i18n import _
from kasve_desktop.store.errors import DatabaseExists, DatabaseUnwritable, StoreError

PROG = "kasve-desktop"
PASSPHRASE_VARIABLE = "KASVE_PASSPHRASE"
EXIT_OK, EXIT_ERROR, EXIT_UNUSABLE = 0, 1, 2


class UsageError(Exception):
    """Invalid arguments or dates: exit code 2."""


class Failure(Exception):
    """Any other error the user can act on: exit code 1."""


class Parser(argparse.ArgumentParser):
    """argparse with a one-line error message and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> Parser:
    parser = Parser(prog=PROG, description=_("Kasve Desktop: GDPR registers and requests."))
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _add_window_options(parser)
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    init = commands.add_parser("init", help=_("create a new encrypted database"))
    init.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    init.add_argument("--demo", dest="cmd_demo", action="store_true",
                      help=_("fill it with the demo content"))
    check = commands.add_parser("check", help=_("check a database's integrity"))
    check.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    _add_notice_parser(commands)
    _add_persons_parser(commands)
    _add_import_parser(commands)
    _add_retention_parser(commands)
    return parser


def _add_notice_parser(commands: argparse._SubParsersAction[Parser]) -> None:
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


def _add_persons_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    persons = commands.add_parser("persons", help=_("list the people, or those a search finds"))
    persons.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    persons.add_argument("--search", dest="search", default="", metavar="TEXT")
    persons.add_argument("--format", dest="persons_format", choices=("table", "csv"),
                         default="table")


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="PATH", help=_("the database file to open"))
    parser.add_argument("--demo", action="store_true",
                        help=_("open a fresh demo database (passphrase: demo)"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_("language of the interface"))


def read_passphrase(*, confirm: bool) -> str:
    """The passphrase from ``KASVE_PASSPHRASE``, a prompt, or one line of standard input."""
    value = os.environ.get(PASSPHRASE_VARIABLE)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UsageError(_("no passphrase: set {name} or type it at the prompt")
                             .format(name=PASSPHRASE_VARIABLE))
        return line.rstrip("\r\n")
    first = getpass.getpass(_("Passphrase: "))
    if confirm and getpass.getpass(_("Passphrase again: ")) != first:
        raise UsageError(_("the passphrases do not match"))
    return first


def command_init(args: argparse.Namespace) -> int:
    from kasve_desktop.services.database import create_database

    path: Path = args.cmd_db
    if path.exists():
        raise DatabaseExists(path=str(path))
    db = create_database(path, read_passphrase(confirm=True))
    try:
        if args.cmd_demo:
            from kasve_desktop.services.demo import build_demo

            build_demo(db, dt.date.today())
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    db.close()
    print(_("Created {path}").format(path=path))
    return EXIT_OK


def command_check(args: argparse.Namespace) -> int:
    from kasve_desktop.services.database import check, unlock

    db = unlock(args.cmd_db, read_passphrase(confirm=False))
    try:
        report = check(db)
    finally:
        db.close()
    for line in _check_lines(report):
        print(line)
    return EXIT_OK if report.ok else EXIT_UNUSABLE


def _check_lines(report: object) -> list[str]:
    from kasve_desktop.services.database import CheckReport

    assert isinstance(report, CheckReport)
    ok, bad = _("ok"), _("FAILED")
    schema = report.schema_revision or "-"
    state = _("current") if report.schema_revision == report.schema_head else _("outdated")
    chain = (_("chain intact") if report.audit_broken_at is None
             else _("chain broken at entry {id}").format(id=report.audit_broken_at))
    return [
        _("integrity: {result}").format(
            result=ok if report.integrity == ["ok"] else bad + ": " + "; ".join(report.integrity)),
        _("cipher integrity: {result}").format(
            result=ok if report.cipher_problems == 0
            else bad + f" ({report.cipher_problems})"),
        _("schema: {revision} ({state})").format(revision=schema, state=state),
        _("audit log: {count} entries, {chain}").format(count=report.audit_entries, chain=chain),
    ]


def command_notice(args: argparse.Namespace) -> int:
    from kasve_desktop.services import notice
    from kasve_desktop.services.database import unlock

    if args.notice_version is not None and args.registers:
        raise UsageError(_("--register cannot be used with --version: a published version "
                           "covers the registers it was published with"))
    db = unlock(args.cmd_db, read_passphrase(confirm=False))
    try:
        content, untranslated = _notice_content(db, args)
    except notice.NoticeError as error:
        raise UsageError(error.translated()) from None
    finally:
        db.close()
    args.output.write_bytes(content)
    if untranslated:
        print(_("warning: these parts have no translation and are printed in Finnish: {parts}")
              .format(parts="; ".join(untranslated)), file=sys.stderr)
    return EXIT_OK


def _notice_content(db: object, args: argparse.Namespace) -> tuple[bytes, tuple[str, ...]]:
    from kasve_desktop.services import notice
    from kasve_desktop.store.engine import Database

    assert isinstance(db, Database)
    lang, version, keys = args.notice_lang, args.notice_version, args.registers
    shown = (notice.published_notice(db, version, lang) if version is not None
             else notice.build_notice(db, lang, keys))
    if args.notice_format == "html":
        return notice.notice_html(db, lang, keys, version).encode("utf-8"), shown.untranslated
    return notice.notice_pdf(db, lang, keys, version), shown.untranslated


PERSON_COLUMNS = ("name", "emails", "phones", "organisation", "municipality", "registers")


def command_persons(args: argparse.Namespace) -> int:
    from kasve_desktop.services.database import unlock
    from kasve_desktop.services.search import search_all

    db = unlock(args.cmd_db, read_passphrase(confirm=False))
    try:
        rows = search_all(db, args.search)
    finally:
        db.close()
    if args.persons_format == "csv":
        _write_csv([PERSON_COLUMNS, *[_person_cells(row, "; ", e164=True) for row in rows]])
    else:
        _write_table([_person_headers(), *[_person_cells(row, ", ") for row in rows]])
    return EXIT_OK


def _person_headers() -> tuple[str, ...]:
    return (_("Name"), _("E-mail addresses"), _("Phone numbers"), _("Organisation"),
            _("Municipality"), _("Registers"))


def _person_cells(row: object, joiner: str, *, e164: bool = False) -> tuple[str, ...]:
    from kasve_desktop.services.listing import PersonRow, display_phone

    assert isinstance(row, PersonRow)
    phones = row.phones if e164 else tuple(display_phone(p) for p in row.phones)
    return (row.name, joiner.join(row.emails), joiner.join(phones), row.organisation,
            row.municipality, joiner.join(row.register_keys))


def _write_csv(rows: Sequence[Sequence[str]]) -> None:
    import csv

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerows(rows)


def _write_table(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
              .rstrip())


def _add_import_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    command = commands.add_parser(
        "import", help=_("import people from a CSV or XLSX file into a register"))
    command.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    command.add_argument("import_file", type=Path, metavar="FILE")
    command.add_argument("--register", dest="import_register", required=True, metavar="KEY",
                         help=_("the register the people are added to"))
    command.add_argument("--dry-run", dest="dry_run", action="store_true",
                         help=_("check and report only; write nothing"))
    command.add_argument("--skip-invalid", dest="skip_invalid", action="store_true",
                         help=_("import the valid rows even if some rows are invalid"))


def command_import(args: argparse.Namespace) -> int:
    from kasve_desktop.services.database import unlock

    db = unlock(args.cmd_db, read_passphrase(confirm=False))
    try:
        return _import(db, args)
    finally:
        db.close()


def _import(db: object, args: argparse.Namespace) -> int:
    from kasve_desktop.i18n import ngettext
    from kasve_desktop.services import importing
    from kasve_desktop.services.import_report import report_lines, summary_lines
    from kasve_desktop.store.engine import Database

    assert isinstance(db, Database)
    try:
        importing.find_register(db, args.import_register)
        table = importing.read_table(args.import_file)
    except importing.UnknownRegister:
        raise UsageError(_("no register has the key {key}").format(
            key=args.import_register)) from None
    except importing.ImportUnreadable as error:
        raise Failure(_("cannot read {file}: {reason}").format(
            file=args.import_file, reason=error.text())) from None
    plan = importing.plan_import(db, table, args.import_register)
    summary = importing.summarise(plan)
    if not (args.dry_run or plan.column_problems or (summary.rejected and not args.skip_invalid)):
        try:
            summary = importing.apply_import(db, plan, skip_invalid=args.skip_invalid)
        except importing.ImportRejected as rejected:
            summary = rejected.summary
    for line in report_lines(summary) + summary_lines(summary):
        print(line)
    if plan.column_problems:
        raise Failure(_("the columns cannot be imported: nothing was written"))
    if summary.rejected and not args.skip_invalid:
        count = len(summary.rejected)
        raise Failure(ngettext("{count} row is invalid: nothing was written",
                               "{count} rows are invalid: nothing was written",
                               count).format(count=count))
    if args.dry_run:
        print(_("dry run: nothing was written"))
    return EXIT_OK


def _add_retention_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    retention = commands.add_parser(
        "retention", help=_("list the register entries due for deletion; --erase erases them"))
    retention.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    retention.add_argument("--today", dest="retention_today", type=_iso_date, metavar="DATE",
                           help=_("the day to count from, YYYY-MM-DD (default: today)"))
    retention.add_argument("--erase", dest="retention_erase", action="store_true",
                           help=_("erase the entries listed (cannot be undone)"))


def _iso_date(value: str) -> dt.date:
    """A date written YYYY-MM-DD (argparse turns the error into exit code 2)."""
    try:
        if len(value) != len("YYYY-MM-DD"):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("invalid date {value}: write it as YYYY-MM-DD").format(value=value)) from None


def _retention_lines(groups: Sequence[object], held: int) -> list[str]:
    from kasve_desktop.i18n import ngettext
    from kasve_desktop.services.retention import DueGroup

    lines, total = [], 0
    for group in groups:
        assert isinstance(group, DueGroup)
        lines.append(f"{group.register_key} ({len(group.entries)})")
        total += len(group.entries)
        lines += [f"  {e.due_on.isoformat()}  {e.person}  " + _(
            "collected {collected}, last needed {last_needed}").format(
            collected=e.collected_on.isoformat() if e.collected_on else "-",
            last_needed=e.last_needed_on.isoformat() if e.last_needed_on else "-")
            for e in group.entries]
    lines.append(ngettext("{count} entry due for deletion", "{count} entries due for deletion",
                          total).format(count=total))
    if held:
        lines.append(ngettext("{count} entry past its date is kept under a legal hold",
                              "{count} entries past their date are kept under a legal hold",
                              held).format(count=held))
    return lines


def _erasure_lines(summary: object) -> list[str]:
    from kasve_desktop.i18n import ngettext
    from kasve_desktop.services.retention import RetentionSummary

    assert isinstance(summary, RetentionSummary)
    lines = [_("erased from {register}: {count}").format(register=c.register_key, count=c.count)
             for c in summary.erased]
    lines.append(ngettext("{count} entry erased", "{count} entries erased",
                          summary.total_erased).format(count=summary.total_erased))
    lines.append(ngettext("{count} person removed: no entries left",
                          "{count} people removed: no entries left",
                          summary.persons_removed).format(count=summary.persons_removed))
    lines += [_("kept for an open request, no entries left: {name}").format(name=name)
              for name in summary.kept_for_requests]
    lines += [_("kept under a legal hold in {register}: {count}").format(
        register=c.register_key, count=c.count) for c in summary.held]
    return lines


def command_retention(args: argparse.Namespace) -> int:
    from kasve_desktop.services import retention
    from kasve_desktop.services.database import unlock

    today = args.retention_today or dt.date.today()
    db = unlock(args.cmd_db, read_passphrase(confirm=False))
    try:
        groups = retention.due_by_register(db, today)
        held = len(retention.held_past_due(db, today))
        for line in _retention_lines(groups, held):
            print(line)
        if args.retention_erase:
            for line in _erasure_lines(retention.erase_due(db, today)):
                print(line)
    finally:
        db.close()
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": command_init,
    "check": command_check,
    "notice": command_notice,
    "persons": command_persons,
    "import": command_import,
    "retention": command_retention,
}


def _run(args: argparse.Namespace) -> int:
    if args.command is None:
        from kasve_desktop.gui.app import run_window

        return run_window(args.db, args.demo)
    return COMMANDS[args.command](args)


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (or the window) and return the exit code."""
    try:
        args = build_parser().parse_args(argv)
        if args.lang:
            i18n.set_language(args.lang)
        return _run(args)
    except UsageError as error:
        return _fail(str(error), EXIT_UNUSABLE)
    except PassphraseError as error:
        return _fail(_(error.message), EXIT_UNUSABLE)
    except (DatabaseExists, DatabaseUnwritable) as error:
        return _fail(error.translated(), EXIT_ERROR)
    except StoreError as error:
        return _fail(error.translated(), EXIT_UNUSABLE)
    except Failure as error:
        return _fail(str(error), EXIT_ERROR)
    except KeyboardInterrupt:
        return _fail(_("interrupted"), EXIT_ERROR)
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except OSError as error:
        return _fail(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "), EXIT_ERROR)
    except Exception as error:  # our bug: one line, never a traceback
        return _fail(_("unexpected error: {error}").format(
            error=f"{type(error).__name__}: {error}"), EXIT_ERROR)


def gui_main() -> int:
    """Entry point of ``kasve-desktop-gui``: window options only."""
    parser = Parser(prog="kasve-desktop-gui")
    _add_window_options(parser)
    try:
        args = parser.parse_args()
    except UsageError as error:
        return _fail(str(error), EXIT_UNUSABLE)
    if args.lang:
        i18n.set_language(args.lang)
    from kasve_desktop.gui.app import run_window

    return run_window(args.db, args.demo)


if __name__ == "__main__":
    sys.exit(main())
