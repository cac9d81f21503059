"""Column names to person fields, and the check of one imported row."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kasve_desktop import i18n
from kasve_desktop.domain import validation
from kasve_desktop.domain.import_mapping import (
    FIELD_TWICE,
    FIELDS,
    NO_CONTACT,
    NO_CONTACT_COLUMN,
    NO_NAME,
    NO_NAME_COLUMN,
    SYNONYMS,
    TOO_LONG,
    PersonFields,
    Problem,
    cell_is_formula,
    check_mapping,
    check_row,
    field_for_header,
    normalise_header,
    propose_mapping,
    row_values,
    split_full_name,
)


@pytest.mark.parametrize(("header", "normal"), [
    ("Sähköposti", "sahkoposti"), ("  SÄHKÖ-POSTI ", "sahkoposti"), ("E-mail", "email"),
    ("Y-tunnus", "ytunnus"), ("Förnamn", "fornamn"), ("Koko nimi:", "kokonimi"),
    ("Puh.", "puh"), ("Postal_Code", "postalcode"), ("", "")])
def test_normalise_header(header: str, normal: str) -> None:
    assert normalise_header(header) == normal


@given(st.text())
def test_normalised_headers_are_plain_and_stable(header: str) -> None:
    normal = normalise_header(header)
    assert all(c.isalnum() for c in normal)
    assert normalise_header(normal) == normal


@pytest.mark.parametrize(("field", "name"), [
    (field, name) for field, names in SYNONYMS.items() for name in names])
def test_every_synonym_names_its_field(field: str, name: str) -> None:
    assert field in FIELDS
    assert field_for_header(name) == field
    assert field_for_header(name.upper()) == field


def test_no_synonym_names_two_fields() -> None:
    owners: dict[str, set[str]] = {}
    for field, names in SYNONYMS.items():
        for name in names:
            owners.setdefault(normalise_header(name), set()).add(field)
    assert {name: fields for name, fields in owners.items() if len(fields) > 1} == {}


def test_the_issue_names() -> None:
    header = ["Etunimi", "Sukunimi", "Nimi", "Sähköposti", "Puhelin", "Organisaatio",
              "Kotikunta", "Titteli", "Katuosoite", "Postinumero", "Postitoimipaikka",
              "Asiakasnumero", "Y-tunnus", "Lisätiedot"]
    assert propose_mapping(header) == (
        "first_name", "last_name", "full_name", "email", "phone", "organisation",
        "municipality", "role", "street", "postal_code", "locality", "customer_number",
        "business_id", "notes")


def test_swedish_and_english_headings() -> None:
    assert propose_mapping(["Förnamn", "Efternamn", "E-post", "Telefon", "Företag",
                            "Befattning", "Hemkommun", "Postort", "FO-nummer"]) == (
        "first_name", "last_name", "email", "phone", "organisation", "role",
        "municipality", "locality", "business_id")
    assert propose_mapping(["Given name", "SURNAME", "e-mail address", "Mobile", "Company",
                            "Job title", "Zip", "City", "Customer number"]) == (
        "first_name", "last_name", "email", "phone", "organisation", "role", "postal_code",
        "locality", "customer_number")


def test_unknown_columns_are_ignored_and_a_field_is_taken_once() -> None:
    assert propose_mapping(["Syntymäpäivä", "Email", "Sähköposti", "", "Puh"]) == (
        None, "email", None, None, "phone")


def test_check_mapping() -> None:
    assert check_mapping(("first_name", "last_name", "email")) == ()
    assert check_mapping(("full_name", "street")) == ()
    assert check_mapping(("email", None)) == (Problem(NO_NAME_COLUMN),)
    assert check_mapping(("full_name", "municipality")) == (Problem(NO_CONTACT_COLUMN),)
    assert check_mapping(("full_name", "email", "email")) == (
        Problem(FIELD_TWICE, field="email"),)


def test_field_twice_names_the_field_in_each_language() -> None:
    problem = check_mapping(("full_name", "email", "email"))[0]
    i18n.set_language("en")
    assert problem.text() == "E-mail is chosen for more than one column."


@pytest.mark.parametrize(("name", "first", "last"), [
    ("Maija Meikäläinen", "Maija", "Meikäläinen"),
    ("Maija  Liisa   Meikäläinen", "Maija Liisa", "Meikäläinen"),
    ("Meikäläinen, Maija Liisa", "Maija Liisa", "Meikäläinen"),
    ("Meikäläinen,Maija", "Maija", "Meikäläinen"),
    ("Meikäläinen", "", "Meikäläinen"),
    ("", "", "")])
def test_split_full_name(name: str, first: str, last: str) -> None:
    assert split_full_name(name) == (first, last)


def test_row_values_trim_and_pad() -> None:
    assert row_values(("full_name", None, "email"), [" Aino Aalto ", "x"]) == {
        "full_name": "Aino Aalto", "email": ""}


def test_a_row_with_name_and_email() -> None:
    checked = check_row({"full_name": "Virtanen, Aino", "email": " aino.virtanen@EXAMPLE.FI "})
    assert checked.problems == ()
    assert checked.person == PersonFields(first_name="Aino", last_name="Virtanen",
                                          email="aino.virtanen@example.fi")


def test_first_and_last_name_win_over_the_full_name() -> None:
    checked = check_row({"first_name": "Aino", "last_name": "Aalto", "full_name": "X Y",
                         "phone": "040 765 4321"})
    assert checked.person is not None
    assert (checked.person.full_name, checked.person.phone) == ("Aino Aalto", "+358407654321")


def test_a_phone_as_a_spreadsheet_number() -> None:
    checked = check_row({"full_name": "Aino Aalto", "phone": "358407654321"})
    assert checked.person is not None and checked.person.phone == "+358407654321"


def test_a_postal_address_is_enough_but_only_whole() -> None:
    address = {"full_name": "Pekka Östman", "street": "Kauppapuistikko 4", "postal_code":
               "65100", "locality": "Vaasa"}
    assert check_row(address).problems == ()
    partial = {k: v for k, v in address.items() if k != "locality"}
    assert check_row(partial).problems == (Problem(NO_CONTACT),)


def test_name_and_contact_are_required() -> None:
    assert check_row({"full_name": " ", "municipality": "Oulu"}).problems == (
        Problem(NO_NAME), Problem(NO_CONTACT))


def test_every_bad_value_is_reported_with_its_field() -> None:
    checked = check_row({"full_name": "Aino Aalto", "email": "aino(at)example.fi",
                         "phone": "12345", "postal_code": "123", "business_id": "1234567-8",
                         "country": "Suomi"})
    assert checked.person is None
    fields = [problem.field for problem in checked.problems]
    assert sorted(f for f in fields if f) == sorted(
        ["country", "email", "phone", "postal_code", "business_id"])
    email = next(p for p in checked.problems if p.field == "email")
    assert email.message == validation.EMAIL
    assert email.text() == "Sähköposti: " + i18n._(validation.EMAIL)


def test_a_foreign_postal_code_is_accepted_with_its_country() -> None:
    checked = check_row({"full_name": "Anna Lind", "street": "Storgatan 1",
                         "postal_code": "111 22", "locality": "Stockholm", "country": "se"})
    assert checked.person is not None and checked.person.country == "SE"


def test_a_value_too_long_for_its_field() -> None:
    checked = check_row({"full_name": "Aino Aalto", "email": "a@example.fi",
                         "municipality": "x" * 101})
    assert checked.problems == (Problem(TOO_LONG, {"length": "101", "limit": "100"},
                                        "municipality"),)
    i18n.set_language("en")
    assert checked.problems[0].text() == "Municipality: Too long: 101 characters, at most 100."


@pytest.mark.parametrize(("cell", "formula"), [
    ("=SUM(A1:A3)", True), (" =1+2", True), ("=", True), ("a=b", False), ("", False),
    ("+358401234567", False)])
def test_cell_is_formula(cell: str, formula: bool) -> None:
    assert cell_is_formula(cell) is formula
