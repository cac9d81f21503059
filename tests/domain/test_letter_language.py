"""The one rule for a letter's language, written out case by case."""

from __future__ import annotations

import pytest

from kasve_desktop.domain.letter_language import UnsupportedLanguage, letter_language
from kasve_desktop.i18n import _


def test_the_chosen_language_comes_first() -> None:
    assert letter_language("en", request="sv", person="fi") == "en"
    assert letter_language("sv", request="fi", person="en") == "sv"
    assert letter_language("fi", request="en", person="en") == "fi"


def test_then_the_requests_language() -> None:
    assert letter_language(None, request="sv", person="en") == "sv"
    assert letter_language(request="en", person="sv") == "en"
    assert letter_language("", request="sv", person="en") == "sv"  # nothing chosen


def test_then_the_persons_language() -> None:
    assert letter_language(None, request=None, person="sv") == "sv"
    assert letter_language(request="", person="en") == "en"
    assert letter_language(person="sv") == "sv"  # no request: the access-report command


def test_finnish_when_nothing_is_known() -> None:
    assert letter_language() == "fi"
    assert letter_language(None, request=None, person=None) == "fi"
    assert letter_language("", request="", person="") == "fi"


def test_a_chosen_language_that_letters_are_not_written_in_is_refused() -> None:
    for chosen in ("de", "FI", "se", "english"):
        with pytest.raises(UnsupportedLanguage) as raised:
            letter_language(chosen, request="sv", person="en")
        assert raised.value.lang == chosen
        assert _(raised.value.message) == "Valitse fi, sv tai en."


def test_a_stored_unsupported_language_is_passed_over() -> None:
    assert letter_language(request="de", person="sv") == "sv"
    assert letter_language(request="sv", person="de") == "sv"
    assert letter_language(request="de", person="ru") == "fi"
    assert letter_language(request="EN", person=None) == "fi"
