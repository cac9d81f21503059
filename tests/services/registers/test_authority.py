"""The supervisory authority's block: the published defaults, an edit, and back."""

from __future__ import annotations

import dataclasses

import pytest

from kasve_desktop.domain.notice import DEFAULT_AUTHORITY
from kasve_desktop.domain.validation import ValidationFailed
from kasve_desktop.services.registers import authority, notice
from kasve_desktop.store.engine import Database


def test_authority_defaults_edit_and_restore(db: Database) -> None:
    assert authority.load_authority(db) == DEFAULT_AUTHORITY
    blocks = dict(DEFAULT_AUTHORITY)
    blocks["fi"] = dataclasses.replace(blocks["fi"], postal="PL 900, 00531 Helsinki")
    authority.save_authority(db, blocks)
    assert authority.load_authority(db)["fi"].postal == "PL 900, 00531 Helsinki"
    bad = dict(blocks)
    bad["sv"] = dataclasses.replace(bad["sv"], email="nej", name="")
    with pytest.raises(ValidationFailed) as failed:
        authority.save_authority(db, bad)
    assert set(failed.value.errors) == {"sv.email", "sv.name"}
    assert authority.load_authority(db)["sv"] == DEFAULT_AUTHORITY["sv"]
    assert authority.restore_authority_defaults(db) == DEFAULT_AUTHORITY
    assert authority.load_authority(db) == DEFAULT_AUTHORITY


def test_a_field_emptied_on_purpose_is_shown_and_printed_empty(db: Database) -> None:
    """The editor and the notice read the block by one rule: as saved, empty included."""
    blocks = dict(DEFAULT_AUTHORITY)
    blocks["fi"] = dataclasses.replace(blocks["fi"], phone="")
    authority.save_authority(db, blocks)
    with db.sessions() as session:
        printed = notice.authority(session)
    assert authority.load_authority(db)["fi"].phone == printed["fi"].phone == ""
    assert printed["fi"].name == "Tietosuojavaltuutetun toimisto"
    assert printed["sv"] == DEFAULT_AUTHORITY["sv"]
