"""The breach register (GDPR Art. 33(5)) and the record of processing activities'
frozen versions (Art. 30).

A breach keeps what the controller must be able to show the authority: when it
happened and when it was discovered (the 72 hours of ``domain.breach_clock`` run from
the discovery), what happened, whom and what it concerned, its likely consequences,
the measures, the risk assessment with who decided it and when, and when the
authority and the persons were told (with the reasons for a late notification).
Additions sent to the authority later (phased notification, Art. 33(4)) are dated
rows of their own. The persons concerned are linked where known; erasing a person
removes the link, not the breach.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kasve_desktop.store.models.base import Base, Timestamped, new_uid
from kasve_desktop.store.models.records import Person
from kasve_desktop.store.stamps import stamp


class Breach(Timestamped, Base):
    """A personal-data breach. Instants are stored UTC (naive), shown in Helsinki time."""

    __tablename__ = "breach"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    happened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    """When the breach happened, if known (it may be unknown or only approximate)."""
    happened_note: Mapped[str] = mapped_column(Text, default="")
    """How exact ``happened_at`` is, or why it is unknown."""
    discovered_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    """When the controller became aware of it: the 72 hours run from here."""
    description: Mapped[str] = mapped_column(Text, default="")
    """What happened (the nature of the breach)."""
    person_categories: Mapped[str] = mapped_column(Text, default="")
    persons_count: Mapped[int | None] = mapped_column(Integer)
    """The approximate number of persons concerned."""
    data_categories: Mapped[str] = mapped_column(Text, default="")
    records_count: Mapped[int | None] = mapped_column(Integer)
    """The approximate number of personal-data records concerned."""
    register_keys: Mapped[list[str]] = mapped_column(default=list)
    consequences: Mapped[str] = mapped_column(Text, default="")
    measures_taken: Mapped[str] = mapped_column(Text, default="")
    measures_proposed: Mapped[str] = mapped_column(Text, default="")
    risk: Mapped[str] = mapped_column(String(10), default="")
    """``domain.breach_clock.Risk`` once assessed; "" while the assessment is open."""
    risk_reasons: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    authority_notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    authority_reference: Mapped[str] = mapped_column(String(100), default="")
    """The authority's case number for the notification, once it has one."""
    delay_reasons: Mapped[str] = mapped_column(Text, default="")
    """Why the authority was notified after the 72 hours (Art. 33(1))."""
    persons_message: Mapped[str] = mapped_column(Text, default="")
    """What the persons are told of the breach, in clear and plain language (Art. 34(2)):
    written for them, not the controller's own account in ``description``."""
    persons_notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    persons_not_told_reason: Mapped[str] = mapped_column(Text, default="")
    """Why persons at high risk are not told individually (Art. 34(3)), if so."""
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    persons: Mapped[list[BreachPerson]] = relationship(
        back_populates="breach", cascade="all, delete-orphan", order_by="BreachPerson.id")
    additions: Mapped[list[BreachAddition]] = relationship(
        back_populates="breach", cascade="all, delete-orphan",
        order_by="(BreachAddition.at, BreachAddition.id)")


class BreachPerson(Base):
    """A person known to be concerned by a breach."""

    __tablename__ = "breach_person"
    __table_args__ = (UniqueConstraint("breach_id", "person_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    breach_id: Mapped[int] = mapped_column(ForeignKey("breach.id", ondelete="CASCADE"),
                                           index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)
    told_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    """When this person was told of the breach (Art. 34), if they were."""

    breach: Mapped[Breach] = relationship(back_populates="persons")
    person: Mapped[Person] = relationship()


class BreachAddition(Base):
    """Information given to the authority later, in phases (Art. 33(4)), dated."""

    __tablename__ = "breach_addition"
    id: Mapped[int] = mapped_column(primary_key=True)
    breach_id: Mapped[int] = mapped_column(ForeignKey("breach.id", ondelete="CASCADE"),
                                           index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    text: Mapped[str] = mapped_column(Text)

    breach: Mapped[Breach] = relationship(back_populates="additions")


class RecordVersion(Base):
    """An immutable, dated version of the record of processing activities (Art. 30):
    the facts it was built from, frozen as JSON like a notice version's."""

    __tablename__ = "record_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    effective_date: Mapped[dt.date] = mapped_column(Date)
    published_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    content: Mapped[dict[str, object]] = mapped_column(default=dict)
    note: Mapped[str] = mapped_column(Text, default="")
