"""Editing what the privacy notice says: the controller, its people, registers, the authority.

Everything is loaded as plain, editable dataclasses and saved back whole. A save
checks every field first (``domain.validation``); if anything is wrong it raises
one ``ValidationFailed`` naming every field (``"contact.phone"``,
``"purpose.2.legitimate_interest"``) and changes nothing. Values are stored in
their normal form: a Y-tunnus as ``2457832-5``, phone numbers in E.164.
Every change runs in ``services.database.transaction``, so the audit hook logs it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kasve_desktop.domain import completeness
from kasve_desktop.domain import validation as check
from kasve_desktop.domain.completeness import CompletenessReport
from kasve_desktop.domain.notice import (
    DEFAULT_AUTHORITY,
    LANGUAGES,
    SOURCE_LANGUAGE,
    Address,
    AuthorityContact,
    ContactFacts,
    ControllerFacts,
    ItemFacts,
    RegisterFacts,
)
from kasve_desktop.domain.retention import RetentionAnchor
from kasve_desktop.domain.validation import InvalidValue, ValidationFailed
from kasve_desktop.domain.vocabulary import LegalBasis, RegisterItemKind
from kasve_desktop.i18n import N_, _, ngettext
from kasve_desktop.services.database import transaction
from kasve_desktop.services.registers import notice
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Consent,
    ContactPerson,
    Controller,
    Event,
    FlagDismissal,
    Register,
    RegisterEntry,
    RegisterItem,
    Setting,
)

Texts = dict[str, str]
AUTHORITY_KEY = "authority"
AUTHORITY_FIELDS = ("name", "visiting", "postal", "phone", "email", "web")
MAX_RETENTION_MONTHS = 1200
FINNISH_FIRST = N_("The Finnish text is missing: Finnish is the reference language.")
INTEREST_NEEDED = N_("Describe the legitimate interest (Art. 6(1)(f)).")
SAFEGUARD_NEEDED = N_("Name the safeguard of the transfer, e.g. the EU's standard "
                      "contractual clauses or an adequacy decision.")
RETENTION_RANGE = N_("The period must be from 1 to 1200 months.")
UNKNOWN_CHOICE = N_("Choose one of the options.")
KEY_TAKEN = N_("A register with the key {key} already exists.")
NO_CONTROLLER = N_("Enter the controller first.")
REGISTER_TEXT_FIELDS = (
    "name", "description", "purposes_text", "data_content_text", "sources_text",
    "disclosures_text", "transfers_text", "security_text", "security_manual",
    "security_electronic", "retention_text", "legal_hold_text", "rights_text",
    "automated_text", "changes_text")
ITEM_TEXT_FIELDS = ("text", "legitimate_interest", "consequence", "safeguard")


# --- the editable data ------------------------------------------------------------


@dataclass
class CompanyData:
    """The controller or a subsidiary."""

    id: int | None = None
    name: str = ""
    business_id: str = ""
    street: str = ""
    postal_code: str = ""
    locality: str = ""
    country: str = "FI"
    email: str = ""
    phone: str = ""
    website: str = ""


@dataclass
class ContactData:
    """The registry contact person or the data protection officer."""

    name: str = ""
    street: str = ""
    postal_code: str = ""
    locality: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class ControllerData:
    company: CompanyData = field(default_factory=CompanyData)
    shares_customer_contacts: bool = False
    contact: ContactData | None = None
    dpo: ContactData | None = None
    subsidiaries: list[CompanyData] = field(default_factory=list)


@dataclass
class ItemData:
    """One list item of a register (see ``store.models.RegisterItem``)."""

    kind: str
    text: Texts = field(default_factory=dict)
    legal_basis: str | None = None
    legitimate_interest: Texts = field(default_factory=dict)
    required: bool | None = None
    consequence: Texts = field(default_factory=dict)
    is_public: bool | None = None
    name: str = ""
    is_processor: bool | None = None
    country: str = ""
    outside_eea: bool = False
    safeguard: Texts = field(default_factory=dict)


@dataclass
class RegisterData:
    key: str
    id: int | None = None
    name: Texts = field(default_factory=dict)
    description: Texts = field(default_factory=dict)
    purposes_text: Texts = field(default_factory=dict)
    data_content_text: Texts = field(default_factory=dict)
    sources_text: Texts = field(default_factory=dict)
    disclosures_text: Texts = field(default_factory=dict)
    transfers_text: Texts = field(default_factory=dict)
    security_text: Texts = field(default_factory=dict)
    security_manual: Texts = field(default_factory=dict)
    security_electronic: Texts = field(default_factory=dict)
    retention_text: Texts = field(default_factory=dict)
    retention_months: int | None = None
    retention_anchor: str = RetentionAnchor.LAST_NEEDED.value
    legal_hold_text: Texts = field(default_factory=dict)
    rights_text: Texts = field(default_factory=dict)
    automated_decisions: bool = False
    automated_text: Texts = field(default_factory=dict)
    changes_text: Texts = field(default_factory=dict)
    items: list[ItemData] = field(default_factory=list)

    def items_of(self, kind: str) -> list[ItemData]:
        return [item for item in self.items if item.kind == kind]


@dataclass(frozen=True)
class RegisterSummary:
    id: int
    key: str
    name: Texts


# --- errors -------------------------------------------------------------------------


class RegisterNotFound(LookupError):
    pass


class RegisterInUse(Exception):
    """A register that still has entries (or consents, events) cannot be deleted."""

    def __init__(self, key: str, entries: int, others: int) -> None:
        super().__init__(f"register {key} has {entries} entries and {others} other links")
        self.key, self.entries, self.others = key, entries, others

    def text(self) -> str:
        if self.entries:
            return ngettext(
                "The register still holds {count} person. Move or erase the entry first.",
                "The register still holds {count} people. Move or erase the entries first.",
                self.entries).format(count=self.entries)
        return _("Consents or events still refer to the register.")


class _Checker(check.Checker):
    """The shared checker, plus per-language texts."""

    def texts(self, path: str, texts: Mapping[str, str], needed: bool = False) -> Texts:
        """Trimmed texts of the known languages, empty ones dropped; Finnish first."""
        clean = {lang: self.value(path, check.text, texts.get(lang, "").strip())
                 for lang in LANGUAGES}
        result = {lang: text for lang, text in clean.items() if text}
        if SOURCE_LANGUAGE not in result and (needed or result):
            self.fail(path, check.REQUIRED if needed else FINNISH_FIRST)
        return result


# --- the controller -----------------------------------------------------------------

def _company_of(row: Controller) -> CompanyData:
    return CompanyData(row.id, row.name, row.business_id, row.street, row.postal_code,
                       row.locality, row.country, row.email, row.phone, row.website)


def _contact_of(row: ContactPerson | None) -> ContactData | None:
    if row is None:
        return None
    return ContactData(row.name, row.street, row.postal_code, row.locality, row.email,
                       row.phone)


def _main_controller(session: Session) -> Controller | None:
    return session.scalars(select(Controller).where(Controller.parent_id.is_(None))
                           .order_by(Controller.id)).first()


def _role(controller: Controller, role: str) -> ContactPerson | None:
    return next((c for c in controller.contacts if c.role == role), None)


def load_controller(db: Database) -> ControllerData:
    """The controller, its contact person, DPO and subsidiaries (empty if none yet)."""
    with db.sessions() as session:
        row = _main_controller(session)
        if row is None:
            return ControllerData()
        subsidiaries = session.scalars(select(Controller).where(Controller.parent_id == row.id)
                                       .order_by(Controller.id))
        return ControllerData(_company_of(row), row.shares_customer_contacts,
                              _contact_of(_role(row, "contact")), _contact_of(_role(row, "dpo")),
                              [_company_of(s) for s in subsidiaries])


def _checked_company(c: _Checker, prefix: str, data: CompanyData) -> CompanyData:
    country = c.value(f"{prefix}.country", check.country, data.country) or "FI"
    return dataclasses.replace(
        data, name=c.value(f"{prefix}.name", check.required, data.name),
        business_id=c.value(f"{prefix}.business_id", check.business_id, data.business_id),
        street=data.street.strip(), locality=data.locality.strip(), country=country,
        postal_code=c.value(f"{prefix}.postal_code",
                            lambda v: check.postal_code(v, country), data.postal_code),
        email=c.value(f"{prefix}.email", check.email, data.email),
        phone=c.value(f"{prefix}.phone", check.phone, data.phone),
        website=c.value(f"{prefix}.website", check.website, data.website))


def _checked_contact(c: _Checker, prefix: str, data: ContactData | None) -> ContactData | None:
    if data is None:
        return None
    return ContactData(
        c.value(f"{prefix}.name", check.required, data.name), data.street.strip(),
        c.value(f"{prefix}.postal_code", check.postal_code, data.postal_code),
        data.locality.strip(), c.value(f"{prefix}.email", check.email, data.email),
        c.value(f"{prefix}.phone", check.phone, data.phone))


def check_controller(data: ControllerData) -> ControllerData:
    """``data`` in its stored form, or ValidationFailed naming every bad field."""
    c = _Checker()
    clean = ControllerData(
        _checked_company(c, "controller", data.company), data.shares_customer_contacts,
        _checked_contact(c, "contact", data.contact), _checked_contact(c, "dpo", data.dpo),
        [_checked_company(c, f"subsidiaries.{i}", s) for i, s in enumerate(data.subsidiaries)])
    c.raise_if_failed()
    return clean


def _set_company(row: Controller, data: CompanyData) -> None:
    for name in ("name", "business_id", "street", "postal_code", "locality", "country",
                 "email", "phone", "website"):
        setattr(row, name, getattr(data, name))


def _set_contact(controller: Controller, role: str, data: ContactData | None) -> None:
    row = _role(controller, role)
    if data is None:
        if row is not None:
            controller.contacts.remove(row)
        return
    if row is None:
        row = ContactPerson(role=role, name=data.name)
        controller.contacts.append(row)
    for name in ("name", "street", "postal_code", "locality", "email", "phone"):
        setattr(row, name, getattr(data, name))


def _set_subsidiaries(session: Session, parent: Controller, wanted: list[CompanyData]) -> None:
    existing = {row.id: row for row in session.scalars(
        select(Controller).where(Controller.parent_id == parent.id))}
    for data in wanted:
        row = existing.pop(data.id, None) if data.id is not None else None
        if row is None:
            row = Controller(parent_id=parent.id, name=data.name)
            session.add(row)
        _set_company(row, data)
    for row in existing.values():
        session.delete(row)


def save_controller(db: Database, data: ControllerData) -> ControllerData:
    """Check everything, then store it all in one transaction; returns what was stored."""
    clean = check_controller(data)
    with transaction(db) as session:
        row = _main_controller(session)
        if row is None:
            row = Controller(name=clean.company.name)
            session.add(row)
        _set_company(row, clean.company)
        row.shares_customer_contacts = clean.shares_customer_contacts
        _set_contact(row, "contact", clean.contact)
        _set_contact(row, "dpo", clean.dpo)
        session.flush()
        _set_subsidiaries(session, row, clean.subsidiaries)
    return load_controller(db)


# --- registers ----------------------------------------------------------------------

def list_registers(db: Database) -> list[RegisterSummary]:
    with db.sessions() as session:
        rows = session.scalars(select(Register).order_by(Register.position, Register.id))
        return [RegisterSummary(r.id, r.key, dict(r.name or {})) for r in rows]


def _item_of(row: RegisterItem) -> ItemData:
    return ItemData(row.kind, dict(row.text or {}), row.legal_basis,
                    dict(row.legitimate_interest or {}), row.required,
                    dict(row.consequence or {}), row.is_public, row.name, row.is_processor,
                    row.country, row.outside_eea, dict(row.safeguard or {}))


def _register_of(row: Register) -> RegisterData:
    data = RegisterData(key=row.key, id=row.id, retention_months=row.retention_months,
                        retention_anchor=row.retention_anchor,
                        automated_decisions=row.automated_decisions,
                        items=[_item_of(i) for i in sorted(row.items, key=_item_order)])
    for name in REGISTER_TEXT_FIELDS:
        setattr(data, name, dict(getattr(row, name) or {}))
    return data


def _item_order(row: RegisterItem) -> tuple[int, int, int]:
    kinds = list(RegisterItemKind)
    kind = kinds.index(RegisterItemKind(row.kind)) if row.kind in kinds else len(kinds)
    return kind, row.position, row.id or 0


def _find(session: Session, key: str) -> Register:
    row = session.scalars(select(Register).where(Register.key == key)).first()
    if row is None:
        raise RegisterNotFound(key)
    return row


def load_register(db: Database, key: str) -> RegisterData:
    with db.sessions() as session:
        return _register_of(_find(session, key))


def _checked_item(c: _Checker, path: str, item: ItemData) -> ItemData:
    clean = dataclasses.replace(item, name=item.name.strip())
    for name in ITEM_TEXT_FIELDS:
        needed = name == "text" and item.kind != RegisterItemKind.RECIPIENT
        setattr(clean, name, c.texts(f"{path}.{name}", getattr(item, name), needed))
    if item.legal_basis is not None and item.legal_basis not in set(LegalBasis):
        c.fail(f"{path}.legal_basis", UNKNOWN_CHOICE)
    if item.legal_basis == LegalBasis.LEGITIMATE_INTERESTS and not clean.legitimate_interest:
        c.fail(f"{path}.legitimate_interest", INTEREST_NEEDED)
    if item.kind == RegisterItemKind.RECIPIENT:
        if not clean.name and not clean.text:
            c.fail(f"{path}.name", check.REQUIRED)
        clean.country = c.value(f"{path}.country", check.country, item.country)
        if item.outside_eea and not clean.safeguard:
            c.fail(f"{path}.safeguard", SAFEGUARD_NEEDED)
    return clean


def _checked_items(c: _Checker, items: list[ItemData]) -> list[ItemData]:
    counters: dict[str, int] = {}
    clean = []
    for item in items:
        index = counters.get(item.kind, 0)
        counters[item.kind] = index + 1
        clean.append(_checked_item(c, f"{item.kind}.{index}", item))
    return clean


def check_register(data: RegisterData) -> RegisterData:
    """``data`` in its stored form, or ValidationFailed naming every bad field."""
    c = _Checker()
    clean = dataclasses.replace(data, items=_checked_items(c, data.items))
    for name in REGISTER_TEXT_FIELDS:
        setattr(clean, name, c.texts(name, getattr(data, name), needed=name == "name"))
    months = data.retention_months
    if months is not None and not 1 <= months <= MAX_RETENTION_MONTHS:
        c.fail("retention_months", RETENTION_RANGE)
    if data.retention_anchor not in set(RetentionAnchor):
        c.fail("retention_anchor", UNKNOWN_CHOICE)
    c.raise_if_failed()
    return clean


def _item_row(item: ItemData, position: int) -> RegisterItem:
    return RegisterItem(
        kind=item.kind, position=position, text=item.text, legal_basis=item.legal_basis,
        legitimate_interest=item.legitimate_interest, required=item.required,
        consequence=item.consequence, is_public=item.is_public, name=item.name,
        is_processor=item.is_processor, country=item.country, outside_eea=item.outside_eea,
        safeguard=item.safeguard)


def _write_register(row: Register, data: RegisterData) -> None:
    for name in REGISTER_TEXT_FIELDS:
        if getattr(row, name) != getattr(data, name):
            setattr(row, name, getattr(data, name))
    row.retention_months = data.retention_months
    row.retention_anchor = data.retention_anchor
    row.automated_decisions = data.automated_decisions
    positions: dict[str, int] = {}
    new_items = []
    for item in data.items:
        positions[item.kind] = positions.get(item.kind, -1) + 1
        new_items.append(_item_row(item, positions[item.kind]))
    if [_item_of(i) for i in sorted(row.items, key=_item_order)] != data.items:
        row.items = new_items


def save_register(db: Database, data: RegisterData) -> RegisterData:
    """Check everything, then replace the register's texts and items (in order)."""
    clean = check_register(data)
    with transaction(db) as session:
        _write_register(_find(session, data.key), clean)
    return load_register(db, data.key)


