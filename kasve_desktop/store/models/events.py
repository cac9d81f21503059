"""Events and the people who take part in them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kasve_desktop.store.models.base import Base, Timestamped, new_uid

if TYPE_CHECKING:
    from kasve_desktop.store.models.people import Person
    from kasve_desktop.store.models.registers import Register


class Event(Timestamped, Base):
    """A training or event where participants sign up."""

    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[dt.date] = mapped_column(Date, index=True)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(200), default="")
    register_id: Mapped[int | None] = mapped_column(ForeignKey("register.id"))
    description: Mapped[str] = mapped_column(Text, default="")

    register: Mapped[Register | None] = relationship()
    participations: Mapped[list[Participation]] = relationship(
        back_populates="event", cascade="all, delete-orphan")


class Participation(Timestamped, Base):
    """A person signed up for an event."""

    __tablename__ = "participation"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    signed_up_at: Mapped[dt.datetime] = mapped_column(DateTime)
    attended: Mapped[bool | None] = mapped_column(Boolean)
    captured_on: Mapped[str] = mapped_column(String(100), default="")
    notice_version_id: Mapped[int | None] = mapped_column(ForeignKey("notice_version.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="participations")
    person: Mapped[Person] = relationship(back_populates="participations")
