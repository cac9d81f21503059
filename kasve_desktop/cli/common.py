"""What every subcommand shares: errors, exit codes, the passphrase, dates, output."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeAlias, TypeVar

from kasve_desktop.clock import Clock
from kasve_desktop.i18n import _, ngettext

if TYPE_CHECKING:  # the services pull in SQLAlchemy: imported when a command needs them
    from kasve_desktop.services.database import Database

T = TypeVar("T")

PROG = "kasve-desktop"
PASSPHRASE_VARIABLE = "KASVE_PASSPHRASE"
EXIT_OK, EXIT_ERROR, EXIT_UNUSABLE = 0, 1, 2

Command = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Invalid arguments or dates: exit code 2."""


class Failure(Exception):
    """Any other error the user can act on: exit code 1."""


class Parser(argparse.ArgumentParser):
    """argparse with a one-line error message and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


SubParsers: TypeAlias = "argparse._SubParsersAction[Parser]"


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


def _tell_wait(failures: int, seconds: int) -> None:
    print(f"{PROG}: " + ngettext(
        "Wrong passphrase {count} time in a row: waiting {seconds} s before trying.",
        "Wrong passphrase {count} times in a row: waiting {seconds} s before trying.",
        failures).format(count=failures, seconds=seconds), file=sys.stderr, flush=True)


def counted(database: Path, attempt: Callable[[], T]) -> T:
    """``attempt()`` with the passphrase of ``database``: after the third wrong passphrase
    in a row each try waits first (told on standard error); wrong ones are counted."""
    from kasve_desktop.services.safety.unlocking import guarded

    return guarded(database, attempt, waiting=_tell_wait)


def open_db(path: Path, clock: Clock) -> Database:
    """The database at ``path``, unlocked with ``read_passphrase`` (``counted``)."""
    from kasve_desktop.services.database import read_only_notice
    from kasve_desktop.services.safety.unlocking import unlock_counted

    db = unlock_counted(path, read_passphrase(confirm=False), clock, waiting=_tell_wait)
    notice = read_only_notice(db)  # told once, on stderr: the output stays clean
    if notice is not None:
        print(f"{PROG}: {notice}", file=sys.stderr)
    return db


def iso_date(value: str) -> dt.date:
    """A date written YYYY-MM-DD (argparse turns the error into exit code 2)."""
    try:
        if len(value) != len("YYYY-MM-DD"):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("invalid date {value}: write it as YYYY-MM-DD").format(value=value)) from None


def write_csv(rows: Sequence[Sequence[str]]) -> None:
    """The rows as CSV on standard output, every cell safe to open in a spreadsheet."""
    import csv

    from kasve_desktop.domain.spreadsheet import safe_rows

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerows(safe_rows(rows))


def write_table(rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
              .rstrip())