def create_register(db: Database, key: str, name_fi: str) -> RegisterData:
    """A new register after the others; the key is unique and stays as given."""
    c = _Checker()
    key = c.value("key", check.register_key, key)
    name = c.value("name", check.required, name_fi)
    c.raise_if_failed()
    with transaction(db) as session:
        if session.scalars(select(Register.id).where(Register.key == key)).first() is not None:
            raise ValidationFailed({"key": InvalidValue(KEY_TAKEN, {"key": key})})
        controller = _main_controller(session)
        if controller is None:
            raise ValidationFailed({"controller": InvalidValue(NO_CONTROLLER)})
        last = session.scalar(select(func.max(Register.position))) or 0
        session.add(Register(key=key, controller=controller, position=last + 1,
                             name={SOURCE_LANGUAGE: name}))
    return load_register(db, key)


def _count(session: Session, model: type[RegisterEntry] | type[Consent] | type[Event],
           register_id: int) -> int:
    return session.scalar(select(func.count()).select_from(model)
                          .where(model.register_id == register_id)) or 0


def delete_register(db: Database, key: str) -> None:
    """Delete a register with its items; refused (RegisterInUse) while anyone is in it."""
    with transaction(db) as session:
        row = _find(session, key)
        entries = _count(session, RegisterEntry, row.id)
        others = _count(session, Consent, row.id) + _count(session, Event, row.id)
        if entries or others:
            raise RegisterInUse(key, entries, others)
        session.delete(row)


