"""The privacy notice: compose it from the registers, render it, publish versions.

Publishing freezes a notice: its number, effective date, the exact texts of
every section in Finnish, Swedish and English, and the three PDFs, all stored
in the database. A published version is never rebuilt: its PDF is the stored
one, and two versions are compared section by section from their frozen texts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.file_names import notice_file_name
from kasve_desktop.domain.notice import (
    LANGUAGES,
    Address,
    AuthorityContact,
    ContactFacts,
    ControllerFacts,
    Notice,
    NoticeFacts,
    Section,
)
from kasve_desktop.domain.notice_check import NoticeCheck, check_notice
from kasve_desktop.domain.notice_compose import compose
from kasve_desktop.domain.notice_json import (
    facts_from_json,
    facts_to_json,
    notice_from_json,
    notice_to_json,
)
from kasve_desktop.i18n import N_, _, current_language, letter_date
from kasve_desktop.services.database import transaction
from kasve_desktop.services.registers.authority import authority_in
from kasve_desktop.services.registers.controller import main_controller
from kasve_desktop.services.registers.registers import register_facts
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    ContactPerson,
    Controller,
    Document,
    FlagDismissal,
    NoticeVersion,
    Register,
    Setting,
)

CHANGES_SECTION = 12
FACTS = "facts"
"""The key of a version's content that holds the facts it was composed from."""
INTRO_SETTING = "notice.intro"


class NoticeError(UserError):
    """Something the user asked for does not exist (an unknown register or version)."""


class PublishNeedsReason(UserError):
    """The check shows gaps: publishing anyway needs a reason, kept with the version."""

    def __init__(self, checked: NoticeCheck) -> None:
        super().__init__()
        self.check = checked

    def text(self) -> str:
        return _("The completeness check shows missing items or open remarks. Publish anyway "
                 "only with a reason, which is kept with the version.")


@dataclass(frozen=True)
class RegisterChoice:
    key: str
    name: str


@dataclass(frozen=True)
class VersionInfo:
    number: int
    effective_date: dt.date
    published_at: dt.datetime
    register_keys: tuple[str, ...]
    note: str
    override_reason: str = ""
    """Why it was published although the check showed gaps ("" when it was clean)."""
    id: int = 0
    """The stored version's id (what an event or a consent refers to)."""


@dataclass(frozen=True)
class SectionChange:
    number: int
    heading: str
    old_text: str
    new_text: str

    @property
    def changed(self) -> bool:
        return self.old_text != self.new_text


# --- from the database to plain facts ----------------------------------------------


def _address(row: Controller | ContactPerson) -> Address:
    country = row.country if isinstance(row, Controller) else "FI"
    return Address(row.street, row.postal_code, row.locality, country)


def controller_facts(session: Session) -> ControllerFacts:
    main = main_controller(session)
    if main is None:
        return ControllerFacts(name="")
    subsidiaries = session.scalars(select(Controller.name)
                                   .where(Controller.parent_id == main.id)).all()
    return ControllerFacts(main.name, main.business_id, _address(main), main.email, main.phone,
                           main.website, main.shares_customer_contacts, tuple(subsidiaries))


def contact_facts(session: Session, role: str) -> ContactFacts | None:
    person = session.scalars(select(ContactPerson).where(ContactPerson.role == role)
                             .order_by(ContactPerson.id)).first()
    if person is None:
        return None
    return ContactFacts(person.name, _address(person), person.email, person.phone)


def authority(session: Session) -> dict[str, AuthorityContact]:
    """The supervisory authority's contact block per language (``authority_in``)."""
    return authority_in(session)


def intro(session: Session) -> dict[str, str]:
    setting = session.get(Setting, INTRO_SETTING)
    text = setting.value.get("text") if setting else None
    return {str(k): str(v) for k, v in text.items()} if isinstance(text, dict) else {}


def load_intro(db: Database) -> dict[str, str]:
    """The notice's opening words per language (printed before section 1)."""
    with db.sessions() as session:
        return intro(session)


