"""The search box's FTS5 expressions: every term quoted, nothing read as syntax."""

from __future__ import annotations

import pytest

from kasve_desktop.store.people_queries import PhoneSearch, WordSearch, match_expression


@pytest.mark.parametrize(("text", "expression"), [
    ("meik", '"meik"*'),
    ("ääni öljy", '"ääni"* AND "öljy"*'),
    ('names : "x" OR y*', '"names"* AND "x"* AND "OR"* AND "y"*'),
    ("NEAR(a b)", '"NEAR"* AND "a"* AND "b"*'),
])
def test_every_word_is_a_quoted_prefix(text: str, expression: str) -> None:
    assert match_expression(WordSearch(text)) == expression


@pytest.mark.parametrize("text", ["", "   ", '"', "*", "(", "-", "^", ":"])
def test_no_words_no_expression(text: str) -> None:
    assert match_expression(WordSearch(text)) is None


def test_a_phone_number_in_each_form() -> None:
    search = PhoneSearch("0407654321", ("358407654321",))
    assert match_expression(search) == (
        'phones : ("0407654321"* OR "358407654321"*) '
        'OR numbers : ("0407654321"* OR "358407654321"*) OR places : "0407654321"*')
