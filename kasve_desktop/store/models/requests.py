"""Data-subject requests, their timelines and the documents kept with them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kasve_desktop.store.models.base import Base, Timestamped, new_uid
from kasve_desktop.store.stamps import stamp

if TYPE_CHECKING:
    from kasve_desktop.store.models.people import Person


class Request(Timestamped, Base):
    """A data-subject request with its answer-by dates and its state."""

    __tablename__ = "request"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    type: Mapped[str] = mapped_column(String(30))
    channel: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    language: Mapped[str] = mapped_column(String(2), default="fi")
    status: Mapped[str] = mapped_column(String(20), default="received", index=True)
    requester_name: Mapped[str] = mapped_column(String(200), default="")
    requester_email: Mapped[str] = mapped_column(String(254), default="")
    requester_phone: Mapped[str] = mapped_column(String(32), default="")
    requester_street: Mapped[str] = mapped_column(String(200), default="")
    requester_postal_code: Mapped[str] = mapped_column(String(20), default="")
    requester_locality: Mapped[str] = mapped_column(String(100), default="")
    requester_country: Mapped[str] = mapped_column(String(2), default="FI")
    description: Mapped[str] = mapped_column(Text, default="")
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"))
    extended_due_on: Mapped[dt.date | None] = mapped_column(Date)
    extended_on: Mapped[dt.date | None] = mapped_column(Date)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    identity_method: Mapped[str] = mapped_column(Text, default="")
    paused_on: Mapped[dt.date | None] = mapped_column(Date)
    resumed_on: Mapped[dt.date | None] = mapped_column(Date)
    response_channel: Mapped[str] = mapped_column(String(20), default="")
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    refusal_reasons: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person | None] = relationship()
    events: Mapped[list[RequestEvent]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="RequestEvent.id")
    documents: Mapped[list[Document]] = relationship(back_populates="request")


class RequestEvent(Base):
    """One step on a request's timeline: a state change, a date change or a note."""

    __tablename__ = "request_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True)
    on_date: Mapped[dt.date] = mapped_column(Date)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    kind: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20), default="")
    old_date: Mapped[dt.date | None] = mapped_column(Date)
    new_date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    request: Mapped[Request] = relationship(back_populates="events")


class Document(Base):
    """A generated or scanned document, its bytes kept inside the encrypted database."""

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    letter_kind: Mapped[str] = mapped_column(String(30), default="")
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True)
    notice_version_id: Mapped[int | None] = mapped_column(ForeignKey("notice_version.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    language: Mapped[str] = mapped_column(String(2), default="fi")
    filename: Mapped[str] = mapped_column(String(255), default="")
    mime_type: Mapped[str] = mapped_column(String(100), default="application/pdf")
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    is_final: Mapped[bool] = mapped_column(Boolean, default=False)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    sent_channel: Mapped[str] = mapped_column(String(20), default="")

    request: Mapped[Request | None] = relationship(back_populates="documents")