# --- the supervisory authority ------------------------------------------------------

def _authority_of(stored: object, lang: str) -> AuthorityContact:
    default = DEFAULT_AUTHORITY[lang]
    block = stored.get(lang) if isinstance(stored, dict) else None
    if not isinstance(block, dict):
        return default
    return AuthorityContact(**{name: str(block.get(name) or getattr(default, name))
                               for name in AUTHORITY_FIELDS})


def load_authority(db: Database) -> dict[str, AuthorityContact]:
    """The authority's contact block per language; the defaults where nothing is set."""
    with db.sessions() as session:
        setting = session.get(Setting, AUTHORITY_KEY)
        stored = setting.value if setting is not None else None
    return {lang: _authority_of(stored, lang) for lang in LANGUAGES}


def check_authority(blocks: Mapping[str, AuthorityContact]) -> dict[str, AuthorityContact]:
    c = _Checker()
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


# --- as facts for the notice and the completeness check -------------------------------

def facts_of_register(data: RegisterData) -> RegisterFacts:
    """The register as the notice and the completeness check read it (also unsaved)."""
    texts = {name: dict(getattr(data, name)) for name in REGISTER_TEXT_FIELDS
             if name != "legal_hold_text"}
    items = tuple(ItemFacts(**{f.name: getattr(item, f.name)
                               for f in dataclasses.fields(ItemData)}) for item in data.items)
    return RegisterFacts(key=data.key, retention_months=data.retention_months,
                         retention_anchor=data.retention_anchor,
                         automated_decisions=data.automated_decisions, items=items, **texts)


