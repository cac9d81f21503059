"""Publishing, versions and comparison of the notice through the services."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from kasve_desktop.demo.build import create_demo_database
from kasve_desktop.services.database import transaction
from kasve_desktop.services.registers import notice
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import AuditEntry, Document, Register
from tests.conftest import fixed_clock

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    db = create_demo_database(tmp_path / "demo.db", fixed_clock(TODAY))
    yield db
    db.close()


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def _edit_retention(db: Database, key: str, text: str) -> None:
    with transaction(db) as session:
        register = session.scalars(select(Register).where(Register.key == key)).one()
        register.retention_text = {"fi": text}


def test_publish_freezes_text_and_pdfs(demo: Database) -> None:
    info = notice.publish(demo, dt.date(2026, 12, 1), note="GDPR-päivitys")
    assert (info.number, info.effective_date, info.note) == (1, dt.date(2026, 12, 1),
                                                             "GDPR-päivitys")
    assert info.register_keys == ("asiakkaat", "kumppanit", "markkinointi", "valmennukset",
                                  "tapahtumat")
    with demo.sessions() as session:
        languages = set(session.scalars(select(Document.language)
                                        .where(Document.kind == "notice")))
    assert languages == {"fi", "sv", "en"}
    frozen = notice.notice_pdf(demo, "fi", version=1)
    assert "Versio 1, voimassa 1.12.2026 alkaen" in text_of(frozen)
    _edit_retention(demo, "asiakkaat", "Kaksi vuotta.")
    assert notice.notice_pdf(demo, "fi", version=1) == frozen
    assert "Kaksi vuotta." not in text_of(frozen)


def test_versions_newest_first_and_compare_marks_the_changed_section(demo: Database) -> None:
    notice.publish(demo, dt.date(2026, 12, 1))
    for key in ("asiakkaat", "kumppanit", "markkinointi", "valmennukset", "tapahtumat"):
        _edit_retention(demo, key, "Tiedot poistetaan vuoden kuluttua.")
    notice.publish(demo, dt.date(2027, 1, 1))
    assert [v.number for v in notice.versions(demo)] == [2, 1]
    changes = notice.compare(demo, 1, 2)
    assert len(changes) == 12
    changed = {c.number for c in changes if c.changed}
    assert changed == {9}  # the version line that ends section 12 is not a change
    nine = next(c for c in changes if c.number == 9)
    assert "kuuden kuukauden" in nine.old_text and "vuoden kuluttua" in nine.new_text


def test_publishing_is_audited(demo: Database) -> None:
    with demo.sessions() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
    notice.publish(demo, TODAY)
    with demo.sessions() as session:
        entities = session.scalars(select(AuditEntry.entity).where(AuditEntry.id > before)).all()
    assert "notice_version" in entities and entities.count("document") == 3


def test_unknown_register_and_version(demo: Database) -> None:
    with pytest.raises(notice.NoticeError):
        notice.build_notice(demo, "fi", ["eiole"])
    with pytest.raises(notice.NoticeError):
        notice.notice_pdf(demo, "fi", version=4)


def test_html_of_a_published_version_is_the_frozen_text(demo: Database) -> None:
    notice.publish(demo, dt.date(2026, 12, 1))
    _edit_retention(demo, "asiakkaat", "Muutettu teksti.")
    html = notice.notice_html(demo, "fi", version=1)
    assert "Muutettu teksti." not in html and "kuuden kuukauden" in html


def test_register_choices_in_order(demo: Database) -> None:
    assert [c.key for c in notice.register_choices(demo)] == [
        "asiakkaat", "kumppanit", "markkinointi", "valmennukset", "tapahtumat"]


def test_a_version_cannot_take_effect_before_the_previous_one(demo: Database) -> None:
    notice.publish(demo, dt.date(2026, 12, 1))
    with pytest.raises(notice.NoticeError) as caught:
        notice.publish(demo, dt.date(2020, 1, 25))
    assert caught.value.text() == ("Julkaisupäivä ei voi olla aiempi kuin version 1 "
                                         "(1.12.2026).")
    assert [v.number for v in notice.versions(demo)] == [1]
    notice.publish(demo, dt.date(2026, 12, 1))  # the same day is fine
