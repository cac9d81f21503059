"""The access report for a person with 1,000 register rows, and the privacy notice PDF.

Builds the demo database (encrypted), adds fifteen registers copied from the
customer register and one person in all twenty registers, each entry holding
fifty imported fields: 1,000 rows of register data in the copy, on top of the
entry fields, consents and requests. Times, from the open database to the
PDF's bytes (reading, composing, rendering):

- the access report of that person, against the same report of a person with
  ten rows (one entry of ten fields) as the baseline;
- the demo's Finnish privacy notice PDF (all registers), against a plain
  reportlab document of a 500-row table as the baseline (machine speed).
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table
from sqlalchemy import select

from kasve_desktop.clock import FixedClock
from kasve_desktop.demo.build import build_demo
from kasve_desktop.services.answers.access_report.report import build_access_report
from kasve_desktop.services.database import create_database, transaction
from kasve_desktop.services.registers.notice import notice_pdf
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Person,
    PersonEmail,
    Register,
    RegisterEntry,
    RegisterItem,
)

PASSPHRASE = "benchmark passphrase"
TODAY = dt.date(2026, 11, 24)
EXTRA_REGISTERS = 15
FIELDS_PER_ENTRY = 50


def _copy_register(model: Register, n: int) -> Register:
    copy = Register(key=f"kopio{n}", controller_id=model.controller_id, position=100 + n,
                    name={"fi": f"Kopiorekisteri {n}"}, purposes_text=dict(model.purposes_text),
                    retention_months=model.retention_months)
    copy.items = [RegisterItem(kind=i.kind, text=dict(i.text), legal_basis=i.legal_basis,
                               name=i.name) for i in model.items]
    return copy


def _person(db: Database, email: str, registers: int, fields: int) -> int:
    with transaction(db) as session:
        model = session.scalars(select(Register).where(Register.key == "asiakkaat")).one()
        all_registers = list(session.scalars(select(Register).order_by(Register.id)))
        if len(all_registers) < 5 + EXTRA_REGISTERS and registers > 5:
            for n in range(EXTRA_REGISTERS):
                session.add(_copy_register(model, n))
            session.flush()
            all_registers = list(session.scalars(select(Register).order_by(Register.id)))
        person = Person(first_name="Suuri", last_name="Rekisteröity",
                        emails=[PersonEmail(address=email)], street="Katu 1",
                        postal_code="70100", locality="Kuopio")
        session.add(person)
        for register in all_registers[:registers]:
            person.entries.append(RegisterEntry(
                register=register, source="Tuonti", legal_basis="contract",
                collected_on=TODAY - dt.timedelta(days=300),
                details={f"kenttä {k:02d}": f"arvo {k} rekisterissä {register.key}"
                         for k in range(fields)}))
        session.flush()
        return person.id


def _median(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _plain_table() -> bytes:
    buffer = io.BytesIO()
    rows = [[f"rivi {n}", f"arvo {n}", "teksti " * 4] for n in range(500)]
    SimpleDocTemplate(buffer, pagesize=A4).build([Table(rows, repeatRows=1)])
    return buffer.getvalue()


def measure(rounds: int = 5) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        db = create_database(Path(folder) / "bench.db", PASSPHRASE, FixedClock.on(TODAY))
        try:
            build_demo(db, TODAY)
            large = _person(db, "suuri@example.fi", 5 + EXTRA_REGISTERS, FIELDS_PER_ENTRY)
            small = _person(db, "pieni@example.fi", 1, 10)
            return {
                "report": _median(lambda: build_access_report(db, large, TODAY), rounds),
                "report_small": _median(lambda: build_access_report(db, small, TODAY), rounds),
                "pages": float(len(PdfReader(io.BytesIO(
                    build_access_report(db, large, TODAY).pdf)).pages)),
                "notice": _median(lambda: notice_pdf(db, "fi"), rounds),
                "table": _median(_plain_table, rounds),
            }
        finally:
            db.close()


if __name__ == "__main__":
    print(measure())
