"""``letter``: a response letter of a request as a PDF (read-only).

``kasve-desktop letter --db PATH --request REF --kind KIND [--lang fi|sv|en] -o FILE.pdf``
writes the letter of ``KIND`` (a letter kind of requests.md) in the person's
language unless ``--lang`` says otherwise. ``access-report`` is handed to the
access report's own builder. An unknown reference, or a request that lacks a
fact the letter needs, exits with 1; an invalid kind or language with 2.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from kasve_desktop import i18n
from kasve_desktop.cli.common import (
    EXIT_OK,
    Command,
    Failure,
    SubParsers,
    UsageError,
    read_passphrase,
)
from kasve_desktop.domain.vocabulary import LetterKind
from kasve_desktop.i18n import _

if TYPE_CHECKING:
    from kasve_desktop.services.database import Database

ACCESS_REPORT_MODULE = "kasve_desktop.services.answers.access_report.report"


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    letter = commands.add_parser("letter", help=_("write a response letter of a request as PDF"))
    letter.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    letter.add_argument("--request", dest="letter_request", required=True, metavar="REF",
                        help=_("the request's reference, e.g. 2026-0042"))
    letter.add_argument("--kind", dest="letter_kind", required=True,
                        choices=[kind.value for kind in LetterKind], metavar="KIND",
                        help=_("the kind of letter: {kinds}").format(
                            kinds=", ".join(kind.value for kind in LetterKind)))
    letter.add_argument("--lang", dest="letter_lang", choices=i18n.LANGUAGES,
                        help=_("the letter's language (default: the requester's)"))
    letter.add_argument("-o", dest="output", type=Path, required=True, metavar="FILE")
    return {"letter": command_letter}


def _access_report_module() -> ModuleType:
    try:
        return importlib.import_module(ACCESS_REPORT_MODULE)
    except ModuleNotFoundError as error:
        if error.name != ACCESS_REPORT_MODULE:
            raise
        raise UsageError(_("the access report is not available in this version: "
                           "use the access-report command")) from None


def command_letter(args: argparse.Namespace) -> int:
    from kasve_desktop.services.answers.letters.letters import LetterUnavailable, build_letter
    from kasve_desktop.services.database import unlock
    from kasve_desktop.services.requests.intake import RequestNotFound, request_id_of

    report = _access_report_module() if args.letter_kind == LetterKind.ACCESS_REPORT else None
    db = unlock(args.cmd_db, read_passphrase(confirm=False), args.clock)
    try:
        request_id = request_id_of(db, args.letter_request)
        if report is not None:
            content = _access_report(report, db, request_id, args)
        else:
            content = build_letter(db, request_id, args.letter_kind, args.letter_lang,
                                   today=args.clock.today())
    except RequestNotFound:
        raise Failure(_("no request has the reference {reference}")
                      .format(reference=args.letter_request)) from None
    except LetterUnavailable as error:
        raise Failure(error.text()) from None
    finally:
        db.close()
    args.output.write_bytes(content)
    return EXIT_OK


def _access_report(report: ModuleType, db: Database, request_id: int,
                   args: argparse.Namespace) -> bytes:
    """The Art. 15 answer of the request's person, by the access report's own builder."""
    from kasve_desktop.services.requests.intake import load_request

    today = args.clock.today()
    person_id = load_request(db, request_id, today).person_id
    if person_id is None:
        raise Failure(_("the request is not linked to a person: link it first, or write the "
                        "no-data letter"))
    try:
        built = report.build_access_report(db, person_id, today, args.letter_lang,
                                           request_reference=args.letter_request)
    except report.AccessReportError as error:
        raise Failure(error.translated()) from None
    return bytes(built.pdf)
