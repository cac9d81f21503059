"""The records the product keeps: the registers and their notice, the people in them,
requests with their timelines and documents, and events.

One module, because their relationships point both ways (a person's requests, a
request's person); the tables that refer to no other are in ``base``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kasve_desktop.store.models.base import Base, NoticeVersion, Texts, Timestamped, new_uid
from kasve_desktop.store.stamps import stamp


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

    ``category`` is a code of the kind's vocabulary (``domain/notice_vocabulary.py``);
    ``text`` adds to it or stands alone. The optional columns apply by kind:
    ``legal_basis`` and ``legitimate_interest`` to purposes; ``required``,
    ``consequence`` and the retention rule to data categories; ``is_public`` to
    sources; ``name``, ``role``, ``agreement_date``, ``country``,
    ``transfer_mechanism``, ``safeguard`` and ``review_on`` to recipients.
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
    country: Mapped[str] = mapped_column(String(2), default="")
    safeguard: Mapped[Texts] = mapped_column(default=dict)
    category: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[str] = mapped_column(String(20), default="")
    agreement_date: Mapped[dt.date | None] = mapped_column(Date)
    transfer_mechanism: Mapped[str] = mapped_column(String(20), default="")
    retention_months: Mapped[int | None] = mapped_column(Integer)
    retention_anchor: Mapped[str] = mapped_column(String(20), default="")
    review_on: Mapped[dt.date | None] = mapped_column(Date)
    """A processor's agreement is next due for review on this date (migration 0009)."""

    register: Mapped[Register] = relationship(back_populates="items")


class Person(Timestamped, Base):
    """A data subject."""

    __tablename__ = "person"
    __table_args__ = (  # the list's orders (``store.queries.text_key``), migration 0008
        Index("ix_person_name_order", text("lower(nullif(last_name, ''))"),
              text("lower(nullif(first_name, ''))"), "id"),
        Index("ix_person_organisation_order", text("lower(nullif(organisation, ''))"), "id"),
        Index("ix_person_municipality_order", text("lower(nullif(municipality, ''))"), "id"),
    )
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
    __table_args__ = (
        UniqueConstraint("person_id", "register_id"),
        # the entries due for deletion (``store.queries._due_candidates``), migration 0008
        Index("ix_register_entry_collected", "register_id", "collected_on"),
        Index("ix_register_entry_last_needed", "register_id", "last_needed_on"),
        Index("ix_register_entry_kept_until", "kept_until"),
    )
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
    kept_until: Mapped[dt.date | None] = mapped_column(Date)
    """Set when the register's rule has run out and only data kept longer by their own
    rule are left (``domain.retention.outliving``): due on this date instead."""

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
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"))
    """The event the consent was given at (sign-up mode), if any; deleting the event keeps
    the consent and clears this."""
    wording: Mapped[str] = mapped_column(Text, default="")
    """The exact wording shown when the consent was given (not a reference to a text that
    may change)."""
    language: Mapped[str] = mapped_column(String(2), default="")
    """The language the wording was shown in."""

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


class DocumentExpiry(Base):
    """A sent letter that may be deleted after all: the request record it belongs to is
    erased at the end of its period (migration 0006), in the same transaction."""

    __tablename__ = "document_expiry"
    document_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


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
    organiser: Mapped[str] = mapped_column(String(200), default="")
    notice_version_id: Mapped[int | None] = mapped_column(ForeignKey("notice_version.id"))
    """The privacy-notice version in force for the event's sign-ups."""

    register: Mapped[Register | None] = relationship()
    notice_version: Mapped[NoticeVersion | None] = relationship()
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
