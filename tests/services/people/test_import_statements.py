"""An import's SQL grows per batch, not per row: a regression guard against N+1 (not timed).

The statements are counted on the engine (``before_cursor_execute``, one per ``execute``
or ``executemany``) while a file is planned and applied with an event, matched people,
repeated rows and a suppressed contact: every per-row path of an import.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kasve_desktop.demo.build import build_demo, load_people
from kasve_desktop.services import database
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people import importing
from kasve_desktop.services.people.suppression import Contacts, suppress
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    AuditEntry,
    Event,
    Participation,
    Person,
    PersonEmail,
    PersonPhone,
    RegisterEntry,
)
from tests.test_statement_counts import counted

TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)
SUPPRESSED = "kielto@example.fi"


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, TODAY)
    with transaction(db) as session:
        suppress(session, Contacts(emails=(SUPPRESSED,)))
    return db


def write_rows(path: Path, rows: int, tag: str) -> Path:
    """``rows`` rows: mostly new people, every 10th a demo person (matched), every 7th a
    repeat of the row before, one suppressed contact."""
    kept = load_people()
    lines = ["Etunimi;Sukunimi;Sähköposti;Puhelin;Katuosoite;Postinumero;Postitoimipaikka"]
    for n in range(1, rows + 1):
        if n % 10 == 0:
            p = kept[n // 10 % len(kept)]
            lines.append(f"{p.first_name};{p.last_name};{p.email};;;;")
        elif n % 7 == 0:
            lines.append(lines[-1])
        else:
            lines.append(f"Aino;Aalto{n};{tag}{n}@example.fi;040 {n:07d};Katu {n};00100;"
                         "Helsinki")
    lines.append(f"Kiel;To;{SUPPRESSED};;;;")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_import(db: Database, path: Path) -> tuple[int, importing.ImportSummary]:
    with db.sessions() as session:
        event_id = session.scalar(select(Event.id).order_by(Event.id).limit(1))
    assert event_id is not None
    with counted(db) as statements:
        plan = importing.plan_import(db, importing.read_table(path), "asiakkaat",
                                     event_id=event_id)
        summary = importing.apply_import(db, plan, skip_invalid=False, today=TODAY, now=NOW)
    return len(statements), summary


def count(db: Database, model: type[object]) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_ten_times_the_rows_is_not_ten_times_the_statements(demo: Database,
                                                            tmp_path: Path) -> None:
    small, small_summary = run_import(demo, write_rows(tmp_path / "a.csv", 50, "a"))
    large, large_summary = run_import(demo, write_rows(tmp_path / "b.csv", 500, "b"))
    for summary in (small_summary, large_summary):
        assert summary.written and summary.matched_persons and summary.suppressed
        assert summary.participations_added
    assert large_summary.new_persons > 9 * small_summary.new_persons
    assert small < 70, small
    assert large < 2 * small, (small, large)


def test_every_record_written_is_audited_and_the_chain_holds(demo: Database,
                                                             tmp_path: Path) -> None:
    models = (Person, PersonEmail, PersonPhone, RegisterEntry, Participation)
    before = {m: count(demo, m) for m in models}
    audited = count(demo, AuditEntry)
    _, summary = run_import(demo, write_rows(tmp_path / "a.csv", 120, "a"))
    assert summary.new_persons > 90
    added = {m: count(demo, m) - before[m] for m in models}
    assert all(added.values()), added
    with demo.sessions() as session:
        created = session.execute(
            select(AuditEntry.entity, AuditEntry.entity_id).where(
                AuditEntry.id > audited, AuditEntry.action == "create")).all()
        for model in models:
            table = model.__table__  # type: ignore[attr-defined]
            ids = {str(i) for i in session.scalars(
                select(table.c.id).order_by(table.c.id.desc()).limit(added[model]))}
            assert {i for e, i in created if e == table.name} == ids, table.name
    assert database.check(demo).ok
