"""The demo's data-subject requests: every type, state and deadline situation.

Each request is planned relative to the day the demo is made. Open requests
that must show a deadline situation ("overdue", "due today", "due in 3 days")
give the wanted due date, and the receipt date is searched backwards from it
(``received_for_due``): moving a date to the next working day is not
invertible, so a Saturday, Sunday or holiday is nobody's one-month date. When
the wanted date is such a day, the nearest date that is somebody's due date is
taken instead: earlier for an overdue request, later otherwise, so that overdue
stays overdue and "due in N days" stays in the future. (If the demo is made on
a Saturday there is therefore no request due that very day; the first working
day after it has one.) Finished requests lie in the past months. One open
request of each type that has an action has had it taken, so that its response
letter can be written; the actions are taken after the registers are corrected
(``actions``). An objection to direct marketing is acted on at once (Art.
21(3)): every open one has its ban recorded on the day it was received, or the
first working day after it (``on_receipt``), and so does every finished one
(``_apply``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from kasve_desktop.demo.seed import demo_uid, moment
from kasve_desktop.demo.texts import Contact, request_texts
from kasve_desktop.domain.deadlines import extended, move_to_working_day, one_month
from kasve_desktop.domain.vocabulary import ELECTRONIC_CHANNELS, Channel, MarketingScope
from kasve_desktop.domain.vocabulary import RequestStatus as S
from kasve_desktop.domain.vocabulary import RequestType as T
from kasve_desktop.domain.vocabulary import TimelineKind as K
from kasve_desktop.store.models import MarketingObjection, Person, Request, RequestEvent

C = Channel
DAY = dt.timedelta(days=1)
MINUTE = dt.timedelta(minutes=1)
FORWARD = (S.IN_PROGRESS, S.RESPONSE_READY, S.SENT, S.CLOSED)
REFUSED_FORWARD = (S.IN_PROGRESS, S.REFUSED, S.SENT, S.CLOSED)
ANSWERED = frozenset({S.SENT, S.CLOSED})


@dataclass(frozen=True)
class Plan:
    """One demo request. Days count back from the demo's day unless said otherwise."""

    type: T
    channel: C
    status: S
    received: int = 0  # days ago; ignored when ``due`` is set
    due: int | None = None  # the one-month date is ``today + due`` (receipt searched)
    done: int | None = None  # days ago of the last status change of a finished request
    who: str = "any"  # the pool of requesters (see demo.py), or a stranger's key
    pause: tuple[int, int | None] | None = None  # asked N days after receipt, answered M later
    extend: int | None = None  # extended N days after receipt
    refused: bool = False  # the answer was a refusal (then sent like any answer)
    case: str = ""  # the request's own texts (``RequestTexts.cases``), else its type's
    acted: int | None = None  # its action was taken N days ago (``actions``)
    on_receipt: bool = False  # its action was taken when it came in (``action_day``)
    orders: str = ""  # the orders in the requester's customer entry (``PeopleTexts.orders``)
    held: bool = False  # that entry is under a legal hold (its billing data kept by law)


