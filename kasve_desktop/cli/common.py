"""What every subcommand shares: errors, exit codes, the passphrase, dates, output."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn, TypeAlias

from kasve_desktop.i18n import _

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
