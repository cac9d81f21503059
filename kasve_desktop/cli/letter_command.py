"""``letter``: a response letter of a request as PDF (read-only).

``kasve-desktop letter --db PATH --request REF --kind KIND [--lang fi|sv|en] -o FILE.pdf``
writes the letter of ``KIND`` (a letter kind of requests.md) exactly as the
response dialog builds it (``responses.make_draft``): in the language of
``domain.letter_language`` unless ``--lang`` says otherwise, and for
``access-report`` the answer ``responses.access_answer`` chooses (the access
report for a request linked to a person, the "no data" letter for one linked
to nobody). An unknown reference, or a request that lacks a fact the letter
needs, exits with 1; an invalid kind or language with 2, and so does a letter
that would be untrue (``letters.refusals.LetterUntrue``: ``no-data`` for a
request whose person is in the registers, an acknowledgement of an answered
request, a date promised that has passed, a refused objection without its
reasons, a legal hold without its law and period, any new answer to a request
already answered, closed or withdrawn …), with the reason: the reason the
response dialog gives for greying the kind out (``responses.letter_refusal``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kasve_desktop import i18n
from kasve_desktop.cli.common import (
    EXIT_OK,
    Command,
    Failure,
    SubParsers,
    UsageError,
    open_db,
)
from kasve_desktop.domain.vocabulary import LetterKind
from kasve_desktop.i18n import _
from kasve_desktop.paths import write_private


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


def command_letter(args: argparse.Namespace) -> int:
    from kasve_desktop.services.answers.letters.refusals import LetterUnavailable, LetterUntrue
    from kasve_desktop.services.answers.responses import letter_refusal, make_draft
    from kasve_desktop.services.requests.detail import RequestNotFound, request_id_of

    db = open_db(args.cmd_db, args.clock)
    try:
        request_id = request_id_of(db, args.letter_request)
        refusal = letter_refusal(db, request_id, args.letter_kind, args.clock.today())
        if refusal is not None:  # the window greys the kind out for the same reason
            raise UsageError(refusal)
        draft = make_draft(db, request_id, args.letter_kind, args.letter_lang, "",
                           args.clock.today())
    except LetterUntrue as untrue:  # the letter would be false: refused like a bad argument
        raise UsageError(untrue.text()) from None
    except RequestNotFound:
        raise Failure(_("no request has the reference {reference}")
                      .format(reference=args.letter_request)) from None
    except LetterUnavailable as error:
        raise Failure(error.text()) from None
    finally:
        db.close()
    write_private(args.output, draft.pdf)
    return EXIT_OK