P = Plan
PLANS: tuple[Plan, ...] = (
    # Open requests: the deadline situations.
    P(T.ACCESS, C.EMAIL, S.IN_PROGRESS, due=-4),
    P(T.RECTIFICATION, C.POST, S.RESPONSE_READY, due=-1),
    P(T.ERASURE, C.WEB_FORM, S.IN_PROGRESS, due=0, who="customer", acted=2, orders="erasure"),
    P(T.OBJECTION_MARKETING, C.PHONE, S.IN_PROGRESS, due=1, who="marketing", on_receipt=True),
    P(T.ACCESS, C.POST, S.RESPONSE_READY, due=3),
    P(T.PORTABILITY, C.EMAIL, S.IN_PROGRESS, due=6, acted=2),
    P(T.RESTRICTION, C.EMAIL, S.IN_PROGRESS, due=7, who="en", acted=2),
    P(T.ACCESS, C.EMAIL, S.IN_PROGRESS, received=45, extend=20),
    P(T.ACCESS, C.POST, S.IDENTITY_CHECK, received=10, pause=(2, None)),
    P(T.ERASURE, C.EMAIL, S.IN_PROGRESS, received=18, pause=(1, 7)),
    # Open requests, comfortably on time.
    P(T.ACCESS, C.POST, S.RECEIVED, received=4, who="maija"),
    P(T.CONSENT_WITHDRAWAL, C.EMAIL, S.RECEIVED, received=1, who="consent", acted=1),
    P(T.OBJECTION, C.EMAIL, S.IN_PROGRESS, received=8, acted=2),
    P(T.OTHER, C.PHONE, S.RECEIVED, received=2),
    P(T.ACCESS, C.WEB_FORM, S.RECEIVED, received=3, who="stranger"),
    P(T.RECTIFICATION, C.IN_PERSON, S.IN_PROGRESS, received=6, who="sv", acted=3),
    P(T.ACCESS, C.EMAIL, S.IN_PROGRESS, received=12),
    P(T.ACCESS, C.WEB_FORM, S.RECEIVED, received=11, who="twin"),  # like the one above
    P(T.RESTRICTION, C.POST, S.RESPONSE_READY, received=15),
    P(T.ERASURE, C.EMAIL, S.RECEIVED, received=0),
    P(T.OBJECTION_MARKETING, C.WEB_FORM, S.IN_PROGRESS, received=5, who="marketing",
      on_receipt=True),
    P(T.OBJECTION, C.POST, S.REFUSED, received=9, who="customer", refused=True,
      case="order-history", orders="order-history"),
    # Finished requests.
    P(T.ACCESS, C.POST, S.CLOSED, received=200, done=172),
    P(T.ACCESS, C.EMAIL, S.SENT, received=40, done=16),
    P(T.RECTIFICATION, C.EMAIL, S.CLOSED, received=120, done=110),
    P(T.ERASURE, C.WEB_FORM, S.CLOSED, received=95, done=80, who="erased"),
    P(T.RESTRICTION, C.POST, S.CLOSED, received=150, done=128),
    P(T.PORTABILITY, C.EMAIL, S.CLOSED, received=80, done=60),
    P(T.OBJECTION_MARKETING, C.EMAIL, S.CLOSED, received=130, done=127, who="marketing"),
    P(T.OBJECTION_MARKETING, C.POST, S.SENT, received=35, done=30, who="marketing"),
    P(T.OBJECTION, C.EMAIL, S.CLOSED, received=70, done=50, who="customer", refused=True,
      case="course-contract"),
    P(T.CONSENT_WITHDRAWAL, C.WEB_FORM, S.CLOSED, received=100, done=98, who="consent"),
    P(T.OTHER, C.PHONE, S.CLOSED, received=55, done=50),
    P(T.ACCESS, C.POST, S.SENT, received=25, done=12, refused=True),
    P(T.ACCESS, C.WEB_FORM, S.WITHDRAWN, received=50, done=45),
    P(T.ERASURE, C.EMAIL, S.WITHDRAWN, received=20, done=8, pause=(2, None)),
    P(T.ACCESS, C.EMAIL, S.CLOSED, received=180, done=160, who="sv"),
    P(T.ACCESS, C.POST, S.CLOSED, received=140, done=125, who="unknown"),
    P(T.RECTIFICATION, C.PHONE, S.SENT, received=30, done=22, who="en"),
    P(T.ACCESS, C.EMAIL, S.CLOSED, received=250, done=190, extend=15),
    P(T.ACCESS, C.IN_PERSON, S.CLOSED, received=340, done=315, pause=(1, 5)),
    P(T.ERASURE, C.POST, S.CLOSED, received=360, done=335),
)


@dataclass(frozen=True)
class Step:
    """One entry of a request's timeline."""

    on_date: dt.date
    kind: K
    from_status: str = ""
    to_status: str = ""
    old_date: dt.date | None = None
    new_date: dt.date | None = None
    note: str = ""


def received_for_due(offset: int, today: dt.date) -> dt.date:
    """The latest receipt date whose one-month date is ``today + offset`` (or the nearest)."""
    step = -DAY if offset < 0 else DAY
    target = today + offset * DAY
    for _ in range(30):
        for back in range(28, 41):
            received = target - back * DAY
            if one_month(received).due == target:
                return received
        target += step
    raise AssertionError(f"no receipt date found for {today} {offset:+d}")  # pragma: no cover


def received_on(plan: Plan, today: dt.date) -> dt.date:
    if plan.due is not None:
        return received_for_due(plan.due, today)
    return today - plan.received * DAY


def first_working_day(received: dt.date, today: dt.date) -> dt.date:
    """The day a request that must be acted on at once is: the day it came in, or the first
    working day after it (not after ``today``)."""
    return min(move_to_working_day(received).due, today)


def action_day(plan: Plan, today: dt.date) -> dt.date | None:
    """The day the plan's action was taken: ``acted`` days ago, or on receipt (``on_receipt``:
    the first working day from it); None if it has none."""
    if plan.on_receipt:
        return first_working_day(received_on(plan, today), today)
    return None if plan.acted is None else today - plan.acted * DAY


