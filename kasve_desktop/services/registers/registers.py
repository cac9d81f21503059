"""Editing the registers: their texts per language and their lists of items.

A register is loaded as ``domain.notice.RegisterFacts`` and saved back whole.
A save checks every field first (``domain.validation``); if anything is wrong
it raises one ``ValidationFailed`` naming every field (``"name"``,
``"purpose.2.legitimate_interest"``) and changes nothing. Every change runs in
``services.database.transaction``, so the audit hook logs it.
``register_facts`` is the one mapping from the stored row to the facts;
``_write_register`` the one back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kasve_desktop.domain import validation as check
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.notice import (
    LANGUAGES,
    REGISTER_TEXT_FIELDS,
    SOURCE_LANGUAGE,
    ItemFacts,
    RegisterFacts,
    Texts,
)
from kasve_desktop.domain.notice_vocabulary import RecipientRole, TransferMechanism, vocabulary
from kasve_desktop.domain.retention import RetentionAnchor
from kasve_desktop.domain.validation import InvalidValue, ValidationFailed
from kasve_desktop.domain.vocabulary import LegalBasis, RegisterItemKind
from kasve_desktop.i18n import N_, _, ngettext
from kasve_desktop.services.database import transaction
from kasve_desktop.services.registers.controller import main_controller
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Consent, Event, Register, RegisterEntry, RegisterItem

MAX_RETENTION_MONTHS = 1200
FINNISH_FIRST = N_("The Finnish text is missing: Finnish is the reference language.")
INTEREST_NEEDED = N_("Describe the legitimate interest (Art. 6(1)(f)).")
SAFEGUARD_NEEDED = N_("Choose the safeguard of the transfer outside the EU/EEA (e.g. an "
                      "adequacy decision or the standard contractual clauses), or describe "
                      "it.")
RETENTION_RANGE = N_("The period must be from 1 to 1200 months.")
UNKNOWN_CHOICE = N_("Choose one of the options.")
KEY_TAKEN = N_("A register with the key {key} already exists.")
NO_CONTROLLER = N_("Enter the controller first.")
ITEM_TEXT_FIELDS = ("text", "legitimate_interest", "consequence", "safeguard")
ITEM_FIELDS = tuple(f.name for f in dataclasses.fields(ItemFacts))


@dataclass(frozen=True)
class RegisterSummary:
    id: int
    key: str
    name: Texts


class RegisterNotFound(LookupError):
    pass


class RegisterInUse(UserError):
    """A register that still has entries (or consents, events) cannot be deleted."""

    def __init__(self, key: str, entries: int, others: int) -> None:
        super().__init__()
        self.key, self.entries, self.others = key, entries, others

    def text(self) -> str:
        if self.entries:
            return ngettext(
                "The register still holds {count} person. Move or erase the entry first.",
                "The register still holds {count} people. Move or erase the entries first.",
                self.entries).format(count=self.entries)
        return _("Consents or events still refer to the register.")


# --- from the stored rows to the facts, and back -----------------------------------

def item_facts(row: RegisterItem) -> ItemFacts:
    """Plain facts of an item (also of one not yet flushed, whose defaults are unset)."""
    return ItemFacts(row.kind, dict(row.text or {}), row.legal_basis,
                     dict(row.legitimate_interest or {}), row.required,
                     dict(row.consequence or {}), row.is_public, row.name or "",
                     row.country or "", dict(row.safeguard or {}), row.category or "",
                     row.role or "", row.agreement_date,
                     row.transfer_mechanism or "", row.retention_months,
                     row.retention_anchor or "", row.review_on)


def _item_order(row: RegisterItem) -> tuple[int, int, int]:
    kinds = list(RegisterItemKind)
    kind = kinds.index(RegisterItemKind(row.kind)) if row.kind in kinds else len(kinds)
    return kind, row.position, row.id or 0


def _stored_items(row: Register) -> list[ItemFacts]:
    """The register's items by kind (in the order of ``RegisterItemKind``), then position."""
    return [item_facts(item) for item in sorted(row.items, key=_item_order)]


def register_facts(row: Register) -> RegisterFacts:
    """The stored register as plain facts."""
    texts = {name: dict(getattr(row, name) or {}) for name in REGISTER_TEXT_FIELDS}
    return RegisterFacts(key=row.key, retention_months=row.retention_months,
                         retention_anchor=row.retention_anchor,
                         automated_decisions=row.automated_decisions,
                         items=_stored_items(row), **texts)


def _item_rows(items: list[ItemFacts]) -> list[RegisterItem]:
    """The items as rows, numbered from 0 within each kind."""
    positions: dict[str, int] = {}
    rows = []
    for item in items:
        positions[item.kind] = positions.get(item.kind, -1) + 1
        values = {name: getattr(item, name) for name in ITEM_FIELDS}
        rows.append(RegisterItem(position=positions[item.kind], **values))
    return rows


def _write_register(row: Register, facts: RegisterFacts) -> None:
    """Change only what differs, so the audit log names what was edited."""
    for name in REGISTER_TEXT_FIELDS:
        if getattr(row, name) != getattr(facts, name):
            setattr(row, name, getattr(facts, name))
    row.retention_months = facts.retention_months
    row.retention_anchor = facts.retention_anchor
    row.automated_decisions = facts.automated_decisions
    if _stored_items(row) != facts.items:
        row.items = _item_rows(facts.items)