def save_intro(db: Database, texts: dict[str, str]) -> None:
    """Replace the notice's opening words (empty languages dropped)."""
    clean = {lang: text.strip() for lang, text in texts.items() if text.strip()}
    with transaction(db) as session:
        setting = session.get(Setting, INTRO_SETTING)
        if setting is None:
            session.add(Setting(key=INTRO_SETTING, value={"text": clean}))
        else:
            setting.value = {**setting.value, "text": clean}


def _registers(session: Session, keys: Sequence[str] | None,
               with_items: bool = False) -> list[Register]:
    """The registers (of ``keys``, or all); ``with_items`` reads their items too, in one
    query for all of them rather than one per register."""
    query = select(Register).order_by(Register.position, Register.id)
    if with_items:
        query = query.options(selectinload(Register.items))
    rows = list(session.scalars(query))
    if keys is None:
        return rows
    by_key = {r.key: r for r in rows}
    unknown = [k for k in keys if k not in by_key]
    if unknown:
        raise NoticeError(N_("No register has the key {keys}."), keys=", ".join(unknown))
    return [by_key[k] for k in dict.fromkeys(keys)]


def notice_facts(session: Session, register_keys: Sequence[str] | None = None,
                 version: int | None = None,
                 effective_date: dt.date | None = None) -> NoticeFacts:
    registers = _registers(session, register_keys, with_items=True)
    if not registers:
        raise NoticeError(N_("There are no registers to describe."))
    return NoticeFacts(controller_facts(session), contact_facts(session, "contact"),
                       tuple(register_facts(r) for r in registers), authority(session),
                       dpo=contact_facts(session, "dpo"), intro=intro(session),
                       version=version, effective_date=effective_date)


# --- the draft ------------------------------------------------------------------


def register_choices(db: Database) -> list[RegisterChoice]:
    lang = current_language()
    with db.sessions() as session:
        return [RegisterChoice(r.key, r.name.get(lang) or r.name.get("fi") or r.key)
                for r in _registers(session, None)]


def build_notice(db: Database, lang: str, register_keys: Sequence[str] | None = None) -> Notice:
    """The current draft of the notice in ``lang``."""
    with db.sessions() as session:
        return compose(notice_facts(session, register_keys), lang, letter_date)


def notice_pdf(db: Database, lang: str, register_keys: Sequence[str] | None = None,
               version: int | None = None, today: dt.date | None = None) -> bytes:
    """The draft's PDF (dated ``today``), or the PDF frozen when ``version`` was published."""
    if version is not None:
        return _stored_pdf(db, version, lang)
    from kasve_desktop.documents.notice_pdf import render_notice_pdf

    return render_notice_pdf(build_notice(db, lang, register_keys), today)


def notice_html(db: Database, lang: str, register_keys: Sequence[str] | None = None,
                version: int | None = None) -> str:
    from kasve_desktop.documents.notice_html import render_notice_html

    notice = (published_notice(db, version, lang) if version is not None
              else build_notice(db, lang, register_keys))
    return render_notice_html(notice)


# --- versions ---------------------------------------------------------------------


def _version_row(session: Session, number: int) -> NoticeVersion:
    row = session.scalars(select(NoticeVersion).where(NoticeVersion.number == number)).first()
    if row is None:
        raise NoticeError(N_("No version {number} has been published."), number=number)
    return row


def _stored_pdf(db: Database, number: int, lang: str) -> bytes:
    with db.sessions() as session:
        row = _version_row(session, number)
        content = session.scalars(select(Document.content).where(
            Document.notice_version_id == row.id, Document.language == lang)).first()
    if content is None:
        raise NoticeError(N_("Version {number} has no PDF in this language."), number=number)
    return content


def published_notice(db: Database, number: int, lang: str) -> Notice:
    with db.sessions() as session:
        content = _version_row(session, number).content
    frozen = content.get(lang)
    if not isinstance(frozen, dict):
        raise NoticeError(N_("Version {number} has no text in this language."), number=number)
    return notice_from_json(frozen)


