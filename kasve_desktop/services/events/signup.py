"""Sign-ups typed by the participants themselves at an event's stand.

``signup_setup`` reads what the stand shows from the notice version in force for the
event (its frozen facts: the controller and the event's register as published), in
the participant's language; without such a version, or when it does not describe the
event's register, sign-ups are refused with the reason (``SignupUnavailable``).

``sign_up`` writes one sign-up in one transaction: the person (found by e-mail
address, casefolded, or new), the participation, the person's entry in the event's
register (source: the sign-up; needed until the event ends) and one consent per
choice ticked, each with the event, the instant, the exact wording shown, the
language and the notice version. A person already kept keeps the stored values
(what anyone types at a stand is not proof enough to change them); what was typed
differently is written in the participation's note, so that nothing typed is lost. A
second sign-up of the same person for the same event adds only the consents not
already held. The stand learns nothing of earlier sign-ups: the answer is
the same either way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kasve_desktop.clock import local_date, stored
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.notice_json import facts_from_json
from kasve_desktop.domain.signup import (
    SIGNUP_LANGUAGES,
    CheckedSignup,
    ConsentChoice,
    SignupEntry,
    SignupInfo,
    SignupInvalid,
    check_signup,
    consent_choices,
    signup_info,
    text,
)
from kasve_desktop.i18n import N_
from kasve_desktop.services.database import transaction
from kasve_desktop.services.events.events import event_row
from kasve_desktop.services.events.register_entries import keep_in_register
from kasve_desktop.services.registers.notice import FACTS
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import (
    Consent,
    Event,
    NoticeVersion,
    Participation,
    Person,
    PersonEmail,
    PersonPhone,
)

__all__ = ["SignupEntry", "SignupInvalid", "SignupSetup", "SignupUnavailable", "sign_up",
           "signup_setup"]

NO_REGISTER = N_("Choose the register the event belongs to before collecting sign-ups.")
NO_NOTICE = N_("Choose the version of the privacy notice in force for the event before "
               "collecting sign-ups: the participants are shown what it says.")
NOT_DESCRIBED = N_("Version {number} of the privacy notice does not describe the register "
                   "of the event. Publish a version that does and choose it for the event.")
CHANGED = N_("The event was changed while sign-ups were open. Start the sign-up mode again.")
CAPTURED_VIA = "event"
DEVICE_LIMIT = 100


class SignupUnavailable(UserError):
    """Sign-ups cannot be collected for the event as it is set up."""


@dataclass(frozen=True)
class SignupSetup:
    """What the stand shows for one event in one language."""

    event_id: int
    event_name: str
    starts_on: dt.date
    ends_on: dt.date | None
    lang: str
    notice_number: int
    notice_version_id: int
    register_id: int
    controller: str
    info: SignupInfo
    choices: tuple[ConsentChoice, ...]


@dataclass(frozen=True)
class SignupResult:
    first_name: str
    consents: int
    """The consents recorded by this sign-up."""


def _version(session: Session, event: Event) -> NoticeVersion:
    if event.register is None:
        raise SignupUnavailable(NO_REGISTER)
    version = event.notice_version
    if version is None:
        raise SignupUnavailable(NO_NOTICE)
    return version


def signup_setup(db: Database, event_id: int, lang: str) -> SignupSetup:
    """The stand's texts and choices for the event (``EventNotFound``, ``SignupUnavailable``)."""
    if lang not in SIGNUP_LANGUAGES:
        raise ValueError(lang)
    with db.sessions() as session:
        event = event_row(session, event_id)
        version = _version(session, event)
        assert event.register is not None
        frozen = version.content.get(FACTS)
        facts = facts_from_json(frozen, {}) if isinstance(frozen, dict) else None
        register = next((r for r in facts.registers if r.key == event.register.key),
                        None) if facts else None
        if facts is None or register is None:
            raise SignupUnavailable(NOT_DESCRIBED, number=version.number)
        return SignupSetup(
            event.id, event.name, event.starts_on, event.ends_on, lang, version.number,
            version.id, event.register.id, facts.controller.name,
            signup_info(facts.controller, register, lang, version.number),
            consent_choices(facts.controller, register, lang))


