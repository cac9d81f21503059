"""The keys people are matched by, and the grouping of likely duplicates."""

from __future__ import annotations

from kasve_desktop.domain.duplicates import (
    DuplicateReason,
    PersonKeys,
    email_key,
    find_duplicates,
    name_postal_key,
    phone_key,
)


def test_email_key_is_casefolded_and_trimmed() -> None:
    assert email_key("  Matti.Virtanen@Example.FI ") == "matti.virtanen@example.fi"
    assert email_key("STRASSE@EXAMPLE.DE") == email_key("straße@example.de".upper())
    assert email_key("") == ""


def test_phone_key_is_e164_however_typed() -> None:
    assert phone_key("040 765 4321") == "+358407654321"
    assert phone_key("+358 (0)40-7654321".replace("(0)", "")) == "+358407654321"
    assert phone_key("00358407654321") == "+358407654321"
    assert phone_key("+46 70 123 45 67") == "+46701234567"
    assert phone_key("12") == "+?12"
    assert phone_key("") == ""


def test_name_key_keeps_diacritics_and_needs_postal_code() -> None:
    assert name_postal_key("Äila", "Öhman", "40100") == "äila öhman|40100"
    assert name_postal_key("ÄILA ", " öhman", "40 100") == "äila öhman|40100"
    assert name_postal_key("Aila", "Ohman", "40100") != name_postal_key("Äila", "Öhman", "40100")
    assert name_postal_key("Äila", "Öhman", "") == ""
    assert name_postal_key("Äila", "", "40100") == ""


def test_groups_by_every_reason_once_per_set_of_people() -> None:
    people = [
        PersonKeys(1, "Matti", "Virtanen", "00100", ("matti@example.fi",), ("0407654321",)),
        PersonKeys(2, "Matti", "Virtanen", "00100", ("MATTI@example.fi",), ()),
        PersonKeys(3, "M.", "Virtanen", "", (), ("+358 40 765 4321",)),
        PersonKeys(4, "Liisa", "Aalto", "90100", ("liisa@example.fi",), ()),
        PersonKeys(5, "Liisa", "Aalto", "", ("liisa.aalto@example.fi",), ()),
    ]
    groups = {group.person_ids: group.reasons for group in find_duplicates(people)}
    assert groups == {
        (1, 2): (DuplicateReason.EMAIL, DuplicateReason.NAME_POSTAL_CODE),
        (1, 3): (DuplicateReason.PHONE,),
    }


def test_a_person_with_two_equal_addresses_is_no_duplicate_of_itself() -> None:
    people = [PersonKeys(1, emails=("a@example.fi", "A@example.fi")), PersonKeys(2)]
    assert find_duplicates(people) == []
