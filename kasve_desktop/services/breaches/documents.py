"""The breach's notification drafts: the authority's notification (GDPR Art. 33(3)) and the
letters to the persons concerned (Art. 34(2)).

Read from the breach register's rows directly. What the product prints must be true,
so a draft is refused (``BreachDocumentRefused``, with the reason) for an unknown
reference, while the risk is not assessed, when an item the document must carry is
empty (what happened, the likely consequences, the measures, the contact point, the
controller: each named), and:

- the authority's notification, when the risk was assessed as none and no
  notification is recorded (none is due, Art. 33(1); one made anyway, voluntarily, gets
  its draft, bound by no deadline), and when it is late without the reasons for the
  delay: late is the recorded notification time, or ``now`` while none is recorded,
  past the 72 hours of ``domain.breach_clock``;
- the letters, when the message to the persons (``Breach.persons_message``: what they
  are told happened, in clear and plain language, Art. 34(2)) is empty: the letters print
  it as what happened, never the controller's internal account (``description``), which
  they do not need; when no person is linked to the breach or none of them has a postal
  address (``addresses.has_postal_address``, the rule the breach window shows too). A
  person without one gets no letter and is named in ``without_address``.

The notification is in Finnish (the authority's form); each letter is in its person's
language (``domain.letter_language``), the texts the user typed marked where they are
Finnish in a letter that is not (``free_text``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kasve_desktop.clock import local_date, local_time
from kasve_desktop.documents.breach_letter_pdf import BreachLetter, breach_letters_pdf, head_words
from kasve_desktop.documents.breach_notification_pdf import breach_notification_pdf
from kasve_desktop.documents.letter import Letter, LetterHead
from kasve_desktop.domain import letter_templates as templates
from kasve_desktop.domain.breach_clock import Risk, authority_to_be_notified, is_late, notify_by
from kasve_desktop.domain.breach_report import (
    CONTACT,
    DPO,
    Addition,
    BreachNature,
    BreachReport,
    BreachTimes,
    ContactPoint,
    ControllerDetails,
    PersonNotice,
    PersonsTold,
    RiskAssessment,
)
from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.letter_language import letter_language
from kasve_desktop.domain.validation import display_phone
from kasve_desktop.i18n import N_, _, display_datetime, letter_date
from kasve_desktop.services.answers.letters.facts import signature
from kasve_desktop.services.answers.letters.free_text import free_text
from kasve_desktop.services.answers.letters.parts import (
    Address,
    address_lines,
    sender_of,
    window_offset,
)
from kasve_desktop.services.breaches.addresses import has_postal_address
from kasve_desktop.services.registers.notice import contact_facts, controller_facts
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Breach, BreachPerson, Person, Register

UNKNOWN = N_("There is no breach with the reference {reference}.")
NOT_ASSESSED = N_("The risk of breach {reference} has not been assessed yet. Assess it first: "
                  "what the notification and the letters say depends on it.")
NO_RISK = N_("Breach {reference} was assessed as unlikely to result in a risk to the persons: "
             "no notification to the supervisory authority is due (GDPR Art. 33(1)). The "
             "breach stays documented in the register. If you notify the authority anyway, "
             "record the time of the notification first: then the draft is written.")
NO_DELAY_REASONS = N_("The notification of breach {reference} is later than 72 hours after its "
                      "discovery (the deadline was {deadline}). Record the reasons for the "
                      "delay first (GDPR Art. 33(1)).")
MISSING = N_("Breach {reference} lacks what the document must say: {missing}.")
NO_MESSAGE = N_("Write first the description to be told to the data subjects (Notifications "
                 "tab): what happened, in clear and plain language (GDPR Art. 34(2)). The "
                 "letters about breach {reference} print it, not the internal description "
                 "of the breach.")
NO_PERSONS = N_("No persons are linked to breach {reference}. Link the persons concerned "
                "first.")
NO_ADDRESS = N_("None of the persons linked to breach {reference} has a postal address.")
ITEM_DESCRIPTION = N_("what happened (the nature of the breach)")
ITEM_CONSEQUENCES = N_("the likely consequences")
ITEM_MEASURES = N_("the measures taken or proposed")
ITEM_CONTACT = N_("the contact person or the data protection officer")
ITEM_CONTROLLER = N_("the controller's name")


class BreachDocumentRefused(UserError):
    """A notification draft that would be untrue or incomplete is not written."""

    def __init__(self, message: str, /, *, items: tuple[str, ...] = (),
                 **params: object) -> None:
        super().__init__(message, **params)
        self.items = items
        """The untranslated names of what is missing (``MISSING``)."""

    def text(self) -> str:
        shown = {key: display_datetime(local_time(value)) if isinstance(value, dt.datetime)
                 else value for key, value in self.params.items()}
        if self.items:
            shown["missing"] = ", ".join(_(item) for item in self.items)
        return _(self.message).format(**shown)


@dataclass(frozen=True)
class PersonLetters:
    pdf: bytes
    count: int
    """Letters in the PDF."""
    without_address: tuple[str, ...]
    """Names of linked persons who got no letter (no postal address)."""


# --- reading the breach --------------------------------------------------------------------

def _breach(session: Session, reference: str) -> Breach:
    row = session.scalars(
        select(Breach).where(Breach.reference == reference.strip())
        .options(selectinload(Breach.persons).selectinload(BreachPerson.person),
                 selectinload(Breach.additions))).first()
    if row is None:
        raise BreachDocumentRefused(UNKNOWN, reference=reference)
    if not row.risk:
        raise BreachDocumentRefused(NOT_ASSESSED, reference=row.reference)
    return row


def _contacts(session: Session) -> tuple[ContactPoint, ...]:
    """The data protection officer first, if there is one, then the contact person."""
    found = []
    for role in (DPO, CONTACT):
        facts = contact_facts(session, role)
        if facts is not None and facts.name.strip():
            found.append(ContactPoint(role, facts.name, facts.address.one_line(), facts.email,
                                      display_phone(facts.phone)))
    return tuple(found)


def _check_items(session: Session, row: Breach, *, description: bool = True) -> None:
    """Refused when an item the document prints is empty; the letters (``description``
    false) print the persons' message instead of the description."""
    texts = [(ITEM_CONSEQUENCES, row.consequences),
             (ITEM_MEASURES, row.measures_taken + row.measures_proposed)]
    if description:
        texts.insert(0, (ITEM_DESCRIPTION, row.description))
    missing = [item for item, text in texts if not text.strip()]
    if not _contacts(session):
        missing.append(ITEM_CONTACT)
    if not controller_facts(session).name.strip():
        missing.append(ITEM_CONTROLLER)
    if missing:
        raise BreachDocumentRefused(MISSING, items=tuple(missing), reference=row.reference)


