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
    assert (info.number, info.effective_date, info.note) == (2, dt.date(2026, 12, 1),
                                                             "GDPR-päivitys")
    assert info.override_reason == ""  # the draft's check is clean
    assert info.register_keys == ("asiakkaat", "kumppanit", "markkinointi", "valmennukset",
                                  "tapahtumat")
    with demo.sessions() as session:
        languages = set(session.scalars(select(Document.language).where(
            Document.kind == "notice", Document.notice_version_id == 2)))
    assert languages == {"fi", "sv", "en"}
    frozen = notice.notice_pdf(demo, "fi", version=2)
    assert "Versio 2, voimassa 1.12.2026 alkaen" in text_of(frozen)
    _edit_retention(demo, "asiakkaat", "Kaksi vuotta.")
    assert notice.notice_pdf(demo, "fi", version=2) == frozen
    assert "Kaksi vuotta." not in text_of(frozen)


def test_gaps_need_a_reason_and_the_version_keeps_it(demo: Database) -> None:
    _edit_retention(demo, "asiakkaat", "Kaksi vuotta.")  # Finnish only
    with pytest.raises(notice.PublishNeedsReason) as caught:
        notice.publish(demo, dt.date(2026, 12, 1))
    assert not caught.value.check.clean
    assert [line for line in caught.value.check.lines(lambda text: text)
            if line.startswith("flag ")] == [
        "flag untranslated: The Swedish notice prints Finnish text in: 9. Lagringstider.",
        "flag untranslated: The English notice prints Finnish text in: 9. Storage periods."]
    with pytest.raises(notice.PublishNeedsReason):
        notice.publish(demo, dt.date(2026, 12, 1), override_reason="  ")
    assert [v.number for v in notice.versions(demo)] == [1]
    info = notice.publish(demo, dt.date(2026, 12, 1), override_reason="Käännös tulossa")
    assert info.override_reason == "Käännös tulossa"
    assert notice.versions(demo)[0].override_reason == "Käännös tulossa"


def test_a_version_is_checked_by_the_facts_it_was_made_from(demo: Database) -> None:
    assert notice.notice_check(demo).clean
    old = notice.notice_check(demo, version=1)
    assert not old.clean
    assert {f.code for f in old.open_flags()} >= {"repealed-act", "in-writing"}
    notice.publish(demo, dt.date(2026, 12, 1))
    _edit_retention(demo, "asiakkaat", "Kaksi vuotta.")
    assert notice.notice_check(demo, version=2).clean  # the edit came later
    assert not notice.notice_check(demo).clean


def test_versions_newest_first_and_compare_marks_the_changed_section(demo: Database) -> None:
    notice.publish(demo, dt.date(2026, 12, 1))
    for key in ("asiakkaat", "kumppanit", "markkinointi", "valmennukset", "tapahtumat"):
        _edit_retention(demo, key, "Tiedot poistetaan vuoden kuluttua.")
    notice.publish(demo, dt.date(2027, 1, 1), override_reason="Käännökset myöhemmin")
    assert [v.number for v in notice.versions(demo)] == [3, 2, 1]
    changes = notice.compare(demo, 2, 3)
    assert len(changes) == 12
    changed = {c.number for c in changes if c.changed}
    assert changed == {9}  # the version line that ends section 12 is not a change
    nine = next(c for c in changes if c.number == 9)
    assert "Tiedot poistetaan vuoden kuluttua." not in nine.old_text
    assert "Tiedot poistetaan vuoden kuluttua." in nine.new_text


def test_version_1_against_the_draft_shows_every_change(demo: Database) -> None:
    notice.publish(demo, dt.date(2026, 12, 1))
    changed = {c.number for c in notice.compare(demo, 1, 2) if c.changed}
    assert changed == {4, 5, 6, 7, 8, 9, 10, 12}  # 1–3 and 11 say the same


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
    with pytest.raises(notice.NoticeError):
        notice.notice_check(demo, version=4)


def test_html_of_a_published_version_is_the_frozen_text(demo: Database) -> None:
    notice.publish(demo, dt.date(2026, 12, 1))
    _edit_retention(demo, "asiakkaat", "Muutettu teksti.")
    html = notice.notice_html(demo, "fi", version=2)
    assert "Muutettu teksti." not in html and "Kanto CRM Oy" in html


def test_register_choices_in_order(demo: Database) -> None:
    assert [c.key for c in notice.register_choices(demo)] == [
        "asiakkaat", "kumppanit", "markkinointi", "valmennukset", "tapahtumat"]


def test_a_version_cannot_take_effect_before_the_previous_one(demo: Database) -> None:
    notice.publish(demo, dt.date(2026, 12, 1))
    with pytest.raises(notice.NoticeError) as caught:
        notice.publish(demo, dt.date(2020, 1, 25))
    assert caught.value.text() == ("Julkaisupäivä ei voi olla aiempi kuin version 2 "
                                         "(1.12.2026).")
    assert [v.number for v in notice.versions(demo)] == [2, 1]
    notice.publish(demo, dt.date(2026, 12, 1))  # the same day is fine
