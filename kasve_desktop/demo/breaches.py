"""The demo's two past breaches, recorded through the breach register's services.

Their texts are ``texts.toml``'s ``breaches`` (``texts.DemoBreach``): a course e-mail
sent with its 40 recipients visible, judged a risk and notified to the authority
within the 72 hours, its persons not told (the risk is not high); and a lost,
encrypted USB stick, judged no risk and documented only. Both were decided by the
demo's contact person; the mail's recipients found in the courses register are linked,
and the mail has the message the letters to them print (``persons_message``).
The times are counted back from the demo's today, the uids are stable.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kasve_desktop.clock import at_local, local_time, stored
from kasve_desktop.demo.seed import demo_uid
from kasve_desktop.demo.texts import DemoBreach, people_texts
from kasve_desktop.services.breaches import BreachInput, record_breach
from kasve_desktop.services.database import transaction
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Breach, ContactPerson, Person, Register, RegisterEntry

HOUR = dt.timedelta(hours=1)


def discovery(breach: DemoBreach, today: dt.date) -> dt.datetime:
    """The instant of the discovery: ``days_ago`` days back, moved back off a weekend."""
    day = today - dt.timedelta(days=breach.days_ago)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return at_local(day, dt.time(breach.discovered_hour, breach.discovered_minute))


def _linked(db: Database, breach: DemoBreach, discovered: dt.datetime) -> tuple[int, ...]:
    """The people of ``link_register`` entered before the discovery, at most the count."""
    if not breach.link_register:
        return ()
    with db.sessions() as session:
        return tuple(session.scalars(
            select(Person.id).join(RegisterEntry).join(Register)
            .where(Register.key == breach.link_register,
                   RegisterEntry.collected_on <= local_time(discovered).date())
            .order_by(Person.id).distinct().limit(breach.persons_count)))


def _contact_person(db: Database) -> str:
    with db.sessions() as session:
        return session.scalars(select(ContactPerson.name)
                               .where(ContactPerson.role == "contact")).one()


def breach_input(breach: DemoBreach, today: dt.date, decided_by: str,
                 person_ids: tuple[int, ...] = ()) -> BreachInput:
    discovered = discovery(breach, today)
    notified = (None if breach.notified_hours_after is None
                else discovered + breach.notified_hours_after * HOUR)
    return BreachInput(
        title=breach.title, discovered_at=discovered,
        happened_at=discovered - dt.timedelta(minutes=breach.happened_minutes_before),
        happened_note=breach.happened_note, description=breach.description,
        person_categories=breach.person_categories, persons_count=breach.persons_count,
        data_categories=breach.data_categories, records_count=breach.records_count,
        register_keys=breach.registers, consequences=breach.consequences,
        measures_taken=breach.measures_taken, measures_proposed=breach.measures_proposed,
        risk=breach.risk, risk_reasons=breach.risk_reasons, decided_by=decided_by,
        decided_at=discovered + breach.decided_hours_after * HOUR,
        authority_notified_at=notified,
        authority_reference=breach.authority_reference.format(
            year=local_time(discovered).year),
        note=breach.note, persons_message=breach.persons_message, person_ids=person_ids)


def add_breaches(db: Database, today: dt.date) -> list[str]:
    """Record the demo's breaches (``db`` joins the build's transaction); their references."""
    decided_by, now = _contact_person(db), at_local(today, dt.time(12))
    references = []
    breaches = sorted(enumerate(people_texts().breaches),
                      key=lambda pair: discovery(pair[1], today))  # numbered as discovered
    for number, breach in breaches:
        discovered = discovery(breach, today)
        data = breach_input(breach, today, decided_by, _linked(db, breach, discovered))
        reference = record_breach(db, data, now)
        with transaction(db) as session:
            row = session.scalars(select(Breach).where(Breach.reference == reference)).one()
            row.uid = demo_uid("breach", number)
            row.created_at = stored(discovered)
            row.updated_at = stored(data.authority_notified_at or data.decided_at or discovered)
        references.append(reference)
    return references
