"""The seed privacy notice as structured data: controller, contact person, five registers.

Kasve's notice (``resources/seed/kasve-tietosuojaseloste.txt``, kept for the
tests, not used at run time) is one text covering all five registers. Its words
are in ``seed.toml`` (word for word, only whitespace normalised) and the
supervisory authority's contact block in ``authority.toml``; this module reads
them (``seed_notice``, ``authority``) and turns them into rows. Every register
gets the same section texts, outdated parts included: the demo publishes them
as version 1 of the notice (``story``), whose completeness check flags them,
and then corrects the registers (``draft``). Bullet points become register
items, one per bullet.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from sqlalchemy.orm import Session

from kasve_desktop.demo.data import Table, read
from kasve_desktop.domain.notice_vocabulary import RecipientRole
from kasve_desktop.domain.retention import RetentionAnchor
from kasve_desktop.domain.vocabulary import RegisterItemKind
from kasve_desktop.store.models import (
    ContactPerson,
    Controller,
    Register,
    RegisterItem,
    Setting,
    Texts,
)

SEED_FILE = "seed.toml"
AUTHORITY_FILE = "authority.toml"
AUTHORITY_LANGUAGES = ("fi", "sv", "en")
AUTHORITY_FIELDS = ("name", "visiting", "postal", "phone", "email", "web")
RETENTION_MONTHS = 6  # section 9: six months after the data is no longer needed

# Each text column of a register: (table of seed.toml, key), the notice's sections 4 to 11.
SECTION_TEXTS: dict[str, tuple[str, str]] = {
    "purposes_text": ("purposes", "text"),
    "data_content_text": ("data_content", "text"),
    "sources_text": ("sources", "text"),
    "disclosures_text": ("disclosures", "text"),
    "transfers_text": ("transfers", "text"),
    "security_text": ("security", "text"),
    "security_manual": ("security", "manual"),
    "security_electronic": ("security", "electronic"),
    "retention_text": ("retention", "text"),
    "rights_text": ("rights", "text"),
    "changes_text": ("changes", "text"),
}


def fi(text: str) -> Texts:
    """A text that exists in Finnish only (the seed has no translations)."""
    return {"fi": text}


@dataclass(frozen=True)
class SeedController:
    """Section 1: the controller."""

    name: str
    business_id: str
    street: str
    postal_code: str
    locality: str


@dataclass(frozen=True)
class SeedSource:
    """A source bullet, and whether the source is public (None: for the user to decide)."""

    text: str
    is_public: bool | None


@dataclass(frozen=True)
class SeedRecipient:
    """A recipient the notice mentions, and whether it is a processor (None: not told)."""

    name: str
    text: str
    is_processor: bool | None


@dataclass(frozen=True)
class SeedPublication:
    """How the seed notice was published: version 1, with the gaps it has."""

    effective_date: dt.date
    note: str
    override_reason: str


@dataclass(frozen=True)
class SeedNotice:
    """What the demo takes from the seed notice."""

    title: str
    intro: str
    controller: SeedController
    contact_name: str
    contact_email: str
    registers: Mapping[str, str]  # key (used by the command line): Finnish name, in order
    texts: Mapping[str, str]  # register column (``SECTION_TEXTS``): the section's text
    purposes: tuple[str, ...]
    data_categories: tuple[str, ...]
    sources: tuple[SeedSource, ...]
    recipients: tuple[SeedRecipient, ...]
    published: SeedPublication


def notice_from(seed: Table) -> SeedNotice:
    """The notice from the top table of ``seed.toml``."""
    notice, controller = seed.table("notice"), seed.table("controller")
    contact, published = seed.table("contact"), seed.table("published")
    return SeedNotice(
        title=notice.text("title"), intro=notice.paragraphs("intro"),
        controller=SeedController(*(controller.text(key) for key in (
            "name", "business_id", "street", "postal_code", "locality"))),
        contact_name=contact.text("name"), contact_email=contact.text("email"),
        registers=seed.texts_by_key("registers"),
        texts={column: seed.table(section).paragraphs(key)
               for column, (section, key) in SECTION_TEXTS.items()},
        purposes=seed.table("purposes").texts("items"),
        data_categories=seed.table("data_content").texts("items"),
        sources=tuple(SeedSource(row.text("text"), row.flag("public"))
                      for row in seed.table("sources").tables("items")),
        recipients=tuple(SeedRecipient(row.text("name", optional=True), row.text("text"),
                                       row.flag("processor"))
                         for row in seed.table("disclosures").tables("recipients")),
        published=SeedPublication(
            published.date("effective_date"),
            published.text("note").format(title=notice.text("title")),
            published.text("override_reason")))


@cache
def seed_notice() -> SeedNotice:
    """The seed notice as ``seed.toml`` gives it."""
    return notice_from(read(SEED_FILE))


def authority_from(table: Table) -> dict[str, dict[str, str]]:
    """The authority's contact block by language, from the top table of ``authority.toml``."""
    return {lang: {key: table.table(lang).text(key) for key in AUTHORITY_FIELDS}
            for lang in AUTHORITY_LANGUAGES}


