"""``kasve-desktop check`` names the entries missing from the end of the audit log, against
the head kept on this computer and (``--backup``) against a backup's."""

from __future__ import annotations

from pathlib import Path

from kasve_desktop.store import local_state
from kasve_desktop.store.audit_anchor import KEY
from kasve_desktop.store.backup import write_backup
from tests.cli.test_cli import run
from tests.conftest import PASSPHRASE
from tests.store.test_audit_anchor import add_people, entry_ids, opened, tamper


def test_check_names_the_missing_entries_and_fails(tmp_path: Path) -> None:
    path = tmp_path / "kasve.db"
    with opened(path, create=True) as db:
        add_people(db, 7)
        ids = entry_ids(db)
    assert run("check", "--db", str(path)).returncode == 0
    tamper(path, f"DELETE FROM audit_entry WHERE id > {ids[3]}")
    result = run("check", "--db", str(path))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-2] == "muutosloki: 4 merkintää, ketju ehjä"
    assert lines[-1] == (
        f"muutoslokin pää: VIRHE: Lokista puuttuu 3 merkintää: ketju päättyy merkintään "
        f"{ids[3]}, mutta sen tiedetään jatkuneen merkintään {ids[-1]} (7 merkintää).")
    english = run("--lang", "en", "check", "--db", str(path))
    assert english.returncode == 2
    assert english.stdout.splitlines()[-1] == (
        f"audit log head: FAILED: The log lacks 3 entries: the chain ends at entry {ids[3]}, "
        f"but it is known to have reached entry {ids[-1]} (7 entries).")


def test_check_against_a_backup_catches_what_the_local_anchor_cannot(tmp_path: Path) -> None:
    """Someone with the passphrase and this computer's settings can cut the log and move
    the anchor with it; a backup kept elsewhere still holds the older head."""
    path, copy = tmp_path / "kasve.db", tmp_path / "muualla.bak"
    with opened(path, create=True) as db:
        add_people(db, 6)
        write_backup(db.engine, PASSPHRASE, copy)
        add_people(db, 2)
        ids = entry_ids(db)
    assert run("check", "--db", str(path), "--backup", str(copy)).returncode == 0
    tamper(path, f"DELETE FROM audit_entry WHERE id > {ids[3]}")
    local_state.update(path, **{KEY: None})  # the settings rewritten too: no anchor here
    assert run("check", "--db", str(path)).returncode == 0  # what the chain alone can prove
    result = run("check", "--db", str(path), "--backup", str(copy))
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == (
        f"muutosloki varmuuskopioon verrattuna: VIRHE: Lokista puuttuu 2 merkintää: ketju "
        f"päättyy merkintään {ids[3]}, mutta sen tiedetään jatkuneen merkintään {ids[5]} "
        "(6 merkintää).")
