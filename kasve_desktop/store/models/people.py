"""The data subjects: people, their contacts, register entries, consents, objections."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kasve_desktop.store.models.base import Base, Timestamped, new_uid
from kasve_desktop.store.stamps import stamp

if TYPE_CHECKING:
    from kasve_desktop.store.models.events import Participation
    from kasve_desktop.store.models.registers import NoticeVersion, Register
    from kasve_desktop.store.models.requests import Request


class Person(Timestamped, Base):
    """A data subject."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    address_extra: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    locality: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    municipality: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    gender: Mapped[str] = mapped_column(String(20), default="")
    customer_number: Mapped[str] = mapped_column(String(40), default="")
    business_id: Mapped[str] = mapped_column(String(20), default="")
    language: Mapped[str] = mapped_column(String(2), default="fi")
    username: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    restriction_reason: Mapped[str] = mapped_column(Text, default="")
    restricted_since: Mapped[dt.date | None] = mapped_column(Date)

    emails: Mapped[list[PersonEmail]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonEmail.position")
    phones: Mapped[list[PersonPhone]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonPhone.position")
    entries: Mapped[list[RegisterEntry]] = relationship(
        back_populates="person", cascade="all, delete-orphan")
    consents: Mapped[list[Consent]] = relationship(
        back_populates="person", cascade="all, delete-orphan")
    objections: Mapped[list[MarketingObjection]] = relationship(
        back_populates="person", cascade="all, delete-orphan")
    participations: Mapped[list[Participation]] = relationship(
        back_populates="person", cascade="all, delete-orphan")

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class PersonEmail(Base):
    __tablename__ = "person_email"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str] = mapped_column(String(254), index=True)

    person: Mapped[Person] = relationship(back_populates="emails")


class PersonPhone(Base):
    """A phone number in E.164 form (``+358407654321``)."""

    __tablename__ = "person_phone"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(32), index=True)

    person: Mapped[Person] = relationship(back_populates="phones")


class RegisterEntry(Timestamped, Base):
    """A person in a register: where the data came from, on what basis, until when."""

    __tablename__ = "register_entry"
    __table_args__ = (UniqueConstraint("person_id", "register_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    register_id: Mapped[int] = mapped_column(ForeignKey("register.id"), index=True)
    source: Mapped[str] = mapped_column(String(200), default="")
    legal_basis: Mapped[str] = mapped_column(String(30), default="")
    collected_on: Mapped[dt.date | None] = mapped_column(Date)
    last_needed_on: Mapped[dt.date | None] = mapped_column(Date)
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    details: Mapped[dict[str, object]] = mapped_column(default=dict)
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="entries")
    register: Mapped[Register] = relationship(back_populates="entries")


class Consent(Timestamped, Base):
    """Consent to one purpose over one channel; withdrawn when ``withdrawn_at`` is set."""

    __tablename__ = "consent"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    register_id: Mapped[int | None] = mapped_column(ForeignKey("register.id"))
    purpose: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(20), default="email")
    granted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    captured_via: Mapped[str] = mapped_column(String(30), default="")
    notice_version_id: Mapped[int | None] = mapped_column(ForeignKey("notice_version.id"))
    evidence: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="consents")
    register: Mapped[Register | None] = relationship()
    notice_version: Mapped[NoticeVersion | None] = relationship()


class MarketingObjection(Timestamped, Base):
    """A ban on direct marketing (tarjonnanesto) over one scope, from a date."""

    __tablename__ = "marketing_objection"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(String(20), default="all")
    since: Mapped[dt.date] = mapped_column(Date)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="objections")
    request: Mapped[Request | None] = relationship()


class SuppressionEntry(Base):
    """A keyed hash of an erased person's e-mail or phone: never market to it again."""

    __tablename__ = "suppression_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
