"""What a transfer file carries besides the people: the notice versions the events name
(their frozen content and PDFs) and the keys and names of their registers.

So an event created at the workstation can be sent to a laptop that has only an empty
database, and its sign-up mode shows there what the version in force says. On import,
a version or a register missing from the database is added; a version of the same
number must be the same version, or nothing is imported (``NoticeConflict``): a consent
must point to the text it was given under. A register added so has only its key and
name (and the controller from the version's facts, when the database has none).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from kasve_desktop.domain.errors import UserError
from kasve_desktop.i18n import N_
from kasve_desktop.services.registers.notice import FACTS
from kasve_desktop.store.models import Controller, Document, NoticeVersion, Register
from kasve_desktop.store.transfer_file import (
    TransferContent,
    TransferNotice,
    TransferNoticePdf,
    TransferRegister,
)

NOTICE_KIND = "notice"


class NoticeConflict(UserError):
    message = N_("Version {number} of the privacy notice in the transfer file is not the "
                 "same as version {number} of this database, so the consents in the file "
                 "cannot be tied to it. Nothing was imported.")


def _numbers(content: TransferContent) -> set[int]:
    numbers = {e.notice_number for e in content.events} | {
        p.notice_number for p in content.participations} | {
        c.notice_number for c in content.consents}
    return {n for n in numbers if n is not None}


def _keys(content: TransferContent) -> set[str]:
    return {k for k in ({e.register_key for e in content.events}
                        | {c.register_key for c in content.consents}) if k}


# --- export -------------------------------------------------------------------------

def carried(session: Session, content: TransferContent) -> TransferContent:
    """``content`` with the notice versions and registers its records name."""
    versions = list(session.scalars(select(NoticeVersion).where(
        NoticeVersion.number.in_(sorted(_numbers(content)))).order_by(NoticeVersion.number)))
    notices = tuple(TransferNotice(f"notice-{v.number}", v.number, v.effective_date,
                                   v.published_at, tuple(v.register_keys),
                                   json.dumps(v.content), v.note, v.override_reason or "")
                    for v in versions)
    pdfs = tuple(
        TransferNoticePdf(f"notice-{v.number}-{d.language}", v.number, d.language, d.filename,
                          d.content)
        for v in versions for d in session.scalars(select(Document).where(
            Document.notice_version_id == v.id, Document.kind == NOTICE_KIND)
            .order_by(Document.id)))
    registers = tuple(TransferRegister(r.key, json.dumps(r.name)) for r in session.scalars(
        select(Register).where(Register.key.in_(sorted(_keys(content)))).order_by(Register.key)))
    return TransferContent(content.events, content.persons, content.participations,
                           content.consents, notices, pdfs, registers)


# --- import -------------------------------------------------------------------------

def check_notices(session: Session, content: TransferContent) -> None:
    """``NoticeConflict`` if a version of the file differs from the database's."""
    stored = {v.number: v for v in session.scalars(select(NoticeVersion).where(
        NoticeVersion.number.in_([n.number for n in content.notices])))}
    for notice in content.notices:
        kept = stored.get(notice.number)
        if kept is not None and kept.content != json.loads(notice.content):
            raise NoticeConflict(number=notice.number)


def missing(session: Session, content: TransferContent) -> tuple[int, int]:
    """How many of the file's notice versions and registers the database lacks."""
    numbers = set(session.scalars(select(NoticeVersion.number).where(
        NoticeVersion.number.in_([n.number for n in content.notices]))))
    keys = set(session.scalars(select(Register.key).where(
        Register.key.in_([r.uid for r in content.registers]))))
    return (sum(n.number not in numbers for n in content.notices),
            sum(r.uid not in keys for r in content.registers))


def _controller(session: Session, notices: Iterable[TransferNotice]) -> Controller:
    found = session.scalars(select(Controller).where(Controller.parent_id.is_(None))
                            .order_by(Controller.id)).first()
    if found is not None:
        return found
    facts = next((json.loads(n.content).get(FACTS) for n in notices), None) or {}
    given = facts.get("controller", {}) if isinstance(facts, dict) else {}
    address = given.get("address", {})
    controller = Controller(
        name=str(given.get("name", "")), business_id=str(given.get("business_id", "")),
        street=str(address.get("street", "")), postal_code=str(address.get("postal_code", "")),
        locality=str(address.get("locality", "")), email=str(given.get("email", "")),
        phone=str(given.get("phone", "")), website=str(given.get("website", "")))
    session.add(controller)
    return controller


def install(session: Session, content: TransferContent) -> None:
    """Add the file's notice versions and registers the database lacks (after the check)."""
    check_notices(session, content)
    numbers = set(session.scalars(select(NoticeVersion.number)))
    for notice in content.notices:
        if notice.number in numbers:
            continue
        version = NoticeVersion(number=notice.number, effective_date=notice.effective_date,
                                published_at=notice.published_at,
                                register_keys=list(notice.register_keys),
                                content=json.loads(notice.content), note=notice.note,
                                override_reason=notice.override_reason)
        session.add(version)
        session.flush()
        for pdf in content.notice_pdfs:
            if pdf.number == notice.number:
                digest = hashlib.sha256(pdf.content).hexdigest()
                session.add(Document(kind=NOTICE_KIND, notice_version_id=version.id,
                                     language=pdf.language, filename=pdf.filename,
                                     content=pdf.content, sha256=digest, is_final=True))
    keys = set(session.scalars(select(Register.key)))
    added = [r for r in content.registers if r.uid not in keys]
    if added:
        controller = _controller(session, content.notices)
        for position, register in enumerate(added, start=len(keys) + 1):
            session.add(Register(key=register.uid, name=json.loads(register.name),
                                 controller=controller, position=position))
    session.flush()
