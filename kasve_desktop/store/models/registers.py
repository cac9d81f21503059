"""The controller, its contact people, the registers with their items, notice versions."""

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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kasve_desktop.store.models.base import Base, Texts, Timestamped
from kasve_desktop.store.stamps import stamp

if TYPE_CHECKING:
    from kasve_desktop.store.models.people import RegisterEntry


class Controller(Timestamped, Base):
    """The controller, or one of its subsidiaries (``parent_id`` set)."""

    __tablename__ = "controller"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("controller.id"))
    name: Mapped[str] = mapped_column(String(200))
    business_id: Mapped[str] = mapped_column(String(20), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    locality: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    shares_customer_contacts: Mapped[bool] = mapped_column(Boolean, default=False)

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="controller", cascade="all, delete-orphan")
    registers: Mapped[list[Register]] = relationship(back_populates="controller")


class ContactPerson(Timestamped, Base):
    """The registry contact person, or the data protection officer (``role='dpo'``)."""

    __tablename__ = "contact_person"
    id: Mapped[int] = mapped_column(primary_key=True)
    controller_id: Mapped[int] = mapped_column(ForeignKey("controller.id"))
    role: Mapped[str] = mapped_column(String(20), default="contact")
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    locality: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")

    controller: Mapped[Controller] = relationship(back_populates="contacts")


class Register(Timestamped, Base):
    """A personal-data register with the texts of every notice section."""

    __tablename__ = "register"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    controller_id: Mapped[int] = mapped_column(ForeignKey("controller.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[Texts] = mapped_column(default=dict)
    description: Mapped[Texts] = mapped_column(default=dict)
    purposes_text: Mapped[Texts] = mapped_column(default=dict)
    data_content_text: Mapped[Texts] = mapped_column(default=dict)
    sources_text: Mapped[Texts] = mapped_column(default=dict)
    disclosures_text: Mapped[Texts] = mapped_column(default=dict)
    transfers_text: Mapped[Texts] = mapped_column(default=dict)
    security_manual: Mapped[Texts] = mapped_column(default=dict)
    security_electronic: Mapped[Texts] = mapped_column(default=dict)
    security_text: Mapped[Texts] = mapped_column(default=dict)
    retention_text: Mapped[Texts] = mapped_column(default=dict)
    retention_months: Mapped[int | None] = mapped_column(Integer)
    retention_anchor: Mapped[str] = mapped_column(String(20), default="last-needed")
    legal_hold_text: Mapped[Texts] = mapped_column(default=dict)
    rights_text: Mapped[Texts] = mapped_column(default=dict)
    automated_decisions: Mapped[bool] = mapped_column(Boolean, default=False)
    automated_text: Mapped[Texts] = mapped_column(default=dict)
    changes_text: Mapped[Texts] = mapped_column(default=dict)

    controller: Mapped[Controller] = relationship(back_populates="registers")
    items: Mapped[list[RegisterItem]] = relationship(
        back_populates="register", cascade="all, delete-orphan",
        order_by="(RegisterItem.kind, RegisterItem.position)")
    entries: Mapped[list[RegisterEntry]] = relationship(back_populates="register")


class RegisterItem(Base):
    """One list item of a register: a purpose, data category, source, recipient, …

    The optional columns apply by kind: ``legal_basis`` and
    ``legitimate_interest`` to purposes; ``required`` and ``consequence`` to
    data categories; ``is_public`` to sources; ``name``, ``is_processor``,
    ``country``, ``outside_eea`` and ``safeguard`` to recipients.
    """

    __tablename__ = "register_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    register_id: Mapped[int] = mapped_column(ForeignKey("register.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[Texts] = mapped_column(default=dict)
    legal_basis: Mapped[str | None] = mapped_column(String(30))
    legitimate_interest: Mapped[Texts] = mapped_column(default=dict)
    required: Mapped[bool | None] = mapped_column(Boolean)
    consequence: Mapped[Texts] = mapped_column(default=dict)
    is_public: Mapped[bool | None] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(200), default="")
    is_processor: Mapped[bool | None] = mapped_column(Boolean)
    country: Mapped[str] = mapped_column(String(2), default="")
    outside_eea: Mapped[bool] = mapped_column(Boolean, default=False)
    safeguard: Mapped[Texts] = mapped_column(default=dict)

    register: Mapped[Register] = relationship(back_populates="items")


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


class FlagDismissal(Base):
    """A completeness-check flag that the user dismissed, with a note."""

    __tablename__ = "flag_dismissal"
    id: Mapped[int] = mapped_column(primary_key=True)
    register_id: Mapped[int | None] = mapped_column(ForeignKey("register.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(Text, default="")
    dismissed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
