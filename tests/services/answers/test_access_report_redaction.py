"""Other people's names withheld from the copy (Art. 15(4)), also as Finnish inflects them:
with Voikko (Debian ``libvoikko1``, ``voikko-fi``), and honestly without it."""

from __future__ import annotations

from kasve_desktop.services.answers.access_report.redact import (
    ExactForms,
    Redactor,
    finnish_name_forms,
)
from kasve_desktop.services.answers.access_report.report import build_access_report
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Person
from tests.services.answers.test_access_report import TODAY, add_person, seeded, text_of

__all__ = ["seeded"]  # the fixture, imported for these tests
NOTE = ("Juha Aallon mukaan tilaus tuli Juha Aallolle; puhuttiin myös Juha Aaltoa. "
        "Matti Virtasen vaimo soitti. Juha Aalto kuittasi.")
INFLECTED = ("Juha Aallon", "Juha Aallolle", "Juha Aaltoa", "Matti Virtasen")
NOTE_WITHOUT_VOIKKO = "Nimien taivutetut muodot (esimerkiksi ”Virtasen”) voivat siksi jäädä"


def _with_juha(db: Database) -> None:
    with transaction(db) as session:
        session.add(Person(first_name="Juha", last_name="Aalto"))


def test_voikko_gives_the_base_forms_of_finnish_names() -> None:
    with finnish_name_forms() as forms:
        assert forms.complete
        assert "Aalto" in forms.base_forms("Aallon")
        assert "Aalto" in forms.base_forms("Aallolle")
        assert "Aalto" in forms.base_forms("Aaltoa")
        assert "Virtanen" in forms.base_forms("Virtasen")
        assert forms.base_forms("Juha") >= {"Juha"}


def test_without_the_dictionary_names_are_found_only_as_stored() -> None:
    """A language variant whose dictionary is not installed: Voikko cannot start."""
    with finnish_name_forms("fi-x-not-installed") as forms:
        assert not forms.complete
        assert forms.base_forms("Aallon") == {"Aallon"}


def test_the_redactor_catches_inflected_names_and_keeps_the_rest() -> None:
    with finnish_name_forms() as forms:
        redactor = Redactor((), (), {("Juha", "Aalto"), ("Matti", "Virtanen")}, "[x]", forms)
        cleaned = redactor.clean(NOTE, "Muistiinpanot")
    assert cleaned == ("[x] mukaan tilaus tuli [x]; puhuttiin myös [x]. [x] vaimo soitti. "
                       "[x] kuittasi.")
    assert [r.why for r in redactor.withheld] == ["name"] * 5
    assert redactor.inflection_checked


def test_without_voikko_only_the_stored_form_is_caught() -> None:
    redactor = Redactor((), (), {("Juha", "Aalto")}, "[x]", ExactForms())
    assert redactor.clean("Juha Aalto ja Juha Aallon", "Huomautus") == "[x] ja Juha Aallon"
    assert not redactor.inflection_checked


def test_the_report_withholds_inflected_names(seeded: Database) -> None:
    _with_juha(seeded)
    person = add_person(seeded, "liisa@example.fi", note=NOTE)
    built = build_access_report(seeded, person, TODAY)
    text = text_of(built.pdf)
    assert built.inflection_checked and len(built.withheld) == 5
    for name in (*INFLECTED, "Aall", "Virtasen"):
        assert name not in text, name
    assert NOTE_WITHOUT_VOIKKO not in text


def test_the_report_says_so_when_inflected_names_may_remain(seeded: Database) -> None:
    _with_juha(seeded)
    person = add_person(seeded, "liisa@example.fi", note=NOTE)
    built = build_access_report(seeded, person, TODAY, names=ExactForms())
    text = text_of(built.pdf)
    assert not built.inflection_checked and len(built.withheld) == 1  # "Juha Aalto" only
    assert "Juha Aallon" in text  # not caught without Voikko: the letter says so
    assert NOTE_WITHOUT_VOIKKO in text
    english = text_of(build_access_report(seeded, person, TODAY, "en", names=ExactForms()).pdf)
    assert "Inflected forms of the names (for example “Virtasen”) may therefore remain" in english


def test_nothing_to_redact_nothing_to_say(seeded: Database) -> None:
    person = add_person(seeded, "liisa@example.fi")
    text = text_of(build_access_report(seeded, person, TODAY).pdf)
    assert "Muiden henkilöiden tiedot" not in text and "[poistettu]" not in text
    without = text_of(build_access_report(seeded, person, TODAY, names=ExactForms()).pdf)
    assert "Muiden henkilöiden tiedot" in without and NOTE_WITHOUT_VOIKKO in without
    assert "[poistettu]" not in without  # said because free texts exist, not as a redaction


def test_the_persons_own_name_is_never_withheld(seeded: Database) -> None:
    add_person(seeded, "toinen@example.fi")  # another Liisa Laine
    person = add_person(seeded, "liisa@example.fi", note="Liisa Laineen oma toive.")
    built = build_access_report(seeded, person, TODAY)
    assert built.withheld == () and "Liisa Laineen oma toive." in text_of(built.pdf)
