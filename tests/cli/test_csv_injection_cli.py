"""What the product writes as CSV is safe to open in a spreadsheet: a cell typed or imported
as ``=…``, ``+…``, ``-…`` or ``@…`` comes out with an apostrophe in front, and a file the
product wrote imports back as it was."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import open_database
from kasve_desktop.store.models import Person, PersonEmail, PersonPhone
from tests.cli.test_cli import run
from tests.conftest import PASSPHRASE, fixed_clock
from tests.gui.sample import fill

HOSTILE = '=HYPERLINK("http://paha.example";"Avaa")'


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "kasve.db"
    db = open_database(path, PASSPHRASE, clock=fixed_clock(), create=True)
    fill(db)
    with transaction(db) as s:
        person = Person(first_name="@Aino", last_name="-Kaavio", organisation=HOSTILE)
        person.emails = [PersonEmail(position=0, address="aino.kaavio@example.fi")]
        person.phones = [PersonPhone(position=0, number="+358401234567")]
        s.add(person)
    db.close()
    return path


def test_persons_csv_escapes_what_could_run(database: Path) -> None:
    result = run("--lang", "en", "persons", "--db", str(database), "--search", "aino.kaavio",
                 "--format", "csv")
    assert result.returncode == 0, result.stderr
    header, row = list(csv.reader(io.StringIO(result.stdout)))
    values = dict(zip(header, row, strict=True))
    assert values["name"] == "'-Kaavio, @Aino"
    assert values["organisation"] == "'" + HOSTILE
    assert values["phones"] == "+358401234567"


def test_an_escaped_file_imports_as_it_was(database: Path, tmp_path: Path) -> None:
    listing = tmp_path / "lista.csv"
    listing.write_text("Etunimi;Sukunimi;Sähköposti;Organisaatio\n"
                       "Eero;'-Viiva;eero.viiva@example.fi;'@Yhtiö\n", encoding="utf-8")
    result = run("--lang", "en", "import", "--db", str(database), str(listing),
                 "--register", "asiakkaat")
    assert result.returncode == 0, result.stdout + result.stderr
    found = run("--lang", "en", "persons", "--db", str(database), "--search", "eero.viiva",
                "--format", "csv")
    header, row = list(csv.reader(io.StringIO(found.stdout)))
    values = dict(zip(header, row, strict=True))
    assert values["name"] == "'-Viiva, Eero"  # stored as "-Viiva", escaped again on output
    assert values["organisation"] == "'@Yhtiö"
    db = open_database(database, PASSPHRASE, clock=fixed_clock())
    try:
        with db.sessions() as s:
            eero = s.query(Person).filter(Person.first_name == "Eero").one()
            assert (eero.last_name, eero.organisation) == ("-Viiva", "@Yhtiö")
    finally:
        db.close()
