"""Import of a 10,000-row CSV: the real CLI and the service call, against ``executemany``.

Builds a demo database (``kasve-desktop init --demo``) in a temporary folder and a
realistic CSV: synthetic people recombined from the demo's made-up ones (names, places,
organisations), an e-mail and a phone in the formats people type, some rows of people
already kept (matched by e-mail) and some repeated within the file. Times, on fresh
copies of the same database:

- ``cli``: ``kasve-desktop import --db PATH FILE --register asiakkaat`` end to end (a
  process: start, key derivation, reading, checking, matching, writing, report);
- ``service``: ``read_table`` + ``plan_import`` + ``apply_import`` in-process;
- ``reference``: the same new people, e-mails, phones, register entries and one audit
  entry per created row, inserted with ``executemany`` (SQLAlchemy Core) in one
  transaction — no checking, no matching, no chaining.

``measure(repeat)`` returns the medians; run standalone: ``python benchmarks/import_speed.py
[--rows N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, insert, select

from kasve_desktop.clock import FixedClock, local_date
from kasve_desktop.demo.build import load_people
from kasve_desktop.domain.import_mapping import PersonFields
from kasve_desktop.services.people import importing
from kasve_desktop.store.connection import (
    MEMORY_SECURITY_VARIABLE,
    memory_security_wanted,
)
from kasve_desktop.store.engine import open_database
from kasve_desktop.store.models import (
    AuditEntry,
    Person,
    PersonEmail,
    PersonPhone,
    Register,
    RegisterEntry,
)

PASSPHRASE = "benchmark passphrase"
REGISTER = "asiakkaat"
ROWS = 10_000
TARGET_S = 5.0
HEADER = ("Etunimi;Sukunimi;Sähköposti;Puhelin;Organisaatio;Kotikunta;Katuosoite;"
          "Postinumero;Postitoimipaikka")
CLOCK = FixedClock.on(dt.date(2026, 11, 24))
ASCII = str.maketrans("äöåÄÖÅéü", "aoaAOAeu")


def _phone(rng: random.Random) -> str:
    digits = f"{rng.randrange(10**7):07d}"
    prefix = rng.choice(("040", "050", "044", "045"))
    return rng.choice((f"{prefix} {digits[:3]} {digits[3:]}", f"{prefix}{digits}",
                       f"+358 {prefix[1:]} {digits[:3]} {digits[3:]}",
                       f"{prefix}-{digits}"))


def make_csv(path: Path, rows: int = ROWS, seed: int = 20261124) -> None:
    """``rows`` people: ~3 % already kept (the demo's, by e-mail), ~5 % repeating an
    earlier row, the rest new; a few without e-mail, some without phone or address."""
    rng = random.Random(seed)
    demo = load_people()
    firsts = sorted({p.first_name for p in demo})
    lasts = sorted({p.last_name for p in demo})
    places = sorted({(p.street, p.postal_code, p.locality) for p in demo})
    organisations = sorted({p.organisation for p in demo if p.organisation})
    lines: list[str] = [HEADER]
    for n in range(1, rows + 1):
        draw = rng.random()
        if draw < 0.03:
            p = rng.choice(demo)
            cells = [p.first_name, p.last_name, p.email, "", "", p.municipality, "", "", ""]
        elif draw < 0.08 and len(lines) > 2:
            cells = rng.choice(lines[1:]).split(";")
        else:
            first, last = rng.choice(firsts), rng.choice(lasts)
            street, postal, locality = rng.choice(places)
            email = (f"{first}.{last}.{n}@example.fi".lower().translate(ASCII)
                     if rng.random() < 0.95 else "")
            phone = _phone(rng) if rng.random() < 0.8 else ""
            if not (email or phone):
                phone = _phone(rng)
            has_address = rng.random() < 0.6
            cells = [first, last, email, phone,
                     rng.choice(organisations) if rng.random() < 0.4 else "", locality,
                     street if has_address else "", postal if has_address else "",
                     locality if has_address else ""]
        lines.append(";".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KASVE_PASSPHRASE": PASSPHRASE}
    return subprocess.run([sys.executable, "-m", "kasve_desktop", *args], capture_output=True,
                          text=True, env=env, check=True, timeout=600)


def _time_cli(db: Path, csv: Path) -> float:
    start = time.perf_counter()
    _cli("import", "--db", str(db), str(csv), "--register", REGISTER)
    return time.perf_counter() - start


def _time_service(db_path: Path, csv: Path) -> float:
    db = open_database(db_path, PASSPHRASE, clock=CLOCK)
    try:
        start = time.perf_counter()
        table = importing.read_table(csv)
        plan = importing.plan_import(db, table, REGISTER)
        now = CLOCK.now()
        importing.apply_import(db, plan, skip_invalid=True, today=local_date(now), now=now)
        return time.perf_counter() - start
    finally:
        db.close()


def _reference_rows(db_path: Path, csv: Path) -> dict[str, list[dict[str, object]]]:
    """The rows the import would write for ``csv``, with their ids, ready to insert."""
    db = open_database(db_path, PASSPHRASE, clock=CLOCK)
    try:
        plan = importing.plan_import(db, importing.read_table(csv), REGISTER)
        with db.sessions() as session:
            register_id = session.scalar(select(Register.id).where(Register.key == REGISTER))
            ids = {table: int(session.scalar(select(func.max(m.id))) or 0)
                   for table, m in (("person", Person), ("person_email", PersonEmail),
                                    ("person_phone", PersonPhone),
                                    ("register_entry", RegisterEntry))}
    finally:
        db.close()
    out: dict[str, list[dict[str, object]]] = {
        "person": [], "person_email": [], "person_phone": [], "register_entry": [],
        "audit_entry": []}
    at = CLOCK.now()
    for row in plan.with_status(importing.RowStatus.NEW):
        assert row.person is not None
        fields = {f: getattr(row.person, f) for f in PersonFields.__dataclass_fields__
                  if f not in ("email", "phone")}
        ids["person"] += 1
        pid = ids["person"]
        out["person"].append({"id": pid, **fields})
        made = [("person", pid)]
        if row.person.email:
            ids["person_email"] += 1
            out["person_email"].append({"id": ids["person_email"], "person_id": pid,
                                        "position": 0, "address": row.person.email})
            made.append(("person_email", ids["person_email"]))
        if row.person.phone:
            ids["person_phone"] += 1
            out["person_phone"].append({"id": ids["person_phone"], "person_id": pid,
                                        "position": 0, "number": row.person.phone})
            made.append(("person_phone", ids["person_phone"]))
        ids["register_entry"] += 1
        out["register_entry"].append({
            "id": ids["register_entry"], "person_id": pid, "register_id": register_id,
            "source": "Tuonti: bench", "collected_on": at.date(), "last_needed_on": at.date()})
        made.append(("register_entry", ids["register_entry"]))
        out["audit_entry"] += [{"at": at, "os_user": "bench", "action": "create",
                                "entity": entity, "entity_id": str(i), "fields": ["id"],
                                "prev_hash": "", "hash": ""} for entity, i in made]
    for n, entry in enumerate(out["audit_entry"], start=1):
        entry["prev_hash"], entry["hash"] = f"{n - 1:064x}", f"{n:064x}"

    return out


def _time_reference(db_path: Path, rows: dict[str, list[dict[str, object]]]) -> float:
    db = open_database(db_path, PASSPHRASE, clock=CLOCK)
    tables = {"person": Person, "person_email": PersonEmail, "person_phone": PersonPhone,
              "register_entry": RegisterEntry, "audit_entry": AuditEntry}
    try:
        start = time.perf_counter()
        with db.engine.begin() as connection:
            for name, model in tables.items():
                connection.execute(insert(model.__table__), rows[name])
        return time.perf_counter() - start
    finally:
        db.close()


def measure(repeat: int = 3, rows: int = ROWS) -> dict[str, object]:
    """Medians (seconds) of the CLI import, the service import and the reference."""
    with tempfile.TemporaryDirectory(prefix="kasve-import-") as folder:
        base = Path(folder)
        template, csv = base / "demo.db", base / "people.csv"
        _cli("init", "--db", str(template), "--demo")
        make_csv(csv, rows)
        reference_rows = _reference_rows(template, csv)
        times: dict[str, list[float]] = {"cli": [], "service": [], "reference": []}
        for n in range(repeat):
            for kind in times:
                copy = base / f"{kind}-{n}.db"
                shutil.copyfile(template, copy)
                if kind == "cli":
                    times[kind].append(_time_cli(copy, csv))
                elif kind == "service":
                    times[kind].append(_time_service(copy, csv))
                else:
                    times[kind].append(_time_reference(copy, reference_rows))
                copy.unlink()
    medians = {kind: statistics.median(values) for kind, values in times.items()}
    return {"rows": rows, "new_persons": len(reference_rows["person"]), "repeat": repeat,
            "memory_security": memory_security_wanted(),
            "median_s": medians, "all_s": times, "target_s": TARGET_S,
            "met": medians["cli"] <= TARGET_S}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory-security", choices=("on", "off"), default="on",
                        help="SQLCipher's memory wiping, both sides (on: as the product)")
    args = parser.parse_args()
    os.environ[MEMORY_SECURITY_VARIABLE] = args.memory_security
    result = measure(args.repeat, args.rows)
    medians = result["median_s"]
    assert isinstance(medians, dict)
    print(f"import of {result['rows']} rows ({result['new_persons']} new people), "
          f"median of {result['repeat']}, memory security "
          f"{'on' if result['memory_security'] else 'off'}")
    print(f"{'what':<12}{'median s':>10}{'rows/s':>10}  all")
    for kind, value in medians.items():
        spread = " ".join(f"{v:.2f}" for v in result["all_s"][kind])  # type: ignore[index]
        print(f"{kind:<12}{value:>10.2f}{result['rows'] / value:>10.0f}  {spread}")
    print(f"target: cli ≤ {TARGET_S} s: {'met' if result['met'] else 'NOT met'}")


if __name__ == "__main__":
    main()