def _register_names(session: Session, keys: list[str]) -> tuple[str, ...]:
    rows = session.scalars(select(Register).where(Register.key.in_(keys))).all()
    names = {row.key: row.name.get("fi") or next(iter(row.name.values()), row.key)
             for row in rows}
    return tuple(names.get(key, key) for key in keys)


# --- the authority's notification ----------------------------------------------------------

def _times(row: Breach, now: dt.datetime) -> BreachTimes:
    """The times; late only when a notification is due: no deadline binds a voluntary one
    (risk none), as ``services.breaches.breaches`` counts it."""
    notified = row.authority_notified_at
    late = authority_to_be_notified(Risk(row.risk)) and is_late(
        row.discovered_at, notified if notified is not None else now)
    if late and not row.delay_reasons.strip():
        raise BreachDocumentRefused(NO_DELAY_REASONS, reference=row.reference,
                                    deadline=notify_by(row.discovered_at))
    return BreachTimes(
        local_time(row.happened_at) if row.happened_at else None, row.happened_note,
        local_time(row.discovered_at), local_time(notify_by(row.discovered_at)),
        local_time(notified) if notified else None, late, row.delay_reasons)


def _controller(session: Session) -> ControllerDetails:
    facts = controller_facts(session)
    return ControllerDetails(facts.name, facts.business_id, facts.address.one_line(),
                             facts.email, display_phone(facts.phone))


