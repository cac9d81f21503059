"""The demo's draft notice as it prints, in every language: nothing flagged or untranslated."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from kasve_desktop.demo.build import create_demo_database
from kasve_desktop.services.registers import notice
from kasve_desktop.store.engine import Database
from tests.conftest import fixed_clock

FLAGGED = ("523/99", "523/1999", "henkilötietolaki", "kirjallisesti", "ei-henkilökohtai",
           "muut vastaavat", "ja/tai")
MARKERS = ("[ei käännetty", "[inte översatt", "[not translated")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = create_demo_database(tmp_path_factory.mktemp("notice") / "demo.db", fixed_clock())
    yield db
    db.close()


def printed(db: Database, lang: str) -> str:
    pdf = notice.notice_pdf(db, lang)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_draft_prints_nothing_flagged_and_nothing_untranslated(demo: Database,
                                                                   lang: str) -> None:
    text = printed(demo, lang)
    for phrase in FLAGGED + MARKERS:
        assert phrase not in text.lower(), phrase
    assert notice.build_notice(demo, lang).untranslated == ()


@pytest.mark.parametrize(("lang", "facts"), [
    ("fi", ("Google LLC", "Yhdysvallat", "EU:n ja Yhdysvaltojen välinen tietosuojakehys",
            "Oikeus vastustaa käsittelyä", "Suostumuksen peruminen",
            "Tietosuojavaltuutetun toimisto")),
    ("sv", ("Google LLC", "USA", "dataskyddsramen mellan EU och USA",
            "Rätt att göra invändningar", "Återkallande av samtycke",
            "Dataombudsmannens byrå")),
    ("en", ("Google LLC", "United States", "the EU–US Data Privacy Framework",
            "The right to object", "Withdrawing consent",
            "Office of the Data Protection Ombudsman")),
])
def test_the_draft_names_the_transfer_and_the_rights(demo: Database, lang: str,
                                                    facts: tuple[str, ...]) -> None:
    text = printed(demo, lang)
    for fact in facts:
        assert fact in text, fact


def test_the_check_covers_a_to_n_on_the_draft_not_on_version_1(demo: Database) -> None:
    draft = notice.notice_check(demo)
    assert draft.clean
    assert draft.lines(lambda text: text) == [f"{code} ok" for code in "ABCDEFGHIJKLMN"]
    old = notice.notice_check(demo, version=1)
    assert not old.clean
    assert {"C", "L", "M"} <= {line[0] for line in old.lines(lambda t: t) if " missing: " in line}


def test_every_page_of_the_draft_says_draft(demo: Database) -> None:
    """Unpublished, it has no version: the foot of every page says so."""
    reader = PdfReader(io.BytesIO(notice.notice_pdf(demo, "fi")))
    assert all("Luonnos" in page.extract_text() for page in reader.pages)
