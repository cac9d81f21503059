"""The completeness check of a register (``domain.completeness``), saved or as edited.

The check itself is a pure function of plain facts. What it needs besides the
register (the controller, its people, the notice's opening words and the flags
the user dismissed) is read once into a ``CheckContext``, so that the register
form can check its unsaved state after every edit without the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kasve_desktop.domain.completeness import CompletenessReport, check_register
from kasve_desktop.domain.notice import (
    SOURCE_LANGUAGE,
    ContactFacts,
    ControllerFacts,
    RegisterFacts,
)
from kasve_desktop.i18n import N_
from kasve_desktop.services.database import transaction
from kasve_desktop.services.registers.notice import (
    NoticeError,
    contact_facts,
    controller_facts,
    intro,
)
from kasve_desktop.services.registers.registers import find_register, load_register
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import FlagDismissal


@dataclass(frozen=True)
class CheckContext:
    """What the completeness check of a register needs besides the register itself."""

    controller: ControllerFacts
    contact: ContactFacts | None
    dpo: ContactFacts | None
    intro: str
    dismissed: frozenset[str]


def check_context(db: Database, key: str) -> CheckContext:
    """The stored controller, contact person, DPO, notice intro and the dismissed flags."""
    with db.sessions() as session:
        register_id = find_register(session, key).id
        dismissed = frozenset(session.scalars(
            select(FlagDismissal.code).where(FlagDismissal.register_id == register_id)))
        return CheckContext(controller_facts(session), contact_facts(session, "contact"),
                            contact_facts(session, "dpo"),
                            intro(session).get(SOURCE_LANGUAGE, ""), dismissed)


def check_unsaved(context: CheckContext, register: RegisterFacts) -> CompletenessReport:
    """Items A–N and the flags of the register as edited (saved or not), fast and pure;
    without the flags the user dismissed."""
    report = check_register(context.controller, context.contact, context.dpo, register,
                            context.intro)
    flags = tuple(f for f in report.flags if f.code not in context.dismissed)
    return CompletenessReport(report.register_key, report.items, flags)


def completeness(db: Database, key: str) -> CompletenessReport:
    """The check of the register as stored."""
    return check_unsaved(check_context(db, key), load_register(db, key))


def dismiss_flag(db: Database, key: str, code: str, note: str) -> None:
    """Record that the user dismissed a flag of one register, with a note."""
    if not note.strip():
        raise NoticeError(N_("Write why the remark does not apply."))
    with transaction(db) as session:
        register_id = find_register(session, key).id
        session.add(FlagDismissal(register_id=register_id, code=code, note=note.strip()))
