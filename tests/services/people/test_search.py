"""Finding people: Finnish letters, partial words, phone formats, numbers, sync."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kasve_desktop.demo.build import create_demo_database
from kasve_desktop.services import listing
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people import search
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Person, PersonEmail, PersonPhone
from kasve_desktop.store.queries import Order, Page
from tests.conftest import fixed_clock

ALL = Page(Order("name", False), 0, 1000)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = create_demo_database(tmp_path_factory.mktemp("search") / "demo.db",
                              fixed_clock(dt.date(2026, 11, 24)))
    with transaction(db) as session:
        session.add(Person(first_name="Ääni", last_name="Öljynen", municipality="Äänekoski",
                           postal_code="44100", organisation="Äänekosken Öljy Oy",
                           customer_number="A-7781", business_id="1234567-1",
                           emails=[PersonEmail(address="aani.oljynen@example.fi")],
                           phones=[PersonPhone(number="+358407654321")]))
    yield db
    db.close()


def names(db: Database, text: str) -> list[str]:
    return [row.name for row in search.search_page(db, text, ALL)]


@pytest.mark.parametrize("text", ["aanekoski", "Äänekoski", "ÄÄNEK", "aanekosken oljy",
                                  "ääni öljy", "oljynen"])
def test_finnish_letters_typed_or_not(demo: Database, text: str) -> None:
    assert names(demo, text) == ["Öljynen, Ääni"]


@pytest.mark.parametrize("text", ["+358 40 765 4321", "040-7654321", "0407654321",
                                  "040 765", "+35840765", "00358407654321"])
def test_phone_formats_find_each_other(demo: Database, text: str) -> None:
    assert "Öljynen, Ääni" in names(demo, text)


def test_partial_name_and_email(demo: Database) -> None:
    assert "Meikäläinen, Maija" in names(demo, "meik")
    assert "Meikäläinen, Maija" in names(demo, "maija.meikalainen@exa")
    assert names(demo, "maija meik") == ["Meikäläinen, Maija"]


@pytest.mark.parametrize("text", ["1234567-1", "12345671", "A-7781", "44100"])
def test_numbers_and_postal_code(demo: Database, text: str) -> None:
    assert "Öljynen, Ääni" in names(demo, text)


def test_count_matches_page(demo: Database) -> None:
    assert search.search_count(demo, "kuopio") == len(names(demo, "kuopio")) > 5
    assert search.search_count(demo, "") == search.search_count(demo, "   ") == 152


def _folded(text: str) -> str:
    """As the index's ``unicode61 remove_diacritics 2`` folds a word."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))


def _indexed_words(person: Person) -> set[str]:
    """The words of everything the search box looks at for this person."""
    fields = [person.first_name, person.last_name, person.organisation, person.role,
              person.municipality, person.locality, person.postal_code, person.street,
              person.customer_number, person.business_id,
              *(email.address for email in person.emails),
              *(phone.number for phone in person.phones)]
    return {_folded(word) for field in fields for word in re.findall(r"[^\W_]+", field)}


def _found_by_words(db: Database, words: list[str]) -> set[int]:
    """The people whose words start with each of ``words``, found without the index."""
    with db.sessions() as session:
        people = session.scalars(select(Person).options(
            selectinload(Person.emails), selectinload(Person.phones))).all()
        return {person.id for person in people
                if all(any(own.startswith(_folded(word)) for own in _indexed_words(person))
                       for word in words)}


@pytest.mark.parametrize("text", ['"', "*", "(", "-", "^", "\\", ":", "  "])
def test_input_without_words_finds_everyone(demo: Database, text: str) -> None:
    everyone = listing.person_count(demo)
    assert search.search_count(demo, text) == everyone > 100
    assert len(search.search_page(demo, text, ALL)) == everyone


@pytest.mark.parametrize("text", ["a:b", "NOT", "AND OR", "'; DROP", "NEAR(", "ma*ija",
                                  'ö"lj', "names : matti", "-meik", "^kuo"])
def test_any_input_is_safe(demo: Database, text: str) -> None:
    """FTS5's syntax is searched for as words: each must start a word of the person."""
    expected = _found_by_words(demo, re.findall(r"\w+", text))
    found = {row.id for row in search.search_page(demo, text, ALL)}
    assert found == expected
    assert search.search_count(demo, text) == len(expected)


def test_the_words_model_agrees_with_the_index(demo: Database) -> None:
    """The check above is not vacuous: the same model finds what the index finds."""
    for text in ("meik", "aanekoski", "ääni öljy", "a", "maija meik"):
        expected = _found_by_words(demo, text.split())
        assert expected and {row.id for row in search.search_page(demo, text, ALL)} == expected


def test_index_follows_every_change(tmp_path: Path) -> None:
    from kasve_desktop.store.engine import open_database
    from tests.conftest import PASSPHRASE

    db = open_database(tmp_path / "k.db", PASSPHRASE, create=True, clock=fixed_clock())
    try:
        with transaction(db) as session:
            session.add(Person(first_name="Liisa", last_name="Virtanen",
                               emails=[PersonEmail(address="vanha.osoite@example.fi")]))
        assert names(db, "virt") == ["Virtanen, Liisa"]
        with transaction(db) as session:
            person = session.scalars(select(Person)).one()
            person.last_name = "Karjalainen"
            person.phones.append(PersonPhone(number="+358501234567"))
            person.emails[0].address = "uusi.osoite@example.fi"
        assert names(db, "virt") == [] and names(db, "karjal") == ["Karjalainen, Liisa"]
        assert names(db, "050 123 4567") == ["Karjalainen, Liisa"]
        assert names(db, "uusi.osoite") == ["Karjalainen, Liisa"] and names(db, "vanha") == []
        with transaction(db) as session:
            session.delete(session.scalars(select(Person)).one())
        assert search.search_count(db, "liisa") == 0
    finally:
        db.close()
