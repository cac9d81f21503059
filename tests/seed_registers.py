"""The seed notice's registers, as version 1 of the demo froze them, put back for a test.

The demo's current registers are the corrected draft; the seed's outdated texts
(the repealed act, written requests, "non-personal" analytics) live on in the
facts of version 1. Tests of the flags and their fixes restore them from there.
"""

from __future__ import annotations

from sqlalchemy import select

from kasve_desktop.domain.notice import RegisterFacts
from kasve_desktop.domain.notice_json import facts_from_json
from kasve_desktop.services.registers import registers
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import NoticeVersion


def seed_register(db: Database, key: str = "asiakkaat") -> RegisterFacts:
    """The register ``key`` as version 1 (the seed notice) described it."""
    with db.sessions() as session:
        row = session.scalars(select(NoticeVersion).where(NoticeVersion.number == 1)).one()
        content = row.content["facts"]
        assert isinstance(content, dict)
        facts = facts_from_json(content, {})
    return next(r for r in facts.registers if r.key == key)


def restore_seed(db: Database, *keys: str) -> None:
    """Save the seed's texts and items over the current registers ``keys``."""
    for key in keys:
        registers.save_register(db, seed_register(db, key))
