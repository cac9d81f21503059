"""Erasure on request (Art. 17): a preview of what goes and what stays, then the erasure.

``preview_erasure`` reads, without changing anything, what ``erase_person``
would erase and what it would keep — entries under a legal hold, the person's
basic details that those entries need, the keyed hashes of the suppression
list, and the record of every request the person made — each with the reason.
``apply_erasure`` then erases through ``erasure.erase_person`` and notes the
report on the request's timeline in the same transaction (see
``services.requests.actions``). The request keeps its requester's details but loses the
link to the person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kasve_desktop.domain.vocabulary import RequestType
from kasve_desktop.i18n import N_, _, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.people import erasure
from kasve_desktop.services.people.erasure import ErasureReport, KeptItem
from kasve_desktop.services.people.suppression import Contacts, suppressed_contacts
from kasve_desktop.services.requests.actions import ActionDone, Target, act, target_of
from kasve_desktop.store.engine import Database
from kasve_desktop.store.models import Document, Person, Request

NOTE_ERASED = N_("Erased: {erased}.")
NOTE_KEPT = N_("Kept: {kept}.")
NOTHING = N_("nothing")
ENTRY_IN = N_("the entry in {register}")
ENTRY_REST_IN = N_("the rest of the entry in {register}")
PERSON_RECORD = N_("the person's name, contact and other basic details")
HASHES_WHAT = N_("Keyed hashes of the e-mail addresses and phone numbers (no name)")
HASHES_OF_EMAILS = N_("Keyed hashes of the e-mail addresses (no name)")
HASHES_OF_PHONES = N_("Keyed hashes of the phone numbers (no name)")
HASHES_WHY = N_("The person refused direct marketing: a later import must not market to "
                "them again.")


@dataclass(frozen=True)
class ErasureDone(ActionDone):
    report: ErasureReport


@dataclass(frozen=True)
class ErasurePreview:
    """What ``apply_erasure`` would erase and keep, before anything is erased."""

    person_name: str
    erased: tuple[str, ...]
    kept: tuple[KeptItem, ...]


COUNTED: dict[str, Callable[[int], str]] = {
    "entries": lambda n: ngettext("{count} register entry", "{count} register entries", n),
    "consents": lambda n: ngettext("{count} consent", "{count} consents", n),
    "objections": lambda n: ngettext("{count} marketing objection",
                                     "{count} marketing objections", n),
    "participations": lambda n: ngettext("{count} event participation",
                                         "{count} event participations", n),
    "emails": lambda n: ngettext("{count} e-mail address", "{count} e-mail addresses", n),
    "phones": lambda n: ngettext("{count} phone number", "{count} phone numbers", n),
    "documents": lambda n: ngettext("{count} document", "{count} documents", n)}


def _erased_parts(counts: Mapping[str, int], person: bool) -> list[str]:
    parts = [COUNTED[kind](count).format(count=count) for kind, count in counts.items() if count]
    return parts + ([_(PERSON_RECORD)] if person else [])


def _preview_parts(session: Session, person: Person, held: bool) -> list[str]:
    counts = {"consents": len(person.consents), "participations": len(person.participations)}
    if not held:
        loose = session.scalar(select(func.count(Document.id)).where(
            Document.person_id == person.id, Document.request_id.is_(None))) or 0
        counts |= {"objections": len(person.objections), "emails": len(person.emails),
                   "phones": len(person.phones), "documents": loose}
    return _erased_parts(counts, not held)


def _kept_requests(session: Session, person_id: int) -> list[KeptItem]:
    references = session.scalars(select(Request.reference).where(Request.person_id == person_id)
                                 .order_by(Request.received_on, Request.id))
    return [KeptItem("", _(erasure.REQUEST_RECORD).format(reference=reference),
                     _(erasure.REQUEST_REASON)) for reference in references]


def preview_erasure(db: Database, request_id: int) -> ErasurePreview:
    """What would be erased and what kept (legal holds, the request records), and why."""
    with db.sessions() as session:
        person = session.get(Person, target_of(session, request_id, RequestType.ERASURE).person_id)
        assert person is not None
        kept, erased = [], []
        for entry in person.entries:
            name = listing.localized(entry.register.name or {})
            fate = erasure.entry_fate(entry, db.clock.today())
            if fate.reason is None:
                erased.append(_(ENTRY_IN).format(register=name))
            elif fate.only is not None:
                erased.append(_(ENTRY_REST_IN).format(register=name))
                kept += [KeptItem(name, what, fate.reason)
                         for what in erasure.held_data(fate.only)]
            else:
                kept.append(KeptItem(name, _(erasure.HELD_ENTRY), fate.reason))
        erased += _preview_parts(session, person, bool(kept))
        if kept:
            kept.append(KeptItem("", _(erasure.HELD_PERSON), _(erasure.HELD_PERSON_REASON)))
        kept += _kept_requests(session, person.id)
        contacts = suppressed_contacts(person)
        if contacts:
            kept.append(_hashes(contacts))
        return ErasurePreview(person.full_name, tuple(erased), tuple(kept))


def _hashes(contacts: Contacts) -> KeptItem:
    """What stays of the contacts the person refused marketing on: exactly those kinds."""
    what = (HASHES_WHAT if contacts.emails and contacts.phones
            else HASHES_OF_EMAILS if contacts.emails else HASHES_OF_PHONES)
    return KeptItem("", _(what), _(HASHES_WHY))


def kept_text(item: KeptItem) -> str:
    what = f"{item.what} ({item.register})" if item.register else item.what
    return f"{what}: {item.reason}"


def erased_lines(report: ErasureReport, registers: Sequence[str] = ()) -> list[str]:
    """What the erasure removed, one line a kind, in the user's language; the entries by
    the ``registers`` they were erased from, where these are given."""
    c = report.erased
    counts = {"entries": 0 if registers else c.entries, "consents": c.consents,
              "objections": c.objections, "participations": c.participations,
              "emails": c.emails, "phones": c.phones, "documents": c.documents}
    named = [_(ENTRY_IN).format(register=name) for name in registers]
    return named + _erased_parts(counts, c.person)


def _erased_registers(db: Database, person_id: int) -> list[str]:
    """The registers whose entries of the person the erasure will erase (no legal hold)."""
    with db.sessions() as session:
        person = session.get(Person, person_id)
        entries = person.entries if person is not None else []
        return [listing.localized(e.register.name or {}) for e in entries
                if erasure.entry_fate(e, db.clock.today()).reason is None]


def kept_items(report: ErasureReport) -> list[KeptItem]:
    """What the erasure kept and why (the suppression list's hashes included)."""
    return list(report.kept) + ([_hashes(report.hashed)] if report.hashed else [])


def erasure_note(report: ErasureReport, registers: Sequence[str] = ()) -> str:
    erased = "; ".join(erased_lines(report, registers)) or _(NOTHING)
    kept = "; ".join(kept_text(item) for item in kept_items(report)) or _(NOTHING)
    kept_line = _(NOTE_KEPT).format(kept=kept)
    if kept_line.endswith(".."):  # the last reason ends its own sentence
        kept_line = kept_line[:-1]
    return _(NOTE_ERASED).format(erased=erased) + "\n" + kept_line


def apply_erasure(db: Database, request_id: int, today: dt.date) -> ErasureDone:
    """Erase the person (``erasure.erase_person``) and record what was erased and kept.

    The request keeps its requester's details but loses the link to the person.
    """
    def work(joined: Database, target: Target) -> tuple[str, ErasureReport]:
        registers = _erased_registers(joined, target.person_id)  # named in the letter
        report = erasure.erase_person(joined, target.person_id,
                                      reason=f"request {target.reference}")
        return erasure_note(report, registers), report

    detail, note, report = act(db, request_id, RequestType.ERASURE, today, work)
    return ErasureDone(detail, note, report)