def _report(session: Session, row: Breach, now: dt.datetime) -> BreachReport:
    risk = Risk(row.risk)
    if not authority_to_be_notified(risk) and row.authority_notified_at is None:
        raise BreachDocumentRefused(NO_RISK, reference=row.reference)
    _check_items(session, row)
    times = _times(row, now)
    nature = BreachNature(row.description, row.person_categories, row.persons_count,
                          row.data_categories, row.records_count,
                          _register_names(session, list(row.register_keys)))
    assessment = RiskAssessment(risk, row.risk_reasons, row.decided_by,
                                local_time(row.decided_at) if row.decided_at else None)
    persons = PersonsTold(local_time(row.persons_notified_at) if row.persons_notified_at
                          else None, row.persons_not_told_reason)
    additions = tuple(Addition(local_time(a.at), a.text) for a in row.additions)
    return BreachReport(row.reference, row.title, local_date(now), _controller(session),
                        _contacts(session), times, nature, row.consequences,
                        row.measures_taken, row.measures_proposed, assessment, persons,
                        row.authority_reference, additions)


def authority_notification_pdf(db: Database, reference: str, now: dt.datetime) -> bytes:
    """The authority's notification of the breach ``reference`` as a Finnish PDF dated
    ``now``'s day; ``BreachDocumentRefused`` (see the module) if it would be untrue."""
    with db.sessions() as session:
        report = _report(session, _breach(session, reference), now)
    return breach_notification_pdf(report)


# --- the letters to the persons ------------------------------------------------------------

def _notice(session: Session, row: Breach, lang: str) -> PersonNotice:
    return PersonNotice(
        row.reference, letter_date(local_date(row.discovered_at), lang), Risk(row.risk),
        free_text(row.persons_message, lang), free_text(row.consequences, lang),
        free_text(row.measures_taken, lang), free_text(row.measures_proposed, lang),
        _contacts(session), free_text(row.data_categories, lang))


def _letter(session: Session, row: Breach, person: Person, today: dt.date) -> BreachLetter:
    lang = letter_language(person=person.language)
    name = person.full_name or person.organisation
    document_type, label, subject = head_words(lang)
    head = LetterHead(document_type, letter_date(today, lang), row.reference, label,
                      title=subject, lang=lang, on_date=today)
    recipient = address_lines(Address(name, person.street, person.postal_code,
                                      person.locality, person.country, person.address_extra),
                              lang)
    common = templates.common_texts(lang)
    return BreachLetter(Letter(head, sender_of(session, lang), recipient), name,
                        _notice(session, row, lang), tuple(signature(session, lang, common)))


def _persons(row: Breach) -> tuple[list[Person], tuple[str, ...]]:
    """The linked persons with a postal address, and the names of those without one."""
    people = [link.person for link in row.persons]
    if not people:
        raise BreachDocumentRefused(NO_PERSONS, reference=row.reference)
    with_address = [person for person in people if has_postal_address(person)]
    if not with_address:
        raise BreachDocumentRefused(NO_ADDRESS, reference=row.reference)
    without = tuple(person.full_name or person.organisation for person in people
                    if not has_postal_address(person))
    return with_address, without


def person_letters(db: Database, reference: str, now: dt.datetime) -> PersonLetters:
    """One PDF with a letter, dated ``now``'s day, to each person linked to the breach
    ``reference`` who has a postal address, each in the person's language;
    ``BreachDocumentRefused`` (see the module) if the letters would be untrue."""
    offset = window_offset(db)
    today = local_date(now)
    with db.sessions() as session:
        row = _breach(session, reference)
        if not row.persons_message.strip():
            raise BreachDocumentRefused(NO_MESSAGE, reference=row.reference)
        _check_items(session, row, description=False)
        people, without = _persons(row)
        letters = [_letter(session, row, person, today) for person in people]
    placed = [BreachLetter(Letter(item.letter.head, item.letter.sender,
                                  item.letter.recipient_lines, offset),
                           item.name, item.notice, item.signature) for item in letters]
    return PersonLetters(breach_letters_pdf(placed), len(placed), without)
