"""``init`` and ``check``: create a database, check its integrity."""

from __future__ import annotations

import argparse
from pathlib import Path

from kasve_desktop.cli.common import (
    EXIT_OK,
    EXIT_UNUSABLE,
    Command,
    SubParsers,
    open_db,
    read_passphrase,
)
from kasve_desktop.i18n import _
from kasve_desktop.services.errors import DatabaseExists


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    init = commands.add_parser("init", help=_("create a new encrypted database"))
    init.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    init.add_argument("--demo", dest="cmd_demo", action="store_true",
                      help=_("fill it with the demo content"))
    check = commands.add_parser("check", help=_("check a database's integrity"))
    check.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    check.add_argument("--backup", dest="cmd_backup", type=Path, metavar="FILE",
                       help=_("also compare the audit log with the end of this backup's log"))
    return {"init": command_init, "check": command_check}


def command_init(args: argparse.Namespace) -> int:
    from kasve_desktop.services.database import create_database

    path: Path = args.cmd_db
    if path.exists():
        raise DatabaseExists(path=str(path))
    db = create_database(path, read_passphrase(confirm=True), args.clock)
    try:
        if args.cmd_demo:
            from kasve_desktop.demo.build import build_demo

            build_demo(db, args.clock.today())
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    db.close()
    print(_("Created {path}").format(path=path))
    return EXIT_OK


def command_check(args: argparse.Namespace) -> int:
    from kasve_desktop.services.audit_chain import against_backup, chain_problem
    from kasve_desktop.services.database import check

    db = open_db(args.cmd_db, args.clock)
    try:
        report = check(db)
        against = against_backup(db, args.cmd_backup) if args.cmd_backup else None
    finally:
        db.close()
    for line in check_lines(report):
        print(line)
    problem = chain_problem(against) if against is not None else None
    if against is not None:
        print(_("audit log against the backup: {result}").format(
            result=_("FAILED") + ": " + problem if problem else _("ok")))
    return EXIT_OK if report.ok and not problem else EXIT_UNUSABLE


def check_lines(report: object) -> list[str]:
    from kasve_desktop.services.audit_chain import chain_problem
    from kasve_desktop.services.database import CheckReport

    assert isinstance(report, CheckReport)
    ok, bad = _("ok"), _("FAILED")
    schema = report.schema_revision or "-"
    state = _("current") if report.schema_revision == report.schema_head else _("outdated")
    chain = (_("chain intact") if report.audit_broken_at is None
             else _("chain broken at entry {id}").format(id=report.audit_broken_at))
    lines = [
        _("integrity: {result}").format(
            result=ok if report.integrity == ["ok"] else bad + ": " + "; ".join(report.integrity)),
        _("cipher integrity: {result}").format(
            result=ok if report.cipher_problems == 0
            else bad + f" ({report.cipher_problems})"),
        _("schema: {revision} ({state})").format(revision=schema, state=state),
        _("audit log: {count} entries, {chain}").format(count=report.audit_entries, chain=chain),
    ]
    problem = chain_problem(report.audit_chain) if report.audit_chain else None
    if problem:
        lines.append(_("audit log head: {result}").format(result=bad + ": " + problem))
    return lines
