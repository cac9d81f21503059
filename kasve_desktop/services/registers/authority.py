"""Editing the supervisory authority's contact block that the notice prints, per language.

Until the user edits it, each language shows the details published on
tietosuoja.fi (``domain.notice.DEFAULT_AUTHORITY``). An edit is checked for all
three languages at once and stored as one setting; restoring the defaults
forgets it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from sqlalchemy.orm import Session

from kasve_desktop.domain import validation as check
from kasve_desktop.domain.notice import DEFAULT_AUTHORITY, LANGUAGES, AuthorityContact
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Setting

AUTHORITY_KEY = "authority"
AUTHORITY_FIELDS = ("name", "visiting", "postal", "phone", "email", "web")


def authority_in(session: Session) -> dict[str, AuthorityContact]:
    """The authority's contact block per language, as the notice and the letters print it.

    A field the user saved is printed as saved, even when they emptied it; a field (or
    a language) never saved is the default. The settings editor shows the same.
    """
    setting = session.get(Setting, AUTHORITY_KEY)
    stored = setting.value if setting is not None else {}
    result = dict(DEFAULT_AUTHORITY)
    for lang in LANGUAGES:
        block = stored.get(lang) if isinstance(stored, dict) else None
        if isinstance(block, dict):
            result[lang] = AuthorityContact(**{
                name: str(block.get(name, getattr(result[lang], name)))
                for name in AUTHORITY_FIELDS})
    return result


def load_authority(db: Database) -> dict[str, AuthorityContact]:
    """The contact block per language for the settings editor (``authority_in``)."""
    with db.sessions() as session:
        return authority_in(session)


def check_authority(blocks: Mapping[str, AuthorityContact]) -> dict[str, AuthorityContact]:
    """The blocks in their stored form, or ValidationFailed naming every bad field."""
    c = check.Checker()
    clean = {}
    for lang in LANGUAGES:
        block = blocks.get(lang, DEFAULT_AUTHORITY[lang])
        clean[lang] = AuthorityContact(
            name=c.value(f"{lang}.name", check.required, block.name),
            visiting=block.visiting.strip(), postal=block.postal.strip(),
            phone=block.phone.strip(), email=c.value(f"{lang}.email", check.email, block.email),
            web=c.value(f"{lang}.web", check.website, block.web))
    c.raise_if_failed()
    return clean


def save_authority(db: Database, blocks: Mapping[str, AuthorityContact]) -> None:
    clean = check_authority(blocks)
    value: dict[str, object] = {lang: dataclasses.asdict(block) for lang, block in clean.items()}
    with transaction(db) as session:
        setting = session.get(Setting, AUTHORITY_KEY)
        if setting is None:
            session.add(Setting(key=AUTHORITY_KEY, value=value))
        elif setting.value != value:
            setting.value = value


def restore_authority_defaults(db: Database) -> dict[str, AuthorityContact]:
    """Forget the edited block: the published defaults apply again."""
    with transaction(db) as session:
        setting = session.get(Setting, AUTHORITY_KEY)
        if setting is not None:
            session.delete(setting)
    return dict(DEFAULT_AUTHORITY)