def facts_of_contact(data: ContactData | None) -> ContactFacts | None:
    if data is None:
        return None
    return ContactFacts(data.name, Address(data.street, data.postal_code, data.locality),
                        data.email, data.phone)


def facts_of_controller(data: ControllerData) -> ControllerFacts:
    company = data.company
    return ControllerFacts(
        company.name, company.business_id,
        Address(company.street, company.postal_code, company.locality, company.country),
        company.email, company.phone, company.website, data.shares_customer_contacts,
        tuple(s.name for s in data.subsidiaries))


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
        register_id = _find(session, key).id
        dismissed = frozenset(session.scalars(
            select(FlagDismissal.code).where(FlagDismissal.register_id == register_id)))
        return CheckContext(notice.controller_facts(session),
                            notice.contact_facts(session, "contact"),
                            notice.contact_facts(session, "dpo"),
                            notice.intro(session).get(SOURCE_LANGUAGE, ""), dismissed)


def check_unsaved(context: CheckContext, data: RegisterData) -> CompletenessReport:
    """The completeness check of the register as edited (saved or not), fast and pure."""
    report = completeness.check_register(context.controller, context.contact, context.dpo,
                                         facts_of_register(data), context.intro)
    flags = tuple(f for f in report.flags if f.code not in context.dismissed)
    return CompletenessReport(report.register_key, report.items, flags)