def publish(db: Database, effective_date: dt.date, register_keys: Sequence[str] | None = None,
            note: str = "", override_reason: str = "") -> VersionInfo:
    """Freeze the current notice in every language as the next version, with the facts it
    was made from. While the check shows a missing item or an open flag, publishing needs
    ``override_reason`` (``PublishNeedsReason`` otherwise); the version keeps it."""
    from kasve_desktop.documents.notice_pdf import render_notice_pdf

    with transaction(db) as session:
        _check_effective_date(session, effective_date)
        number = (session.scalar(select(func.max(NoticeVersion.number))) or 0) + 1
        facts = notice_facts(session, register_keys, number, effective_date)
        checked = check_notice(facts, dismissed_flags(session), LANGUAGES)
        reason = override_reason.strip() if not checked.clean else ""
        if not checked.clean and not reason:
            raise PublishNeedsReason(checked)
        notices = {lang: compose(facts, lang, letter_date) for lang in LANGUAGES}
        content: dict[str, object] = {lang: notice_to_json(n) for lang, n in notices.items()}
        content[FACTS] = facts_to_json(facts)
        row = NoticeVersion(number=number, effective_date=effective_date,
                            register_keys=[r.key for r in facts.registers], note=note,
                            content=content, override_reason=reason)
        session.add(row)
        session.flush()
        for lang, notice in notices.items():
            pdf = render_notice_pdf(notice)
            session.add(Document(kind="notice", notice_version_id=row.id, language=lang,
                                 filename=notice_file_name(lang, number),
                                 content=pdf, sha256=hashlib.sha256(pdf).hexdigest(),
                                 is_final=True))
        return _info(row)


def _check_effective_date(session: Session, effective_date: dt.date) -> None:
    """A new version cannot take effect before the version it replaces."""
    latest = session.scalars(select(NoticeVersion)
                             .order_by(NoticeVersion.number.desc())).first()
    if latest is not None and effective_date < latest.effective_date:
        raise NoticeError(N_("The effective date cannot be earlier than that of version "
                             "{number} ({date})."), number=latest.number,
                          date=letter_date(latest.effective_date, current_language()))


def _info(row: NoticeVersion) -> VersionInfo:
    """The version's facts; ``published_at`` is timezone-aware (stored in UTC)."""
    return VersionInfo(row.number, row.effective_date, row.published_at.replace(tzinfo=dt.UTC),
                       tuple(row.register_keys), row.note, row.override_reason or "", row.id)


def versions(db: Database) -> list[VersionInfo]:
    """Published versions, newest first."""
    with db.sessions() as session:
        rows = session.scalars(select(NoticeVersion).order_by(NoticeVersion.number.desc()))
        return [_info(row) for row in rows]


def _comparable(section: Section) -> str:
    """The section's text, less the version line that the last section always ends with."""
    if section.number == CHANGES_SECTION and section.blocks:
        section = dataclasses.replace(section, blocks=section.blocks[:-1])
    return section.plain_text()


def compare(db: Database, old: int, new: int, lang: str = "fi") -> list[SectionChange]:
    """Every section of two versions side by side, as plain text."""
    before, after = published_notice(db, old, lang), published_notice(db, new, lang)
    old_sections = {s.number: _comparable(s) for s in before.sections}
    return [SectionChange(s.number, s.heading, old_sections.get(s.number, ""), _comparable(s))
            for s in after.sections]


# --- the check of the whole notice -------------------------------------------------------

def dismissed_flags(session: Session) -> dict[str, set[str]]:
    """Per register key, the codes of the flags the user dismissed (with a note)."""
    rows = session.execute(select(Register.key, FlagDismissal.code)
                           .join(FlagDismissal, FlagDismissal.register_id == Register.id))
    dismissed: dict[str, set[str]] = {}
    for key, code in rows:
        dismissed.setdefault(key, set()).add(code)
    return dismissed


def notice_check(db: Database, register_keys: Sequence[str] | None = None,
                 version: int | None = None,
                 languages: Sequence[str] = LANGUAGES) -> NoticeCheck:
    """The check of the draft (of ``register_keys``, or all registers), or of the facts a
    published ``version`` was made from, by today's rules."""
    with db.sessions() as session:
        dismissed = dismissed_flags(session)
        if version is None:
            facts = notice_facts(session, register_keys)
        else:
            stored = _version_row(session, version).content.get(FACTS)
            if not isinstance(stored, dict):
                raise NoticeError(N_("Version {number} was published without its facts, so it "
                                     "cannot be checked."), number=version)
            facts = facts_from_json(stored, authority(session))
    return check_notice(facts, dismissed, languages)
