"""Asetukset's audit-chain line: a chain cut short of its anchor is shown as broken."""

from __future__ import annotations

from pathlib import Path

from kasve_desktop.gui.settings.area import chain_text
from kasve_desktop.services.listing import verify_audit_chain
from tests.store.test_audit_anchor import add_people, entry_ids, opened, tamper


def test_the_settings_line_names_the_missing_entries(db_path: Path) -> None:
    with opened(db_path, create=True) as db:
        add_people(db, 3)
        assert chain_text(verify_audit_chain(db)) == "Eheä: 3 merkintää tarkistettu."
        ids = entry_ids(db)
    tamper(db_path, f"DELETE FROM audit_entry WHERE id = {ids[-1]}")
    with opened(db_path) as db:
        found = verify_audit_chain(db)
    assert not found.intact
    assert chain_text(found) == (
        f"Lokista puuttuu 1 merkintä: ketju päättyy merkintään {ids[1]}, mutta sen "
        f"tiedetään jatkuneen merkintään {ids[2]} (3 merkintää).")
