"""Who in the registers a request may be about: one rule for every answer that says so.

A request is about the person it is linked to; a request linked to nobody may
still be about the person who has the requester's e-mail address. Only when
neither exists is "we hold no data about you" true: the access answer and the
no-data letter both ask ``person_in_registers``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from kasve_desktop.i18n import N_
from kasve_desktop.services.answers.access_report.data import find_person_by_email
from kasve_desktop.services.answers.letters.refusals import LetterUntrue
from kasve_desktop.store.models import Person, Request

NO_DATA_UNTRUE = N_("{name} is in the registers: a letter saying that no data is held "
                    "would be untrue. Answer with the access report.")


class NoDataUntrue(LetterUntrue):
    """The no-data letter was asked for a request whose person is in the registers."""

    message = NO_DATA_UNTRUE


def person_in_registers(session: Session, row: Request) -> Person | None:
    """The person the request is linked to, else the one with the requester's e-mail."""
    if row.person_id is not None:
        return session.get(Person, row.person_id)
    found = find_person_by_email(session, row.requester_email)
    return session.get(Person, found) if found is not None else None


def check_no_data_is_true(session: Session, row: Request) -> None:
    """Raise ``NoDataUntrue`` unless nobody in the registers can be the requester."""
    person = person_in_registers(session, row)
    if person is not None:
        raise NoDataUntrue(name=person.full_name)
