"""Every builder writes in the language of the one rule (``domain.letter_language``).

The response letters (``build_letter``), the access report and the "no data"
letter (``access_report``), the window's drafts and its default choice
(``responses``) are asked about the same requests, and all answer alike: the
language asked for, else the request's, else its person's, else Finnish.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kasve_desktop.documents.access_words import ITEM_HEADINGS
from kasve_desktop.services.answers import responses
from kasve_desktop.services.answers.access_report.report import (
    AccessReportError,
    build_access_report,
)
from kasve_desktop.services.answers.letters.letters import LetterUnavailable, build_letter
from kasve_desktop.services.database import transaction
from kasve_desktop.services.requests.detail import load_request
from kasve_desktop.services.requests.intake import RequestDraft, create_request
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Request
from tests.services.answers.test_access_report import add_person, seeded, text_of

__all__ = ["seeded"]  # the fixture, imported for these tests

RECEIVED, TODAY = dt.date(2026, 11, 20), dt.date(2026, 11, 25)
ACKNOWLEDGEMENT = {"fi": "VASTAANOTTOILMOITUS", "sv": "MOTTAGNINGSBEKRÄFTELSE",
                   "en": "ACKNOWLEDGEMENT OF RECEIPT"}
NO_DATA = {"fi": "Rekistereissämme ei ole sinua koskevia henkilötietoja",
           "sv": "Våra register innehåller inga personuppgifter om dig",
           "en": "Our registers hold no personal data about you"}


def new_request(db: Database, language: str, person: int | None = None,
                email: str = "liisa@example.fi") -> int:
    return create_request(db, RequestDraft(
        received_on=RECEIVED, channel="post", language=language, requester_name="Liisa Laine",
        requester_email=email, requester_street="Tie 2", requester_postal_code="70200",
        requester_locality="Kuopio", person_id=person), TODAY)


def store_language(db: Database, request_id: int, language: str) -> None:
    """A language the intake form would refuse, as an old import may have left it."""
    with transaction(db) as session:
        row = session.get(Request, request_id)
        assert row is not None
        row.language = language


def reference(db: Database, request_id: int) -> str:
    return load_request(db, request_id, TODAY).reference


def acknowledgement_language(db: Database, request_id: int, lang: str | None = None) -> str:
    text = text_of(build_letter(db, request_id, "acknowledgement", lang, today=TODAY))
    (found,) = [code for code, title in ACKNOWLEDGEMENT.items() if title in text]
    return found


def report_language(db: Database, person: int, request_id: int | None,
                    lang: str | None = None) -> str:
    ref = reference(db, request_id) if request_id is not None else None
    built = build_access_report(db, person, TODAY, lang, ref)
    assert ITEM_HEADINGS[built.lang][1] in text_of(built.pdf)
    return built.lang


def window_languages(db: Database, request_id: int) -> set[str]:
    """The window's default choice and what its drafts are written in without a choice."""
    drafts = (responses.make_draft(db, request_id, kind, None, "", TODAY)
              for kind in ("acknowledgement", "access-report"))
    return {responses.default_language(db, request_id), *(d.lang for d in drafts)}


def test_the_requests_language_before_the_persons(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", language="en")
    request_id = new_request(seeded, "sv", person)
    assert acknowledgement_language(seeded, request_id) == "sv"
    assert report_language(seeded, person, request_id) == "sv"
    assert window_languages(seeded, request_id) == {"sv"}


def test_the_persons_language_without_a_request_or_with_an_unknown_one(
        seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", language="en")
    assert report_language(seeded, person, None) == "en"  # the access-report command
    request_id = new_request(seeded, "fi", person)
    store_language(seeded, request_id, "de")
    assert acknowledgement_language(seeded, request_id) == "en"
    assert report_language(seeded, person, request_id) == "en"
    assert window_languages(seeded, request_id) == {"en"}


def test_finnish_when_no_source_has_a_language_letters_are_written_in(
        seeded: Database) -> None:
    request_id = new_request(seeded, "sv", email="outi@example.fi")  # linked to nobody
    store_language(seeded, request_id, "de")
    assert acknowledgement_language(seeded, request_id) == "fi"
    built = responses.make_draft(seeded, request_id, "access-report", None, "", TODAY)
    assert built.kind == "no-data"
    assert built.lang == "fi" and NO_DATA["fi"] in text_of(built.pdf)
    assert window_languages(seeded, request_id) == {"fi"}


def test_the_chosen_language_before_everything(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi", language="sv")
    request_id = new_request(seeded, "sv", person)
    assert acknowledgement_language(seeded, request_id, "en") == "en"
    assert report_language(seeded, person, request_id, "en") == "en"
    assert responses.make_draft(seeded, request_id, "acknowledgement", "fi", "", TODAY).lang == "fi"
    unlinked = new_request(seeded, "fi", email="outi@example.fi")
    built = responses.make_draft(seeded, unlinked, "access-report", "sv", "", TODAY)
    assert built.lang == "sv" and NO_DATA["sv"] in text_of(built.pdf)


def test_a_chosen_language_letters_are_not_written_in_is_refused(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi")
    request_id = new_request(seeded, "fi", person)
    with pytest.raises(LetterUnavailable) as letter:
        build_letter(seeded, request_id, "acknowledgement", "de", today=TODAY)
    with pytest.raises(LetterUnavailable) as draft:
        responses.make_draft(seeded, request_id, "access-report", "de", "", TODAY)
    with pytest.raises(AccessReportError) as report:
        build_access_report(seeded, person, TODAY, "de")
    messages = {letter.value.text(), draft.value.text(), report.value.text()}
    assert messages == {"Valitse fi, sv tai en."}
