"""The access report for a person with 1,000 register rows, and the privacy notice PDF.

Builds the demo database (encrypted), adds fifteen registers copied from the
customer register and one person in all twenty registers, each entry holding
fifty imported fields: 1,000 rows of register data in the copy, on top of the
entry fields, consents and requests. Times, from the open database to the
PDF's bytes (reading, composing, rendering):

- the access report of that person, against plain reportlab with the same pages and
  1,000 table rows of wrapped text in the same embedded font;
- the demo's Finnish privacy notice PDF (all registers), against plain reportlab with
  the same pages.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)
from sqlalchemy import select

from benchmarks.dataset import CLOCK, Built
from benchmarks.figures import Figure, figure
from kasve_desktop.clock import FixedClock
from kasve_desktop.demo.build import build_demo
from kasve_desktop.documents.fonts import register_fonts
from kasve_desktop.services.answers.access_report.report import build_access_report
from kasve_desktop.services.database import create_database, transaction
from kasve_desktop.services.registers.notice import notice_pdf
from kasve_desktop.store.engine import Database, open_database
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
    """A copy of ``model`` with every column and item, under another key and name."""
    own = {"id", "key", "position", "name", "created_at", "updated_at"}
    copy = Register(**{c.key: getattr(model, c.key) for c in Register.__table__.columns
                       if c.key not in own},
                    key=f"kopio{n}", position=100 + n, name={"fi": f"Kopiorekisteri {n}"})
    copy.items = [RegisterItem(**{c.key: getattr(i, c.key) for c in RegisterItem.__table__.columns
                                  if c.key not in {"id", "register_id"}}) for i in model.items]
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


def _rounds(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def _plain_story(rows: int, breaks: int) -> list[Flowable]:
    family = register_fonts()
    style = ParagraphStyle("plain", fontName=family.regular, fontSize=9, leading=11)
    cells = [[Paragraph(f"kenttä {n % 50:02d}", style),
              Paragraph(f"arvo {n} rekisterissä kopio{n // 50}", style)] for n in range(rows)]
    story: list[Flowable] = [Table(cells, colWidths=[150, 330])] if rows else [Spacer(1, 1)]
    return story + [PageBreak(), Paragraph("…", style)] * breaks


def plain_document(rows: int, breaks: int) -> bytes:
    """Plain reportlab: ``rows`` two-column table rows of wrapped text in the embedded
    font the documents use, then ``breaks`` more pages."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(_plain_story(rows, breaks))
    return buffer.getvalue()


def breaks_for(rows: int, pages: int) -> int:
    """The page breaks ``plain_document(rows, …)`` needs to have ``pages`` pages."""
    breaks = 0
    while (found := _pages(plain_document(rows, breaks))) < pages:
        breaks += pages - found
    return breaks


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def measure(repeat: int) -> list[Figure]:
    """The access report at 1,000 register rows and the notice PDF, each against plain
    reportlab with the same pages (and, for the report, the same table rows)."""
    with tempfile.TemporaryDirectory() as folder:
        db = create_database(Path(folder) / "bench.db", PASSPHRASE, FixedClock.on(TODAY))
        try:
            build_demo(db, TODAY)
            large = _person(db, "suuri@example.fi", 5 + EXTRA_REGISTERS, FIELDS_PER_ENTRY)
            report_pages = _pages(build_access_report(db, large, TODAY).pdf)
            notice_pages = _pages(notice_pdf(db, "fi"))
            rows = (5 + EXTRA_REGISTERS) * FIELDS_PER_ENTRY
            report_breaks, notice_breaks = breaks_for(rows, report_pages), breaks_for(
                0, notice_pages)
            report, plain_report, notice, plain_notice = [], [], [], []
            for _ in range(repeat):  # taking turns with the references
                report += _rounds(lambda: build_access_report(db, large, TODAY), 1)
                plain_report += _rounds(lambda: plain_document(rows, report_breaks), 1)
                notice += _rounds(lambda: notice_pdf(db, "fi"), 1)
                plain_notice += _rounds(lambda: plain_document(0, notice_breaks), 1)
        finally:
            db.close()
    return [
        figure(f"Access report PDF, {rows:,} register rows ({report_pages} pages)", report,
               f"plain reportlab, {report_pages} pages, {rows:,} table rows", plain_report,
               "≤ 1 s and ≤ 2×", lambda v, ratio: v <= 1.0 and ratio is not None and ratio <= 2),
        figure(f"Privacy notice PDF, demo registers, Finnish ({notice_pages} pages)", notice,
               f"plain reportlab, {notice_pages} pages", plain_notice, "≤ 300 ms",
               lambda v, ratio: v <= 0.300),
    ]


def growth(dataset: Built) -> float:
    """Seconds for the access report of a person with ten entries in the data set."""
    db = open_database(dataset.path, PASSPHRASE, clock=CLOCK)
    try:
        build_access_report(db, 1, TODAY)
        return min(_rounds(lambda: build_access_report(db, 1, TODAY), 3))
    finally:
        db.close()


if __name__ == "__main__":
    for found in measure(3):
        print(found)
