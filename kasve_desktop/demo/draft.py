"""Kasve's registers corrected and structured: the demo's current draft, from ``draft.toml``.

Version 1 of the notice is the seed as published (``seed``); after it the
registers become what this module reads: ``draft()`` gives the notice's title
and opening and one ``RegisterFacts`` per register, every purpose with its
basis, every data category with whether it must be given and its retention
rule, the recipients by name, what is kept of a marketing objection. Every
text is given in Finnish, Swedish and English; codes are checked against the
vocabulary here, so that a wrong one in the file is a ``DemoDataError`` naming
its place rather than a failed save.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from kasve_desktop.demo.data import DemoDataError, Table, member, read
from kasve_desktop.demo.seed import seed_notice
from kasve_desktop.domain.notice import LANGUAGES, ItemFacts, RegisterFacts, Texts
from kasve_desktop.domain.notice_vocabulary import (
    RecipientRole,
    TransferMechanism,
    outside_eea,
    vocabulary,
)
from kasve_desktop.domain.retention import RetentionAnchor
from kasve_desktop.domain.vocabulary import LegalBasis
from kasve_desktop.domain.vocabulary import RegisterItemKind as Kind

DRAFT_FILE = "draft.toml"


@dataclass(frozen=True)
class Draft:
    """The notice's title and opening, and the registers as corrected."""

    title: Texts
    intro: Texts
    registers: tuple[RegisterFacts, ...]


def texts(table: Table, key: str) -> Texts:
    """A text in every language of the notice (a table ``fi``, ``sv``, ``en``)."""
    languages = table.table(key)
    return {lang: languages.text(lang) for lang in LANGUAGES}


def _code(table: Table, key: str, kind: Kind) -> str:
    code = table.text(key)
    if code not in vocabulary(kind.value):
        raise DemoDataError(f"{table.where}: {code!r} is not a {kind.value} code")
    return code


def _codes(table: Table, key: str, kind: Kind) -> list[ItemFacts]:
    """Items given by their codes alone (``subjects = ["customers"]``)."""
    rows = table.texts(key)
    for code in rows:
        if code not in vocabulary(kind.value):
            raise DemoDataError(f"{table.where}/{key}: {code!r} is not a {kind.value} code")
    return [ItemFacts(kind.value, category=code) for code in rows]


def _keyed(table: Table, key: str, known: Mapping[str, object], what: str) -> str:
    name = table.text(key)
    if name not in known:
        raise DemoDataError(f"{table.where}: {key!r} names no {what}: {name!r}")
    return name


def _purpose(row: Table) -> ItemFacts:
    basis = member(LegalBasis, row.text("basis"), row.where)
    interest = texts(row, "interest") if basis is LegalBasis.LEGITIMATE_INTERESTS else {}
    return ItemFacts(Kind.PURPOSE.value, category=_code(row, "code", Kind.PURPOSE),
                     text=texts(row, "text") if row.has("text") else {},
                     legal_basis=basis.value, legitimate_interest=interest)


def _rule(table: Table) -> tuple[int, str]:
    """A retention rule: months, counted from an anchor (``RetentionAnchor``)."""
    return table.number("months"), member(RetentionAnchor, table.text("anchor"),
                                          table.where).value


def _data(row: Table, rule: tuple[int, str], consequences: Mapping[str, Texts]) -> ItemFacts:
    """A data category; its own rule, or else the register's."""
    required = row.boolean("required")
    consequence: Texts = {}
    if required or row.has("consequence"):
        consequence = consequences[_keyed(row, "consequence", consequences, "consequence")]
    months, anchor = _rule(row.table("retention")) if row.has("retention") else rule
    return ItemFacts(Kind.DATA_CATEGORY.value, category=_code(row, "code", Kind.DATA_CATEGORY),
                     text=texts(row, "text") if row.has("text") else {},
                     required=required, consequence=dict(consequence),
                     retention_months=months, retention_anchor=anchor)


