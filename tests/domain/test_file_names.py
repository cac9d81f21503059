"""Default file names: in the interface's language, the document's language last, safe anywhere."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kasve_desktop import i18n
from kasve_desktop.domain.file_names import (
    NAME_LIMIT,
    letter_file_name,
    notice_file_name,
    safe_file_name,
)
from kasve_desktop.domain.vocabulary import LetterKind

FORBIDDEN = set('<>:"/\\|?*')
RESERVED = {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


@pytest.mark.parametrize(("ui", "expected"), [
    ("fi", "2026-0036-vastaus-kieltäytyminen-fi.pdf"),
    ("sv", "2026-0036-svar-avslag-fi.pdf"),
    ("en", "2026-0036-reply-refusal-fi.pdf"),
])
def test_a_letter_is_named_in_the_interface_language(ui: str, expected: str) -> None:
    i18n.set_language(ui)
    assert letter_file_name("2026-0036", "refusal", "fi") == expected


def test_every_letter_kind_has_a_finnish_name_of_its_own() -> None:
    names = {kind: letter_file_name("2026-0001", kind.value, "sv") for kind in LetterKind}
    assert names[LetterKind.ACCESS_REPORT] == "2026-0001-tarkastusvastaus-sv.pdf"
    assert names[LetterKind.ACKNOWLEDGEMENT] == "2026-0001-vastaanottokuittaus-sv.pdf"
    assert names[LetterKind.NO_DATA] == "2026-0001-vastaus-ei-tietoja-sv.pdf"
    assert len(set(names.values())) == len(LetterKind)
    assert all(kind.value not in name for kind, name in names.items()
               if kind is not LetterKind.ACCESS_REPORT)  # no English machine name left


@pytest.mark.parametrize(("ui", "version", "suffix", "expected"), [
    ("fi", 3, ".pdf", "tietosuojaseloste-v3-sv.pdf"),
    ("fi", None, ".html", "tietosuojaseloste-luonnos-sv.html"),
    ("sv", 3, ".pdf", "dataskyddsbeskrivning-v3-sv.pdf"),
    ("sv", None, ".pdf", "dataskyddsbeskrivning-utkast-sv.pdf"),
    ("en", None, ".pdf", "privacy-notice-draft-sv.pdf"),
])
def test_the_notice_is_named_in_the_interface_language(ui: str, version: int | None,
                                                       suffix: str, expected: str) -> None:
    i18n.set_language(ui)
    assert notice_file_name("sv", version, suffix) == expected


def test_unsafe_parts_are_cleaned() -> None:
    assert safe_file_name(("2026/0001", "a:b*c?", "  fi  ")) == "2026-0001-a-b-c-fi.pdf"
    assert safe_file_name(("CON",)) == "CON-document.pdf"
    assert safe_file_name(("nul.txt",), ".pdf") == "nul-document.txt.pdf"
    assert safe_file_name(("...", "")) == "document.pdf"
    assert safe_file_name(("Åland ", "rekisteri.")) == "Åland-rekisteri.pdf"
    decomposed = unicodedata.normalize("NFD", "kieltäytyminen")
    assert safe_file_name((decomposed,)) == "kieltäytyminen.pdf"  # composed (NFC)


TRICKY = st.sampled_from(["CON", "nul.txt", "Com1", "aux.", " . ", "a" * 130, "tie\u0308"])


@given(st.lists(st.one_of(st.text(), TRICKY), max_size=5), st.sampled_from([".pdf", ".html"]))
def test_any_name_is_safe_on_every_file_system(parts: list[str], suffix: str) -> None:
    name = safe_file_name(parts, suffix)
    stem = name[:-len(suffix)]
    assert name.endswith(suffix) and stem
    assert len(name) <= NAME_LIMIT
    assert not FORBIDDEN & set(name)
    assert all(unicodedata.category(c) != "Cc" for c in name)
    assert not stem.endswith((".", " ")) and not stem.startswith(" ")
    assert stem.split(".", 1)[0].upper() not in RESERVED
    assert unicodedata.is_normalized("NFC", name)
