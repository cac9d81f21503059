"""The declarative base, timestamps, settings and the audit log's table.

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
    DateTime,
    Index,
    MetaData,
    String,
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
