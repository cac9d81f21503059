"""The passphrase rule: ten characters of anything; the meter only advises."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kasve_desktop.domain.passphrase import (
    PassphraseError,
    Strength,
    check_new,
    estimate,
)


@pytest.mark.parametrize("value", ["123456789", "", "äöå", "a" * 9])
def test_short_passphrases_are_refused(value: str) -> None:
    with pytest.raises(PassphraseError):
        check_new(value)


@given(st.text(st.characters(blacklist_categories=("Cs", "Mn", "Mc"),
                             blacklist_characters="\x00"), min_size=10))
def test_anything_ten_long_is_accepted(value: str) -> None:
    if len(check_new(value)) >= 10:
        assert check_new(value)


@pytest.mark.parametrize("value", ["aaaaaaaaaa", "1111111111", "          "])
def test_weak_but_accepted(value: str) -> None:
    assert check_new(value) == value
    assert estimate(value).strength <= Strength.WEAK


def test_meter_grows_with_variety() -> None:
    assert estimate("short").strength is Strength.TOO_SHORT
    assert estimate("Kesä-Heinä!2026 #kuopio").strength is Strength.STRONG
    assert estimate("abcdefghij").strength < estimate("Abc!defGh1j?9").strength