# --- loading ------------------------------------------------------------------------

def list_registers(db: Database) -> list[RegisterSummary]:
    with db.sessions() as session:
        rows = session.scalars(select(Register).order_by(Register.position, Register.id))
        return [RegisterSummary(r.id, r.key, dict(r.name or {})) for r in rows]


def find_register(session: Session, key: str) -> Register:
    row = session.scalars(select(Register).where(Register.key == key)).first()
    if row is None:
        raise RegisterNotFound(key)
    return row


def load_register(db: Database, key: str) -> RegisterFacts:
    with db.sessions() as session:
        return register_facts(find_register(session, key))


# --- checking -----------------------------------------------------------------------

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


def _checked_item(c: _Checker, path: str, item: ItemFacts) -> ItemFacts:
    clean = dataclasses.replace(item, name=item.name.strip())
    for name in ITEM_TEXT_FIELDS:
        needed = name == "text" and item.kind != RegisterItemKind.RECIPIENT \
            and not item.category
        setattr(clean, name, c.texts(f"{path}.{name}", getattr(item, name), needed))
    _check_choice(c, f"{path}.category", item.category, vocabulary(item.kind))
    if item.legal_basis is not None and item.legal_basis not in set(LegalBasis):
        c.fail(f"{path}.legal_basis", UNKNOWN_CHOICE)
    if item.legal_basis == LegalBasis.LEGITIMATE_INTERESTS and not clean.legitimate_interest:
        c.fail(f"{path}.legitimate_interest", INTEREST_NEEDED)
    _check_retention(c, path, item)
    if item.kind == RegisterItemKind.RECIPIENT:
        _check_recipient(c, path, item, clean)
    return clean


def _check_choice(c: _Checker, path: str, value: str, choices: Collection[str]) -> None:
    if value and value not in choices:
        c.fail(path, UNKNOWN_CHOICE)


def _check_retention(c: _Checker, path: str, item: ItemFacts) -> None:
    months = item.retention_months
    if months is not None and not 1 <= months <= MAX_RETENTION_MONTHS:
        c.fail(f"{path}.retention_months", RETENTION_RANGE)
    _check_choice(c, f"{path}.retention_anchor", item.retention_anchor, set(RetentionAnchor))


def _check_recipient(c: _Checker, path: str, item: ItemFacts, clean: ItemFacts) -> None:
    if not clean.name and not clean.text and not clean.category:
        c.fail(f"{path}.name", check.REQUIRED)
    clean.country = c.value(f"{path}.country", check.country, item.country)
    _check_choice(c, f"{path}.role", item.role, set(RecipientRole))
    _check_choice(c, f"{path}.transfer_mechanism", item.transfer_mechanism,
                  set(TransferMechanism))
    if clean.outside_eea and not item.transfer_mechanism and not clean.safeguard:
        c.fail(f"{path}.transfer_mechanism", SAFEGUARD_NEEDED)


def _checked_items(c: _Checker, items: list[ItemFacts]) -> list[ItemFacts]:
    counters: dict[str, int] = {}
    clean = []
    for item in items:
        index = counters.get(item.kind, 0)
        counters[item.kind] = index + 1
        clean.append(_checked_item(c, f"{item.kind}.{index}", item))
    return clean


def check_register(facts: RegisterFacts) -> RegisterFacts:
    """``facts`` in their stored form, or ValidationFailed naming every bad field."""
    c = _Checker()
    clean = dataclasses.replace(facts, items=_checked_items(c, facts.items))
    for name in REGISTER_TEXT_FIELDS:
        setattr(clean, name, c.texts(name, getattr(facts, name), needed=name == "name"))
    months = facts.retention_months
    if months is not None and not 1 <= months <= MAX_RETENTION_MONTHS:
        c.fail("retention_months", RETENTION_RANGE)
    if facts.retention_anchor not in set(RetentionAnchor):
        c.fail("retention_anchor", UNKNOWN_CHOICE)
    c.raise_if_failed()
    return clean


# --- saving, creating, deleting -----------------------------------------------------

def save_register(db: Database, facts: RegisterFacts) -> RegisterFacts:
    """Check everything, then replace the register's texts and items (in order)."""
    clean = check_register(facts)
    with transaction(db) as session:
        _write_register(find_register(session, facts.key), clean)
    return load_register(db, facts.key)


def create_register(db: Database, key: str, name_fi: str) -> RegisterFacts:
    """A new register after the others; the key is unique and stays as given."""
    c = _Checker()
    key = c.value("key", check.register_key, key)
    name = c.value("name", check.required, name_fi)
    c.raise_if_failed()
    with transaction(db) as session:
        if session.scalars(select(Register.id).where(Register.key == key)).first() is not None:
            raise ValidationFailed({"key": InvalidValue(KEY_TAKEN, {"key": key})})
        controller = main_controller(session)
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
        row = find_register(session, key)
        entries = _count(session, RegisterEntry, row.id)
        others = _count(session, Consent, row.id) + _count(session, Event, row.id)
        if entries or others:
            raise RegisterInUse(key, entries, others)
        session.delete(row)
