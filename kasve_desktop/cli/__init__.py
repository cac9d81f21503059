"""The command line: the same services as the window, for scripts and backups.

``kasve-desktop`` with no subcommand opens the window. Exit codes, the same for
every subcommand: 0 ok; 2 wrong passphrase, unusable database (damaged, read-only,
no permission), or invalid arguments or dates (one line on stderr, nothing
changed); 1 any other error, among them a full or failing disk and a busy database
(one line too: trying again may help). Never a traceback, never SQL.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kasve_desktop import __version__, i18n
from kasve_desktop.cli.common import (
    EXIT_ERROR,
    EXIT_UNUSABLE,
    PROG,
    Command,
    Failure,
    Parser,
    UsageError,
)
from kasve_desktop.clock import Clock, SystemClock
from kasve_desktop.domain.passphrase import PassphraseError
from kasve_desktop.i18n import _
from kasve_desktop.services.errors import (
    TRANSIENT,
    DatabaseExists,
    StoreError,
    environment_error,
)

WINDOW_OPTIONS = {"--db": True, "--demo": False, "--lang": True}
"""The options of the window (without a subcommand), and whether each takes a value."""


def build_parser() -> tuple[Parser, dict[str, Command]]:
    # The subcommands are imported here, not at the top: the window (no subcommand)
    # skips them and their parsers and shows its first dialog sooner.
    from kasve_desktop.cli import (
        access_report_command,
        breaches_command,
        database_commands,
        events_commands,
        letter_command,
        notice_command,
        persons_commands,
        record_command,
        request_commands,
        safety_commands,
        transfer_commands,
    )

    parser = Parser(prog=PROG, description=_("Kasve Desktop: GDPR registers and requests."))
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _add_window_options(parser)
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    handlers: dict[str, Command] = {}
    for module in (database_commands, notice_command, persons_commands, request_commands,
                   access_report_command, letter_command, events_commands,
                   transfer_commands, safety_commands, breaches_command, record_command):
        handlers.update(module.add_parsers(commands))
    return parser, handlers


def window_only(argv: Sequence[str]) -> bool:
    """True if ``argv`` holds nothing but window options, each spelt out in full.

    Such a command line means the same to the window's parser as to the whole one;
    anything else (a subcommand, ``--help``, ``--version``, an abbreviation, an
    option without its value) goes to the whole parser, for its meaning and messages.
    """
    rest = list(argv)
    while rest:
        name, equals, _value = rest.pop(0).partition("=")
        takes_value = WINDOW_OPTIONS.get(name)
        if takes_value is None or (equals and not takes_value):
            return False
        if takes_value and not equals:
            if not rest:
                return False
            rest.pop(0)
    return True


def parse(argv: Sequence[str] | None) -> tuple[argparse.Namespace, dict[str, Command]]:
    """The parsed command line and the subcommands' handlers (none for the window)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if window_only(arguments):
        window = Parser(prog=PROG)
        _add_window_options(window)
        window.set_defaults(command=None)
        try:
            return window.parse_args(arguments), {}
        except UsageError:
            pass  # e.g. an unknown --lang: the whole parser says it, as it always has
    parser, handlers = build_parser()
    return parser.parse_args(arguments), handlers


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="PATH", help=_("the database file to open"))
    parser.add_argument("--demo", action="store_true",
                        help=_("open a fresh demo database (passphrase: demo)"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_("language of the interface"))


def _run(args: argparse.Namespace, handlers: dict[str, Command]) -> int:
    if args.command is None:
        from kasve_desktop.gui.app import run_window

        return run_window(args.db, args.demo, args.clock, args.lang)
    return handlers[args.command](args)


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def _store_failure(error: StoreError) -> int:
    transient = isinstance(error, (DatabaseExists, *TRANSIENT))
    return _fail(error.text(), EXIT_ERROR if transient else EXIT_UNUSABLE)


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run the command line (or the window) and return the exit code.

    ``clock`` is the one clock every command counts "today" and stamps rows by:
    the system's unless a caller (a test) hands down another.
    """
    try:
        args, handlers = parse(argv)
        args.clock = clock or SystemClock()
        if args.lang:
            i18n.set_language(args.lang)
        return _run(args, handlers)
    except UsageError as error:
        return _fail(str(error), EXIT_UNUSABLE)
    except PassphraseError as error:
        return _fail(error.text(), EXIT_UNUSABLE)
    except StoreError as error:
        return _store_failure(error)
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
        found = environment_error(error)  # unless SQLite's error escaped untranslated
        if found is not None:
            return _store_failure(found)
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

    return run_window(args.db, args.demo, SystemClock(), args.lang)


if __name__ == "__main__":
    sys.exit(main())