def _source(row: Table) -> ItemFacts:
    """A source from the vocabulary, or one that only a text describes."""
    if not row.has("code") and not row.has("text"):
        raise DemoDataError(f"{row.where}: 'code' or 'text' is needed")
    return ItemFacts(Kind.SOURCE.value,
                     category=_code(row, "code", Kind.SOURCE) if row.has("code") else "",
                     text=texts(row, "text") if row.has("text") else {},
                     is_public=row.boolean("public"))


def _recipient(row: Table) -> ItemFacts:
    role = member(RecipientRole, row.text("role"), row.where)
    country = row.text("country")
    mechanism = ""
    if outside_eea(country):
        mechanism = member(TransferMechanism, row.text("transfer_mechanism"), row.where).value
    return ItemFacts(
        Kind.RECIPIENT.value, name=row.text("name"), role=role.value,
        category=_code(row, "service", Kind.RECIPIENT), country=country,
        agreement_date=row.date("agreement_date") if role is RecipientRole.PROCESSOR else None,
        review_on=row.date("review_on") if role is RecipientRole.PROCESSOR else None,
        text=texts(row, "service_text") if row.has("service_text") else {},
        transfer_mechanism=mechanism)


@dataclass(frozen=True)
class _Shared:
    """What the registers name by key."""

    recipients: Mapping[str, ItemFacts]
    consequences: Mapping[str, Texts]
    legal_hold: Texts


def _register(key: str, table: Table, shared: _Shared) -> RegisterFacts:
    months, anchor = _rule(table.table("retention"))
    recipients = []
    for name in table.texts("recipients"):
        if name not in shared.recipients:
            raise DemoDataError(f"{table.where}/recipients: no recipient {name!r}")
        recipients.append(dataclasses.replace(shared.recipients[name]))
    items = ([_purpose(row) for row in table.tables("purposes")]
             + _codes(table, "subjects", Kind.SUBJECT_CATEGORY)
             + [_data(row, (months, anchor), shared.consequences)
                for row in table.tables("data")]
             + [_source(row) for row in table.tables("sources")]
             + recipients + _codes(table, "security", Kind.SECURITY))
    return RegisterFacts(
        key=key, name=texts(table, "name"), retention_months=months, retention_anchor=anchor,
        retention_text=texts(table, "retention_text") if table.has("retention_text") else {},
        legal_hold_text=_legal_hold(table, shared),
        automated_decisions=False, items=items)


def _legal_hold(table: Table, shared: _Shared) -> Texts:
    """The register's own legal-hold text where it names one (what it keeps longer and
    why), else the shared one where it keeps data under a legal hold at all."""
    if not table.boolean("legal_hold"):
        return {}
    return texts(table, "legal_hold_text") if table.has("legal_hold_text") else dict(
        shared.legal_hold)


def draft_from(top: Table, keys: Sequence[str] | None = None) -> Draft:
    """The draft from the top table of ``draft.toml``: one register for each of ``keys``
    (the seed's registers), in that order."""
    keys = list(seed_notice().registers) if keys is None else keys
    consequences = top.table("consequences")
    recipients = [_recipient(row) for row in top.tables("recipients")]
    shared = _Shared(
        recipients={recipient.name: recipient for recipient in recipients},
        consequences={key: texts(consequences, key) for key in consequences.names()},
        legal_hold=texts(top, "legal_hold"))
    registers = top.table("registers")
    unknown = [key for key in registers.names() if key not in keys]
    if unknown:
        raise DemoDataError(f"{registers.where}: no such register: {', '.join(unknown)}")
    notice = top.table("notice")
    return Draft(texts(notice, "title"), texts(notice, "intro"),
                 tuple(_register(key, registers.table(key), shared) for key in keys))


@cache
def draft() -> Draft:
    """The draft as ``draft.toml`` gives it."""
    return draft_from(read(DRAFT_FILE))


def declared_categories(keys: Sequence[str]) -> frozenset[str]:
    """The data categories (codes) that the draft's registers ``keys`` declare."""
    return frozenset(item.category for register in draft().registers if register.key in keys
                     for item in register.items_of(Kind.DATA_CATEGORY.value))
