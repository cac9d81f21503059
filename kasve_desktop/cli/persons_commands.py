"""``persons``, ``import`` and ``retention``: the people and their register entries."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from kasve_desktop.cli.common import (
    EXIT_OK,
    Command,
    Failure,
    SubParsers,
    UsageError,
    iso_date,
    open_db,
    write_csv,
    write_table,
)
from kasve_desktop.i18n import N_, _


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    _add_persons_parser(commands)
    _add_import_parser(commands)
    _add_retention_parser(commands)
    return {"persons": command_persons, "import": command_import,
            "retention": command_retention}


def _add_persons_parser(commands: SubParsers) -> None:
    persons = commands.add_parser("persons", help=_("list the people, or those a search finds"))
    persons.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    persons.add_argument("--search", dest="search", default="", metavar="TEXT")
    persons.add_argument("--format", dest="persons_format", choices=("table", "csv"),
                         default="table")


PERSON_COLUMNS = ("name", "emails", "phones", "organisation", "municipality", "registers")


def command_persons(args: argparse.Namespace) -> int:
    from kasve_desktop.services.people.search import search_all

    db = open_db(args.cmd_db, args.clock)
    try:
        rows = search_all(db, args.search)
    finally:
        db.close()
    if args.persons_format == "csv":
        write_csv([PERSON_COLUMNS, *[_person_cells(row, "; ", e164=True) for row in rows]])
    else:
        write_table([_person_headers(), *[_person_cells(row, ", ") for row in rows]])
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


def _add_import_parser(commands: SubParsers) -> None:
    command = commands.add_parser(
        "import", help=_("import people from a CSV or XLSX file into a register"))
    command.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    command.add_argument("import_file", type=Path, metavar="FILE")
    command.add_argument("--register", dest="import_register", metavar="KEY",
                         help=_("the register the people are added to"))
    command.add_argument("--event", dest="import_event", type=int, metavar="ID",
                         help=_("also sign the people up for the event ID (as listed by "
                                "events); without --register they go into its register"))
    command.add_argument("--dry-run", dest="dry_run", action="store_true",
                         help=_("check and report only; write nothing"))
    command.add_argument("--skip-invalid", dest="skip_invalid", action="store_true",
                         help=_("import the valid rows even if some rows are invalid"))


def command_import(args: argparse.Namespace) -> int:
    if args.import_register is None and args.import_event is None:
        raise UsageError(_("name the register with --register KEY or the event with --event ID"))
    db = open_db(args.cmd_db, args.clock)
    try:
        return _import(db, args)
    finally:
        db.close()


def _import(db: object, args: argparse.Namespace) -> int:
    from kasve_desktop.clock import local_date
    from kasve_desktop.i18n import ngettext
    from kasve_desktop.services.database import Database
    from kasve_desktop.services.people import importing
    from kasve_desktop.services.people.import_report import report_lines, summary_lines

    assert isinstance(db, Database)
    key = _import_register(db, args)
    try:
        importing.find_register(db, key)
        table = importing.read_table(args.import_file)
    except importing.UnknownRegister:
        raise UsageError(_("no register has the key {key}").format(key=key)) from None
    except importing.ImportUnreadable as error:
        raise Failure(_("cannot read {file}: {reason}").format(
            file=args.import_file, reason=error.text())) from None
    plan = importing.plan_import(db, table, key, event_id=args.import_event)
    summary = importing.summarise(plan)
    if not (args.dry_run or plan.column_problems or (summary.rejected and not args.skip_invalid)):
        try:
            now = args.clock.now()
            summary = importing.apply_import(db, plan, skip_invalid=args.skip_invalid,
                                             today=local_date(now), now=now)
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


def _import_register(db: object, args: argparse.Namespace) -> str:
    """The ``--register`` given, else the register of the ``--event`` (exit 2 if none)."""
    from kasve_desktop.services.database import Database
    from kasve_desktop.services.people.import_participants import EventNotFound, find_event

    assert isinstance(db, Database)
    if args.import_event is None:
        return str(args.import_register)
    try:
        event = find_event(db, args.import_event)
    except EventNotFound:
        raise UsageError(_("no event has the id {id}").format(id=args.import_event)) from None
    return str(args.import_register or event.register_key)


def _add_retention_parser(commands: SubParsers) -> None:
    retention = commands.add_parser(
        "retention", help=_("list the register entries and request records due for deletion; "
               "--erase erases them"))
    retention.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    retention.add_argument("--today", dest="retention_today", type=iso_date, metavar="DATE",
                           help=_("the day to count from, YYYY-MM-DD (default: today)"))
    retention.add_argument("--erase", dest="retention_erase", action="store_true",
                           help=_("erase the entries listed (cannot be undone)"))


def _retention_lines(groups: Sequence[object], held: int) -> list[str]:
    from kasve_desktop.i18n import ngettext
    from kasve_desktop.services.people.retention import DueGroup

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
    from kasve_desktop.services.people.retention import RetentionSummary

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
    lines += [_("kept only the data kept longer by their own rule in {register}: {count}")
              .format(register=c.register_key, count=c.count) for c in summary.trimmed]
    return lines


RECORD_ENDS = {"answered": N_("answered {date}"), "closed": N_("closed {date}"),
               "withdrawn": N_("withdrawn {date}")}


def _record_lines(records: Sequence[object]) -> list[str]:
    """The request records due, after the register entries (only when there are any)."""
    from kasve_desktop.services.people.request_records import DueRecord

    if not records:
        return []
    lines = [_("requests ({count})").format(count=len(records))]
    for record in records:
        assert isinstance(record, DueRecord)
        ended = _(RECORD_ENDS[record.ended]).format(date=record.ended_on.isoformat())
        lines.append(f"  {record.due_on.isoformat()}  {record.reference}  "
                     f"{record.requester or '-'}  {ended}")
    return lines


def _records_erased_lines(summary: object) -> list[str]:
    from kasve_desktop.i18n import ngettext
    from kasve_desktop.services.people.retention import RetentionSummary

    assert isinstance(summary, RetentionSummary)
    count = len(summary.request_records)
    return [ngettext("{count} request record erased", "{count} request records erased",
                     count).format(count=count)]


def command_retention(args: argparse.Namespace) -> int:
    from kasve_desktop.services.people import retention
    from kasve_desktop.services.people.request_records import due_request_records

    today = args.retention_today or args.clock.today()
    db = open_db(args.cmd_db, args.clock)
    try:
        groups = retention.due_by_register(db, today)
        held = retention.held_count(db, today)
        records = _record_lines(due_request_records(db, today))
        for line in _retention_lines(groups, held):
            print(line)
        summary = retention.erase_due(db, today) if args.retention_erase else None
        lines = records if summary is None else [
            *_erasure_lines(summary), *records, *_records_erased_lines(summary)]
        for line in lines:
            print(line)
    finally:
        db.close()
    return EXIT_OK