# --- writing one sign-up ---------------------------------------------------------------

def _person(session: Session, email: str) -> Person | None:
    return session.scalars(select(Person).join(PersonEmail).where(
        func.lower(PersonEmail.address) == email.lower()).order_by(Person.id)).first()


def _new_person(data: CheckedSignup, lang: str) -> Person:
    person = Person(first_name=data.first_name, last_name=data.last_name,
                    organisation=data.organisation, language=lang)
    person.emails.append(PersonEmail(position=0, address=data.email))
    if data.phone:
        person.phones.append(PersonPhone(position=0, number=data.phone))
    return person


def _typed_differently(person: Person, data: CheckedSignup, lang: str) -> list[str]:
    """What was typed that the stored person lacks or has otherwise, as note lines; the
    stored values stay (a stand entry is not proof enough to change them)."""
    notes = []
    for field in ("first_name", "last_name", "organisation"):
        given, kept = getattr(data, field), getattr(person, field)
        if given and given.casefold() != kept.casefold():
            notes.append(f"{text(lang, field + '_note')}: {given}")
    if data.phone and data.phone not in {p.number for p in person.phones}:
        notes.append(f"{text(lang, 'phone_note')}: {data.phone}")
    return notes


def _holds(person: Person, register_id: int | None, choice: ConsentChoice) -> bool:
    """Whether the person has this consent, not withdrawn, to the same wording already."""
    return any(c.withdrawn_at is None and c.register_id == register_id
               and c.wording == choice.wording for c in person.consents)


def sign_up(db: Database, setup: SignupSetup, entry: SignupEntry, at: dt.datetime,
            device: str = "") -> SignupResult:
    """Write one sign-up typed at the stand at ``at`` on ``device`` (all or nothing).

    Raises ``SignupInvalid`` (messages in the participant's language), ``EventNotFound``
    or ``SignupUnavailable`` (the event changed meanwhile); nothing is written then.
    """
    data = check_signup(entry, setup.lang)
    chosen = [c for c in setup.choices if c.code in entry.consents]
    unknown = entry.consents - {c.code for c in setup.choices}
    if unknown:
        raise ValueError(sorted(unknown))
    with transaction(db) as session:
        event = event_row(session, setup.event_id)
        if (event.notice_version_id, event.register_id) != (setup.notice_version_id,
                                                            setup.register_id):
            raise SignupUnavailable(CHANGED)
        person = _person(session, data.email)
        notes: list[str] = []
        if person is None:
            person = _new_person(data, setup.lang)
            session.add(person)
        else:
            notes = _typed_differently(person, data, setup.lang)
        keep_in_register(person, event, local_date(at))
        participation = session.scalar(select(Participation).where(
            Participation.event_id == event.id, Participation.person_id == person.id)
        ) if person.id is not None else None
        if participation is None:
            person.participations.append(Participation(
                event=event, signed_up_at=stored(at), captured_on=device[:DEVICE_LIMIT],
                notice_version_id=event.notice_version_id, note="\n".join(notes)))
        else:
            lines = participation.note.splitlines()
            participation.note = "\n".join([*lines, *(n for n in notes if n not in lines)])
        evidence = text(setup.lang, "evidence", event=event.name)
        for choice in [c for c in chosen if not _holds(person, event.register_id, c)]:
            person.consents.append(Consent(
                register_id=event.register_id, purpose=choice.purpose, channel=choice.channel,
                granted_at=stored(at), captured_via=CAPTURED_VIA,
                notice_version_id=event.notice_version_id, evidence=evidence,
                event_id=event.id, wording=choice.wording, language=setup.lang))
        session.flush()
    return SignupResult(data.first_name, len(chosen))