def authority() -> dict[str, dict[str, str]]:
    """The supervisory authority's contact block, as access-report.md gives it."""
    return authority_from(read(AUTHORITY_FILE))


def settings() -> dict[str, Mapping[str, object]]:
    """The demo's settings: the notice's title and opening, the authority, deadlines."""
    notice = seed_notice()
    return {
        "notice.intro": {"title": fi(notice.title), "text": fi(notice.intro)},
        "authority": authority(),
        "deadline.target_margin_days": {"value": 5},
        "reminder.identity_days": {"value": 14},
    }


def add_controller(session: Session) -> Controller:
    """Kasve Oy and its registry contact person (section 1 and 2 of the seed)."""
    notice = seed_notice()
    seed = notice.controller
    controller = Controller(
        name=seed.name, business_id=seed.business_id, street=seed.street,
        postal_code=seed.postal_code, locality=seed.locality, email=notice.contact_email,
        shares_customer_contacts=True)
    controller.contacts.append(ContactPerson(
        role="contact", name=notice.contact_name, street=seed.street,
        postal_code=seed.postal_code, locality=seed.locality, email=notice.contact_email))
    session.add(controller)
    return controller


def _items(kind: RegisterItemKind, texts: tuple[str, ...]) -> list[RegisterItem]:
    return [RegisterItem(kind=kind.value, position=i, text=fi(text))
            for i, text in enumerate(texts)]


def _sources(sources: tuple[SeedSource, ...]) -> list[RegisterItem]:
    return [RegisterItem(kind=RegisterItemKind.SOURCE.value, position=i, text=fi(source.text),
                         is_public=source.is_public)
            for i, source in enumerate(sources)]


def _role(is_processor: bool | None) -> str:
    """The seed says only whether a recipient is a processor (or nothing)."""
    if is_processor is None:
        return ""
    return RecipientRole.PROCESSOR if is_processor else RecipientRole.CONTROLLER


def _recipients(recipients: tuple[SeedRecipient, ...]) -> list[RegisterItem]:
    return [RegisterItem(kind=RegisterItemKind.RECIPIENT.value, position=i, name=r.name,
                         text=fi(r.text), role=_role(r.is_processor))
            for i, r in enumerate(recipients)]


def register_items() -> list[RegisterItem]:
    """Purposes (no legal basis: the seed gives none), data categories, sources, recipients."""
    notice = seed_notice()
    return (_items(RegisterItemKind.PURPOSE, notice.purposes)
            + _items(RegisterItemKind.DATA_CATEGORY, notice.data_categories)
            + _sources(notice.sources) + _recipients(notice.recipients))


def _register(key: str, position: int, name: str, controller: Controller) -> Register:
    texts = {column: fi(text) for column, text in seed_notice().texts.items()}
    return Register(
        key=key, position=position, controller=controller, name=fi(name), **texts,
        retention_months=RETENTION_MONTHS, retention_anchor=RetentionAnchor.LAST_NEEDED.value,
        automated_decisions=False, automated_text={}, items=register_items())


def add_registers(session: Session, controller: Controller) -> dict[str, Register]:
    """The five registers of the seed, by key, each with the seed's texts."""
    registers = {key: _register(key, position, name, controller)
                 for position, (key, name) in enumerate(seed_notice().registers.items())}
    session.add_all(registers.values())
    return registers


def add_settings(session: Session) -> None:
    """The notice's title and opening, the authority's contact block, deadline settings."""
    session.add_all(Setting(key=key, value=value) for key, value in settings().items())


# Rows that carry a ``uid`` get a stable one, so that the same demo is the same data.
DEMO_NAMESPACE = uuid.UUID("6f1c3e0a-2b7d-4c55-9a1e-4b61d2f0c7a5")


def demo_uid(kind: str, number: int) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, f"kasve-demo/{kind}/{number}"))


def moment(day: dt.date, minutes: int = 0) -> dt.datetime:
    """A time on ``day``: office hours from 9.00, ``minutes`` later."""
    return dt.datetime.combine(day, dt.time(9)) + dt.timedelta(minutes=minutes)
