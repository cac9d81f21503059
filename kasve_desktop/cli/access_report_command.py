"""``access-report``: the Art. 15 answer for one person as a PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kasve_desktop import i18n
from kasve_desktop.cli.common import EXIT_OK, Command, Failure, SubParsers, open_db
from kasve_desktop.i18n import _, ngettext
from kasve_desktop.paths import write_private


def add_parsers(commands: SubParsers) -> dict[str, Command]:
    report = commands.add_parser(
        "access-report", help=_("write the data-access report (GDPR Art. 15) of one person"))
    report.add_argument("--db", dest="cmd_db", type=Path, required=True, metavar="PATH")
    report.add_argument("--person", dest="person_email", required=True, metavar="EMAIL",
                        help=_("the person's e-mail address"))
    report.add_argument("--request", dest="request_reference", metavar="REF",
                        help=_("the request it answers: the PDF is stored with it as the "
                               "draft response"))
    report.add_argument("--lang", dest="report_lang", choices=i18n.LANGUAGES,
                        help=_("the report's language (default: the request's, else the person's)"))
    report.add_argument("-o", dest="output", type=Path, required=True, metavar="FILE")
    report.add_argument("--encrypt", action="store_true",
                        help=_("encrypt the PDF (AES-256) with a generated password"))
    return {"access-report": command_access_report}


def command_access_report(args: argparse.Namespace) -> int:
    from kasve_desktop.services.answers.access_report import report as service

    today = args.clock.today()
    db = open_db(args.cmd_db, args.clock)
    try:
        person_id = service.find_person(db, args.person_email)
        built = service.build_access_report(db, person_id, today, args.report_lang,
                                            args.request_reference)
        password = _write(args.output, built.pdf, args.encrypt)
        if args.request_reference:
            service.store_draft(db, args.request_reference, built, today)
    except service.AccessReportError as error:
        raise Failure(error.text()) from None
    finally:
        db.close()
    _tell(len(built.withheld), password)
    return EXIT_OK


def _write(output: Path, pdf: bytes, encrypt: bool) -> str:
    """Write the PDF (encrypted if asked); the password, or ""."""
    if not encrypt:
        write_private(output, pdf)
        return ""
    from kasve_desktop.services.answers.pdf_encryption import encrypt_pdf, generate_password

    password = generate_password()
    write_private(output, encrypt_pdf(pdf, password))
    return password


def _tell(withheld: int, password: str) -> None:
    if withheld:
        print(ngettext("note: {count} item was withheld as another person's data; check the "
                       "annex before sending",
                       "note: {count} items were withheld as other people's data; check the "
                       "annex before sending", withheld).format(count=withheld),
              file=sys.stderr)
    if password:
        print(_("password of the PDF (shown only now; give it through another channel): "
                "{password}").format(password=password), file=sys.stderr)
