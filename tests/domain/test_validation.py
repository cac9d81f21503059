"""Checking what the user types: Y-tunnus, phone, e-mail, web address, postal code, key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kasve_desktop.domain import validation as v
from kasve_desktop.domain.validation import InvalidValue


def test_business_id_valid_and_normalised() -> None:
    assert v.business_id("2457832-5") == "2457832-5"
    assert v.business_id(" 24578325 ") == "2457832-5"
    assert v.business_id("") == ""


def test_business_id_wrong_check_digit_says_which_is_right() -> None:
    with pytest.raises(InvalidValue) as refused:
        v.business_id("2457832-4")
    assert refused.value.message == v.BUSINESS_ID_CHECK
    assert refused.value.params == {"digits": "2457832", "check": "5"}
    assert "5" in refused.value.text()


@pytest.mark.parametrize("text", ["abc", "245783-5", "2457832-55", "24578-32x"])
def test_business_id_bad_format(text: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        v.business_id(text)
    assert refused.value.message in (v.BUSINESS_ID_FORMAT, v.BUSINESS_ID_CHECK,
                                     v.BUSINESS_ID_IMPOSSIBLE)


def test_check_digit_matches_stdnum() -> None:
    assert v.business_id_check_digit("2457832") == 5
    assert v.business_id_check_digit("1234567") == 1


@pytest.mark.parametrize("text", ["+358 40 765 4321", "040-7654321", "0407654321",
                                  "+358407654321", "(040) 765 4321"])
def test_phone_formats_become_e164(text: str) -> None:
    assert v.phone(text) == "+358407654321"


def test_phone_shown_in_finnish_national_format() -> None:
    assert v.display_phone("+358407654321") == "040 7654321"
    assert v.display_phone("+46701234567") == "+46 70 123 45 67"
    assert v.display_phone("") == ""


@pytest.mark.parametrize("text", ["12", "abc", "+358", "040-76543210000", "040-ABC-1234",
                                  "+358 40 765 432I", "1-800-FLOWERS", "040 765 4321 ext 5"])
def test_bad_phones_refused(text: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        v.phone(text)
    assert refused.value.message == v.PHONE


@given(st.sampled_from(["040", "050", "045"]), st.integers(1000000, 9999999),
       st.sampled_from([" ", "-", "", "  "]))
def test_finnish_mobiles_any_spacing(prefix: str, number: int, sep: str) -> None:
    digits = str(number)
    typed = f"{prefix}{sep}{digits[:3]}{sep}{digits[3:]}"
    stored = v.phone(typed)
    assert stored == f"+358{prefix[1:]}{digits}"
    assert v.phone(v.display_phone(stored)) == stored
    assert v.phone(stored) == stored


@given(st.text(max_size=40))
def test_phone_never_crashes(text: str) -> None:
    try:
        stored = v.phone(text)
    except InvalidValue:
        return
    assert stored == "" or stored.startswith("+")


def test_email_syntax_only() -> None:
    assert v.email(" tietosuoja@kasve.fi ") == "tietosuoja@kasve.fi"
    assert v.email("") == ""
    for bad in ("tietosuoja", "a@b", "a b@kasve.fi", "@kasve.fi", "x@@kasve.fi"):
        with pytest.raises(InvalidValue):
            v.email(bad)


def test_website() -> None:
    assert v.website("https://tietosuoja.fi/sv") == "https://tietosuoja.fi/sv"
    assert v.website("kasve.fi") == "https://kasve.fi"
    assert v.website("http://www.kasve.fi") == "http://www.kasve.fi"
    for bad in ("ftp://kasve.fi", "http://localhost", "https://kasve .fi", "https://.fi"):
        with pytest.raises(InvalidValue):
            v.website(bad)


def test_postal_code_is_five_digits_in_finland() -> None:
    assert v.postal_code("70110") == "70110"
    assert v.postal_code("SE-111 22", "SE") == "SE-111 22"
    with pytest.raises(InvalidValue):
        v.postal_code("7011")
    with pytest.raises(InvalidValue):
        v.postal_code("70110a", "fi")


def test_required_and_country_and_key() -> None:
    assert v.required("  Kasve Oy ") == "Kasve Oy"
    with pytest.raises(InvalidValue):
        v.required("   ")
    assert v.country("fi") == "FI"
    with pytest.raises(InvalidValue):
        v.country("Suomi")
    assert v.register_key("asiakkaat-2027") == "asiakkaat-2027"
    for bad in ("Asiakkaat", "asiakas rekisteri", "-x", "äö", "x" * 41):
        with pytest.raises(InvalidValue):
            v.register_key(bad)