def pause_dates(plan: Plan, received: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """When the identity question was sent, and when the answer came (None: still waiting)."""
    if plan.pause is None:
        return None, None
    asked = received + plan.pause[0] * DAY
    answer = plan.pause[1]
    return asked, None if answer is None else asked + answer * DAY


def _path(final: S, reached: S, refused: bool = False) -> list[S]:
    """The states a request passes through after ``reached`` to end in ``final``."""
    if final in (S.RECEIVED, S.IDENTITY_CHECK):
        return []
    if final is S.WITHDRAWN:
        return [S.WITHDRAWN]
    forward = REFUSED_FORWARD if refused else FORWARD
    chain = forward[:forward.index(final) + 1]
    return [status for status in chain if status is not reached]


def _pause_steps(plan: Plan, received: dt.date) -> tuple[list[Step], S, dt.date]:
    asked, answered = pause_dates(plan, received)
    if asked is None:
        return [], S.RECEIVED, received
    steps = [Step(asked, K.STATUS, S.RECEIVED, S.IDENTITY_CHECK),
             Step(asked, K.PAUSED, note=request_texts().paused_note)]
    if answered is None:
        return steps, S.IDENTITY_CHECK, asked
    steps += [Step(answered, K.RESUMED, note=request_texts().resumed_note),
              Step(answered, K.STATUS, S.IDENTITY_CHECK, S.IN_PROGRESS)]
    return steps, S.IN_PROGRESS, answered


def _status_steps(plan: Plan, reached: S, start: dt.date, today: dt.date) -> list[Step]:
    """The remaining state changes, spread evenly from ``start`` to the last one; those of a
    request acted on at once are made on the day it is acted on (before the action)."""
    path = _path(plan.status, reached, plan.refused)
    if plan.done is not None:
        end = today - plan.done * DAY
    elif plan.on_receipt:
        start = end = first_working_day(start, today)
    else:
        end = min(today, start + 2 * len(path) * DAY)
    notes = request_texts().status_notes
    steps, previous = [], reached
    for i, status in enumerate(path, start=1):
        day = start + (end - start) * i // len(path)
        steps.append(Step(day, K.STATUS, previous, status, note=notes.get(status, "")))
        previous = status
    return steps


def _extension_steps(plan: Plan, received: dt.date) -> list[Step]:
    if plan.extend is None:
        return []
    return [Step(received + plan.extend * DAY, K.EXTENDED, old_date=one_month(received).due,
                 new_date=extended(received).due, note=request_texts().extension_reason)]


def timeline(plan: Plan, received: dt.date, today: dt.date) -> list[Step]:
    """Every step of the request from receipt to its current state, in date order."""
    created = [Step(received, K.CREATED, to_status=S.RECEIVED)]
    notes = request_texts().channel_notes
    if plan.channel in notes:
        created.append(Step(received, K.NOTE, note=notes[plan.channel]))
    pause, reached, start = _pause_steps(plan, received)
    later = pause + _status_steps(plan, reached, start, today) + _extension_steps(plan, received)
    return created + sorted(later, key=lambda step: step.on_date)


def references(days: Sequence[dt.date]) -> list[str]:
    """``YYYY-NNNN`` per receipt year, numbered in receipt order (ties in list order)."""
    order = sorted(range(len(days)), key=lambda i: (days[i], i))
    result, counts = [""] * len(days), dict[int, int]()
    for i in order:
        counts[days[i].year] = counts.get(days[i].year, 0) + 1
        result[i] = f"{days[i].year}-{counts[days[i].year]:04d}"
    return result


def _pick(plan: Plan, pools: Mapping[str, Sequence[Person]], rng: random.Random,
          used: list[Person]) -> Person | None:
    """A requester from the plan's pool, not used before ("twin": the previous one)."""
    if plan.who == "twin":
        return used[-1]
    if plan.who in request_texts().strangers:
        return None
    wants_phone = plan.channel is C.PHONE
    candidates = [p for p in pools[plan.who] if p not in used and (p.phones or not wants_phone)]
    person = rng.choice(candidates)
    used.append(person)
    return person


def _contact(person: Person | None, who: str) -> Contact:
    """Name, e-mail, phone, street, postal code and post town of the requester."""
    if person is None:
        return request_texts().strangers[who]
    email = person.emails[0].address if person.emails else ""
    phone = person.phones[0].number if person.phones else ""
    return Contact(person.full_name, email, phone, person.street, person.postal_code,
                   person.locality)


def _set_requester(request: Request, person: Person | None, who: str) -> None:
    """The contact details the request came with: an address unless it came electronically."""
    contact = _contact(person, who)
    request.requester_name = contact.name
    if request.channel in ELECTRONIC_CHANNELS:
        request.requester_email = contact.email
    else:
        request.requester_street = contact.street
        request.requester_postal_code = contact.postal_code
        request.requester_locality = contact.locality
    if request.channel == C.PHONE:
        request.requester_phone = contact.phone


def _set_dates(request: Request, plan: Plan, steps: Sequence[Step]) -> None:
    request.paused_on, request.resumed_on = pause_dates(plan, request.received_on)
    for step in steps:
        if step.kind == K.EXTENDED:
            request.extended_on, request.extended_due_on = step.on_date, step.new_date
            request.extension_reason = step.note
        if step.to_status == S.SENT:
            request.sent_on = step.on_date
        if step.to_status == S.CLOSED:
            request.closed_on = step.on_date
    if request.sent_on is not None:
        electronic = request.channel in ELECTRONIC_CHANNELS
        request.response_channel = (C.EMAIL if electronic else C.POST).value


def _set_outcome(request: Request, plan: Plan) -> None:
    texts = request_texts()
    if plan.refused:
        request.outcome = texts.refused_outcome if plan.status in ANSWERED else ""
        request.refusal_reasons = texts.reasons(plan.type, plan.case)
    elif plan.status in ANSWERED:
        request.outcome = texts.outcomes.get(plan.who, texts.outcomes[plan.type])
    elif plan.status is S.WITHDRAWN:
        request.outcome = texts.withdrawn_outcome
    if plan.pause is not None:
        request.identity_method = texts.identity_after_pause(plan.pause[1] is not None)
    elif plan.status is not S.RECEIVED:
        request.identity_method = texts.identity_methods[plan.channel]


def _events(steps: Sequence[Step]) -> list[RequestEvent]:
    return [RequestEvent(on_date=s.on_date, at=moment(s.on_date, 10 * i), kind=s.kind,
                         from_status=str(s.from_status), to_status=str(s.to_status),
                         old_date=s.old_date, new_date=s.new_date, note=s.note)
            for i, s in enumerate(steps)]


def build_request(plan: Plan, number: int, person: Person | None, today: dt.date) -> Request:
    received = received_on(plan, today)
    steps = timeline(plan, received, today)
    language = person.language if person is not None else "fi"
    request = Request(
        uid=demo_uid("request", number), type=plan.type.value, channel=plan.channel.value,
        received_on=received, language=language, status=plan.status.value,
        description=request_texts().description(plan.type, language, plan.who, plan.case),
        person_id=None if person is None else person.id,
        created_at=moment(received), updated_at=moment(steps[-1].on_date, 10 * len(steps)),
        events=_events(steps))
    _set_requester(request, person, plan.who)
    _set_dates(request, plan, steps)
    _set_outcome(request, plan)
    return request


def _apply(session: Session, request: Request, person: Person, number: int) -> None:
    """What a finished request changed in the person's data."""
    texts = request_texts()
    if request.type == T.CONSENT_WITHDRAWAL:
        for consent in person.consents:
            if consent.withdrawn_at is None:
                consent.withdrawn_at = moment(request.received_on, 60)
                consent.updated_at = consent.created_at + MINUTE  # not the clock's time
    elif request.type == T.OBJECTION_MARKETING:
        session.add(MarketingObjection(  # the requests object to all direct marketing
            uid=demo_uid("objection-request", number), person=person,
            scope=MarketingScope.ALL.value,
            since=request.received_on, request_id=request.id,
            note=texts.objection_from_request.format(reference=request.reference)))
    elif request.type == T.RESTRICTION:
        person.restricted, person.restricted_since = True, request.sent_on
        person.restriction_reason = texts.restriction_reason
        person.updated_at = person.created_at + MINUTE


def add_requests(session: Session, today: dt.date, rng: random.Random,
                 pools: Mapping[str, Sequence[Person]]) -> list[Request]:
    """The planned requests with their timelines, and what the finished ones changed."""
    used: list[Person] = []
    people = [_pick(plan, pools, rng, used) for plan in PLANS]
    requests = [build_request(plan, n, person, today)
                for n, (plan, person) in enumerate(zip(PLANS, people, strict=True))]
    for request, reference in zip(requests, references([r.received_on for r in requests]),
                                  strict=True):
        request.reference = reference
    session.add_all(requests)
    session.flush()
    for n, (request, person) in enumerate(zip(requests, people, strict=True)):
        if person is not None and request.status in ANSWERED:
            _apply(session, request, person, n)
    return requests
