"""Reading CSV and XLSX files, planning and applying an import on real encrypted databases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from kasve_desktop.demo.build import build_demo
from kasve_desktop.domain.import_mapping import NO_NAME_COLUMN, Problem
from kasve_desktop.domain.validation import CONTROL_CHARACTERS, EMAIL, PHONE
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people import import_reading as reading
from kasve_desktop.services.people import importing
from kasve_desktop.services.people.import_reading import (
    TOO_BIG_UNPACKED,
    TOO_MANY_ROWS,
    ImportUnreadable,
)
from kasve_desktop.services.people.importing import ImportRejected, RowStatus
from kasve_desktop.services.people.suppression import Contacts, suppress
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    AuditEntry,
    Person,
    PersonEmail,
    Register,
    RegisterEntry,
    RegisterItem,
)
from tests.services.people.xlsx_craft import craft

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, TODAY)
    return db


def count(db: Database, model: type[object]) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def counts(db: Database) -> tuple[int, int, int, int]:
    return (count(db, Person), count(db, PersonEmail), count(db, RegisterEntry),
            count(db, AuditEntry))


def write_csv(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def write_xlsx(tmp_path: Path, rows: list[list[object]], name: str = "t.xlsx") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def plan_file(db: Database, path: Path, key: str = "asiakkaat") -> importing.ImportPlan:
    return importing.plan_import(db, importing.read_table(path), key)


# --- reading ------------------------------------------------------------------------

def test_utf8_with_bom_semicolons_finnish_headers() -> None:
    table = importing.read_table(DATA / "good.csv")
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ";")
    assert table.header[:3] == ("Etunimi", "Sukunimi", "Sähköposti")
    assert [row.number for row in table.rows] == [2, 3, 4, 5]
    assert table.rows[3].cells[:2] == ("Pekka", "Östman")


def test_windows_1252_with_commas_and_quotes() -> None:
    table = importing.read_table(DATA / "cp1252.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ",")
    assert table.header == ("Nimi", "Sähköposti", "Puhelin", "Kotikunta")
    assert table.rows[1].cells == ("Öhman, Jörgen", "jorgen.ohman@example.fi", "", "Närpiö")


def test_tabs_and_swedish_headers() -> None:
    assert importing.read_table(DATA / "tabs.csv").delimiter == "\t"
    swedish = importing.read_table(DATA / "swedish_headers.csv")
    assert swedish.delimiter == ";" and swedish.rows[1].cells[1] == "Sjöberg"


def test_pipes_and_a_single_column(tmp_path: Path) -> None:
    piped = write_csv(tmp_path, "Nimi|Sähköposti\nAino Aalto|aino@example.fi\n")
    assert importing.read_table(piped).delimiter == "|"
    single = write_csv(tmp_path, "Sähköposti\naino@example.fi\n", "one.csv")
    assert importing.read_table(single).header == ("Sähköposti",)


def test_row_numbers_as_a_spreadsheet_shows_them(tmp_path: Path) -> None:
    path = write_csv(tmp_path, 'Nimi;Lisätiedot\n\nAino Aalto;"kaksi\nriviä"\n;\nOlli Oja;x\n')
    table = importing.read_table(path)
    assert [(row.number, row.cells[0]) for row in table.rows] == [(3, "Aino Aalto"),
                                                                  (5, "Olli Oja")]
    assert table.rows[0].cells[1] == "kaksi\nriviä"


def test_undecodable_bytes_are_refused_with_the_line() -> None:
    with pytest.raises(importing.ImportUnreadable) as caught:
        importing.read_table(DATA / "undecodable.csv")
    assert caught.value.params == {"line": "3", "byte": "0x81"}
    assert "3" in caught.value.text() and "0x81" in caught.value.text()


def test_ragged_rows_are_invalid_but_empty_trailing_cells_are_not() -> None:
    rows = importing.read_table(DATA / "ragged.csv").rows
    assert [bool(row.problems) for row in rows] == [False, True, False]
    assert rows[1].problems == (Problem(reading.RAGGED, {"count": "5", "columns": "3"}),)


def test_a_huge_cell_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Nimi;Lisätiedot\nAino Aalto;" + "x" * 10_001 + "\nOk;y\n")
    rows = importing.read_table(path).rows
    assert rows[0].problems == (Problem(reading.HUGE_CELL, {"column": "B (Lisätiedot)",
                                                            "limit": "10000"}),)
    assert rows[0].cells[1] == "" and rows[1].problems == ()


def test_a_cell_beyond_the_csv_limit_makes_the_file_unreadable(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Nimi;Lisätiedot\nAino;" + "x" * 200_000 + "\n")
    with pytest.raises(importing.ImportUnreadable):
        importing.read_table(path)


@pytest.mark.parametrize(("name", "content"), [
    ("people.xls", b"\xd0\xcf\x11\xe0"), ("people.pdf", b"%PDF-1.4"),
    ("people.xlsx", b"not a zip at all"), ("empty.csv", b""), ("blank.csv", b"\n;;\n"),
    ("nul.csv", b"Nimi;Email\nA\x00B;a@example.fi\n")])
def test_files_that_cannot_be_read(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(importing.ImportUnreadable) as caught:
        importing.read_table(path)
    assert caught.value.text()


def test_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    for path in (tmp_path / "ei.csv", tmp_path):
        with pytest.raises(importing.ImportUnreadable):
            importing.read_table(path if path.suffix else tmp_path / "kansio.csv")


def test_a_file_over_50_mb_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "iso.csv"
    with path.open("wb") as handle:
        handle.truncate(reading.MAX_FILE_BYTES + 1)
    with pytest.raises(importing.ImportUnreadable) as caught:
        importing.read_table(path)
    assert caught.value.message == reading.TOO_BIG


def test_xlsx_values_and_english_headers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path, [
        ["First name", "Last name", "E-mail", "Phone", "Customer number", "Since"],
        ["Emma", "Laine", "emma.laine@example.fi", 358401112222, 1001.0, dt.date(2026, 1, 2)],
        [None, None, None, None, None, None],
        ["Olli", "Nieminen", "olli@example.fi", "+358 40 333 4444", None, None]])
    table = importing.read_table(path)
    assert table.header[0] == "First name" and table.kind == "xlsx"
    assert [row.number for row in table.rows] == [2, 4]
    assert table.rows[0].cells == ("Emma", "Laine", "emma.laine@example.fi", "358401112222",
                                   "1001", "2026-01-02")


def test_xlsx_formulas_are_seen_and_refused_never_evaluated(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path, [["Nimi", "Sähköposti"], ["Aino Aalto", "=A2&\"@example.fi\""],
                                 ["Olli Oja", "olli@example.fi"]])
    rows = importing.read_table(path).rows
    assert rows[0].cells[1].startswith("=")
    assert rows[0].problems == (Problem(reading.FORMULA, {"column": "B (Sähköposti)"}),)
    assert rows[1].problems == ()


def test_a_csv_formula_is_refused_too(tmp_path: Path) -> None:
    path = write_csv(tmp_path, 'Nimi;Sähköposti\nAino;"=HYPERLINK(""x"")"\n')
    assert importing.read_table(path).rows[0].problems[0].message == reading.FORMULA


# --- planning and applying ------------------------------------------------------------

def test_import_adds_people_with_their_entries_and_again_adds_nothing(demo: Database) -> None:
    with transaction(demo) as session:
        for item in session.scalars(select(RegisterItem).join(Register).where(
                Register.key == "asiakkaat", RegisterItem.kind == "purpose")):
            item.legal_basis = "contract"
    before = counts(demo)
    plan = plan_file(demo, DATA / "good.csv")
    assert [row.status for row in plan.rows] == [RowStatus.NEW] * 4
    summary = importing.apply_import(demo, plan, skip_invalid=False, today=TODAY)
    assert (summary.rows_read, summary.new_persons, summary.matched_persons) == (4, 4, 0)
    assert (summary.entries_added, summary.written) == (4, True)
    after = counts(demo)
    assert after[0] == before[0] + 4 and after[3] > before[3]  # the audit hook logged it
    with demo.sessions() as session:
        aino = session.scalars(select(Person).join(PersonEmail).where(
            PersonEmail.address == "aino.virtanen@example.fi")).one()
        entry = aino.entries[0]
        assert (aino.phones[0].number, aino.municipality) == ("+358401112233", "Tampere")
        assert (entry.register.key, entry.source) == ("asiakkaat", "Tuonti: good.csv")
        assert (entry.collected_on, entry.last_needed_on, entry.legal_basis) == (
            TODAY, TODAY, "contract")
    again = importing.apply_import(demo, plan_file(demo, DATA / "good.csv"),
                                   skip_invalid=False, today=TODAY)
    assert (again.new_persons, again.matched_persons, again.entries_added,
            again.persons_updated) == (0, 4, 0, 0)
    assert counts(demo) == after


def test_matching_by_email_casefolded_or_by_phone(demo: Database, tmp_path: Path) -> None:
    with transaction(demo) as session:
        maija = session.scalars(select(Person).join(PersonEmail).where(
            PersonEmail.address == "maija.meikalainen@example.fi")).one()
        maija_id, phone = maija.id, "+358401234000"
    path = write_csv(tmp_path, "Nimi;Sähköposti;Puhelin;Organisaatio\n"
                     "Maija Meikäläinen;MAIJA.Meikalainen@Example.FI;040 123 4000;Uusi Oy\n"
                     "M. Meikäläinen;;+358 40 1234000;\n")
    plan = plan_file(demo, path, "kumppanit")
    assert [(r.status, r.person_id) for r in plan.rows] == [
        (RowStatus.MATCHED, maija_id), (RowStatus.SAME_AS_ROW, None)]
    assert plan.rows[0].person_name == "Maija Meikäläinen"
    summary = importing.apply_import(demo, plan, skip_invalid=False, today=TODAY)
    assert (summary.new_persons, summary.matched_persons, summary.entries_added,
            summary.persons_updated) == (0, 1, 1, 1)
    with demo.sessions() as session:
        maija = session.get_one(Person, maija_id)
        assert maija.organisation == "Uusi Oy"
        assert [p.number for p in maija.phones] == [phone]
        assert len(maija.emails) == 1 and maija.first_name == "Maija"
        assert "kumppanit" in {e.register.key for e in maija.entries}


def test_no_legal_basis_is_guessed_when_the_purposes_name_none_or_several(
        demo: Database, tmp_path: Path) -> None:
    with transaction(demo) as session:
        partners = session.scalars(select(Register).where(Register.key == "kumppanit")).one()
        session.add(RegisterItem(register_id=partners.id, kind="purpose", position=9,
                                 text={"fi": "sopimusten hoitaminen"}, legal_basis="contract"))
        for item in session.scalars(select(RegisterItem).join(Register).where(
                Register.key == "markkinointi", RegisterItem.kind == "purpose")):
            item.legal_basis = None
    path = write_csv(tmp_path, "Nimi;Sähköposti\nAino Aalto;aino@example.fi\n")
    for key in ("kumppanit", "markkinointi"):
        importing.apply_import(demo, plan_file(demo, path, key), skip_invalid=False, today=TODAY)
    with demo.sessions() as session:
        bases = session.scalars(select(RegisterEntry.legal_basis).where(
            RegisterEntry.source == "Tuonti: t.csv")).all()
    assert bases == ["", ""]


def test_skip_leaves_matched_people_alone(demo: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Nimi;Sähköposti;Organisaatio\n"
                     "Maija Meikäläinen;maija.meikalainen@example.fi;Uusi Oy\n"
                     "Uusi Ihminen;uusi.ihminen@example.fi;\n")
    before = count(demo, RegisterEntry)
    summary = importing.apply_import(demo, plan_file(demo, path, "kumppanit"),
                                     skip_invalid=False, on_matched="skip", today=TODAY)
    assert (summary.new_persons, summary.matched_persons, summary.persons_updated) == (1, 1, 0)
    assert count(demo, RegisterEntry) == before + 1
    with demo.sessions() as session:
        maija = session.scalars(select(Person).join(PersonEmail).where(
            PersonEmail.address == "maija.meikalainen@example.fi")).one()
        assert maija.organisation == ""


def test_two_rows_of_one_person_make_one_person(db: Database, tmp_path: Path) -> None:
    build_demo(db, TODAY)
    path = write_csv(tmp_path, "Nimi;Sähköposti;Puhelin;Titteli\n"
                     "Aino Aalto;aino.aalto@example.fi;;\n"
                     "Aino Aalto;;;\n"
                     "Aino Aalto;AINO.AALTO@example.fi;0401112299;Johtaja\n"
                     "Aino A.;;+358401112299;\n")
    plan = plan_file(db, path)
    assert [r.status for r in plan.rows] == [RowStatus.NEW, RowStatus.INVALID,
                                             RowStatus.SAME_AS_ROW, RowStatus.SAME_AS_ROW]
    assert [r.same_as for r in plan.rows[2:]] == [2, 2]
    before = count(db, Person)
    summary = importing.apply_import(db, plan, skip_invalid=True, today=TODAY)
    assert summary.new_persons == 1 and count(db, Person) == before + 1
    with db.sessions() as session:
        aino = session.scalars(select(Person).join(PersonEmail).where(
            PersonEmail.address == "aino.aalto@example.fi")).one()
        assert (aino.role, [p.number for p in aino.phones]) == ("Johtaja", ["+358401112299"])
        assert len(aino.entries) == 1


def test_an_invalid_row_rejects_everything(demo: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Nimi;Sähköposti\nAino Aalto;aino@example.fi\n"
                     "Olli Oja;olli(at)example.fi\nEero Esimerkki;eero@example.fi\n")
    before = counts(demo)
    plan = plan_file(demo, path)
    with pytest.raises(ImportRejected) as caught:
        importing.apply_import(demo, plan, skip_invalid=False, today=TODAY)
    rejected = caught.value.summary.rejected
    assert [(r.number, [p.message for p in r.problems]) for r in rejected] == [(3, [EMAIL])]
    assert counts(demo) == before
    summary = importing.apply_import(demo, plan, skip_invalid=True, today=TODAY)
    assert (summary.new_persons, [r.number for r in summary.rejected]) == (2, [3])
    assert count(demo, Person) == before[0] + 2


def test_a_phone_number_with_letters_is_refused_not_converted(demo: Database,
                                                              tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Nimi;Puhelin\nAino Aalto;040 765 4321\n"
                     "Olli Oja;040-ABC-1234\n")
    before = counts(demo)
    with pytest.raises(ImportRejected) as caught:
        importing.apply_import(demo, plan_file(demo, path), skip_invalid=False, today=TODAY)
    rejected = caught.value.summary.rejected
    assert [(r.number, [p.message for p in r.problems]) for r in rejected] == [(3, [PHONE])]
    assert counts(demo) == before


@pytest.mark.parametrize("hostile", ["Olli \x1b[31mOja", "Olli Oja\u202e", "Olli\x07Oja"])
def test_control_characters_are_refused_with_the_row_number(demo: Database, tmp_path: Path,
                                                            hostile: str) -> None:
    path = write_csv(tmp_path, f"Nimi;Sähköposti\nAino Aalto;aino@example.fi\n"
                     f"{hostile};olli@example.fi\n")
    before = counts(demo)
    with pytest.raises(ImportRejected) as caught:
        importing.apply_import(demo, plan_file(demo, path), skip_invalid=False, today=TODAY)
    rejected = caught.value.summary.rejected
    assert [(r.number, [p.message for p in r.problems]) for r in rejected] == [
        (3, [CONTROL_CHARACTERS])]
    assert counts(demo) == before


def test_missing_name_column_writes_nothing_even_when_skipping(demo: Database) -> None:
    plan = plan_file(demo, DATA / "missing_name_column.csv")
    assert plan.column_problems == (Problem(NO_NAME_COLUMN),)
    before = counts(demo)
    with pytest.raises(ImportRejected):
        importing.apply_import(demo, plan, skip_invalid=True, today=TODAY)
    assert counts(demo) == before


def test_a_corrected_mapping(demo: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Henkilö;Yhteys\nAino Aalto;aino@example.fi\n")
    table = importing.read_table(path)
    assert importing.plan_import(demo, table, "asiakkaat").mapping == (None, None)
    plan = importing.plan_import(demo, table, "asiakkaat", ("full_name", "email"))
    assert plan.column_problems == () and plan.rows[0].status is RowStatus.NEW


def test_a_failure_midway_rolls_everything_back(demo: Database) -> None:
    before = counts(demo)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 3:
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        importing.apply_import(demo, plan_file(demo, DATA / "good.csv"), skip_invalid=False,
                               progress=progress, today=TODAY)
    assert counts(demo) == before and seen[-1] == (3, 4)


def test_progress_reaches_the_end(demo: Database, tmp_path: Path) -> None:
    lines = [f"Henkilö {n};h{n}@example.fi" for n in range(450)]
    path = write_csv(tmp_path, "Nimi;Sähköposti\n" + "\n".join(lines) + "\n")
    seen: list[tuple[int, int]] = []
    summary = importing.apply_import(demo, plan_file(demo, path), skip_invalid=False,
                                     progress=lambda d, t: seen.append((d, t)), today=TODAY)
    assert summary.new_persons == 450
    assert seen[-1] == (450, 450) and 2 < len(seen) <= 201


def test_a_person_without_email_or_phone_is_matched_by_name_and_address(
        demo: Database) -> None:
    importing.apply_import(demo, plan_file(demo, DATA / "good.csv"), skip_invalid=False,
                           today=TODAY)
    plan = plan_file(demo, DATA / "good.csv")
    assert plan.rows[3].status is RowStatus.MATCHED
    assert plan.rows[3].person_name == "Pekka Östman"


def test_suppressed_people_are_not_imported(demo: Database, tmp_path: Path) -> None:
    with transaction(demo) as session:
        suppress(session, Contacts(emails=("kielto@example.fi",)))
    path = write_csv(tmp_path, "Nimi;Sähköposti\nKiel To;Kielto@Example.fi\n"
                     "Aino Aalto;aino@example.fi\n")
    plan = plan_file(demo, path)
    assert [r.status for r in plan.rows] == [RowStatus.SUPPRESSED, RowStatus.NEW]
    summary = importing.apply_import(demo, plan, skip_invalid=False, today=TODAY)
    assert (summary.new_persons, summary.suppressed) == (1, (2,))
    with demo.sessions() as session:
        assert session.scalar(select(PersonEmail).where(
            func.lower(PersonEmail.address) == "kielto@example.fi")) is None


def test_an_unknown_register(demo: Database) -> None:
    table = importing.read_table(DATA / "good.csv")
    with pytest.raises(importing.UnknownRegister):
        importing.plan_import(demo, table, "ei-ole")
    with pytest.raises(importing.UnknownRegister):
        importing.find_register(demo, "ei-ole")
    assert importing.find_register(demo, "asiakkaat")


def test_an_xlsx_of_blank_rows_is_refused_at_the_row_cap(tmp_path: Path) -> None:
    blank = craft(tmp_path / "tyhjat.xlsx", 250_000)  # no declared size: rows are counted
    with pytest.raises(ImportUnreadable) as refused:
        importing.read_table(blank)
    assert refused.value.message == TOO_MANY_ROWS
    declared = craft(tmp_path / "ilmoitettu.xlsx", 10, dimension="A1:B300000")
    with pytest.raises(ImportUnreadable) as refused:
        importing.read_table(declared)
    assert refused.value.message == TOO_MANY_ROWS
    within = craft(tmp_path / "sopiva.xlsx", 1_000)
    assert importing.read_table(within).header == ("Nimi", "Sähköposti")


def test_an_xlsx_that_unpacks_too_big_is_refused(tmp_path: Path) -> None:
    bomb = craft(tmp_path / "pommi.xlsx", 3, padding=201 * 1024 * 1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(ImportUnreadable) as refused:
        importing.read_table(bomb)
    assert refused.value.message == TOO_BIG_UNPACKED
    assert refused.value.params == {"limit": "200"}
