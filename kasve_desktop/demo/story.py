"""The demo's notice story: the seed published as version 1, then the registers corrected.

``publish_seed`` freezes the registers as the seed left them as notice version
1, dated when Kasve published it, with an override reason for the gaps the
completeness check finds in it. ``apply_draft`` then saves Kasve's corrected
registers (``draft``) through the same service the register form uses, and
replaces the notice's title and opening; the draft is not published, so that
comparing version 1 with the draft shows every change. Both run through the
services, each in its own transaction: ``build`` joins them into one.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.demo.draft import Draft
from kasve_desktop.demo.seed import seed_notice
from kasve_desktop.services.database import transaction
from kasve_desktop.services.registers.notice import INTRO_SETTING, publish
from kasve_desktop.services.registers.registers import save_register
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import NoticeVersion, Setting


def publish_seed(db: Database) -> int:
    """Version 1: the notice as the seed registers give it, published despite its gaps."""
    published = seed_notice().published
    return publish(db, published.effective_date, note=published.note,
                   override_reason=published.override_reason).number


def version(session: Session, number: int) -> NoticeVersion:
    return session.scalars(select(NoticeVersion).where(NoticeVersion.number == number)).one()


def apply_draft(db: Database, draft: Draft) -> None:
    """The registers as corrected, and the notice's new title and opening (not published)."""
    for facts in draft.registers:
        save_register(db, facts)
    value: dict[str, object] = {"title": dict(draft.title), "text": dict(draft.intro)}
    with transaction(db) as session:
        setting = session.get(Setting, INTRO_SETTING)
        if setting is None:
            session.add(Setting(key=INTRO_SETTING, value=value))
        else:
            setting.value = value
