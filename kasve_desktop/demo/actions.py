"""The actions taken on the demo's open requests, recorded as the window records them.

A plan with ``acted`` (``requests.PLANS``) had its action taken that many days
before the demo's day, one with ``on_receipt`` on the day it came in (the first
working day from it: a ban on direct marketing is recorded at once, Art. 21(3)):
the address the requester gave corrected in their data,
the person erased except what the corrected registers keep under the Accounting
Act, the portability files built and stored with the request. The window's own
functions (``services.requests.actions.apply_rectification``, ``export_data``,
``services.requests.erasure.apply_erasure``) each begin a transaction on a
connection of their own (``single_transaction``), which can neither see nor
join the build's uncommitted one; so their steps are taken here with the same
service functions, in the same order, inside the build's transaction: the
request checked (``target_of``), the person's data changed, the note written
with the actions' own messages and recorded on the request's timeline. What
they stamp is stamped with the action's day, not the clock's time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select

from kasve_desktop.demo.requests import ANSWERED, PLANS, action_day
from kasve_desktop.demo.seed import demo_uid, moment
from kasve_desktop.demo.texts import request_texts
from kasve_desktop.domain.vocabulary import MARKETING_SCOPE_LABELS, MarketingScope, TimelineKind
from kasve_desktop.domain.vocabulary import RequestType as T
from kasve_desktop.i18n import _, display_date, display_datetime
from kasve_desktop.services import listing
from kasve_desktop.services.answers import portability, responses
from kasve_desktop.services.database import transaction
from kasve_desktop.services.people import erasure, marketing, persons
from kasve_desktop.services.people.marketing import CONSENT_CHANNEL_LABELS
from kasve_desktop.services.requests.actions import (
    NOTE_CORRECTED,
    NOTE_DECISION,
    NOTE_EXPORTED,
    NOTE_OBJECTION,
    NOTE_RESTRICTED,
    NOTE_WITHDRAWN,
    Target,
    field_names,
    target_of,
)
from kasve_desktop.services.requests.detail import get_request
from kasve_desktop.services.requests.erasure import erasure_note
from kasve_desktop.services.requests.intake import attach, record
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Consent, Document, MarketingObjection, Person, Request

Action = Callable[[Database, Target, dt.datetime], str]
"""Take the action on the checked request at the moment given; the note to record."""


def _rectify(db: Database, target: Target, at: dt.datetime) -> str:
    """The address the requester gave in person, as ``apply_rectification`` corrects it."""
    address = request_texts().new_address
    changes = {"street": address.street, "postal_code": address.postal_code,
               "locality": address.locality, "municipality": address.municipality}
    changed = erasure.rectify(db, target.person_id, changes, at.date())
    assert changed, "the requester lives at the new address already"
    with transaction(db) as session:
        person = session.get(Person, target.person_id)
        assert person is not None
        person.updated_at = at
    return _(NOTE_CORRECTED).format(fields=field_names(changed))


def _erased_registers(db: Database, person_id: int) -> list[str]:
    """The registers whose entries the erasure erases whole (nothing kept by law)."""
    with db.sessions() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return [listing.localized(entry.register.name or {}) for entry in person.entries
                if erasure.entry_fate(entry, db.clock.today()).reason is None]


def _erase(db: Database, target: Target, at: dt.datetime) -> str:
    """The erasure as ``apply_erasure`` does it; the law keeps the billing data and order
    history of the customer entry."""
    registers = _erased_registers(db, target.person_id)
    report = erasure.erase_person(db, target.person_id, reason=f"request {target.reference}")
    assert registers and not report.erased.person, "a legal hold keeps the customer entry"
    return erasure_note(report, registers)


def _export(db: Database, target: Target, at: dt.datetime) -> str:
    """The portability files, built and stored with the request as ``export_data`` does."""
    with transaction(db) as session:
        person = session.get(Person, target.person_id)
        assert person is not None
        files = portability.export_files(session, person, reference=target.reference,
                                         created_on=at.date())
        request = get_request(session, target.request_id)
        for file in files:
            document = attach(session, request, file)
            document.created_at = at
    return _(NOTE_EXPORTED).format(files=", ".join(file.filename for file in files))


def _object_marketing(db: Database, target: Target, at: dt.datetime) -> str:
    """All direct marketing banned from the action's day, as ``record_marketing_objection``."""
    scope = MarketingScope.ALL
    note = request_texts().objection_from_request.format(reference=target.reference)
    row = marketing.add_objection(db, target.person_id, scope.value, at.date(), note)
    with transaction(db) as session:
        objection = session.get(MarketingObjection, row.id)
        assert objection is not None
        objection.request_id = target.request_id
        objection.created_at = objection.updated_at = at
    return _(NOTE_OBJECTION).format(date=display_date(at.date()),
                                    scopes=_(MARKETING_SCOPE_LABELS[scope]))


