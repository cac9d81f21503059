"""The declarative base, and the tables that refer to no other by a relationship:
settings, notice versions, dismissed flags, the suppression list, the audit log.

Texts that exist per language (Finnish required, Swedish and English optional)
are JSON objects ``{"fi": ..., "sv": ..., "en": ...}``. Rows that a laptop at an
event may create carry a ``uid`` so that they can later join the workstation's
database without duplicates.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kasve_desktop.store.stamps import stamp

Texts = dict[str, str]

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        Texts: JSON, dict[str, object]: JSON, list[str]: JSON}


class Timestamped:
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp, onupdate=stamp)


class Setting(Base):
    """A named application setting stored with the data (no secrets)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, object]] = mapped_column(JSON)


class AuditEntry(Base):
    """Who changed what, when — field names only, never the values — hash-chained."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    os_user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    fields: Mapped[list[str]] = mapped_column(default=list)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class NoticeVersion(Base):
    """An immutable, dated snapshot of a published privacy notice."""

    __tablename__ = "notice_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    effective_date: Mapped[dt.date] = mapped_column(Date)
    published_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    register_keys: Mapped[list[str]] = mapped_column(default=list)
    content: Mapped[dict[str, object]] = mapped_column(default=dict)
    note: Mapped[str] = mapped_column(Text, default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")
    """Why it was published although the completeness check showed gaps ("" if none)."""


class FlagDismissal(Base):
    """A completeness-check flag that the user dismissed, with a note."""

    __tablename__ = "flag_dismissal"
    id: Mapped[int] = mapped_column(primary_key=True)
    register_id: Mapped[int | None] = mapped_column(ForeignKey("register.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(Text, default="")
    dismissed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)


class SuppressionEntry(Base):
    """A keyed hash of an erased person's e-mail or phone: never market to it again."""

    __tablename__ = "suppression_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
