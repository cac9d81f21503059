"""The record of processing activities (Art. 30): built from the registers, versioned.

The record reads the facts the privacy notice reads (``notice.notice_facts``)
and is never typed twice. Its versions are frozen like the notice's: a version
keeps the facts it was built from as JSON (``RecordVersion.content["facts"]``).
Printing the current record freezes a new version whenever the facts differ from
the latest version's, dated the day it is so drawn up (the record says "drawn up
on", not when the registers changed); otherwise the latest version is printed
again. An older version prints from its frozen facts only, never
rebuilt from today's registers. The processors' flags are counted on the day the
current record is printed, and for an older version on that version's date.
``record_document`` also tells which parts print a Finnish text for lack of a
translation (marked in the document, as in the notice).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.notice import NoticeFacts
from kasve_desktop.domain.notice_json import facts_from_json, facts_to_json
from kasve_desktop.domain.record import Processor, Record, RecordVersionFacts, build_record
from kasve_desktop.i18n import N_, letter_date
from kasve_desktop.services.database import transaction
from kasve_desktop.services.registers.controller import main_controller
from kasve_desktop.services.registers.notice import notice_facts
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import RecordVersion, Register

FACTS = "facts"
"""The key of a version's content that holds the facts it was built from."""
FILE_WORDS = {"fi": "seloste-kasittelytoimista", "sv": "register-over-behandling",
              "en": "record-of-processing-activities"}


class RecordError(UserError):
    """The record cannot be built (no registers, no controller) or a version is unknown."""


@dataclass(frozen=True)
class BuiltRecord:
    content: bytes
    untranslated: tuple[str, ...] = ()
    """The parts printed in Finnish for lack of a translation (``Record.untranslated``)."""


@dataclass(frozen=True)
class RecordVersionInfo:
    number: int
    effective_date: dt.date
    published_at: dt.datetime
    """When it was frozen (timezone-aware, UTC)."""
    note: str


def record_file_name(lang: str, number: int, suffix: str = ".pdf") -> str:
    """``seloste-kasittelytoimista-v3-fi.pdf``."""
    return f"{FILE_WORDS.get(lang, FILE_WORDS['fi'])}-v{number}-{lang}{suffix}"


# --- the facts and the versions -----------------------------------------------------


def _current_facts(session: Session) -> NoticeFacts:
    if main_controller(session) is None:
        raise RecordError(N_("Enter the controller first: the record of processing "
                             "activities names it."))
    if not session.scalar(select(func.count()).select_from(Register)):
        raise RecordError(N_("There are no registers: the record of processing activities "
                             "describes one processing activity per register."))
    return notice_facts(session)


def _frozen(facts: NoticeFacts) -> dict[str, Any]:
    """The facts as JSON, exactly as the database gives them back; without the notice's
    opening words, which the record does not print (a change to them is no new version)."""
    plain = facts_to_json(dataclasses.replace(facts, intro={}))
    loaded: dict[str, Any] = json.loads(json.dumps(plain))
    return loaded


def _latest(session: Session) -> RecordVersion | None:
    return session.scalars(select(RecordVersion).order_by(RecordVersion.number.desc())).first()


def _info(row: RecordVersion) -> RecordVersionInfo:
    return RecordVersionInfo(row.number, row.effective_date,
                             row.published_at.replace(tzinfo=dt.UTC), row.note)


def _unchanged(latest: RecordVersion | None, frozen: dict[str, Any]) -> bool:
    return latest is not None and latest.content.get(FACTS) == frozen


def freeze_current(db: Database, today: dt.date, note: str = "") -> RecordVersionInfo:
    """The version the current record prints as: the latest one if the facts are the
    same, else a new one drawn up (and dated) ``today``."""
    with transaction(db) as session:
        frozen = _frozen(_current_facts(session))
        latest = _latest(session)
        if latest is not None and _unchanged(latest, frozen):
            return _info(latest)  # the same facts: the latest version prints again
        number = (latest.number if latest else 0) + 1
        row = RecordVersion(number=number, effective_date=today, content={FACTS: frozen},
                            note=note)
        session.add(row)
        session.flush()
        return _info(row)


def pending_number(db: Database) -> int:
    """The number the current record would print as, without freezing anything."""
    with db.sessions() as session:
        latest = _latest(session)
        if latest is not None and _unchanged(latest, _frozen(_current_facts(session))):
            return latest.number
        return (latest.number if latest else 0) + 1


def record_versions(db: Database) -> list[RecordVersionInfo]:
    """The frozen versions, newest first."""
    with db.sessions() as session:
        rows = session.scalars(select(RecordVersion).order_by(RecordVersion.number.desc()))
        return [_info(row) for row in rows]


def _version_row(session: Session, number: int) -> RecordVersion:
    row = session.scalars(select(RecordVersion).where(RecordVersion.number == number)).first()
    if row is None:
        raise RecordError(N_("There is no version {number} of the record of processing "
                             "activities."), number=number)
    return row


# --- the record ---------------------------------------------------------------------


def build_record_of(db: Database, lang: str, today: dt.date,
                    version: int | None = None) -> Record:
    """The record in ``lang``: the current one (freezing a version if the facts changed)
    or the frozen ``version``."""
    number = freeze_current(db, today).number if version is None else version
    with db.sessions() as session:
        row = _version_row(session, number)
        frozen = row.content[FACTS]
        assert isinstance(frozen, dict)
        facts = facts_from_json(frozen, {})
        history = tuple((n, d) for n, d in session.execute(
            select(RecordVersion.number, RecordVersion.effective_date)
            .where(RecordVersion.number <= row.number).order_by(RecordVersion.number)))
        effective = row.effective_date
    as_of = today if version is None else effective
    return build_record(facts, lang, RecordVersionFacts(number, effective, history), as_of,
                        letter_date)


def current_processors(db: Database, lang: str, today: dt.date) -> tuple[Processor, ...]:
    """The processors of the current registers with their flags on ``today`` (nothing is
    frozen)."""
    with db.sessions() as session:
        facts = _current_facts(session)
    return build_record(facts, lang, RecordVersionFacts(0, today), today,
                        letter_date).processors


def record_pdf(db: Database, lang: str, today: dt.date, version: int | None = None) -> bytes:
    from kasve_desktop.documents.record_pdf import render_record_pdf

    return render_record_pdf(build_record_of(db, lang, today, version))


def record_xlsx(db: Database, lang: str, today: dt.date, version: int | None = None) -> bytes:
    from kasve_desktop.documents.record_xlsx import render_record_xlsx

    return render_record_xlsx(build_record_of(db, lang, today, version))


def record_document(db: Database, lang: str, file_format: str, today: dt.date,
                    version: int | None = None) -> BuiltRecord:
    """The record as ``file_format`` (``pdf`` or ``xlsx``), with what it prints untranslated."""
    from kasve_desktop.documents.record_pdf import render_record_pdf
    from kasve_desktop.documents.record_xlsx import render_record_xlsx

    built = build_record_of(db, lang, today, version)
    render = render_record_xlsx if file_format == "xlsx" else render_record_pdf
    return BuiltRecord(render(built), built.untranslated)