def _restrict(db: Database, target: Target, at: dt.datetime) -> str:
    """The processing restricted on its ground, as ``restrict_processing`` does."""
    assert not persons.load_person(db, target.person_id).restricted
    stored = persons.set_restriction(db, target.person_id, request_texts().restriction_reason,
                                     at.date())
    with transaction(db) as session:
        person = session.get(Person, target.person_id)
        assert person is not None
        person.updated_at = at
    return _(NOTE_RESTRICTED).format(date=display_date(at.date()),
                                     reason=stored.restriction_reason)


def _decide(db: Database, target: Target, at: dt.datetime) -> str:
    """The decision on the objection, as ``record_objection_decision`` records it."""
    return _(NOTE_DECISION).format(decision=request_texts().objection_decision)


def _withdraw(db: Database, target: Target, at: dt.datetime) -> str:
    """Every active consent of the person withdrawn, as ``withdraw_consents`` does."""
    with db.sessions() as session:
        rows = list(session.scalars(select(Consent).where(
            Consent.person_id == target.person_id, Consent.withdrawn_at.is_(None))
            .order_by(Consent.granted_at, Consent.id)))
        texts = [f"{row.purpose} ({_(CONSENT_CHANNEL_LABELS[row.channel])})"
                 if row.channel in CONSENT_CHANNEL_LABELS else f"{row.purpose} ({row.channel})"
                 for row in rows]
        ids = [row.id for row in rows]
    assert ids, "the requester has active consents"
    for consent_id in ids:
        marketing.withdraw_consent(db, consent_id, at)
    with transaction(db) as session:
        for consent_id in ids:
            consent = session.get(Consent, consent_id)
            assert consent is not None
            consent.updated_at = at
    return _(NOTE_WITHDRAWN).format(time=display_datetime(at), consents="; ".join(texts))


ACTIONS: dict[T, Action] = {T.RECTIFICATION: _rectify, T.ERASURE: _erase,
                            T.PORTABILITY: _export, T.OBJECTION_MARKETING: _object_marketing,
                            T.RESTRICTION: _restrict, T.OBJECTION: _decide,
                            T.CONSENT_WITHDRAWAL: _withdraw}


def take_actions(db: Database, today: dt.date) -> None:
    """The actions of the plans that have one (``action_day``); ``db`` joins the build's
    transaction."""
    for number, plan in enumerate(PLANS):
        day = action_day(plan, today)
        if day is None:
            continue
        with transaction(db) as session:
            row = session.scalars(select(Request).where(
                Request.uid == demo_uid("request", number))).one()
            target = target_of(session, row.id, plan.type)
            at = moment(day, 10 * len(row.events))  # after the steps before it
        note = ACTIONS[plan.type](db, target, at)
        with transaction(db) as session:
            row = get_request(session, target.request_id)
            record(row, TimelineKind.ACTION, day, note)
            row.events[-1].at = row.updated_at = at


def send_extension_notices(db: Database) -> None:
    """The notice of each extension (Art. 12(3)), built, kept and marked as sent on the day
    the request was extended, as the letter dialog sends it; ``db`` joins the build's
    transaction. The extended date counts only because the person was told of it. (The
    answered requests of the demo keep no letters at all.)"""
    for number, plan in enumerate(PLANS):
        if plan.extend is None or plan.status in ANSWERED:
            continue
        with db.sessions() as session:
            row = session.scalars(select(Request).where(
                Request.uid == demo_uid("request", number))).one()
            request_id, day, channel = row.id, row.extended_on, row.channel
            steps = len(row.events)
        assert day is not None
        draft = responses.make_draft(db, request_id, "extension", None, "", day)
        document_id = responses.store_response(db, request_id, draft, day)
        with transaction(db) as session:  # stamped with the day while it may still change
            document = session.get(Document, document_id)
            assert document is not None
            document.created_at = moment(day, 10 * steps)
        sent_by = channel if channel in responses.SENT_CHANNELS else "email"
        responses.mark_sent(db, request_id, document_id, day, sent_by, day)
        with transaction(db) as session:
            for i, event in enumerate(get_request(session, request_id).events[steps:]):
                event.at = moment(day, 10 * (steps + i))
